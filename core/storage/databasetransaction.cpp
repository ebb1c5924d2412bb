// The transactions of a registry behind UnitOfWork: nesting, the write lock taken at the start, a change that commits
// only when every statement inside it succeeded, and the writer note beside a file while a change is open.
#include "database.h"

#include "service/progress.h"
#include "service/writernote.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool Database::enterTransaction(QString *error)
{
    if (m_depth == 0) {
        if (!beginTransaction(error))
            return false;
        m_rollbackOnly = false;
        m_failuresAtBegin = Statement::failures();
    }
    ++m_depth;
    return true;
}

bool Database::leaveTransaction(bool commitWanted, QString *error)
{
    if (m_depth <= 0)
        return false;
    --m_depth;
    if (!commitWanted)
        m_rollbackOnly = true;
    if (m_depth > 0)
        return true;
    m_settingsRead = false;
    // A job its user cancelled keeps nothing, even when its last statement had already run.
    if (commitWanted && Progress::currentCancelled()) {
        rollback();
        if (error)
            *error = Progress::cancelledMessage();
        return false;
    }
    // A statement that failed inside the change, even a read its caller took for "not found", fails the change.
    if (commitWanted && !m_rollbackOnly && Statement::failures() != m_failuresAtBegin) {
        rollback();
        if (error)
            *error = translated(QT_TRANSLATE_NOOP("Database", "The registry %1 could not be read while saving this "
                                                              "change; nothing was saved. Try again; if it happens "
                                                              "again, check the registry with 'verify'."))
                         .arg(nativePath(m_path));
        return false;
    }
    if (m_rollbackOnly) {
        rollback();
        m_rollbackOnly = false;
        if (commitWanted && error)
            *error = translated(QT_TRANSLATE_NOOP("Database", "A step of this change failed; nothing was saved in "
                                                              "the registry %1."))
                         .arg(nativePath(m_path));
        return !commitWanted;
    }
    return commit(error);
}

bool Database::beginTransaction(QString *error)
{
    ++m_transactionId;
    if (!writable(error))
        return false;
    QSqlQuery query(connection());
    if (isServer()) {
        // Writers take the lock of the audit chain first (server schema 3), as SQLite's BEGIN IMMEDIATE takes the
        // write lock: one writer appends to the chain at a time, and none waits for another's rows while holding it.
        // A second save of the same asset is refused by its row version.
        if (Statement::exec(query, QStringLiteral("BEGIN"))) {
            if (!m_chainLock || Statement::exec(query, QStringLiteral("SELECT registry_lock_chain()")))
                return true;
            rollback();
        }
        *error =
            sqlError(translated(QT_TRANSLATE_NOOP("Database", "Could not start a transaction in the registry %1: %2")),
                     Statement::errorText(query));
        return false;
    }
    // IMMEDIATE takes the write lock at once, so a second process waits or fails before it has done any work.
    if (!Statement::exec(query, QStringLiteral("BEGIN IMMEDIATE"))) {
        // SQLITE_BUSY (5) after the whole busy timeout: another program holds the write lock.
        if (query.lastError().nativeErrorCode() == QLatin1String("5"))
            *error = WriterNote::busyMessage(m_path, kBusyTimeoutMs / 1000);
        else
            *error = sqlError(
                translated(QT_TRANSLATE_NOOP("Database", "Could not start a transaction in the registry %1: %2")),
                Statement::errorText(query));
        return false;
    }
    WriterNote::write(m_path);
    return true;
}

bool Database::commit(QString *error)
{
    QSqlQuery query(connection());
    if (!Statement::exec(query, QStringLiteral("COMMIT"))) {
        if (error)
            *error =
                sqlError(translated(QT_TRANSLATE_NOOP("Database", "Could not save the changes in the registry %1: %2")),
                         Statement::errorText(query));
        rollback();
        return false;
    }
    if (!isServer())
        WriterNote::remove(m_path);
    return true;
}

void Database::rollback()
{
    // Not counted as a statement: a rollback must run even while a test injects faults.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage).noquote() << "rollback failed:" << query.lastError().text();
    if (!isServer())
        WriterNote::remove(m_path);
}
