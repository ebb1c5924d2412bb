// Moving a registry file to a shared registry (`migrate`, DESIGN.md §14): everything arrives — assets created one by
// one and in a batch, control assignments, a disposal with its evidence, risk entries, the whole audit history — and
// the copy proves equal (rows, evidence hashes, the chain up to the same checkpoint); later changes on the server
// continue the chain. A database that is not empty, a file whose history does not verify and a wrong address are
// refused without writing anything.
#include "../rawsql.h"
#include "clirunner.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/catalogservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "testregistry.h"
#include "testserver.h"

#include <QSqlQuery>
#include <QTest>

class TestMigrate final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copiesEverythingAndProvesIt();
    void refusesANonEmptyDatabase();
    void refusesAFileWhoseHistoryDoesNotVerify();
    void refusesWrongAddresses();

private:
    // A registry file with something of every kind in it; its path.
    QString richFile(const QTemporaryDir &dir);
    static qint64 countOn(const QString &url, const QString &table);
};

void TestMigrate::init()
{
    REQUIRE_TEST_SERVER();
}

qint64 TestMigrate::countOn(const QString &url, const QString &table)
{
    QSqlQuery query(RawSql::connection(url));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString TestMigrate::richFile(const QTemporaryDir &dir)
{
    std::unique_ptr<Registry> registry = TestRegistry::create(dir, 0);
    if (!registry)
        return {};
    // One asset on its own, twenty in a batch (one event for the batch).
    Asset media = TestRegistry::asset(*registry, QStringLiteral("旧サーバのディスク"), QStringLiteral("情報システム課"),
                                      QStringLiteral("課長 山田"));
    media.assetType = QStringLiteral("media");
    TestRegistry::conform(&media, registry->scheme());
    const Result<Asset> created = registry->assets().createAsset(media);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.error));
        return {};
    }
    const Result<int> batch =
        registry->assets().createAssets(TestRegistry::generated(20, registry->scheme(), 7, registry->clock().today()));
    if (!batch.ok()) {
        qWarning("%s", qPrintable(batch.error));
        return {};
    }
    AssetFilter all;
    QString error;
    const QList<Asset> assets = registry->assets().page(all, {}, 0, 100, &error);
    // A control assignment and risk entries.
    const Result<Control> control = registry->catalogs().findControl(QStringLiteral("5.12"));
    if (control.ok() && assets.size() > 1) {
        ControlAssignment assignment;
        assignment.assetId = assets.at(1).id;
        assignment.controlId = control->id;
        assignment.implementation = QStringLiteral("implemented");
        const Result<ControlAssignment> assigned = registry->assignments().assign(assignment);
        if (!assigned.ok())
            qWarning("%s", qPrintable(assigned.error));
    }
    const Result<int> risks = registry->risks().generateCandidates({assets.at(1).id, assets.at(2).id});
    if (!risks.ok())
        qWarning("%s", qPrintable(risks.error));
    // A disposal with an evidence file.
    Result<DisposalJob> job = registry->disposal().draft({created->id});
    if (!job.ok())
        return {};
    job->method = QStringLiteral("destroy");
    job->technique = QStringLiteral("shred");
    job->verification = QStringLiteral("full");
    job->destination = QStringLiteral("destroyed");
    job->performedBy = {QStringLiteral("作業者"), QString(), QString(), QDate(2026, 4, 1)};
    job->validatedBy = {QStringLiteral("確認者"), QString(), QString(), QDate(2026, 4, 1)};
    for (DisposalItem &item : job->items) {
        item.serialNo = QStringLiteral("SN-1");
        item.mediaType = QStringLiteral("hdd");
    }
    const Result<DisposalJob> recorded = registry->disposal().record(
        *job, {{QStringLiteral("証明書.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 \x00\xff", 12)}});
    if (!recorded.ok()) {
        qWarning("%s", qPrintable(recorded.error));
        return {};
    }
    return registry->path();
}

void TestMigrate::copiesEverythingAndProvesIt()
{
    QTemporaryDir dir;
    const QString file = richFile(dir);
    QVERIFY(!file.isEmpty());
    QString error;
    std::unique_ptr<Registry> source = Registry::open(file, &error);
    QVERIFY2(source, qPrintable(error));
    const ChainCheck before = source->audit().verify();
    QVERIFY(before.ok());
    const qint64 assets = source->assets().totalCount();
    const QList<AuditEvent> history = source->audit().eventsFor(QStringLiteral("asset"), QStringLiteral("IA-000001"));
    source.reset();

    const QString url = TestServer::createDatabase();
    QVERIFY(!url.isEmpty());
    QVERIFY(TestServer::execute({QStringLiteral("CREATE EXTENSION pg_trgm")}, TestServer::databaseOf(url)));
    const CliRun run =
        CliRunner::run({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(before.head.toString()), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("asset\t%1").arg(assets)), qPrintable(run.out));

    std::unique_ptr<Registry> copied = Registry::open(url, &error);
    QVERIFY2(copied, qPrintable(error));
    QCOMPARE(copied->assets().totalCount(), assets);
    for (const QString &table :
         {QStringLiteral("audit_event"), QStringLiteral("asset_creation"), QStringLiteral("control_assignment"),
          QStringLiteral("risk"), QStringLiteral("risk_creation"), QStringLiteral("disposal_job"),
          QStringLiteral("disposal_item"), QStringLiteral("disposal_evidence"), QStringLiteral("threat"),
          QStringLiteral("control"), QStringLiteral("baseline_rule")}) {
        QSqlQuery query(RawSql::connection(file));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next());
        QVERIFY2(query.value(0).toLongLong() > 0 || table == QLatin1String("control_assignment"), qPrintable(table));
        QCOMPARE(countOn(url, table), query.value(0).toLongLong());
    }
    const ChainCheck after = copied->audit().verify(before.head);
    QVERIFY2(after.ok(), qPrintable(after.message));
    QVERIFY(after.checkpointConfirmed);
    // The history reads the same, with the file's actors and times.
    const QList<AuditEvent> copiedHistory =
        copied->audit().eventsFor(QStringLiteral("asset"), QStringLiteral("IA-000001"));
    QCOMPARE(copiedHistory.size(), history.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(copiedHistory.at(i).hash, history.at(i).hash);
        QCOMPARE(copiedHistory.at(i).actor, history.at(i).actor);
    }
    const Result<Asset> disposed = copied->assets().byAssetNo(QStringLiteral("IA-000001"));
    QVERIFY(disposed.ok());
    QCOMPARE(disposed->status, QStringLiteral("disposed"));
    const EvidenceCheck evidence = copied->disposal().verifyEvidence();
    QCOMPARE(evidence.checked, 1);
    QVERIFY(evidence.mismatches.isEmpty());

    // Work goes on on the server: new keys past the copied ones, the chain continued.
    const Result<Asset> next = copied->assets().createAsset(
        TestRegistry::asset(*copied, QStringLiteral("新システム"), QStringLiteral("人事部"), QStringLiteral("鈴木")));
    QVERIFY2(next.ok(), qPrintable(next.error));
    QCOMPARE(next->assetNo, QStringLiteral("IA-%1").arg(assets + 1, 6, 10, QLatin1Char('0')));
    QVERIFY(copied->audit().verify(before.head).ok());
}

void TestMigrate::refusesANonEmptyDatabase()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> file = TestRegistry::create(dir, 3);
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    const QString url = TestServer::createDatabase();
    QVERIFY(!url.isEmpty());
    QVERIFY(TestServer::execute({QStringLiteral("CREATE EXTENSION pg_trgm")}, TestServer::databaseOf(url)));
    CliRun run =
        CliRunner::run({QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"), url});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const qint64 events = countOn(url, QStringLiteral("audit_event"));
    // A second migrate into the same registry is refused and changes nothing.
    run = CliRunner::run({QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"), url});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not empty")), qPrintable(run.err));
    QCOMPARE(countOn(url, QStringLiteral("audit_event")), events);
    QCOMPARE(countOn(url, QStringLiteral("asset")), qint64(3));
}

void TestMigrate::refusesAFileWhoseHistoryDoesNotVerify()
{
    SKIP_ON_SERVER("tampers with a registry file");
    QTemporaryDir dir;
    std::unique_ptr<Registry> file = TestRegistry::create(dir, 2);
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    {
        QSqlQuery query(RawSql::connection(path));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_event SET actor = 'someone else' WHERE seq = 1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path);
    const QString url = TestServer::createDatabase();
    QVERIFY(!url.isEmpty());
    const CliRun run =
        CliRunner::run({QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"), url});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not verify")), qPrintable(run.err));
    QSqlQuery query(RawSql::connection(url));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestMigrate::refusesWrongAddresses()
{
    QTemporaryDir dir;
    CliRun run = CliRunner::run({QStringLiteral("migrate"), QStringLiteral("--from"), dir.filePath("a.sqlite"),
                                 QStringLiteral("--to"), dir.filePath("b.sqlite")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QStringLiteral("postgresql://")), qPrintable(run.err));
    run = CliRunner::run({QStringLiteral("migrate"), QStringLiteral("--from"), dir.filePath("a.sqlite")});
    QCOMPARE(run.status, 2);
}

QTEST_GUILESS_MAIN(TestMigrate)
#include "test_migrate.moc"
