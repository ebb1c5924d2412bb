// Many rows written with one statement through SQLite's own interface, for the inserts of large batches (the risk
// entries of the candidates of many assets and their creation records; assets created in bulk can use it too): the
// statement is prepared once, and each row's values are bound straight from the program's types and stepped, with no
// QVariant per value and no copy of the bound list, which is what Qt SQL costs for every row. It runs on the
// connection's own handle, so inside the transaction the unit of work has begun. A registry on a server has no such
// handle: isValid() is false, and the caller writes through Qt SQL as before. Each row written counts as a statement
// for the fault-injection seam of storage/statement.h and stops when the job is cancelled.
#pragma once

#include "internal.h"

#include <QByteArray>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

class SqliteBulk final
{
public:
    // Prepares `sql` (one row, its values as ? parameters) on the SQLite connection of `db`.
    SqliteBulk(const QSqlDatabase &db, const QString &sql);
    ~SqliteBulk();
    SqliteBulk(const SqliteBulk &) = delete;
    SqliteBulk &operator=(const SqliteBulk &) = delete;

    // True when `db` is a SQLite connection (the one case where a bulk statement applies).
    static bool applies(const QSqlDatabase &db);
    // The statement was prepared; errorText() says why not.
    bool isValid() const { return m_statement != nullptr; }

    // The values of the next row; parameters count from 1, as SQLite's do.
    void bind(int parameter, qint64 value);
    // A text ("" for a null QString: the registry's columns are NOT NULL with '' for none).
    void bind(int parameter, const QString &text);
    // A text already in UTF-8, stored as text (not as a blob, which Qt SQL makes of a QByteArray).
    void bindUtf8(int parameter, const QByteArray &text);
    void bindNull(int parameter);
    // Writes one row with the values bound and readies the statement for the next. False on an error (errorText()),
    // after which the statement writes nothing more: a batch stops at its first refused row, and its unit of work
    // rolls back.
    bool insertRow();
    // The rowid of the last row written through the connection.
    qint64 lastRowId() const;
    // SQLite's message of the last failure.
    QString errorText() const { return m_error; }

private:
    bool check(int code);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QString m_error;
};
