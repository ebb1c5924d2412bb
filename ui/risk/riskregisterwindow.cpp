// The risk register window.
#include "riskregisterwindow.h"

#include "riskentryeditor.h"
#include "risktablemodel.h"

#include "domain/assetfield.h"
#include "domain/riskcodes.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

RiskRegisterWindow::RiskRegisterWindow(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("riskRegisterWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    const auto combo = [this](const char *name, QLabel **label) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        *label = new QLabel(this);
        (*label)->setBuddy(box);
        return box;
    };
    m_level = combo("riskLevelFilter", &m_levelLabel);
    m_treatment = combo("riskTreatmentFilter", &m_treatmentLabel);
    m_status = combo("riskStatusFilter", &m_statusLabel);
    m_department = combo("riskDepartmentFilter", &m_departmentLabel);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(10);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("riskOwnerFilter"));
    m_owner->setClearButtonEnabled(true);
    m_ownerLabel = new QLabel(this);
    m_ownerLabel->setBuddy(m_owner);
    m_stale = new QCheckBox(this);
    m_stale->setObjectName(QStringLiteral("riskStaleFilter"));
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("riskOverdueFilter"));
    m_acceptanceOverdue = new QCheckBox(this);
    m_acceptanceOverdue->setObjectName(QStringLiteral("riskAcceptanceOverdueFilter"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("riskClearFilter"));

    auto *filters = new QGridLayout;
    filters->addWidget(m_levelLabel, 0, 0);
    filters->addWidget(m_level, 0, 1);
    filters->addWidget(m_treatmentLabel, 0, 2);
    filters->addWidget(m_treatment, 0, 3);
    filters->addWidget(m_statusLabel, 0, 4);
    filters->addWidget(m_status, 0, 5);
    filters->addWidget(m_departmentLabel, 1, 0);
    filters->addWidget(m_department, 1, 1);
    filters->addWidget(m_ownerLabel, 1, 2);
    filters->addWidget(m_owner, 1, 3);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_stale);
    checks->addWidget(m_overdue);
    checks->addWidget(m_acceptanceOverdue);
    checks->addStretch(1);
    checks->addWidget(m_clear);
    filters->addLayout(checks, 1, 4, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    m_extraLabel = new QLabel(this);
    m_extraLabel->setObjectName(QStringLiteral("riskExtraFilter"));
    m_extraLabel->setWordWrap(true);
    m_extraLabel->hide();

    m_model = new RiskTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("riskRegisterView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("riskCount"));
    m_criteria = new QLabel(this);
    m_criteria->setObjectName(QStringLiteral("riskCriteriaSummary"));
    m_criteria->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("riskOpenEntry"));
    m_newRisk = new QPushButton(this);
    m_newRisk->setObjectName(QStringLiteral("riskNewOrganisationWide"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("riskRegisterClose"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_newRisk);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_extraLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_criteria);
    layout->addLayout(buttons);

    m_ownerTimer = new QTimer(this);
    m_ownerTimer->setSingleShot(true);
    m_ownerTimer->setInterval(300);
    connect(m_ownerTimer, &QTimer::timeout, this, &RiskRegisterWindow::applyFilter);
    for (QComboBox *box : {m_level, m_treatment, m_status, m_department})
        connect(box, &QComboBox::currentIndexChanged, this, &RiskRegisterWindow::applyFilter);
    for (QCheckBox *box : {m_stale, m_overdue, m_acceptanceOverdue})
        connect(box, &QCheckBox::toggled, this, &RiskRegisterWindow::applyFilter);
    connect(m_owner, &QLineEdit::textChanged, m_ownerTimer, qOverload<>(&QTimer::start));
    connect(m_clear, &QPushButton::clicked, this, &RiskRegisterWindow::clearFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openEntry(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openEntry(m_view->currentIndex().row()); });
    connect(m_newRisk, &QPushButton::clicked, this, &RiskRegisterWindow::newOrganisationWideRisk);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &RiskTableModel::countChanged, this, &RiskRegisterWindow::updateCount);
    connect(m_model, &RiskTableModel::errorOccurred, this,
            [this](const QString &message) { MessageBox::critical(this, tr("Risk Register"), message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(m_view->currentIndex().isValid()); });

    retranslateUi();
    m_filling = true;
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("open")));
    m_filling = false;
    m_model->setFilter(filterFromFields());
    m_model->setRegistry(&registry);
    m_open->setEnabled(false);
    WindowGeometry::restore(this, QStringLiteral("riskRegister"), QSize(1180, 640));
}

void RiskRegisterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RiskRegisterWindow::retranslateUi()
{
    updateExtraLabel();
    setWindowTitle(tr("Risk Register"));
    m_levelLabel->setText(tr("&Level:"));
    m_treatmentLabel->setText(tr("&Treatment:"));
    m_statusLabel->setText(tr("&Status:"));
    m_departmentLabel->setText(tr("&Department:"));
    m_ownerLabel->setText(tr("Risk o&wner:"));
    m_owner->setPlaceholderText(tr("Part of the name"));
    m_stale->setText(tr("Needs &reassessment"));
    m_overdue->setText(tr("&Overdue"));
    m_overdue->setToolTip(tr("The next review or the treatment due date has passed"));
    m_acceptanceOverdue->setText(tr("Acceptance e&xpired"));
    m_clear->setText(tr("&Clear Filters"));
    m_open->setText(tr("Open &Entry…"));
    m_newRisk->setText(tr("&New Organisation-wide Risk…"));
    m_newRisk->setToolTip(tr("A risk of an event that concerns the whole organisation rather than one asset"));
    m_close->setText(tr("Close"));
    fillChoices();
    m_model->retranslate();
    sizeColumns();
}

void RiskRegisterWindow::sizeColumns()
{
    // From the headers and typical values, never from the rows: sizing to the rows would read every page.
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int column = 0; column < RiskTableModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        int width = metrics.horizontalAdvance(header) + 24;
        if (column == RiskTableModel::NoColumn)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("R-000000")) + 16);
        else if (column == RiskTableModel::AssetColumn)
            width = std::max(width, metrics.horizontalAdvance(QLatin1Char('M')) * 16);
        else if (column == RiskTableModel::ThreatColumn)
            width = std::max(width, metrics.horizontalAdvance(QLatin1Char('M')) * 15);
        else if (column == RiskTableModel::StatusColumn)
            width = std::max(width, metrics.horizontalAdvance(QLatin1Char('M')) * 9);
        else if (column == RiskTableModel::OwnerColumn || column == RiskTableModel::NextReviewColumn)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("2026/04/01")) + 16);
        m_view->setColumnWidth(column, width);
    }
}

void RiskRegisterWindow::fillChoices()
{
    m_filling = true;
    const auto fill = [](QComboBox *box, const QList<QPair<QString, QString>> &items) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const auto &[text, code] : items)
            box->addItem(text, code);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, QString>> levels{{tr("All levels"), QString()}};
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Level))
        levels.append({RiskCodes::name(RiskCodes::List::Level, code), code});
    fill(m_level, levels);
    QList<QPair<QString, QString>> treatments{{tr("All treatments"), QString()},
                                              {tr("Not chosen yet"), QStringLiteral("none")}};
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Treatment))
        treatments.append({RiskCodes::name(RiskCodes::List::Treatment, code), code});
    fill(m_treatment, treatments);
    QList<QPair<QString, QString>> statuses{{tr("All statuses"), QString()},
                                            {tr("Open (not closed)"), QStringLiteral("open")}};
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Status))
        statuses.append({RiskCodes::name(RiskCodes::List::Status, code), code});
    fill(m_status, statuses);
    QList<QPair<QString, QString>> departments{{tr("All departments"), QString()}};
    for (const QString &department : m_registry.assets().distinctValues(AssetField::Department))
        departments.append({department, department});
    fill(m_department, departments);
    m_criteria->setText(tr("Risk criteria: %1").arg(m_registry.risks().criteria().summary()));
    m_filling = false;
}

RiskFilter RiskRegisterWindow::filterFromFields() const
{
    RiskFilter filter = m_extra;
    filter.level = m_level->currentData().toString();
    filter.treatment = m_treatment->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.department = m_department->currentData().toString();
    filter.owner = m_owner->text().trimmed();
    filter.staleOnly = m_stale->isChecked();
    filter.overdue = m_overdue->isChecked();
    filter.acceptanceOverdue = m_acceptanceOverdue->isChecked();
    return filter;
}

void RiskRegisterWindow::applyFilter()
{
    if (m_filling)
        return;
    m_model->setFilter(filterFromFields());
    m_open->setEnabled(false);
}

void RiskRegisterWindow::showFilter(const RiskFilter &filter, const QString &caption)
{
    m_filling = true;
    m_level->setCurrentIndex(std::max(0, m_level->findData(filter.level)));
    m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(filter.treatment)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(filter.status)));
    m_department->setCurrentIndex(std::max(0, m_department->findData(filter.department)));
    m_owner->setText(filter.owner);
    m_stale->setChecked(filter.staleOnly);
    m_overdue->setChecked(filter.overdue);
    m_acceptanceOverdue->setChecked(filter.acceptanceOverdue);
    m_extra = RiskFilter();
    m_extra.assetId = filter.assetId;
    m_extra.threatId = filter.threatId;
    m_extra.importance = filter.importance;
    m_extra.damageLikelihood = filter.damageLikelihood;
    m_extra.assessedOnly = filter.assessedOnly;
    m_extra.dueWithinDays = filter.dueWithinDays;
    m_extraCaption = caption;
    updateExtraLabel();
    m_filling = false;
    applyFilter();
}

void RiskRegisterWindow::updateExtraLabel()
{
    const bool extra = m_extra.assetId > 0 || m_extra.threatId > 0 || m_extra.importance > 0 ||
                       m_extra.damageLikelihood > 0 || m_extra.assessedOnly || m_extra.dueWithinDays >= 0;
    if (!extra)
        m_extraCaption.clear();
    m_extraLabel->setText(
        m_extraCaption.isEmpty()
            ? tr("Also filtered as the figure that opened this list was counted. Clear the filter to see every entry.")
            : tr("Also filtered: %1. Clear the filter to see every entry.").arg(m_extraCaption));
    m_extraLabel->setVisible(extra);
}

void RiskRegisterWindow::clearFilter()
{
    m_extra = RiskFilter();
    m_extraCaption.clear();
    RiskFilter open;
    open.status = QStringLiteral("open");
    showFilter(open);
}

void RiskRegisterWindow::refresh()
{
    fillChoices();
    m_model->refresh();
}

void RiskRegisterWindow::updateCount()
{
    m_count->setText(tr("%n entries", nullptr, int(std::min<qint64>(m_model->count(), 1 << 30))));
}

RiskEntryEditor *RiskRegisterWindow::showEditor(RiskEntryEditor *editor)
{
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &RiskEntryEditor::saved, this, [this] {
        m_model->refresh();
        emit registerChanged();
    });
    connect(editor, &QObject::destroyed, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
    });
    editor->open();
    return editor;
}

RiskEntryEditor *RiskRegisterWindow::openEntry(int row)
{
    const std::optional<Risk> risk = m_model->riskAt(row);
    if (!risk)
        return nullptr;
    const Result<Risk> current = m_registry.risks().byId(risk->id);
    if (!current) {
        MessageBox::critical(this, tr("Open Risk Entry"), current.error);
        m_model->refresh();
        return nullptr;
    }
    return showEditor(new RiskEntryEditor(m_registry, *current, this));
}

RiskEntryEditor *RiskRegisterWindow::newOrganisationWideRisk()
{
    return showEditor(new RiskEntryEditor(m_registry, qint64(0), this));
}
