// The audited fields of a risk entry (see the header).
#include "riskfields.h"

#include "changes.h"

#include <QStringList>

using Changes::dateText;

namespace {

QString number(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

} // namespace

namespace RiskFields {

QList<QPair<QString, QString>> audited(const Risk &risk)
{
    QStringList planned;
    for (qint64 id : risk.plannedControls)
        planned << QString::number(id);
    return {{QStringLiteral("asset"), risk.assetNo},
            {QStringLiteral("threat"), risk.threatCode},
            {QStringLiteral("scenario"), risk.scenario},
            {QStringLiteral("objectives"), risk.objectives},
            {QStringLiteral("importance"), number(risk.importance)},
            {QStringLiteral("importance_rationale"), risk.importanceRationale},
            {QStringLiteral("likelihood"), number(risk.likelihood)},
            {QStringLiteral("likelihood_rationale"), risk.likelihoodRationale},
            {QStringLiteral("vulnerability"), number(risk.vulnerability)},
            {QStringLiteral("vulnerability_derived"),
             risk.vulnerabilityDerived ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("vulnerability_rationale"), risk.vulnerabilityRationale},
            {QStringLiteral("risk_value"), number(risk.riskValue)},
            {QStringLiteral("risk_level"), risk.riskLevel},
            {QStringLiteral("owner"), risk.owner},
            {QStringLiteral("treatment"), risk.treatment},
            {QStringLiteral("treatment_plan"), risk.treatmentPlan},
            {QStringLiteral("planned_controls"), planned.join(QLatin1Char(' '))},
            {QStringLiteral("transfer_to"), risk.transferTo},
            {QStringLiteral("due"), dateText(risk.due)},
            {QStringLiteral("residual_likelihood"), number(risk.residualLikelihood)},
            {QStringLiteral("residual_vulnerability"), number(risk.residualVulnerability)},
            {QStringLiteral("residual_value"), number(risk.residualValue)},
            {QStringLiteral("residual_level"), risk.residualLevel},
            {QStringLiteral("accepted_by"), risk.acceptedBy},
            {QStringLiteral("accepted_title"), risk.acceptedTitle},
            {QStringLiteral("accepted_role"), risk.acceptedRole},
            {QStringLiteral("accepted_on"), dateText(risk.acceptedOn)},
            {QStringLiteral("acceptance_reason"), risk.acceptanceReason},
            {QStringLiteral("accepted_until"), dateText(risk.acceptedUntil)},
            {QStringLiteral("status"), risk.status},
            {QStringLiteral("not_applicable"), risk.notApplicable ? QStringLiteral("true") : QString()},
            {QStringLiteral("assessed_on"), dateText(risk.assessedOn)},
            {QStringLiteral("assessed_by"), risk.assessedBy},
            {QStringLiteral("next_review"), dateText(risk.nextReview)},
            {QStringLiteral("closed_on"), dateText(risk.closedOn)},
            {QStringLiteral("closed_reason"), risk.closedReason},
            {QStringLiteral("disposal"), risk.disposalNo},
            // What the assessment was made on (rule 4): the asset's facts and the derived vulnerability then.
            {QStringLiteral("snapshot_personal_info"), risk.snapshotPersonalInfo},
            {QStringLiteral("snapshot_asset_type"), risk.snapshotAssetType},
            {QStringLiteral("snapshot_medium_class"), risk.snapshotMediumClass},
            {QStringLiteral("snapshot_vulnerability"), number(risk.snapshotVulnerability)}};
}

} // namespace RiskFields
