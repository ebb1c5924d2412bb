// All SQL of the asset table: rows in and out, pages for the views, counts and suggestion lists.
#pragma once

#include "internal.h"

#include "domain/asset.h"
#include "domain/assetquery.h"
#include "searchindex.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Database;

class AssetStore final
{
public:
    explicit AssetStore(Database &database)
        : m_database(database)
    {
    }

    // Inserts a row and indexes it for search.
    bool insert(Asset *asset, QString *error);
    // Inserts `count` rows from `assets` on (a batch: import, generate), several rows a statement, sets their ids and
    // indexes them for search.
    bool insertMany(Asset *assets, qsizetype count, QString *error);
    // Writes the asset if its row version is still expectedVersion; *conflict is set when it is not.
    bool update(const Asset &asset, int expectedVersion, bool *conflict, QString *error);
    // Deletes the row of an asset registered by mistake if its row version is still asset.rowVersion (*conflict set
    // when it is not) and nothing refers to it: no control assignment, risk or disposal (*referenced set then).
    bool remove(const Asset &asset, bool *referenced, bool *conflict, QString *error);

    // Nothing when there is no such asset; a read error also sets *error.
    std::optional<Asset> byId(qint64 id, QString *error) const;
    std::optional<Asset> byAssetNo(const QString &assetNo, QString *error) const;

    QList<Asset> page(const AssetFilter &filter, const AssetSort &sort, int offset, int limit, QString *error) const;
    // Visits every asset of the filter in order with one statement (exports of a whole registry); visit returns
    // false to stop early. Returns false on a read error.
    bool forEach(const AssetFilter &filter, const AssetSort &sort, const std::function<bool(const Asset &)> &visit,
                 QString *error) const;
    qint64 count(const AssetFilter &filter, QString *error) const;
    // The same, counting no further than `limit` (> 0): the cost of a count that stops, for a search that matches
    // hundreds of thousands of rows while the user types.
    qint64 countUpTo(const AssetFilter &filter, qint64 limit, QString *error) const;
    // The rows that follow the asset afterId in the order of page(): keyset paging, a seek in the sort column's index
    // instead of stepping over every row before an OFFSET, so reading on from a page costs the same at any depth.
    // Empty when afterId is no longer in the registry.
    QList<Asset> pageAfter(const AssetFilter &filter, const AssetSort &sort, qint64 afterId, int limit,
                           QString *error) const;
    // Row of an asset in the order of page() (0-based), or -1 when the filter leaves it out.
    qint64 position(const AssetFilter &filter, const AssetSort &sort, qint64 id, QString *error) const;
    qint64 totalCount(QString *error) const;
    QStringList distinctValues(AssetField::Id field, QString *error) const;
    // The dashboard's counts of the assets that are not disposed, grouped by "importance" (the ordinal, key "0"–"3")
    // or "department"; empty with *error on a read error.
    QHash<QString, qint64> countBy(const QString &grouping, QString *error) const;
    // Assets not disposed whose next review falls on from … until (both included).
    qint64 reviewsDueBetween(const QDate &from, const QDate &until, QString *error) const;

private:
    QSqlDatabase db() const;
    // The registry clock's day, for the overdue filter.
    QDate today() const;
    void readFailed(const QSqlQuery &query, QString *error) const;
    bool writeSearchIndex(const Asset &asset, const Asset *previous, QString *error);
    Database &m_database;
    // Prepared once: bulk imports insert many rows, and preparing costs more than the insert itself.
    std::unique_ptr<QSqlQuery> m_insert;
    // The statement of a full chunk of insertMany(), prepared once for the same reason.
    std::unique_ptr<QSqlQuery> m_insertChunk;
    std::unique_ptr<SearchIndex> m_search;
};
