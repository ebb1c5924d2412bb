// Bulk inserts through SQLite's own interface (see the header).
#include "sqlitebulk.h"

#include "statement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *connectionOf(const QSqlDatabase &db)
{
    // Qt's SQLite driver hands out its sqlite3 pointer (as storage/sqliteinterrupt.cpp uses it); any other driver gives
    // something else or nothing.
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteBulk::SqliteBulk(const QSqlDatabase &db, const QString &sql)
    : m_connection(connectionOf(db))
    , m_sql(sql)
{
    if (!m_connection) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        Statement::reportFailure(m_error, m_sql);
    }
}

SqliteBulk::~SqliteBulk()
{
    sqlite3_finalize(m_statement);
}

bool SqliteBulk::applies(const QSqlDatabase &db)
{
    return connectionOf(db) != nullptr;
}

bool SqliteBulk::check(int code)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return true;
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return false;
}

void SqliteBulk::bind(int parameter, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, parameter, value));
}

void SqliteBulk::bind(int parameter, const QString &text)
{
    // SQLite converts UTF-16 to the file's UTF-8 itself and copies the result.
    const void *data = text.isEmpty() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16());
    check(sqlite3_bind_text16(m_statement, parameter, data, int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT));
}

void SqliteBulk::bindUtf8(int parameter, const QByteArray &text)
{
    check(sqlite3_bind_text(m_statement, parameter, text.constData(), int(text.size()), SQLITE_TRANSIENT));
}

void SqliteBulk::bindNull(int parameter)
{
    check(sqlite3_bind_null(m_statement, parameter));
}

bool SqliteBulk::insertRow()
{
    if (!m_statement || !m_error.isEmpty())
        return false;
    // Each row is a run of a statement for the fault-injection seam and a cancelled job, as with Qt SQL.
    QString reason;
    if (!Statement::mayRun(&reason)) {
        m_error = reason;
        Statement::reportFailure(m_error, m_sql);
        return false;
    }
    const int stepped = sqlite3_step(m_statement);
    const bool ok = check(stepped);
    // Reset after a failure too, so that the error does not stay with the statement; bindings stay until rebound.
    sqlite3_reset(m_statement);
    if (!ok)
        Statement::reportFailure(m_error, m_sql);
    return ok;
}

qint64 SqliteBulk::lastRowId() const
{
    return m_connection ? sqlite3_last_insert_rowid(m_connection) : 0;
}
