// The search index of the assets on SQLite (FTS5; DESIGN.md §12): trigrams of the searched fields for words of three
// or more characters (asset_search), single characters and pairs of the short fields for shorter words
// (asset_grams). Both hold the NFKC form of the text, lower-cased, and a search is normalised the same way, so that
// ABC finds ＡＢＣ and カナ finds ｶﾅ, and the reverse. Both tables keep no copy of the text (content=''), so a change
// takes the old terms out with FTS5's 'delete' command and the previous values. Everything SQLite-specific about
// search lives here, where another dialect's index can take its place.
#pragma once

#include "domain/asset.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

class SearchIndex final
{
public:
    // The message of a failed statement, from a translated text with %1 (the registry) and %2 and the driver's
    // detail: Database::sqlError of the registry whose connection this is. Taken as a function, so that the index
    // depends on the connection only and Database, which rebuilds it in a migration, can include it.
    using ErrorText = std::function<QString(const QString &message, const QString &detail)>;
    SearchIndex(const QSqlDatabase &connection, ErrorText errorText);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // The form both the index and a search use: NFKC, lower case.
    static QString normalised(const QString &text);

    // Indexes a new asset, or an asset whose previous values were indexed (previous not null).
    bool write(const Asset &asset, const Asset *previous, QString *error);
    // Takes an asset's terms out of both tables (before its row is deleted), given the values that were indexed.
    bool remove(const Asset &previous, QString *error);

    // Fills both tables again from the asset table (migration 11), inside the caller's transaction.
    static bool rebuild(const QSqlDatabase &connection, const ErrorText &errorText, QString *error);

private:
    bool exec(QSqlQuery &query, QString *error);

    QSqlDatabase m_connection;
    ErrorText m_errorText;
    std::unique_ptr<QSqlQuery> m_insertSearch;
    std::unique_ptr<QSqlQuery> m_insertGrams;
};
