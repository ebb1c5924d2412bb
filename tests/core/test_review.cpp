// Review (practice.md §2): the default intervals by importance, "Mark as reviewed" for one or many assets (audited,
// all or nothing, refused for disposed assets), the overdue rule and its filter, and the migration of a registry made
// by the previous version.
#include "../rawsql.h"
#include "domain/review.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "testregistry.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestReview final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultInterval_data();
    void defaultInterval();
    void noDefaultAboveTwelveMonths();
    void overdueRule_data();
    void overdueRule();
    void newAssetCountsFromLastReview();
    void markOneReviewed();
    void markManyReviewed();
    void markRefusedForDisposedChangesNothing();
    void markRefusesBadInput_data();
    void markRefusesBadInput();
    void editKeepsReview();
    void overdueFilter();
    void migrationKeepsExistingRegistry();

private:
    qint64 add(const QString &name, int confidentiality, const QDate &registeredOn, const QDate &nextReview = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    std::shared_ptr<FixedClock> m_clock;
    const QDate m_today = QDate(2026, 4, 1);
};

void TestReview::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    m_registry = TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("r%1.sqlite").arg(++count));
    QVERIFY(m_registry);
    m_clock = std::make_shared<FixedClock>(FixedClock::noonOf(m_today));
    m_registry->setClock(m_clock);
}

void TestReview::cleanup()
{
    m_registry.reset();
}

qint64 TestReview::add(const QString &name, int confidentiality, const QDate &registeredOn, const QDate &nextReview)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.confidentiality = confidentiality;
    if (confidentiality == 3)
        asset.confidentialityRationale = QStringLiteral("個人番号を含むため");
    asset.registeredOn = registeredOn;
    asset.nextReview = nextReview;
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? created->id : 0;
}

void TestReview::defaultInterval_data()
{
    QTest::addColumn<int>("importance");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("3: six months") << 3 << QDate(2026, 4, 1) << QDate(2026, 10, 1);
    QTest::newRow("2: twelve months") << 2 << QDate(2026, 4, 1) << QDate(2027, 4, 1);
    QTest::newRow("1: twelve months, not two years") << 1 << QDate(2026, 4, 1) << QDate(2027, 4, 1);
    QTest::newRow("0 (FIPS N/A): twelve months") << 0 << QDate(2026, 4, 1) << QDate(2027, 4, 1);
    QTest::newRow("3 from the end of August") << 3 << QDate(2026, 8, 31) << QDate(2027, 2, 28);
    QTest::newRow("2 from a leap day") << 2 << QDate(2028, 2, 29) << QDate(2029, 2, 28);
}

void TestReview::defaultInterval()
{
    QFETCH(int, importance);
    QFETCH(QDate, from);
    QFETCH(QDate, expected);
    QCOMPARE(Review::defaultNextReview(importance, from), expected);
}

void TestReview::noDefaultAboveTwelveMonths()
{
    for (int importance = 0; importance <= 3; ++importance) {
        QVERIFY(Review::intervalMonths(importance) <= Review::kMaxIntervalMonths);
        QVERIFY(Review::defaultNextReview(importance, m_today) <= m_today.addMonths(12));
    }
    QCOMPARE(Review::kMaxIntervalMonths, 12);
}

void TestReview::overdueRule_data()
{
    QTest::addColumn<QDate>("nextReview");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("yesterday") << m_today.addDays(-1) << QStringLiteral("in_use") << true;
    QTest::newRow("a year ago, stored") << m_today.addYears(-1) << QStringLiteral("stored") << true;
    QTest::newRow("pending disposal") << m_today.addDays(-10) << QStringLiteral("disposal_pending") << true;
    QTest::newRow("today is not overdue") << m_today << QStringLiteral("in_use") << false;
    QTest::newRow("tomorrow") << m_today.addDays(1) << QStringLiteral("in_use") << false;
    QTest::newRow("disposed is never overdue") << m_today.addYears(-3) << QStringLiteral("disposed") << false;
    QTest::newRow("no date") << QDate() << QStringLiteral("in_use") << false;
}

void TestReview::overdueRule()
{
    QFETCH(QDate, nextReview);
    QFETCH(QString, status);
    QFETCH(bool, overdue);
    QCOMPARE(Review::isOverdue(nextReview, status, m_today), overdue);
}

void TestReview::newAssetCountsFromLastReview()
{
    // An imported asset with its old ledger's last review: the next review counts from that review.
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("契約書原本"));
    asset.registeredOn = QDate(2020, 4, 1);
    asset.lastReviewedOn = QDate(2025, 10, 15);
    asset.reviewedBy = QStringLiteral("佐藤 花子");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY2(created, qPrintable(created.error));
    const Asset stored = *m_registry->assets().byId(created->id);
    QCOMPARE(stored.lastReviewedOn, QDate(2025, 10, 15));
    QCOMPARE(stored.reviewedBy, QStringLiteral("佐藤 花子"));
    QCOMPARE(stored.nextReview, QDate(2026, 10, 15));
    // Never reviewed: from registration.
    const qint64 fresh = add(QStringLiteral("職員名簿"), 2, QDate(2026, 1, 10));
    QCOMPARE(m_registry->assets().byId(fresh)->nextReview, QDate(2027, 1, 10));
}

void TestReview::markOneReviewed()
{
    const qint64 id = add(QStringLiteral("給与・源泉徴収データ"), 3, QDate(2024, 4, 1), QDate(2025, 1, 1));
    QVERIFY(id);
    const Asset before = *m_registry->assets().byId(id);
    const qint64 events = m_registry->audit().count();
    const Result<int> marked =
        m_registry->assets().markReviewed({id}, QDate(2026, 3, 30), QStringLiteral(" 佐藤 花子 "));
    QVERIFY2(marked, qPrintable(marked.error));
    QCOMPARE(*marked, 1);
    const Asset after = *m_registry->assets().byId(id);
    QCOMPARE(after.lastReviewedOn, QDate(2026, 3, 30));
    QCOMPARE(after.reviewedBy, QStringLiteral("佐藤 花子"));
    QCOMPARE(after.nextReview, QDate(2026, 9, 30)); // importance 3: six months after the review
    QCOMPARE(after.rowVersion, before.rowVersion + 1);
    QCOMPARE(after.name, before.name);

    QCOMPARE(m_registry->audit().count(), events + 1);
    const QList<AuditEvent> history = m_registry->audit().eventsFor(QStringLiteral("asset"), before.assetNo);
    QVERIFY(!history.isEmpty());
    const AuditEvent &event = history.constLast();
    QCOMPARE(event.action, QStringLiteral("review"));
    QCOMPARE(event.entityId, before.assetNo);
    QCOMPARE(event.actor, TestServer::expectedActor(QStringLiteral("tester@test")));
    QCOMPARE(event.changes.value(QStringLiteral("last_reviewed_on")).toArray().at(1).toString(),
             QStringLiteral("2026-03-30"));
    QCOMPARE(event.changes.value(QStringLiteral("reviewed_by")).toArray().at(1).toString(),
             QStringLiteral("佐藤 花子"));
    QCOMPARE(event.changes.value(QStringLiteral("next_review")).toArray().at(0).toString(),
             QStringLiteral("2025-01-01"));
    QCOMPARE(event.changes.value(QStringLiteral("next_review")).toArray().at(1).toString(),
             QStringLiteral("2026-09-30"));
    QCOMPARE(AuditLog::actionName(event.action), QStringLiteral("Reviewed"));
    QVERIFY(m_registry->audit().verify().ok());
}

void TestReview::markManyReviewed()
{
    const qint64 high = add(QStringLiteral("健康診断結果"), 3, QDate(2023, 5, 1));
    const qint64 middle = add(QStringLiteral("職員名簿"), 2, QDate(2023, 5, 1));
    const qint64 low = add(QStringLiteral("広報誌原稿"), 1, QDate(2023, 5, 1));
    const qint64 events = m_registry->audit().count();
    // Named twice: marked once.
    const Result<int> marked = m_registry->assets().markReviewed({high, middle, low, middle}, m_today,
                                                                 QStringLiteral("情報セキュリティ担当 木村"));
    QVERIFY2(marked, qPrintable(marked.error));
    QCOMPARE(*marked, 3);
    QCOMPARE(m_registry->audit().count(), events + 3);
    QCOMPARE(m_registry->assets().byId(high)->nextReview, QDate(2026, 10, 1));
    QCOMPARE(m_registry->assets().byId(middle)->nextReview, QDate(2027, 4, 1));
    QCOMPARE(m_registry->assets().byId(low)->nextReview, QDate(2027, 4, 1));
    for (const qint64 id : {high, middle, low}) {
        QCOMPARE(m_registry->assets().byId(id)->lastReviewedOn, m_today);
        QCOMPARE(m_registry->assets().byId(id)->reviewedBy, QStringLiteral("情報セキュリティ担当 木村"));
    }
}

void TestReview::markRefusedForDisposedChangesNothing()
{
    const qint64 kept = add(QStringLiteral("会議議事録"), 1, QDate(2024, 1, 1), QDate(2025, 1, 1));
    const qint64 gone = add(QStringLiteral("旧ファイルサーバ"), 2, QDate(2024, 1, 1), QDate(2025, 1, 1));
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE id = %1").arg(gone)));
    }
    const Asset before = *m_registry->assets().byId(kept);
    const qint64 events = m_registry->audit().count();
    const Result<int> marked = m_registry->assets().markReviewed({kept, gone}, m_today, QStringLiteral("佐藤 花子"));
    QVERIFY(!marked);
    QVERIFY2(marked.error.contains(m_registry->assets().byId(gone)->assetNo), qPrintable(marked.error));
    QVERIFY(marked.error.contains(QStringLiteral("disposed")));
    // All or nothing: the asset that could be marked was not marked either.
    const Asset after = *m_registry->assets().byId(kept);
    QCOMPARE(after.lastReviewedOn, before.lastReviewedOn);
    QCOMPARE(after.nextReview, QDate(2025, 1, 1));
    QCOMPARE(after.rowVersion, before.rowVersion);
    QCOMPARE(m_registry->audit().count(), events);
}

void TestReview::markRefusesBadInput_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<bool>("unknownAsset");
    QTest::addColumn<QString>("message");
    QTest::newRow("future date") << m_today.addDays(1) << QStringLiteral("佐藤 花子") << false
                                 << QStringLiteral("future");
    QTest::newRow("no date") << QDate() << QStringLiteral("佐藤 花子") << false << QStringLiteral("date");
    QTest::newRow("no reviewer") << m_today << QStringLiteral("  ") << false << QStringLiteral("Reviewed by");
    QTest::newRow("reviewer too long") << m_today << QString(201, QLatin1Char('x')) << false << QStringLiteral("200");
    QTest::newRow("before registration") << QDate(2025, 12, 31) << QStringLiteral("佐藤 花子") << false
                                         << QStringLiteral("registered");
    QTest::newRow("unknown asset") << m_today << QStringLiteral("佐藤 花子") << true
                                   << QStringLiteral("no longer exists");
}

void TestReview::markRefusesBadInput()
{
    QFETCH(QDate, date);
    QFETCH(QString, reviewer);
    QFETCH(bool, unknownAsset);
    QFETCH(QString, message);
    const qint64 id = add(QStringLiteral("職員名簿"), 2, QDate(2026, 1, 1), QDate(2026, 2, 1));
    const qint64 events = m_registry->audit().count();
    const QList<qint64> ids = unknownAsset ? QList<qint64>{id, 999999} : QList<qint64>{id};
    const Result<int> marked = m_registry->assets().markReviewed(ids, date, reviewer);
    QVERIFY(!marked);
    QVERIFY2(marked.error.contains(message), qPrintable(marked.error));
    QCOMPARE(m_registry->audit().count(), events);
    QVERIFY(!m_registry->assets().byId(id)->lastReviewedOn.isValid());
    QCOMPARE(m_registry->assets().byId(id)->nextReview, QDate(2026, 2, 1));
    QVERIFY(!m_registry->assets().markReviewed({}, m_today, QStringLiteral("佐藤 花子")));
}

void TestReview::editKeepsReview()
{
    const qint64 id = add(QStringLiteral("職員名簿"), 2, QDate(2025, 1, 1));
    QVERIFY(m_registry->assets().markReviewed({id}, QDate(2026, 3, 1), QStringLiteral("佐藤 花子")));
    Asset edited = *m_registry->assets().byId(id);
    edited.remarks = QStringLiteral("棚卸し済み");
    edited.lastReviewedOn = QDate(2020, 1, 1);
    edited.reviewedBy = QStringLiteral("someone else");
    edited.nextReview = {}; // back to the default: from the last review
    const Result<Asset> saved = m_registry->assets().updateAsset(edited);
    QVERIFY2(saved, qPrintable(saved.error));
    const Asset stored = *m_registry->assets().byId(id);
    QCOMPARE(stored.lastReviewedOn, QDate(2026, 3, 1));
    QCOMPARE(stored.reviewedBy, QStringLiteral("佐藤 花子"));
    QCOMPARE(stored.nextReview, QDate(2027, 3, 1));
    QCOMPARE(stored.remarks, QStringLiteral("棚卸し済み"));
}

void TestReview::overdueFilter()
{
    const qint64 late = add(QStringLiteral("職員名簿"), 2, QDate(2024, 1, 1), m_today.addDays(-1));
    const qint64 veryLate = add(QStringLiteral("契約書原本"), 2, QDate(2020, 1, 1), QDate(2022, 6, 1));
    add(QStringLiteral("会議議事録"), 1, QDate(2026, 1, 1), m_today);             // due today: not overdue
    add(QStringLiteral("広報誌原稿"), 1, QDate(2026, 1, 1), m_today.addDays(30)); // not due
    const qint64 gone = add(QStringLiteral("旧サーバ"), 1, QDate(2020, 1, 1), QDate(2021, 1, 1));
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE id = %1").arg(gone)));
    }
    AssetFilter overdue;
    overdue.overdueForReview = true;
    QVERIFY(!overdue.isEmpty());
    QString error;
    QCOMPARE(m_registry->assets().count(overdue, &error), 2);
    QList<qint64> ids;
    for (const Asset &asset : m_registry->assets().page(overdue, AssetSort(), 0, 100, &error))
        ids << asset.id;
    QCOMPARE(ids, (QList<qint64>{late, veryLate}));
    // Disposed assets are never overdue, even when they are shown.
    overdue.includeDisposed = true;
    QCOMPARE(m_registry->assets().count(overdue, &error), 2);
    // The filter follows the registry's clock: a day later, the asset due today is overdue too.
    m_clock->advance(24 * 3600);
    overdue.includeDisposed = false;
    QCOMPARE(m_registry->assets().count(overdue, &error), 3);
    // Marking the overdue ones reviewed clears them.
    QVERIFY(m_registry->assets().markReviewed({late, veryLate}, m_today, QStringLiteral("佐藤 花子")));
    QCOMPARE(m_registry->assets().count(overdue, &error), 1);
    QVERIFY(error.isEmpty());
}

void TestReview::migrationKeepsExistingRegistry()
{
    SKIP_ON_SERVER("upgrades a registry file of an older schema");
    const QString fixture = QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite");
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // What the previous version stored, read before the new program opens the file.
    QHash<QString, QString> nextReviews;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(query.exec(QStringLiteral("SELECT asset_no, next_review FROM asset")));
        while (query.next())
            nextReviews.insert(query.value(0).toString(), query.value(1).toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
    QVERIFY(!nextReviews.isEmpty());

    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    QVERIFY(registry->schemaVersion() >= 5);
    AssetFilter all;
    all.includeDisposed = true;
    QString error;
    int seen = 0;
    QVERIFY(registry->assets().forEach(
        all, AssetSort(),
        [&](const Asset &asset) {
            ++seen;
            // Existing assets keep their next review and have no last review yet.
            if (asset.nextReview.toString(Qt::ISODate) != nextReviews.value(asset.assetNo) ||
                asset.lastReviewedOn.isValid() || !asset.reviewedBy.isEmpty())
                qWarning("%s changed in the migration", qPrintable(asset.assetNo));
            return asset.nextReview.toString(Qt::ISODate) == nextReviews.value(asset.assetNo) &&
                   !asset.lastReviewedOn.isValid() && asset.reviewedBy.isEmpty();
        },
        &error));
    QCOMPARE(seen, nextReviews.size());
    QVERIFY(registry->audit().verify().ok());
    // The migrated registry takes reviews like a new one.
    const Result<Asset> first = registry->assets().byAssetNo(nextReviews.keys().constFirst());
    QVERIFY(first);
    if (first->status != QLatin1String("disposed")) {
        const Result<int> marked =
            registry->assets().markReviewed({first->id}, registry->clock().today(), QStringLiteral("佐藤 花子"));
        QVERIFY2(marked, qPrintable(marked.error));
        QCOMPARE(registry->assets().byId(first->id)->reviewedBy, QStringLiteral("佐藤 花子"));
    }
}

QTEST_GUILESS_MAIN(TestReview)

#include "test_review.moc"
