// Reads of the audit trail.
#include "auditlog.h"

#include "registrycontext.h"

AuditLog::AuditLog(RegistryContext &context)
    : m_context(context)
{
}

QList<AuditEvent> AuditLog::eventsFor(const QString &entity, const QString &entityId) const
{
    return m_context.auditStore().eventsFor(entity, entityId);
}

qint64 AuditLog::count() const
{
    return m_context.auditStore().count();
}
