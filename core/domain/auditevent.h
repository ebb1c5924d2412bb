// One event of the append-only audit trail (DESIGN.md §6): who did what to which record, the fields changed, and
// its place in the SHA-256 chain.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime occurredAt;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QJsonObject changes; // field -> [old, new]
    QString previousHash;
    QString hash;

    // The canonical serialisation that the chain hashes: hash = SHA-256(previous hash ‖ canonical(event)).
    static QByteArray canonical(const AuditEvent &event);
};
