// SQL of the asset table's counts: of a filter (whole or up to a limit), of the registry, of the dashboard's groups
// and of reviews due, and the distinct values of a column for suggestion lists.
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

qint64 AssetStore::count(const AssetFilter &filter, QString *error) const
{
    // The list as it opens and a plain search are counted without visiting every row: all matches, less the few
    // disposed ones, which the status index finds at once. On a million assets this is what keeps typing smooth.
    const std::optional<SearchIndexMatch> match = searchIndexMatch(filter, m_database.isServer());
    if (filter.department.isEmpty() && filter.assetType.isEmpty() && filter.importance == 0 &&
        filter.status.isEmpty() && filter.personalInfo.isEmpty() && !filter.overdueForReview &&
        !filter.retentionUnset && (filter.search.trimmed().isEmpty() || match)) {
        QVariantList values;
        QString all = QStringLiteral("SELECT count(*) FROM asset");
        QString disposed = QStringLiteral("SELECT count(*) FROM asset WHERE status = 'disposed'");
        if (match) {
            const QString matching = QStringLiteral(" FROM ") + match->table + QStringLiteral(" WHERE ") +
                                     match->table + QStringLiteral(" MATCH ?");
            all = QStringLiteral("SELECT count(*)") + matching;
            disposed += QStringLiteral(" AND id IN (SELECT rowid") + matching + QLatin1Char(')');
            values << match->text;
            if (!filter.includeDisposed)
                values << match->text;
        }
        const QString sql = filter.includeDisposed ? all
                                                   : QStringLiteral("SELECT (") + all + QStringLiteral(") - (") +
                                                         disposed + QLatin1Char(')');
        QSqlQuery query(db());
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (Statement::exec(query) && query.next())
            return query.value(0).toLongLong();
    }

    QVariantList values;
    const QString where = whereClause(filter, today(), &values, m_database.isServer());
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM asset") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Statement::exec(query) || !query.next()) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not count assets in the registry %1: %2"),
                Statement::errorText(query));
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 AssetStore::countUpTo(const AssetFilter &filter, qint64 limit, QString *error) const
{
    QVariantList values;
    QString rows;
    const std::optional<SearchIndexMatch> match = searchIndexMatch(filter, m_database.isServer());
    AssetFilter rest = filter;
    if (match) {
        // Straight from the search index, which gives its matches one by one: the count stops after `limit`.
        rest.search.clear();
        values << match->text;
        const QString where = whereClause(rest, today(), &values, m_database.isServer());
        rows = QStringLiteral("SELECT 1 FROM (SELECT rowid AS match_id FROM ") + match->table +
               QStringLiteral(" WHERE ") + match->table + QStringLiteral(" MATCH ?) AS m JOIN asset ON asset.id = ") +
               QStringLiteral("m.match_id") + where;
    } else {
        rows = QStringLiteral("SELECT 1 FROM asset") + whereClause(filter, today(), &values, m_database.isServer());
    }
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (") + rows + QStringLiteral(" LIMIT ?) AS capped"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!Statement::exec(query) || !query.next()) {
        if (error)
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not count assets in the registry %1: %2"),
                Statement::errorText(query));
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 AssetStore::totalCount(QString *error) const
{
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("SELECT count(*) FROM asset"))) {
        readFailed(query, error);
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong();
    return 0;
}

QStringList AssetStore::distinctValues(AssetField::Id field, QString *error) const
{
    const AssetField &definition = AssetField::byId(field);
    QStringList result;
    if (definition.derived)
        return result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    const QString column = definition.keyString();
    // The column name comes from our own field table, never from user input.
    if (!Statement::exec(query, QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM asset WHERE ") +
                                    column + QStringLiteral(" <> '' ORDER BY ") + column +
                                    QStringLiteral(" LIMIT 1000"))) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QHash<QString, qint64> AssetStore::countBy(const QString &grouping, QString *error) const
{
    QHash<QString, qint64> counts;
    QString column;
    if (grouping == QLatin1String("importance"))
        column = QStringLiteral("importance");
    else if (grouping == QLatin1String("department"))
        column = QStringLiteral("department");
    else
        return counts;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    // The column is one of the two names above, never user input.
    if (!Statement::exec(query, QStringLiteral("SELECT ") + column +
                                    QStringLiteral(", count(*) FROM asset WHERE status <> 'disposed' GROUP BY 1"))) {
        readFailed(query, error);
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

qint64 AssetStore::reviewsDueBetween(const QDate &from, const QDate &until, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM asset WHERE next_review >= ? AND next_review <= ? AND "
                                 "status <> 'disposed'"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(until.toString(Qt::ISODate));
    if (!Statement::exec(query) || !query.next()) {
        readFailed(query, error);
        return -1;
    }
    return query.value(0).toLongLong();
}
