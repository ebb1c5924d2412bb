// The life of a risk entry: recorded, assessed (rules 1–3, 8), treated (rules 6, 7), accepted (rule 5), closed
// (rule 6) or removed while never assessed (rule 11).
#include "assignmentservice.h"
#include "changes.h"
#include "domain/riskcodes.h"
#include "registrycontext.h"
#include "riskassetfacts.h"
#include "riskfields.h"
#include "riskhooks.h"
#include "riskservice.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskService", text);
}

Problem rating(const QString &field, const char *label, int value)
{
    return {field, translated(QT_TRANSLATE_NOOP("RiskService", "%1 must be 1, 2 or 3 (entered: %2)."))
                       .arg(translated(label))
                       .arg(value)};
}

const char *const kLikelihood = QT_TRANSLATE_NOOP("RiskService", "The threat likelihood");
const char *const kVulnerability = QT_TRANSLATE_NOOP("RiskService", "The vulnerability");
const char *const kImportance = QT_TRANSLATE_NOOP("RiskService", "The importance");
const char *const kResidualLikelihood = QT_TRANSLATE_NOOP("RiskService", "The residual likelihood");
const char *const kResidualVulnerability = QT_TRANSLATE_NOOP("RiskService", "The residual vulnerability");

bool isSubset(const QString &objectives, const QString &of)
{
    if (objectives.isEmpty())
        return false;
    for (const QChar c : objectives)
        if (!of.contains(c))
            return false;
    return true;
}

Result<Risk> committed(UnitOfWork &work, Result<Risk> result)
{
    QString error;
    if (result && !work.commit(&error))
        return Result<Risk>::failure(error);
    return result;
}

QDate nextReviewOf(const RiskCriteria &criteria, const Risk &risk)
{
    return risk.assessedOn.addMonths(risk.riskLevel == QLatin1String("high") ? criteria.reviewMonthsHigh
                                                                             : criteria.reviewMonths);
}

} // namespace

Result<Risk> RiskService::create(const Risk &draft)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    QList<Problem> problems;
    QString readError;
    const std::optional<Threat> threat = m_context.riskStore().threatById(draft.threatId, &readError);
    if (!readError.isEmpty())
        return Result<Risk>::failure(readError);
    if (!threat || threat->retired)
        return Result<Risk>::invalid(
            {{QStringLiteral("threat"), translated(QT_TRANSLATE_NOOP("RiskService", "Choose a threat in force for the "
                                                                                    "risk entry."))}});
    Risk risk;
    risk.threatId = threat->id;
    risk.threatCode = threat->code;
    risk.scenario = draft.scenario.trimmed();
    risk.objectives = draft.objectives.isEmpty() ? threat->objectives : draft.objectives;
    risk.likelihood = draft.likelihood > 0 ? draft.likelihood : threat->likelihood;
    risk.likelihoodRationale = draft.likelihoodRationale.trimmed();
    risk.owner = draft.owner.trimmed();
    if (draft.assetId > 0) {
        const std::optional<Asset> asset = m_context.assetStore().byId(draft.assetId, &readError);
        if (!readError.isEmpty())
            return Result<Risk>::failure(readError);
        if (!asset)
            return Result<Risk>::failure(
                translated(QT_TRANSLATE_NOOP("RiskService", "The asset no longer exists in this registry.")));
        if (asset->status == QLatin1String("disposed"))
            return Result<Risk>::failure(
                translated(QT_TRANSLATE_NOOP("RiskService", "Asset %1 has been disposed; no risks are recorded for it "
                                                            "any more."))
                    .arg(asset->assetNo));
        risk.assetId = asset->id;
        risk.assetNo = asset->assetNo;
        risk.importance = RiskAssetFacts::importance(*asset);
        if (risk.owner.isEmpty())
            risk.owner = asset->owner;
    } else {
        risk.importance = draft.importance;
        risk.importanceRationale = draft.importanceRationale.trimmed();
        if (!RiskMethod::isRating(risk.importance))
            problems << rating(QStringLiteral("importance"), kImportance, risk.importance);
        if (risk.importanceRationale.isEmpty())
            problems.append({QStringLiteral("importance_rationale"),
                             translated(QT_TRANSLATE_NOOP("RiskService", "An organisation-wide risk has no asset to "
                                                                         "take the importance from: enter why the "
                                                                         "importance is what it is."))});
    }
    const std::optional<int> derived = RiskSupport::derivedVulnerability(m_context, risk.assetId, *threat, &readError);
    if (!readError.isEmpty())
        return Result<Risk>::failure(readError);
    if (derived && draft.vulnerabilityDerived) {
        risk.vulnerability = *derived;
        risk.vulnerabilityDerived = true;
    } else {
        risk.vulnerabilityDerived = false;
        risk.vulnerability = draft.vulnerability > 0 ? draft.vulnerability : 3;
        risk.vulnerabilityRationale = draft.vulnerabilityRationale.trimmed();
        if (!RiskMethod::isRating(risk.vulnerability))
            problems << rating(QStringLiteral("vulnerability"), kVulnerability, risk.vulnerability);
    }
    if (!RiskMethod::isRating(risk.likelihood))
        problems << rating(QStringLiteral("likelihood"), kLikelihood, risk.likelihood);
    if (risk.scenario.isEmpty() || risk.scenario.size() > 1000)
        problems.append({QStringLiteral("scenario"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Describe the risk scenario in 1 to 1000 "
                                                                     "characters."))});
    if (!isSubset(risk.objectives, threat->objectives))
        problems.append({QStringLiteral("objectives"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "The objectives affected must be one or more of "
                                                                     "the threat's (%1)."))
                             .arg(threat->objectives)});
    if (risk.owner.isEmpty() || risk.owner.size() > 200)
        problems.append({QStringLiteral("owner"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter the risk owner (up to 200 characters)."))});
    if (!problems.isEmpty())
        return Result<Risk>::invalid(problems);
    RiskSupport::derive(criteria(), &risk);
    QString error;
    bool conflict = false;
    if (!RiskSupport::write(m_context, nullptr, &risk, QStringLiteral("create"), &conflict, &error) ||
        !work.commit(&error))
        return Result<Risk>::failure(error);
    return Result<Risk>::success(risk);
}

Result<Risk> RiskService::assess(const QString &riskNo, const Assessment &assessment)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> before = openEntry(riskNo, &failure);
    if (!before)
        return failure;
    QString readError;
    const std::optional<Threat> threat = m_context.riskStore().threatById(before->threatId, &readError);
    if (!readError.isEmpty())
        return Result<Risk>::failure(readError);
    QList<Problem> problems;
    Risk after = *before;
    after.likelihood = assessment.likelihood;
    after.likelihoodRationale = assessment.likelihoodRationale.trimmed();
    if (!assessment.scenario.trimmed().isEmpty())
        after.scenario = assessment.scenario.trimmed();
    if (!assessment.objectives.isEmpty())
        after.objectives = assessment.objectives;
    if (!assessment.owner.trimmed().isEmpty())
        after.owner = assessment.owner.trimmed();
    if (!RiskMethod::isRating(after.likelihood))
        problems << rating(QStringLiteral("likelihood"), kLikelihood, after.likelihood);
    const std::optional<int> derived =
        threat ? RiskSupport::derivedVulnerability(m_context, after.assetId, *threat, &readError) : std::nullopt;
    if (!readError.isEmpty())
        return Result<Risk>::failure(readError);
    if (assessment.vulnerability) {
        after.vulnerability = *assessment.vulnerability;
        after.vulnerabilityDerived = false;
        after.vulnerabilityRationale = assessment.vulnerabilityRationale.trimmed();
        if (!RiskMethod::isRating(after.vulnerability))
            problems << rating(QStringLiteral("vulnerability"), kVulnerability, after.vulnerability);
        else if (after.vulnerabilityRationale.isEmpty())
            problems.append({QStringLiteral("vulnerability_rationale"),
                             translated(QT_TRANSLATE_NOOP("RiskService", "A vulnerability entered by hand needs a "
                                                                         "rationale: say which measures are in place "
                                                                         "and which are missing."))});
    } else if (derived) {
        after.vulnerability = *derived;
        after.vulnerabilityDerived = true;
        after.vulnerabilityRationale.clear();
    } else {
        problems.append({QStringLiteral("vulnerability"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Threat %1 has no related controls in this "
                                                                     "registry, so the vulnerability cannot be "
                                                                     "derived: enter it (1–3) with a rationale."))
                             .arg(before->threatCode)});
    }
    if (after.assetId > 0) {
        const std::optional<Asset> asset = m_context.assetStore().byId(after.assetId, &readError);
        if (!readError.isEmpty())
            return Result<Risk>::failure(readError);
        if (!asset)
            return Result<Risk>::failure(
                translated(QT_TRANSLATE_NOOP("RiskService", "The asset no longer exists in this registry.")));
        after.importance = RiskAssetFacts::importance(*asset);
        after.snapshotPersonalInfo = asset->personalInfo;
        after.snapshotAssetType = asset->assetType;
        after.snapshotMediumClass = RiskAssetFacts::mediumClass(*asset);
    } else if (assessment.importance != 0) {
        after.importance = assessment.importance;
        if (!RiskMethod::isRating(after.importance))
            problems << rating(QStringLiteral("importance"), kImportance, after.importance);
        if (!assessment.importanceRationale.trimmed().isEmpty())
            after.importanceRationale = assessment.importanceRationale.trimmed();
    }
    if (threat && ![&] {
            for (const QChar c : after.objectives)
                if (!threat->objectives.contains(c))
                    return false;
            return !after.objectives.isEmpty();
        }())
        problems.append({QStringLiteral("objectives"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "The objectives affected must be one or more of "
                                                                     "the threat's (%1)."))
                             .arg(threat->objectives)});
    if (!problems.isEmpty())
        return Result<Risk>::invalid(problems);
    const RiskCriteria criteria = this->criteria();
    RiskSupport::derive(criteria, &after);
    after.snapshotVulnerability = after.vulnerabilityDerived ? after.vulnerability : 0;
    after.assessedOn = m_context.today();
    after.assessedBy = m_context.actor();
    after.nextReview = nextReviewOf(criteria, after);
    if (after.status == QLatin1String("identified"))
        after.status = QStringLiteral("assessed");
    if (after.status == QLatin1String("accepted") && after.acceptedUntil.isValid() &&
        after.acceptedUntil < m_context.today()) {
        // An expired acceptance is not renewed by reassessing: the entry is accepted again or treated.
        after.status = QStringLiteral("assessed");
        after.acceptedBy.clear();
        after.acceptedTitle.clear();
        after.acceptedRole.clear();
        after.acceptedOn = {};
        after.acceptanceReason.clear();
        after.acceptedUntil = {};
    }
    return committed(work, save(*before, after, QStringLiteral("update")));
}

Result<Risk> RiskService::planTreatment(const QString &riskNo, const Treatment &treatment)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> entry = openEntry(riskNo, &failure);
    if (!entry)
        return failure;
    QList<Problem> problems;
    if (!entry->isAssessed())
        return Result<Risk>::failure(
            translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 has not been assessed yet: assess it before "
                                                        "choosing how to treat it."))
                .arg(entry->riskNo));
    if (!RiskCodes::isCode(RiskCodes::List::Treatment, treatment.treatment))
        return Result<Risk>::invalid(
            {{QStringLiteral("treatment"),
              translated(QT_TRANSLATE_NOOP("RiskService", "'%1' is not a risk treatment. "
                                                          "Choose one of: %2."))
                  .arg(treatment.treatment, RiskCodes::codeList(RiskCodes::List::Treatment))}});
    const QString plan = treatment.plan.trimmed();
    const bool reduce = treatment.treatment == QLatin1String("reduce");
    if (plan.isEmpty() && treatment.treatment != QLatin1String("accept"))
        problems.append(
            {QStringLiteral("treatment_plan"),
             treatment.treatment == QLatin1String("avoid")
                 ? translated(QT_TRANSLATE_NOOP("RiskService", "Avoiding a risk needs the plan: say which activity "
                                                               "stops or which asset is retired."))
                 : translated(QT_TRANSLATE_NOOP("RiskService", "Enter the treatment plan."))});
    if (treatment.treatment == QLatin1String("transfer") && treatment.transferTo.trimmed().isEmpty())
        problems.append({QStringLiteral("transfer_to"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Transferring a risk needs the recipient: the "
                                                                     "contractor, insurer or cloud provider."))});
    for (qint64 controlId : treatment.removedControls) {
        if (!entry->plannedControls.contains(controlId)) {
            // Only for the message: a read that fails names the control by its id.
            const std::optional<Control> control = m_context.controlStore().controlById(controlId, nullptr);
            problems.append({QStringLiteral("planned_controls"),
                             translated(QT_TRANSLATE_NOOP("RiskService", "Control %1 is not in the treatment plan of "
                                                                         "risk entry %2, so it cannot be removed "
                                                                         "from it."))
                                 .arg(control ? control->code : QString::number(controlId), entry->riskNo)});
        }
    }
    if (reduce) {
        bool dated = false;
        for (const PlannedControl &control : treatment.controls)
            if (control.due.isValid() || treatment.due.isValid())
                dated = true;
        // The controls that stay in the plan count too, with the due dates of their assignments.
        for (qint64 controlId : entry->plannedControls) {
            if (dated || treatment.removedControls.contains(controlId))
                continue;
            QString readError;
            const std::optional<ControlAssignment> assignment =
                m_assignments.assignment(entry->assetId, controlId, &readError);
            if (!readError.isEmpty())
                return Result<Risk>::failure(readError);
            if (assignment && (assignment->dueDate.isValid() || treatment.due.isValid()))
                dated = true;
        }
        if (entry->assetId > 0 && !dated)
            problems.append({QStringLiteral("planned_controls"),
                             translated(QT_TRANSLATE_NOOP("RiskService", "Reducing a risk needs at least one planned "
                                                                         "control with a due date."))});
        if (entry->assetId <= 0 && !treatment.due.isValid())
            problems.append({QStringLiteral("due"),
                             translated(QT_TRANSLATE_NOOP("RiskService", "Reducing an organisation-wide risk needs the "
                                                                         "date by which the plan is carried out."))});
    }
    if (!treatment.controls.isEmpty() && entry->assetId <= 0)
        problems.append({QStringLiteral("planned_controls"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "An organisation-wide risk has no asset to "
                                                                     "assign controls to: describe the measures in "
                                                                     "the plan."))});
    if (!problems.isEmpty())
        return Result<Risk>::invalid(problems);

    // The planned controls are assignments of the asset, made or updated by the assignment service itself.
    QList<qint64> planned;
    for (const PlannedControl &control : treatment.controls) {
        ControlAssignment assignment;
        // A failed read is not "not assigned yet": the assignment would be written anew over the one kept.
        QString readError;
        const std::optional<ControlAssignment> existing =
            m_assignments.assignment(entry->assetId, control.controlId, &readError);
        if (!readError.isEmpty())
            return Result<Risk>::failure(readError);
        if (existing) {
            assignment = *existing;
        } else {
            assignment.assetId = entry->assetId;
            assignment.controlId = control.controlId;
            assignment.implementation = QStringLiteral("not_implemented");
        }
        if (!control.responsible.trimmed().isEmpty())
            assignment.responsible = control.responsible.trimmed();
        const QDate due = control.due.isValid() ? control.due : treatment.due;
        if (due.isValid())
            assignment.dueDate = due;
        const Result<ControlAssignment> saved = m_assignments.assign(assignment);
        if (!saved) {
            Result<Risk> refused = Result<Risk>::failure(saved.error);
            refused.problems = saved.problems;
            return refused;
        }
        planned << control.controlId;
    }
    // Assigning may have recomputed the entry's derived vulnerability: read it again.
    Result<Risk> before = byNo(riskNo);
    if (!before)
        return before;
    Risk after = *before;
    after.treatment = treatment.treatment;
    after.treatmentPlan = plan.left(4000);
    after.transferTo = treatment.transferTo.trimmed().left(200);
    after.due = treatment.due;
    for (qint64 id : treatment.removedControls)
        after.plannedControls.removeAll(id);
    for (qint64 id : std::as_const(planned))
        if (!after.plannedControls.contains(id))
            after.plannedControls << id;
    if (treatment.treatment != QLatin1String("accept") &&
        (after.status == QLatin1String("assessed") || after.status == QLatin1String("accepted")))
        after.status = QStringLiteral("planned");
    return committed(work, save(*before, after, QStringLiteral("update")));
}

Result<Risk> RiskService::startTreatment(const QString &riskNo)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> before = openEntry(riskNo, &failure);
    if (!before)
        return failure;
    if (before->status != QLatin1String("planned"))
        return Result<Risk>::failure(translated(QT_TRANSLATE_NOOP("RiskService", "Only an entry with a treatment plan "
                                                                                 "can go into treatment.")));
    Risk after = *before;
    after.status = QStringLiteral("in_treatment");
    return committed(work, save(*before, after, QStringLiteral("update")));
}

Result<Risk> RiskService::setResidual(const QString &riskNo, int likelihood, int vulnerability)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> before = openEntry(riskNo, &failure);
    if (!before)
        return failure;
    QList<Problem> problems;
    if (!RiskMethod::isRating(likelihood))
        problems << rating(QStringLiteral("residual_likelihood"), kResidualLikelihood, likelihood);
    if (!RiskMethod::isRating(vulnerability))
        problems << rating(QStringLiteral("residual_vulnerability"), kResidualVulnerability, vulnerability);
    if (!before->isAssessed())
        problems.append({QStringLiteral("status"), translated(QT_TRANSLATE_NOOP("RiskService", "Assess the entry "
                                                                                               "before estimating "
                                                                                               "the residual risk."))});
    if (!problems.isEmpty())
        return Result<Risk>::invalid(problems);
    Risk after = *before;
    after.residualLikelihood = likelihood;
    after.residualVulnerability = vulnerability;
    RiskSupport::derive(criteria(), &after);
    if (after.residualValue > after.riskValue)
        return Result<Risk>::invalid(
            {{QStringLiteral("residual_value"),
              translated(QT_TRANSLATE_NOOP("RiskService", "The residual risk value (%1) may not be higher than the "
                                                          "risk value before treatment (%2)."))
                  .arg(after.residualValue)
                  .arg(after.riskValue)}});
    return committed(work, save(*before, after, QStringLiteral("update")));
}

QStringList RiskService::acceptanceWarnings(const QString &riskNo, const RiskAcceptance &acceptance) const
{
    QStringList warnings;
    const Result<Risk> risk = byNo(riskNo);
    if (risk && !acceptance.approver.trimmed().isEmpty() &&
        (acceptance.approver.trimmed() == risk->assessedBy || acceptance.approver.trimmed() == risk->owner))
        warnings << translated(QT_TRANSLATE_NOOP("RiskService", "%1 assessed or owns this risk and also approves "
                                                                "accepting it. An independent approver is better "
                                                                "practice."))
                        .arg(acceptance.approver.trimmed());
    return warnings;
}

Result<Risk> RiskService::accept(const QString &riskNo, const RiskAcceptance &acceptance)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> before = openEntry(riskNo, &failure);
    if (!before)
        return failure;
    if (!before->isAssessed())
        return Result<Risk>::failure(
            translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 has not been assessed yet: a risk is accepted "
                                                        "once its level is known."))
                .arg(before->riskNo));
    const RiskCriteria criteria = this->criteria();
    const QString level = before->acceptedLevel();
    const QDate today = m_context.today();
    QList<Problem> problems;
    if (acceptance.approver.trimmed().isEmpty())
        problems.append({QStringLiteral("accepted_by"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter who approves accepting the risk."))});
    if (acceptance.title.trimmed().isEmpty())
        problems.append({QStringLiteral("accepted_title"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter the approver's title (役職)."))});
    if (!acceptance.on.isValid() || acceptance.on > today)
        problems.append({QStringLiteral("accepted_on"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter the day the acceptance was approved; it "
                                                                     "cannot be in the future."))});
    if (acceptance.reason.trimmed().isEmpty())
        problems.append({QStringLiteral("acceptance_reason"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter why the risk is accepted."))});
    const int months = level == QLatin1String("high") ? criteria.acceptanceMonthsHigh : criteria.acceptanceMonths;
    if (!acceptance.until.isValid() || !acceptance.on.isValid() || acceptance.until <= acceptance.on ||
        acceptance.until > acceptance.on.addMonths(months))
        problems.append({QStringLiteral("accepted_until"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "The acceptance must end after the day it is "
                                                                     "approved and within %1 months of it (the "
                                                                     "registry's criteria for this level)."))
                             .arg(months)});
    if (!RiskCodes::isCode(RiskCodes::List::Role, acceptance.role))
        problems.append({QStringLiteral("accepted_role"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Choose the approver's role: %1."))
                             .arg(RiskCodes::codeList(RiskCodes::List::Role))});
    else if (!RiskMethod::mayAccept(criteria, acceptance.role, level))
        problems.append(
            {QStringLiteral("accepted_role"),
             level == QLatin1String("high")
                 ? translated(QT_TRANSLATE_NOOP("RiskService", "A high risk can only be accepted by the %1 (the "
                                                               "registry's risk criteria)."))
                       .arg(RiskCodes::name(RiskCodes::List::Role, criteria.highApprover))
                 : translated(QT_TRANSLATE_NOOP("RiskService", "The %1 may accept risks up to %2; this risk is %3. "
                                                               "Ask someone whose authority covers it."))
                       .arg(RiskCodes::name(RiskCodes::List::Role, acceptance.role),
                            RiskCodes::name(RiskCodes::List::Level, RiskMethod::authorityOf(criteria, acceptance.role)),
                            RiskCodes::name(RiskCodes::List::Level, level))});
    if (!problems.isEmpty())
        return Result<Risk>::invalid(problems);
    Risk after = *before;
    if (after.treatment.isEmpty())
        after.treatment = QStringLiteral("accept");
    after.acceptedBy = acceptance.approver.trimmed().left(200);
    after.acceptedTitle = acceptance.title.trimmed().left(200);
    after.acceptedRole = acceptance.role;
    after.acceptedOn = acceptance.on;
    after.acceptanceReason = acceptance.reason.trimmed().left(2000);
    after.acceptedUntil = acceptance.until;
    after.status = QStringLiteral("accepted");
    return committed(work, save(*before, after, QStringLiteral("accept")));
}

Result<Risk> RiskService::close(const QString &riskNo, const QString &reason)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> before = openEntry(riskNo, &failure);
    if (!before)
        return failure;
    const RiskCriteria criteria = this->criteria();
    QList<Problem> problems;
    if (reason.trimmed().isEmpty())
        problems.append({QStringLiteral("closed_reason"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter why the entry is closed."))});
    if (!before->isAssessed() || !before->hasResidual()) {
        problems.append({QStringLiteral("residual_likelihood"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Closing an entry needs the residual likelihood "
                                                                     "and vulnerability after treatment."))});
    } else if (RiskCodes::levelOrdinal(before->residualLevel) > RiskCodes::levelOrdinal(criteria.ownerMayAccept)) {
        const bool accepted = !before->acceptedRole.isEmpty() &&
                              RiskMethod::mayAccept(criteria, before->acceptedRole, before->residualLevel) &&
                              before->acceptedUntil.isValid() && before->acceptedUntil >= m_context.today();
        if (!accepted)
            problems.append({QStringLiteral("accepted_by"),
                             translated(QT_TRANSLATE_NOOP("RiskService", "The residual risk is %1, more than the asset "
                                                                         "owner may accept: it must be accepted by "
                                                                         "someone whose authority covers it before the "
                                                                         "entry closes."))
                                 .arg(RiskCodes::name(RiskCodes::List::Level, before->residualLevel))});
    }
    if (!problems.isEmpty())
        return Result<Risk>::invalid(problems);
    Risk after = *before;
    after.status = QStringLiteral("closed");
    after.closedOn = m_context.today();
    after.closedReason = reason.trimmed().left(1000);
    return committed(work, save(*before, after, QStringLiteral("close")));
}

Result<bool> RiskService::remove(const QString &riskNo)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<bool>::failure(work.error());
    const Result<Risk> risk = byNo(riskNo);
    if (!risk)
        return Result<bool>::failure(risk.error);
    if (risk->isAssessed())
        return Result<bool>::failure(
            translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 has been assessed and is kept: close it "
                                                        "instead, with the reason."))
                .arg(risk->riskNo));
    const QList<QPair<QString, QString>> old = RiskFields::audited(*risk);
    QString error;
    if (!m_context.riskStore().deleteRisk(risk->id, &error) ||
        !m_context.appendAudit(QStringLiteral("remove"), QStringLiteral("risk"), risk->riskNo,
                               Changes::fieldChanges(&old, nullptr), &error) ||
        !work.commit(&error))
        return Result<bool>::failure(error);
    return Result<bool>::success(true);
}

Result<Risk> RiskService::saveEntry(const QString &riskNo, const EntryChanges &changes)
{
    // The steps join this unit of work: a step that refuses or fails ends without committing, which rolls the whole
    // save back, the steps before it included.
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    QString number = riskNo;
    Result<Risk> last = Result<Risk>::failure(QString());
    if (changes.draft) {
        last = create(*changes.draft);
        if (!last)
            return last;
        number = last->riskNo;
    }
    if (changes.assessment) {
        last = assess(number, *changes.assessment);
        if (!last)
            return last;
    }
    if (changes.treatment) {
        last = planTreatment(number, *changes.treatment);
        if (!last)
            return last;
    }
    if (changes.residual) {
        last = setResidual(number, changes.residual->first, changes.residual->second);
        if (!last)
            return last;
    }
    if (!changes.draft && !changes.assessment && !changes.treatment && !changes.residual) {
        last = byNo(number);
        if (!last)
            return last;
    }
    return committed(work, byNo(last->riskNo));
}
