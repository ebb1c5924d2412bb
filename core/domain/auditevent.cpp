// The canonical form of an audit event.
#include "auditevent.h"

#include <QJsonDocument>

QByteArray AuditEvent::canonical(const AuditEvent &event)
{
    // QJsonObject keeps its keys sorted, so the compact form is the same for the same event.
    QJsonObject object;
    object.insert(QStringLiteral("seq"), event.seq);
    object.insert(QStringLiteral("occurred_at"), event.occurredAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("actor"), event.actor);
    object.insert(QStringLiteral("action"), event.action);
    object.insert(QStringLiteral("entity"), event.entity);
    object.insert(QStringLiteral("entity_id"), event.entityId);
    object.insert(QStringLiteral("changes"), event.changes);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
