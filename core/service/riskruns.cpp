// The due list of the register (rule 8) and assessment runs (リスクアセスメント実施記録).
#include "changes.h"
#include "domain/riskcodes.h"
#include "registrycontext.h"
#include "riskhooks.h"
#include "riskservice.h"

#include <QCoreApplication>
#include <QSet>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskService", text);
}

QList<QPair<QString, QString>> runFields(const AssessmentRun &run)
{
    return {{QStringLiteral("title"), run.title},
            {QStringLiteral("scope"), run.scope.join(QStringLiteral(", "))},
            {QStringLiteral("period_from"), dateText(run.periodFrom)},
            {QStringLiteral("period_to"), dateText(run.periodTo)},
            {QStringLiteral("assessor"), run.assessor},
            {QStringLiteral("approver"), run.approver},
            {QStringLiteral("approver_title"), run.approverTitle},
            {QStringLiteral("approved_on"), dateText(run.approvedOn)},
            {QStringLiteral("criteria"), run.criteria.isEmpty() ? QString() : QStringLiteral("copied")},
            {QStringLiteral("counts"),
             run.counts.isEmpty() ? QString() : QString::number(run.counts.value(QStringLiteral("total")).toInt())}};
}

} // namespace

QStringList RiskService::dueReasons(const Risk &risk, const QDate &today, const QDate &horizon) const
{
    QStringList reasons;
    if (risk.status == QLatin1String("closed"))
        return reasons;
    if (risk.nextReview.isValid() && risk.nextReview < today)
        reasons << translated(QT_TRANSLATE_NOOP("RiskService", "Review overdue since %1."))
                       .arg(risk.nextReview.toString(Qt::ISODate));
    if (risk.due.isValid() && risk.due < today &&
        (risk.status == QLatin1String("planned") || risk.status == QLatin1String("in_treatment")))
        reasons << translated(QT_TRANSLATE_NOOP("RiskService", "Treatment overdue since %1."))
                       .arg(risk.due.toString(Qt::ISODate));
    reasons << risk.reassessmentReasons;
    if (risk.status == QLatin1String("accepted") && risk.acceptedUntil.isValid() && risk.acceptedUntil >= today &&
        risk.acceptedUntil <= horizon)
        reasons << translated(QT_TRANSLATE_NOOP("RiskService", "The acceptance ends on %1."))
                       .arg(risk.acceptedUntil.toString(Qt::ISODate));
    return reasons;
}

Result<QList<RiskService::DueEntry>> RiskService::due(int withinDays) const
{
    RiskFilter open;
    open.status = QStringLiteral("open");
    const Result<QList<Risk>> entries = list(open, 0, -1);
    if (!entries)
        return Result<QList<DueEntry>>::failure(entries.error);
    const QDate today = m_context.today();
    const QDate horizon = today.addDays(std::max(0, withinDays));
    QList<DueEntry> due;
    for (const Risk &risk : *entries) {
        DueEntry entry;
        entry.risk = risk;
        entry.reasons = dueReasons(risk, today, horizon);
        if (!entry.reasons.isEmpty())
            due << entry;
    }
    return Result<QList<DueEntry>>::success(due);
}

Result<AssessmentRun> RiskService::createRun(const AssessmentRun &draft)
{
    AssessmentRun run;
    run.title = draft.title.trimmed();
    for (const QString &department : draft.scope)
        if (!department.trimmed().isEmpty())
            run.scope << department.trimmed();
    run.periodFrom = draft.periodFrom;
    run.periodTo = draft.periodTo;
    run.assessor = draft.assessor.trimmed();
    QList<Problem> problems;
    if (run.title.isEmpty() || run.title.size() > 200)
        problems.append(
            {QStringLiteral("title"),
             translated(QT_TRANSLATE_NOOP("RiskService", "Enter the title of the assessment (up to 200 "
                                                         "characters), e.g. 令和8年度リスクアセスメント."))});
    if (!run.periodFrom.isValid() || !run.periodTo.isValid() || run.periodTo < run.periodFrom)
        problems.append({QStringLiteral("period"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter the period of the assessment: a first and "
                                                                     "a last day, the last not before the first."))});
    if (run.assessor.isEmpty())
        problems.append({QStringLiteral("assessor"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter who carried out the assessment."))});
    if (!problems.isEmpty())
        return Result<AssessmentRun>::invalid(problems);
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<AssessmentRun>::failure(work.error());
    run.createdBy = m_context.actor();
    run.createdAt = m_context.clock().nowUtc();
    QString error;
    const QList<QPair<QString, QString>> after = runFields(run);
    if (!m_context.riskStore().insertRun(&run, &error) ||
        !m_context.appendAudit(QStringLiteral("create"), QStringLiteral("assessment_run"), run.runNo,
                               fieldChanges(nullptr, &after), &error) ||
        !work.commit(&error))
        return Result<AssessmentRun>::failure(error);
    return Result<AssessmentRun>::success(run);
}

Result<AssessmentRun> RiskService::approveRun(const QString &runNo, const QString &approver, const QString &title,
                                              const QDate &on)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<AssessmentRun>::failure(work.error());
    QString readError;
    const std::optional<AssessmentRun> before = m_context.riskStore().runByNo(runNo.trimmed().toUpper(), &readError);
    if (!readError.isEmpty())
        return Result<AssessmentRun>::failure(readError);
    if (!before)
        return Result<AssessmentRun>::missing(
            translated(QT_TRANSLATE_NOOP("RiskService", "There is no assessment run %1 in this registry.")).arg(runNo));
    if (before->isApproved())
        return Result<AssessmentRun>::failure(
            translated(QT_TRANSLATE_NOOP("RiskService", "Assessment run %1 was approved on %2 and is a record now."))
                .arg(before->runNo, before->approvedOn.toString(Qt::ISODate)));
    QList<Problem> problems;
    if (approver.trimmed().isEmpty())
        problems.append({QStringLiteral("approver"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter who approves the assessment."))});
    if (!on.isValid() || on > m_context.today())
        problems.append({QStringLiteral("approved_on"),
                         translated(QT_TRANSLATE_NOOP("RiskService", "Enter the day of approval; it cannot be in the "
                                                                     "future."))});
    if (!problems.isEmpty())
        return Result<AssessmentRun>::invalid(problems);
    AssessmentRun run = *before;
    run.approver = approver.trimmed().left(200);
    run.approverTitle = title.trimmed().left(200);
    run.approvedOn = on;
    run.criteria = criteria().toJson();
    // The counts of the entries in scope (every department when the scope is empty), open and closed alike.
    QString error;
    QJsonObject byLevel;
    QJsonObject byTreatment;
    qint64 total = 0;
    const QStringList departments = run.scope.isEmpty() ? QStringList{QString()} : run.scope;
    for (const QString &department : departments) {
        RiskFilter filter;
        filter.department = department;
        for (const auto &[grouping, target] :
             {std::pair<QString, QJsonObject *>{QStringLiteral("risk_level"), &byLevel},
              std::pair<QString, QJsonObject *>{QStringLiteral("treatment"), &byTreatment}}) {
            const QHash<QString, qint64> counts =
                m_context.riskStore().countBy(grouping, filter, m_context.today(), &error);
            if (!error.isEmpty())
                return Result<AssessmentRun>::failure(error);
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                const QString key = it.key().isEmpty() ? QStringLiteral("none") : it.key();
                target->insert(key, target->value(key).toInteger() + it.value());
                if (grouping == QLatin1String("risk_level"))
                    total += it.value();
            }
        }
    }
    run.counts = QJsonObject{{QStringLiteral("level"), byLevel},
                             {QStringLiteral("treatment"), byTreatment},
                             {QStringLiteral("total"), total}};
    const QList<QPair<QString, QString>> old = runFields(*before);
    const QList<QPair<QString, QString>> now = runFields(run);
    if (!m_context.riskStore().updateRun(run, &error) ||
        !m_context.appendAudit(QStringLiteral("approve"), QStringLiteral("assessment_run"), run.runNo,
                               fieldChanges(&old, &now), &error) ||
        !work.commit(&error))
        return Result<AssessmentRun>::failure(error);
    return Result<AssessmentRun>::success(run);
}

QList<AssessmentRun> RiskService::runs(QString *error) const
{
    return m_context.riskStore().runs(error);
}
