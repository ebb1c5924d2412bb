// SQL of the asset table, rows in and out: insert, update, remove and reads by id or number. Pages of a filter are in
// assetpages.cpp, counts and suggestion lists in assetcounts.cpp; the filter's SQL in assetwhere.cpp.
#include "assetstore.h"

#include "assetrows.h"
#include "assetwhere.h"
#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace AssetRows;
using namespace AssetWhere;

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

bool AssetStore::insertMany(Asset *assets, qsizetype count, QString *error)
{
    const QDateTime now = m_database.clock().nowUtc();
    QStringList columns;
    for (const auto &column : assetValues(Asset(), now))
        columns << column.first;
    const QString row = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                        QStringLiteral(", 1)");
    // Several rows a statement: on a server each statement is a round trip, which costs more than its rows.
    constexpr int kRows = 50;
    const auto prepared = [&](int rows) {
        auto query = std::make_unique<QSqlQuery>(db());
        query->prepare(
            QStringLiteral("INSERT INTO asset (%1, row_version) VALUES ").arg(columns.join(QStringLiteral(", "))) +
            QStringList(rows, row).join(QStringLiteral(", ")) + m_database.returningId());
        return query;
    };
    std::unique_ptr<QSqlQuery> remainder;
    for (qsizetype first = 0; first < count; first += kRows) {
        const int rows = int(std::min<qsizetype>(kRows, count - first));
        if (rows == kRows && !m_insertChunk)
            m_insertChunk = prepared(kRows);
        if (rows < kRows)
            remainder = prepared(rows);
        QSqlQuery &query = rows == kRows ? *m_insertChunk : *remainder;
        for (int n = 0; n < rows; ++n) {
            for (const auto &column : assetValues(assets[first + n], now))
                query.addBindValue(column.second);
        }
        if (!Statement::exec(query)) {
            *error = m_database.sqlError(
                QCoreApplication::translate("AssetStore", "Could not add the asset to the registry %1: %2"),
                Statement::errorText(query));
            return false;
        }
        // The ids: the rows RETURNING gives (PostgreSQL), or the last row id and the ones before it, which SQLite
        // gives a multi-row insert in order while this transaction holds the registry.
        const qint64 last = query.isSelect() ? 0 : query.lastInsertId().toLongLong();
        for (int n = 0; n < rows; ++n) {
            Asset &asset = assets[first + n];
            asset.id = query.isSelect() ? (query.next() ? query.value(0).toLongLong() : 0) : last - rows + 1 + n;
            asset.rowVersion = 1;
            if (asset.id <= 0) {
                *error = m_database.sqlError(
                    QCoreApplication::translate("AssetStore", "Could not add the asset to the registry %1: %2"),
                    QStringLiteral("no id for %1").arg(asset.assetNo));
                return false;
            }
            if (!writeSearchIndex(asset, nullptr, error))
                return false;
        }
        if (query.isSelect())
            query.finish();
    }
    return true;
}

bool AssetStore::writeSearchIndex(const Asset &asset, const Asset *previous, QString *error)
{
    // A server registry's search indexes follow the table by themselves.
    if (m_database.isServer())
        return true;
    if (!m_search)
        m_search = std::make_unique<SearchIndex>(db(), [this](const QString &message, const QString &detail) {
            return m_database.sqlError(message, detail);
        });
    return m_search->write(asset, previous, error);
}

bool AssetStore::update(const Asset &asset, int expectedVersion, bool *conflict, QString *error)
{
    // The old text is needed to take its pairs out of the search index: without it the index would keep them.
    QString readError;
    const std::optional<Asset> previous = byId(asset.id, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
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
            m_search = std::make_unique<SearchIndex>(db(), [this](const QString &message, const QString &detail) {
                return m_database.sqlError(message, detail);
            });
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
