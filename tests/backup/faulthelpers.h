// Shared checks of the backup and fault tests: a registry file that opens, passes SQLite's integrity_check and has
// an unbroken audit chain, and small helpers to make and damage registries.
#pragma once

#include "domain/auditevent.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "service/writernote.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace FaultHelpers {

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs one statement on its own connection, as someone holding the file would.
inline bool rawExec(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// SQLite's integrity_check of the whole file: true for "ok", else problem says what it found.
inline bool integrityOk(const QString &path, QString *problem)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check(1)")) && query.next()) {
                *problem = query.value(0).toString();
                ok = *problem == QLatin1String("ok");
            } else {
                *problem = query.lastError().text();
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Holds the write lock of a registry on a connection of its own, as a writer in another program does, and leaves the
// writer's note that program would leave (with this process's id and the given operation).
class WriteLock final
{
public:
    WriteLock(const QString &path, const QString &operation)
        : m_path(path)
        , m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_locked = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        WriterNote::setOperation(operation);
        WriterNote::write(path);
        WriterNote::setOperation(QString());
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        WriterNote::remove(m_path);
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;
    bool locked() const { return m_locked; }
    // Runs a statement inside the held transaction.
    bool exec(const QString &sql) { return QSqlQuery(QSqlDatabase::database(m_name, false)).exec(sql); }

private:
    QString m_path;
    QString m_name;
    bool m_locked = false;
};

inline bool makeRegistry(const QString &path, int assets, QString *error)
{
    auto registry = Registry::create(path, {}, error);
    if (!registry)
        return false;
    if (assets > 0) {
        const Result<int> created = registry->assets().createAssets(
            TestRegistry::generated(assets, registry->scheme(), 1, QDate::currentDate()));
        if (!created.ok()) {
            *error = created.error;
            return false;
        }
    }
    return rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Walks the audit chain as `verify` does: every event links to the one before and its hash is the SHA-256 of the
// previous hash and its canonical form. Returns an empty string when the chain holds, else what broke.
inline QString chainProblem(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT seq, occurred_at, actor, action, entity, entity_id, changes, "
                                       "prev_hash, hash FROM audit_event ORDER BY seq")))
            problem = query.lastError().text();
        QString previous(64, QLatin1Char('0'));
        qint64 expectedSeq = 1;
        while (problem.isEmpty() && query.next()) {
            AuditEvent event;
            event.seq = query.value(0).toLongLong();
            event.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            event.actor = query.value(2).toString();
            event.action = query.value(3).toString();
            event.entity = query.value(4).toString();
            event.entityId = query.value(5).toString();
            event.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(previous.toLatin1());
            hash.addData(AuditEvent::canonical(event));
            if (event.seq != expectedSeq)
                problem = QStringLiteral("event %1 follows %2").arg(event.seq).arg(expectedSeq - 1);
            else if (query.value(7).toString() != previous)
                problem = QStringLiteral("event %1 does not link to the one before").arg(event.seq);
            else if (query.value(8).toString() != QString::fromLatin1(hash.result().toHex()))
                problem = QStringLiteral("event %1 does not match its hash").arg(event.seq);
            previous = query.value(8).toString();
            ++expectedSeq;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// One number read from a registry file on a read-only connection (-1 when it cannot be read).
inline qint64 count(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Overwrites pages in the middle of the file, keeping the header intact.
inline bool damage(const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::ReadWrite) || out.size() < 32 * 4096)
        return false;
    out.seek((out.size() / 2) / 4096 * 4096);
    return out.write(QByteArray(3 * 4096, '\x5a')) == 3 * 4096;
}

} // namespace FaultHelpers
