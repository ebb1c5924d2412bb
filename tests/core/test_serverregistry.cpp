// A shared registry on the tests' PostgreSQL server (DESIGN.md §14): created in an empty database, opened again by a
// second connection, searched through its pg_trgm indexes, and refused with a clear message when the address, the
// password, the database or its content is not right. Runs in every default run; without a server it skips (or fails,
// when the server is required) with the reason.
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "testregistry.h"
#include "testserver.h"

#include <QTest>
#include <QUrl>

class TestServerRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createOpenAndSearch();
    void createRefusesANonEmptyDatabase();
    void openRefusesWhatIsNoRegistry();
    void openRefusesANewerSchema();
    void unreachableServerIsNamed();
    void wrongPasswordIsNamed();
    void missingDatabaseIsNamed();
    void addressMustNameADatabase();

private:
    static Asset draft(const Registry &registry, const QString &name, const QString &department);
};

void TestServerRegistry::init()
{
    REQUIRE_TEST_SERVER();
}

Asset TestServerRegistry::draft(const Registry &registry, const QString &name, const QString &department)
{
    return TestRegistry::asset(registry, name, department, QStringLiteral("鈴木 一郎"));
}

void TestServerRegistry::createOpenAndSearch()
{
    const QString url = TestServer::newRegistryLocation();
    QVERIFY(!url.isEmpty());
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(url, {}, &error);
    QVERIFY2(registry, qPrintable(error));
    registry->setActor(QStringLiteral("tester@test"));
    QVERIFY(registry->path().startsWith(QLatin1String("postgresql://")));
    QVERIFY(registry->assets()
                .createAsset(draft(*registry, QStringLiteral("住民基本台帳データ"), QStringLiteral("市民課")))
                .ok());
    QVERIFY(
        registry->assets().createAsset(draft(*registry, QStringLiteral("Payroll DB"), QStringLiteral("人事部"))).ok());

    // A second connection (another administrator, or a background job) sees the same registry.
    std::unique_ptr<Registry> other = Registry::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->assets().count({}, &error), 2);
    QCOMPARE(other->audit().count(), registry->audit().count());

    // The rules of the file's search: three or more characters anywhere, shorter words in the short fields, any case.
    const auto found = [&](const QString &words) {
        AssetFilter filter;
        filter.search = words;
        QString problem;
        const qint64 count = other->assets().count(filter, &problem);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        const QList<Asset> page = other->assets().page(filter, {}, 0, 10, &problem);
        return count == page.size() ? count : -1;
    };
    QCOMPARE(found(QStringLiteral("基本台帳")), 1);
    QCOMPARE(found(QStringLiteral("住民")), 1);
    QCOMPARE(found(QStringLiteral("payroll")), 1);
    QCOMPARE(found(QStringLiteral("PAY")), 1);
    QCOMPARE(found(QStringLiteral("人事")), 1);
    QCOMPARE(found(QStringLiteral("人事 payroll")), 1);
    QCOMPARE(found(QStringLiteral("人事 住民")), 0);
    QCOMPARE(found(QStringLiteral("100%")), 0);
    QCOMPARE(found(QStringLiteral("鈴木")), 2);
}

void TestServerRegistry::createRefusesANonEmptyDatabase()
{
    const QString url = TestServer::createDatabase();
    const QString name = TestServer::databaseOf(url);
    QVERIFY(TestServer::execute({QStringLiteral("CREATE TABLE customer (id integer)")}, name));
    QString error;
    QVERIFY(!Registry::create(url, {}, &error));
    QVERIFY2(error.contains(QLatin1String("is not empty")), qPrintable(error));

    // A registry is not created twice in the same database either.
    const QString second = TestServer::createDatabase();
    QVERIFY(Registry::create(second, {}, &error));
    QVERIFY(!Registry::create(second, {}, &error));
    QVERIFY2(error.contains(QLatin1String("is not empty")), qPrintable(error));
}

void TestServerRegistry::openRefusesWhatIsNoRegistry()
{
    const QString empty = TestServer::createDatabase();
    QString error;
    QVERIFY(!Registry::open(empty, &error));
    QVERIFY2(error.contains(QLatin1String("holds no registry yet")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("--database ADDRESS server init")), qPrintable(error));

    const QString foreign = TestServer::createDatabase();
    QVERIFY(
        TestServer::execute({QStringLiteral("CREATE TABLE customer (id integer)")}, TestServer::databaseOf(foreign)));
    QVERIFY(!Registry::open(foreign, &error));
    QVERIFY2(error.contains(QLatin1String("is not an asset registry")), qPrintable(error));
}

void TestServerRegistry::openRefusesANewerSchema()
{
    const QString url = TestServer::createDatabase();
    QString error;
    QVERIFY(Registry::create(url, {}, &error));
    QVERIFY(TestServer::execute({QStringLiteral("INSERT INTO registry_schema (version) VALUES (999)")},
                                TestServer::databaseOf(url)));
    ServerRefusal refusal = ServerRefusal::None;
    QVERIFY(!Registry::open(url, &error, &refusal));
    QCOMPARE(refusal, ServerRefusal::SchemaNewer);
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("schema 999")), qPrintable(error));
}

void TestServerRegistry::unreachableServerIsNamed()
{
    QString error;
    QVERIFY(!Registry::open(QStringLiteral("postgresql://nobody@/registry?host=/nonexistent-socket-folder"), &error));
    QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
    ServerRefusal refusal = ServerRefusal::None;
    QVERIFY(!Registry::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/registry"), &error, &refusal));
    QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
    QCOMPARE(refusal, ServerRefusal::Unreachable);
}

void TestServerRegistry::wrongPasswordIsNamed()
{
    // Members of password_login sign in with a password (scripts/with-postgres.sh).
    QVERIFY(TestServer::execute({QStringLiteral("DROP ROLE IF EXISTS clerk"),
                                 QStringLiteral("CREATE ROLE clerk LOGIN PASSWORD 'right' IN ROLE password_login")}));
    const QString url = TestServer::createDatabase(QStringLiteral("clerk"));
    const QString name = TestServer::databaseOf(url);
    QString error;
    ServerRefusal refusal = ServerRefusal::None;
    QVERIFY(
        !Registry::open(TestServer::urlFor(name, QStringLiteral("clerk"), QStringLiteral("wrong")), &error, &refusal));
    QVERIFY2(error.contains(QLatin1String("refused the user name or password")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("wrong")), qPrintable(error));
    QCOMPARE(refusal, ServerRefusal::WrongPassword);
    // The right password gets as far as the content: an empty database.
    QVERIFY(
        !Registry::open(TestServer::urlFor(name, QStringLiteral("clerk"), QStringLiteral("right")), &error, &refusal));
    QVERIFY2(error.contains(QLatin1String("holds no registry yet")), qPrintable(error));
    QCOMPARE(refusal, ServerRefusal::EmptyDatabase);
}

void TestServerRegistry::missingDatabaseIsNamed()
{
    QString error;
    const QString url = TestServer::urlFor(QStringLiteral("no_such_registry"), QUrl(TestServer::url()).userName());
    ServerRefusal refusal = ServerRefusal::None;
    QVERIFY(!Registry::open(url, &error, &refusal));
    QVERIFY2(error.contains(QLatin1String("does not exist on the server")), qPrintable(error));
    QCOMPARE(refusal, ServerRefusal::DatabaseMissing);
    // A user the server does not know.
    QVERIFY(!Registry::open(TestServer::urlFor(QStringLiteral("postgres"), QStringLiteral("nobody_at_all")), &error,
                            &refusal));
    QCOMPARE(refusal, ServerRefusal::AccessDenied);
    QVERIFY2(error.contains(QLatin1String("does not let this user connect")), qPrintable(error));
}

void TestServerRegistry::addressMustNameADatabase()
{
    QString error;
    QVERIFY(!Registry::open(QStringLiteral("postgresql://someone@server.example/"), &error));
    QVERIFY2(error.contains(QLatin1String("names no database")), qPrintable(error));
    QVERIFY(!Registry::open(QStringLiteral("postgresql://someone@server.example/registry?sslmode=always"), &error));
    QVERIFY2(error.contains(QLatin1String("TLS mode 'always'")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerRegistry)
#include "test_serverregistry.moc"
