// A registry's settings table (read once and cached outside a change), SQLite's pragmas, and the messages of failed
// statements, which say what happened and what to do.
#include "database.h"

#include "statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
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

QString Database::pragma(const QString &name) const
{
    static const QRegularExpression word(QStringLiteral("^[a-z_]+$"));
    if (isServer() || !word.match(name).hasMatch())
        return {};
    QSqlQuery query(connection());
    if (Statement::exec(query, QStringLiteral("PRAGMA ") + name) && query.next())
        return query.value(0).toString();
    return {};
}
bool Database::readSettings() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QStringLiteral("SELECT key, value FROM registry_setting")))
        return false;
    m_settings.clear();
    while (query.next())
        m_settings.insert(query.value(0).toString(), query.value(1).toString());
    m_settingsRead = true;
    return true;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    if (m_depth == 0) {
        if (!m_settingsRead && !readSettings())
            return fallback;
        return m_settings.value(key, fallback);
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM registry_setting WHERE key = ?"));
    query.addBindValue(key);
    if (Statement::exec(query) && query.next())
        return query.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value, QString *error)
{
    m_settingsRead = false;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO registry_setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    // A null QString binds as SQL NULL; an unset setting is stored as the empty text.
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!Statement::exec(query)) {
        *error = sqlError(
            translated(QT_TRANSLATE_NOOP("Database", "Could not save a registry setting in the registry %1: %2")),
            Statement::errorText(query));
        return false;
    }
    return true;
}

QString Database::sqlError(const QString &message, const QString &detail) const
{
    return message.arg(nativePath(m_path), explainedSqlError(detail));
}

QString Database::explainedSqlError(const QString &detail)
{
    // SQLite's own texts for its result codes (sqlite3_errstr) are fixed English phrases; the cases a person can act
    // on get a sentence saying what happened and what to do, with SQLite's words kept after it for a report.
    const char *explanation = nullptr;
    if (detail.contains(QLatin1String("database is locked")) || detail.contains(QLatin1String("database table is "
                                                                                              "locked")))
        explanation = QT_TRANSLATE_NOOP("Database", "another program is writing to the registry (an import, for "
                                                    "example) and did not finish within %1 seconds. Nothing was "
                                                    "changed; wait until the other program has finished and try "
                                                    "again");
    else if (detail.contains(QLatin1String("database or disk is full")))
        explanation = QT_TRANSLATE_NOOP("Database", "the disk is full. Nothing was changed; free space on the disk "
                                                    "that holds the registry and try again");
    else if (detail.contains(QLatin1String("disk I/O error")))
        explanation = QT_TRANSLATE_NOOP("Database", "the disk reported an error while reading or writing. Nothing "
                                                    "was changed; check the disk (and free space on it) and try "
                                                    "again");
    else if (detail.contains(QLatin1String("attempt to write a readonly database")))
        explanation = QT_TRANSLATE_NOOP("Database", "the registry or its journal files (-wal, -shm) have become "
                                                    "read-only. Nothing was changed; make them writable and open the "
                                                    "registry again");
    else if (detail.contains(QLatin1String("database disk image is malformed")))
        explanation = QT_TRANSLATE_NOOP("Database", "the registry is damaged. Stop using it and restore the latest "
                                                    "good backup");
    QString refusal = explainedServerRefusal(detail);
    if (!refusal.isEmpty())
        return refusal;
    if (!explanation)
        return detail;
    QString sentence = translated(explanation);
    if (sentence.contains(QLatin1String("%1")))
        sentence = sentence.arg(kBusyTimeoutMs / 1000);
    return translated(QT_TRANSLATE_NOOP("Database", "%1 (SQLite: %2)")).arg(sentence, detail.trimmed());
}
