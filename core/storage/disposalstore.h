// All SQL of secure disposal: disposal jobs and their items, evidence files (content kept as BLOBs), amendments, the
// one write to the asset table that disposal makes (status 'disposed'), and the due-for-disposal query. Only
// DisposalService calls the writing methods; every table here refuses UPDATE and DELETE (migration 3).
#pragma once

#include "internal.h"

#include "domain/disposal.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

class Database;

class DisposalStore final
{
public:
    explicit DisposalStore(Database &database)
        : m_database(database)
    {
    }

    // Inserts the job and its items; fills in the ids and the next record number ("D-000001").
    bool insertJob(DisposalJob *job, QString *error);
    bool insertEvidence(DisposalEvidence *evidence, const QByteArray &content, QString *error);
    bool insertAmendment(DisposalAmendment *amendment, QString *error);
    // Sets an asset to 'disposed' if it is not already; *changed is false when it was (another process got there
    // first). Only the disposal service may call this: it is how an asset becomes final.
    bool markAssetDisposed(qint64 assetId, bool *changed, QString *error);

    std::optional<DisposalJob> jobById(qint64 id, QString *error) const;
    std::optional<DisposalJob> jobByNo(const QString &jobNo, QString *error) const;
    // The job that disposed of an asset; 0 when there is none.
    qint64 jobIdForAsset(qint64 assetId, QString *error) const;
    // Newest first, without items; for lists of records.
    QList<DisposalJob> jobs(int offset, int limit, QString *error) const;
    qint64 jobCount(QString *error) const;

    QList<DisposalEvidence> evidenceFor(qint64 jobId, QString *error) const;
    std::optional<DisposalEvidence> evidenceById(qint64 id, QString *error) const;
    bool evidenceContent(qint64 evidenceId, QByteArray *content, QString *error) const;
    // Every evidence file's id, oldest first, for re-hashing one at a time.
    QList<qint64> evidenceIds(QString *error) const;

    QList<DisposalAmendment> amendmentsFor(qint64 jobId, QString *error) const;

    // Assets not yet disposed whose retention ended on or before `until`, and assets marked disposal pending. Most
    // urgent first (earliest retention date), then by asset number; a page of at most `limit` rows.
    QList<DueAsset> dueAssets(const QDate &until, const QDate &today, int offset, int limit, QString *error) const;
    qint64 dueCount(const QDate &until, QString *error) const;

private:
    // Sets *error (when given) to the message of a read that failed: a failed read is never "nothing there".
    void readFailed(const QSqlQuery &query, QString *error) const;
    QSqlDatabase db() const;
    QList<DisposalItem> itemsFor(qint64 jobId, QString *error) const;
    Database &m_database;
};
