// SQL of the asset table. Filters and sorting run in SQL so that views never load every row.
#include "assetstore.h"

#include "database.h"
#include "domain/handlingrestriction.h"
#include "searchindex.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString kColumns = QStringLiteral(
    "id, asset_no, business_category, name, remarks, user_scope, department, owner, asset_type, storage, "
    "personal_info, subject_count, confidentiality, confidentiality_rationale, integrity, integrity_rationale, "
    "availability, availability_rationale, provider, receipt_terms, contractor, retention_until, registered_on, "
    "next_review, last_reviewed_on, reviewed_by, status, row_version, "
    // Recipients and medium class (schema 8), handling restrictions (schema 7), personal information (schema 4).
    "recipients, use_terms, medium_class, handling_restrictions, personal_info_override, retention_basis");

const QString kPermanent = QStringLiteral("permanent");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Asset assetFromQuery(const QSqlQuery &query)
{
    Asset asset;
    int c = 0;
    asset.id = query.value(c++).toLongLong();
    asset.assetNo = query.value(c++).toString();
    asset.businessCategory = query.value(c++).toString();
    asset.name = query.value(c++).toString();
    asset.remarks = query.value(c++).toString();
    asset.userScope = query.value(c++).toString();
    asset.department = query.value(c++).toString();
    asset.owner = query.value(c++).toString();
    asset.assetType = query.value(c++).toString();
    asset.storage = query.value(c++).toString();
    asset.personalInfo = query.value(c++).toString();
    const QVariant subjects = query.value(c++);
    if (!subjects.isNull())
        asset.subjectCount = subjects.toLongLong();
    asset.confidentiality = query.value(c++).toInt();
    asset.confidentialityRationale = query.value(c++).toString();
    asset.integrity = query.value(c++).toInt();
    asset.integrityRationale = query.value(c++).toString();
    asset.availability = query.value(c++).toInt();
    asset.availabilityRationale = query.value(c++).toString();
    asset.provider = query.value(c++).toString();
    asset.receiptTerms = query.value(c++).toString();
    asset.contractor = query.value(c++).toString();
    const QString retention = query.value(c++).toString();
    asset.retentionPermanent = retention == kPermanent;
    if (!asset.retentionPermanent)
        asset.retentionUntil = QDate::fromString(retention, Qt::ISODate);
    asset.registeredOn = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    asset.nextReview = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    asset.lastReviewedOn = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    asset.reviewedBy = query.value(c++).toString();
    asset.status = query.value(c++).toString();
    asset.rowVersion = query.value(c++).toInt();
    asset.recipients = query.value(c++).toString();
    asset.useTerms = query.value(c++).toString();
    asset.mediumClass = query.value(c++).toString();
    asset.handlingRestrictions = HandlingRestrictions::fromStored(query.value(c++).toString());
    asset.personalInfoOverride = query.value(c++).toString();
    asset.retentionBasis = query.value(c++).toString();
    return asset;
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so unset text is stored as the empty text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindAsset(QSqlQuery &query, const Asset &asset, const QDateTime &now)
{
    query.bindValue(QStringLiteral(":asset_no"), text(asset.assetNo));
    query.bindValue(QStringLiteral(":business_category"), text(asset.businessCategory));
    query.bindValue(QStringLiteral(":name"), text(asset.name));
    query.bindValue(QStringLiteral(":remarks"), text(asset.remarks));
    query.bindValue(QStringLiteral(":user_scope"), text(asset.userScope));
    query.bindValue(QStringLiteral(":department"), text(asset.department));
    query.bindValue(QStringLiteral(":owner"), text(asset.owner));
    query.bindValue(QStringLiteral(":asset_type"), text(asset.assetType));
    query.bindValue(QStringLiteral(":storage"), text(asset.storage));
    query.bindValue(QStringLiteral(":personal_info"), text(asset.personalInfo));
    query.bindValue(QStringLiteral(":subject_count"),
                    asset.subjectCount ? QVariant(*asset.subjectCount) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":confidentiality"), asset.confidentiality);
    query.bindValue(QStringLiteral(":confidentiality_rationale"), text(asset.confidentialityRationale));
    query.bindValue(QStringLiteral(":integrity"), asset.integrity);
    query.bindValue(QStringLiteral(":integrity_rationale"), text(asset.integrityRationale));
    query.bindValue(QStringLiteral(":availability"), asset.availability);
    query.bindValue(QStringLiteral(":availability_rationale"), text(asset.availabilityRationale));
    query.bindValue(QStringLiteral(":provider"), text(asset.provider));
    query.bindValue(QStringLiteral(":receipt_terms"), text(asset.receiptTerms));
    query.bindValue(QStringLiteral(":contractor"), text(asset.contractor));
    query.bindValue(QStringLiteral(":retention_until"),
                    asset.retentionPermanent ? QVariant(kPermanent) : nullableDate(asset.retentionUntil));
    query.bindValue(QStringLiteral(":registered_on"), dateText(asset.registeredOn));
    query.bindValue(QStringLiteral(":next_review"), nullableDate(asset.nextReview));
    query.bindValue(QStringLiteral(":last_reviewed_on"), nullableDate(asset.lastReviewedOn));
    query.bindValue(QStringLiteral(":reviewed_by"), text(asset.reviewedBy));
    query.bindValue(QStringLiteral(":status"), text(asset.status));
    query.bindValue(QStringLiteral(":handling_restrictions"),
                    text(HandlingRestrictions::toStored(asset.handlingRestrictions)));
    query.bindValue(QStringLiteral(":updated_at"), now.toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":recipients"), text(asset.recipients));
    query.bindValue(QStringLiteral(":use_terms"), text(asset.useTerms));
    query.bindValue(QStringLiteral(":medium_class"), text(asset.mediumClass));
    query.bindValue(QStringLiteral(":personal_info_override"), text(asset.personalInfoOverride));
    query.bindValue(QStringLiteral(":retention_basis"), text(asset.retentionBasis));
}

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

// Builds the WHERE clause of a filter and the values to bind, in order.
// Direction of a sort: NULL sorts lowest on both back ends, as SQLite sorts it.
QString sortDirection(bool ascending, bool server)
{
    if (server)
        return ascending ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" DESC NULLS LAST");
    return ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
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

struct SearchIndexMatch
{
    QString table; // asset_search or asset_grams
    QString text;  // the MATCH expression
};

// A search answered by one full-text index alone: only words of three or more characters (trigrams), or only short
// words of letters and digits (characters and pairs). Anything else needs the general WHERE clause.
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

// The index of a sort column (migration 1), or empty for columns sorted by a scan.
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

} // namespace

QSqlDatabase AssetStore::db() const
{
    return m_database.connection();
}

QDate AssetStore::today() const
{
    return m_database.clock().today();
}

void AssetStore::readFailed(const QSqlQuery &query, QString *error) const
{
    if (error)
        *error = m_database.sqlError(
            QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
            Statement::errorText(query));
}

bool AssetStore::insert(Asset *asset, QString *error)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(db());
        m_insert->prepare(
            QStringLiteral(
                "INSERT INTO asset (asset_no, business_category, name, remarks, user_scope, department, owner, "
                "asset_type, "
                "storage, personal_info, subject_count, confidentiality, confidentiality_rationale, integrity, "
                "integrity_rationale, availability, availability_rationale, provider, receipt_terms, contractor, "
                "retention_until, registered_on, next_review, last_reviewed_on, reviewed_by, status, row_version, "
                "updated_at, recipients, use_terms, medium_class, handling_restrictions, personal_info_override, "
                "retention_basis) VALUES (:asset_no, "
                ":business_category, :name, :remarks, :user_scope, :department, :owner, :asset_type, :storage, "
                ":personal_info, :subject_count, :confidentiality, :confidentiality_rationale, :integrity, "
                ":integrity_rationale, :availability, :availability_rationale, :provider, :receipt_terms, :contractor, "
                ":retention_until, :registered_on, :next_review, :last_reviewed_on, :reviewed_by, :status, 1, "
                ":updated_at, :recipients, :use_terms, :medium_class, :handling_restrictions, :personal_info_override, "
                ":retention_basis)") +
            m_database.returningId());
    }
    QSqlQuery &query = *m_insert;
    bindAsset(query, *asset, m_database.clock().nowUtc());
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            QCoreApplication::translate("AssetStore", "Could not add the asset to the registry %1: %2"),
            Statement::errorText(query));
        return false;
    }
    asset->id = Database::insertedId(query);
    asset->rowVersion = 1;
    return writeSearchIndex(*asset, nullptr, error);
}

bool AssetStore::writeSearchIndex(const Asset &asset, const Asset *previous, QString *error)
{
    // A server registry's search indexes follow the table by themselves.
    if (m_database.isServer())
        return true;
    if (!m_search)
        m_search = std::make_unique<SearchIndex>(m_database);
    return m_search->write(asset, previous, error);
}

bool AssetStore::update(const Asset &asset, int expectedVersion, bool *conflict, QString *error)
{
    // The old text is needed to take its pairs out of the search index.
    const std::optional<Asset> previous = byId(asset.id);
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE asset SET business_category = :business_category, name = :name, remarks = :remarks, "
        "user_scope = :user_scope, department = :department, owner = :owner, asset_type = :asset_type, "
        "storage = :storage, personal_info = :personal_info, subject_count = :subject_count, "
        "confidentiality = :confidentiality, confidentiality_rationale = :confidentiality_rationale, "
        "integrity = :integrity, integrity_rationale = :integrity_rationale, availability = :availability, "
        "availability_rationale = :availability_rationale, provider = :provider, receipt_terms = :receipt_terms, "
        "contractor = :contractor, retention_until = :retention_until, next_review = :next_review, "
        "last_reviewed_on = :last_reviewed_on, reviewed_by = :reviewed_by, status = :status, row_version = row_version "
        "+ 1, updated_at = :updated_at, recipients = :recipients, use_terms = :use_terms, medium_class = "
        ":medium_class, "
        "handling_restrictions = :handling_restrictions, personal_info_override = :personal_info_override, "
        "retention_basis = :retention_basis "
        "WHERE id = :id AND row_version = :expected_version AND asset_no = :asset_no AND "
        "registered_on = :registered_on"));
    bindAsset(query, asset, m_database.clock().nowUtc());
    query.bindValue(QStringLiteral(":id"), asset.id);
    query.bindValue(QStringLiteral(":expected_version"), expectedVersion);
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            QCoreApplication::translate("AssetStore", "Could not save the asset in the registry %1: %2"),
            Statement::errorText(query));
        return false;
    }
    *conflict = query.numRowsAffected() != 1;
    if (*conflict)
        return true;
    return writeSearchIndex(asset, previous ? &*previous : nullptr, error);
}

bool AssetStore::remove(const Asset &asset, bool *referenced, bool *conflict, QString *error)
{
    *referenced = false;
    *conflict = false;
    const auto failed = [this, error](const QSqlQuery &query) {
        *error = m_database.sqlError(
            QCoreApplication::translate("AssetStore", "Could not remove the asset from the registry %1: %2"),
            Statement::errorText(query));
        return false;
    };
    QSqlQuery uses(db());
    uses.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM control_assignment WHERE asset_id = :id) OR EXISTS "
                                "(SELECT 1 FROM risk WHERE asset_id = :id) OR EXISTS (SELECT 1 FROM disposal_item "
                                "WHERE asset_id = :id) OR EXISTS (SELECT 1 FROM asset_creation WHERE asset_id = :id)"));
    uses.bindValue(QStringLiteral(":id"), asset.id);
    if (!Statement::exec(uses) || !uses.next())
        return failed(uses);
    if (uses.value(0).toBool()) {
        *referenced = true;
        return true;
    }
    QString readError;
    const std::optional<Asset> previous = byId(asset.id, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!previous || previous->rowVersion != asset.rowVersion) {
        *conflict = true;
        return true;
    }
    // A server registry's search indexes follow the table by themselves.
    if (!m_database.isServer()) {
        if (!m_search)
            m_search = std::make_unique<SearchIndex>(m_database);
        if (!m_search->remove(*previous, error))
            return false;
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM asset WHERE id = ? AND row_version = ?"));
    query.addBindValue(asset.id);
    query.addBindValue(asset.rowVersion);
    if (!Statement::exec(query))
        return failed(query);
    *conflict = query.numRowsAffected() != 1;
    return true;
}

std::optional<Asset> AssetStore::byId(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM asset WHERE id = ?"));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return assetFromQuery(query);
    if (query.lastError().isValid())
        readFailed(query, error);
    return std::nullopt;
}

std::optional<Asset> AssetStore::byAssetNo(const QString &assetNo, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM asset WHERE asset_no = ?"));
    query.addBindValue(assetNo.trimmed());
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return assetFromQuery(query);
    if (query.lastError().isValid())
        readFailed(query, error);
    return std::nullopt;
}

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

qint64 AssetStore::totalCount() const
{
    QSqlQuery query(db());
    if (Statement::exec(query, QStringLiteral("SELECT count(*) FROM asset")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QStringList AssetStore::distinctValues(AssetField::Id field) const
{
    const AssetField &definition = AssetField::byId(field);
    QStringList result;
    if (definition.derived)
        return result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    const QString column = definition.keyString();
    // The column name comes from our own field table, never from user input.
    if (Statement::exec(query, QStringLiteral("SELECT DISTINCT ") + column + QStringLiteral(" FROM asset WHERE ") +
                                   column + QStringLiteral(" <> '' ORDER BY ") + column +
                                   QStringLiteral(" LIMIT 1000"))) {
        while (query.next())
            result << query.value(0).toString();
    }
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
