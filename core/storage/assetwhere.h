// The SQL of an asset filter and sort (DESIGN.md §5): the WHERE clause with its values, the ORDER BY columns and their
// indexes, and the full-text index that answers a search alone. Shared by the pages and the counts of AssetStore.
#pragma once

#include "internal.h"

#include "domain/assetfield.h"
#include "domain/assetquery.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace AssetWhere {

// The column an asset field sorts by.
QString sortColumn(AssetField::Id field);
// Direction of a sort: NULL sorts lowest on both back ends, as SQLite sorts it.
QString sortDirection(bool ascending, bool server);
// Builds the WHERE clause of a filter (empty for none) and the values to bind, in order; today is the day of the
// overdue filter.
QString whereClause(const AssetFilter &filter, const QDate &today, QVariantList *values, bool server);

struct SearchIndexMatch
{
    QString table; // asset_search or asset_grams
    QString text;  // the MATCH expression
};
// A search answered by one full-text index alone: only words of three or more characters (trigrams), or only short
// words of letters and digits (characters and pairs). Anything else needs the general WHERE clause.
std::optional<SearchIndexMatch> searchIndexMatch(const AssetFilter &filter, bool server);
// Whether the index matches 5,000 rows or more, so that a sorted page is better read through the sort index.
bool hasManyMatches(const QSqlDatabase &db, const SearchIndexMatch &match);
// The index of a sort column (migration 1), or empty for columns sorted by a scan.
QString sortIndex(AssetField::Id field);

} // namespace AssetWhere
