// A second connection to a registry file, for tests and benchmarks that act as someone holding the file would: to
// damage or tamper with it, to bulk-load rows past the services, or to checkpoint its write-ahead log. The services
// never see it. On a shared registry (a postgresql:// address) it is a connection of the same user with psql's rights,
// to the registry's schema.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace RawSql {

inline QSqlDatabase connection(const QString &path)
{
    const QString name = QStringLiteral("raw:") + path;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    if (path.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(path);
        const QUrlQuery query(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QString socket = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        db.setHostName(socket.isEmpty() ? url.host() : socket);
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        const QString options = query.queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
        if (!options.isEmpty())
            db.setConnectOptions(QStringLiteral("options='%1'").arg(options));
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

} // namespace RawSql
