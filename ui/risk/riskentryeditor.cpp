// The editor of one risk entry: the tabs, the entry's life and the save.
#include "riskentryeditor.h"

#include "acceptancedialog.h"
#include "riskassessmenttab.h"
#include "riskresidualtab.h"
#include "risktreatmenttab.h"

#include "domain/riskcodes.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// A reason typed by the user; a null string when cancelled.
QString askReason(QWidget *parent, const QString &title, const QString &prompt)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(parent, title, prompt, QString(), &ok);
    return ok ? (reason.isNull() ? QStringLiteral("") : reason) : QString();
}

} // namespace

RiskEntryEditor::RiskEntryEditor(Registry &registry, const Risk &risk, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_criteria(registry.risks().criteria())
    , m_risk(risk)
{
    buildUi();
    load(risk);
    m_inputGuard = new InputGuard(this);
    m_treatmentTab->setInputGuard(m_inputGuard);
}

RiskEntryEditor::RiskEntryEditor(Registry &registry, qint64 assetId, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_criteria(registry.risks().criteria())
{
    m_risk.assetId = assetId;
    if (assetId > 0) {
        if (const Result<Asset> asset = registry.assets().byId(assetId)) {
            m_risk.assetNo = asset->assetNo;
            m_risk.assetName = asset->name;
            m_risk.department = asset->department;
            m_risk.owner = asset->owner;
            m_risk.importance = RiskMethod::importanceRating(asset->importance());
        }
    }
    m_risk.likelihood = 0;
    buildUi();
    load(m_risk);
    m_inputGuard = new InputGuard(this);
    m_treatmentTab->setInputGuard(m_inputGuard);
}

void RiskEntryEditor::buildUi()
{
    setObjectName(QStringLiteral("riskEntryEditor"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("riskHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("riskFlags"));
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color: #a01010; font-weight: bold;"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("riskProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_problems->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("riskEditorTabs"));
    m_assessmentTab = new RiskAssessmentTab(m_registry, m_criteria, m_tabs);
    m_treatmentTab = new RiskTreatmentTab(m_registry, m_tabs);
    m_residualTab = new RiskResidualTab(m_criteria, m_tabs);
    m_tabs->addTab(m_assessmentTab, QString());
    m_tabs->addTab(m_treatmentTab, QString());
    m_tabs->addTab(m_residualTab, QString());

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("riskStartTreatment"));
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("riskAccept"));
    m_closeEntry = new QPushButton(this);
    m_closeEntry->setObjectName(QStringLiteral("riskCloseEntry"));
    m_notApplicable = new QPushButton(this);
    m_notApplicable->setObjectName(QStringLiteral("riskNotApplicable"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_start);
    bottom->addWidget(m_accept);
    bottom->addWidget(m_closeEntry);
    bottom->addWidget(m_notApplicable);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_flags);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RiskEntryEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RiskEntryEditor::reject);
    connect(m_assessmentTab, &RiskAssessmentTab::ratingsChanged, this, [this] {
        // The picker of the plan starts from the threat's first related control area.
        const std::optional<Threat> threat = m_assessmentTab->currentThreat();
        m_treatmentTab->setControlSearch(
            threat && !threat->relatedControls.isEmpty() ? threat->relatedControls.first().left(3) : QString());
        updateDerived();
    });
    connect(m_treatmentTab, &RiskTreatmentTab::assignmentChanged, this, &RiskEntryEditor::assignmentChanged);
    connect(m_start, &QPushButton::clicked, this, &RiskEntryEditor::startTreatment);
    connect(m_accept, &QPushButton::clicked, this, &RiskEntryEditor::openAcceptance);
    connect(m_closeEntry, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(this, tr("Close Risk Entry"), tr("Why is the entry closed?"));
        if (!reason.isNull())
            closeEntry(reason);
    });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(this, tr("Not Applicable"), tr("Why does the threat not apply to the asset?"));
        if (!reason.isNull())
            markNotApplicable(reason);
    });
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("riskEntryEditor"), QSize(860, 640));
}

void RiskEntryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RiskEntryEditor::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Assessment"));
    m_tabs->setTabText(1, tr("T&reatment"));
    m_tabs->setTabText(2, tr("Resi&dual Risk and Acceptance"));
    m_assessmentTab->retranslateUi();
    m_treatmentTab->retranslateUi();
    m_residualTab->retranslateUi();
    m_start->setText(tr("Start &Treatment"));
    m_accept->setText(tr("A&ccept Risk…"));
    m_closeEntry->setText(tr("Clos&e Entry…"));
    m_notApplicable->setText(tr("&Not Applicable…"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateFlags();
    updateDerived();
    setWindowTitle(isNew() ? tr("New Risk Entry") : tr("Risk Entry %1").arg(m_risk.riskNo));
}

QPushButton *RiskEntryEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RiskEntryEditor::load(const Risk &risk)
{
    m_risk = risk;
    m_readOnly = !risk.isOpen();
    m_assessmentTab->load(risk, m_readOnly);
    m_treatmentTab->load(risk, m_readOnly);
    m_residualTab->load(risk, m_readOnly);
    QStringList header;
    header << (isNew() ? tr("New risk entry")
                       : tr("%1 · %2").arg(risk.riskNo, RiskCodes::name(RiskCodes::List::Status, risk.status)));
    header << (risk.assetId > 0 ? tr("Asset: %1 %2 (%3)").arg(risk.assetNo, risk.assetName, risk.department)
                                : tr("Organisation-wide risk (no asset)"));
    m_header->setText(header.join(QStringLiteral(" — ")));
    updateFlags();
    updateEnabled();
    updateDerived();
    setWindowTitle(isNew() ? tr("New Risk Entry") : tr("Risk Entry %1").arg(m_risk.riskNo));
    if (m_inputGuard)
        m_inputGuard->setModified(false);
}

void RiskEntryEditor::updateFlags()
{
    QStringList flags;
    if (m_risk.isHighAccepted())
        flags << tr("A high risk has been accepted: it needs the approval of %1 and a close watch.")
                     .arg(RiskCodes::name(RiskCodes::List::Role, m_criteria.highApprover));
    if (m_risk.needsReassessment())
        flags << tr("Needs reassessment: %1").arg(m_risk.reassessmentReasons.join(QLatin1Char(' ')));
    if (m_risk.notApplicable)
        flags << tr("Marked not applicable: %1").arg(m_risk.closedReason);
    m_flags->setText(flags.join(QLatin1Char('\n')));
    m_flags->setVisible(!flags.isEmpty());
}

void RiskEntryEditor::updateEnabled()
{
    const bool open = !m_readOnly;
    m_assessmentTab->updateEnabled();
    m_treatmentTab->updateEnabled();
    m_residualTab->updateEnabled();
    m_start->setEnabled(open && m_risk.status == QLatin1String("planned"));
    m_accept->setEnabled(open && m_risk.isAssessed());
    m_closeEntry->setEnabled(open && !isNew());
    m_notApplicable->setEnabled(open && !isNew() && !m_risk.isAssessed() && m_risk.assetId > 0);
    m_start->setVisible(!isNew());
    m_accept->setVisible(!isNew());
    m_closeEntry->setVisible(!isNew());
    m_notApplicable->setVisible(!isNew());
    saveButton()->setEnabled(open);
}

void RiskEntryEditor::updateDerived()
{
    m_residualTab->updateResult(m_assessmentTab->importance());
}

void RiskEntryEditor::assignmentChanged()
{
    // An assignment of the plan was saved in its own dialog: the entry follows it (its derived vulnerability, its
    // row version); what was typed stays.
    const Result<Risk> reread = m_registry.risks().byNo(m_risk.riskNo);
    if (!reread)
        return;
    m_risk.rowVersion = reread->rowVersion;
    m_risk.vulnerability = reread->vulnerability;
    m_risk.reassessmentReasons = reread->reassessmentReasons;
    m_assessmentTab->entryReread(m_risk);
    updateFlags();
    updateEnabled();
    updateDerived();
    emit saved(m_risk);
}

void RiskEntryEditor::addPlannedControls(const QList<qint64> &controlIds, const QString &responsible, const QDate &due)
{
    m_treatmentTab->addPlannedControls(controlIds, responsible, due);
}

bool RiskEntryEditor::isModified() const
{
    return m_inputGuard && m_inputGuard->isModified();
}

QLabel *RiskEntryEditor::captionOf(const QString &key) const
{
    for (const RiskEditorFields::Marks *marks :
         {&m_assessmentTab->marks(), &m_treatmentTab->marks(), &m_residualTab->marks()})
        if (QLabel *caption = marks->captions.value(key))
            return caption;
    return nullptr;
}

QWidget *RiskEntryEditor::fieldOf(const QString &key) const
{
    for (const RiskEditorFields::Marks *marks :
         {&m_assessmentTab->marks(), &m_treatmentTab->marks(), &m_residualTab->marks()})
        if (QWidget *field = marks->fields.value(key))
            return field;
    return nullptr;
}

void RiskEntryEditor::clearMarks()
{
    for (const QString &key : std::as_const(m_marked)) {
        if (QLabel *caption = captionOf(key))
            caption->setStyleSheet(QString());
        if (QWidget *field = fieldOf(key))
            field->setStyleSheet(QString());
    }
    m_marked.clear();
    m_problems->clear();
    m_problems->hide();
}

void RiskEntryEditor::mark(const QList<Problem> &problems)
{
    QWidget *first = nullptr;
    for (const Problem &problem : problems) {
        if (problem.field.isEmpty())
            continue;
        m_marked << problem.field;
        if (QLabel *caption = captionOf(problem.field))
            caption->setStyleSheet(QStringLiteral("color: #a01010; font-weight: bold;"));
        if (QWidget *field = fieldOf(problem.field)) {
            if (!first)
                first = field;
        }
    }
    if (first) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(first))
                m_tabs->setCurrentIndex(i);
        first->setFocus();
    }
}

bool RiskEntryEditor::showResult(const Result<Risk> &result)
{
    if (result)
        return true;
    m_problems->setText(result.error);
    m_problems->show();
    mark(result.problems);
    return false;
}

bool RiskEntryEditor::afterSave(const Result<Risk> &result)
{
    if (!showResult(result))
        return false;
    const Result<Risk> reread = m_registry.risks().byId(result->id);
    m_risk = reread ? *reread : *result;
    emit saved(m_risk);
    return true;
}

bool RiskEntryEditor::save()
{
    if (m_readOnly)
        return false;
    clearMarks();
    // The assessment (it sets the level the treatment and acceptance depend on), the treatment and the residual risk
    // are saved by one call of the service, in one unit of work: the first refusal leaves the registry as it was, and
    // the editor shows what it says.
    RiskService::EntryChanges changes;
    if (isNew()) {
        const std::optional<Threat> threat = m_assessmentTab->currentThreat();
        const RiskService::Assessment fields = m_assessmentTab->assessment();
        Risk draft;
        draft.assetId = m_risk.assetId;
        draft.threatId = threat ? threat->id : 0;
        draft.scenario = fields.scenario;
        draft.objectives = fields.objectives;
        draft.owner = fields.owner;
        draft.likelihood = fields.likelihood;
        draft.likelihoodRationale = fields.likelihoodRationale;
        draft.vulnerabilityDerived = !fields.vulnerability.has_value();
        draft.vulnerability = fields.vulnerability.value_or(0);
        draft.vulnerabilityRationale = fields.vulnerabilityRationale;
        draft.importance = m_risk.assetId > 0 ? 0 : fields.importance;
        draft.importanceRationale = fields.importanceRationale;
        changes.draft = draft;
    }
    if (m_assessmentTab->changed())
        changes.assessment = m_assessmentTab->assessment();
    if (m_treatmentTab->changed())
        changes.treatment = m_treatmentTab->treatment();
    changes.residual = m_residualTab->changedResidual();
    if (!changes.draft && !changes.assessment && !changes.treatment && !changes.residual) {
        m_inputGuard->setModified(false);
        return true;
    }
    if (!afterSave(m_registry.risks().saveEntry(m_risk.riskNo, changes)))
        return false;
    load(m_risk);
    return true;
}

void RiskEntryEditor::accept()
{
    if (m_readOnly || save())
        QDialog::accept();
}

void RiskEntryEditor::reject()
{
    if (m_inputGuard && !m_readOnly && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}

bool RiskEntryEditor::startTreatment()
{
    clearMarks();
    if (!afterSave(m_registry.risks().startTreatment(m_risk.riskNo)))
        return false;
    load(m_risk);
    return true;
}

QDialog *RiskEntryEditor::openAcceptance()
{
    auto *dialog = new AcceptanceDialog(m_registry, m_risk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AcceptanceDialog::acceptedRisk, this, [this](const Risk &risk) {
        clearMarks();
        afterSave(Result<Risk>::success(risk));
        load(m_risk);
    });
    dialog->open();
    return dialog;
}

bool RiskEntryEditor::closeEntry(const QString &reason)
{
    clearMarks();
    if (!afterSave(m_registry.risks().close(m_risk.riskNo, reason)))
        return false;
    load(m_risk);
    return true;
}

bool RiskEntryEditor::markNotApplicable(const QString &reason)
{
    clearMarks();
    if (!afterSave(m_registry.risks().markNotApplicable(m_risk.riskNo, reason)))
        return false;
    load(m_risk);
    return true;
}

// The fields of the tabs, for the windows and tests that reach them through the editor.
QComboBox *RiskEntryEditor::threatCombo() const
{
    return m_assessmentTab->threatCombo();
}
QPlainTextEdit *RiskEntryEditor::scenarioEdit() const
{
    return m_assessmentTab->scenarioEdit();
}
QCheckBox *RiskEntryEditor::objectiveBox(int index) const
{
    return m_assessmentTab->objectiveBox(index);
}
QLineEdit *RiskEntryEditor::ownerEdit() const
{
    return m_assessmentTab->ownerEdit();
}
QSpinBox *RiskEntryEditor::importanceSpin() const
{
    return m_assessmentTab->importanceSpin();
}
QLineEdit *RiskEntryEditor::importanceRationaleEdit() const
{
    return m_assessmentTab->importanceRationaleEdit();
}
QComboBox *RiskEntryEditor::likelihoodCombo() const
{
    return m_assessmentTab->likelihoodCombo();
}
QLineEdit *RiskEntryEditor::likelihoodRationaleEdit() const
{
    return m_assessmentTab->likelihoodRationaleEdit();
}
QRadioButton *RiskEntryEditor::derivedButton() const
{
    return m_assessmentTab->derivedButton();
}
QRadioButton *RiskEntryEditor::enteredButton() const
{
    return m_assessmentTab->enteredButton();
}
QComboBox *RiskEntryEditor::vulnerabilityCombo() const
{
    return m_assessmentTab->vulnerabilityCombo();
}
QLineEdit *RiskEntryEditor::vulnerabilityRationaleEdit() const
{
    return m_assessmentTab->vulnerabilityRationaleEdit();
}
QLabel *RiskEntryEditor::derivedLabel() const
{
    return m_assessmentTab->derivedLabel();
}
QLabel *RiskEntryEditor::resultLabel() const
{
    return m_assessmentTab->resultLabel();
}
QComboBox *RiskEntryEditor::treatmentCombo() const
{
    return m_treatmentTab->treatmentCombo();
}
QPlainTextEdit *RiskEntryEditor::planEdit() const
{
    return m_treatmentTab->planEdit();
}
QLineEdit *RiskEntryEditor::transferEdit() const
{
    return m_treatmentTab->transferEdit();
}
QCheckBox *RiskEntryEditor::dueCheck() const
{
    return m_treatmentTab->dueCheck();
}
QDateEdit *RiskEntryEditor::dueEdit() const
{
    return m_treatmentTab->dueEdit();
}
QTableWidget *RiskEntryEditor::plannedControlsTable() const
{
    return m_treatmentTab->plannedControlsTable();
}
QComboBox *RiskEntryEditor::residualLikelihoodCombo() const
{
    return m_residualTab->residualLikelihoodCombo();
}
QComboBox *RiskEntryEditor::residualVulnerabilityCombo() const
{
    return m_residualTab->residualVulnerabilityCombo();
}
QLabel *RiskEntryEditor::residualLabel() const
{
    return m_residualTab->residualLabel();
}
QLabel *RiskEntryEditor::acceptanceLabel() const
{
    return m_residualTab->acceptanceLabel();
}
