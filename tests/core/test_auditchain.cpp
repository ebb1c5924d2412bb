// Verification of the audit chain (DESIGN.md §6): every kind of tampering is named by the first event that does not
// match, and a checkpoint kept outside the file catches a chain rewritten whole after the triggers were dropped.
// The tampering is done the way an attacker with the file would do it: raw SQL on the file, with its own connection.
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "storage/auditstore.h"
#include "storage/database.h"

#include "testregistry.h"
#include "testserver.h"
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using Outcome = ChainCheck::Outcome;

class TestAuditChain final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intactChainVerifies();
    void emptyTrailVerifies();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void insertedEventWithValidHashIsNamed();
    void consistentRewriteIsCaughtByCheckpoint();
    void truncatedTrailIsCaughtByCheckpoint();
    void checkpointText_data();
    void checkpointText();
    void storedBytesHashLikeTheDefinition();
    void progressAndCancel();

private:
    void addAssets(int count);
    // Runs statements on the file with a connection of its own, the append-only triggers dropped first; the registry
    // is closed meanwhile and opened again afterwards.
    void tamper(const QStringList &statements);
    // Recomputes prev_hash and hash of every event from seq on, as an attacker who knows the format would.
    void rewriteChainFrom(qint64 seq);
    QString path() const { return m_dir->filePath(QStringLiteral("registry.sqlite")); }
    qint64 events() const { return m_registry->audit().count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestAuditChain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry = Registry::create(TestRegistry::location(path()), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@workstation"));
}

void TestAuditChain::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

void TestAuditChain::addAssets(int count)
{
    for (int index = 0; index < count; ++index) {
        Asset asset = m_registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = QStringLiteral("台帳 %1").arg(index + 1);
        asset.department = QStringLiteral("人事部");
        asset.owner = QStringLiteral("山田 太郎");
        const Result<Asset> created = m_registry->assets().createAsset(asset);
        QVERIFY2(created.ok(), qPrintable(created.error));
    }
}

void TestAuditChain::tamper(const QStringList &statements)
{
    m_registry.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_event_no_delete")));
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement + QLatin1Char(' ') + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    QString error;
    m_registry = Registry::open(path(), &error);
    QVERIFY2(m_registry, qPrintable(error));
}

QString forgedHash(const QString &previous, const QSqlQuery &row)
{
    QJsonObject object;
    object.insert(QStringLiteral("seq"), row.value(0).toLongLong());
    object.insert(QStringLiteral("occurred_at"), row.value(1).toString());
    object.insert(QStringLiteral("actor"), row.value(2).toString());
    object.insert(QStringLiteral("action"), row.value(3).toString());
    object.insert(QStringLiteral("entity"), row.value(4).toString());
    object.insert(QStringLiteral("entity_id"), row.value(5).toString());
    object.insert(QStringLiteral("changes"), QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

void TestAuditChain::rewriteChainFrom(qint64 seq)
{
    m_registry.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_event_no_update")));
        QString previous(64, QLatin1Char('0'));
        if (seq > 1) {
            QVERIFY(query.exec(QStringLiteral("SELECT hash FROM audit_event WHERE seq = %1").arg(seq - 1)));
            QVERIFY(query.next());
            previous = query.value(0).toString();
        }
        QSqlQuery rows(db);
        QVERIFY(rows.exec(QStringLiteral("SELECT seq, occurred_at, actor, action, entity, entity_id, changes FROM "
                                         "audit_event WHERE seq >= %1 ORDER BY seq")
                              .arg(seq)));
        QList<QPair<qint64, QPair<QString, QString>>> updates;
        while (rows.next()) {
            const QString hash = forgedHash(previous, rows);
            updates.append({rows.value(0).toLongLong(), {previous, hash}});
            previous = hash;
        }
        rows.finish();
        for (const auto &update : std::as_const(updates)) {
            query.prepare(QStringLiteral("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?"));
            query.addBindValue(update.second.first);
            query.addBindValue(update.second.second);
            query.addBindValue(update.first);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    QString error;
    m_registry = Registry::open(path(), &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestAuditChain::intactChainVerifies()
{
    addAssets(5);
    Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000002"));
    asset.owner = QStringLiteral("佐藤 花子\n\"代理\"");
    QVERIFY(m_registry->assets().updateAsset(asset).ok());

    const AuditLog &log = m_registry->audit();
    const ChainCheck check = log.verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.checked, events());
    QCOMPARE(check.total, events());
    QString error;
    const std::optional<AuditCheckpoint> head = log.checkpoint(&error);
    QVERIFY(head && head->isValid());
    QCOMPARE(check.head.seq, head->seq);
    QCOMPARE(check.head.hash, head->hash);
    QVERIFY(check.message.contains(QString::number(events())));

    // The checkpoint verifies, shortened as printed or in full.
    QVERIFY(log.verify(AuditCheckpoint::parse(head->toString(), &error)).ok());
    const ChainCheck full = log.verify(AuditCheckpoint::parse(head->toFullString(), &error));
    QVERIFY2(full.ok(), qPrintable(full.message));
    QVERIFY(full.checkpointConfirmed);
    // So does one taken earlier, after more events were appended.
    addAssets(2);
    QVERIFY(log.verify(*head).ok());
}

void TestAuditChain::emptyTrailVerifies()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    // A registry whose trail is empty: every event removed by someone who then put the triggers back is not
    // detectable without a checkpoint, and with one it is.
    tamper({QStringLiteral("DELETE FROM audit_event")});
    const AuditLog &log = m_registry->audit();
    QVERIFY(log.verify().ok());
    QCOMPARE(log.verify().checked, 0);
    const ChainCheck check = log.verify(AuditCheckpoint{3, QStringLiteral("0123456789abcdef")});
    QCOMPARE(check.outcome, Outcome::CheckpointBeyondEnd);
}

void TestAuditChain::tamperingIsNamed_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<qint64>("seq");

    QTest::newRow("changed actor") << QStringList{QStringLiteral(
                                          "UPDATE audit_event SET actor = 'mallory@elsewhere' WHERE seq = 5")}
                                   << int(Outcome::Changed) << qint64(5);
    QTest::newRow("changed value")
        << QStringList{QStringLiteral(
               "UPDATE audit_event SET changes = replace(changes, '山田 太郎', '田中 次郎') WHERE seq = 4")}
        << int(Outcome::Changed) << qint64(4);
    QTest::newRow("changed time")
        << QStringList{QStringLiteral("UPDATE audit_event SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE seq = 6")}
        << int(Outcome::Changed) << qint64(6);
    QTest::newRow("changed hash") << QStringList{QStringLiteral(
                                         "UPDATE audit_event SET hash = replace(hash, substr(hash, 1, 1), 'x') WHERE "
                                         "seq = 3")}
                                  << int(Outcome::Changed) << qint64(3);
    QTest::newRow("deleted one") << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 5")}
                                 << int(Outcome::Missing) << qint64(5);
    QTest::newRow("deleted several") << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq BETWEEN 4 AND 6")}
                                     << int(Outcome::Missing) << qint64(4);
    QTest::newRow("deleted first") << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 1")}
                                   << int(Outcome::Missing) << qint64(1);
    // Deleted and the later events renumbered to close the gap.
    QTest::newRow("deleted and renumbered")
        << QStringList{QStringLiteral("DELETE FROM audit_event WHERE seq = 5"),
                       QStringLiteral("UPDATE audit_event SET seq = -seq WHERE seq > 5"),
                       QStringLiteral("UPDATE audit_event SET seq = -seq - 1 WHERE seq < 0")}
        << int(Outcome::Broken) << qint64(5);
    // Events 5 and 6 swapped (every column but the sequence number).
    QTest::newRow("reordered")
        << QStringList{QStringLiteral("CREATE TEMP TABLE swap AS SELECT * FROM audit_event WHERE seq IN (5, 6)"),
                       QStringLiteral(
                           "UPDATE audit_event SET (occurred_at, actor, action, entity, entity_id, changes, "
                           "prev_hash, hash) = (SELECT occurred_at, actor, action, entity, entity_id, changes, "
                           "prev_hash, hash FROM swap WHERE swap.seq = 11 - audit_event.seq) WHERE seq IN (5, 6)")}
        << int(Outcome::Reordered) << qint64(5);
    // A later event moved in front of earlier ones.
    QTest::newRow("moved back")
        << QStringList{QStringLiteral("CREATE TEMP TABLE moved AS SELECT * FROM audit_event WHERE seq IN (3, 8)"),
                       QStringLiteral(
                           "UPDATE audit_event SET (occurred_at, actor, action, entity, entity_id, changes, "
                           "prev_hash, hash) = (SELECT occurred_at, actor, action, entity, entity_id, changes, "
                           "prev_hash, hash FROM moved WHERE moved.seq = 11 - audit_event.seq) WHERE seq IN (3, 8)")}
        << int(Outcome::Reordered) << qint64(3);
    // Made room at 5 and put an event there without knowing how to hash it.
    QTest::newRow("inserted")
        << QStringList{QStringLiteral("UPDATE audit_event SET seq = -seq WHERE seq >= 5"),
                       QStringLiteral("UPDATE audit_event SET seq = -seq + 1 WHERE seq < 0"),
                       QStringLiteral("INSERT INTO audit_event SELECT 5, occurred_at, 'mallory', action, entity, "
                                      "'IA-999999', changes, prev_hash, hash FROM audit_event WHERE seq = 4")}
        << int(Outcome::Inserted) << qint64(5);
}

void TestAuditChain::tamperingIsNamed()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    QFETCH(QStringList, statements);
    QFETCH(int, outcome);
    QFETCH(qint64, seq);
    addAssets(10);
    QVERIFY(m_registry->audit().verify().ok());
    tamper(statements);
    const ChainCheck check = m_registry->audit().verify();
    QCOMPARE(int(check.outcome), outcome);
    QCOMPARE(check.seq, seq);
    QVERIFY2(check.message.contains(QString::number(seq)), qPrintable(check.message));
    QCOMPARE(check.checked, seq - 1);
}

void TestAuditChain::insertedEventWithValidHashIsNamed()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    // An attacker who makes room at 5 and hashes the forged event correctly onto event 4, but does not rewrite the
    // rest of the chain: event 5 matches, and event 6 (the old 5) is still chained to event 4.
    addAssets(8);
    m_registry.reset();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_event SET seq = -seq WHERE seq >= 5")));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_event SET seq = -seq + 1 WHERE seq < 0")));
        QVERIFY(query.exec(QStringLiteral("SELECT 5, occurred_at, 'mallory', action, entity, 'IA-999999', changes, "
                                          "hash FROM audit_event WHERE seq = 4")));
        QVERIFY(query.next());
        const QString previous = query.value(7).toString();
        const QString hash = forgedHash(previous, query);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO audit_event SELECT 5, occurred_at, 'mallory', action, entity, "
                                      "'IA-999999', changes, ?, ? FROM audit_event WHERE seq = 4"));
        insert.addBindValue(previous);
        insert.addBindValue(hash);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    m_registry = Registry::open(path(), &error);
    QVERIFY2(m_registry, qPrintable(error));
    const ChainCheck check = m_registry->audit().verify();
    QCOMPARE(check.outcome, Outcome::Inserted);
    QCOMPARE(check.seq, 5);
    QCOMPARE(check.checked, 5); // the forged event itself hashes correctly
}

void TestAuditChain::consistentRewriteIsCaughtByCheckpoint()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    addAssets(6);
    const AuditLog &before = m_registry->audit();
    const ChainCheck original = before.verify();
    QVERIFY(original.ok());
    const AuditCheckpoint checkpoint = original.head; // printed on last month's audit report
    QString error;
    const QList<AuditEvent> second = before.page(AuditFilter(), 0, 1, 3, &error);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.constFirst().seq, 2);
    const AuditCheckpoint early{2, second.constFirst().hash};

    // The attack: drop the triggers, change who made event 3, recompute every later hash consistently.
    tamper({QStringLiteral("UPDATE audit_event SET actor = 'someone-else@workstation' WHERE seq = 3")});
    QCOMPARE(m_registry->audit().verify().outcome, Outcome::Changed);
    rewriteChainFrom(3);

    // Plain verification cannot tell: the chain in the file holds together.
    const AuditLog &log = m_registry->audit();
    const ChainCheck plain = log.verify();
    QVERIFY2(plain.ok(), qPrintable(plain.message));
    QCOMPARE(plain.checked, checkpoint.seq);
    QVERIFY(plain.head.hash != checkpoint.hash);

    // The checkpoint kept outside the file can, shortened as printed or in full.
    const ChainCheck checked = log.verify(checkpoint);
    QCOMPARE(checked.outcome, Outcome::CheckpointMismatch);
    QCOMPARE(checked.seq, checkpoint.seq);
    QVERIFY2(checked.message.contains(checkpoint.toString()), qPrintable(checked.message));
    const ChainCheck printed = log.verify(AuditCheckpoint::parse(checkpoint.toString(), &error));
    QCOMPARE(printed.outcome, Outcome::CheckpointMismatch);

    // Still after new events were added on top of the rewritten chain.
    addAssets(2);
    QCOMPARE(m_registry->audit().verify(checkpoint).outcome, Outcome::CheckpointMismatch);
    // A checkpoint from before the rewritten event still holds: the history up to event 2 is unchanged.
    const ChainCheck earlier = m_registry->audit().verify(early);
    QVERIFY2(earlier.ok(), qPrintable(earlier.message));
}

void TestAuditChain::truncatedTrailIsCaughtByCheckpoint()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    addAssets(6);
    const AuditCheckpoint checkpoint = m_registry->audit().verify().head;
    // The last two events removed: the chain that is left holds together.
    tamper({QStringLiteral("DELETE FROM audit_event WHERE seq > %1").arg(checkpoint.seq - 2)});
    const AuditLog &log = m_registry->audit();
    QVERIFY(log.verify().ok());
    const ChainCheck check = log.verify(checkpoint);
    QCOMPARE(check.outcome, Outcome::CheckpointBeyondEnd);
    QCOMPARE(check.seq, checkpoint.seq);
    QVERIFY(check.message.contains(QString::number(checkpoint.seq - 2)));
}

void TestAuditChain::checkpointText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QString>("hash");
    const QString full = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QTest::newRow("short") << QStringLiteral("1234:0123456789abcdef") << true << qint64(1234)
                           << QStringLiteral("0123456789abcdef");
    QTest::newRow("full") << QStringLiteral("7:") + full << true << qint64(7) << full;
    QTest::newRow("upper case and spaces")
        << QStringLiteral(" 12 : 0123456789ABCDEF ") << true << qint64(12) << QStringLiteral("0123456789abcdef");
    QTest::newRow("hash too short") << QStringLiteral("12:0123456789abcde") << false << qint64(0) << QString();
    QTest::newRow("not hex") << QStringLiteral("12:0123456789abcdeg") << false << qint64(0) << QString();
    QTest::newRow("no sequence") << QStringLiteral(":0123456789abcdef") << false << qint64(0) << QString();
    QTest::newRow("event zero") << QStringLiteral("0:0123456789abcdef") << false << qint64(0) << QString();
    QTest::newRow("hash too long") << QStringLiteral("1:") + full + QLatin1Char('0') << false << qint64(0) << QString();
}

void TestAuditChain::checkpointText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seq);
    QFETCH(QString, hash);
    QString error;
    const std::optional<AuditCheckpoint> checkpoint = AuditCheckpoint::parse(text, &error);
    QCOMPARE(checkpoint.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(checkpoint->seq, seq);
    QCOMPARE(checkpoint->hash, hash);
    QCOMPARE(checkpoint->toString(), QStringLiteral("%1:%2").arg(seq).arg(hash.left(16)));
}

void TestAuditChain::storedBytesHashLikeTheDefinition()
{
    SKIP_ON_SERVER("tampers with the registry file through SQLite");
    // The fast serialisation from the stored bytes must equal the definition for whatever people type: quotes,
    // backslashes, control characters, Japanese, characters outside the BMP.
    m_registry->setActor(QStringLiteral("o\"brien\\admin@host\t1"));
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("名簿 \"重要\" \\ 改行\nタブ\t\x01\x1f 😀 é");
    asset.department = QStringLiteral("人事部");
    asset.owner = QStringLiteral("山田 太郎");
    asset.remarks = QStringLiteral("</script> & <b> / \u2028 \u00a0");
    QVERIFY(m_registry->assets().createAsset(asset).ok());
    QString error;
    int rows = 0;
    // The fast serialisation is storage's own; this test looks inside core through a second connection.
    QString openError;
    const std::unique_ptr<Database> database = Database::open(m_registry->path(), &openError);
    QVERIFY2(database, qPrintable(openError));
    AuditStore store(*database);
    QVERIFY(store.forEachInChain(
        [&](const AuditChainRow &row) {
            AuditEvent event;
            event.seq = row.seq;
            event.occurredAt = QDateTime::fromString(QString::fromUtf8(row.occurredAt), Qt::ISODateWithMs);
            event.actor = QString::fromUtf8(row.actor);
            event.action = QString::fromUtf8(row.action);
            event.entity = QString::fromUtf8(row.entity);
            event.entityId = QString::fromUtf8(row.entityId);
            event.changes = QJsonDocument::fromJson(row.changes).object();
            QByteArray fast;
            AuditStore::canonical(row, &fast);
            [&] { QCOMPARE(fast, AuditStore::canonical(event)); }();
            ++rows;
            return true;
        },
        &error));
    QCOMPARE(rows, events());
    QVERIFY(m_registry->audit().verify().ok());
}

void TestAuditChain::progressAndCancel()
{
    QList<Asset> drafts;
    for (int index = 0; index < 9000; ++index) {
        Asset asset = m_registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = QStringLiteral("資産 %1").arg(index);
        asset.department = QStringLiteral("総務部");
        asset.owner = QStringLiteral("鈴木 一郎");
        drafts << asset;
    }
    QVERIFY(m_registry->assets().createAssets(drafts).ok());
    // The batch is one event; marking every asset reviewed adds one event each, enough for several progress reports.
    QList<qint64> ids;
    for (qint64 id = 1; id <= drafts.size(); ++id)
        ids << id;
    const Result<int> reviewed =
        m_registry->assets().markReviewed(ids, m_registry->clock().today(), QStringLiteral("鈴木 一郎"));
    QVERIFY2(reviewed.ok(), qPrintable(reviewed.error));
    const AuditLog &log = m_registry->audit();
    QList<qint64> reported;
    const ChainCheck done = log.verify({}, [&reported](qint64 checked, qint64 total) {
        reported << checked;
        return checked <= total;
    });
    QVERIFY(done.ok());
    QVERIFY(reported.size() >= 2);
    QCOMPARE(reported.constLast(), events());
    const ChainCheck cancelled = log.verify({}, [](qint64, qint64) { return false; });
    QCOMPARE(cancelled.outcome, Outcome::Cancelled);
    QVERIFY(cancelled.checked < events());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_auditchain.moc"
