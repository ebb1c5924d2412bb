// A second connection to a registry file, for tests and benchmarks that act as someone holding the file would: to
// damage or tamper with it, to bulk-load rows past the services, or to checkpoint its write-ahead log. The services
// never see it.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace RawSql {

inline QSqlDatabase connection(const QString &path)
{
    const QString name = QStringLiteral("raw:") + path;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

} // namespace RawSql
