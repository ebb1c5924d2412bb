// SQL of the asset table for the views: pages of a filter in a sort order (by OFFSET and by keyset), a row's
// position, and a visit of every row for exports. Filters and sorting run in SQL so that views never load every row.
#include "assetstore.h"

#include "assetrows.h"
#include "assetwhere.h"
#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace AssetRows;
using namespace AssetWhere;

QList<Asset> AssetStore::page(const AssetFilter &filter, const AssetSort &sort, int offset, int limit,
                              QString *error) const
{
    QVariantList values;
    const QString direction = sortDirection(sort.order == Qt::AscendingOrder, m_database.isServer());
    QSqlQuery query(db());
    query.setForwardOnly(true);
    const std::optional<SearchIndexMatch> match = searchIndexMatch(filter, m_database.isServer());
    if (match && sort.field == AssetField::AssetNo) {
        // The search index gives its matches in id order, which is the order asked for: joining from it lets the
        // page stop after `limit` matches instead of collecting every match first (a million-row registry can have
        // hundreds of thousands).
        AssetFilter rest = filter;
        rest.search.clear();
        values << match->text;
        const QString where = whereClause(rest, today(), &values, m_database.isServer());
        query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM (SELECT rowid AS match_id FROM ") +
                      match->table + QStringLiteral(" WHERE ") + match->table +
                      QStringLiteral(" MATCH ?) AS m JOIN asset ON asset.id = m.match_id") + where +
                      QStringLiteral(" ORDER BY m.match_id ") + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    } else {
        const QString where = whereClause(filter, today(), &values, m_database.isServer());
        QString from = QStringLiteral(" FROM asset");
        const QString index = sortIndex(sort.field);
        if (match && !index.isEmpty() && hasManyMatches(db(), *match)) {
            // Thousands of matches: walking the sort column's index and stopping after a page beats sorting every
            // match (a one-letter search of a million assets matches half of them). With few matches SQLite's
            // own plan, sorting just those, is the better one.
            from += QStringLiteral(" INDEXED BY ") + index;
        }
        query.prepare(QStringLiteral("SELECT ") + kColumns + from + where + QStringLiteral(" ORDER BY ") +
                      sortColumn(sort.field) + QLatin1Char(' ') + direction + QStringLiteral(", id ") + direction +
                      QStringLiteral(" LIMIT ? OFFSET ?"));
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<Asset> assets;
    if (!Statement::exec(query)) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                Statement::errorText(query));
        return assets;
    }
    assets.reserve(limit);
    while (query.next())
        assets.append(assetFromQuery(query));
    // A read that fails part-way (a damaged page) ends next() like the end of the rows: it must not pass for one.
    if (query.lastError().isValid()) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                query.lastError().text());
        return {};
    }
    return assets;
}

bool AssetStore::forEach(const AssetFilter &filter, const AssetSort &sort,
                         const std::function<bool(const Asset &)> &visit, QString *error) const
{
    QVariantList values;
    const QString where = whereClause(filter, today(), &values, m_database.isServer());
    const QString direction = sortDirection(sort.order == Qt::AscendingOrder, m_database.isServer());
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM asset") + where +
                  QStringLiteral(" ORDER BY ") + sortColumn(sort.field) + QLatin1Char(' ') + direction +
                  QStringLiteral(", id ") + direction);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Statement::exec(query)) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                Statement::errorText(query));
        return false;
    }
    while (query.next()) {
        if (!visit(assetFromQuery(query)))
            break;
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                Statement::errorText(query));
        return false;
    }
    return true;
}

QList<Asset> AssetStore::pageAfter(const AssetFilter &filter, const AssetSort &sort, qint64 afterId, int limit,
                                   QString *error) const
{
    QList<Asset> assets;
    auto fail = [&](const QSqlQuery &query) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                Statement::errorText(query));
        return QList<Asset>();
    };
    const std::optional<SearchIndexMatch> match = searchIndexMatch(filter, m_database.isServer());
    if (match && sort.field == AssetField::AssetNo) {
        // As in page(): read on from the search index in id order, stopping after `limit` matches.
        const bool ascending = sort.order == Qt::AscendingOrder;
        AssetFilter rest = filter;
        rest.search.clear();
        QVariantList values{match->text, afterId};
        const QString where = whereClause(rest, today(), &values, m_database.isServer());
        QSqlQuery query(db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM (SELECT rowid AS match_id FROM ") +
                      match->table + QStringLiteral(" WHERE ") + match->table + QStringLiteral(" MATCH ? AND rowid") +
                      (ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?")) +
                      QStringLiteral(") AS m JOIN asset ON asset.id = m.match_id") + where +
                      QStringLiteral(" ORDER BY m.match_id") +
                      (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) + QStringLiteral(" LIMIT ?"));
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(limit);
        if (!Statement::exec(query))
            return fail(query);
        while (query.next())
            assets.append(assetFromQuery(query));
        // A read that fails part-way (a damaged page) ends next() like the end of the rows: it must not pass for one.
        if (query.lastError().isValid())
            return fail(query);
        return assets;
    }
    const QString column = sortColumn(sort.field);
    QSqlQuery key(db());
    key.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM asset WHERE id = ?"));
    key.addBindValue(afterId);
    if (!Statement::exec(key))
        return fail(key);
    if (!key.next())
        return assets;
    const QVariant sortKey = key.value(0);

    // The rows after it lie in at most two ranges, each read by one seek: SQLite sorts NULL lowest, so in ascending
    // order the non-NULL values follow the NULLs, and in descending order the NULLs come last.
    const bool ascending = sort.order == Qt::AscendingOrder;
    const QString direction = sortDirection(ascending, m_database.isServer());
    const QString after = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    QList<QPair<QString, QVariantList>> ranges;
    if (sortKey.isNull()) {
        ranges.append({column + QStringLiteral(" IS NULL AND id") + after + QLatin1Char('?'), {afterId}});
        if (ascending)
            ranges.append({column + QStringLiteral(" IS NOT NULL"), {}});
    } else {
        ranges.append({QLatin1Char('(') + column + QStringLiteral(", id)") + after + QStringLiteral("(?, ?)"),
                       {sortKey, afterId}});
        if (!ascending)
            ranges.append({column + QStringLiteral(" IS NULL"), {}});
    }
    QVariantList values;
    const QString where = whereClause(filter, today(), &values, m_database.isServer());
    for (const auto &[condition, rangeValues] : ranges) {
        if (assets.size() >= limit)
            break;
        QSqlQuery query(db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM asset") + where +
                      (where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND (")) + condition +
                      QStringLiteral(") ORDER BY ") + column + direction + QStringLiteral(", id") + direction +
                      QStringLiteral(" LIMIT ?"));
        for (const QVariant &value : values)
            query.addBindValue(value);
        for (const QVariant &value : rangeValues)
            query.addBindValue(value);
        query.addBindValue(limit - int(assets.size()));
        if (!Statement::exec(query))
            return fail(query);
        while (query.next())
            assets.append(assetFromQuery(query));
        if (query.lastError().isValid())
            return fail(query);
    }
    return assets;
}

qint64 AssetStore::position(const AssetFilter &filter, const AssetSort &sort, qint64 id, QString *error) const
{
    QVariantList values;
    const QString where = whereClause(filter, today(), &values, m_database.isServer());
    const QString column = sortColumn(sort.field);
    auto fail = [&](const QSqlQuery &query) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                Statement::errorText(query));
        return qint64(-1);
    };
    QSqlQuery key(db());
    key.prepare(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM asset") + where +
                (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("id = ?"));
    for (const QVariant &value : values)
        key.addBindValue(value);
    key.addBindValue(id);
    if (!Statement::exec(key))
        return fail(key);
    if (!key.next())
        return -1;
    const QVariant sortKey = key.value(0);
    // Rows before it in ORDER BY column, id (both ascending or both descending); SQLite sorts NULL lowest.
    const bool ascending = sort.order == Qt::AscendingOrder;
    QString before;
    if (sortKey.isNull()) {
        before = ascending ? column + QStringLiteral(" IS NULL AND id < ?")
                           : column + QStringLiteral(" IS NOT NULL OR id > ?");
        values << id;
    } else {
        before = ascending
                     ? QString(column + QStringLiteral(" IS NULL OR ") + column + QStringLiteral(" < ? OR (") + column +
                               QStringLiteral(" = ? AND id < ?)"))
                     : QString(column + QStringLiteral(" > ? OR (") + column + QStringLiteral(" = ? AND id > ?)"));
        values << sortKey << sortKey << id;
    }
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM asset") + where +
                  (where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND (")) + before +
                  QLatin1Char(')'));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Statement::exec(query) || !query.next())
        return fail(query);
    return query.value(0).toLongLong();
}
