// Server addresses of shared registries (DESIGN.md §14): built from the connect dialog's fields and read back the same
// (special characters in user and database names, IPv6 hosts, Unix socket folders), the password only in the URL a
// second connection opens, never in what is shown or in a message; and, on the tests' server, a second connection
// (a background job's) that gets the password the first one was given.
#include "domain/serveraddress.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "testregistry.h"
#include "testserver.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

class TestServerAddress final : public QObject
{
    Q_OBJECT

private slots:
    void fieldsReadBackTheSame_data();
    void fieldsReadBackTheSame();
    void ipv6HostIsBracketed();
    void passwordOnlyInTheConnectionUrl();
    void messagesNeverRepeatThePassword();
    void withoutPasswordStripsEveryForm_data();
    void withoutPasswordStripsEveryForm();
    void secondConnectionGetsThePassword();
};

void TestServerAddress::fieldsReadBackTheSame_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");

    const auto row = [](const char *name, const char *host, int port, const char *database, const char *user,
                        const char *sslMode) {
        QTest::newRow(name) << QString::fromUtf8(host) << port << QString::fromUtf8(database) << QString::fromUtf8(user)
                            << QString::fromUtf8(sslMode);
    };
    row("plain", "db.example.org", 5432, "registry", "suzuki", "verify-full");
    row("other port", "db.example.org", 6432, "registry", "suzuki", "require");
    row("Japanese database with space", "192.0.2.10", 5432, "資産 台帳", "鈴木", "prefer");
    row("reserved characters", "db.example.org", 5433, "ledger/2026?#%&=+", "o'brien@corp:x/y", "disable");
    row("IPv6 loopback", "::1", 5432, "registry", "admin", "verify-ca");
    row("IPv6 address", "2001:db8::10", 15432, "registry", "admin", "require");
    row("socket folder", "/run/postgresql", 5432, "registry", "admin", "prefer");
    row("socket folder with space", "/tmp/pg sock", 5433, "台帳", "admin", "");
    row("no user", "db.example.org", 5432, "registry", "", "require");
}

void TestServerAddress::fieldsReadBackTheSame()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    ServerAddress address;
    address.host = host;
    address.port = port;
    address.database = database;
    address.user = user;
    address.sslMode = sslMode;
    for (const QString &url : {address.displayUrl(), address.connectionUrl()}) {
        QVERIFY2(url.startsWith(QLatin1String("postgresql://")), qPrintable(url));
        ServerAddress read;
        QString error;
        QVERIFY2(ServerAddress::parse(url, &read, &error), qPrintable(url + QLatin1Char(' ') + error));
        QCOMPARE(read.host, host);
        QCOMPARE(read.port, port);
        QCOMPARE(read.database, database);
        QCOMPARE(read.user, user);
        QCOMPARE(read.sslMode, sslMode);
        QVERIFY(read.password.isEmpty());
        // What is shown reads back to the same text: the recent list and the window name one registry one way.
        QCOMPARE(read.displayUrl(), address.displayUrl());
    }
    const QString name = address.displayName();
    QVERIFY2(name.endsWith(QStringLiteral(":%1/%2").arg(port).arg(database)), qPrintable(name));
    QCOMPARE(name.startsWith(user + QLatin1Char('@')), !user.isEmpty());
}

void TestServerAddress::ipv6HostIsBracketed()
{
    ServerAddress address;
    address.host = QStringLiteral("2001:db8::10");
    address.port = 6432;
    address.database = QStringLiteral("registry");
    address.user = QStringLiteral("admin");
    QCOMPARE(address.displayUrl(), QStringLiteral("postgresql://admin@[2001:db8::10]:6432/registry"));
    QCOMPARE(address.displayName(), QStringLiteral("admin@[2001:db8::10]:6432/registry"));
    // As typed after --database, in brackets.
    ServerAddress read;
    QString error;
    QVERIFY(ServerAddress::parse(QStringLiteral("postgresql://admin@[::1]/registry?sslmode=require"), &read, &error));
    QCOMPARE(read.host, QStringLiteral("::1"));
    QCOMPARE(read.port, 5432);
}

void TestServerAddress::passwordOnlyInTheConnectionUrl()
{
    ServerAddress address;
    address.host = QStringLiteral("db.example.org");
    address.database = QStringLiteral("registry");
    address.user = QStringLiteral("suzuki");
    address.password = QStringLiteral("p@ss:w/rd%?#&ä");
    address.sslMode = QStringLiteral("verify-full");
    for (const QString &shown : {address.displayUrl(), address.displayName()}) {
        QVERIFY2(!shown.contains(QLatin1String("ss:w")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("ss%3Aw")), qPrintable(shown));
    }
    QCOMPARE(address.displayUrl(), QStringLiteral("postgresql://suzuki@db.example.org/registry?sslmode=verify-full"));
    ServerAddress read;
    QString error;
    QVERIFY2(ServerAddress::parse(address.connectionUrl(), &read, &error), qPrintable(error));
    QCOMPARE(read.password, address.password);
    QCOMPARE(read.user, address.user);
    QCOMPARE(read.displayUrl(), address.displayUrl());
}

void TestServerAddress::messagesNeverRepeatThePassword()
{
    ServerAddress read;
    QString error;
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://suzuki:hunter2@db.example.org/"), &read, &error));
    QVERIFY2(error.contains(QLatin1String("names no database")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("postgresql://suzuki@db.example.org/")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://suzuki@db.example.org/registry?password=hunter2&x=1"),
                                  &read, &error));
    QVERIFY2(error.contains(QLatin1String("is not supported")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://suzuki:hunter2@db.example.org/registry?sslmode=always"),
                                  &read, &error));
    QVERIFY2(error.contains(QLatin1String("TLS mode 'always'")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));

    // Opening names the address without the password too.
    QVERIFY(!Registry::open(QStringLiteral("postgresql://suzuki:hunter2@/registry?host=/nonexistent-socket-folder"),
                            &error));
    QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
}

void TestServerAddress::withoutPasswordStripsEveryForm_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    const auto row = [](const char *name, const char *url, const char *shown) {
        QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(shown);
    };
    row("none", "postgresql://suzuki@db/registry", "postgresql://suzuki@db/registry");
    row("user and password", "postgresql://suzuki:secret@db:5433/registry", "postgresql://suzuki@db:5433/registry");
    row("@ in the password", "postgres://suzuki:se@cret@db/registry", "postgres://suzuki@db/registry");
    row("no user", "postgresql://:secret@db/registry", "postgresql://@db/registry");
    row("parameter", "postgresql://db/registry?password=secret&sslmode=require",
        "postgresql://db/registry?sslmode=require");
    row("last parameter", "postgresql://db/registry?sslmode=require&password=secret",
        "postgresql://db/registry?sslmode=require");
    row("IPv6 without user", "postgresql://[::1]:5432/registry", "postgresql://[::1]:5432/registry");
}

void TestServerAddress::withoutPasswordStripsEveryForm()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(ServerAddress::withoutPassword(url), shown);
}

void TestServerAddress::secondConnectionGetsThePassword()
{
    REQUIRE_TEST_SERVER();
    // Members of password_login sign in with a password (scripts/with-postgres.sh); the password has characters that
    // must be encoded in a URL.
    const QString role = QStringLiteral("clerk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString password = QStringLiteral("p@ss:w/rd%?#&ä'");
    QVERIFY(TestServer::execute({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'p@ss:w/rd%?#&ä''' IN ROLE "
                                                "password_login")
                                     .arg(role)}));
    const QString superuserUrl = TestServer::createDatabase(role);
    QVERIFY(!superuserUrl.isEmpty());
    const QString database = TestServer::databaseOf(superuserUrl);
    QString error;
    std::unique_ptr<Registry> registry =
        Registry::create(TestServer::urlFor(database, role, password), Registry::CreateOptions(), &error);
    QVERIFY2(registry, qPrintable(error));
    registry->setActor(QStringLiteral("tester@test"));
    QVERIFY(registry->assets().createAsset(TestRegistry::validAsset(*registry)).ok());
    QVERIFY2(!registry->path().contains(QLatin1String("p@ss")), qPrintable(registry->path()));
    QVERIFY2(!registry->path().contains(QLatin1String("p%40ss")), qPrintable(registry->path()));

    // Without it, the server refuses a second connection, and says so in a way the window recognises.
    ServerRefusal refusal = ServerRefusal::None;
    QVERIFY(!Registry::open(registry->path(), &error, &refusal));
    QCOMPARE(refusal, ServerRefusal::PasswordNeeded);
    QVERIFY2(error.contains(QLatin1String("asks for a password")), qPrintable(error));
    QVERIFY(!Registry::open(TestServer::urlFor(database, role, QStringLiteral("wrong")), &error, &refusal));
    QCOMPARE(refusal, ServerRefusal::WrongPassword);

    // A worker's connection: the same registry, with the password kept in memory.
    std::unique_ptr<Registry> worker = registry->openAgain(&error);
    QVERIFY2(worker, qPrintable(error));
    QCOMPARE(worker->assets().count({}, &error), 1);
    QCOMPARE(worker->path(), registry->path());
    // And again from a worker's worker.
    std::unique_ptr<Registry> third = worker->openAgain(&error);
    QVERIFY2(third, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "test_serveraddress.moc"
