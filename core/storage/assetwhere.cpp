// The SQL of an asset filter and sort: WHERE clauses, sort columns and the full-text indexes of a search.
#include "assetwhere.h"

#include "searchindex.h"
#include "statement.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

bool isPlainWord(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Search on a server registry (DESIGN.md §14): the same rules as the file's full-text indexes, as substring matches of
// the case-folded texts that the pg_trgm indexes serve: a word of three or more characters in any searched field, a
// shorter word in the short fields.
QString serverSearch(const QStringList &words, QVariantList *values)
{
    QStringList conditions;
    for (const QString &word : words) {
        conditions << (word.size() >= 3 ? QStringLiteral("search_text LIKE lower(?)")
                                        : QStringLiteral("short_text LIKE lower(?)"));
        values->append(likePattern(word));
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace

namespace AssetWhere {

QString sortColumn(AssetField::Id field)
{
    switch (field) {
    case AssetField::AssetNo:
        // Numbers are handed out in id order, and sorting by id lets a search stop at the first page.
        return QStringLiteral("id");
    case AssetField::Label:
        return QStringLiteral("confidentiality");
    default:
        return AssetField::byId(field).keyString();
    }
}

QString sortDirection(bool ascending, bool server)
{
    if (server)
        return ascending ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" DESC NULLS LAST");
    return ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

QString whereClause(const AssetFilter &filter, const QDate &today, QVariantList *values, bool server)
{
    QStringList conditions;
    // The index holds the NFKC form of the text, lower-cased: so does the search.
    const QStringList words =
        SearchIndex::normalised(filter.search).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList ftsTerms;
    QStringList gramTerms;
    if (server && !words.isEmpty())
        conditions << serverSearch(words, values);
    for (const QString &word : server ? QStringList() : words) {
        if (word.size() >= 3) {
            QString quoted = word;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            ftsTerms << QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            // Trigrams need three characters. Shorter words are looked up in the index of single characters and
            // pairs, then confirmed with LIKE on the same fields (that index splits text at punctuation).
            static const QStringList columns = {QStringLiteral("asset_no"), QStringLiteral("name"),
                                                QStringLiteral("department"), QStringLiteral("owner"),
                                                QStringLiteral("business_category")};
            // A word of letters and digits only is one token of that index, so a match there is exact.
            if (isPlainWord(word)) {
                gramTerms << QLatin1Char('"') + word.toLower() + QLatin1Char('"');
                continue;
            }
            QString quoted = word.toLower();
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            conditions << QStringLiteral("id IN (SELECT rowid FROM asset_grams WHERE asset_grams MATCH ?)");
            values->append(QString(QLatin1Char('"') + quoted + QLatin1Char('"')));
            QStringList alternatives;
            for (const QString &column : columns) {
                alternatives << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
                values->append(likePattern(word));
            }
            conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
    }
    if (!ftsTerms.isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT rowid FROM asset_search WHERE asset_search MATCH ?)");
        values->append(ftsTerms.join(QLatin1Char(' ')));
    }
    if (!gramTerms.isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT rowid FROM asset_grams WHERE asset_grams MATCH ?)");
        values->append(gramTerms.join(QLatin1Char(' ')));
    }
    if (!filter.department.isEmpty()) {
        conditions << QStringLiteral("department = ?");
        values->append(filter.department);
    }
    if (!filter.assetType.isEmpty()) {
        conditions << QStringLiteral("asset_type = ?");
        values->append(filter.assetType);
    }
    if (filter.importance > 0) {
        conditions << QStringLiteral("importance = ?");
        values->append(filter.importance);
    }
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        values->append(filter.status);
    } else if (!filter.includeDisposed) {
        // Written as the few disposed ids, found at once by the status index, so that paging and counting with other
        // filters do not look up every row's status.
        conditions << QStringLiteral("id NOT IN (SELECT id FROM asset WHERE status = 'disposed')");
    }
    if (filter.personalInfo == QLatin1String("any")) {
        conditions << QStringLiteral("personal_info <> 'none'");
    } else if (!filter.personalInfo.isEmpty()) {
        conditions << QStringLiteral("personal_info = ?");
        values->append(filter.personalInfo);
    }
    if (filter.overdueForReview) {
        // Review::isOverdue in SQL: a next review before today, never a disposed asset. ISO dates compare as text,
        // so the next_review index answers it.
        conditions << QStringLiteral("next_review < ? AND status <> 'disposed'");
        values->append(today.toString(Qt::ISODate));
    }
    if (filter.retentionUnset)
        conditions << QStringLiteral("retention_until IS NULL");
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

std::optional<SearchIndexMatch> searchIndexMatch(const AssetFilter &filter, bool server)
{
    if (server)
        return std::nullopt;
    const QStringList words =
        SearchIndex::normalised(filter.search).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    const bool onlyLong = std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() >= 3; });
    const bool onlyShortPlain =
        std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() < 3 && isPlainWord(w); });
    if (!onlyLong && !onlyShortPlain)
        return std::nullopt;
    AssetFilter searchOnly;
    searchOnly.search = filter.search;
    searchOnly.includeDisposed = true;
    QVariantList values;
    whereClause(searchOnly, QDate(), &values, false);
    if (values.size() != 1)
        return std::nullopt;
    return SearchIndexMatch{onlyLong ? QStringLiteral("asset_search") : QStringLiteral("asset_grams"),
                            values.constFirst().toString()};
}

bool hasManyMatches(const QSqlDatabase &db, const SearchIndexMatch &match)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + match.table + QStringLiteral(" WHERE ") +
                  match.table + QStringLiteral(" MATCH ? LIMIT 5000)"));
    query.addBindValue(match.text);
    return Statement::exec(query) && query.next() && query.value(0).toInt() >= 5000;
}

QString sortIndex(AssetField::Id field)
{
    switch (field) {
    case AssetField::BusinessCategory:
        return QStringLiteral("asset_business_category");
    case AssetField::Name:
        return QStringLiteral("asset_name");
    case AssetField::Department:
        return QStringLiteral("asset_department");
    case AssetField::Owner:
        return QStringLiteral("asset_owner");
    case AssetField::AssetType:
        return QStringLiteral("asset_type_index");
    case AssetField::PersonalInfo:
        return QStringLiteral("asset_personal_info");
    case AssetField::Importance:
        return QStringLiteral("asset_importance");
    case AssetField::RetentionUntil:
        return QStringLiteral("asset_retention_until");
    case AssetField::RegisteredOn:
        return QStringLiteral("asset_registered_on");
    case AssetField::NextReview:
        return QStringLiteral("asset_next_review");
    case AssetField::LastReviewedOn:
        return QStringLiteral("asset_last_reviewed_on");
    case AssetField::Status:
        return QStringLiteral("asset_status");
    default:
        return {};
    }
}

} // namespace AssetWhere
