// The append-only audit trail (DESIGN.md §6): each event is chained to the previous one by a SHA-256 hash.
#pragma once

#include "domain/auditevent.h"
#include "internal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>

class Database;

class AuditStore final
{
public:
    explicit AuditStore(Database &database)
        : m_database(database)
    {
    }

    // Appends inside the caller's transaction; fills in seq, time, hashes.
    bool append(AuditEvent *event, QString *error);
    QList<AuditEvent> eventsFor(const QString &entity, const QString &entityId) const;
    qint64 count() const;

private:
    Database &m_database;
    // The chain head read in the current write transaction, so that bulk writes do not read it back every time.
    quint64 m_headTransaction = 0;
    qint64 m_headSeq = 0;
    QString m_headHash;
    std::unique_ptr<QSqlQuery> m_insert;
};
