// Shared risk computations and the hooks of assignments and disposal.
#include "riskhooks.h"

#include "batchdigests.h"
#include "changes.h"
#include "io/sha256.h"
#include "registrycontext.h"
#include "riskbatch.h"
#include "riskfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskService", text);
}

} // namespace

namespace RiskSupport {

RiskCriteria criteria(const RegistryContext &context)
{
    return RiskCriteria::fromSettings([&context](const QString &key) { return context.setting(key); });
}

void derive(const RiskCriteria &criteria, Risk *risk)
{
    risk->damageLikelihood = RiskMethod::damageLikelihood(risk->likelihood, risk->vulnerability);
    risk->riskValue = RiskMethod::riskValue(criteria, risk->importance, risk->likelihood, risk->vulnerability);
    risk->riskLevel = RiskMethod::level(criteria, risk->riskValue);
    risk->residualValue =
        RiskMethod::riskValue(criteria, risk->importance, risk->residualLikelihood, risk->residualVulnerability);
    risk->residualLevel = RiskMethod::level(criteria, risk->residualValue);
}

QList<qint64> relatedControlIds(RegistryContext &context, const Threat &threat, QString *error)
{
    QList<qint64> ids;
    if (threat.relatedControls.isEmpty())
        return ids;
    QString readError;
    QList<qint64> catalogs;
    for (const char *key : {"builtin", "own"}) {
        const std::optional<ControlCatalog> catalog =
            context.controlStore().catalogByKey(QString::fromLatin1(key), &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return {};
        }
        if (catalog)
            catalogs << catalog->id;
    }
    for (const QString &code : threat.relatedControls) {
        for (qint64 catalogId : std::as_const(catalogs)) {
            const std::optional<Control> control = context.controlStore().controlByCode(catalogId, code, &readError);
            if (!readError.isEmpty()) {
                *error = readError;
                return {};
            }
            if (control) {
                ids << control->id;
                break;
            }
        }
    }
    return ids;
}

std::optional<int> derivedVulnerability(const QList<qint64> &related,
                                        const QHash<qint64, RiskMethod::ControlState> &assigned)
{
    if (related.isEmpty())
        return std::nullopt;
    QList<RiskMethod::ControlState> states;
    states.reserve(related.size());
    for (qint64 controlId : related)
        states << assigned.value(controlId);
    return RiskMethod::derivedVulnerability(states);
}

std::optional<int> derivedVulnerability(RegistryContext &context, qint64 assetId, const Threat &threat, QString *error)
{
    QString readError;
    const QList<qint64> related = relatedControlIds(context, threat, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    if (related.isEmpty() || assetId <= 0)
        return std::nullopt;
    const QList<ControlAssignment> assignments = context.controlStore().assignmentsOfAsset(assetId, &readError);
    if (!readError.isEmpty()) {
        // Without the assignments every control would count as missing: the vulnerability would look worst.
        *error = readError;
        return std::nullopt;
    }
    QHash<qint64, RiskMethod::ControlState> assigned;
    for (const ControlAssignment &assignment : assignments) {
        RiskMethod::ControlState state;
        state.assigned = true;
        state.applicable = assignment.applicable;
        state.hasReason = !assignment.reason.trimmed().isEmpty();
        state.implementation = assignment.implementation;
        assigned.insert(assignment.controlId, state);
    }
    return derivedVulnerability(related, assigned);
}

bool write(RegistryContext &context, const Risk *before, Risk *after, const QString &action, bool *conflict,
           QString *error)
{
    *conflict = false;
    const QList<QPair<QString, QString>> now = RiskFields::audited(*after);
    QList<QPair<QString, QString>> old;
    if (before)
        old = RiskFields::audited(*before);
    QJsonObject changes = fieldChanges(before ? &old : nullptr, &now);
    if (before && changes.isEmpty())
        return true;
    if (after->isHighAccepted() && !(before && before->isHighAccepted()))
        changes.insert(QStringLiteral("high_accepted"), QJsonArray{QJsonValue(), QStringLiteral("true")});
    if (before) {
        if (!context.riskStore().updateRisk(*after, before->rowVersion, conflict, error))
            return false;
        if (*conflict)
            return true;
        after->rowVersion = before->rowVersion + 1;
    } else {
        // Numbers are never reused: the counter only grows, also past entries removed before they were assessed.
        bool ok = false;
        const qint64 last = context.setting(QStringLiteral("risk.last_no"), QStringLiteral("0")).toLongLong(&ok);
        const qint64 next = (ok ? last : 0) + 1;
        after->riskNo = QStringLiteral("R-%1").arg(next, 6, 10, QLatin1Char('0'));
        if (!context.database().setSetting(QStringLiteral("risk.last_no"), QString::number(next), error) ||
            !context.riskStore().insertRisk(after, error))
            return false;
    }
    return context.appendAudit(action, QStringLiteral("risk"), after->riskNo, changes, error);
}

bool writeNew(RegistryContext &context, QList<Risk> *risks, QString *error)
{
    if (risks->isEmpty())
        return true;
    // Numbers are never reused: the counter only grows, and is written once for the batch.
    bool ok = false;
    const qint64 last = context.setting(QStringLiteral("risk.last_no"), QStringLiteral("0")).toLongLong(&ok);
    qint64 next = ok ? last : 0;
    // The value lists of the entries and their digest, before the batch event that names the digest.
    QList<QByteArray> values;
    values.reserve(risks->size());
    Sha256 digest;
    for (Risk &risk : *risks) {
        risk.riskNo = QStringLiteral("R-%1").arg(++next, 6, 10, QLatin1Char('0'));
        values.append(RiskBatch::values(risk));
        BatchDigests::addToDigest(&digest, values.constLast());
    }
    AuditEvent event;
    event.action = QStringLiteral("create");
    event.entity = QString::fromLatin1(RiskBatch::kEntity);
    event.entityId = risks->constFirst().riskNo + QStringLiteral("..") + risks->constLast().riskNo;
    event.changes = RiskBatch::eventChanges(risks->size(), risks->constFirst().riskNo, risks->constLast().riskNo,
                                            digest.finishHex());
    if (!context.database().setSetting(QStringLiteral("risk.last_no"), QString::number(next), error) ||
        !context.appendAudit(&event, error) || !context.riskStore().insertRisks(risks, error))
        return false;
    QList<qint64> ids;
    ids.reserve(risks->size());
    for (const Risk &risk : std::as_const(*risks))
        ids << risk.id;
    return context.auditStore().appendRiskCreations(event.seq, ids, values, error);
}

} // namespace RiskSupport

namespace RiskHooks {

bool assignmentsChanged(RegistryContext &context, const QList<qint64> &assetIds, QString *error)
{
    QString readError;
    const QSet<qint64> withRisks = context.riskStore().assetIdsWithDerivedRisks(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (withRisks.isEmpty())
        return true;
    const RiskCriteria criteria = RiskSupport::criteria(context);
    QSet<qint64> done;
    for (qint64 assetId : assetIds) {
        if (!withRisks.contains(assetId) || done.contains(assetId))
            continue;
        done.insert(assetId);
        const QList<Risk> risks = context.riskStore().risksOfAsset(assetId, &readError);
        for (const Risk &before : risks) {
            if (!before.isOpen() || !before.vulnerabilityDerived)
                continue;
            const std::optional<Threat> threat = context.riskStore().threatById(before.threatId, &readError);
            if (!readError.isEmpty())
                break;
            if (!threat)
                continue;
            const std::optional<int> derived = RiskSupport::derivedVulnerability(context, assetId, *threat, &readError);
            if (!readError.isEmpty())
                break;
            if (!derived || *derived == before.vulnerability)
                continue;
            Risk after = before;
            after.vulnerability = *derived;
            RiskSupport::derive(criteria, &after);
            bool conflict = false;
            if (!RiskSupport::write(context, &before, &after, QStringLiteral("update"), &conflict, error))
                return false;
            if (conflict) {
                *error = translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 was changed by someone else at "
                                                                     "the same time. Nothing was saved; try again."))
                             .arg(before.riskNo);
                return false;
            }
        }
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
    }
    return true;
}

bool assetDisposed(RegistryContext &context, qint64 assetId, const QString &disposalNo, QString *error)
{
    QString readError;
    const QList<Risk> risks = context.riskStore().risksOfAsset(assetId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    for (const Risk &before : risks) {
        if (!before.isOpen())
            continue;
        Risk after = before;
        after.status = QStringLiteral("closed");
        after.closedOn = context.today();
        // The reason is kept in the registry's words for every reader: the disposal record's number says which.
        after.closedReason = QStringLiteral("資産の廃棄（%1）").arg(disposalNo);
        after.disposalNo = disposalNo;
        bool conflict = false;
        if (!RiskSupport::write(context, &before, &after, QStringLiteral("close"), &conflict, error))
            return false;
        if (conflict) {
            *error = translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 was changed by someone else at the "
                                                                 "same time. Nothing was saved; try again."))
                         .arg(before.riskNo);
            return false;
        }
    }
    return true;
}

} // namespace RiskHooks
