// Databases on the tests' PostgreSQL server.
#include "testserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace TestServer {

namespace {

QStringList &createdDatabases()
{
    static QStringList names;
    return names;
}

// The server's Unix socket folder (or host) from the URL the harness exports.
QString serverHost()
{
    const QUrl parsed(url());
    const QString socket = QUrlQuery(parsed).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    return socket.isEmpty() ? parsed.host() : socket;
}

int serverPort()
{
    return QUrl(url()).port(5432);
}

QString superuser()
{
    return QUrl(url()).userName();
}

// Drops the databases of this process that nobody uses any more (the cluster is thrown away, but each database takes
// megabytes, and a suite creates hundreds).
void dropUnused(QSqlQuery &query)
{
    QStringList &names = createdDatabases();
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        if (query.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(names.at(i))))
            names.removeAt(i);
    }
}

// Refuses to run a server test without a server: a skip with the reason (CTest's return code 77, SKIP_RETURN_CODE),
// or, when the server is required, a failure.
struct ServerRunCheck
{
    ServerRunCheck()
    {
        if (!isServerRun() || !url().isEmpty())
            return;
        std::fprintf(stderr, "%s: %s\n", required() ? "FAIL" : "SKIP", qPrintable(missingReason()));
        std::exit(required() ? 1 : 77);
    }
} serverRunCheck;

} // namespace

QString url()
{
    return qEnvironmentVariable("ASSET_REGISTRY_TEST_POSTGRES");
}

QString missingReason()
{
    if (!url().isEmpty())
        return {};
    const QString reason = qEnvironmentVariable("ASSET_REGISTRY_TEST_POSTGRES_MISSING");
    return QStringLiteral("no PostgreSQL server for the tests of the shared registry: %1")
        .arg(reason.isEmpty() ? QStringLiteral("ASSET_REGISTRY_TEST_POSTGRES is not set (run the tests through "
                                               "scripts/test.sh or scripts/with-postgres.sh)")
                              : reason);
}

bool required()
{
    return qEnvironmentVariable("ASSET_REGISTRY_REQUIRE_POSTGRES") == QLatin1String("1");
}

bool isServerRun()
{
    return qEnvironmentVariable("ASSET_REGISTRY_TEST_BACKEND") == QLatin1String("postgresql");
}

QString urlFor(const QString &database, const QString &user, const QString &password)
{
    QUrl result;
    result.setScheme(QStringLiteral("postgresql"));
    const QString host = serverHost();
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        result.setHost(host);
    result.setUserName(user);
    if (!password.isEmpty())
        result.setPassword(password);
    if (serverPort() != 5432)
        result.setPort(serverPort());
    result.setPath(QLatin1Char('/') + database);
    result.setQuery(query);
    return result.toString();
}

QString expectedActor(const QString &fileActor)
{
    return isServerRun() ? superuser() : fileActor;
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

bool execute(const QStringList &statements, const QString &database)
{
    if (url().isEmpty()) {
        qWarning("%s", qPrintable(missingReason()));
        return false;
    }
    const QString name = QStringLiteral("test-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(serverHost());
        db.setPort(serverPort());
        db.setUserName(superuser());
        db.setDatabaseName(database.isEmpty() ? QStringLiteral("postgres") : database);
        if (!db.open()) {
            qWarning("cannot connect to the test server: %s", qPrintable(db.lastError().text()));
            ok = false;
        } else {
            QSqlQuery query(db);
            if (database.isEmpty())
                dropUnused(query);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString newRegistryLocation()
{
    static QString database;
    if (database.isEmpty()) {
        const QString url = createDatabase();
        if (url.isEmpty() || !execute({QStringLiteral("CREATE EXTENSION pg_trgm SCHEMA public")}, databaseOf(url)))
            return {};
        database = databaseOf(url);
    }
    const QString schema = QStringLiteral("registry_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!execute({QStringLiteral("CREATE SCHEMA %1").arg(schema)}, database))
        return {};
    QUrl location(urlFor(database, superuser()));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("options"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                      QStringLiteral("-csearch_path=%1,public").arg(schema))));
    location.setQuery(query);
    return location.toString(QUrl::FullyEncoded);
}

QString createDatabase(const QString &owner)
{
    const QString name = QStringLiteral("registry_") + QUuid::createUuid().toString(QUuid::Id128);
    QString statement = QStringLiteral("CREATE DATABASE \"%1\"").arg(name);
    if (!owner.isEmpty())
        statement += QStringLiteral(" OWNER \"%1\"").arg(owner);
    if (!execute({statement}))
        return {};
    createdDatabases() << name;
    return urlFor(name, superuser());
}

} // namespace TestServer
