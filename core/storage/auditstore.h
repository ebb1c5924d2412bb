// The append-only audit trail (DESIGN.md §6): each event is chained to the previous one by a SHA-256 hash.
#pragma once

#include "domain/auditevent.h"
#include "internal.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Database;

// One event as stored, every column as the UTF-8 bytes in the file: what the chain verification hashes.
struct AuditChainRow
{
    qint64 seq = 0;
    QByteArray occurredAt;
    QByteArray actor;
    QByteArray action;
    QByteArray entity;
    QByteArray entityId;
    QByteArray changes;
    QByteArray previousHash;
    QByteArray hash;
};

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

    // The last event's sequence number and hash; an invalid checkpoint for an empty trail.
    std::optional<AuditCheckpoint> head(QString *error) const;
    // Every event in sequence order, in one statement, until visit returns false. False on a failed read.
    bool forEachInChain(const std::function<bool(const AuditChainRow &row)> &visit, QString *error) const;
    // The sequence number of the event stored with this hash, if any (a full scan: for diagnosing a broken chain).
    std::optional<qint64> seqWithHash(const QByteArray &hash) const;

    // Events the filter selects: how many, a page of them newest first (from offset, or after the event beforeSeq
    // when it is > 0, which needs no OFFSET), and all of them oldest first for reports and exports.
    qint64 count(const AuditFilter &filter, QString *error) const;
    QList<AuditEvent> page(const AuditFilter &filter, qint64 offset, int limit, qint64 beforeSeq, QString *error) const;
    bool forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &event)> &visit,
                 QString *error) const;

    // The values of assets created in a batch (migration 10): one row per asset, under the batch's event (assetIds and
    // values in the same order), several rows a statement.
    bool appendCreations(const QList<qint64> &assetIds, qint64 eventSeq, const QList<QByteArray> &values,
                         QString *error);
    // The batch event that created an asset and the asset's values then; nullopt when the asset was created on its
    // own (its creation is an event of its own) or on a failed read (*error set).
    struct Creation
    {
        AuditEvent event;
        QByteArray values;
    };
    std::optional<Creation> creationOf(const QString &assetNo, QString *error) const;
    // Every creation row in asset order, as stored, until visit returns false. False on a failed read.
    bool forEachCreation(const std::function<bool(qint64 assetId, qint64 eventSeq, const QByteArray &values)> &visit,
                         QString *error) const;

    // The value lists of risk entries created in a batch (migration 12): one row per entry, under the batch's event.
    bool appendRiskCreations(qint64 eventSeq, const QList<qint64> &riskIds, const QList<QByteArray> &values,
                             QString *error);
    // The batch event that created an entry and the entry's values then; nullopt when the entry was created on its
    // own or on a failed read (*error set).
    std::optional<Creation> riskCreationOf(const QString &riskNo, QString *error) const;
    // Every creation row of risk entries in id order (the order of each batch), until visit returns false. False on
    // a failed read.
    bool forEachRiskCreation(const std::function<bool(qint64 riskId, qint64 eventSeq, const QByteArray &values)> &visit,
                             QString *error) const;

    static QByteArray canonical(const AuditEvent &event);
    // The same serialisation built straight from the stored bytes (appended to *out), without parsing the changes:
    // they are stored in the compact form they have inside the canonical text. Equal to canonical() of the parsed
    // event for everything the registry writes; verification falls back to canonical() where they differ.
    static void canonical(const AuditChainRow &row, QByteArray *out);
    // hash = SHA-256(previous hash ‖ canonical serialisation), in lower-case hex (DESIGN.md §6).
    static QString chainHash(const QString &previousHash, const QByteArray &canonical);

private:
    bool appendOnServer(AuditEvent *event, QString *error);

    Database &m_database;
    // The chain head read in the current write transaction, so that bulk writes do not read it back every time.
    quint64 m_headTransaction = 0;
    qint64 m_headSeq = 0;
    QString m_headHash;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertCreations; // a full chunk of appendCreations()
};
