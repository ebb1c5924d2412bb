// The Assessment tab of the risk entry editor.
#include "riskassessmenttab.h"

#include "domain/riskcodes.h"
#include "service/registry.h"
#include "service/threatservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace RiskEditorFields;

namespace {

constexpr char kObjectiveCodes[] = "CIA";

} // namespace

RiskAssessmentTab::RiskAssessmentTab(Registry &registry, const RiskCriteria &criteria, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_criteria(criteria)
{
    auto *form = new QFormLayout;
    // The rows keep their height; what is left goes below them.
    auto *page = new QVBoxLayout(this);
    page->addLayout(form);
    page->addStretch(1);
    m_threat = new QComboBox(this);
    m_threat->setObjectName(QStringLiteral("riskThreat"));
    m_threatInfo = valueLabel(this);
    auto *threatBox = new QVBoxLayout;
    threatBox->addWidget(m_threat);
    threatBox->addWidget(m_threatInfo);
    form->addRow(m_marks.caption(QStringLiteral("threat"), m_threat, this), threatBox);
    m_scenario = new QPlainTextEdit(this);
    m_scenario->setObjectName(QStringLiteral("riskScenario"));
    m_scenario->setTabChangesFocus(true);
    m_scenario->setFixedHeight(m_scenario->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(m_marks.caption(QStringLiteral("scenario"), m_scenario, this), m_scenario);
    auto *objectives = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_objectives[i] = new QCheckBox(this);
        m_objectives[i]->setObjectName(QStringLiteral("riskObjective%1").arg(QLatin1Char(kObjectiveCodes[i])));
        objectives->addWidget(m_objectives[i]);
    }
    objectives->addStretch(1);
    form->addRow(m_marks.caption(QStringLiteral("objectives"), nullptr, this), objectives);
    m_marks.fields.insert(QStringLiteral("objectives"), m_objectives[0]);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("riskOwner"));
    m_owner->setMaxLength(200);
    form->addRow(m_marks.caption(QStringLiteral("owner"), m_owner, this), m_owner);
    m_importance = new QSpinBox(this);
    m_importance->setObjectName(QStringLiteral("riskImportance"));
    m_importance->setRange(1, 3);
    m_importanceValue = valueLabel(this);
    m_importanceRationale = new QLineEdit(this);
    m_importanceRationale->setObjectName(QStringLiteral("riskImportanceRationale"));
    auto *importance = new QHBoxLayout;
    importance->addWidget(m_importance);
    importance->addWidget(m_importanceValue);
    importance->addWidget(m_importanceRationale, 1);
    form->addRow(m_marks.caption(QStringLiteral("importance"), m_importance, this), importance);
    m_marks.fields.insert(QStringLiteral("importance_rationale"), m_importanceRationale);
    m_likelihood = new QComboBox(this);
    m_likelihood->setObjectName(QStringLiteral("riskLikelihood"));
    fillRatings(m_likelihood, false);
    m_likelihoodRationale = new QLineEdit(this);
    m_likelihoodRationale->setObjectName(QStringLiteral("riskLikelihoodRationale"));
    auto *likelihood = new QHBoxLayout;
    likelihood->addWidget(m_likelihood);
    likelihood->addWidget(m_likelihoodRationale, 1);
    form->addRow(m_marks.caption(QStringLiteral("likelihood"), m_likelihood, this), likelihood);
    m_derived = new QRadioButton(this);
    m_derived->setObjectName(QStringLiteral("riskVulnerabilityDerived"));
    m_derivedValue = valueLabel(this);
    m_derivedValue->setObjectName(QStringLiteral("riskDerivedVulnerability"));
    m_entered = new QRadioButton(this);
    m_entered->setObjectName(QStringLiteral("riskVulnerabilityEntered"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_derived);
    group->addButton(m_entered);
    m_vulnerability = new QComboBox(this);
    m_vulnerability->setObjectName(QStringLiteral("riskVulnerability"));
    fillRatings(m_vulnerability, false);
    m_vulnerabilityRationale = new QLineEdit(this);
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
    form->addRow(m_marks.caption(QStringLiteral("vulnerability"), nullptr, this), vulnerability);
    m_marks.fields.insert(QStringLiteral("vulnerability"), m_vulnerability);
    m_marks.fields.insert(QStringLiteral("vulnerability_rationale"), m_vulnerabilityRationale);
    m_result = valueLabel(this);
    m_result->setObjectName(QStringLiteral("riskResult"));
    form->addRow(m_marks.caption(QStringLiteral("result"), nullptr, this), m_result);

    connect(m_threat, &QComboBox::currentIndexChanged, this, &RiskAssessmentTab::updateThreat);
    for (QComboBox *combo : {m_likelihood, m_vulnerability})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateResult();
            emit ratingsChanged();
        });
    connect(m_importance, &QSpinBox::valueChanged, this, [this] {
        updateResult();
        emit ratingsChanged();
    });
    connect(m_derived, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        updateResult();
        emit ratingsChanged();
    });
}

void RiskAssessmentTab::retranslateUi()
{
    m_marks.captions[QStringLiteral("threat")]->setText(tr("T&hreat:"));
    m_marks.captions[QStringLiteral("scenario")]->setText(tr("Risk scenar&io:"));
    m_marks.captions[QStringLiteral("objectives")]->setText(tr("Objectives affected:"));
    m_objectives[0]->setText(tr("Confidentiality (C)"));
    m_objectives[1]->setText(tr("Integrity (I)"));
    m_objectives[2]->setText(tr("Availability (A)"));
    m_marks.captions[QStringLiteral("owner")]->setText(tr("Risk &owner:"));
    m_marks.captions[QStringLiteral("importance")]->setText(tr("I&mportance:"));
    m_importanceRationale->setPlaceholderText(tr("Rationale of the importance (organisation-wide risks)"));
    m_marks.captions[QStringLiteral("likelihood")]->setText(tr("Threat &likelihood:"));
    m_likelihood->setToolTip(tr("3: the threat occurs in normal circumstances (it may happen at any time)\n"
                                "2: the threat occurs in particular circumstances (a few times a year)\n"
                                "1: the threat does not occur in normal circumstances"));
    m_likelihoodRationale->setPlaceholderText(tr("Rationale of the likelihood"));
    m_marks.captions[QStringLiteral("vulnerability")]->setText(tr("Vulnerability:"));
    m_derived->setText(tr("Deri&ved from the asset's controls:"));
    m_entered->setText(tr("Entered &by hand:"));
    m_vulnerability->setToolTip(tr("3: no measures in place (almost unprotected)\n"
                                   "2: some of the measures in place\n"
                                   "1: every measure needed is in place"));
    m_vulnerabilityRationale->setPlaceholderText(tr("Rationale: which measures are in place and which are missing"));
    m_marks.captions[QStringLiteral("result")]->setText(tr("Result:"));
    fillThreats();
    updateEnabled();
    updateResult();
}

void RiskAssessmentTab::fillThreats()
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

std::optional<Threat> RiskAssessmentTab::currentThreat() const
{
    const qint64 id = m_threat->currentData().toLongLong();
    for (const Threat &threat : m_threats)
        if (threat.id == id)
            return threat;
    return std::nullopt;
}

void RiskAssessmentTab::updateThreat()
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
        QString error;
        m_derivedVulnerability = m_registry.risks().derivedVulnerability(m_risk.assetId, threat->id, &error);
        // A read that failed says so: otherwise the threat would look as if it had no related controls.
        if (!error.isEmpty())
            m_threatInfo->setText(error);
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
    updateResult();
    emit ratingsChanged();
}

void RiskAssessmentTab::load(const Risk &risk, bool readOnly)
{
    m_risk = risk;
    m_readOnly = readOnly;
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
    for (QLineEdit *line : {m_owner, m_importanceRationale, m_likelihoodRationale, m_vulnerabilityRationale})
        line->setReadOnly(m_readOnly);
    m_scenario->setReadOnly(m_readOnly);
    updateEnabled();
    updateResult();
}

void RiskAssessmentTab::entryReread(const Risk &risk)
{
    m_risk = risk;
    m_derivedVulnerability = m_registry.risks().derivedVulnerability(m_risk.assetId, m_risk.threatId);
    updateEnabled();
    updateResult();
    emit ratingsChanged();
}

void RiskAssessmentTab::updateEnabled()
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
}

int RiskAssessmentTab::importance() const
{
    return m_risk.assetId > 0 ? m_risk.importance : m_importance->value();
}

void RiskAssessmentTab::updateResult()
{
    const int importance = this->importance();
    const int likelihood = m_likelihood->currentData().toInt();
    const int vulnerability = m_derived->isChecked() && m_derivedVulnerability ? *m_derivedVulnerability
                                                                               : m_vulnerability->currentData().toInt();
    const int value = RiskMethod::riskValue(m_criteria, importance, likelihood, vulnerability);
    if (value <= 0) {
        m_result->setText(tr("Choose the threat, the likelihood and the vulnerability."));
        return;
    }
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

RiskService::Assessment RiskAssessmentTab::assessment() const
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

bool RiskAssessmentTab::changed() const
{
    if (!m_risk.isAssessed())
        return true;
    const RiskService::Assessment now = assessment();
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
