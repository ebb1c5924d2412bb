// SQL of the audit trail. The table itself refuses UPDATE and DELETE (migration 1).
#include "auditstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

bool AuditStore::append(AuditEvent *event, QString *error)
{
    // Within one write transaction (BEGIN IMMEDIATE holds the write lock) nobody else can append, so the head read
    // at the first append stays valid until the transaction ends.
    if (m_headTransaction != m_database.transactionId()) {
        QSqlQuery head(m_database.connection());
        head.setForwardOnly(true);
        if (!Statement::exec(head, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
            *error = m_database.sqlError(
                QCoreApplication::translate("AuditStore", "Could not read the audit trail of the registry %1: %2"),
                Statement::errorText(head));
            return false;
        }
        if (head.next()) {
            m_headSeq = head.value(0).toLongLong();
            m_headHash = head.value(1).toString();
        } else {
            m_headSeq = 0;
            m_headHash = QString(64, QLatin1Char('0'));
        }
        m_headTransaction = m_database.transactionId();
    }
    event->seq = m_headSeq + 1;
    event->previousHash = m_headHash;
    if (!event->occurredAt.isValid())
        event->occurredAt = m_database.clock().nowUtc();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(event->previousHash.toLatin1());
    hash.addData(AuditEvent::canonical(*event));
    event->hash = QString::fromLatin1(hash.result().toHex());

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        m_insert->prepare(QStringLiteral("INSERT INTO audit_event (seq, occurred_at, actor, action, entity, "
                                         "entity_id, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &query = *m_insert;
    query.addBindValue(event->seq);
    query.addBindValue(event->occurredAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(event->actor);
    query.addBindValue(event->action);
    query.addBindValue(event->entity);
    query.addBindValue(event->entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(event->changes).toJson(QJsonDocument::Compact)));
    query.addBindValue(event->previousHash);
    query.addBindValue(event->hash);
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            QCoreApplication::translate("AuditStore", "Could not write the audit trail of the registry %1: %2"),
            Statement::errorText(query));
        // The transaction will be rolled back: read the head again next time.
        m_headTransaction = 0;
        return false;
    }
    m_headSeq = event->seq;
    m_headHash = event->hash;
    return true;
}

QList<AuditEvent> AuditStore::eventsFor(const QString &entity, const QString &entityId) const
{
    QList<AuditEvent> events;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, occurred_at, actor, action, entity, entity_id, changes, prev_hash, hash "
                                 "FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY seq"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    if (!Statement::exec(query))
        return events;
    while (query.next()) {
        AuditEvent event;
        event.seq = query.value(0).toLongLong();
        event.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        event.actor = query.value(2).toString();
        event.action = query.value(3).toString();
        event.entity = query.value(4).toString();
        event.entityId = query.value(5).toString();
        event.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        event.previousHash = query.value(7).toString();
        event.hash = query.value(8).toString();
        events.append(event);
    }
    return events;
}

qint64 AuditStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (Statement::exec(query, QStringLiteral("SELECT count(*) FROM audit_event")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}
