// Whole-file checks, facts and copies of registry files.
#include "registryfile.h"

#include "sqliteinterrupt.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace {

// SQLite's own words, without the driver's "Unable to fetch row" around them.
QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// Runs work on a fresh connection to path, removed afterwards; the connection lives only on the calling thread.
bool withConnection(const QString &path, bool readOnly, QString *problem,
                    const std::function<bool(QSqlDatabase &, QString *)> &work)
{
    const QString name = QStringLiteral("registry-file-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *problem = errorText(db.lastError());
        } else {
            SqliteInterrupt::install(db);
            ok = work(db, problem);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool scalar(QSqlQuery &query, const QString &sql, QVariant *value, QString *problem)
{
    if (!query.exec(sql) || !query.next()) {
        *problem = errorText(query.lastError());
        return false;
    }
    *value = query.value(0);
    return true;
}

} // namespace

bool RegistryFile::check(const QString &path, Check depth, QString *problem)
{
    return withConnection(path, true, problem, [depth](QSqlDatabase &db, QString *problem) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QVariant result;
        const QString sql = depth == Check::Quick ? QStringLiteral("PRAGMA quick_check(1)")
                                                  : QStringLiteral("PRAGMA integrity_check(1)");
        if (!scalar(query, sql, &result, problem))
            return false;
        if (result.toString() != QLatin1String("ok")) {
            *problem = result.toString();
            return false;
        }
        return true;
    });
}

bool RegistryFile::readFacts(const QString &path, RegistryFileFacts *facts, QString *problem)
{
    return withConnection(path, true, problem, [facts](QSqlDatabase &db, QString *problem) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QVariant appId, version, assets;
        if (!scalar(query, QStringLiteral("PRAGMA application_id"), &appId, problem) ||
            !scalar(query, QStringLiteral("PRAGMA user_version"), &version, problem))
            return false;
        facts->applicationId = appId.toInt();
        facts->schemaVersion = version.toInt();
        // A file of another application has no such tables; its facts stop at the application id.
        if (!scalar(query, QStringLiteral("SELECT count(*) FROM asset"), &assets, problem))
            return false;
        facts->assetCount = assets.toLongLong();
        if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
            *problem = errorText(query.lastError());
            return false;
        }
        if (query.next()) {
            facts->headSeq = query.value(0).toLongLong();
            facts->headHash = query.value(1).toString();
        }
        return true;
    });
}

bool RegistryFile::copyInto(const QString &sourcePath, const QString &target, QString *problem)
{
    // A read-write connection although nothing is written: on a read-only one, SQLite 3.40 copies the stored
    // generated column of the asset table as an extra value and fails ("27 columns but 28 values").
    return withConnection(sourcePath, false, problem, [&target](QSqlDatabase &db, QString *problem) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(target);
        if (!query.exec()) {
            *problem = errorText(query.lastError());
            return false;
        }
        return true;
    });
}

bool RegistryFile::checkpoint(const QString &path, QString *problem)
{
    return withConnection(path, false, problem, [](QSqlDatabase &db, QString *problem) {
        QSqlQuery query(db);
        // Returns (busy, log pages, checkpointed pages); busy = 1 means another connection kept part of the log.
        QVariant busy;
        if (!scalar(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &busy, problem))
            return false;
        if (busy.toInt() != 0) {
            *problem = QStringLiteral("database is locked");
            return false;
        }
        return true;
    });
}
