// verify and audit as a script runs them, in-process against temporary registries. verify names the
// first event that does not match and exits 1, prints the checkpoint, and with a checkpoint kept from before catches
// a chain rewritten consistently after the triggers were dropped; audit lists the events a filter selects.
#include "clirunner.h"

#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

} // namespace

class TestAuditCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verifyPrintsCheckpoint();
    void verifyNamesChangedEvent();
    void checkpointCatchesConsistentRewrite();
    void evidenceAndAll();
    void verifyUsageErrors_data();
    void verifyUsageErrors();
    void auditListsEvents();
    void auditFilters();
    void auditJson();

private:
    Run run(const QStringList &arguments);
    // Raw SQL on the file, the append-only triggers dropped first.
    void tamper(const QStringList &statements);
    void rewriteChainFrom(qint64 seq);
    static QString checkpointIn(const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestAuditCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    auto registry = Registry::create(m_database, {}, &error);
    QVERIFY2(registry, qPrintable(error));
    registry->setActor(QStringLiteral("tester@workstation"));
    // One by one, so that each asset has an event of its own in the chain.
    for (const Asset &draft : TestRegistry::generated(20, registry->scheme(), 4, QDate::currentDate()))
        QVERIFY(registry->assets().createAsset(draft).ok());
    registry->setActor(QStringLiteral("auditor@laptop"));
    Asset asset = *registry->assets().byAssetNo(QStringLiteral("IA-000003"));
    asset.owner = QStringLiteral("佐藤 花子");
    QVERIFY(registry->assets().updateAsset(asset).ok());
}

void TestAuditCli::cleanup()
{
    m_dir.reset();
}

Run TestAuditCli::run(const QStringList &arguments)
{
    return CliRunner::run(
        QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_database} +
        arguments);
}

void TestAuditCli::tamper(const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_event_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_event_no_delete")));
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
}

void TestAuditCli::rewriteChainFrom(qint64 seq)
{
    // What an attacker who knows the format does: SHA-256(previous hash ‖ compact JSON of the event, keys sorted).
    QStringList statements;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT hash FROM audit_event WHERE seq = %1").arg(seq - 1)));
        QVERIFY(query.next());
        QString previous = query.value(0).toString();
        QVERIFY(query.exec(QStringLiteral("SELECT seq, occurred_at, actor, action, entity, entity_id, changes FROM "
                                          "audit_event WHERE seq >= %1 ORDER BY seq")
                               .arg(seq)));
        while (query.next()) {
            QJsonObject object{
                {QStringLiteral("seq"), query.value(0).toLongLong()},
                {QStringLiteral("occurred_at"), query.value(1).toString()},
                {QStringLiteral("actor"), query.value(2).toString()},
                {QStringLiteral("action"), query.value(3).toString()},
                {QStringLiteral("entity"), query.value(4).toString()},
                {QStringLiteral("entity_id"), query.value(5).toString()},
                {QStringLiteral("changes"), QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object()}};
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(previous.toLatin1());
            hash.addData(QJsonDocument(object).toJson(QJsonDocument::Compact));
            const QString next = QString::fromLatin1(hash.result().toHex());
            statements << QStringLiteral("UPDATE audit_event SET prev_hash = '%1', hash = '%2' WHERE seq = %3")
                              .arg(previous, next)
                              .arg(query.value(0).toLongLong());
            previous = next;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    tamper(statements);
}

QString TestAuditCli::checkpointIn(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("Checkpoint: (\\d+:[0-9a-f]{16}) \\(full hash ([0-9a-f]{64})\\)"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

void TestAuditCli::verifyPrintsCheckpoint()
{
    const Run result = run({QStringLiteral("verify")});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QLatin1String("OK: The audit trail is intact")), qPrintable(result.out));
    const QString checkpoint = checkpointIn(result.out);
    QVERIFY2(!checkpoint.isEmpty(), qPrintable(result.out));
    // 20 assets and one edit, after whatever the new registry recorded itself.
    QVERIFY(checkpoint.section(QLatin1Char(':'), 0, 0).toInt() >= 21);
    QVERIFY2(result.err.contains(QLatin1String("Verifying the audit trail: ")), qPrintable(result.err));
    // The printed checkpoint verifies; the chain check is implied by --checkpoint.
    const Run again = run({QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint});
    QCOMPARE(again.status, 0);
    QVERIFY(again.out.contains(QLatin1String("history up to the checkpoint")));
}

void TestAuditCli::verifyNamesChangedEvent()
{
    tamper({QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = 7")});
    const Run result = run({QStringLiteral("verify")});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(QLatin1String("MISMATCH event 7: Event 7")), qPrintable(result.out));
    QVERIFY(result.err.contains(QLatin1String("from event 7 on")));
    QVERIFY(checkpointIn(result.out).isEmpty());

    tamper({QStringLiteral("DELETE FROM audit_event WHERE seq = 4")});
    const Run deleted = run({QStringLiteral("verify"), QStringLiteral("--chain")});
    QCOMPARE(deleted.status, 1);
    QVERIFY2(deleted.out.contains(QLatin1String("MISMATCH event 4: Event 4 is missing")), qPrintable(deleted.out));
}

void TestAuditCli::checkpointCatchesConsistentRewrite()
{
    const QString kept = m_dir->filePath(QStringLiteral("checkpoint.txt"));
    const Run before = run({QStringLiteral("verify"), QStringLiteral("--save-checkpoint"), kept});
    QCOMPARE(before.status, 0);
    const QString checkpoint = checkpointIn(before.out);
    QVERIFY(QFile::exists(kept));

    // Who made event 5 is changed, and every hash from there on recomputed: the chain holds together again.
    tamper({QStringLiteral("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 5")});
    QCOMPARE(run({QStringLiteral("verify")}).status, 1);
    rewriteChainFrom(5);
    const Run plain = run({QStringLiteral("verify")});
    QCOMPARE(plain.status, 0);
    QVERIFY(checkpointIn(plain.out) != checkpoint);

    const Run checked = run({QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint});
    QCOMPARE(checked.status, 1);
    QVERIFY2(checked.out.contains(QLatin1String("was rewritten")), qPrintable(checked.out));
    QVERIFY(checked.out.contains(checkpoint));
    const Run fromFile = run({QStringLiteral("verify"), QStringLiteral("--checkpoint-file"), kept});
    QCOMPARE(fromFile.status, 1);
    QVERIFY(fromFile.out.contains(QLatin1String("was rewritten")));
}

void TestAuditCli::evidenceAndAll()
{
    const Run evidence = run({QStringLiteral("verify"), QStringLiteral("--evidence")});
    QCOMPARE(evidence.status, 0);
    QVERIFY(evidence.out.contains(QLatin1String("evidence files match")));
    QVERIFY(!evidence.out.contains(QLatin1String("audit trail")));
    const Run all = run({QStringLiteral("verify"), QStringLiteral("--all")});
    QCOMPARE(all.status, 0);
    QVERIFY(all.out.contains(QLatin1String("evidence files match")));
    QVERIFY(all.out.contains(QLatin1String("audit trail is intact")));
    tamper({QStringLiteral("UPDATE audit_event SET changes = '{}' WHERE seq = 9")});
    const Run broken = run({QStringLiteral("verify"), QStringLiteral("--all")});
    QCOMPARE(broken.status, 1);
    QVERIFY(broken.out.contains(QLatin1String("MISMATCH event 9")));
    QVERIFY(broken.out.contains(QLatin1String("evidence files match")));
}

void TestAuditCli::verifyUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::newRow("bad checkpoint") << QStringList{QStringLiteral("verify"), QStringLiteral("--checkpoint"),
                                                   QStringLiteral("12:abc")}
                                    << 2;
    QTest::newRow("both checkpoints") << QStringList{QStringLiteral("verify"), QStringLiteral("--checkpoint"),
                                                     QStringLiteral("12:0123456789abcdef"),
                                                     QStringLiteral("--checkpoint-file"), QStringLiteral("x")}
                                      << 2;
    QTest::newRow("missing checkpoint file")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--checkpoint-file"), QStringLiteral("/nonexistent")}
        << 1;
    QTest::newRow("checkpoint beyond the end") << QStringList{QStringLiteral("verify"), QStringLiteral("--checkpoint"),
                                                              QStringLiteral("999999:0123456789abcdef")}
                                               << 1;
    QTest::newRow("bad action") << QStringList{QStringLiteral("audit"), QStringLiteral("--action"),
                                               QStringLiteral("destroy")}
                                << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("audit"), QStringLiteral("--since"),
                                             QStringLiteral("yesterday")}
                              << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("audit"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 2;
}

void TestAuditCli::verifyUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    const Run result = run(arguments);
    QCOMPARE(result.status, status);
    QVERIFY(!result.err.isEmpty());
}

void TestAuditCli::auditListsEvents()
{
    const Run result = run({QStringLiteral("audit")});
    QCOMPARE(result.status, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst().trimmed(),
             QStringLiteral("seq,occurred_at,actor,action,entity,entity_id,field,old,new"));
    QVERIFY(lines.size() > 21);
    QVERIFY(result.out.contains(QStringLiteral(",auditor@laptop,update,asset,IA-000003,owner,")));
    QVERIFY(result.out.contains(QStringLiteral(",佐藤 花子")));
    QVERIFY2(result.err.contains(QLatin1String("Checkpoint: ")), qPrintable(result.err));
    const Run display = run(
        {QStringLiteral("audit"), QStringLiteral("--display"), QStringLiteral("--asset"), QStringLiteral("IA-000003")});
    QCOMPARE(display.status, 0);
    QVERIFY2(display.out.contains(QStringLiteral(",Changed,Asset,IA-000003,Owner,")), qPrintable(display.out));
}

void TestAuditCli::auditFilters()
{
    const Run asset = run({QStringLiteral("audit"), QStringLiteral("--asset"), QStringLiteral("IA-000003"),
                           QStringLiteral("--format"), QStringLiteral("tsv")});
    QCOMPARE(asset.status, 0);
    QStringList lines = asset.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst();
    QVERIFY(lines.size() > 2);
    for (const QString &line : std::as_const(lines))
        QCOMPARE(line.section(QLatin1Char('\t'), 5, 5), QStringLiteral("IA-000003"));

    const Run actor = run({QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("AUDITOR")});
    QCOMPARE(actor.status, 0);
    lines = actor.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the heading and the one changed field of the edit

    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const Run future = run({QStringLiteral("audit"), QStringLiteral("--since"), tomorrow});
    QCOMPARE(future.status, 0);
    QCOMPARE(future.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    const Run today =
        run({QStringLiteral("audit"), QStringLiteral("--since"), QDate::currentDate().toString(Qt::ISODate),
             QStringLiteral("--until"), QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--action"),
             QStringLiteral("update")});
    QCOMPARE(today.status, 0);
    QCOMPARE(today.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
}

void TestAuditCli::auditJson()
{
    const Run result = run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--entity"), QStringLiteral("asset")});
    QCOMPARE(result.status, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    const QJsonArray rows = document.array();
    QVERIFY(rows.size() > 20);
    for (const QJsonValue &row : rows) {
        QCOMPARE(row.toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("asset"));
        QVERIFY(row.toObject().value(QStringLiteral("seq")).isDouble());
    }
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "test_auditcli.moc"
