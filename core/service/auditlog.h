// Reading the audit trail of a registry (DESIGN.md §6): the history of one record and the size of the trail. Events
// are written only by the services, inside the unit of work of their change.
#pragma once

#include "domain/auditevent.h"

#include <QList>
#include <QString>

class RegistryContext;

class AuditLog final
{
public:
    explicit AuditLog(RegistryContext &context);

    QList<AuditEvent> eventsFor(const QString &entity, const QString &entityId) const;
    qint64 count() const;

private:
    RegistryContext &m_context;
};
