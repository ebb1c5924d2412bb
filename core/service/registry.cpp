// Validation and the single write path for assets.
#include "registry.h"

#include "assetvalues.h"
#include "controlservice.h"
#include "domain/assetcodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Registry", text);
}

QString osActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) {
        // Services and CI runners often start without USER; the account database still knows who we are.
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Changed fields as {key: [old, new]}; with no previous asset every non-empty field is new.
QJsonObject changes(const Asset *before, const Asset &after, const ClassificationScheme &scheme)
{
    QJsonObject result;
    for (const AssetField &field : AssetField::all()) {
        if (field.id == AssetField::Importance || field.id == AssetField::Label)
            continue;
        const QString newValue = AssetValues::raw(after, field.id, scheme);
        const QString oldValue = before ? AssetValues::raw(*before, field.id, scheme) : QString();
        if (newValue != oldValue)
            result.insert(field.keyString(), QJsonArray{jsonValue(oldValue), jsonValue(newValue)});
    }
    return result;
}

} // namespace

Registry::Registry(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_scheme(ClassificationScheme::fromCode(m_database->setting(QStringLiteral("scheme")))
                   .value_or(ClassificationScheme::preset(ClassificationScheme::Preset::Ipa)))
    , m_assets(*m_database)
    , m_audit(*m_database)
    , m_actor(osActor())
{
}

std::unique_ptr<Registry> Registry::open(const QString &path, QString *error)
{
    std::unique_ptr<Database> database = Database::open(path, error);
    if (!database)
        return nullptr;
    if (!ClassificationScheme::fromCode(database->setting(QStringLiteral("scheme")))) {
        *error =
            translated(QT_TRANSLATE_NOOP("Registry", "The registry %1 names an unknown classification scheme '%2'."))
                .arg(QDir::toNativeSeparators(path), database->setting(QStringLiteral("scheme")));
        return nullptr;
    }
    std::unique_ptr<Registry> registry(new Registry(std::move(database)));
    // A release with a newer built-in control catalogue updates it here, keeping the registry's assignments.
    if (!ControlService::prepareRegistry(*registry, false, error))
        return nullptr;
    return registry;
}

std::unique_ptr<Registry> Registry::create(const QString &path, const CreateOptions &options, QString *error)
{
    std::unique_ptr<Database> database = Database::create(path, options, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Registry> registry(new Registry(std::move(database)));
    // A new registry starts with the built-in control catalogue and the default baseline.
    if (!ControlService::prepareRegistry(*registry, true, error)) {
        registry.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return nullptr;
    }
    return registry;
}

QString Registry::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/registry.sqlite");
}

std::unique_ptr<Registry> Registry::openOrCreateDefault(QString *error)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, error);
    return create(path, CreateOptions(), error);
}

QString Registry::organisation() const
{
    return m_database->setting(QStringLiteral("organisation"));
}

QString Registry::assetNoPrefix() const
{
    return m_database->setting(QStringLiteral("asset_no_prefix"), QStringLiteral("IA-"));
}

QString Registry::handlingLabel(int confidentialityOrdinal) const
{
    const int level = std::max(1, confidentialityOrdinal);
    const QString own = m_database->setting(handlingLabelKey(level));
    return own.isEmpty() ? ClassificationScheme::defaultHandlingLabel(level) : own;
}

QString Registry::handlingLabelKey(int level)
{
    return QStringLiteral("handling_label.%1").arg(level);
}

bool Registry::setSetting(const QString &key, const QString &value, QString *error)
{
    return setSettings({{key, value}}, error);
}

bool Registry::setSettings(const QList<QPair<QString, QString>> &values, QString *error)
{
    // The scheme, the asset number prefix and its counter are fixed when the registry is created: changing them
    // would reinterpret stored levels or hand out numbers twice.
    static const QRegularExpression editable(
        QStringLiteral("^(organisation|handling_label\\.[1-3]|disposal\\.minimum_method\\.[0-3])$"));
    for (const auto &[key, value] : values) {
        if (!editable.match(key).hasMatch()) {
            *error = translated(QT_TRANSLATE_NOOP("Registry", "The registry setting '%1' cannot be changed. Only the "
                                                              "organisation, the handling labels and the minimum "
                                                              "disposal methods are editable."))
                         .arg(key);
            return false;
        }
    }
    if (!m_database->beginTransaction(error))
        return false;
    for (const auto &[key, value] : values) {
        const QString before = m_database->setting(key);
        if (before == value)
            continue;
        AuditEvent event;
        event.actor = m_actor;
        event.action = QStringLiteral("update");
        event.entity = QStringLiteral("setting");
        event.entityId = key;
        event.changes.insert(key, QJsonArray{jsonValue(before), jsonValue(value)});
        if (!m_database->setSetting(key, value, error) || !m_audit.append(&event, error)) {
            m_database->rollback();
            return false;
        }
    }
    return m_database->commit(error);
}

Asset Registry::newAsset() const
{
    Asset asset;
    asset.confidentiality = m_scheme.lowest(Objective::Confidentiality);
    asset.integrity = m_scheme.lowest(Objective::Integrity);
    asset.availability = m_scheme.lowest(Objective::Availability);
    asset.registeredOn = QDate::currentDate();
    return asset;
}

QDate Registry::defaultNextReview(int importance, const QDate &from)
{
    const QDate start = from.isValid() ? from : QDate::currentDate();
    switch (importance) {
    case 3:
        return start.addMonths(6);
    case 2:
        return start.addYears(1);
    default:
        return start.addYears(2);
    }
}

QList<Problem> Registry::validate(const Asset &asset) const
{
    QList<Problem> problems;
    auto add = [&problems](AssetField::Id field, const QString &message) {
        problems.append({AssetField::byId(field).keyString(), message});
    };
    const QString name = asset.name.trimmed();
    if (name.isEmpty())
        add(AssetField::Name,
            translated(QT_TRANSLATE_NOOP("Registry", "Asset name is required. Enter the name of the asset.")));
    else if (name.size() > 200)
        add(AssetField::Name,
            translated(QT_TRANSLATE_NOOP("Registry", "Asset name is %1 characters long. Shorten it to 200 "
                                                     "characters or fewer."))
                .arg(name.size()));
    if (asset.department.trimmed().isEmpty())
        add(AssetField::Department,
            translated(QT_TRANSLATE_NOOP("Registry", "Managing department is required. Enter the "
                                                     "department that manages the asset.")));
    if (asset.owner.trimmed().isEmpty())
        add(AssetField::Owner,
            translated(QT_TRANSLATE_NOOP("Registry", "Owner is required. Enter the person responsible "
                                                     "for the asset.")));
    if (!AssetCodes::assetTypes().contains(asset.assetType))
        add(AssetField::AssetType,
            translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not an asset type. Choose one of: %2."))
                .arg(asset.assetType, AssetCodes::assetTypes().join(QStringLiteral(", "))));
    if (!AssetCodes::personalInfoKinds().contains(asset.personalInfo))
        add(AssetField::PersonalInfo,
            translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not a kind of personal information. Choose one of: %2."))
                .arg(asset.personalInfo, AssetCodes::personalInfoKinds().join(QStringLiteral(", "))));
    if (asset.subjectCount) {
        if (*asset.subjectCount < 0)
            add(AssetField::SubjectCount,
                translated(QT_TRANSLATE_NOOP("Registry", "Data subjects cannot be negative (%1). "
                                                         "Enter 0 or more, or leave it empty."))
                    .arg(*asset.subjectCount));
        else if (*asset.subjectCount > 0 && asset.personalInfo == QLatin1String("none"))
            add(AssetField::SubjectCount,
                translated(QT_TRANSLATE_NOOP("Registry",
                                             "Data subjects is %1 but personal information is 'None'. Choose the "
                                             "kind of personal information or clear the number."))
                    .arg(*asset.subjectCount));
    }

    struct Level
    {
        Objective objective;
        int ordinal;
        const QString *rationale;
        AssetField::Id field;
        AssetField::Id rationaleField;
    };
    const Level levels[] = {
        {Objective::Confidentiality, asset.confidentiality, &asset.confidentialityRationale,
         AssetField::Confidentiality, AssetField::ConfidentialityRationale},
        {Objective::Integrity, asset.integrity, &asset.integrityRationale, AssetField::Integrity,
         AssetField::IntegrityRationale},
        {Objective::Availability, asset.availability, &asset.availabilityRationale, AssetField::Availability,
         AssetField::AvailabilityRationale},
    };
    for (const Level &level : levels) {
        if (!m_scheme.isLevel(level.objective, level.ordinal)) {
            const QString objective = ClassificationScheme::objectiveName(level.objective);
            add(level.field,
                translated(QT_TRANSLATE_NOOP("Registry", "%1: level %2 does not exist in the %3 scheme. Choose "
                                                         "one of %4."))
                    .arg(objective)
                    .arg(level.ordinal)
                    .arg(m_scheme.name(), m_scheme.levelRange(level.objective)));
        } else if (level.ordinal == m_scheme.highest(level.objective) && level.rationale->trimmed().isEmpty()) {
            const QString objective = ClassificationScheme::objectiveName(level.objective);
            add(level.rationaleField,
                translated(QT_TRANSLATE_NOOP("Registry",
                                             "%1 is at its highest level (%2). Enter the rationale for this "
                                             "level."))
                    .arg(objective, m_scheme.levelLabel(level.objective, level.ordinal)));
        }
    }

    if (!AssetCodes::statuses().contains(asset.status))
        add(AssetField::Status, translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not a status. Choose one of: %2."))
                                    .arg(asset.status, AssetCodes::statuses().join(QStringLiteral(", "))));
    else if (asset.status == QLatin1String("disposed"))
        add(AssetField::Status,
            translated(QT_TRANSLATE_NOOP("Registry", "The status 'Disposed' is set only by recording a "
                                                     "disposal. Choose another status, or record the "
                                                     "disposal of the asset.")));
    if (asset.retentionPermanent && asset.retentionUntil.isValid())
        add(AssetField::RetentionUntil,
            translated(QT_TRANSLATE_NOOP("Registry", "Retention is both permanent and until %1. "
                                                     "Keep only one of them."))
                .arg(asset.retentionUntil.toString(Qt::ISODate)));
    return problems;
}

qint64 Registry::reserveAssetNumbers(int count, QString *error)
{
    bool ok = false;
    const qint64 sequence = m_database->setting(QStringLiteral("next_asset_seq"), QStringLiteral("1")).toLongLong(&ok);
    if (!ok || sequence < 1) {
        *error = translated(QT_TRANSLATE_NOOP("Registry", "The asset number counter of the registry is damaged."));
        return 0;
    }
    // The counter only grows, so a number is never given twice, even after a disposal.
    if (!m_database->setSetting(QStringLiteral("next_asset_seq"), QString::number(sequence + count), error))
        return 0;
    return sequence;
}

QString Registry::assetNumber(const QString &prefix, qint64 sequence)
{
    return prefix + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));
}

bool Registry::insertAsset(Asset *asset, const QString &assetNo, QString *error)
{
    asset->assetNo = assetNo;
    if (!asset->registeredOn.isValid())
        asset->registeredOn = QDate::currentDate();
    if (!asset->nextReview.isValid())
        asset->nextReview = defaultNextReview(asset->importance(), asset->registeredOn);
    asset->name = asset->name.trimmed();
    asset->department = asset->department.trimmed();
    asset->owner = asset->owner.trimmed();
    if (!m_assets.insert(asset, error))
        return false;
    AuditEvent event;
    event.actor = m_actor;
    event.action = QStringLiteral("create");
    event.entity = QStringLiteral("asset");
    event.entityId = asset->assetNo;
    event.changes = changes(nullptr, *asset, m_scheme);
    return m_audit.append(&event, error);
}

Result<Asset> Registry::createAsset(const Asset &draft)
{
    const QList<Problem> problems = validate(draft);
    if (!problems.isEmpty())
        return Result<Asset>::invalid(problems);
    QString error;
    if (!m_database->beginTransaction(&error))
        return Result<Asset>::failure(error);
    Asset asset = draft;
    const qint64 sequence = reserveAssetNumbers(1, &error);
    if (sequence == 0 || !insertAsset(&asset, assetNumber(assetNoPrefix(), sequence), &error) ||
        !m_assets.indexForSearch(asset.id, &error)) {
        m_database->rollback();
        return Result<Asset>::failure(error);
    }
    if (!m_database->commit(&error))
        return Result<Asset>::failure(error);
    return Result<Asset>::success(asset);
}

Result<int> Registry::createAssets(const QList<Asset> &drafts, const std::function<void(int)> &progress)
{
    QList<Problem> problems;
    for (int index = 0; index < drafts.size(); ++index) {
        const QList<Problem> found = validate(drafts.at(index));
        for (const Problem &problem : found)
            problems.append({problem.field,
                             translated(QT_TRANSLATE_NOOP("Registry", "#%1: %2")).arg(index + 1).arg(problem.message)});
    }
    if (!problems.isEmpty())
        return Result<int>::invalid(problems);
    QString error;
    if (!m_database->beginTransaction(&error))
        return Result<int>::failure(error);
    const qint64 first = reserveAssetNumbers(int(drafts.size()), &error);
    if (first == 0) {
        m_database->rollback();
        return Result<int>::failure(error);
    }
    const QString prefix = assetNoPrefix();
    qint64 firstId = 0;
    for (int index = 0; index < drafts.size(); ++index) {
        Asset asset = drafts.at(index);
        if (!insertAsset(&asset, assetNumber(prefix, first + index), &error)) {
            m_database->rollback();
            return Result<int>::failure(error);
        }
        if (index == 0)
            firstId = asset.id;
        if (progress && (index + 1) % 1000 == 0)
            progress(index + 1);
    }
    if (firstId > 0 && !m_assets.indexForSearch(firstId, &error)) {
        m_database->rollback();
        return Result<int>::failure(error);
    }
    if (!m_database->commit(&error))
        return Result<int>::failure(error);
    if (progress)
        progress(int(drafts.size()));
    return Result<int>::success(int(drafts.size()));
}

Result<Asset> Registry::updateAsset(const Asset &edited)
{
    const std::optional<Asset> stored = m_assets.byId(edited.id);
    if (!stored)
        return Result<Asset>::failure(
            translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 no longer exists in this registry."))
                .arg(edited.assetNo));
    if (stored->status == QLatin1String("disposed"))
        return Result<Asset>::failure(
            translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 has been disposed and can no longer "
                                                     "be edited. Corrections are recorded as "
                                                     "amendments to its disposal record."))
                .arg(stored->assetNo));
    Result<Asset> conflict = Result<Asset>::failure(
        translated(QT_TRANSLATE_NOOP("Registry",
                                     "Asset %1 was changed by someone else after you opened it. Your changes were "
                                     "not saved. Reopen the asset to see the current version and make your "
                                     "changes again."))
            .arg(stored->assetNo));
    conflict.conflict = true;
    if (stored->rowVersion != edited.rowVersion)
        return conflict;
    const QList<Problem> problems = validate(edited);
    if (!problems.isEmpty())
        return Result<Asset>::invalid(problems);

    Asset asset = edited;
    asset.assetNo = stored->assetNo;
    asset.registeredOn = stored->registeredOn;
    asset.name = asset.name.trimmed();
    asset.department = asset.department.trimmed();
    asset.owner = asset.owner.trimmed();
    if (!asset.nextReview.isValid())
        asset.nextReview = defaultNextReview(asset.importance(), QDate::currentDate());
    const QJsonObject changed = changes(&*stored, asset, m_scheme);
    if (changed.isEmpty())
        return Result<Asset>::success(*stored);

    QString error;
    if (!m_database->beginTransaction(&error))
        return Result<Asset>::failure(error);
    bool isConflict = false;
    if (!m_assets.update(asset, edited.rowVersion, &isConflict, &error)) {
        m_database->rollback();
        return Result<Asset>::failure(error);
    }
    if (isConflict) {
        m_database->rollback();
        return conflict;
    }
    AuditEvent event;
    event.actor = m_actor;
    event.action = QStringLiteral("update");
    event.entity = QStringLiteral("asset");
    event.entityId = asset.assetNo;
    event.changes = changed;
    if (!m_audit.append(&event, &error)) {
        m_database->rollback();
        return Result<Asset>::failure(error);
    }
    if (!m_database->commit(&error))
        return Result<Asset>::failure(error);
    asset.rowVersion = edited.rowVersion + 1;
    return Result<Asset>::success(asset);
}
