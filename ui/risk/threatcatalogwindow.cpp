// The threat catalogue window.
#include "threatcatalogwindow.h"

#include "threateditdialog.h"

#include "domain/assetcodes.h"
#include "domain/riskcodes.h"
#include "service/registry.h"
#include "service/threatservice.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    CodeColumn,
    NameColumn,
    CategoryColumn,
    PolicyColumn,
    ObjectivesColumn,
    LikelihoodColumn,
    RelatedColumn,
    KindColumn,
    ColumnCount
};

} // namespace

ThreatCatalogWindow::ThreatCatalogWindow(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("threatCatalogWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    m_reviewed = new QLabel(this);
    m_reviewed->setObjectName(QStringLiteral("threatCatalogReviewed"));
    m_reviewed->setWordWrap(true);
    m_showRetired = new QCheckBox(this);
    m_showRetired->setObjectName(QStringLiteral("showRetiredThreats"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("threatList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("threatDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addThreat"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editThreat"));
    m_retire = new QPushButton(this);
    m_retire->setObjectName(QStringLiteral("retireThreat"));
    m_reinstate = new QPushButton(this);
    m_reinstate->setObjectName(QStringLiteral("reinstateThreat"));
    m_markReviewed = new QPushButton(this);
    m_markReviewed->setObjectName(QStringLiteral("markThreatsReviewed"));
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_reinstate);
    buttons->addWidget(m_markReviewed);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *top = new QHBoxLayout;
    top->addWidget(m_reviewed, 1);
    top->addWidget(m_showRetired);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_showRetired, &QCheckBox::toggled, this, &ThreatCatalogWindow::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ThreatCatalogWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ThreatCatalogWindow::editThreat);
    connect(m_add, &QPushButton::clicked, this, &ThreatCatalogWindow::addThreat);
    connect(m_edit, &QPushButton::clicked, this, &ThreatCatalogWindow::editThreat);
    connect(m_retire, &QPushButton::clicked, this, &ThreatCatalogWindow::retireThreat);
    connect(m_reinstate, &QPushButton::clicked, this, &ThreatCatalogWindow::reinstateThreat);
    connect(m_markReviewed, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Threat Catalogue Reviewed"),
                                 tr("Record that the threat catalogue was reviewed today (policy §3: new threats "
                                    "are followed)?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
            markReviewed(m_registry.clock().today());
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("threatCatalog"), QSize(1100, 620));
}

void ThreatCatalogWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ThreatCatalogWindow::retranslateUi()
{
    setWindowTitle(tr("Threat Catalogue"));
    m_showRetired->setText(tr("&Show retired threats"));
    m_list->setHeaderLabels({tr("Code"), tr("Threat"), tr("Category"), tr("Policy"), tr("Objectives"),
                             tr("Threat likelihood"), tr("Related controls"), tr("Kind")});
    m_add->setText(tr("&Add Own Threat…"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("An own threat: every field. A built-in threat: this registry's likelihood."));
    m_retire->setText(tr("Re&tire"));
    m_reinstate->setText(tr("Re&instate"));
    m_markReviewed->setText(tr("Mark Catalogue Re&viewed…"));
    m_close->setText(tr("Close"));
    refresh();
}

void ThreatCatalogWindow::refresh()
{
    const QString current = currentThreat() ? currentThreat()->code : QString();
    QString error;
    m_threats = m_registry.threats().threats(m_showRetired->isChecked(), &error);
    m_list->clear();
    if (!error.isEmpty()) {
        // A read that failed says so, instead of a catalogue that looks empty.
        m_reviewed->setText(error);
        updateButtons();
        return;
    }
    for (const Threat &threat : std::as_const(m_threats)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(CodeColumn, threat.code);
        item->setText(NameColumn, threat.name());
        item->setText(CategoryColumn, RiskCodes::name(RiskCodes::List::Category, threat.category));
        item->setText(PolicyColumn, threat.policyRef);
        item->setText(ObjectivesColumn, threat.objectives);
        item->setText(LikelihoodColumn,
                      threat.likelihood == threat.defaultLikelihood
                          ? QString::number(threat.likelihood)
                          : tr("%1 (catalogue: %2)").arg(threat.likelihood).arg(threat.defaultLikelihood));
        item->setTextAlignment(LikelihoodColumn, Qt::AlignCenter);
        item->setText(RelatedColumn, threat.relatedControls.join(QStringLiteral(", ")));
        QString kind = threat.builtIn ? tr("Built in") : tr("Own");
        if (threat.retired)
            kind = tr("%1, retired").arg(kind);
        item->setText(KindColumn, kind);
        item->setData(CodeColumn, Qt::UserRole, threat.code);
        if (threat.retired)
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, m_list->palette().brush(QPalette::Disabled, QPalette::Text));
    }
    for (int column : {CodeColumn, CategoryColumn, PolicyColumn, ObjectivesColumn, LikelihoodColumn, KindColumn})
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(RelatedColumn, m_list->fontMetrics().horizontalAdvance(QStringLiteral("TEC-01, TEC-02, ")));
    const QDate reviewed = m_registry.threats().catalogReviewedOn();
    m_reviewed->setText(reviewed.isValid()
                            ? tr("Catalogue version %1, last reviewed on %2. %3 threats in force.")
                                  .arg(m_registry.threats().catalogVersion(), LocalDate::toString(reviewed))
                                  .arg(m_registry.threats().threats(false).size())
                            : tr("Catalogue version %1, not reviewed yet. %2 threats in force.")
                                  .arg(m_registry.threats().catalogVersion())
                                  .arg(m_registry.threats().threats(false).size()));
    if (!current.isEmpty())
        select(current);
    updateButtons();
}

bool ThreatCatalogWindow::select(const QString &code)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(CodeColumn, Qt::UserRole).toString() == code) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

std::optional<Threat> ThreatCatalogWindow::currentThreat() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString code = item->data(CodeColumn, Qt::UserRole).toString();
    for (const Threat &threat : m_threats)
        if (threat.code == code)
            return threat;
    return std::nullopt;
}

void ThreatCatalogWindow::updateButtons()
{
    const std::optional<Threat> threat = currentThreat();
    m_edit->setEnabled(threat.has_value());
    m_retire->setEnabled(threat && !threat->retired);
    m_reinstate->setEnabled(threat && threat->retired);
    if (!threat) {
        m_details->clear();
        return;
    }
    QStringList types;
    for (const QString &type : threat->assetTypes)
        types << AssetCodes::assetTypeName(type);
    QStringList media;
    for (const QString &medium : threat->mediumClasses)
        media << RiskCodes::name(RiskCodes::List::MediumClass, medium);
    const QString description = QLocale().language() == QLocale::Japanese || threat->descriptionEn.isEmpty()
                                    ? threat->descriptionJa
                                    : threat->descriptionEn;
    m_details->setText(tr("Asset types: %1\nMedium classes: %2\n%3")
                           .arg(types.isEmpty() ? tr("all") : types.join(QStringLiteral(", ")),
                                media.isEmpty() ? tr("all") : media.join(QStringLiteral(", ")), description));
}

ThreatEditDialog *ThreatCatalogWindow::showEditor(ThreatEditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->savedThreat().code;
        refresh();
        select(code);
        emit catalogChanged();
    });
    dialog->open();
    return dialog;
}

ThreatEditDialog *ThreatCatalogWindow::addThreat()
{
    Threat draft;
    draft.category = QStringLiteral("intentional");
    draft.objectives = QStringLiteral("CIA");
    return showEditor(new ThreatEditDialog(m_registry, draft, this));
}

ThreatEditDialog *ThreatCatalogWindow::editThreat()
{
    const std::optional<Threat> threat = currentThreat();
    if (!threat)
        return nullptr;
    return showEditor(new ThreatEditDialog(m_registry, *threat, this));
}

bool ThreatCatalogWindow::retireThreat()
{
    const std::optional<Threat> threat = currentThreat();
    if (!threat)
        return false;
    const Result<Threat> retired = m_registry.threats().retire(threat->code);
    if (!retired) {
        MessageBox::critical(this, tr("Retire Threat"), retired.error);
        return false;
    }
    refresh();
    emit catalogChanged();
    return true;
}

bool ThreatCatalogWindow::reinstateThreat()
{
    const std::optional<Threat> threat = currentThreat();
    if (!threat)
        return false;
    const Result<Threat> reinstated = m_registry.threats().reinstate(threat->code);
    if (!reinstated) {
        MessageBox::critical(this, tr("Reinstate Threat"), reinstated.error);
        return false;
    }
    refresh();
    emit catalogChanged();
    return true;
}

bool ThreatCatalogWindow::markReviewed(const QDate &on)
{
    const Result<QDate> marked = m_registry.threats().markCatalogReviewed(on);
    if (!marked) {
        MessageBox::critical(this, tr("Threat Catalogue Reviewed"), marked.error);
        return false;
    }
    refresh();
    emit catalogChanged();
    return true;
}
