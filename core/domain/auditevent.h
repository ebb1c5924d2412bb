// An event of the audit trail (DESIGN.md §6), a checkpoint of the chain kept outside the registry, and what part of
// the trail a view or command wants to see.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

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

// The head of the chain at some moment: the sequence number and hash of the last event. Printed on audit reports and
// backups so that it lives outside the file; "1234:0123456789abcdef" (16 hex digits) is short enough to read aloud and
// still takes 2^64 tries to forge.
struct AuditCheckpoint
{
    static constexpr int kShortHashLength = 16;

    qint64 seq = 0;
    QString hash; // full (64) or shortened (at least 16) lower-case hex

    bool isValid() const { return seq > 0 && hash.size() >= kShortHashLength; }
    // "SEQ:first-16-hex" as printed and read aloud.
    QString toString() const;
    // "SEQ:full-hash".
    QString toFullString() const;
    // Whether a full hash of event seq matches this checkpoint (its hash is a prefix of it).
    bool matches(qint64 eventSeq, const QString &fullHash) const;
    // Reads "SEQ:HASH" (hash of 16 to 64 hex digits, either case; spaces around are ignored). On failure *error says
    // what is wrong.
    static std::optional<AuditCheckpoint> parse(const QString &text, QString *error);
};

// Which events: all when empty. Dates are local calendar days, inclusive.
struct AuditFilter
{
    QDate since;
    QDate until;
    QString actor;   // part of the actor, any case
    QString action;  // code, exact
    QString entity;  // code, exact
    QString assetNo; // the asset's own events and those of its control assignments

    bool isEmpty() const
    {
        return !since.isValid() && !until.isValid() && actor.isEmpty() && action.isEmpty() && entity.isEmpty() &&
               assetNo.isEmpty();
    }
};
