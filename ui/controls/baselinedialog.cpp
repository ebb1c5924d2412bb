// The baseline editor.
#include "baselinedialog.h"

#include "controlpickerdialog.h"

#include "domain/assetcodes.h"
#include "domain/classification.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

std::optional<int> level(const QComboBox *combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid() || value.toInt() == 0)
        return std::nullopt;
    return value.toInt();
}

void setLevel(QComboBox *combo, const std::optional<int> &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value.value_or(0))));
}

} // namespace

BaselineDialog::BaselineDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("baselineDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; }"));
    m_problems->hide();
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ControlColumn, QHeaderView::Stretch);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_remove = new QPushButton(this);
    m_reset = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &BaselineDialog::addRulesFromPicker);
    connect(m_remove, &QPushButton::clicked, this, &BaselineDialog::removeSelectedRules);
    connect(m_reset, &QPushButton::clicked, this, &BaselineDialog::resetToDefault);
    connect(m_save, &QPushButton::clicked, this, &BaselineDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &BaselineDialog::reject);
    retranslateUi();
    load(m_registry.baseline().baseline());
    WindowGeometry::restore(this, QStringLiteral("baseline"), QSize(1150, 720));
}

BaselineDialog::~BaselineDialog() = default;

void BaselineDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BaselineDialog::retranslateUi()
{
    setWindowTitle(tr("Baseline"));
    m_intro->setText(tr("Each rule requires its control for every asset that meets all of the rule's conditions; "
                        "a rule without conditions applies to every asset. \"Any personal information\" includes "
                        "special care-required and My Number information. Changes apply to the gap report at once "
                        "after saving."));
    m_table->setHorizontalHeaderLabels(
        {tr("Control"), ClassificationScheme::objectiveName(Objective::Confidentiality) + QStringLiteral(" ≥"),
         ClassificationScheme::objectiveName(Objective::Integrity) + QStringLiteral(" ≥"),
         ClassificationScheme::objectiveName(Objective::Availability) + QStringLiteral(" ≥"), tr("Importance ≥"),
         tr("Personal information"), tr("Asset type")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = Confidentiality; column < ColumnCount; ++column) {
            if (QComboBox *combo = conditionCombo(row, Column(column))) {
                const QVariant value = combo->currentData();
                fillCombo(combo, Column(column));
                combo->setCurrentIndex(std::max(0, combo->findData(value)));
            }
        }
    }
    m_add->setText(tr("&Add Rules…"));
    m_remove->setText(tr("&Remove Rules"));
    m_reset->setText(tr("Reset to &Default"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
}

void BaselineDialog::fillCombo(QComboBox *combo, Column column) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    const ClassificationScheme &scheme = m_registry.scheme();
    switch (column) {
    case Confidentiality:
    case Integrity:
    case Availability: {
        const Objective objective = column == Confidentiality ? Objective::Confidentiality
                                    : column == Integrity     ? Objective::Integrity
                                                              : Objective::Availability;
        combo->addItem(tr("Any"), 0);
        for (int ordinal : scheme.ordinals(objective)) {
            if (ordinal >= 1)
                combo->addItem(scheme.levelLabel(objective, ordinal), ordinal);
        }
        break;
    }
    case Importance:
        combo->addItem(tr("Any"), 0);
        for (int ordinal : scheme.importanceOrdinals())
            combo->addItem(scheme.importanceLabel(ordinal), ordinal);
        break;
    case PersonalInfo:
        combo->addItem(tr("Any"), QString());
        combo->addItem(tr("Any personal information"), QStringLiteral("personal"));
        combo->addItem(AssetCodes::personalInfoName(QStringLiteral("sensitive")), QStringLiteral("sensitive"));
        combo->addItem(AssetCodes::personalInfoName(QStringLiteral("my_number")), QStringLiteral("my_number"));
        break;
    case AssetType:
        combo->addItem(tr("Any"), QString());
        for (const QString &type : AssetCodes::assetTypes())
            combo->addItem(AssetCodes::assetTypeName(type), type);
        break;
    default:
        break;
    }
}

void BaselineDialog::appendRow(const BaselineRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const std::optional<Control> control = m_registry.catalogs().control(rule.controlId);
    auto *item = new QTableWidgetItem(control ? control->codeAndTitle() : QString::number(rule.controlId));
    item->setData(kIdRole, rule.controlId);
    if (control) {
        item->setToolTip(control->description());
        if (control->retired)
            item->setForeground(QBrush(Qt::gray));
    }
    m_table->setItem(row, ControlColumn, item);
    for (int column = Confidentiality; column < ColumnCount; ++column) {
        auto *combo = new QComboBox(m_table);
        fillCombo(combo, Column(column));
        switch (column) {
        case Confidentiality:
            setLevel(combo, rule.minConfidentiality);
            break;
        case Integrity:
            setLevel(combo, rule.minIntegrity);
            break;
        case Availability:
            setLevel(combo, rule.minAvailability);
            break;
        case Importance:
            setLevel(combo, rule.minImportance);
            break;
        case PersonalInfo:
            combo->setCurrentIndex(std::max(0, combo->findData(rule.personalInfo)));
            break;
        case AssetType:
            combo->setCurrentIndex(std::max(0, combo->findData(rule.assetType)));
            break;
        default:
            break;
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_modified = true; });
        m_table->setCellWidget(row, column, combo);
    }
}

void BaselineDialog::load(const QList<BaselineRule> &rules)
{
    m_table->setRowCount(0);
    for (const BaselineRule &rule : rules)
        appendRow(rule);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ControlColumn, QHeaderView::Stretch);
}

QComboBox *BaselineDialog::conditionCombo(int row, Column column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
}

QList<BaselineRule> BaselineDialog::rules() const
{
    QList<BaselineRule> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        BaselineRule rule;
        rule.controlId = m_table->item(row, ControlColumn)->data(kIdRole).toLongLong();
        rule.minConfidentiality = level(conditionCombo(row, Confidentiality));
        rule.minIntegrity = level(conditionCombo(row, Integrity));
        rule.minAvailability = level(conditionCombo(row, Availability));
        rule.minImportance = level(conditionCombo(row, Importance));
        rule.personalInfo = conditionCombo(row, PersonalInfo)->currentData().toString();
        rule.assetType = conditionCombo(row, AssetType)->currentData().toString();
        result << rule;
    }
    return result;
}

void BaselineDialog::addRules(const QList<qint64> &controlIds)
{
    for (qint64 id : controlIds) {
        BaselineRule rule;
        rule.controlId = id;
        appendRow(rule);
    }
    if (!controlIds.isEmpty()) {
        m_modified = true;
        m_table->scrollToBottom();
        m_table->selectRow(m_table->rowCount() - 1);
    }
}

bool BaselineDialog::addRulesFromPicker()
{
    ControlPickerDialog picker(m_registry, true, this);
    if (picker.exec() != QDialog::Accepted)
        return false;
    QList<qint64> ids;
    const QList<Control> chosen = picker.selectedControls();
    for (const Control &control : chosen)
        ids << control.id;
    addRules(ids);
    return !ids.isEmpty();
}

void BaselineDialog::removeSelectedRules()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    if (!rows.isEmpty())
        m_modified = true;
}

void BaselineDialog::resetToDefault()
{
    if (MessageBox::question(this, tr("Reset Baseline"),
                             tr("Replace every rule with the default baseline shipped with the application? Rules you "
                                "added are removed when you save.")) != QMessageBox::Yes)
        return;
    // The shipped rules are put in the table; nothing is written until Save.
    const Result<QList<BaselineRule>> shipped = m_registry.baseline().defaultBaseline();
    if (!shipped.ok()) {
        MessageBox::critical(this, tr("Baseline Not Reset"), shipped.error);
        return;
    }
    load(*shipped.value);
    m_modified = true;
}

bool BaselineDialog::save()
{
    const Result<int> saved = m_registry.baseline().setBaseline(rules());
    if (!saved.ok()) {
        m_problems->setText(saved.error);
        m_problems->show();
        if (!saved.problems.isEmpty()) {
            const QString field = saved.problems.constFirst().field;
            const int row = field.mid(6, field.size() - 7).toInt();
            m_table->selectRow(row);
        }
        return false;
    }
    m_problems->hide();
    m_modified = false;
    return true;
}

void BaselineDialog::accept()
{
    if (save())
        QDialog::accept();
}

void BaselineDialog::reject()
{
    if (m_modified && MessageBox::question(this, tr("Discard Changes"), tr("Discard the changes to the baseline?")) !=
                          QMessageBox::Yes)
        return;
    QDialog::reject();
}
