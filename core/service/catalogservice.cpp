// The control catalogues of a registry: the built-in one (loaded and updated with each release), OSCAL imports and
// their controls.
#include "catalogservice.h"

#include "builtincatalog.h"
#include "changes.h"
#include "oscalcatalog.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QVersionNumber>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlService", text);
}

bool sameContent(const Control &a, const Control &b)
{
    return a.parentCode == b.parentCode && a.area == b.area && a.groupTitle == b.groupTitle && a.titleJa == b.titleJa &&
           a.titleEn == b.titleEn && a.descriptionJa == b.descriptionJa && a.descriptionEn == b.descriptionEn &&
           a.isoRefs == b.isoRefs && a.nistRefs == b.nistRefs && a.retired == b.retired;
}

// Whether the rules are exactly the default baseline that catalogue version `version` shipped (the rules marked
// with that version or an earlier one), for the controls the registry already had.
bool isEarlierDefault(const BuiltInCatalog &shipped, const QString &version, const QList<BaselineRule> &rules,
                      const QHash<QString, qint64> &idByCode, const QSet<QString> &newCodes)
{
    const QVersionNumber earlier = QVersionNumber::fromString(version);
    QList<BaselineRule> expected;
    for (const BuiltInCatalog::Rule &shippedRule : shipped.baseline) {
        if (newCodes.contains(shippedRule.controlCode) || QVersionNumber::fromString(shippedRule.since) > earlier)
            continue;
        BaselineRule rule = shippedRule.rule;
        rule.controlId = idByCode.value(shippedRule.controlCode);
        if (!expected.contains(rule))
            expected.append(rule);
    }
    if (expected.isEmpty())
        return false;
    for (const BaselineRule &rule : rules) {
        if (!expected.contains(rule))
            return false;
    }
    for (const BaselineRule &rule : std::as_const(expected)) {
        if (!rules.contains(rule))
            return false;
    }
    return true;
}

} // namespace

CatalogService::CatalogService(RegistryContext &context)
    : m_context(context)
{
}

bool CatalogService::prepareRegistry(bool newRegistry, QString *error)
{
    QString readError;
    const std::optional<ControlCatalog> stored =
        m_context.controlStore().catalogByKey(QStringLiteral("builtin"), &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!stored) {
        *error = translated(QT_TRANSLATE_NOOP("ControlService", "The registry %1 has no table of control catalogues. "
                                                                "Restore it from a backup."))
                     .arg(QDir::toNativeSeparators(m_context.database().path()));
        return false;
    }
    const QByteArray catalogJson = BuiltInCatalog::resourceData();
    const QByteArray baselineJson = BuiltInCatalog::baselineResourceData();
    std::optional<BuiltInCatalog> shipped = BuiltInCatalog::parse(catalogJson, baselineJson, error);
    if (!shipped)
        return false;
    // A registry last used by a newer release keeps that release's catalogue.
    if (!stored->version.isEmpty() &&
        QVersionNumber::fromString(stored->version) >= QVersionNumber::fromString(shipped->version))
        return true;
    const Result<CatalogChange> change = loadBuiltIn(catalogJson, baselineJson, !newRegistry, false);
    if (!change.ok()) {
        *error = change.error;
        return false;
    }
    return true;
}

Result<CatalogChange> CatalogService::loadBuiltIn(const QByteArray &catalogJson, const QByteArray &baselineJson,
                                                  bool audited, bool force)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<CatalogChange>::failure(work.error());
    QString error;
    const std::optional<BuiltInCatalog> shipped = BuiltInCatalog::parse(catalogJson, baselineJson, &error);
    if (!shipped)
        return Result<CatalogChange>::failure(error);
    std::optional<ControlCatalog> catalog = m_context.controlStore().catalogByKey(QStringLiteral("builtin"), &error);
    if (!error.isEmpty())
        return Result<CatalogChange>::failure(error);
    if (!catalog)
        return Result<CatalogChange>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The registry has no built-in catalogue.")));
    const QString oldVersion = catalog->version;
    if (!force && !oldVersion.isEmpty() &&
        QVersionNumber::fromString(oldVersion) > QVersionNumber::fromString(shipped->version))
        return Result<CatalogChange>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The registry already has version %1 of the built-in "
                                                           "catalogue, which is newer than %2."))
                .arg(oldVersion, shipped->version));
    auto abort = [](const QString &message) { return Result<CatalogChange>::failure(message); };

    CatalogChange change;
    change.catalogId = catalog->id;
    change.version = shipped->version;
    change.title = catalog->displayTitle();
    QHash<QString, Control> existing;
    const QList<Control> current = m_context.controlStore().controls(catalog->id, true, &error);
    if (!error.isEmpty())
        return abort(error);
    for (const Control &control : current)
        existing.insert(control.code, control);
    QStringList added, updated, retired;
    QHash<QString, qint64> idByCode;
    for (Control control : shipped->controls) {
        control.catalogId = catalog->id;
        const auto it = existing.constFind(control.code);
        if (it == existing.constEnd()) {
            if (!m_context.controlStore().insertControl(&control, &error))
                return abort(error);
            added << control.code;
        } else {
            control.id = it->id;
            // A new position alone is written but not reported as a change of the control.
            if (!sameContent(*it, control) || it->sortOrder != control.sortOrder) {
                if (!m_context.controlStore().updateControl(control, &error))
                    return abort(error);
            }
            if (!sameContent(*it, control))
                updated << control.code;
            else
                ++change.unchanged;
            existing.remove(control.code);
        }
        idByCode.insert(control.code, control.id);
    }
    for (Control control : std::as_const(existing)) {
        if (control.retired)
            continue;
        control.retired = true;
        if (!m_context.controlStore().updateControl(control, &error))
            return abort(error);
        retired << control.code;
    }

    // The default baseline goes into a registry that has none; a later release adds the rules of its new controls
    // and leaves the administrators' own choices alone.
    QList<BaselineRule> rules = m_context.controlStore().baselineRules(&error);
    if (!error.isEmpty())
        return abort(error);
    const bool install = oldVersion.isEmpty() && rules.isEmpty();
    const QSet<QString> newCodes(added.cbegin(), added.cend());
    // A baseline that is still the default of the earlier version was never customised, so its administrator expects
    // the new default: it also receives the rules a later version added for controls it already had (e.g. the
    // conditions on contractors and recipients of 1.1). A baseline someone changed keeps exactly its own rules; the
    // baseline window and the command line offer the missing default rules (BaselineService::missingDefaultRules).
    const bool followsDefault =
        !install && !oldVersion.isEmpty() && isEarlierDefault(*shipped, oldVersion, rules, idByCode, newCodes);
    const QVersionNumber old = QVersionNumber::fromString(oldVersion);
    for (const BuiltInCatalog::Rule &shippedRule : shipped->baseline) {
        const bool newDefault = followsDefault && QVersionNumber::fromString(shippedRule.since) > old;
        if (!install && !newCodes.contains(shippedRule.controlCode) && !newDefault)
            continue;
        BaselineRule rule = shippedRule.rule;
        rule.controlId = idByCode.value(shippedRule.controlCode);
        if (!rules.contains(rule)) {
            rules.append(rule);
            ++change.baselineRulesAdded;
        }
    }
    if (change.baselineRulesAdded > 0 && !m_context.controlStore().replaceBaseline(&rules, &error))
        return abort(error);

    catalog->version = shipped->version;
    if (!m_context.controlStore().updateCatalog(*catalog, &error))
        return abort(error);
    change.added = int(added.size());
    change.updated = int(updated.size());
    change.retired = int(retired.size());
    if (audited) {
        QJsonObject changes;
        changes.insert(QStringLiteral("version"), QJsonArray{jsonValue(oldVersion), shipped->version});
        if (!added.isEmpty())
            changes.insert(QStringLiteral("added"), QJsonArray{QJsonValue(), jsonList(added)});
        if (!updated.isEmpty())
            changes.insert(QStringLiteral("updated"), QJsonArray{QJsonValue(), jsonList(updated)});
        if (!retired.isEmpty())
            changes.insert(QStringLiteral("retired"), QJsonArray{QJsonValue(), jsonList(retired)});
        if (change.baselineRulesAdded > 0)
            changes.insert(QStringLiteral("baseline_rules_added"), QJsonArray{QJsonValue(), change.baselineRulesAdded});
        if (!m_context.appendAudit(oldVersion.isEmpty() ? QStringLiteral("install") : QStringLiteral("update"),
                                   QStringLiteral("control_catalog"), QStringLiteral("builtin"), changes, &error))
            return abort(error);
    }
    if (!work.commit(&error))
        return Result<CatalogChange>::failure(error);
    change.replaced = !oldVersion.isEmpty();
    return Result<CatalogChange>::success(change);
}

Result<CatalogChange> CatalogService::updateBuiltInCatalog(const QByteArray &catalogJson,
                                                           const QByteArray &baselineJson)
{
    return loadBuiltIn(catalogJson, baselineJson, true, false);
}

QString CatalogService::builtInVersion(QString *error) const
{
    const std::optional<ControlCatalog> catalog =
        m_context.controlStore().catalogByKey(QStringLiteral("builtin"), error);
    return catalog ? catalog->version : QString();
}

QList<ControlCatalog> CatalogService::catalogs(QString *error) const
{
    return m_context.controlStore().catalogs(error);
}

std::optional<ControlCatalog> CatalogService::catalog(qint64 id, QString *error) const
{
    return m_context.controlStore().catalogById(id, error);
}

Result<ControlCatalog> CatalogService::findCatalog(const QString &nameOrKey) const
{
    const QString wanted = nameOrKey.trimmed();
    QString error;
    const QList<ControlCatalog> all = m_context.controlStore().catalogs(&error);
    if (!error.isEmpty())
        return Result<ControlCatalog>::failure(error);
    for (const ControlCatalog &catalog : all) {
        if (catalog.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            catalog.displayTitle().compare(wanted, Qt::CaseInsensitive) == 0)
            return Result<ControlCatalog>::success(catalog);
    }
    QList<ControlCatalog> found;
    QStringList names;
    for (const ControlCatalog &catalog : all) {
        if ((wanted.size() >= 4 && catalog.key.startsWith(wanted, Qt::CaseInsensitive)) ||
            catalog.displayTitle().contains(wanted, Qt::CaseInsensitive)) {
            found << catalog;
            names << catalog.displayTitle();
        }
    }
    if (found.size() == 1)
        return Result<ControlCatalog>::success(found.constFirst());
    if (found.isEmpty()) {
        QStringList known;
        for (const ControlCatalog &catalog : all)
            known << QStringLiteral("%1 (%2)").arg(catalog.displayTitle(), catalog.key);
        return Result<ControlCatalog>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "There is no control catalogue '%1'. The registry has: %2."))
                .arg(wanted, known.join(QStringLiteral("; "))));
    }
    return Result<ControlCatalog>::failure(
        translated(QT_TRANSLATE_NOOP("ControlService", "'%1' matches several catalogues: %2. Give more of the name or "
                                                       "the key."))
            .arg(wanted, names.join(QStringLiteral("; "))));
}

Result<CatalogChange> CatalogService::importOscal(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CatalogChange>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Cannot read %1: %2. Nothing was imported."))
                .arg(name, file.errorString()));
    const QByteArray data = file.readAll();
    Result<CatalogChange> result = importOscalData(data, name);
    return result;
}

Result<CatalogChange> CatalogService::importOscalData(const QByteArray &json, const QString &sourceName)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<CatalogChange>::failure(work.error());
    QString error;
    const std::optional<OscalCatalog> parsed = OscalCatalog::parse(json, sourceName, &error);
    if (!parsed)
        return Result<CatalogChange>::failure(error);
    auto abort = [](const QString &message) { return Result<CatalogChange>::failure(message); };
    CatalogChange change;
    change.withdrawn = parsed->withdrawn;
    change.title = parsed->title;
    change.version = parsed->version;
    std::optional<ControlCatalog> catalog =
        m_context.controlStore().findOscalCatalog(parsed->uuid, parsed->title, &error);
    if (!error.isEmpty())
        return abort(error);
    const QString source = QFileInfo(sourceName).fileName();
    QJsonObject changes;
    if (catalog) {
        change.replaced = true;
        if (catalog->title != parsed->title)
            changes.insert(QStringLiteral("title"), QJsonArray{catalog->title, parsed->title});
        if (catalog->version != parsed->version)
            changes.insert(QStringLiteral("version"),
                           QJsonArray{jsonValue(catalog->version), jsonValue(parsed->version)});
        catalog->key = parsed->uuid;
        catalog->title = parsed->title;
        catalog->version = parsed->version;
        catalog->source = source;
        if (!m_context.controlStore().updateCatalog(*catalog, &error))
            return abort(error);
    } else {
        catalog = ControlCatalog();
        catalog->key = parsed->uuid;
        catalog->kind = ControlCatalog::Kind::Oscal;
        catalog->title = parsed->title;
        catalog->version = parsed->version;
        catalog->source = source;
        if (!m_context.controlStore().insertCatalog(&*catalog, &error))
            return abort(error);
        changes.insert(QStringLiteral("title"), QJsonArray{QJsonValue(), parsed->title});
        changes.insert(QStringLiteral("version"), QJsonArray{QJsonValue(), jsonValue(parsed->version)});
    }
    change.catalogId = catalog->id;

    QHash<QString, Control> existing;
    const QList<Control> current = m_context.controlStore().controls(catalog->id, true, &error);
    if (!error.isEmpty())
        return abort(error);
    for (const Control &control : current)
        existing.insert(control.code, control);
    for (Control control : parsed->controls) {
        control.catalogId = catalog->id;
        const auto it = existing.constFind(control.code);
        if (it == existing.constEnd()) {
            if (!m_context.controlStore().insertControl(&control, &error))
                return abort(error);
            ++change.added;
        } else {
            control.id = it->id;
            // A new position alone is written but not reported as a change of the control.
            if (!sameContent(*it, control) || it->sortOrder != control.sortOrder) {
                if (!m_context.controlStore().updateControl(control, &error))
                    return abort(error);
            }
            if (!sameContent(*it, control))
                ++change.updated;
            else
                ++change.unchanged;
            existing.remove(control.code);
        }
    }
    for (Control control : std::as_const(existing)) {
        if (control.retired)
            continue;
        control.retired = true;
        if (!m_context.controlStore().updateControl(control, &error))
            return abort(error);
        ++change.retired;
    }
    changes.insert(QStringLiteral("source"), QJsonArray{QJsonValue(), source});
    changes.insert(QStringLiteral("controls"),
                   QJsonArray{QJsonValue(), QStringLiteral("added %1, updated %2, unchanged %3, retired %4, "
                                                           "withdrawn %5")
                                                .arg(change.added)
                                                .arg(change.updated)
                                                .arg(change.unchanged)
                                                .arg(change.retired)
                                                .arg(change.withdrawn)});
    if (!m_context.appendAudit(change.replaced ? QStringLiteral("reimport") : QStringLiteral("import"),
                               QStringLiteral("control_catalog"), catalog->key, changes, &error))
        return abort(error);
    if (!work.commit(&error))
        return Result<CatalogChange>::failure(error);
    return Result<CatalogChange>::success(change);
}

QList<Control> CatalogService::controls(qint64 catalogId, bool includeRetired, QString *error) const
{
    return m_context.controlStore().controls(catalogId, includeRetired, error);
}

std::optional<Control> CatalogService::control(qint64 id, QString *error) const
{
    return m_context.controlStore().controlById(id, error);
}

Result<Control> CatalogService::findControl(const QString &code, const QString &catalogName) const
{
    const QString wanted = code.trimmed();
    if (!catalogName.trimmed().isEmpty()) {
        const Result<ControlCatalog> catalog = findCatalog(catalogName);
        if (!catalog.ok())
            return Result<Control>::failure(catalog.error);
        QString error;
        std::optional<Control> control = m_context.controlStore().controlByCode(catalog.value->id, wanted, &error);
        if (!control && error.isEmpty())
            control = m_context.controlStore().controlByCode(catalog.value->id, wanted.toUpper(), &error);
        if (!error.isEmpty())
            return Result<Control>::failure(error);
        if (!control)
            return Result<Control>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The catalogue %1 has no control %2."))
                    .arg(catalog.value->displayTitle(), wanted));
        return Result<Control>::success(*control);
    }
    QString error;
    QList<Control> found = m_context.controlStore().controlsByCode(wanted, &error);
    if (!error.isEmpty())
        return Result<Control>::failure(error);
    if (found.isEmpty())
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "No catalogue has a control %1. Check the code in the list "
                                                           "of controls."))
                .arg(wanted));
    // Controls in force win over retired ones of the same code.
    QList<Control> inForce;
    for (const Control &control : std::as_const(found)) {
        if (!control.retired)
            inForce << control;
    }
    if (!inForce.isEmpty())
        found = inForce;
    if (found.size() > 1) {
        QStringList catalogs;
        for (const Control &control : std::as_const(found)) {
            const std::optional<ControlCatalog> catalog =
                m_context.controlStore().catalogById(control.catalogId, &error);
            catalogs << (catalog ? catalog->displayTitle() : control.catalogKey);
        }
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The control code %1 is in several catalogues: %2. Name the "
                                                           "catalogue."))
                .arg(wanted, catalogs.join(QStringLiteral("; "))));
    }
    return Result<Control>::success(found.constFirst());
}
