// The shared state of one open registry.
#include "registrycontext.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace {

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

// The system clock, held like any other so that a registry's clock can always be shared.
std::shared_ptr<const Clock> systemClock()
{
    return std::shared_ptr<const Clock>(&Clock::system(), [](const Clock *) {});
}

} // namespace

RegistryContext::RegistryContext(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_clock(systemClock())
    , m_scheme(ClassificationScheme::fromCode(m_database->setting(QStringLiteral("scheme")))
                   .value_or(ClassificationScheme::preset(ClassificationScheme::Preset::Ipa)))
    , m_access(*m_database)
    , m_assets(*m_database)
    , m_audit(*m_database)
    , m_controls(*m_database)
    , m_disposals(*m_database)
    , m_risks(*m_database)
    , m_actor(m_database->isServer() ? m_database->serverUser() : osActor())
{
}

void RegistryContext::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : systemClock();
    m_database->setClock(m_clock.get());
}

bool RegistryContext::appendAudit(const QString &action, const QString &entity, const QString &entityId,
                                  const QJsonObject &changes, QString *error)
{
    AuditEvent event;
    event.action = action;
    event.entity = entity;
    event.entityId = entityId;
    event.changes = changes;
    return appendAudit(&event, error);
}

bool RegistryContext::appendAudit(AuditEvent *event, QString *error)
{
    if (event->actor.isEmpty())
        event->actor = m_actor;
    if (!event->occurredAt.isValid())
        event->occurredAt = m_clock->nowUtc();
    return m_audit.append(event, error);
}
