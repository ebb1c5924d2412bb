// The change watch: the server's notices where there are any, a look at the audit trail's head otherwise.
#include "changewatch.h"

#include "auditlog.h"
#include "registry.h"
#include "registrycontext.h"

#include <QSqlDriver>

namespace {

const char kChannel[] = "registry_changed";
// Without notices another program's change shows within this; with them the look is only a safety net.
constexpr int kLookMs = 2000;
constexpr int kSafetyLookMs = 15000;

} // namespace

ChangeWatch::ChangeWatch(Registry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    QString error;
    m_seen = m_registry.audit().checkpoint(&error).value_or(AuditCheckpoint());
    Database &database = m_registry.m_context->database();
    if (database.isServer() && database.schemaVersion() >= 4) {
        QSqlDriver *driver = database.connection().driver();
        if (driver && driver->subscribeToNotification(QLatin1String(kChannel))) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) { onNotice(name); });
            m_pushed = true;
        }
    }
    m_timer.setInterval(m_pushed ? kSafetyLookMs : kLookMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatch::check);
    m_timer.start();
}

ChangeWatch::~ChangeWatch()
{
    if (!m_pushed)
        return;
    QSqlDriver *driver = m_registry.m_context->database().connection().driver();
    if (driver)
        driver->unsubscribeFromNotification(QLatin1String(kChannel));
}

void ChangeWatch::onNotice(const QString &channel)
{
    if (channel == QLatin1String(kChannel))
        look(true);
}

void ChangeWatch::check()
{
    look(false);
}

void ChangeWatch::look(bool noticed)
{
    // Not while this connection is inside a change of its own: what it reads then is not yet anyone's.
    if (m_registry.m_context->database().inTransaction())
        return;
    QString error;
    const AuditCheckpoint head = m_registry.audit().checkpoint(&error).value_or(AuditCheckpoint());
    if (!error.isEmpty()) {
        // A viewer may not read the audit trail: for it the server's notice alone says that something changed.
        if (noticed)
            emit changed();
        return;
    }
    if (head.seq == m_seen.seq && head.hash == m_seen.hash)
        return;
    m_seen = head;
    emit changed();
}
