// The editor of one risk entry.
#include "riskentryeditor.h"

#include "acceptancedialog.h"

#include "controls/assignmentdialog.h"
#include "controls/controlpickerdialog.h"
#include "domain/controlcodes.h"
#include "domain/riskcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "service/threatservice.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr char kObjectiveCodes[] = "CIA";

enum PlanColumn
{
    PlanControl,
    PlanResponsible,
    PlanDue,
    PlanImplementation,
    PlanColumnCount
};

// A rating combo box: the value 1–3 as data, "not estimated" (0) first when optional.
void fillRatings(QComboBox *combo, bool optional)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (optional)
        combo->addItem(RiskEntryEditor::tr("Not estimated"), 0);
    for (int value = 3; value >= 1; --value)
        combo->addItem(QString::number(value), value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void setRating(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

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

    const auto label = [this](const QString &key, QWidget *buddy, QWidget *parent) {
        auto *caption = new QLabel(parent);
        caption->setBuddy(buddy);
        m_labels.insert(key, caption);
        if (buddy)
            m_fields.insert(key, buddy);
        return caption;
    };

    // Assessment.
    auto *assessment = new QWidget(this);
    auto *form = new QFormLayout;
    // The rows keep their height; what is left goes below them.
    auto *formPage = new QVBoxLayout(assessment);
    formPage->addLayout(form);
    formPage->addStretch(1);
    m_threat = new QComboBox(assessment);
    m_threat->setObjectName(QStringLiteral("riskThreat"));
    m_threatInfo = valueLabel(assessment);
    auto *threatBox = new QVBoxLayout;
    threatBox->addWidget(m_threat);
    threatBox->addWidget(m_threatInfo);
    form->addRow(label(QStringLiteral("threat"), m_threat, assessment), threatBox);
    m_scenario = new QPlainTextEdit(assessment);
    m_scenario->setObjectName(QStringLiteral("riskScenario"));
    m_scenario->setTabChangesFocus(true);
    m_scenario->setFixedHeight(m_scenario->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(label(QStringLiteral("scenario"), m_scenario, assessment), m_scenario);
    auto *objectives = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_objectives[i] = new QCheckBox(assessment);
        m_objectives[i]->setObjectName(QStringLiteral("riskObjective%1").arg(QLatin1Char(kObjectiveCodes[i])));
        objectives->addWidget(m_objectives[i]);
    }
    objectives->addStretch(1);
    form->addRow(label(QStringLiteral("objectives"), nullptr, assessment), objectives);
    m_fields.insert(QStringLiteral("objectives"), m_objectives[0]);
    m_owner = new QLineEdit(assessment);
    m_owner->setObjectName(QStringLiteral("riskOwner"));
    m_owner->setMaxLength(200);
    form->addRow(label(QStringLiteral("owner"), m_owner, assessment), m_owner);
    m_importance = new QSpinBox(assessment);
    m_importance->setObjectName(QStringLiteral("riskImportance"));
    m_importance->setRange(1, 3);
    m_importanceValue = valueLabel(assessment);
    m_importanceRationale = new QLineEdit(assessment);
    m_importanceRationale->setObjectName(QStringLiteral("riskImportanceRationale"));
    auto *importance = new QHBoxLayout;
    importance->addWidget(m_importance);
    importance->addWidget(m_importanceValue);
    importance->addWidget(m_importanceRationale, 1);
    form->addRow(label(QStringLiteral("importance"), m_importance, assessment), importance);
    m_fields.insert(QStringLiteral("importance_rationale"), m_importanceRationale);
    m_likelihood = new QComboBox(assessment);
    m_likelihood->setObjectName(QStringLiteral("riskLikelihood"));
    fillRatings(m_likelihood, false);
    m_likelihoodRationale = new QLineEdit(assessment);
    m_likelihoodRationale->setObjectName(QStringLiteral("riskLikelihoodRationale"));
    auto *likelihood = new QHBoxLayout;
    likelihood->addWidget(m_likelihood);
    likelihood->addWidget(m_likelihoodRationale, 1);
    form->addRow(label(QStringLiteral("likelihood"), m_likelihood, assessment), likelihood);
    m_derived = new QRadioButton(assessment);
    m_derived->setObjectName(QStringLiteral("riskVulnerabilityDerived"));
    m_derivedValue = valueLabel(assessment);
    m_derivedValue->setObjectName(QStringLiteral("riskDerivedVulnerability"));
    m_entered = new QRadioButton(assessment);
    m_entered->setObjectName(QStringLiteral("riskVulnerabilityEntered"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_derived);
    group->addButton(m_entered);
    m_vulnerability = new QComboBox(assessment);
    m_vulnerability->setObjectName(QStringLiteral("riskVulnerability"));
    fillRatings(m_vulnerability, false);
    m_vulnerabilityRationale = new QLineEdit(assessment);
    m_vulnerabilityRationale->setObjectName(QStringLiteral("riskVulnerabilityRationale"));
    auto *vulnerability = new QVBoxLayout;
    auto *derivedRow = new QHBoxLayout;
    derivedRow->addWidget(m_derived);
    derivedRow->addWidget(m_derivedValue, 1);
    auto *enteredRow = new QHBoxLayout;
    enteredRow->addWidget(m_entered);
    enteredRow->addWidget(m_vulnerability);
    enteredRow->addWidget(m_vulnerabilityRationale, 1);
    vulnerability->addLayout(derivedRow);
    vulnerability->addLayout(enteredRow);
    form->addRow(label(QStringLiteral("vulnerability"), nullptr, assessment), vulnerability);
    m_fields.insert(QStringLiteral("vulnerability"), m_vulnerability);
    m_fields.insert(QStringLiteral("vulnerability_rationale"), m_vulnerabilityRationale);
    m_result = valueLabel(assessment);
    m_result->setObjectName(QStringLiteral("riskResult"));
    form->addRow(label(QStringLiteral("result"), nullptr, assessment), m_result);

    // Treatment.
    auto *treatment = new QWidget(this);
    auto *treatmentForm = new QFormLayout;
    // The rows keep their height; what is left goes below them.
    auto *treatmentFormPage = new QVBoxLayout(treatment);
    treatmentFormPage->addLayout(treatmentForm, 1);
    m_treatment = new QComboBox(treatment);
    m_treatment->setObjectName(QStringLiteral("riskTreatment"));
    treatmentForm->addRow(label(QStringLiteral("treatment"), m_treatment, treatment), m_treatment);
    m_plan = new QPlainTextEdit(treatment);
    m_plan->setObjectName(QStringLiteral("riskPlan"));
    m_plan->setTabChangesFocus(true);
    m_plan->setFixedHeight(m_plan->fontMetrics().lineSpacing() * 3 + 12);
    treatmentForm->addRow(label(QStringLiteral("treatment_plan"), m_plan, treatment), m_plan);
    m_transferTo = new QLineEdit(treatment);
    m_transferTo->setObjectName(QStringLiteral("riskTransferTo"));
    m_transferTo->setMaxLength(200);
    treatmentForm->addRow(label(QStringLiteral("transfer_to"), m_transferTo, treatment), m_transferTo);
    m_hasDue = new QCheckBox(treatment);
    m_hasDue->setObjectName(QStringLiteral("riskHasDue"));
    m_due = new QDateEdit(treatment);
    m_due->setObjectName(QStringLiteral("riskDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(LocalDate::format());
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due);
    due->addStretch(1);
    treatmentForm->addRow(label(QStringLiteral("due"), nullptr, treatment), due);
    m_fields.insert(QStringLiteral("due"), m_due);
    m_planned = new QTableWidget(0, PlanColumnCount, treatment);
    m_planned->setObjectName(QStringLiteral("riskPlannedControls"));
    m_planned->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planned->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planned->verticalHeader()->hide();
    m_planned->horizontalHeader()->setSectionResizeMode(PlanControl, QHeaderView::Stretch);
    m_planned->setMinimumHeight(m_planned->fontMetrics().lineSpacing() * 6);
    m_planned->setColumnWidth(PlanResponsible, m_planned->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_addControls = new QPushButton(treatment);
    m_addControls->setObjectName(QStringLiteral("riskAddControls"));
    m_editAssignment = new QPushButton(treatment);
    m_editAssignment->setObjectName(QStringLiteral("riskEditAssignment"));
    m_removeControl = new QPushButton(treatment);
    m_removeControl->setObjectName(QStringLiteral("riskRemoveControl"));
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_addControls);
    planButtons->addWidget(m_editAssignment);
    planButtons->addWidget(m_removeControl);
    planButtons->addStretch(1);
    auto *planned = new QVBoxLayout;
    planned->addWidget(m_planned, 1);
    planned->addLayout(planButtons);
    treatmentForm->addRow(label(QStringLiteral("planned_controls"), m_planned, treatment), planned);

    // Residual risk, acceptance and review.
    auto *residual = new QWidget(this);
    auto *residualForm = new QFormLayout;
    // The rows keep their height; what is left goes below them.
    auto *residualFormPage = new QVBoxLayout(residual);
    residualFormPage->addLayout(residualForm);
    residualFormPage->addStretch(1);
    m_residualLikelihood = new QComboBox(residual);
    m_residualLikelihood->setObjectName(QStringLiteral("riskResidualLikelihood"));
    fillRatings(m_residualLikelihood, true);
    residualForm->addRow(label(QStringLiteral("residual_likelihood"), m_residualLikelihood, residual),
                         m_residualLikelihood);
    m_residualVulnerability = new QComboBox(residual);
    m_residualVulnerability->setObjectName(QStringLiteral("riskResidualVulnerability"));
    fillRatings(m_residualVulnerability, true);
    residualForm->addRow(label(QStringLiteral("residual_vulnerability"), m_residualVulnerability, residual),
                         m_residualVulnerability);
    m_residualResult = valueLabel(residual);
    m_residualResult->setObjectName(QStringLiteral("riskResidualResult"));
    residualForm->addRow(label(QStringLiteral("residual_value"), nullptr, residual), m_residualResult);
    m_fields.insert(QStringLiteral("residual_value"), m_residualLikelihood);
    m_acceptance = valueLabel(residual);
    m_acceptance->setObjectName(QStringLiteral("riskAcceptance"));
    residualForm->addRow(label(QStringLiteral("acceptance"), nullptr, residual), m_acceptance);
    m_review = valueLabel(residual);
    m_review->setObjectName(QStringLiteral("riskReview"));
    residualForm->addRow(label(QStringLiteral("review"), nullptr, residual), m_review);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("riskEditorTabs"));
    m_tabs->addTab(assessment, QString());
    m_tabs->addTab(treatment, QString());
    m_tabs->addTab(residual, QString());

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
    connect(m_threat, &QComboBox::currentIndexChanged, this, &RiskEntryEditor::updateThreat);
    for (QComboBox *combo : {m_likelihood, m_vulnerability, m_residualLikelihood, m_residualVulnerability})
        connect(combo, &QComboBox::currentIndexChanged, this, &RiskEntryEditor::updateDerived);
    connect(m_importance, &QSpinBox::valueChanged, this, &RiskEntryEditor::updateDerived);
    connect(m_derived, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        updateDerived();
    });
    connect(m_treatment, &QComboBox::currentIndexChanged, this, &RiskEntryEditor::updateEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &RiskEntryEditor::updateEnabled);
    connect(m_planned, &QTableWidget::itemSelectionChanged, this, &RiskEntryEditor::updateEnabled);
    connect(m_addControls, &QPushButton::clicked, this, &RiskEntryEditor::pickControls);
    connect(m_editAssignment, &QPushButton::clicked, this, &RiskEntryEditor::editPlannedAssignment);
    connect(m_removeControl, &QPushButton::clicked, this, &RiskEntryEditor::removePlannedControl);
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
    m_labels[QStringLiteral("threat")]->setText(tr("T&hreat:"));
    m_labels[QStringLiteral("scenario")]->setText(tr("Risk scenar&io:"));
    m_labels[QStringLiteral("objectives")]->setText(tr("Objectives affected:"));
    m_objectives[0]->setText(tr("Confidentiality (C)"));
    m_objectives[1]->setText(tr("Integrity (I)"));
    m_objectives[2]->setText(tr("Availability (A)"));
    m_labels[QStringLiteral("owner")]->setText(tr("Risk &owner:"));
    m_labels[QStringLiteral("importance")]->setText(tr("I&mportance:"));
    m_importanceRationale->setPlaceholderText(tr("Rationale of the importance (organisation-wide risks)"));
    m_labels[QStringLiteral("likelihood")]->setText(tr("Threat &likelihood:"));
    m_likelihood->setToolTip(tr("3: the threat occurs in normal circumstances (it may happen at any time)\n"
                                "2: the threat occurs in particular circumstances (a few times a year)\n"
                                "1: the threat does not occur in normal circumstances"));
    m_likelihoodRationale->setPlaceholderText(tr("Rationale of the likelihood"));
    m_labels[QStringLiteral("vulnerability")]->setText(tr("Vulnerability:"));
    m_derived->setText(tr("Deri&ved from the asset's controls:"));
    m_entered->setText(tr("Entered &by hand:"));
    m_vulnerability->setToolTip(tr("3: no measures in place (almost unprotected)\n"
                                   "2: some of the measures in place\n"
                                   "1: every measure needed is in place"));
    m_vulnerabilityRationale->setPlaceholderText(tr("Rationale: which measures are in place and which are missing"));
    m_labels[QStringLiteral("result")]->setText(tr("Result:"));
    m_labels[QStringLiteral("treatment")]->setText(tr("Treatment &option:"));
    m_labels[QStringLiteral("treatment_plan")]->setText(tr("&Plan:"));
    m_plan->setPlaceholderText(tr("What is done, or for avoiding: which activity stops"));
    m_labels[QStringLiteral("transfer_to")]->setText(tr("Trans&ferred to:"));
    m_transferTo->setPlaceholderText(tr("Contractor, insurer or cloud provider"));
    m_labels[QStringLiteral("due")]->setText(tr("Treatment due:"));
    m_hasDue->setText(tr("D&ue by"));
    m_labels[QStringLiteral("planned_controls")]->setText(tr("Planned controls:"));
    m_planned->setHorizontalHeaderLabels(
        {tr("Control"), tr("Responsible person"), tr("Due date"), tr("Implementation")});
    m_addControls->setText(tr("Pic&k Controls…"));
    m_addControls->setToolTip(tr("Choose controls to add or strengthen; they are assigned to the asset when the "
                                 "entry is saved"));
    m_editAssignment->setText(tr("Edit Assi&gnment…"));
    m_removeControl->setText(tr("Re&move from Plan"));
    m_labels[QStringLiteral("residual_likelihood")]->setText(tr("Residual li&kelihood:"));
    m_labels[QStringLiteral("residual_vulnerability")]->setText(tr("Residual &vulnerability:"));
    m_labels[QStringLiteral("residual_value")]->setText(tr("Residual risk:"));
    m_labels[QStringLiteral("acceptance")]->setText(tr("Acceptance:"));
    m_labels[QStringLiteral("review")]->setText(tr("Assessment and review:"));
    m_start->setText(tr("Start &Treatment"));
    m_accept->setText(tr("A&ccept Risk…"));
    m_closeEntry->setText(tr("Clos&e Entry…"));
    m_notApplicable->setText(tr("&Not Applicable…"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const QString current = m_treatment->currentData().toString();
    m_treatment->clear();
    m_treatment->addItem(tr("Not chosen yet"), QString());
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Treatment))
        m_treatment->addItem(RiskCodes::name(RiskCodes::List::Treatment, code), code);
    m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(current)));
    fillRatings(m_residualLikelihood, true);
    fillRatings(m_residualVulnerability, true);
    fillThreats();
    updateFlags();
    updateDerived();
    setWindowTitle(isNew() ? tr("New Risk Entry") : tr("Risk Entry %1").arg(m_risk.riskNo));
}

QPushButton *RiskEntryEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RiskEntryEditor::fillThreats()
{
    const qint64 current = m_threat->currentData().isValid() ? m_threat->currentData().toLongLong() : m_risk.threatId;
    m_threats = m_registry.threats().threats(true);
    const QSignalBlocker blocker(m_threat);
    m_threat->clear();
    if (isNew())
        m_threat->addItem(tr("Choose a threat"), qint64(0));
    for (const Threat &threat : std::as_const(m_threats)) {
        // Retired threats only for the entries that already name one.
        if (threat.retired && threat.id != m_risk.threatId)
            continue;
        m_threat->addItem(threat.codeAndName(), threat.id);
    }
    m_threat->setCurrentIndex(std::max(0, m_threat->findData(current)));
    updateThreat();
}

std::optional<Threat> RiskEntryEditor::currentThreat() const
{
    const qint64 id = m_threat->currentData().toLongLong();
    for (const Threat &threat : m_threats)
        if (threat.id == id)
            return threat;
    return std::nullopt;
}

void RiskEntryEditor::updateThreat()
{
    const std::optional<Threat> threat = currentThreat();
    if (!threat) {
        m_threatInfo->clear();
        m_derivedVulnerability.reset();
    } else {
        m_threatInfo->setText(tr("%1 · policy %2 · objectives %3 · related controls: %4")
                                  .arg(RiskCodes::name(RiskCodes::List::Category, threat->category), threat->policyRef,
                                       threat->objectives,
                                       threat->relatedControls.isEmpty()
                                           ? tr("none")
                                           : threat->relatedControls.join(QStringLiteral(", "))));
        m_derivedVulnerability = m_registry.risks().derivedVulnerability(m_risk.assetId, threat->id);
        if (isNew()) {
            // A new entry starts from what the threat says: its likelihood in this registry and its objectives.
            setRating(m_likelihood, threat->likelihood);
            for (int i = 0; i < 3; ++i)
                m_objectives[i]->setChecked(threat->objectives.contains(QLatin1Char(kObjectiveCodes[i])));
            if (m_scenario->toPlainText().isEmpty() || !m_scenario->document()->isModified())
                m_scenario->setPlainText(m_risk.assetId > 0
                                             ? QStringLiteral("%1 — %2").arg(threat->name(), m_risk.assetName)
                                             : threat->name());
            m_scenario->document()->setModified(false);
        }
    }
    for (int i = 0; i < 3; ++i)
        m_objectives[i]->setEnabled(!m_readOnly && threat &&
                                    threat->objectives.contains(QLatin1Char(kObjectiveCodes[i])));
    if (!m_derivedVulnerability && m_derived->isChecked())
        m_entered->setChecked(true);
    else if (isNew() && m_derivedVulnerability)
        m_derived->setChecked(true);
    updateEnabled();
    updateDerived();
}

void RiskEntryEditor::load(const Risk &risk)
{
    m_risk = risk;
    m_readOnly = !risk.isOpen();
    fillThreats();
    m_scenario->setPlainText(risk.scenario);
    m_scenario->document()->setModified(false);
    for (int i = 0; i < 3; ++i)
        m_objectives[i]->setChecked(risk.objectives.contains(QLatin1Char(kObjectiveCodes[i])));
    m_owner->setText(risk.owner);
    m_importance->setValue(std::clamp(risk.importance, 1, 3));
    m_importanceRationale->setText(risk.importanceRationale);
    if (risk.likelihood > 0)
        setRating(m_likelihood, risk.likelihood);
    m_likelihoodRationale->setText(risk.likelihoodRationale);
    const bool derived = risk.vulnerabilityDerived && (m_derivedVulnerability.has_value() || !isNew());
    (derived && m_derivedVulnerability ? m_derived : m_entered)->setChecked(true);
    if (risk.vulnerability > 0)
        setRating(m_vulnerability, risk.vulnerability);
    m_vulnerabilityRationale->setText(risk.vulnerabilityRationale);
    m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(risk.treatment)));
    m_plan->setPlainText(risk.treatmentPlan);
    m_transferTo->setText(risk.transferTo);
    m_hasDue->setChecked(risk.due.isValid());
    m_due->setDate(risk.due.isValid() ? risk.due : m_registry.clock().today().addMonths(3));
    m_planned->setRowCount(0);
    for (qint64 controlId : risk.plannedControls) {
        const std::optional<ControlAssignment> assignment =
            m_registry.assignments().assignment(risk.assetId, controlId);
        addPlanRow(controlId, assignment ? assignment->responsible : QString(),
                   assignment ? assignment->dueDate : QDate(), true);
    }
    setRating(m_residualLikelihood, risk.residualLikelihood);
    setRating(m_residualVulnerability, risk.residualVulnerability);

    QStringList header;
    header << (isNew() ? tr("New risk entry")
                       : tr("%1 · %2").arg(risk.riskNo, RiskCodes::name(RiskCodes::List::Status, risk.status)));
    header << (risk.assetId > 0 ? tr("Asset: %1 %2 (%3)").arg(risk.assetNo, risk.assetName, risk.department)
                                : tr("Organisation-wide risk (no asset)"));
    m_header->setText(header.join(QStringLiteral(" — ")));

    QStringList acceptance;
    if (risk.status == QLatin1String("accepted") || !risk.acceptedBy.isEmpty()) {
        acceptance << tr("Accepted by %1 (%2, %3) on %4 until %5.")
                          .arg(risk.acceptedBy, risk.acceptedTitle,
                               RiskCodes::name(RiskCodes::List::Role, risk.acceptedRole),
                               LocalDate::toString(risk.acceptedOn), LocalDate::toString(risk.acceptedUntil));
        acceptance << tr("Reason: %1").arg(risk.acceptanceReason);
    } else {
        acceptance << tr("Not accepted.");
    }
    m_acceptance->setText(acceptance.join(QLatin1Char('\n')));
    QStringList review;
    if (risk.isAssessed())
        review << tr("Assessed on %1 by %2; next review %3.")
                      .arg(LocalDate::toString(risk.assessedOn), risk.assessedBy, LocalDate::toString(risk.nextReview));
    else
        review << tr("Not assessed yet.");
    if (!risk.isOpen())
        review << tr("Closed on %1: %2").arg(LocalDate::toString(risk.closedOn), risk.closedReason);
    m_review->setText(review.join(QLatin1Char('\n')));

    for (QWidget *widget :
         {static_cast<QWidget *>(m_scenario), static_cast<QWidget *>(m_owner),
          static_cast<QWidget *>(m_importanceRationale), static_cast<QWidget *>(m_likelihoodRationale),
          static_cast<QWidget *>(m_vulnerabilityRationale), static_cast<QWidget *>(m_plan),
          static_cast<QWidget *>(m_transferTo)}) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(m_readOnly);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setReadOnly(m_readOnly);
    }
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
    const bool organisationWide = m_risk.assetId <= 0;
    m_threat->setEnabled(open && isNew());
    m_importance->setVisible(organisationWide);
    m_importance->setEnabled(open);
    m_importanceRationale->setVisible(organisationWide);
    m_importanceValue->setVisible(!organisationWide);
    m_importanceValue->setText(tr("%1 (from the asset's classification)").arg(m_risk.importance));
    m_likelihood->setEnabled(open);
    m_derived->setEnabled(open && m_derivedVulnerability.has_value());
    m_entered->setEnabled(open);
    m_vulnerability->setEnabled(open && m_entered->isChecked());
    m_vulnerabilityRationale->setEnabled(open && m_entered->isChecked());
    m_derivedValue->setText(m_derivedVulnerability
                                ? QString::number(*m_derivedVulnerability)
                                : (organisationWide ? tr("an organisation-wide risk has no controls to derive from")
                                                    : tr("the threat has no related controls: enter it by hand")));
    const QString treatment = m_treatment->currentData().toString();
    m_treatment->setEnabled(open && !isNew());
    m_plan->setEnabled(open && !isNew() && !treatment.isEmpty());
    m_transferTo->setEnabled(open && treatment == QLatin1String("transfer"));
    m_hasDue->setEnabled(open && !isNew() && !treatment.isEmpty());
    m_due->setEnabled(m_hasDue->isEnabled() && m_hasDue->isChecked());
    const bool plannable = open && !isNew() && !organisationWide && treatment == QLatin1String("reduce");
    m_planned->setEnabled(!isNew() && !organisationWide);
    m_addControls->setEnabled(plannable);
    const int row = m_planned->currentRow();
    m_editAssignment->setEnabled(open && !organisationWide && row >= 0 &&
                                 m_planned->item(row, PlanControl)->data(Qt::UserRole + 1).toBool());
    m_removeControl->setEnabled(open && row >= 0 &&
                                !m_planned->item(row, PlanControl)->data(Qt::UserRole + 1).toBool());
    m_residualLikelihood->setEnabled(open && m_risk.isAssessed());
    m_residualVulnerability->setEnabled(open && m_risk.isAssessed());
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
    if (!m_result)
        return;
    const int importance = m_risk.assetId > 0 ? m_risk.importance : m_importance->value();
    const int likelihood = m_likelihood->currentData().toInt();
    const int vulnerability = m_derived->isChecked() && m_derivedVulnerability ? *m_derivedVulnerability
                                                                               : m_vulnerability->currentData().toInt();
    const int value = RiskMethod::riskValue(m_criteria, importance, likelihood, vulnerability);
    if (value <= 0) {
        m_result->setText(tr("Choose the threat, the likelihood and the vulnerability."));
    } else {
        const QString level = RiskCodes::name(RiskCodes::List::Level, RiskMethod::level(m_criteria, value));
        if (m_criteria.method == QLatin1String("product"))
            m_result->setText(tr("Risk value %1 = importance %2 × threat %3 × vulnerability %4 — risk level %5")
                                  .arg(value)
                                  .arg(importance)
                                  .arg(likelihood)
                                  .arg(vulnerability)
                                  .arg(level));
        else
            m_result->setText(tr("Likelihood of damage %1 — risk value %2 = importance %3 × %1 — risk level %4")
                                  .arg(RiskMethod::damageLikelihood(likelihood, vulnerability))
                                  .arg(value)
                                  .arg(importance)
                                  .arg(level));
    }
    const int residualLikelihood = m_residualLikelihood->currentData().toInt();
    const int residualVulnerability = m_residualVulnerability->currentData().toInt();
    const int residual = RiskMethod::riskValue(m_criteria, importance, residualLikelihood, residualVulnerability);
    m_residualResult->setText(
        residual <= 0 ? tr("Not estimated yet.")
                      : tr("Residual risk value %1 — residual risk level %2")
                            .arg(residual)
                            .arg(RiskCodes::name(RiskCodes::List::Level, RiskMethod::level(m_criteria, residual))));
}

void RiskEntryEditor::addPlanRow(qint64 controlId, const QString &responsible, const QDate &due, bool saved)
{
    for (int row = 0; row < m_planned->rowCount(); ++row)
        if (m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong() == controlId)
            return;
    const std::optional<Control> control = m_registry.catalogs().control(controlId);
    const int row = m_planned->rowCount();
    m_planned->insertRow(row);
    auto *item = new QTableWidgetItem(control ? control->codeAndTitle() : QString::number(controlId));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setData(Qt::UserRole, controlId);
    item->setData(Qt::UserRole + 1, saved);
    m_planned->setItem(row, PlanControl, item);
    auto *person = new QLineEdit(responsible, m_planned);
    person->setObjectName(QStringLiteral("plannedResponsible%1").arg(row));
    person->setReadOnly(m_readOnly);
    m_planned->setCellWidget(row, PlanResponsible, person);
    auto *date = new QDateEdit(due.isValid() ? due : m_registry.clock().today().addMonths(3), m_planned);
    date->setObjectName(QStringLiteral("plannedDue%1").arg(row));
    date->setCalendarPopup(true);
    date->setDisplayFormat(LocalDate::format());
    date->setReadOnly(m_readOnly);
    m_planned->setCellWidget(row, PlanDue, date);
    const std::optional<ControlAssignment> assignment = m_registry.assignments().assignment(m_risk.assetId, controlId);
    auto *implementation = new QTableWidgetItem(
        assignment ? ControlCodes::implementationName(assignment->implementation) : tr("not yet assigned"));
    implementation->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    m_planned->setItem(row, PlanImplementation, implementation);
    if (m_inputGuard && !saved)
        m_inputGuard->setModified(true);
    if (m_inputGuard) {
        connect(person, &QLineEdit::textEdited, this, [this] { m_inputGuard->setModified(true); });
        connect(date, &QDateEdit::dateChanged, this, [this] { m_inputGuard->setModified(true); });
    }
    m_planned->resizeColumnToContents(PlanDue);
    updateEnabled();
}

void RiskEntryEditor::addPlannedControls(const QList<qint64> &controlIds, const QString &responsible, const QDate &due)
{
    for (qint64 id : controlIds)
        addPlanRow(id, responsible, due, false);
}

void RiskEntryEditor::pickControls()
{
    auto *picker = new ControlPickerDialog(m_registry, true, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    if (const std::optional<Threat> threat = currentThreat(); threat && !threat->relatedControls.isEmpty())
        picker->setSearch(threat->relatedControls.first().left(3));
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QList<qint64> ids;
        for (const Control &control : picker->selectedControls())
            ids << control.id;
        addPlannedControls(ids);
    });
    picker->open();
}

void RiskEntryEditor::editPlannedAssignment()
{
    const int row = m_planned->currentRow();
    if (row < 0)
        return;
    const std::optional<Control> control =
        m_registry.catalogs().control(m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong());
    if (!control)
        return;
    // The assignment's own dialog: the controls feature's, not a copy of it.
    AssignmentDialog dialog(m_registry, {m_risk.assetId}, {*control}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<Risk> reread = m_registry.risks().byNo(m_risk.riskNo);
    if (reread) {
        const bool modified = m_inputGuard->isModified();
        const Risk kept = *reread;
        // Only the plan's table follows the assignment; what was typed elsewhere stays.
        m_risk.rowVersion = kept.rowVersion;
        m_risk.vulnerability = kept.vulnerability;
        m_risk.reassessmentReasons = kept.reassessmentReasons;
        m_derivedVulnerability = m_registry.risks().derivedVulnerability(m_risk.assetId, m_risk.threatId);
        const std::optional<ControlAssignment> assignment =
            m_registry.assignments().assignment(m_risk.assetId, control->id);
        if (assignment) {
            qobject_cast<QLineEdit *>(m_planned->cellWidget(row, PlanResponsible))->setText(assignment->responsible);
            if (assignment->dueDate.isValid())
                qobject_cast<QDateEdit *>(m_planned->cellWidget(row, PlanDue))->setDate(assignment->dueDate);
            m_planned->item(row, PlanImplementation)
                ->setText(ControlCodes::implementationName(assignment->implementation));
        }
        m_inputGuard->setModified(modified);
        updateFlags();
        updateEnabled();
        updateDerived();
        emit saved(m_risk);
    }
}

void RiskEntryEditor::removePlannedControl()
{
    const int row = m_planned->currentRow();
    // Saved controls stay in the plan: they are assignments of the asset now, changed through their own dialog.
    if (row < 0 || m_planned->item(row, PlanControl)->data(Qt::UserRole + 1).toBool())
        return;
    m_planned->removeRow(row);
    updateEnabled();
}

bool RiskEntryEditor::isModified() const
{
    return m_inputGuard && m_inputGuard->isModified();
}

RiskService::Assessment RiskEntryEditor::assessmentFromFields() const
{
    RiskService::Assessment assessment;
    assessment.likelihood = m_likelihood->currentData().toInt();
    assessment.likelihoodRationale = m_likelihoodRationale->text();
    if (!m_derived->isChecked()) {
        assessment.vulnerability = m_vulnerability->currentData().toInt();
        assessment.vulnerabilityRationale = m_vulnerabilityRationale->text();
    }
    assessment.scenario = m_scenario->toPlainText();
    for (int i = 0; i < 3; ++i)
        if (m_objectives[i]->isChecked())
            assessment.objectives += QLatin1Char(kObjectiveCodes[i]);
    // No objective ticked is refused by the service, not silently kept.
    if (assessment.objectives.isEmpty())
        assessment.objectives = QStringLiteral("-");
    assessment.owner = m_owner->text();
    if (m_risk.assetId <= 0) {
        assessment.importance = m_importance->value();
        assessment.importanceRationale = m_importanceRationale->text();
    }
    return assessment;
}

bool RiskEntryEditor::assessmentChanged() const
{
    if (!m_risk.isAssessed())
        return true;
    const RiskService::Assessment now = assessmentFromFields();
    const bool vulnerabilityChanged =
        now.vulnerability ? (m_risk.vulnerabilityDerived || *now.vulnerability != m_risk.vulnerability ||
                             now.vulnerabilityRationale.trimmed() != m_risk.vulnerabilityRationale)
                          : !m_risk.vulnerabilityDerived;
    return now.likelihood != m_risk.likelihood || now.likelihoodRationale.trimmed() != m_risk.likelihoodRationale ||
           vulnerabilityChanged || now.scenario.trimmed() != m_risk.scenario || now.objectives != m_risk.objectives ||
           now.owner.trimmed() != m_risk.owner ||
           (m_risk.assetId <= 0 &&
            (now.importance != m_risk.importance || now.importanceRationale.trimmed() != m_risk.importanceRationale));
}

bool RiskEntryEditor::treatmentChanged() const
{
    const QString treatment = m_treatment->currentData().toString();
    if (treatment.isEmpty())
        return false;
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    bool planChanged = false;
    for (int row = 0; row < m_planned->rowCount(); ++row) {
        const qint64 id = m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong();
        const std::optional<ControlAssignment> assignment = m_registry.assignments().assignment(m_risk.assetId, id);
        const QString person = qobject_cast<QLineEdit *>(m_planned->cellWidget(row, PlanResponsible))->text().trimmed();
        const QDate date = qobject_cast<QDateEdit *>(m_planned->cellWidget(row, PlanDue))->date();
        if (!m_risk.plannedControls.contains(id) || !assignment || assignment->responsible != person ||
            assignment->dueDate != date)
            planChanged = true;
    }
    return planChanged || treatment != m_risk.treatment || m_plan->toPlainText().trimmed() != m_risk.treatmentPlan ||
           m_transferTo->text().trimmed() != m_risk.transferTo || due != m_risk.due;
}

void RiskEntryEditor::clearMarks()
{
    for (const QString &key : std::as_const(m_marked)) {
        if (QLabel *caption = m_labels.value(key))
            caption->setStyleSheet(QString());
        if (QWidget *field = m_fields.value(key))
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
        if (QLabel *caption = m_labels.value(problem.field))
            caption->setStyleSheet(QStringLiteral("color: #a01010; font-weight: bold;"));
        if (QWidget *field = m_fields.value(problem.field)) {
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
    RiskService &risks = m_registry.risks();
    Risk loaded = m_risk;
    if (isNew()) {
        const std::optional<Threat> threat = currentThreat();
        Risk draft;
        draft.assetId = m_risk.assetId;
        draft.threatId = threat ? threat->id : 0;
        const RiskService::Assessment fields = assessmentFromFields();
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
        if (!afterSave(risks.create(draft)))
            return false;
        m_threat->setEnabled(false);
    }
    // The assessment first (it sets the level the treatment and acceptance depend on), then the treatment, then the
    // residual risk: each step is the service's, and the first refusal stops the save with what it says.
    if (assessmentChanged() && !afterSave(risks.assess(m_risk.riskNo, assessmentFromFields())))
        return false;
    if (treatmentChanged()) {
        RiskService::Treatment treatment;
        treatment.treatment = m_treatment->currentData().toString();
        treatment.plan = m_plan->toPlainText();
        treatment.transferTo = m_transferTo->text();
        treatment.due = m_hasDue->isChecked() ? m_due->date() : QDate();
        for (int row = 0; row < m_planned->rowCount(); ++row)
            treatment.controls.append({m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong(),
                                       qobject_cast<QLineEdit *>(m_planned->cellWidget(row, PlanResponsible))->text(),
                                       qobject_cast<QDateEdit *>(m_planned->cellWidget(row, PlanDue))->date()});
        if (!afterSave(risks.planTreatment(m_risk.riskNo, treatment)))
            return false;
    }
    const int residualLikelihood = m_residualLikelihood->currentData().toInt();
    const int residualVulnerability = m_residualVulnerability->currentData().toInt();
    if ((residualLikelihood > 0 || residualVulnerability > 0) &&
        (residualLikelihood != m_risk.residualLikelihood || residualVulnerability != m_risk.residualVulnerability) &&
        !afterSave(risks.setResidual(m_risk.riskNo, residualLikelihood, residualVulnerability)))
        return false;
    if (m_risk.rowVersion != loaded.rowVersion)
        load(m_risk);
    m_inputGuard->setModified(false);
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
