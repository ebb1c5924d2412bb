// The roles of a shared registry, enforced by the server (DESIGN.md §14): `server init` and `server grant` set them
// up, and then each role connects with raw SQL, as someone with psql would, and is shown what it cannot do: an editor
// cannot change another department's asset, nobody but the owner can change or delete an audit event, the actor and
// time of every event are the server's, and a change made past the application is still recorded. The application
// itself meets the same refusals with a clear message, and concurrent writers keep one chain.
#include "../rawsql.h"
#include "clirunner.h"
#include "service/accessservice.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "testregistry.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

class TestServerRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void membersAreListed();
    void grantRefusesWhatIsNoRole();
    void editorWritesOnlyItsDepartments();
    void auditEventsAreStampedByTheServer();
    void nobodyButTheOwnerChangesTheHistory();
    void changesPastTheApplicationAreRecorded();
    void auditorAndViewerWriteNothing();
    void applicationMeetsTheSameRefusals();
    void concurrentWritersKeepOneChain();
    void fileRegistryHasNoRoles();
    void upgradeFromSchemaTwoKeepsTheChain();
    void rawChangesOfControlsRisksAndDisposalsAreRecorded();
    void applicationChangesAreRecordedOnce();
    void longDatabaseNamesAreRefused();

private:
    QString urlOf(const QString &user) const { return TestServer::urlFor(m_database, user); }
    // Runs one statement as `user`; the error text when it fails, empty when it succeeds.
    QString execAs(const QString &user, const QString &sql, int *rows = nullptr);
    QVariant valueAs(const QString &user, const QString &sql);

    QString m_database;
    QString m_owner;
    QString m_humanResources; // asset of 人事部
    QString m_generalAffairs; // asset of 総務部
};

void TestServerRoles::initTestCase()
{
    REQUIRE_TEST_SERVER();
    const QString url = TestServer::createDatabase();
    QVERIFY(!url.isEmpty());
    m_database = TestServer::databaseOf(url);
    m_owner = QUrl(url).userName();
    QVERIFY(TestServer::execute({QStringLiteral("CREATE EXTENSION pg_trgm")}, m_database));

    CliRun run = CliRunner::run(url, {QStringLiteral("server"), QStringLiteral("init"),
                                      QStringLiteral("--organisation"), QStringLiteral("Test City")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    // A second init on the registry brings the roles up to date and changes nothing else.
    run = CliRunner::run(url, {QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(run.status == 0, qPrintable(run.err));

    const QList<QStringList> grants{
        {QStringLiteral("alice"), QStringLiteral("editor"), QStringLiteral("人事部")},
        {QStringLiteral("bob"), QStringLiteral("editor"), QStringLiteral("総務部")},
        {QStringLiteral("carol"), QStringLiteral("auditor")},
        {QStringLiteral("dave"), QStringLiteral("viewer")},
        {QStringLiteral("erin"), QStringLiteral("administrator")},
    };
    for (const QStringList &grant : grants) {
        QStringList arguments{QStringLiteral("server"), QStringLiteral("grant"), grant.at(0), QStringLiteral("--role"),
                              grant.at(1)};
        if (grant.size() > 2)
            arguments << QStringLiteral("--department") << grant.at(2);
        run = CliRunner::run(url, arguments);
        QVERIFY2(run.status == 0, qPrintable(run.err));
    }

    QString error;
    std::unique_ptr<Registry> registry = Registry::open(url, &error);
    QVERIFY2(registry, qPrintable(error));
    const Result<Asset> first = registry->assets().createAsset(
        TestRegistry::asset(*registry, QStringLiteral("人事記録"), QStringLiteral("人事部"), QStringLiteral("鈴木")));
    QVERIFY2(first.ok(), qPrintable(first.error));
    const Result<Asset> second = registry->assets().createAsset(
        TestRegistry::asset(*registry, QStringLiteral("文書管理"), QStringLiteral("総務部"), QStringLiteral("佐藤")));
    QVERIFY2(second.ok(), qPrintable(second.error));
    m_humanResources = first->assetNo;
    m_generalAffairs = second->assetNo;
}

void TestServerRoles::cleanupTestCase()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("raw:")))
            QSqlDatabase::removeDatabase(name);
    }
}

QString TestServerRoles::execAs(const QString &user, const QString &sql, int *rows)
{
    QSqlDatabase db = RawSql::connection(urlOf(user));
    if (!db.isOpen())
        return QStringLiteral("cannot connect as %1: %2").arg(user, db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().text().isEmpty() ? QStringLiteral("failed") : query.lastError().text();
    if (rows)
        *rows = query.numRowsAffected();
    return {};
}

QVariant TestServerRoles::valueAs(const QString &user, const QString &sql)
{
    QSqlQuery query(RawSql::connection(urlOf(user)));
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

void TestServerRoles::membersAreListed()
{
    const CliRun run = CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("members")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("alice,editor,人事部")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("bob,editor,総務部")));
    QVERIFY(run.out.contains(QStringLiteral("carol,auditor,")));
    QVERIFY(run.out.contains(QStringLiteral("dave,viewer,")));
    QVERIFY(run.out.contains(QStringLiteral("erin,administrator,")));

    // A new grant replaces the role a user had; the change is in the audit trail.
    CliRun grant =
        CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("frank"),
                                        QStringLiteral("--role"), QStringLiteral("viewer")});
    QVERIFY2(grant.status == 0, qPrintable(grant.err));
    grant = CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("frank"),
                                            QStringLiteral("--role"), QStringLiteral("auditor")});
    QVERIFY2(grant.status == 0, qPrintable(grant.err));
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM pg_auth_members am JOIN pg_roles m ON m.oid = "
                                             "am.member WHERE m.rolname = 'frank'"))
                 .toInt(),
             1);
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'member' AND "
                                             "entity_id = 'frank'"))
                 .toInt(),
             2);
    const CliRun revoke =
        CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("revoke"), QStringLiteral("frank")});
    QVERIFY2(revoke.status == 0, qPrintable(revoke.err));
    QVERIFY(!CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("members")})
                 .out.contains(QStringLiteral("frank")));
}

void TestServerRoles::grantRefusesWhatIsNoRole()
{
    CliRun run =
        CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("gina"),
                                        QStringLiteral("--role"), QStringLiteral("superuser")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("superuser")), qPrintable(run.err));
    // An editor without a department could write nothing: refused before anything is created.
    run = CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("gina"),
                                          QStringLiteral("--role"), QStringLiteral("editor")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--department")), qPrintable(run.err));
    // A user name that would be SQL.
    run = CliRunner::run(urlOf(m_owner), {QStringLiteral("server"), QStringLiteral("grant"),
                                          QStringLiteral("x\"; DROP TABLE asset; --"), QStringLiteral("--role"),
                                          QStringLiteral("viewer")});
    QCOMPARE(run.status, 1);
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'gina'")).toInt(), 0);
    QVERIFY(valueAs(m_owner, QStringLiteral("SELECT to_regclass('asset') IS NOT NULL")).toBool());
}

void TestServerRoles::editorWritesOnlyItsDepartments()
{
    int rows = -1;
    QString refusal =
        execAs(QStringLiteral("alice"),
               QStringLiteral("UPDATE asset SET remarks = 'alice' WHERE asset_no = '%1'").arg(m_generalAffairs));
    QVERIFY2(refusal.contains(QStringLiteral("may not change the assets of department")), qPrintable(refusal));
    refusal = execAs(QStringLiteral("alice"),
                     QStringLiteral("DELETE FROM asset WHERE asset_no = '%1'").arg(m_generalAffairs));
    QVERIFY2(refusal.contains(QStringLiteral("may not change")), qPrintable(refusal));
    // Nor move its own asset into another department, nor register one there.
    refusal =
        execAs(QStringLiteral("alice"),
               QStringLiteral("UPDATE asset SET department = '総務部' WHERE asset_no = '%1'").arg(m_humanResources));
    QVERIFY2(refusal.contains(QStringLiteral("row-level security")), qPrintable(refusal));
    refusal = execAs(QStringLiteral("alice"),
                     QStringLiteral("INSERT INTO asset (asset_no, name, department, owner, asset_type, "
                                    "confidentiality, integrity, availability, registered_on, updated_at) VALUES "
                                    "('X-1', 'x', '総務部', 'x', 'information', 1, 1, 1, '2026-01-01', '')"));
    QVERIFY2(refusal.contains(QStringLiteral("row-level security")), qPrintable(refusal));
    // Nor the registry's settings.
    QVERIFY(execAs(QStringLiteral("alice"),
                   QStringLiteral("UPDATE registry_setting SET value = 'x' WHERE key = 'organisation'"), &rows)
                .isEmpty());
    QCOMPARE(rows, 0);
    QCOMPARE(
        valueAs(m_owner, QStringLiteral("SELECT value FROM registry_setting WHERE key = 'organisation'")).toString(),
        QStringLiteral("Test City"));
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT remarks FROM asset WHERE asset_no = '%1'").arg(m_generalAffairs))
                 .toString(),
             QString());

    // Its own department's asset it may change, and its controls.
    QVERIFY(execAs(QStringLiteral("alice"),
                   QStringLiteral("UPDATE asset SET remarks = 'checked' WHERE asset_no = '%1'").arg(m_humanResources),
                   &rows)
                .isEmpty());
    QCOMPARE(rows, 1);
    // Bob is the editor of 総務部.
    QVERIFY(execAs(QStringLiteral("bob"),
                   QStringLiteral("UPDATE asset SET remarks = 'bob' WHERE asset_no = '%1'").arg(m_generalAffairs))
                .isEmpty());
}

void TestServerRoles::auditEventsAreStampedByTheServer()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    // A client that writes its own event names someone else and another time; the server records who and when.
    QVERIFY(execAs(QStringLiteral("alice"),
                   QStringLiteral("INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id, "
                                  "changes, prev_hash, hash) VALUES (1, '2000-01-01T00:00:00.000Z', 'mallory', "
                                  "'note', 'asset', '%1', '{}', 'x', 'y')")
                       .arg(m_humanResources))
                .isEmpty());
    QSqlQuery query(RawSql::connection(urlOf(m_owner)));
    QVERIFY(query.exec(QStringLiteral("SELECT actor, occurred_at, seq FROM audit_event WHERE action = 'note'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("alice"));
    const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(5), qPrintable(query.value(1).toString()));
    QVERIFY(query.value(2).toLongLong() > 1);

    // The chain the server built verifies with the application's own check.
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(urlOf(m_owner), &error);
    QVERIFY2(registry, qPrintable(error));
    const ChainCheck check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

void TestServerRoles::nobodyButTheOwnerChangesTheHistory()
{
    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("erin")}) {
        QString refusal = execAs(user, QStringLiteral("UPDATE audit_event SET actor = 'nobody'"));
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")),
                 qPrintable(user + QLatin1String(": ") + refusal));
        refusal = execAs(user, QStringLiteral("DELETE FROM audit_event"));
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")),
                 qPrintable(user + QLatin1String(": ") + refusal));
        refusal = execAs(user, QStringLiteral("TRUNCATE audit_event"));
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")),
                 qPrintable(user + QLatin1String(": ") + refusal));
        refusal = execAs(user, QStringLiteral("ALTER TABLE audit_event DISABLE TRIGGER USER"));
        QVERIFY2(refusal.contains(QStringLiteral("must be owner")), qPrintable(user + QLatin1String(": ") + refusal));
    }
    // The owner's own statements are refused by the table's triggers: only dropping them would let it rewrite, and
    // the checkpoints kept outside the registry show that (test_auditchain).
    const QString refusal = execAs(m_owner, QStringLiteral("UPDATE audit_event SET actor = 'nobody'"));
    QVERIFY2(refusal.contains(QStringLiteral("append-only")), qPrintable(refusal));
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event WHERE actor = 'nobody'")).toInt(), 0);
}

void TestServerRoles::changesPastTheApplicationAreRecorded()
{
    const qint64 before = valueAs(m_owner, QStringLiteral("SELECT max(seq) FROM audit_event")).toLongLong();
    QVERIFY(execAs(QStringLiteral("bob"),
                   QStringLiteral("UPDATE asset SET name = '文書管理台帳' WHERE asset_no = '%1'").arg(m_generalAffairs))
                .isEmpty());
    QSqlQuery query(RawSql::connection(urlOf(m_owner)));
    QVERIFY(query.exec(QStringLiteral("SELECT actor, action, changes FROM audit_event WHERE seq > %1 AND entity = "
                                      "'asset' AND entity_id = '%2'")
                           .arg(before)
                           .arg(m_generalAffairs)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("bob"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("update"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("{\"name\":[\"文書管理\",\"文書管理台帳\"]}"));
    QVERIFY(!query.next());

    // The application's own change is recorded once, by the application's event.
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(urlOf(QStringLiteral("bob")), &error);
    QVERIFY2(registry, qPrintable(error));
    Result<Asset> asset = registry->assets().byAssetNo(m_generalAffairs);
    QVERIFY(asset.ok());
    asset->remarks = QStringLiteral("via the application");
    const Result<Asset> saved = registry->assets().updateAsset(*asset);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity_id = '%1' AND changes "
                                             "LIKE '%via the application%'")
                                  .arg(m_generalAffairs))
                 .toInt(),
             1);
    const QList<AuditEvent> history = registry->audit().eventsFor(QStringLiteral("asset"), m_generalAffairs);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.constLast().actor, QStringLiteral("bob"));
    QVERIFY(registry->audit().verify().ok());
}

void TestServerRoles::auditorAndViewerWriteNothing()
{
    for (const QString &user : {QStringLiteral("carol"), QStringLiteral("dave")}) {
        QString refusal = execAs(user, QStringLiteral("UPDATE asset SET remarks = 'x'"));
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")),
                 qPrintable(user + QLatin1String(": ") + refusal));
        refusal = execAs(user, QStringLiteral("INSERT INTO audit_event (seq, occurred_at, actor, action, entity, "
                                              "entity_id, changes, prev_hash, hash) VALUES (0, '', '', 'x', 'x', "
                                              "'x', '{}', '', '')"));
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")),
                 qPrintable(user + QLatin1String(": ") + refusal));
        refusal = execAs(user, QStringLiteral("UPDATE registry_setting SET value = 'x'"));
        QVERIFY2(refusal.contains(QStringLiteral("permission denied")),
                 qPrintable(user + QLatin1String(": ") + refusal));
        QCOMPARE(valueAs(user, QStringLiteral("SELECT count(*) FROM asset")).toInt(), 2);
    }
    // The auditor reads the history; the viewer reads the ledger but not the history.
    QVERIFY(valueAs(QStringLiteral("carol"), QStringLiteral("SELECT count(*) FROM audit_event")).toInt() > 0);
    const QString refusal = execAs(QStringLiteral("dave"), QStringLiteral("SELECT count(*) FROM audit_event"));
    QVERIFY2(refusal.contains(QStringLiteral("permission denied")), qPrintable(refusal));
}

void TestServerRoles::applicationMeetsTheSameRefusals()
{
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(urlOf(QStringLiteral("alice")), &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->actor(), QStringLiteral("alice"));
    QCOMPARE(registry->access().self()->role, QStringLiteral("editor"));
    Result<Asset> other = registry->assets().byAssetNo(m_generalAffairs);
    QVERIFY(other.ok());
    other->remarks = QStringLiteral("alice was here");
    const Result<Asset> refused = registry->assets().updateAsset(*other);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QStringLiteral("only the assets of the departments you are a member of")),
             qPrintable(refused.error));
    // A new asset of another department is refused whole: no number is used up.
    const QString counter =
        valueAs(m_owner, QStringLiteral("SELECT value FROM registry_setting WHERE key = 'next_asset_seq'")).toString();
    const Result<Asset> created = registry->assets().createAsset(
        TestRegistry::asset(*registry, QStringLiteral("名簿"), QStringLiteral("総務部"), QStringLiteral("鈴木")));
    QVERIFY(!created.ok());
    QCOMPARE(
        valueAs(m_owner, QStringLiteral("SELECT value FROM registry_setting WHERE key = 'next_asset_seq'")).toString(),
        counter);
    // In its own department the editor registers assets, numbered from the shared counter.
    const Result<Asset> own = registry->assets().createAsset(
        TestRegistry::asset(*registry, QStringLiteral("名簿"), QStringLiteral("人事部"), QStringLiteral("鈴木")));
    QVERIFY2(own.ok(), qPrintable(own.error));

    // An auditor's application opens the registry, reads the history and saves nothing.
    std::unique_ptr<Registry> auditor = Registry::open(urlOf(QStringLiteral("carol")), &error);
    QVERIFY2(auditor, qPrintable(error));
    QVERIFY(auditor->audit().verify().ok());
    Result<Asset> asset = auditor->assets().byAssetNo(m_humanResources);
    QVERIFY(asset.ok());
    asset->remarks = QStringLiteral("carol");
    const Result<Asset> denied = auditor->assets().updateAsset(*asset);
    QVERIFY(!denied.ok());
    QVERIFY2(denied.error.contains(QStringLiteral("your role on the server does not allow this change")),
             qPrintable(denied.error));
    // A viewer's application lists the assets.
    std::unique_ptr<Registry> viewer = Registry::open(urlOf(QStringLiteral("dave")), &error);
    QVERIFY2(viewer, qPrintable(error));
    QVERIFY(viewer->assets().totalCount() >= 3);
}

void TestServerRoles::concurrentWritersKeepOneChain()
{
    // Two administrators' programs (each its own connection, on its own thread) register assets at the same time.
    constexpr int kEach = 15;
    const auto work = [this](const QString &user, const QString &department, QString *failure) {
        QString error;
        std::unique_ptr<Registry> registry = Registry::open(urlOf(user), &error);
        if (!registry) {
            *failure = error;
            return;
        }
        for (int i = 0; i < kEach; ++i) {
            const Result<Asset> created = registry->assets().createAsset(TestRegistry::asset(
                *registry, QStringLiteral("同時 %1 %2").arg(user).arg(i), department, QStringLiteral("鈴木")));
            if (!created.ok()) {
                *failure = created.error;
                return;
            }
        }
    };
    const qint64 before = valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong();
    QString aliceFailure;
    QString erinFailure;
    std::thread alice(work, QStringLiteral("alice"), QStringLiteral("人事部"), &aliceFailure);
    std::thread erin(work, QStringLiteral("erin"), QStringLiteral("総務部"), &erinFailure);
    alice.join();
    erin.join();
    QVERIFY2(aliceFailure.isEmpty(), qPrintable(aliceFailure));
    QVERIFY2(erinFailure.isEmpty(), qPrintable(erinFailure));
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong(), before + 2 * kEach);
    // One chain: sequence numbers without gaps, each event linked to the one before.
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT max(seq) - count(*) FROM audit_event")).toLongLong(), 0);
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event e JOIN audit_event p ON p.seq = "
                                             "e.seq - 1 WHERE e.prev_hash <> p.hash"))
                 .toInt(),
             0);
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(urlOf(m_owner), &error);
    QVERIFY2(registry, qPrintable(error));
    const ChainCheck check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

void TestServerRoles::fileRegistryHasNoRoles()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir);
    QVERIFY(registry);
    QVERIFY(!registry->access().hasRoles());
    const Result<RegistryMember> granted =
        registry->access().grant(QStringLiteral("alice"), QStringLiteral("viewer"), {});
    QVERIFY(!granted.ok());
    QVERIFY(granted.error.contains(QStringLiteral("roles exist only on a shared registry")));
    const CliRun run = CliRunner::run(registry->path(), {QStringLiteral("server"), QStringLiteral("members")});
    QCOMPARE(run.status, 2);
}

void TestServerRoles::upgradeFromSchemaTwoKeepsTheChain()
{
    // A registry as the version before server schema 3 left it: its tables, one asset and its event, chained by the
    // client (here computed in SQL the way DESIGN.md §6 says, and checked below by the application's own verify).
    const QString url = TestServer::createDatabase();
    QVERIFY(!url.isEmpty());
    const QString database = TestServer::databaseOf(url);
    QStringList statements{QStringLiteral("CREATE EXTENSION pg_trgm")};
    for (const char *name : {"0001_registry.sql", "0002_asset_creation.sql"}) {
        QFile file(QStringLiteral(TEST_SOURCE_DIR "/../../resources/migrations/postgresql/") + QLatin1String(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        statements << QString::fromUtf8(file.readAll());
    }
    statements << QStringLiteral("INSERT INTO registry_schema (version) VALUES (1), (2)")
               << QStringLiteral("INSERT INTO registry_setting (key, value) VALUES ('scheme', 'ipa'), "
                                 "('asset_no_prefix', 'IA-'), ('next_asset_seq', '2'), ('organisation', 'Old City')")
               << QStringLiteral("INSERT INTO asset (asset_no, name, department, owner, asset_type, confidentiality, "
                                 "integrity, availability, registered_on, updated_at) VALUES ('IA-000001', '旧台帳', "
                                 "'人事部', '鈴木', 'information', 2, 1, 1, '2026-01-05', '2026-01-05T00:00:00.000Z')")
               << QStringLiteral(
                      "INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id, changes, "
                      "prev_hash, hash) SELECT 1, t, 'old@client', 'create', 'asset', 'IA-000001', c, repeat('0', 64), "
                      "encode(sha256(convert_to(repeat('0', 64) || '{\"action\":\"create\",\"actor\":\"old@client\","
                      "\"changes\":' || c || ',\"entity\":\"asset\",\"entity_id\":\"IA-000001\",\"occurred_at\":\"' "
                      "|| t || '\",\"seq\":1}', 'UTF8')), 'hex') FROM (SELECT '2026-01-05T00:00:00.000Z' AS t, "
                      "'{\"name\":[null,\"旧台帳\"]}' AS c) v")
               << QStringLiteral("GRANT SELECT ON registry_schema TO PUBLIC");
    QVERIFY(TestServer::execute(statements, database));

    // Someone who does not own the tables is told that the owner upgrades; nothing changes.
    QString error;
    QVERIFY(!Registry::open(TestServer::urlFor(database, QStringLiteral("alice")), &error));
    QVERIFY2(error.contains(QStringLiteral("Only the registry's owner can upgrade it")), qPrintable(error));

    std::unique_ptr<Registry> registry = Registry::open(url, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->schemaVersion() >= 3);
    ChainCheck check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    // Opening may record what the upgrade brought (the threat catalogue of this version).
    const qint64 afterOpen = check.total;
    QVERIFY(afterOpen >= 1);
    // New events continue the old chain, stamped by the server.
    const Result<Asset> created = registry->assets().createAsset(
        TestRegistry::asset(*registry, QStringLiteral("新台帳"), QStringLiteral("人事部"), QStringLiteral("鈴木")));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created->assetNo, QStringLiteral("IA-000002"));
    check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.total, afterOpen + 1);
    QCOMPARE(registry->audit().eventsFor(QStringLiteral("asset"), QStringLiteral("IA-000001")).constFirst().actor,
             QStringLiteral("old@client"));
}

void TestServerRoles::rawChangesOfControlsRisksAndDisposalsAreRecorded()
{
    // As alice would with psql: a control assigned, changed and taken off an asset of her department, a risk entry
    // registered and changed; and as erin (administrator) an amendment appended to a disposal record. Each is recorded
    // by the server at commit with the user who made it, and the chain still verifies.
    const QString asset = QStringLiteral("(SELECT id FROM asset WHERE asset_no = '%1')").arg(m_humanResources);
    const QString control = QStringLiteral("(SELECT min(id) FROM control)");
    QString refusal = execAs(QStringLiteral("alice"),
                             QStringLiteral("INSERT INTO control_assignment (asset_id, control_id, updated_at) "
                                            "VALUES (%1, %2, '2026-04-01T00:00:00.000Z')")
                                 .arg(asset, control));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    refusal = execAs(QStringLiteral("alice"), QStringLiteral("UPDATE control_assignment SET implementation = "
                                                             "'implemented' WHERE asset_id = %1 AND control_id = %2")
                                                  .arg(asset, control));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    refusal = execAs(
        QStringLiteral("alice"),
        QStringLiteral("DELETE FROM control_assignment WHERE asset_id = %1 AND control_id = %2").arg(asset, control));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    refusal = execAs(QStringLiteral("alice"),
                     QStringLiteral("INSERT INTO risk (risk_no, asset_id, threat_id, scenario, objectives, importance, "
                                    "likelihood, vulnerability, vulnerability_derived, damage_likelihood, risk_value, "
                                    "risk_level, owner, status) VALUES ('R-900001', %1, (SELECT min(id) FROM threat), "
                                    "'psql で登録', 'C', 2, 2, 2, 0, 2, 8, 'medium', '鈴木', 'identified')")
                         .arg(asset));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    refusal = execAs(QStringLiteral("alice"),
                     QStringLiteral("UPDATE risk SET scenario = 'psql で変更' WHERE risk_no = 'R-900001'"));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    QString error;
    std::unique_ptr<Registry> registry = Registry::open(urlOf(m_owner), &error);
    QVERIFY2(registry, qPrintable(error));
    // A disposal record added past the application, then amended.
    refusal =
        execAs(m_owner,
               QStringLiteral(
                   "INSERT INTO disposal_job (job_no, method, technique, verification, destination, "
                   "performed_by_name, performed_on, validated_by_name, validated_on, recorded_by, recorded_at) VALUES "
                   "('D-900001', 'destroy', 'shred', 'full', 'destroyed', '田中', '2026-04-01', '佐藤', "
                   "'2026-04-01', 'owner', '2026-04-01T00:00:00.000Z')"));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    refusal = execAs(QStringLiteral("erin"),
                     QStringLiteral("INSERT INTO disposal_amendment (job_id, field, old_value, new_value, reason, "
                                    "amended_by, amended_at) SELECT id, 'tool', '', 'shredder', 'psql で訂正', 'erin', "
                                    "'2026-04-02T00:00:00.000Z' FROM disposal_job WHERE job_no = 'D-900001'"));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    const QString assignment =
        valueAs(m_owner, QStringLiteral("SELECT a.asset_no || '/' || cc.catalog_key || '/' || c.code FROM asset a, "
                                        "control c JOIN control_catalog cc ON cc.id = c.catalog_id WHERE a.asset_no = "
                                        "'%1' AND c.id = (SELECT min(id) FROM control)")
                             .arg(m_humanResources))
            .toString();
    QVERIFY(!assignment.isEmpty());
    const QList<AuditEvent> assignmentEvents =
        registry->audit().eventsFor(QStringLiteral("control_assignment"), assignment);
    QStringList actions;
    for (const AuditEvent &event : assignmentEvents) {
        actions << event.action;
        QCOMPARE(event.actor, QStringLiteral("alice"));
    }
    actions.sort();
    QCOMPARE(actions, (QStringList{QStringLiteral("assign"), QStringLiteral("unassign"), QStringLiteral("update")}));
    bool implementationChanged = false;
    for (const AuditEvent &event : assignmentEvents) {
        if (event.action == QLatin1String("update"))
            implementationChanged = event.changes.value(QStringLiteral("implementation")).toArray() ==
                                    QJsonArray{QStringLiteral("unknown"), QStringLiteral("implemented")};
    }
    QVERIFY(implementationChanged);

    const QList<AuditEvent> riskEvents =
        registry->audit().eventsFor(QStringLiteral("risk"), QStringLiteral("R-900001"));
    QCOMPARE(riskEvents.size(), 2);
    for (const AuditEvent &event : riskEvents)
        QCOMPARE(event.actor, QStringLiteral("alice"));
    QCOMPARE(riskEvents.constLast().changes.value(QStringLiteral("scenario")).toArray(),
             (QJsonArray{QStringLiteral("psql で登録"), QStringLiteral("psql で変更")}));

    const QList<AuditEvent> disposalEvents =
        registry->audit().eventsFor(QStringLiteral("disposal"), QStringLiteral("D-900001"));
    QCOMPARE(disposalEvents.size(), 2);
    QCOMPARE(disposalEvents.constFirst().action, QStringLiteral("create"));
    QCOMPARE(disposalEvents.constFirst().actor, m_owner);
    QCOMPARE(disposalEvents.constLast().action, QStringLiteral("amend"));
    QCOMPARE(disposalEvents.constLast().actor, QStringLiteral("erin"));
    QCOMPARE(disposalEvents.constLast().changes.value(QStringLiteral("new_value")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("shredder")}));

    const ChainCheck check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

void TestServerRoles::applicationChangesAreRecordedOnce()
{
    // The application's own change of a control assignment writes its event; the server adds none.
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(urlOf(QStringLiteral("alice")), &error);
    QVERIFY2(registry, qPrintable(error));
    const Result<Asset> asset = registry->assets().byAssetNo(m_humanResources);
    QVERIFY(asset.ok());
    const qint64 before = registry->audit().verify().total;
    ControlAssignment assignment;
    assignment.assetId = asset->id;
    assignment.controlId = valueAs(m_owner, QStringLiteral("SELECT max(id) FROM control")).toLongLong();
    assignment.implementation = QStringLiteral("partial");
    const Result<ControlAssignment> assigned = registry->assignments().assign(assignment);
    QVERIFY2(assigned.ok(), qPrintable(assigned.error));
    ChainCheck check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.total, before + 1);

    // The candidates of the asset, saved by an editor in one step: one event for the batch, whose creation records
    // are each entry's creation; the server records none of the new entries a second time (schema 7).
    QStringList earlier;
    for (const Risk &entry : registry->risks().ofAsset(asset->id))
        earlier << entry.riskNo;
    const Result<int> made = registry->risks().generateCandidates({asset->id});
    QVERIFY2(made.ok(), qPrintable(made.error));
    QVERIFY(*made > 1);
    check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.total, before + 2);
    QList<Risk> entries;
    for (const Risk &entry : registry->risks().ofAsset(asset->id))
        if (!earlier.contains(entry.riskNo))
            entries << entry;
    QCOMPARE(entries.size(), *made);
    QStringList batchNos;
    for (const Risk &entry : std::as_const(entries)) {
        batchNos << QLatin1Char('\'') + entry.riskNo + QLatin1Char('\'');
        const QList<AuditEvent> history = registry->audit().eventsFor(QStringLiteral("risk"), entry.riskNo);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().action, QStringLiteral("create"));
        QCOMPARE(history.constFirst().actor, QStringLiteral("alice"));
        QCOMPARE(history.constFirst().changes.value(QStringLiteral("scenario")).toArray().at(1).toString(),
                 entry.scenario);
    }
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'risk' AND entity_id "
                                             "IN (%1)")
                                  .arg(batchNos.join(QLatin1Char(','))))
                 .toInt(),
             0);

    // A new entry written past the application in a transaction that also has a batch event is still recorded when no
    // creation record under that event names it.
    const QString refusal =
        execAs(QStringLiteral("alice"),
               QStringLiteral("DO $$ BEGIN INSERT INTO audit_event (seq, occurred_at, actor, action, entity, "
                              "entity_id, changes, prev_hash, hash) VALUES (0, '', '', 'create', 'risk_batch', "
                              "'R-900101..R-900101', '{\"entries\":[null,0],\"values_sha256\":[null,"
                              "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"]}', '', ''); "
                              "INSERT INTO risk (risk_no, asset_id, threat_id, scenario, objectives, importance, "
                              "likelihood, vulnerability, vulnerability_derived, damage_likelihood, risk_value, "
                              "risk_level, owner, status) VALUES ('R-900101', %1, (SELECT min(id) FROM threat), "
                              "'psql で登録', 'C', 2, 2, 2, 0, 2, 8, 'medium', '鈴木', 'identified'); END $$")
                   .arg(asset->id));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    const QList<AuditEvent> raw = registry->audit().eventsFor(QStringLiteral("risk"), QStringLiteral("R-900101"));
    QCOMPARE(raw.size(), 1);
    QCOMPARE(raw.constFirst().actor, QStringLiteral("alice"));
    check = registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

void TestServerRoles::longDatabaseNamesAreRefused()
{
    // The roles are <database>_administrator and so on; PostgreSQL keeps 63 bytes of a name. A database of 50 bytes
    // (here with Japanese letters, three bytes each) gets no registry and no roles.
    const QString name = QStringLiteral("reg_") + QString(15, QChar(0x53f0)) + QStringLiteral("_longname_x");
    QVERIFY(name.toUtf8().size() + 14 > 63);
    QVERIFY(name.toUtf8().size() <= 63);
    // (Run from the registry's database: TestServer::execute() on the default one drops the unused databases.)
    QVERIFY(TestServer::execute({QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name),
                                 QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(name, m_owner)},
                                m_database));
    const QString url = TestServer::urlFor(name, m_owner);
    CliRun run = CliRunner::run(url, {QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("too long for the registry's roles")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing was created")), qPrintable(run.err));
    QCOMPARE(TestServer::execute({QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n "
                                                 "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind "
                                                 "= 'r') THEN RAISE EXCEPTION 'tables were created'; END IF; END $$")},
                                 name),
             true);
    QCOMPARE(valueAs(m_owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'reg\\_%%'")).toInt(),
             0);

    // A registry whose database was renamed to such a name grants nobody a role.
    const QString shortUrl = TestServer::createDatabase(m_owner);
    const QString shortName = TestServer::databaseOf(shortUrl);
    QVERIFY(TestServer::execute({QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")}, shortName));
    QString error;
    QVERIFY2(Registry::create(shortUrl, {}, &error), qPrintable(error));
    const QString renamed = QStringLiteral("ren_") + QString(15, QChar(0x53f0)) + QStringLiteral("_longname_y");
    QVERIFY(TestServer::execute({QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(renamed)}, m_database));
    // The registry's connection has just ended; the server may take a moment to let the database go.
    bool renamedOk = false;
    for (int attempt = 0; attempt < 30 && !renamedOk; ++attempt) {
        renamedOk = TestServer::execute(
            {QStringLiteral("ALTER DATABASE \"%1\" RENAME TO \"%2\"").arg(shortName, renamed)}, m_database);
        if (!renamedOk)
            QTest::qWait(100);
    }
    QVERIFY(renamedOk);
    run = CliRunner::run(TestServer::urlFor(renamed, m_owner),
                         {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("grace_longname"),
                          QStringLiteral("--role"), QStringLiteral("viewer")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("too long for the registry's roles")), qPrintable(run.err));
    QCOMPARE(
        valueAs(m_owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'grace_longname' OR rolname "
                                        "LIKE 'ren\\_%%'"))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "test_serverroles.moc"
