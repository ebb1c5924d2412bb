// Risk entries created in batches (migration 12): on a registry made by the version before
// (tests/data/registries/schema-0011.sqlite) the old entries keep their own creation events and verify, and new
// candidates are one batch event whose creation records each entry's history shows; verify finds a creation record
// changed, removed, added or moved; an entry removed before it was assessed keeps its creation record and its id is
// not given to a later batch.
#include "../rawsql.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kFixture = QStringLiteral(TEST_DATA_DIR "/registries/schema-0011.sqlite");

qint64 scalar(const QString &path, const QString &sql)
{
    QSqlQuery query(RawSql::connection(path));
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestRiskCreation final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oldEntriesKeptAndNewCandidatesBatched();
    void tamperedCreationRecordsAreFound_data();
    void tamperedCreationRecordsAreFound();
    void removedEntryKeepsItsRecord();

private:
    qint64 assetId(const QString &assetNo) const { return m_registry->assets().byAssetNo(assetNo)->id; }
    void reopenAfter(const QStringList &statements);
    QString path() const { return m_dir->filePath(QStringLiteral("old.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestRiskCreation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(QFile::exists(kFixture), qPrintable(kFixture));
    QVERIFY(QFile::copy(kFixture, path()));
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_registry = TestRegistry::open(path());
    QVERIFY(m_registry);
}

void TestRiskCreation::cleanup()
{
    m_registry.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path());
    m_dir.reset();
}

void TestRiskCreation::reopenAfter(const QStringList &statements)
{
    m_registry.reset();
    {
        QSqlDatabase db = RawSql::connection(path());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER risk_creation_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER risk_creation_no_delete")));
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement + QLatin1Char(' ') + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path());
    m_registry = TestRegistry::open(path());
    QVERIFY(m_registry);
}

void TestRiskCreation::oldEntriesKeptAndNewCandidatesBatched()
{
    QVERIFY(m_registry->schemaVersion() >= 12);
    // The fixture: 36 entries made one event each by the version before, R-000002 assessed afterwards.
    QCOMPARE(*m_registry->risks().count(RiskFilter()), 36);
    const qint64 events = m_registry->audit().count();
    QCOMPARE(events, 243);
    ChainCheck check = m_registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    QList<AuditEvent> old = m_registry->audit().eventsFor(QStringLiteral("risk"), QStringLiteral("R-000002"));
    QCOMPARE(old.size(), 2);
    QCOMPARE(old.at(0).action, QStringLiteral("create"));
    QCOMPARE(old.at(0).entity, QStringLiteral("risk"));
    QCOMPARE(old.at(1).action, QStringLiteral("update"));

    // New candidates: one event for the batch, numbered on from the old entries.
    const qint64 asset = assetId(QStringLiteral("IA-000004"));
    const int expected = int(m_registry->risks().candidates(asset)->size());
    QVERIFY(expected > 1);
    const Result<int> made = m_registry->risks().generateCandidates({asset, assetId(QStringLiteral("IA-000005"))});
    QVERIFY2(made, qPrintable(made.error));
    QVERIFY(*made > expected);
    QCOMPARE(m_registry->audit().count(), events + 1);
    QCOMPARE(scalar(path(), QStringLiteral("SELECT count(*) FROM risk_creation")), qint64(*made));
    const QList<Risk> entries = m_registry->risks().ofAsset(asset);
    QCOMPARE(entries.size(), expected);
    QCOMPARE(entries.constFirst().riskNo, QStringLiteral("R-000037"));
    for (const Risk &entry : entries) {
        const QList<AuditEvent> history = m_registry->audit().eventsFor(QStringLiteral("risk"), entry.riskNo);
        QCOMPARE(history.size(), 1);
        const AuditEvent &created = history.constFirst();
        QCOMPARE(created.action, QStringLiteral("create"));
        QCOMPARE(created.entity, QStringLiteral("risk"));
        QCOMPARE(created.entityId, entry.riskNo);
        QCOMPARE(created.seq, events + 1);
        QCOMPARE(created.changes.value(QStringLiteral("asset")).toArray().at(1).toString(),
                 QStringLiteral("IA-000004"));
        QCOMPARE(created.changes.value(QStringLiteral("risk_value")).toArray().at(1).toString(),
                 QString::number(entry.riskValue));
        QCOMPARE(created.changes.value(QStringLiteral("status")).toArray().at(1).toString(),
                 QStringLiteral("identified"));
        QVERIFY(!created.changes.contains(QStringLiteral("treatment")));
    }
    // The batch event says what it holds, in words too.
    AuditFilter filter;
    filter.entity = QStringLiteral("risk_batch");
    QString error;
    const QList<AuditEvent> batch = m_registry->audit().page(filter, 0, 10, 0, &error);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.constFirst().entityId, QStringLiteral("R-000037..R-%1").arg(36 + *made, 6, 10, QLatin1Char('0')));
    QCOMPARE(batch.constFirst().changes.value(QStringLiteral("entries")).toArray().at(1).toInt(), *made);
    QCOMPARE(AuditLog::fieldName(QStringLiteral("risk_batch"), QStringLiteral("first")),
             QStringLiteral("First risk entry"));
    // A later change of an entry follows its creation.
    RiskService::Assessment assessment;
    assessment.likelihood = 3;
    const Result<Risk> assessed = m_registry->risks().assess(entries.constFirst().riskNo, assessment);
    QVERIFY2(assessed, qPrintable(assessed.error));
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("risk"), entries.constFirst().riskNo).size(), 2);
    check = m_registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

void TestRiskCreation::tamperedCreationRecordsAreFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("a value changed") << QStringList{
        QStringLiteral("UPDATE risk_creation SET vals = replace(vals, '\"identified\"', '\"assessed\"') WHERE "
                       "risk_id = (SELECT max(risk_id) FROM risk_creation)")};
    QTest::newRow("a record removed") << QStringList{
        QStringLiteral("DELETE FROM risk_creation WHERE risk_id = (SELECT min(risk_id) FROM "
                       "risk_creation)")};
    QTest::newRow("a record added") << QStringList{
        QStringLiteral("INSERT INTO risk_creation (risk_id, event_seq, vals) SELECT risk_id + 1000, event_seq, vals "
                       "FROM risk_creation WHERE risk_id = (SELECT min(risk_id) FROM risk_creation)")};
    QTest::newRow("a record moved to another event")
        << QStringList{QStringLiteral("UPDATE risk_creation SET event_seq = event_seq - 1 WHERE risk_id = (SELECT "
                                      "min(risk_id) FROM risk_creation)")};
}

void TestRiskCreation::tamperedCreationRecordsAreFound()
{
    QFETCH(QStringList, statements);
    QVERIFY(m_registry->risks().generateCandidates({assetId(QStringLiteral("IA-000004"))}));
    QVERIFY(m_registry->audit().verify().ok());
    // The append-only triggers refuse the change through any connection first.
    {
        QSqlQuery query(RawSql::connection(path()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE risk_creation SET vals = '[]'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM risk_creation")));
    }
    reopenAfter(statements);
    const ChainCheck check = m_registry->audit().verify();
    QVERIFY(!check.ok());
    QCOMPARE(check.outcome, ChainCheck::Outcome::Changed);
    QVERIFY2(check.message.contains(QLatin1String("risk entr")), qPrintable(check.message));
}

void TestRiskCreation::removedEntryKeepsItsRecord()
{
    QVERIFY(m_registry->risks().generateCandidates({assetId(QStringLiteral("IA-000004"))}));
    // The entry with the highest id is removed before it is assessed: its creation record stays, as its removal
    // event keeps what it was, and verify still adds the batch up.
    const qint64 highest = scalar(path(), QStringLiteral("SELECT max(id) FROM risk"));
    const std::optional<QString> removedNo = [&]() -> std::optional<QString> {
        for (const Risk &risk : m_registry->risks().ofAsset(assetId(QStringLiteral("IA-000004"))))
            if (risk.id == highest)
                return risk.riskNo;
        return std::nullopt;
    }();
    QVERIFY(removedNo);
    QVERIFY(m_registry->risks().remove(*removedNo));
    const QList<AuditEvent> trail = m_registry->audit().eventsFor(QStringLiteral("risk"), *removedNo);
    QCOMPARE(trail.constLast().action, QStringLiteral("remove"));
    QVERIFY(m_registry->audit().verify().ok());
    // The next batch gets ids above every recorded one, so no record is named twice.
    const Result<int> made = m_registry->risks().generateCandidates({assetId(QStringLiteral("IA-000005"))});
    QVERIFY2(made, qPrintable(made.error));
    QVERIFY(scalar(path(), QStringLiteral("SELECT min(id) FROM risk WHERE id > ") + QString::number(highest - 1)) >
            highest);
    const ChainCheck check = m_registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    // An entry made on its own may take the freed id: its history is its own, not the removed entry's creation.
    for (const Risk &risk : m_registry->risks().ofAsset(assetId(QStringLiteral("IA-000005")))) {
        const QList<AuditEvent> history = m_registry->audit().eventsFor(QStringLiteral("risk"), risk.riskNo);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().entityId, risk.riskNo);
    }
}

QTEST_GUILESS_MAIN(TestRiskCreation)
#include "test_riskcreation.moc"
