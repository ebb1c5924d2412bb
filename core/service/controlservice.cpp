// Validation and the single write path for controls, assignments and the baseline.
#include "controlservice.h"

#include "builtincatalog.h"
#include "domain/assetcodes.h"
#include "domain/classification.h"
#include "domain/controlcodes.h"
#include "oscalcatalog.h"
#include "registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlService", text);
}

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

constexpr int kMaxProblems = 50;

// Annex A of ISO/IEC 27001:2022: themes 5 (organisational, 37 controls), 6 (people, 8), 7 (physical, 14) and
// 8 (technological, 34).
bool isAnnexAControl(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^A\\.([5-8])\\.(\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch())
        return false;
    static const int counts[] = {37, 8, 14, 34};
    const int theme = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    return number >= 1 && number <= counts[theme - 5];
}

bool isSp80053Control(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{2})-(\\d{1,2})(\\(\\d{1,2}\\))?$"));
    static const QSet<QString> families = {
        QStringLiteral("AC"), QStringLiteral("AT"), QStringLiteral("AU"), QStringLiteral("CA"), QStringLiteral("CM"),
        QStringLiteral("CP"), QStringLiteral("IA"), QStringLiteral("IR"), QStringLiteral("MA"), QStringLiteral("MP"),
        QStringLiteral("PE"), QStringLiteral("PL"), QStringLiteral("PM"), QStringLiteral("PS"), QStringLiteral("PT"),
        QStringLiteral("RA"), QStringLiteral("SA"), QStringLiteral("SC"), QStringLiteral("SI"), QStringLiteral("SR")};
    const QRegularExpressionMatch match = pattern.match(id);
    return match.hasMatch() && families.contains(match.captured(1)) && match.captured(2).toInt() >= 1;
}

// Reference IDs as people type them: "5.1", "a.5.1", "A 5.1" become "A.5.1"; "ac-2" becomes "AC-2".
QStringList normalisedIsoRefs(const QStringList &refs)
{
    QStringList result;
    for (QString ref : refs) {
        ref = ref.trimmed().toUpper().remove(QLatin1Char(' '));
        if (ref.isEmpty())
            continue;
        if (!ref.startsWith(QLatin1String("A.")))
            ref = QStringLiteral("A.") + (ref.startsWith(QLatin1Char('A')) ? ref.mid(1) : ref);
        if (!result.contains(ref))
            result << ref;
    }
    return result;
}

QStringList normalisedNistRefs(const QStringList &refs)
{
    QStringList result;
    for (QString ref : refs) {
        ref = ref.trimmed().toUpper().remove(QLatin1Char(' '));
        if (!ref.isEmpty() && !result.contains(ref))
            result << ref;
    }
    return result;
}

bool sameContent(const Control &a, const Control &b)
{
    return a.parentCode == b.parentCode && a.area == b.area && a.groupTitle == b.groupTitle && a.titleJa == b.titleJa &&
           a.titleEn == b.titleEn && a.descriptionJa == b.descriptionJa && a.descriptionEn == b.descriptionEn &&
           a.isoRefs == b.isoRefs && a.nistRefs == b.nistRefs && a.retired == b.retired;
}

// The fields of a control as {key: value} for audit events.
QList<QPair<QString, QString>> controlFields(const Control &control)
{
    return {{QStringLiteral("code"), control.code},
            {QStringLiteral("area"), QString::number(control.area)},
            {QStringLiteral("title_ja"), control.titleJa},
            {QStringLiteral("title_en"), control.titleEn},
            {QStringLiteral("description_ja"), control.descriptionJa},
            {QStringLiteral("description_en"), control.descriptionEn},
            {QStringLiteral("iso_refs"), control.isoRefs.join(QLatin1Char(' '))},
            {QStringLiteral("nist_refs"), control.nistRefs.join(QLatin1Char(' '))},
            {QStringLiteral("retired"), control.retired ? QStringLiteral("true") : QStringLiteral("false")}};
}

QList<QPair<QString, QString>> assignmentFields(const ControlAssignment &assignment)
{
    return {{QStringLiteral("applicable"), assignment.applicable ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("reason"), assignment.reason},
            {QStringLiteral("implementation"), assignment.implementation},
            {QStringLiteral("responsible"), assignment.responsible},
            {QStringLiteral("due_date"), dateText(assignment.dueDate)},
            {QStringLiteral("evidence_note"), assignment.evidenceNote},
            {QStringLiteral("last_verified"), dateText(assignment.lastVerified)}};
}

// Changed fields as {key: [old, new]}; with no "before" every non-empty field is new, with no "after" every
// non-empty field is removed.
QJsonObject fieldChanges(const QList<QPair<QString, QString>> *before, const QList<QPair<QString, QString>> *after)
{
    QJsonObject result;
    const int count = int(before ? before->size() : after->size());
    for (int index = 0; index < count; ++index) {
        const QString key = before ? before->at(index).first : after->at(index).first;
        const QString oldValue = before ? before->at(index).second : QString();
        const QString newValue = after ? after->at(index).second : QString();
        if (oldValue != newValue)
            result.insert(key, QJsonArray{jsonValue(oldValue), jsonValue(newValue)});
    }
    return result;
}

ControlAssignment normalised(ControlAssignment assignment)
{
    assignment.reason = assignment.reason.trimmed();
    assignment.responsible = assignment.responsible.trimmed();
    assignment.evidenceNote = assignment.evidenceNote.trimmed();
    assignment.implementation = assignment.implementation.trimmed();
    return assignment;
}

QJsonArray jsonList(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

// Joins translated parts of a sentence with the language's own list separator.
QString joinParts(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    QString result = parts.constFirst();
    for (int index = 1; index < parts.size(); ++index)
        result = translated(QT_TRANSLATE_NOOP("ControlService", "%1, %2")).arg(result, parts.at(index));
    return result;
}

} // namespace

ControlService::ControlService(Registry &registry)
    : m_registry(registry)
    , m_store(registry.database())
    , m_audit(registry.auditTrail())
{
}

bool ControlService::auditEvent(const QString &action, const QString &entity, const QString &entityId,
                                const QJsonObject &changes, QString *error)
{
    AuditEvent event;
    event.actor = m_registry.actor();
    event.action = action;
    event.entity = entity;
    event.entityId = entityId;
    event.changes = changes;
    return m_audit.append(&event, error);
}

QString ControlService::assignmentEntityId(const QString &assetNo, const Control &control) const
{
    return assetNo + QLatin1Char('/') + control.catalogKey + QLatin1Char('/') + control.code;
}

bool ControlService::prepareRegistry(Registry &registry, bool newRegistry, QString *error)
{
    ControlService service(registry);
    const std::optional<ControlCatalog> stored = service.m_store.catalogByKey(QStringLiteral("builtin"));
    if (!stored) {
        *error = translated(QT_TRANSLATE_NOOP("ControlService", "The registry %1 has no table of control catalogues. "
                                                                "Restore it from a backup."))
                     .arg(QDir::toNativeSeparators(registry.path()));
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
    const Result<CatalogChange> change = service.loadBuiltIn(catalogJson, baselineJson, !newRegistry, false);
    if (!change.ok()) {
        *error = change.error;
        return false;
    }
    return true;
}

Result<CatalogChange> ControlService::loadBuiltIn(const QByteArray &catalogJson, const QByteArray &baselineJson,
                                                  bool audited, bool force)
{
    QString error;
    const std::optional<BuiltInCatalog> shipped = BuiltInCatalog::parse(catalogJson, baselineJson, &error);
    if (!shipped)
        return Result<CatalogChange>::failure(error);
    std::optional<ControlCatalog> catalog = m_store.catalogByKey(QStringLiteral("builtin"));
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

    if (!m_registry.database().beginTransaction(&error))
        return Result<CatalogChange>::failure(error);
    auto abort = [this](const QString &message) {
        m_registry.database().rollback();
        return Result<CatalogChange>::failure(message);
    };

    CatalogChange change;
    change.catalogId = catalog->id;
    change.version = shipped->version;
    change.title = catalog->displayTitle();
    QHash<QString, Control> existing;
    const QList<Control> current = m_store.controls(catalog->id, true);
    for (const Control &control : current)
        existing.insert(control.code, control);
    QStringList added, updated, retired;
    QHash<QString, qint64> idByCode;
    for (Control control : shipped->controls) {
        control.catalogId = catalog->id;
        const auto it = existing.constFind(control.code);
        if (it == existing.constEnd()) {
            if (!m_store.insertControl(&control, &error))
                return abort(error);
            added << control.code;
        } else {
            control.id = it->id;
            // A new position alone is written but not reported as a change of the control.
            if (!sameContent(*it, control) || it->sortOrder != control.sortOrder) {
                if (!m_store.updateControl(control, &error))
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
        if (!m_store.updateControl(control, &error))
            return abort(error);
        retired << control.code;
    }

    // The default baseline goes into a registry that has none; a later release adds the rules of its new controls
    // and leaves the administrators' own choices alone.
    QList<BaselineRule> rules = m_store.baselineRules();
    const bool install = oldVersion.isEmpty() && rules.isEmpty();
    const QSet<QString> newCodes(added.cbegin(), added.cend());
    for (const BuiltInCatalog::Rule &shippedRule : shipped->baseline) {
        if (!install && !newCodes.contains(shippedRule.controlCode))
            continue;
        BaselineRule rule = shippedRule.rule;
        rule.controlId = idByCode.value(shippedRule.controlCode);
        if (!rules.contains(rule)) {
            rules.append(rule);
            ++change.baselineRulesAdded;
        }
    }
    if (change.baselineRulesAdded > 0 && !m_store.replaceBaseline(&rules, &error))
        return abort(error);

    catalog->version = shipped->version;
    if (!m_store.updateCatalog(*catalog, &error))
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
        if (!auditEvent(oldVersion.isEmpty() ? QStringLiteral("install") : QStringLiteral("update"),
                        QStringLiteral("control_catalog"), QStringLiteral("builtin"), changes, &error))
            return abort(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<CatalogChange>::failure(error);
    change.replaced = !oldVersion.isEmpty();
    return Result<CatalogChange>::success(change);
}

Result<CatalogChange> ControlService::updateBuiltInCatalog(const QByteArray &catalogJson,
                                                           const QByteArray &baselineJson)
{
    return loadBuiltIn(catalogJson, baselineJson, true, false);
}

QString ControlService::builtInVersion() const
{
    const std::optional<ControlCatalog> catalog = m_store.catalogByKey(QStringLiteral("builtin"));
    return catalog ? catalog->version : QString();
}

QList<ControlCatalog> ControlService::catalogs() const
{
    return m_store.catalogs();
}

std::optional<ControlCatalog> ControlService::catalog(qint64 id) const
{
    return m_store.catalogById(id);
}

Result<ControlCatalog> ControlService::findCatalog(const QString &nameOrKey) const
{
    const QString wanted = nameOrKey.trimmed();
    const QList<ControlCatalog> all = m_store.catalogs();
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

Result<CatalogChange> ControlService::importOscal(const QString &path)
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

Result<CatalogChange> ControlService::importOscalData(const QByteArray &json, const QString &sourceName)
{
    QString error;
    const std::optional<OscalCatalog> parsed = OscalCatalog::parse(json, sourceName, &error);
    if (!parsed)
        return Result<CatalogChange>::failure(error);

    if (!m_registry.database().beginTransaction(&error))
        return Result<CatalogChange>::failure(error);
    auto abort = [this](const QString &message) {
        m_registry.database().rollback();
        return Result<CatalogChange>::failure(message);
    };
    CatalogChange change;
    change.withdrawn = parsed->withdrawn;
    change.title = parsed->title;
    change.version = parsed->version;
    std::optional<ControlCatalog> catalog = m_store.findOscalCatalog(parsed->uuid, parsed->title);
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
        if (!m_store.updateCatalog(*catalog, &error))
            return abort(error);
    } else {
        catalog = ControlCatalog();
        catalog->key = parsed->uuid;
        catalog->kind = ControlCatalog::Kind::Oscal;
        catalog->title = parsed->title;
        catalog->version = parsed->version;
        catalog->source = source;
        if (!m_store.insertCatalog(&*catalog, &error))
            return abort(error);
        changes.insert(QStringLiteral("title"), QJsonArray{QJsonValue(), parsed->title});
        changes.insert(QStringLiteral("version"), QJsonArray{QJsonValue(), jsonValue(parsed->version)});
    }
    change.catalogId = catalog->id;

    QHash<QString, Control> existing;
    const QList<Control> current = m_store.controls(catalog->id, true);
    for (const Control &control : current)
        existing.insert(control.code, control);
    for (Control control : parsed->controls) {
        control.catalogId = catalog->id;
        const auto it = existing.constFind(control.code);
        if (it == existing.constEnd()) {
            if (!m_store.insertControl(&control, &error))
                return abort(error);
            ++change.added;
        } else {
            control.id = it->id;
            // A new position alone is written but not reported as a change of the control.
            if (!sameContent(*it, control) || it->sortOrder != control.sortOrder) {
                if (!m_store.updateControl(control, &error))
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
        if (!m_store.updateControl(control, &error))
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
    if (!auditEvent(change.replaced ? QStringLiteral("reimport") : QStringLiteral("import"),
                    QStringLiteral("control_catalog"), catalog->key, changes, &error))
        return abort(error);
    if (!m_registry.database().commit(&error))
        return Result<CatalogChange>::failure(error);
    return Result<CatalogChange>::success(change);
}

QList<Control> ControlService::controls(qint64 catalogId, bool includeRetired) const
{
    return m_store.controls(catalogId, includeRetired);
}

std::optional<Control> ControlService::control(qint64 id) const
{
    return m_store.controlById(id);
}

Result<Control> ControlService::findControl(const QString &code, const QString &catalogName) const
{
    const QString wanted = code.trimmed();
    if (!catalogName.trimmed().isEmpty()) {
        const Result<ControlCatalog> catalog = findCatalog(catalogName);
        if (!catalog.ok())
            return Result<Control>::failure(catalog.error);
        std::optional<Control> control = m_store.controlByCode(catalog.value->id, wanted);
        if (!control)
            control = m_store.controlByCode(catalog.value->id, wanted.toUpper());
        if (!control)
            return Result<Control>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The catalogue %1 has no control %2."))
                    .arg(catalog.value->displayTitle(), wanted));
        return Result<Control>::success(*control);
    }
    QList<Control> found = m_store.controlsByCode(wanted);
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
            const std::optional<ControlCatalog> catalog = m_store.catalogById(control.catalogId);
            catalogs << (catalog ? catalog->displayTitle() : control.catalogKey);
        }
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The control code %1 is in several catalogues: %2. Name the "
                                                           "catalogue."))
                .arg(wanted, catalogs.join(QStringLiteral("; "))));
    }
    return Result<Control>::success(found.constFirst());
}

QList<Problem> ControlService::validate(const Control &control, bool isNew) const
{
    QList<Problem> problems;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._()/-]*$"));
    const QString code = control.code.trimmed();
    if (code.isEmpty()) {
        problems.append({QStringLiteral("code"), translated(QT_TRANSLATE_NOOP("ControlService", "The control code is "
                                                                                                "required. Enter a "
                                                                                                "short code such as "
                                                                                                "OWN-01."))});
    } else if (code.size() > 40 || !codePattern.match(code).hasMatch()) {
        problems.append({QStringLiteral("code"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "The control code '%1' is not usable. Use up "
                                                                        "to 40 letters, digits and . - _ ( ) /, "
                                                                        "starting with a letter or digit."))
                             .arg(code)});
    } else if (isNew) {
        const std::optional<ControlCatalog> own = m_store.catalogByKey(QStringLiteral("own"));
        if (own && m_store.controlByCode(own->id, code))
            problems.append({QStringLiteral("code"),
                             translated(QT_TRANSLATE_NOOP("ControlService", "There is already an own control %1. "
                                                                            "Choose another code."))
                                 .arg(code)});
    }
    if (control.titleJa.trimmed().isEmpty() && control.titleEn.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), translated(QT_TRANSLATE_NOOP("ControlService", "The control needs a "
                                                                                                 "title in Japanese or "
                                                                                                 "English."))});
    if (control.titleJa.trimmed().size() > 200 || control.titleEn.trimmed().size() > 200)
        problems.append({QStringLiteral("title"), translated(QT_TRANSLATE_NOOP("ControlService", "A control title is "
                                                                                                 "longer than 200 "
                                                                                                 "characters. Shorten "
                                                                                                 "it."))});
    if (control.area < 1 || control.area > 10)
        problems.append(
            {QStringLiteral("area"), translated(QT_TRANSLATE_NOOP("ControlService", "Choose the area of "
                                                                                    "the control (1–10)."))});
    for (const QString &ref : normalisedIsoRefs(control.isoRefs)) {
        if (!isAnnexAControl(ref))
            problems.append({QStringLiteral("iso_refs"),
                             translated(QT_TRANSLATE_NOOP("ControlService", "'%1' is not a control of ISO/IEC "
                                                                            "27001:2022 Annex A (A.5.1–A.5.37, "
                                                                            "A.6.1–A.6.8, A.7.1–A.7.14, "
                                                                            "A.8.1–A.8.34)."))
                                 .arg(ref)});
    }
    for (const QString &ref : normalisedNistRefs(control.nistRefs)) {
        if (!isSp80053Control(ref))
            problems.append({QStringLiteral("nist_refs"),
                             translated(QT_TRANSLATE_NOOP("ControlService", "'%1' is not a NIST SP 800-53 control ID. "
                                                                            "Write it like AC-2 or AC-2(1)."))
                                 .arg(ref)});
    }
    return problems;
}

Result<Control> ControlService::addOwnControl(const Control &draft)
{
    Control control = draft;
    control.code = control.code.trimmed();
    control.titleJa = control.titleJa.trimmed();
    control.titleEn = control.titleEn.trimmed();
    control.descriptionJa = control.descriptionJa.trimmed();
    control.descriptionEn = control.descriptionEn.trimmed();
    control.isoRefs = normalisedIsoRefs(control.isoRefs);
    control.nistRefs = normalisedNistRefs(control.nistRefs);
    control.parentCode.clear();
    control.groupTitle.clear();
    control.retired = false;
    const QList<Problem> problems = validate(control, true);
    if (!problems.isEmpty())
        return Result<Control>::invalid(problems);
    const std::optional<ControlCatalog> own = m_store.catalogByKey(QStringLiteral("own"));
    if (!own)
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The registry has no catalogue for its own controls.")));
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<Control>::failure(error);
    control.catalogId = own->id;
    control.catalogKey = own->key;
    control.sortOrder = m_store.nextSortOrder(own->id);
    const QList<QPair<QString, QString>> fields = controlFields(control);
    if (!m_store.insertControl(&control, &error) ||
        !auditEvent(QStringLiteral("create"), QStringLiteral("control"), own->key + QLatin1Char('/') + control.code,
                    fieldChanges(nullptr, &fields), &error)) {
        m_registry.database().rollback();
        return Result<Control>::failure(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<Control>::failure(error);
    return Result<Control>::success(control);
}

Result<Control> ControlService::updateOwnControl(const Control &edited)
{
    const std::optional<Control> stored = m_store.controlById(edited.id);
    if (!stored)
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 no longer exists in this registry."))
                .arg(edited.code));
    if (stored->catalogKey != QLatin1String("own"))
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 belongs to a catalogue that cannot be edited. "
                                                           "Add an own control instead."))
                .arg(stored->code));
    Control control = edited;
    control.catalogId = stored->catalogId;
    control.catalogKey = stored->catalogKey;
    control.code = stored->code;
    control.sortOrder = stored->sortOrder;
    control.retired = stored->retired;
    control.titleJa = control.titleJa.trimmed();
    control.titleEn = control.titleEn.trimmed();
    control.descriptionJa = control.descriptionJa.trimmed();
    control.descriptionEn = control.descriptionEn.trimmed();
    control.isoRefs = normalisedIsoRefs(control.isoRefs);
    control.nistRefs = normalisedNistRefs(control.nistRefs);
    const QList<Problem> problems = validate(control, false);
    if (!problems.isEmpty())
        return Result<Control>::invalid(problems);
    const QList<QPair<QString, QString>> before = controlFields(*stored);
    const QList<QPair<QString, QString>> after = controlFields(control);
    const QJsonObject changes = fieldChanges(&before, &after);
    if (changes.isEmpty())
        return Result<Control>::success(*stored);
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<Control>::failure(error);
    if (!m_store.updateControl(control, &error) ||
        !auditEvent(QStringLiteral("update"), QStringLiteral("control"),
                    control.catalogKey + QLatin1Char('/') + control.code, changes, &error)) {
        m_registry.database().rollback();
        return Result<Control>::failure(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<Control>::failure(error);
    return Result<Control>::success(control);
}

Result<Control> ControlService::setRetired(qint64 controlId, bool retired)
{
    std::optional<Control> control = m_store.controlById(controlId);
    if (!control)
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The control no longer exists in this registry.")));
    if (control->catalogKey != QLatin1String("own"))
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 belongs to a catalogue that cannot be edited; "
                                                           "only own controls are retired. Mark it not applicable "
                                                           "where it does not apply."))
                .arg(control->code));
    if (control->retired == retired)
        return Result<Control>::success(*control);
    const QList<QPair<QString, QString>> before = controlFields(*control);
    control->retired = retired;
    const QList<QPair<QString, QString>> after = controlFields(*control);
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<Control>::failure(error);
    if (!m_store.updateControl(*control, &error) ||
        !auditEvent(retired ? QStringLiteral("retire") : QStringLiteral("reinstate"), QStringLiteral("control"),
                    control->catalogKey + QLatin1Char('/') + control->code, fieldChanges(&before, &after), &error)) {
        m_registry.database().rollback();
        return Result<Control>::failure(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<Control>::failure(error);
    return Result<Control>::success(*control);
}

QList<Problem> ControlService::validate(const ControlAssignment &assignment) const
{
    QList<Problem> problems;
    const std::optional<Asset> asset = m_registry.assets().byId(assignment.assetId);
    const std::optional<Control> control = m_store.controlById(assignment.controlId);
    if (!asset) {
        problems.append({QStringLiteral("asset"), translated(QT_TRANSLATE_NOOP("ControlService", "The asset no longer "
                                                                                                 "exists in this "
                                                                                                 "registry."))});
        return problems;
    }
    if (!control) {
        problems.append({QStringLiteral("control"), translated(QT_TRANSLATE_NOOP("ControlService", "The control no "
                                                                                                   "longer exists in "
                                                                                                   "this registry."))});
        return problems;
    }
    const bool exists = m_store.assignment(assignment.assetId, assignment.controlId).has_value();
    return validate(assignment, asset->assetNo, asset->status, *control, exists);
}

QList<Problem> ControlService::validate(const ControlAssignment &assignment, const QString &assetNo,
                                        const QString &assetStatus, const Control &control, bool exists)
{
    QList<Problem> problems;
    if (assetStatus == QLatin1String("disposed"))
        problems.append({QStringLiteral("asset"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "Asset %1 has been disposed; its controls can "
                                                                        "no longer be changed."))
                             .arg(assetNo)});
    if (control.retired && !exists)
        problems.append({QStringLiteral("control"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 has been retired and cannot be "
                                                                        "assigned any more. Choose a control in "
                                                                        "force."))
                             .arg(control.code)});
    if (!ControlCodes::implementations().contains(assignment.implementation))
        problems.append(
            {QStringLiteral("implementation"),
             translated(QT_TRANSLATE_NOOP("ControlService", "'%1' is not an implementation status. Choose "
                                                            "one of: %2."))
                 .arg(assignment.implementation, ControlCodes::implementations().join(QStringLiteral(", ")))});
    if (!assignment.applicable && assignment.reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 is marked not applicable to asset "
                                                                        "%2 without a reason. Enter why it does not "
                                                                        "apply."))
                             .arg(control.code, assetNo)});
    if (assignment.reason.trimmed().size() > 2000 || assignment.evidenceNote.trimmed().size() > 4000 ||
        assignment.responsible.trimmed().size() > 200)
        problems.append({QStringLiteral("evidence_note"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "A text of the assignment of %1 is too long "
                                                                        "(reason up to 2000, evidence note up to 4000, "
                                                                        "responsible up to 200 characters)."))
                             .arg(control.code)});
    if (assignment.lastVerified.isValid() && assignment.lastVerified > QDate::currentDate())
        problems.append({QStringLiteral("last_verified"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "The date last verified (%1) is in the future. "
                                                                        "Enter the day the control was checked."))
                             .arg(assignment.lastVerified.toString(Qt::ISODate))});
    return problems;
}

Result<ControlAssignment> ControlService::assign(const ControlAssignment &draft)
{
    const ControlAssignment assignment = normalised(draft);
    const QList<Problem> problems = validate(assignment);
    if (!problems.isEmpty())
        return Result<ControlAssignment>::invalid(problems);
    const std::optional<Asset> asset = m_registry.assets().byId(assignment.assetId);
    const std::optional<Control> control = m_store.controlById(assignment.controlId);
    const std::optional<ControlAssignment> before = m_store.assignment(assignment.assetId, assignment.controlId);
    const QList<QPair<QString, QString>> after = assignmentFields(assignment);
    QList<QPair<QString, QString>> old;
    if (before)
        old = assignmentFields(*before);
    const QJsonObject changes = fieldChanges(before ? &old : nullptr, &after);
    if (before && changes.isEmpty())
        return Result<ControlAssignment>::success(assignment);
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<ControlAssignment>::failure(error);
    if (!m_store.saveAssignment(assignment, &error) ||
        !auditEvent(before ? QStringLiteral("update") : QStringLiteral("assign"), QStringLiteral("control_assignment"),
                    assignmentEntityId(asset->assetNo, *control), changes, &error)) {
        m_registry.database().rollback();
        return Result<ControlAssignment>::failure(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<ControlAssignment>::failure(error);
    return Result<ControlAssignment>::success(assignment);
}

Result<int> ControlService::assignMany(const QList<qint64> &assetIds, const QList<qint64> &controlIds,
                                       const AssignmentPatch &patch, const std::function<void(int)> &progress)
{
    if (assetIds.isEmpty() || controlIds.isEmpty())
        return Result<int>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Choose at least one asset and one control to assign.")));
    struct Pending
    {
        ControlAssignment assignment;
        QJsonObject changes;
        bool isNew = false;
        QString entityId;
    };
    QList<Pending> pending;
    QList<Problem> problems;
    int problemCount = 0;
    QHash<qint64, Control> controls;
    QHash<qint64, QHash<qint64, ControlAssignment>> existing;
    for (qint64 controlId : controlIds) {
        const std::optional<Control> control = m_store.controlById(controlId);
        if (!control)
            return Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The control no longer exists in this registry.")));
        controls.insert(controlId, *control);
        existing.insert(controlId, m_store.assignmentsOfControl(controlId));
    }
    // Read in bulk: a selection may hold tens of thousands of assets.
    const QHash<qint64, ControlStore::AssetKey> assets = m_store.assetKeys(assetIds);
    for (qint64 assetId : assetIds) {
        const auto asset = assets.constFind(assetId);
        if (asset == assets.constEnd())
            return Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("ControlService", "The asset no longer exists in this registry.")));
        for (qint64 controlId : controlIds) {
            const Control &control = controls[controlId];
            const QHash<qint64, ControlAssignment> &ofControl = existing[controlId];
            const auto found = ofControl.constFind(assetId);
            const bool exists = found != ofControl.constEnd();
            ControlAssignment assignment;
            if (exists) {
                assignment = *found;
            } else {
                assignment.assetId = assetId;
                assignment.controlId = controlId;
            }
            patch.applyTo(&assignment);
            assignment = normalised(assignment);
            const QList<Problem> problemsOfPair = validate(assignment, asset->assetNo, asset->status, control, exists);
            for (const Problem &problem : problemsOfPair) {
                if (++problemCount <= kMaxProblems)
                    problems.append({problem.field,
                                     QStringLiteral("%1 / %2: %3").arg(asset->assetNo, control.code, problem.message)});
            }
            if (!problemsOfPair.isEmpty())
                continue;
            const QList<QPair<QString, QString>> after = assignmentFields(assignment);
            QList<QPair<QString, QString>> old;
            if (exists)
                old = assignmentFields(*found);
            const QJsonObject changes = fieldChanges(exists ? &old : nullptr, &after);
            if (exists && changes.isEmpty())
                continue;
            pending.append({assignment, changes, !exists, assignmentEntityId(asset->assetNo, control)});
        }
    }
    if (problemCount > kMaxProblems)
        problems.append({QString(), translated(QT_TRANSLATE_NOOP("ControlService", "… and %1 more problems."))
                                        .arg(problemCount - kMaxProblems)});
    if (!problems.isEmpty())
        return Result<int>::invalid(problems);
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<int>::failure(error);
    int done = 0;
    for (const Pending &item : std::as_const(pending)) {
        if (!m_store.saveAssignment(item.assignment, &error) ||
            !auditEvent(item.isNew ? QStringLiteral("assign") : QStringLiteral("update"),
                        QStringLiteral("control_assignment"), item.entityId, item.changes, &error)) {
            m_registry.database().rollback();
            return Result<int>::failure(error);
        }
        if (progress && ++done % 1000 == 0)
            progress(done);
    }
    if (!m_registry.database().commit(&error))
        return Result<int>::failure(error);
    if (progress)
        progress(int(pending.size()));
    return Result<int>::success(int(pending.size()));
}

Result<bool> ControlService::unassign(qint64 assetId, qint64 controlId)
{
    const std::optional<Asset> asset = m_registry.assets().byId(assetId);
    const std::optional<Control> control = m_store.controlById(controlId);
    const std::optional<ControlAssignment> before = m_store.assignment(assetId, controlId);
    if (!asset || !control || !before)
        return Result<bool>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The control is not assigned to the asset.")));
    if (asset->status == QLatin1String("disposed"))
        return Result<bool>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Asset %1 has been disposed; its controls can no longer be "
                                                           "changed."))
                .arg(asset->assetNo));
    const QList<QPair<QString, QString>> old = assignmentFields(*before);
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<bool>::failure(error);
    if (!m_store.deleteAssignment(assetId, controlId, &error) ||
        !auditEvent(QStringLiteral("unassign"), QStringLiteral("control_assignment"),
                    assignmentEntityId(asset->assetNo, *control), fieldChanges(&old, nullptr), &error)) {
        m_registry.database().rollback();
        return Result<bool>::failure(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<bool>::failure(error);
    return Result<bool>::success(true);
}

std::optional<ControlAssignment> ControlService::assignment(qint64 assetId, qint64 controlId) const
{
    return m_store.assignment(assetId, controlId);
}

Result<QList<AssetControl>> ControlService::controlsOfAsset(qint64 assetId) const
{
    QString error;
    QList<AssetControl> rows = m_store.controlsOfAsset(assetId, today(), &error);
    if (!error.isEmpty())
        return Result<QList<AssetControl>>::failure(error);
    return Result<QList<AssetControl>>::success(rows);
}

QList<BaselineRule> ControlService::baseline() const
{
    return m_store.baselineRules();
}

QList<Problem> ControlService::validate(const QList<BaselineRule> &rules) const
{
    QList<Problem> problems;
    for (int index = 0; index < rules.size(); ++index) {
        const BaselineRule &rule = rules.at(index);
        const QString field = QStringLiteral("rules[%1]").arg(index);
        const std::optional<Control> control = m_store.controlById(rule.controlId);
        if (!control) {
            problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 names a control that does "
                                                                                   "not exist. Choose a control."))
                                        .arg(index + 1)});
            continue;
        }
        for (const std::optional<int> &level :
             {rule.minConfidentiality, rule.minIntegrity, rule.minAvailability, rule.minImportance}) {
            if (level && (*level < 1 || *level > 3)) {
                problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2) has a level %3; "
                                                                                       "levels are 1 to 3."))
                                            .arg(index + 1)
                                            .arg(control->code)
                                            .arg(*level)});
                break;
            }
        }
        if (!rule.personalInfo.isEmpty() && (rule.personalInfo == QLatin1String("none") ||
                                             !AssetCodes::personalInfoKinds().contains(rule.personalInfo)))
            problems.append(
                {field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2): '%3' is not a kind of "
                                                                       "personal information a rule can "
                                                                       "require."))
                            .arg(index + 1)
                            .arg(control->code, rule.personalInfo)});
        if (!rule.assetType.isEmpty() && !AssetCodes::assetTypes().contains(rule.assetType))
            problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 (%2): '%3' is not an asset "
                                                                                   "type."))
                                        .arg(index + 1)
                                        .arg(control->code, rule.assetType)});
        for (int earlier = 0; earlier < index; ++earlier) {
            if (rules.at(earlier) == rule) {
                problems.append({field, translated(QT_TRANSLATE_NOOP("ControlService", "Rule %1 repeats rule %2 (%3). "
                                                                                       "Remove one of them."))
                                            .arg(index + 1)
                                            .arg(earlier + 1)
                                            .arg(control->code)});
                break;
            }
        }
    }
    return problems;
}

QString ControlService::ruleText(const BaselineRule &rule) const
{
    const std::optional<Control> control = m_store.controlById(rule.controlId);
    QStringList parts;
    if (rule.minConfidentiality)
        parts << QStringLiteral("confidentiality>=%1").arg(*rule.minConfidentiality);
    if (rule.minIntegrity)
        parts << QStringLiteral("integrity>=%1").arg(*rule.minIntegrity);
    if (rule.minAvailability)
        parts << QStringLiteral("availability>=%1").arg(*rule.minAvailability);
    if (rule.minImportance)
        parts << QStringLiteral("importance>=%1").arg(*rule.minImportance);
    if (!rule.personalInfo.isEmpty())
        parts << QStringLiteral("personal_info=%1").arg(rule.personalInfo);
    if (!rule.assetType.isEmpty())
        parts << QStringLiteral("asset_type=%1").arg(rule.assetType);
    const QString name =
        control ? control->catalogKey + QLatin1Char('/') + control->code : QString::number(rule.controlId);
    return name + QStringLiteral(": ") + (parts.isEmpty() ? QStringLiteral("all") : parts.join(QStringLiteral(", ")));
}

Result<int> ControlService::setBaseline(const QList<BaselineRule> &rules)
{
    const QList<Problem> problems = validate(rules);
    if (!problems.isEmpty())
        return Result<int>::invalid(problems);
    const QList<BaselineRule> current = m_store.baselineRules();
    QStringList before, after;
    for (const BaselineRule &rule : current)
        before << ruleText(rule);
    for (const BaselineRule &rule : rules)
        after << ruleText(rule);
    QStringList removed, added;
    for (const QString &text : std::as_const(before)) {
        if (!after.contains(text))
            removed << text;
    }
    for (const QString &text : std::as_const(after)) {
        if (!before.contains(text))
            added << text;
    }
    if (removed.isEmpty() && added.isEmpty() && before.size() == after.size())
        return Result<int>::success(int(rules.size()));
    QJsonObject changes;
    if (!added.isEmpty())
        changes.insert(QStringLiteral("added"), QJsonArray{QJsonValue(), jsonList(added)});
    if (!removed.isEmpty())
        changes.insert(QStringLiteral("removed"), QJsonArray{jsonList(removed), QJsonValue()});
    changes.insert(QStringLiteral("rules"), QJsonArray{int(before.size()), int(after.size())});
    QString error;
    if (!m_registry.database().beginTransaction(&error))
        return Result<int>::failure(error);
    QList<BaselineRule> stored = rules;
    if (!m_store.replaceBaseline(&stored, &error) || !auditEvent(QStringLiteral("update"), QStringLiteral("baseline"),
                                                                 QStringLiteral("baseline"), changes, &error)) {
        m_registry.database().rollback();
        return Result<int>::failure(error);
    }
    if (!m_registry.database().commit(&error))
        return Result<int>::failure(error);
    return Result<int>::success(int(rules.size()));
}

Result<QList<BaselineRule>> ControlService::defaultBaseline() const
{
    QString error;
    const std::optional<BuiltInCatalog> shipped = BuiltInCatalog::load(&error);
    if (!shipped)
        return Result<QList<BaselineRule>>::failure(error);
    const std::optional<ControlCatalog> builtin = m_store.catalogByKey(QStringLiteral("builtin"));
    if (!builtin)
        return Result<QList<BaselineRule>>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The registry has no built-in catalogue.")));
    QList<BaselineRule> rules;
    for (const BuiltInCatalog::Rule &shippedRule : shipped->baseline) {
        const std::optional<Control> control = m_store.controlByCode(builtin->id, shippedRule.controlCode);
        if (!control || control->retired)
            continue;
        BaselineRule rule = shippedRule.rule;
        rule.controlId = control->id;
        rules.append(rule);
    }
    return Result<QList<BaselineRule>>::success(rules);
}

Result<int> ControlService::resetBaseline()
{
    const Result<QList<BaselineRule>> rules = defaultBaseline();
    if (!rules.ok())
        return Result<int>::failure(rules.error);
    return setBaseline(*rules.value);
}

QStringList ControlService::requirementReasons(qint64 assetId, qint64 controlId) const
{
    QStringList reasons;
    const QList<QPair<qint64, qint64>> requiring = m_store.requiringRules(assetId);
    QSet<qint64> ruleIds;
    for (const QPair<qint64, qint64> &pair : requiring) {
        if (pair.first == controlId)
            ruleIds.insert(pair.second);
    }
    if (ruleIds.isEmpty())
        return reasons;
    const QList<BaselineRule> rules = m_store.baselineRules();
    for (const BaselineRule &rule : rules) {
        if (ruleIds.contains(rule.id))
            reasons << describeConditions(rule, m_registry.scheme());
    }
    return reasons;
}

QString ControlService::describeConditions(const BaselineRule &rule, const ClassificationScheme &scheme)
{
    QStringList parts;
    auto level = [&scheme](Objective objective, int ordinal) {
        return scheme.isLevel(objective, ordinal) ? scheme.levelLabel(objective, ordinal) : QString::number(ordinal);
    };
    if (rule.minConfidentiality)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Confidentiality ≥ %1"))
                     .arg(level(Objective::Confidentiality, *rule.minConfidentiality));
    if (rule.minIntegrity)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Integrity ≥ %1"))
                     .arg(level(Objective::Integrity, *rule.minIntegrity));
    if (rule.minAvailability)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Availability ≥ %1"))
                     .arg(level(Objective::Availability, *rule.minAvailability));
    if (rule.minImportance)
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Importance ≥ %1"))
                     .arg(scheme.importanceLabel(*rule.minImportance));
    if (rule.personalInfo == QLatin1String("personal"))
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Any personal information"));
    else if (!rule.personalInfo.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Personal information: %1"))
                     .arg(AssetCodes::personalInfoName(rule.personalInfo));
    if (!rule.assetType.isEmpty())
        parts << translated(QT_TRANSLATE_NOOP("ControlService", "Asset type: %1"))
                     .arg(AssetCodes::assetTypeName(rule.assetType));
    if (parts.isEmpty())
        return translated(QT_TRANSLATE_NOOP("ControlService", "Every asset"));
    return joinParts(parts);
}

Result<GapSummary> ControlService::gapSummary(const GapFilter &filter) const
{
    GapFilter effective = filter;
    if (!effective.today.isValid())
        effective.today = today();
    QString error;
    GapSummary summary = m_store.gapSummary(effective, &error);
    if (!error.isEmpty())
        return Result<GapSummary>::failure(error);
    return Result<GapSummary>::success(summary);
}

Result<QList<ControlGap>> ControlService::gaps(const GapFilter &filter, qint64 offset, qint64 limit) const
{
    GapFilter effective = filter;
    if (!effective.today.isValid())
        effective.today = today();
    QString error;
    QList<ControlGap> list = m_store.gaps(effective, offset, limit, &error);
    if (!error.isEmpty())
        return Result<QList<ControlGap>>::failure(error);
    return Result<QList<ControlGap>>::success(list);
}

Result<qint64> ControlService::forEachGap(const GapFilter &filter,
                                          const std::function<bool(const ControlGap &)> &visit) const
{
    GapFilter effective = filter;
    if (!effective.today.isValid())
        effective.today = today();
    QString error;
    const qint64 count = m_store.forEachGap(effective, visit, &error);
    if (count < 0)
        return Result<qint64>::failure(error);
    return Result<qint64>::success(count);
}

Result<QList<ApplicabilityEntry>> ControlService::applicability(qint64 catalogId) const
{
    QString error;
    QList<ApplicabilityEntry> entries = m_store.applicability(catalogId, &error);
    if (!error.isEmpty())
        return Result<QList<ApplicabilityEntry>>::failure(error);
    return Result<QList<ApplicabilityEntry>>::success(entries);
}
