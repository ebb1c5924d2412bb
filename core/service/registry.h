// One open registry (DESIGN.md §1): the façade through which the GUI, the CLI and imports reach everything. It owns
// the connection, the one audit trail, the clock, the actor and the scheme, and the services that every change goes
// through; each service validates, writes in one unit of work and appends its audit event in that same transaction.
// Nothing outside core sees storage or SQL.
#pragma once

#include "backupservice.h"
#include "domain/classification.h"
#include "domain/clock.h"
#include "domain/registryoptions.h"
#include "domain/serverrefusal.h"

#include <QString>

#include <atomic>
#include <memory>

class AccessService;
class AssetService;
class AssignmentService;
class AuditLog;
class BaselineService;
class CatalogService;
class CustomControlService;
class DashboardService;
class DisposalService;
class GapReportService;
class RegistryContext;
class RiskService;
class SettingsService;
class ThreatService;

class Registry final
{
public:
    using CreateOptions = RegistryCreateOptions;

    // `path` may be a server address (postgresql://…) that carries a password: it is kept in memory for openAgain()
    // and never shown (path() and every message name the address without it). For a server address, *refusal (when
    // given) says why the server refused, e.g. PasswordNeeded when asking for a password may help.
    static std::unique_ptr<Registry> open(const QString &path, QString *error, ServerRefusal *refusal = nullptr);
    // Whether the server at `address` answers and lets its user in, without opening the registry: libpq's own
    // connection, given up when `cancel` becomes true or after libpq's connect timeout. Safe on any thread (a worker's
    // while the window waits); the translated message of a refusal in *error.
    static ServerRefusal checkServer(const QString &address, const std::atomic<bool> &cancel, QString *error);
    static std::unique_ptr<Registry> create(const QString &path, const CreateOptions &options, QString *error);
    // The registry in the user's data folder, created with the IPA scheme on first use.
    static QString defaultPath();
    static std::unique_ptr<Registry> openOrCreateDefault(QString *error);

    ~Registry();
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    QString path() const;
    // The same registry again on a connection of its own, e.g. for a worker thread: the same file, or the same
    // server with the password this registry was opened with. Callable from any thread while this one stays open.
    std::unique_ptr<Registry> openAgain(QString *error) const;
    int schemaVersion() const;
    // The newest schema this build knows, and the SQLite application id that marks a file as a registry.
    static int latestSchemaVersion();
    static qint32 applicationId();
    // A connection setting of the registry's own connection (journal_mode, foreign_keys, synchronous), for `info`
    // and tests; empty for anything that is not a plain pragma name.
    QString connectionSetting(const QString &pragma) const;
    const ClassificationScheme &scheme() const;
    // The backup folder and the number of automatic backups kept, from the registry's settings.
    BackupService::Settings backupSettings() const;

    // The actor recorded in audit events: OS user@host unless set (tests, imports on behalf of someone).
    QString actor() const;
    void setActor(const QString &actor);
    // The clock every date and time of this registry comes from; the system clock unless set (tests).
    const Clock &clock() const;
    void setClock(std::shared_ptr<const Clock> clock);

    AssetService &assets() { return *m_assets; }
    const AssetService &assets() const { return *m_assets; }
    SettingsService &settings() { return *m_settings; }
    const SettingsService &settings() const { return *m_settings; }
    const AuditLog &audit() const { return *m_audit; }
    CatalogService &catalogs() { return *m_catalogs; }
    const CatalogService &catalogs() const { return *m_catalogs; }
    CustomControlService &customControls() { return *m_customControls; }
    AssignmentService &assignments() { return *m_assignments; }
    const AssignmentService &assignments() const { return *m_assignments; }
    BaselineService &baseline() { return *m_baseline; }
    const BaselineService &baseline() const { return *m_baseline; }
    const GapReportService &gaps() const { return *m_gaps; }
    DisposalService &disposal() { return *m_disposal; }
    const DisposalService &disposal() const { return *m_disposal; }
    // Risk assessment (DESIGN.md §13): the threats and the risk register.
    ThreatService &threats() { return *m_threats; }
    const ThreatService &threats() const { return *m_threats; }
    RiskService &risks() { return *m_risks; }
    const RiskService &risks() const { return *m_risks; }
    // The roles and members of a shared registry (DESIGN.md §14).
    AccessService &access() { return *m_access; }
    const AccessService &access() const { return *m_access; }
    // The figures of the dashboard.
    const DashboardService &dashboard() const { return *m_dashboard; }

private:
    // Backups and the integrity check work on the file itself: its settings and its write gate.
    friend class IntegrityCheck;
    // Moving a file to a server copies its tables as stored.
    friend class RegistryMove;
    // The watch listens on the registry's own connection.
    friend class ChangeWatch;
    explicit Registry(std::unique_ptr<RegistryContext> context);

    std::unique_ptr<RegistryContext> m_context;
    std::unique_ptr<AssetService> m_assets;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CatalogService> m_catalogs;
    std::unique_ptr<CustomControlService> m_customControls;
    std::unique_ptr<AssignmentService> m_assignments;
    std::unique_ptr<BaselineService> m_baseline;
    std::unique_ptr<GapReportService> m_gaps;
    std::unique_ptr<DisposalService> m_disposal;
    std::unique_ptr<ThreatService> m_threats;
    std::unique_ptr<RiskService> m_risks;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<AccessService> m_access;
};
