// The Residual Risk and Acceptance tab of the risk entry editor.
#include "riskresidualtab.h"

#include "domain/riskcodes.h"
#include "widgets/localdate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace RiskEditorFields;

RiskResidualTab::RiskResidualTab(const RiskCriteria &criteria, QWidget *parent)
    : QWidget(parent)
    , m_criteria(criteria)
{
    auto *form = new QFormLayout;
    // The rows keep their height; what is left goes below them.
    auto *page = new QVBoxLayout(this);
    page->addLayout(form);
    page->addStretch(1);
    m_residualLikelihood = new QComboBox(this);
    m_residualLikelihood->setObjectName(QStringLiteral("riskResidualLikelihood"));
    fillRatings(m_residualLikelihood, true);
    form->addRow(m_marks.caption(QStringLiteral("residual_likelihood"), m_residualLikelihood, this),
                 m_residualLikelihood);
    m_residualVulnerability = new QComboBox(this);
    m_residualVulnerability->setObjectName(QStringLiteral("riskResidualVulnerability"));
    fillRatings(m_residualVulnerability, true);
    form->addRow(m_marks.caption(QStringLiteral("residual_vulnerability"), m_residualVulnerability, this),
                 m_residualVulnerability);
    m_residualResult = valueLabel(this);
    m_residualResult->setObjectName(QStringLiteral("riskResidualResult"));
    form->addRow(m_marks.caption(QStringLiteral("residual_value"), nullptr, this), m_residualResult);
    m_marks.fields.insert(QStringLiteral("residual_value"), m_residualLikelihood);
    m_acceptance = valueLabel(this);
    m_acceptance->setObjectName(QStringLiteral("riskAcceptance"));
    form->addRow(m_marks.caption(QStringLiteral("acceptance"), nullptr, this), m_acceptance);
    m_review = valueLabel(this);
    m_review->setObjectName(QStringLiteral("riskReview"));
    form->addRow(m_marks.caption(QStringLiteral("review"), nullptr, this), m_review);
    for (QComboBox *combo : {m_residualLikelihood, m_residualVulnerability})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { updateResult(m_importance); });
}

void RiskResidualTab::retranslateUi()
{
    m_marks.captions[QStringLiteral("residual_likelihood")]->setText(tr("Residual li&kelihood:"));
    m_marks.captions[QStringLiteral("residual_vulnerability")]->setText(tr("Residual &vulnerability:"));
    m_marks.captions[QStringLiteral("residual_value")]->setText(tr("Residual risk:"));
    m_marks.captions[QStringLiteral("acceptance")]->setText(tr("Acceptance:"));
    m_marks.captions[QStringLiteral("review")]->setText(tr("Assessment and review:"));
    fillRatings(m_residualLikelihood, true);
    fillRatings(m_residualVulnerability, true);
    showRecord();
    updateResult(m_importance);
}

void RiskResidualTab::load(const Risk &risk, bool readOnly)
{
    m_risk = risk;
    m_readOnly = readOnly;
    setRating(m_residualLikelihood, risk.residualLikelihood);
    setRating(m_residualVulnerability, risk.residualVulnerability);
    showRecord();
    updateEnabled();
}

void RiskResidualTab::showRecord()
{
    const Risk &risk = m_risk;
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
}

void RiskResidualTab::updateEnabled()
{
    m_residualLikelihood->setEnabled(!m_readOnly && m_risk.isAssessed());
    m_residualVulnerability->setEnabled(!m_readOnly && m_risk.isAssessed());
}

void RiskResidualTab::updateResult(int importance)
{
    m_importance = importance;
    const int likelihood = m_residualLikelihood->currentData().toInt();
    const int vulnerability = m_residualVulnerability->currentData().toInt();
    const int residual = RiskMethod::riskValue(m_criteria, importance, likelihood, vulnerability);
    m_residualResult->setText(
        residual <= 0 ? tr("Not estimated yet.")
                      : tr("Residual risk value %1 — residual risk level %2")
                            .arg(residual)
                            .arg(RiskCodes::name(RiskCodes::List::Level, RiskMethod::level(m_criteria, residual))));
}

std::optional<std::pair<int, int>> RiskResidualTab::changedResidual() const
{
    const int likelihood = m_residualLikelihood->currentData().toInt();
    const int vulnerability = m_residualVulnerability->currentData().toInt();
    if ((likelihood > 0 || vulnerability > 0) &&
        (likelihood != m_risk.residualLikelihood || vulnerability != m_risk.residualVulnerability))
        return std::pair{likelihood, vulnerability};
    return std::nullopt;
}
