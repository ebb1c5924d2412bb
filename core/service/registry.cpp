// Opening and creating registries, and the services each one owns.
#include "registry.h"

#include "accessservice.h"
#include "assetservice.h"
#include "assignmentservice.h"
#include "auditlog.h"
#include "backupservice.h"
#include "baselineservice.h"
#include "catalogservice.h"
#include "customcontrolservice.h"
#include "dashboardservice.h"
#include "disposalservice.h"
#include "gapreportservice.h"
#include "registrycontext.h"
#include "riskservice.h"
#include "settingsservice.h"
#include "threatservice.h"

#include "domain/serveraddress.h"
#include "storage/database.h"
#include "storage/serverprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Registry", text);
}

} // namespace

Registry::Registry(std::unique_ptr<RegistryContext> context)
    : m_context(std::move(context))
    , m_assets(std::make_unique<AssetService>(*m_context))
    , m_settings(std::make_unique<SettingsService>(*m_context))
    , m_audit(std::make_unique<AuditLog>(*m_context, *m_settings))
    , m_catalogs(std::make_unique<CatalogService>(*m_context))
    , m_customControls(std::make_unique<CustomControlService>(*m_context))
    , m_assignments(std::make_unique<AssignmentService>(*m_context))
    , m_baseline(std::make_unique<BaselineService>(*m_context))
    , m_gaps(std::make_unique<GapReportService>(*m_context))
    , m_disposal(std::make_unique<DisposalService>(*m_context))
    , m_threats(std::make_unique<ThreatService>(*m_context))
    , m_risks(std::make_unique<RiskService>(*m_context, *m_assignments))
    , m_dashboard(std::make_unique<DashboardService>(*m_context, *m_gaps, *m_disposal))
    , m_access(std::make_unique<AccessService>(*m_context))
{
}

Registry::~Registry() = default;

std::unique_ptr<Registry> Registry::open(const QString &path, QString *error, ServerRefusal *refusal)
{
    // An upgrade of the schema changes the file for good: the file as it was is kept as a backup first.
    const auto backupFirst = [&path](const Database &database, int fromVersion, int toVersion, QString *problem) {
        BackupService::Settings settings;
        settings.folder = database.setting(BackupService::folderKey());
        const Result<BackupInfo> made =
            BackupService::backupBeforeUpgrade(path, settings, Clock::system().nowUtc().toLocalTime());
        if (made.ok())
            return true;
        *problem = translated(QT_TRANSLATE_NOOP("Registry", "This version upgrades the registry %1 from schema %2 to "
                                                            "%3, and writes a backup of it first. The backup could "
                                                            "not be written: %4 The registry was not changed; make "
                                                            "room or make the backup folder writable (registry "
                                                            "settings), and open it again."))
                       .arg(QDir::toNativeSeparators(path))
                       .arg(fromVersion)
                       .arg(toVersion)
                       .arg(made.error);
        return false;
    };
    std::unique_ptr<Database> database = Database::open(path, error, backupFirst, refusal);
    if (!database)
        return nullptr;
    if (!ClassificationScheme::fromCode(database->setting(QStringLiteral("scheme")))) {
        *error =
            translated(QT_TRANSLATE_NOOP("Registry", "The registry %1 names an unknown classification scheme '%2'."))
                .arg(QDir::toNativeSeparators(database->path()), database->setting(QStringLiteral("scheme")));
        return nullptr;
    }
    std::unique_ptr<Registry> registry(new Registry(std::make_unique<RegistryContext>(std::move(database))));
    // A release with a newer built-in control catalogue updates it here, keeping the registry's assignments.
    if (!registry->catalogs().prepareRegistry(false, error) || !registry->threats().prepareRegistry(false, error))
        return nullptr;
    return registry;
}

std::unique_ptr<Registry> Registry::create(const QString &path, const CreateOptions &options, QString *error)
{
    std::unique_ptr<Database> database = Database::create(path, options, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Registry> registry(new Registry(std::make_unique<RegistryContext>(std::move(database))));
    // A new registry starts with the built-in control catalogue and the default baseline.
    if (!registry->catalogs().prepareRegistry(true, error) || !registry->threats().prepareRegistry(true, error)) {
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

QString Registry::path() const
{
    return m_context->database().path();
}

ServerRefusal Registry::checkServer(const QString &address, const std::atomic<bool> &cancel, QString *error)
{
    ServerAddress server;
    if (!ServerAddress::parse(address, &server, error))
        return ServerRefusal::Other;
    QString detail;
    const ServerRefusal refusal = ServerProbe::check(server, &cancel, &detail);
    if (refusal == ServerRefusal::None || refusal == ServerRefusal::Cancelled)
        error->clear();
    else
        *error = ServerProbe::explained(refusal, server.displayUrl(), detail);
    return refusal;
}

std::unique_ptr<Registry> Registry::openAgain(QString *error) const
{
    return open(m_context->database().connectionAddress(), error);
}

int Registry::latestSchemaVersion()
{
    return Database::latestSchemaVersion();
}

qint32 Registry::applicationId()
{
    return Database::applicationId();
}

QString Registry::connectionSetting(const QString &pragma) const
{
    return m_context->database().pragma(pragma);
}

int Registry::schemaVersion() const
{
    return m_context->database().schemaVersion();
}

const ClassificationScheme &Registry::scheme() const
{
    return m_context->scheme();
}

BackupService::Settings Registry::backupSettings() const
{
    BackupService::Settings settings;
    settings.folder = m_context->setting(BackupService::folderKey());
    bool ok = false;
    const int keep = m_context->setting(BackupService::keepKey()).toInt(&ok);
    if (ok)
        settings.keep = std::clamp(keep, 0, BackupService::kMaxKeep);
    return settings;
}

QString Registry::actor() const
{
    return m_context->actor();
}

void Registry::setActor(const QString &actor)
{
    m_context->setActor(actor);
}

const Clock &Registry::clock() const
{
    return m_context->clock();
}

void Registry::setClock(std::shared_ptr<const Clock> clock)
{
    m_context->setClock(std::move(clock));
}
