// The risk register: rules 1–11 of design/risk.md.
#include "riskservice.h"

#include "assignmentservice.h"
#include "changes.h"
#include "domain/riskcodes.h"
#include "registrycontext.h"
#include "riskassetfacts.h"
#include "riskhooks.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskService", text);
}

Result<Risk> conflictResult(const QString &riskNo)
{
    Result<Risk> result = Result<Risk>::failure(
        translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 was changed by someone else after you opened it. "
                                                    "Your changes were not saved; reopen it and try again."))
            .arg(riskNo));
    result.conflict = true;
    return result;
}

} // namespace

RiskService::RiskService(RegistryContext &context, AssignmentService &assignments)
    : m_context(context)
    , m_assignments(assignments)
{
}

RiskCriteria RiskService::criteria() const
{
    return RiskSupport::criteria(m_context);
}

Result<RiskCriteria> RiskService::setCriteria(const RiskCriteria &criteria)
{
    QList<Problem> problems;
    for (const auto &[field, message] : criteria.problems())
        problems.append({field, message});
    if (!problems.isEmpty())
        return Result<RiskCriteria>::invalid(problems);
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<RiskCriteria>::failure(work.error());
    QString error;
    for (const auto &[key, value] : criteria.toSettings()) {
        const QString before = m_context.setting(key);
        if (before == value)
            continue;
        if (!m_context.database().setSetting(key, value, &error) ||
            !m_context.appendAudit(QStringLiteral("update"), QStringLiteral("setting"), key,
                                   QJsonObject{{key, QJsonArray{jsonValue(before), jsonValue(value)}}}, &error))
            return Result<RiskCriteria>::failure(error);
    }
    // The derived values of open entries follow the criteria; closed entries keep those they were closed with.
    RiskFilter open;
    open.status = QStringLiteral("open");
    const QList<Risk> entries = m_context.riskStore().risks(open, m_context.today(), 0, -1, &error);
    if (!error.isEmpty())
        return Result<RiskCriteria>::failure(error);
    for (const Risk &before : entries) {
        Risk after = before;
        RiskSupport::derive(criteria, &after);
        bool conflict = false;
        if (!RiskSupport::write(m_context, &before, &after, QStringLiteral("update"), &conflict, &error) || conflict)
            return Result<RiskCriteria>::failure(error);
    }
    if (!work.commit(&error))
        return Result<RiskCriteria>::failure(error);
    return Result<RiskCriteria>::success(criteria);
}

bool RiskService::annotate(QList<Risk> *risks, QString *error) const
{
    QHash<qint64, std::optional<Asset>> assets;
    const QDate today = m_context.today();
    for (Risk &risk : *risks) {
        risk.reassessmentReasons.clear();
        if (!risk.isOpen() || !risk.isAssessed())
            continue;
        if (risk.status == QLatin1String("accepted") && risk.acceptedUntil.isValid() && risk.acceptedUntil < today)
            risk.reassessmentReasons << translated(QT_TRANSLATE_NOOP("RiskService", "The acceptance expired on %1."))
                                            .arg(risk.acceptedUntil.toString(Qt::ISODate));
        if (risk.vulnerabilityDerived && risk.snapshotVulnerability > 0 &&
            risk.vulnerability != risk.snapshotVulnerability)
            risk.reassessmentReasons << translated(QT_TRANSLATE_NOOP("RiskService", "The vulnerability derived from "
                                                                                    "the asset's controls changed "
                                                                                    "from %1 to %2."))
                                            .arg(risk.snapshotVulnerability)
                                            .arg(risk.vulnerability);
        if (risk.assetId <= 0)
            continue;
        if (!assets.contains(risk.assetId)) {
            // The reasons compare the entry with its asset now: without the asset they would say "nothing changed".
            QString readError;
            assets.insert(risk.assetId, m_context.assetStore().byId(risk.assetId, &readError));
            if (!readError.isEmpty()) {
                if (error)
                    *error = readError;
                return false;
            }
        }
        const std::optional<Asset> &asset = assets[risk.assetId];
        if (!asset)
            continue;
        const int importance = RiskAssetFacts::importance(*asset);
        if (importance != risk.importance)
            risk.reassessmentReasons << translated(QT_TRANSLATE_NOOP("RiskService", "The asset's importance is now %1; "
                                                                                    "it was %2 when assessed."))
                                            .arg(importance)
                                            .arg(risk.importance);
        if (asset->personalInfo != risk.snapshotPersonalInfo)
            risk.reassessmentReasons << translated(QT_TRANSLATE_NOOP("RiskService", "The asset's personal "
                                                                                    "information changed after the "
                                                                                    "assessment."));
        if (asset->assetType != risk.snapshotAssetType)
            risk.reassessmentReasons << translated(
                QT_TRANSLATE_NOOP("RiskService", "The asset's type changed after the assessment."));
        if (RiskAssetFacts::mediumClass(*asset) != risk.snapshotMediumClass)
            risk.reassessmentReasons << translated(
                QT_TRANSLATE_NOOP("RiskService", "The asset's medium class changed after the assessment."));
    }
    return true;
}

Result<Risk> RiskService::annotated(Risk risk) const
{
    QList<Risk> one{std::move(risk)};
    QString error;
    if (!annotate(&one, &error))
        return Result<Risk>::failure(error);
    return Result<Risk>::success(one.first());
}

Result<Risk> RiskService::byNo(const QString &riskNo) const
{
    QString error;
    const std::optional<Risk> risk = m_context.riskStore().riskByNo(riskNo.trimmed().toUpper(), &error);
    if (!error.isEmpty())
        return Result<Risk>::failure(error);
    if (!risk)
        return Result<Risk>::missing(
            translated(QT_TRANSLATE_NOOP("RiskService", "There is no risk entry %1 in this registry.")).arg(riskNo));
    return annotated(*risk);
}

Result<Risk> RiskService::byId(qint64 id) const
{
    QString error;
    const std::optional<Risk> risk = m_context.riskStore().riskById(id, &error);
    if (!error.isEmpty())
        return Result<Risk>::failure(error);
    if (!risk)
        return Result<Risk>::missing(
            translated(QT_TRANSLATE_NOOP("RiskService", "The risk entry no longer exists in this registry.")));
    return annotated(*risk);
}

Result<QList<Risk>> RiskService::list(const RiskFilter &filter, qint64 offset, qint64 limit) const
{
    QString error;
    if (filter.staleOnly || filter.dueWithinDays >= 0) {
        // Needs reassessment (and so rule 8) depends on the asset and its controls now: filtered after the SQL filter.
        RiskFilter sql = filter;
        if (filter.dueWithinDays >= 0 && sql.status.isEmpty())
            sql.status = QStringLiteral("open");
        QList<Risk> all = m_context.riskStore().risks(sql, m_context.today(), 0, -1, &error);
        if (!error.isEmpty())
            return Result<QList<Risk>>::failure(error);
        if (!annotate(&all, &error))
            return Result<QList<Risk>>::failure(error);
        const QDate today = m_context.today();
        const QDate horizon = today.addDays(std::max(0, filter.dueWithinDays));
        QList<Risk> kept;
        for (const Risk &risk : std::as_const(all))
            if ((!filter.staleOnly || risk.needsReassessment()) &&
                (filter.dueWithinDays < 0 || !dueReasons(risk, today, horizon).isEmpty()))
                kept << risk;
        return Result<QList<Risk>>::success(kept.mid(offset, limit < 0 ? -1 : limit));
    }
    QList<Risk> page = m_context.riskStore().risks(filter, m_context.today(), offset, limit, &error);
    if (!error.isEmpty())
        return Result<QList<Risk>>::failure(error);
    if (!annotate(&page, &error))
        return Result<QList<Risk>>::failure(error);
    return Result<QList<Risk>>::success(page);
}

Result<qint64> RiskService::count(const RiskFilter &filter) const
{
    if (filter.staleOnly || filter.dueWithinDays >= 0) {
        const Result<QList<Risk>> kept = list(filter, 0, -1);
        if (!kept)
            return Result<qint64>::failure(kept.error);
        return Result<qint64>::success(kept->size());
    }
    QString error;
    const qint64 n = m_context.riskStore().riskCount(filter, m_context.today(), &error);
    if (n < 0)
        return Result<qint64>::failure(error);
    return Result<qint64>::success(n);
}

QList<Risk> RiskService::ofAsset(qint64 assetId, QString *error) const
{
    QList<Risk> risks = m_context.riskStore().risksOfAsset(assetId, error);
    if (!annotate(&risks, error))
        return {};
    return risks;
}

Result<QHash<QString, qint64>> RiskService::countBy(const QString &grouping, const RiskFilter &filter) const
{
    QString error;
    const QHash<QString, qint64> counts = m_context.riskStore().countBy(grouping, filter, m_context.today(), &error);
    if (!error.isEmpty())
        return Result<QHash<QString, qint64>>::failure(error);
    return Result<QHash<QString, qint64>>::success(counts);
}

namespace {

// Rule 10: the candidate of one threat for an asset, carrying its importance, the threat's likelihood and the
// vulnerability derived from its controls (3 until entered when the threat has no related controls).
Risk candidateOf(const Asset &asset, const Threat &threat, std::optional<int> derived, const RiskCriteria &criteria)
{
    Risk risk;
    risk.assetId = asset.id;
    risk.assetNo = asset.assetNo;
    risk.assetName = asset.name;
    risk.department = asset.department;
    risk.threatId = threat.id;
    risk.threatCode = threat.code;
    risk.threatName = threat.name();
    risk.scenario = QStringLiteral("%1 — %2").arg(risk.threatName, asset.name).left(1000);
    risk.objectives = threat.objectives;
    risk.importance = RiskAssetFacts::importance(asset);
    risk.likelihood = threat.likelihood;
    risk.vulnerabilityDerived = derived.has_value();
    risk.vulnerability = derived.value_or(3);
    risk.owner = asset.owner;
    RiskSupport::derive(criteria, &risk);
    return risk;
}

} // namespace

QList<Risk> RiskService::candidatesFor(const Asset &asset, const QString &mediumClass, QString *error) const
{
    // A read that fails gives no candidates: with part of the facts, an existing entry would be offered again or a
    // vulnerability would be derived from missing assignments.
    QString readError;
    const auto failed = [&]() {
        if (error)
            *error = readError;
        return QList<Risk>();
    };
    QList<Risk> candidates;
    const QSet<qint64> existing = m_context.riskStore().threatIdsOfAsset(asset.id, &readError);
    if (!readError.isEmpty())
        return failed();
    const QList<Threat> threats = m_context.riskStore().threats(false, &readError);
    if (!readError.isEmpty())
        return failed();
    const RiskCriteria criteria = this->criteria();
    for (const Threat &threat : threats) {
        if (existing.contains(threat.id) || !threat.appliesTo(asset.assetType, mediumClass))
            continue;
        const std::optional<int> derived =
            RiskSupport::derivedVulnerability(const_cast<RegistryContext &>(m_context), asset.id, threat, &readError);
        if (!readError.isEmpty())
            return failed();
        candidates << candidateOf(asset, threat, derived, criteria);
    }
    return candidates;
}

std::optional<int> RiskService::derivedVulnerability(qint64 assetId, qint64 threatId, QString *error) const
{
    QString readError;
    const std::optional<Threat> threat = m_context.riskStore().threatById(threatId, &readError);
    std::optional<int> derived;
    if (threat && assetId > 0)
        derived =
            RiskSupport::derivedVulnerability(const_cast<RegistryContext &>(m_context), assetId, *threat, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    return derived;
}

Result<QList<Risk>> RiskService::candidates(qint64 assetId) const
{
    QString error;
    const std::optional<Asset> asset = m_context.assetStore().byId(assetId, &error);
    if (!error.isEmpty())
        return Result<QList<Risk>>::failure(error);
    if (!asset)
        return Result<QList<Risk>>::missing(
            translated(QT_TRANSLATE_NOOP("RiskService", "The asset no longer exists in this registry.")));
    QList<Risk> candidates = candidatesFor(*asset, RiskAssetFacts::mediumClass(*asset), &error);
    if (!error.isEmpty())
        return Result<QList<Risk>>::failure(error);
    return Result<QList<Risk>>::success(candidates);
}

Result<int> RiskService::generateCandidates(const QList<qint64> &assetIds)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<int>::failure(work.error());
    // Read in bulk (a selection may hold ten thousand assets): the assets, the threats they already have entries for,
    // and their assignments of every related control; then the entries are written in one batch.
    RiskStore &store = m_context.riskStore();
    QString error;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (qint64 id : assetIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    const QList<Asset> assets = store.assetsForCandidates(ids, &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    if (assets.size() != ids.size())
        return Result<int>::failure(
            translated(QT_TRANSLATE_NOOP("RiskService", "The asset no longer exists in this registry.")));
    for (const Asset &asset : assets)
        if (asset.status == QLatin1String("disposed"))
            return Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("RiskService", "Asset %1 has been disposed; no risks are recorded for it "
                                                            "any more."))
                    .arg(asset.assetNo));
    const QHash<qint64, QSet<qint64>> existing = store.threatIdsOfAssets(ids, &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    const QList<Threat> threats = store.threats(false, &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    QList<QList<qint64>> related;
    QSet<qint64> relatedIds;
    for (const Threat &threat : threats) {
        related << RiskSupport::relatedControlIds(m_context, threat, &error);
        if (!error.isEmpty())
            return Result<int>::failure(error);
        for (qint64 id : std::as_const(related.last()))
            relatedIds.insert(id);
    }
    const QHash<qint64, QHash<qint64, RiskMethod::ControlState>> states =
        store.controlStates(ids, QList<qint64>(relatedIds.cbegin(), relatedIds.cend()), &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    const RiskCriteria criteria = this->criteria();
    const QHash<qint64, RiskMethod::ControlState> none;
    QList<Risk> risks;
    for (const Asset &asset : assets) {
        const QSet<qint64> has = existing.value(asset.id);
        const auto assigned = states.constFind(asset.id);
        for (int t = 0; t < threats.size(); ++t) {
            const Threat &threat = threats.at(t);
            if (has.contains(threat.id) || !threat.appliesTo(asset.assetType, RiskAssetFacts::mediumClass(asset)))
                continue;
            risks << candidateOf(
                asset, threat,
                RiskSupport::derivedVulnerability(related.at(t), assigned != states.constEnd() ? *assigned : none),
                criteria);
        }
    }
    if (!RiskSupport::writeNew(m_context, &risks, &error) || !work.commit(&error))
        return Result<int>::failure(error);
    return Result<int>::success(int(risks.size()));
}

std::optional<Risk> RiskService::openEntry(const QString &riskNo, Result<Risk> *failure) const
{
    const Result<Risk> risk = byNo(riskNo);
    if (!risk) {
        *failure = risk;
        return std::nullopt;
    }
    if (!risk->isOpen()) {
        *failure = Result<Risk>::failure(
            translated(QT_TRANSLATE_NOOP("RiskService", "Risk entry %1 is closed and can no longer be changed."))
                .arg(risk->riskNo));
        return std::nullopt;
    }
    return *risk;
}

Result<Risk> RiskService::save(const Risk &before, Risk after, const QString &action)
{
    QString error;
    bool conflict = false;
    RiskSupport::derive(criteria(), &after);
    if (!RiskSupport::write(m_context, &before, &after, action, &conflict, &error))
        return Result<Risk>::failure(error);
    if (conflict)
        return conflictResult(before.riskNo);
    return Result<Risk>::success(after);
}

Result<Risk> RiskService::markNotApplicable(const QString &riskNo, const QString &reason)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Risk>::failure(work.error());
    Result<Risk> failure;
    const std::optional<Risk> before = openEntry(riskNo, &failure);
    if (!before)
        return failure;
    if (reason.trimmed().isEmpty())
        return Result<Risk>::invalid({{QStringLiteral("closed_reason"),
                                       translated(QT_TRANSLATE_NOOP("RiskService", "Enter why the threat does not "
                                                                                   "apply to the asset."))}});
    Risk after = *before;
    after.status = QStringLiteral("closed");
    after.notApplicable = true;
    after.closedOn = m_context.today();
    after.closedReason = reason.trimmed().left(1000);
    Result<Risk> saved = save(*before, after, QStringLiteral("close"));
    QString error;
    if (saved && !work.commit(&error))
        return Result<Risk>::failure(error);
    return saved;
}
