// Threats of a registry: the built-in catalogue and the registry's own, each change audited.
#include "threatservice.h"

#include "changes.h"
#include "registrycontext.h"

#include <QCoreApplication>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ThreatService", text);
}

QList<QPair<QString, QString>> threatFields(const Threat &threat)
{
    return {{QStringLiteral("name_ja"), threat.nameJa},
            {QStringLiteral("name_en"), threat.nameEn},
            {QStringLiteral("category"), threat.category},
            {QStringLiteral("policy_ref"), threat.policyRef},
            {QStringLiteral("objectives"), threat.objectives},
            {QStringLiteral("asset_types"), threat.assetTypes.join(QLatin1Char(' '))},
            {QStringLiteral("medium_classes"), threat.mediumClasses.join(QLatin1Char(' '))},
            {QStringLiteral("related_controls"), threat.relatedControls.join(QLatin1Char(' '))},
            {QStringLiteral("default_likelihood"), QString::number(threat.defaultLikelihood)},
            {QStringLiteral("likelihood"), QString::number(threat.likelihood)},
            {QStringLiteral("likelihood_rationale"), threat.likelihoodRationale},
            {QStringLiteral("description_ja"), threat.descriptionJa},
            {QStringLiteral("description_en"), threat.descriptionEn},
            {QStringLiteral("source"), threat.source},
            {QStringLiteral("retired"), threat.retired ? QStringLiteral("true") : QStringLiteral("false")}};
}

Threat trimmed(Threat threat)
{
    threat.code = threat.code.trimmed().toUpper();
    threat.nameJa = threat.nameJa.trimmed();
    threat.nameEn = threat.nameEn.trimmed();
    threat.policyRef = threat.policyRef.trimmed();
    threat.likelihoodRationale = threat.likelihoodRationale.trimmed();
    threat.descriptionJa = threat.descriptionJa.trimmed();
    threat.descriptionEn = threat.descriptionEn.trimmed();
    threat.source = threat.source.trimmed();
    return threat;
}

QList<Problem> problemsOf(const Threat &threat)
{
    QList<Problem> problems;
    for (const auto &[field, message] : threat.problems())
        problems.append({field, message});
    return problems;
}

} // namespace

ThreatService::ThreatService(RegistryContext &context)
    : m_context(context)
{
}

bool ThreatService::prepareRegistry(bool newRegistry, QString *error)
{
    const std::optional<ThreatCatalog> catalog = ThreatCatalog::load(error);
    if (!catalog)
        return false;
    if (m_context.setting(QStringLiteral("risk.threat_catalog_version")) == catalog->version)
        return true;
    UnitOfWork work(m_context.database());
    if (!work.isOpen()) {
        *error = work.error();
        return false;
    }
    for (Threat shipped : catalog->threats) {
        QString readError;
        const std::optional<Threat> stored = m_context.riskStore().threatByCode(shipped.code, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (!stored) {
            if (!m_context.riskStore().insertThreat(&shipped, error))
                return false;
            continue;
        }
        if (!stored->builtIn)
            continue; // the registry's own threat of the same code stays the registry's
        Threat updated = shipped;
        updated.id = stored->id;
        updated.likelihood = stored->likelihood;
        updated.likelihoodRationale = stored->likelihoodRationale;
        updated.retired = stored->retired;
        if (!m_context.riskStore().updateThreat(updated, error))
            return false;
    }
    const QString before = m_context.setting(QStringLiteral("risk.threat_catalog_version"));
    if (!m_context.database().setSetting(QStringLiteral("risk.threat_catalog_version"), catalog->version, error))
        return false;
    if (!newRegistry &&
        !m_context.appendAudit(
            QStringLiteral("install"), QStringLiteral("threat"), QStringLiteral("builtin"),
            QJsonObject{{QStringLiteral("version"), QJsonArray{jsonValue(before), jsonValue(catalog->version)}}},
            error))
        return false;
    return work.commit(error);
}

QList<Threat> ThreatService::threats(bool includeRetired, QString *error) const
{
    return m_context.riskStore().threats(includeRetired, error);
}

Result<Threat> ThreatService::byCode(const QString &code) const
{
    QString error;
    const std::optional<Threat> threat = m_context.riskStore().threatByCode(code.trimmed().toUpper(), &error);
    if (!error.isEmpty())
        return Result<Threat>::failure(error);
    if (!threat)
        return Result<Threat>::missing(
            translated(QT_TRANSLATE_NOOP("ThreatService", "There is no threat %1 in this registry.")).arg(code));
    return Result<Threat>::success(*threat);
}

Result<Threat> ThreatService::byId(qint64 id) const
{
    QString error;
    const std::optional<Threat> threat = m_context.riskStore().threatById(id, &error);
    if (!error.isEmpty())
        return Result<Threat>::failure(error);
    if (!threat)
        return Result<Threat>::missing(
            translated(QT_TRANSLATE_NOOP("ThreatService", "The threat no longer exists in this registry.")));
    return Result<Threat>::success(*threat);
}

Result<Threat> ThreatService::add(const Threat &draft)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Threat>::failure(work.error());
    Threat threat = trimmed(draft);
    threat.id = 0;
    threat.builtIn = false;
    threat.retired = false;
    // An own threat starts at its default likelihood; the registry's may be changed later like any other's.
    threat.likelihood = threat.defaultLikelihood;
    QList<Problem> problems = problemsOf(threat);
    QString error;
    const bool taken = m_context.riskStore().threatByCode(threat.code, &error).has_value();
    if (!error.isEmpty())
        return Result<Threat>::failure(error);
    if (taken)
        problems.append({QStringLiteral("code"),
                         translated(QT_TRANSLATE_NOOP("ThreatService", "The code %1 is already taken by a threat of "
                                                                       "this registry. Choose another code."))
                             .arg(threat.code)});
    if (!problems.isEmpty())
        return Result<Threat>::invalid(problems);
    threat.sortOrder = int(m_context.riskStore().threats(true, &error).size()) + 1;
    if (!error.isEmpty())
        return Result<Threat>::failure(error);
    const QList<QPair<QString, QString>> after = threatFields(threat);
    if (!m_context.riskStore().insertThreat(&threat, &error) ||
        !m_context.appendAudit(QStringLiteral("create"), QStringLiteral("threat"), threat.code,
                               fieldChanges(nullptr, &after), &error) ||
        !work.commit(&error))
        return Result<Threat>::failure(error);
    return Result<Threat>::success(threat);
}

Result<Threat> ThreatService::save(const Threat &before, const Threat &after, const QString &action)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Threat>::failure(work.error());
    const QList<Problem> problems = problemsOf(after);
    if (!problems.isEmpty())
        return Result<Threat>::invalid(problems);
    const QList<QPair<QString, QString>> old = threatFields(before);
    const QList<QPair<QString, QString>> now = threatFields(after);
    const QJsonObject changes = fieldChanges(&old, &now);
    if (changes.isEmpty())
        return Result<Threat>::success(after);
    QString error;
    if (!m_context.riskStore().updateThreat(after, &error) ||
        !m_context.appendAudit(action, QStringLiteral("threat"), after.code, changes, &error) || !work.commit(&error))
        return Result<Threat>::failure(error);
    return Result<Threat>::success(after);
}

Result<Threat> ThreatService::edit(const Threat &edited)
{
    Result<Threat> stored = byId(edited.id);
    if (!stored)
        return stored;
    Threat after = trimmed(edited);
    after.code = stored->code;
    after.builtIn = stored->builtIn;
    after.retired = stored->retired;
    after.sortOrder = stored->sortOrder;
    if (stored->builtIn) {
        Threat kept = *stored;
        kept.likelihood = after.likelihood;
        kept.likelihoodRationale = after.likelihoodRationale;
        if (threatFields(kept) != threatFields(after))
            return Result<Threat>::failure(
                translated(QT_TRANSLATE_NOOP("ThreatService", "Threat %1 belongs to the built-in catalogue: only its "
                                                              "likelihood in this registry can be changed. Add a "
                                                              "threat of your own for anything else."))
                    .arg(stored->code));
        after = kept;
    }
    return save(*stored, after, QStringLiteral("update"));
}

Result<Threat> ThreatService::setLikelihood(const QString &code, int likelihood, const QString &rationale)
{
    Result<Threat> stored = byCode(code);
    if (!stored)
        return stored;
    Threat after = *stored;
    after.likelihood = likelihood;
    after.likelihoodRationale = rationale.trimmed();
    return save(*stored, after, QStringLiteral("update"));
}

Result<Threat> ThreatService::retire(const QString &code)
{
    Result<Threat> stored = byCode(code);
    if (!stored)
        return stored;
    if (stored->retired)
        return stored;
    Threat after = *stored;
    after.retired = true;
    return save(*stored, after, QStringLiteral("retire"));
}

Result<Threat> ThreatService::reinstate(const QString &code)
{
    Result<Threat> stored = byCode(code);
    if (!stored)
        return stored;
    if (!stored->retired)
        return stored;
    Threat after = *stored;
    after.retired = false;
    return save(*stored, after, QStringLiteral("reinstate"));
}

QDate ThreatService::catalogReviewedOn() const
{
    return QDate::fromString(m_context.setting(QStringLiteral("risk.threat_catalog_reviewed_on")), Qt::ISODate);
}

QString ThreatService::catalogVersion() const
{
    return m_context.setting(QStringLiteral("risk.threat_catalog_version"));
}

Result<QDate> ThreatService::markCatalogReviewed(const QDate &on)
{
    if (!on.isValid() || on > m_context.today())
        return Result<QDate>::invalid(
            {{QStringLiteral("reviewed_on"),
              translated(QT_TRANSLATE_NOOP("ThreatService", "Enter the day the threat catalogue was reviewed; it "
                                                            "cannot be in the future."))}});
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<QDate>::failure(work.error());
    const QString key = QStringLiteral("risk.threat_catalog_reviewed_on");
    const QString before = m_context.setting(key);
    QString error;
    if (!m_context.database().setSetting(key, dateText(on), &error) ||
        !m_context.appendAudit(QStringLiteral("update"), QStringLiteral("setting"), key,
                               QJsonObject{{key, QJsonArray{jsonValue(before), jsonValue(dateText(on))}}}, &error) ||
        !work.commit(&error))
        return Result<QDate>::failure(error);
    return Result<QDate>::success(on);
}
