// The FTS5 tables of asset search, written from C++ so that the text is indexed in its NFKC form.
#include "searchindex.h"

#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>

#include <utility>

namespace {

// The fields of asset_search, in its column order (migration 11).
QStringList searchedFields(const Asset &asset)
{
    return {asset.assetNo, asset.name,     asset.remarks,    asset.businessCategory, asset.department, asset.owner,
            asset.storage, asset.provider, asset.contractor, asset.userScope,        asset.recipients};
}

const char kSearchColumns[] =
    "asset_no, name, remarks, business_category, department, owner, storage, provider, contractor, user_scope, "
    "recipients";

// Single characters and pairs of the fields searched by short words.
QString shortGrams(const Asset &asset)
{
    QString grams;
    const QString fields[] = {asset.assetNo, asset.name, asset.department, asset.owner, asset.businessCategory};
    for (const QString &field : fields) {
        const QString text = SearchIndex::normalised(field);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isSpace())
                continue;
            grams += text.at(i);
            grams += QLatin1Char(' ');
            if (i + 1 < text.size() && !text.at(i + 1).isSpace()) {
                grams += text.mid(i, 2);
                grams += QLatin1Char(' ');
            }
        }
    }
    return grams;
}

void bindSearched(QSqlQuery &query, const Asset &asset)
{
    for (const QString &field : searchedFields(asset))
        query.addBindValue(SearchIndex::normalised(field));
}

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &connection, ErrorText errorText)
    : m_connection(connection)
    , m_errorText(std::move(errorText))
{
}

SearchIndex::~SearchIndex() = default;

QString SearchIndex::normalised(const QString &text)
{
    // Most text is already in NFKC: normalized() checks that quickly and returns it unchanged.
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

bool SearchIndex::exec(QSqlQuery &query, QString *error)
{
    if (Statement::exec(query))
        return true;
    *error = m_errorText(
        QCoreApplication::translate("AssetStore", "Could not update the search index of the registry %1: %2"),
        Statement::errorText(query));
    return false;
}

bool SearchIndex::remove(const Asset &previous, QString *error)
{
    QSqlQuery search(m_connection);
    search.prepare(QStringLiteral("INSERT INTO asset_search (asset_search, rowid, %1) VALUES ('delete', ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(kSearchColumns)));
    search.addBindValue(previous.id);
    bindSearched(search, previous);
    if (!exec(search, error))
        return false;
    QSqlQuery grams(m_connection);
    grams.prepare(QStringLiteral("INSERT INTO asset_grams (asset_grams, rowid, grams) VALUES ('delete', ?, ?)"));
    grams.addBindValue(previous.id);
    grams.addBindValue(shortGrams(previous));
    if (!exec(grams, error))
        return false;
    return true;
}

bool SearchIndex::write(const Asset &asset, const Asset *previous, QString *error)
{
    if (previous && !remove(*previous, error))
        return false;
    if (!m_insertSearch) {
        m_insertSearch = std::make_unique<QSqlQuery>(m_connection);
        m_insertSearch->prepare(
            QStringLiteral("INSERT INTO asset_search (rowid, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(QLatin1String(kSearchColumns)));
        m_insertGrams = std::make_unique<QSqlQuery>(m_connection);
        m_insertGrams->prepare(QStringLiteral("INSERT INTO asset_grams (rowid, grams) VALUES (?, ?)"));
    }
    m_insertSearch->addBindValue(asset.id);
    bindSearched(*m_insertSearch, asset);
    if (!exec(*m_insertSearch, error))
        return false;
    m_insertGrams->addBindValue(asset.id);
    m_insertGrams->addBindValue(shortGrams(asset));
    return exec(*m_insertGrams, error);
}

bool SearchIndex::rebuild(const QSqlDatabase &connection, const ErrorText &errorText, QString *error)
{
    SearchIndex index(connection, errorText);
    QSqlQuery clear(connection);
    if (!Statement::exec(clear, QStringLiteral("INSERT INTO asset_grams (asset_grams) VALUES ('delete-all')")) ||
        !Statement::exec(clear, QStringLiteral("INSERT INTO asset_search (asset_search) VALUES ('delete-all')"))) {
        *error = errorText(
            QCoreApplication::translate("AssetStore", "Could not update the search index of the registry %1: %2"),
            Statement::errorText(clear));
        return false;
    }
    QSqlQuery rows(connection);
    rows.setForwardOnly(true);
    if (!Statement::exec(rows, QStringLiteral("SELECT id, %1 FROM asset").arg(QLatin1String(kSearchColumns)))) {
        *error = errorText(QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                           Statement::errorText(rows));
        return false;
    }
    while (rows.next()) {
        Asset asset;
        asset.id = rows.value(0).toLongLong();
        asset.assetNo = rows.value(1).toString();
        asset.name = rows.value(2).toString();
        asset.remarks = rows.value(3).toString();
        asset.businessCategory = rows.value(4).toString();
        asset.department = rows.value(5).toString();
        asset.owner = rows.value(6).toString();
        asset.storage = rows.value(7).toString();
        asset.provider = rows.value(8).toString();
        asset.contractor = rows.value(9).toString();
        asset.userScope = rows.value(10).toString();
        asset.recipients = rows.value(11).toString();
        if (!index.write(asset, nullptr, error))
            return false;
    }
    if (rows.lastError().isValid()) {
        *error = errorText(QCoreApplication::translate("AssetStore", "Could not read assets from the registry %1: %2"),
                           rows.lastError().text());
        return false;
    }
    return true;
}
