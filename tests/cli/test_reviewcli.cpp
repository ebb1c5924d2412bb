// The command line's review (practice.md §2): `review ASSET_NO… [--by NAME] [--on DATE]` marks assets reviewed through
// the same service as the window (all or nothing, refused for disposed assets, audited), and `list --overdue` lists
// the assets overdue for review.
#include "../rawsql.h"
#include "clirunner.h"
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestReviewCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reviewOne();
    void reviewManyWithDefaults();
    void reviewRefusals_data();
    void reviewRefusals();
    void listOverdue();
    void helpListsReview();

private:
    QString add(const QString &name, const QDate &nextReview);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Registry> m_registry;
    const QDate m_today = QDate::currentDate(); // the command line runs on the system clock
};

void TestReviewCli::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    m_registry = TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("r%1.sqlite").arg(++count));
    QVERIFY(m_registry);
    m_path = m_registry->path();
}

void TestReviewCli::cleanup()
{
    m_registry.reset();
}

QString TestReviewCli::add(const QString &name, const QDate &nextReview)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.registeredOn = m_today.addYears(-2);
    asset.nextReview = nextReview;
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created ? created->assetNo : QString();
}

void TestReviewCli::reviewOne()
{
    const QString number = add(QStringLiteral("職員名簿"), m_today.addDays(-20));
    const QDate on = m_today.addDays(-3);
    const CliRun run =
        CliRunner::run(m_path, {QStringLiteral("review"), number, QStringLiteral("--by"), QStringLiteral("佐藤 花子"),
                                QStringLiteral("--on"), on.toString(QStringLiteral("yyyy/M/d"))});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QDate next = on.addMonths(12); // importance 1
    QCOMPARE(run.out, number + QLatin1Char('\t') + next.toString(Qt::ISODate) + QLatin1Char('\n'));
    QVERIFY(run.err.contains(QStringLiteral("佐藤 花子")));
    const Asset stored = *m_registry->assets().byAssetNo(number);
    QCOMPARE(stored.lastReviewedOn, on);
    QCOMPARE(stored.reviewedBy, QStringLiteral("佐藤 花子"));
    QCOMPARE(stored.nextReview, next);
    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("asset"), number);
    QCOMPARE(events.constLast().action, QStringLiteral("review"));
}

void TestReviewCli::reviewManyWithDefaults()
{
    const QString first = add(QStringLiteral("会議議事録"), m_today.addDays(-1));
    const QString second = add(QStringLiteral("広報誌原稿"), m_today.addDays(-100));
    const qint64 events = m_registry->audit().count();
    const CliRun run = CliRunner::run(m_path, {QStringLiteral("review"), first, second});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QLatin1Char('\n')), 2);
    QCOMPARE(m_registry->audit().count(), events + 2);
    for (const QString &number : {first, second}) {
        const Asset stored = *m_registry->assets().byAssetNo(number);
        // Today and the actor of the audit trail, as the window's dialog proposes.
        QCOMPARE(stored.lastReviewedOn, m_today);
        QVERIFY(!stored.reviewedBy.isEmpty());
        QCOMPARE(stored.reviewedBy, m_registry->audit().eventsFor(QStringLiteral("asset"), number).constLast().actor);
    }
}

void TestReviewCli::reviewRefusals_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("disposeSecond");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown asset") << QStringList{QStringLiteral("IA-999999")} << false << 1
                                   << QStringLiteral("IA-999999");
    QTest::newRow("disposed asset") << QStringList() << true << 1 << QStringLiteral("disposed");
    QTest::newRow("future date") << QStringList{QStringLiteral("--on"),
                                                QDate::currentDate().addDays(2).toString(Qt::ISODate)}
                                 << false << 1 << QStringLiteral("future");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--on"), QStringLiteral("yesterday")} << false << 2
                                << QStringLiteral("--on");
    QTest::newRow("empty reviewer") << QStringList{QStringLiteral("--by"), QStringLiteral(" ")} << false << 1
                                    << QStringLiteral("Reviewed by");
}

void TestReviewCli::reviewRefusals()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, disposeSecond);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString first = add(QStringLiteral("職員名簿"), m_today.addDays(-20));
    const QString second = add(QStringLiteral("旧ファイルサーバ"), m_today.addDays(-20));
    if (disposeSecond) {
        QSqlQuery query(RawSql::connection(m_path));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE asset_no = '%1'").arg(second)));
    }
    const qint64 events = m_registry->audit().count();
    QStringList arguments{QStringLiteral("review"), first, second};
    arguments += extra;
    const CliRun run = CliRunner::run(m_path, arguments);
    QCOMPARE(run.status, status);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing changed, not even the asset that could have been marked.
    QCOMPARE(m_registry->audit().count(), events);
    QVERIFY(!m_registry->assets().byAssetNo(first)->lastReviewedOn.isValid());
    QCOMPARE(m_registry->assets().byAssetNo(first)->nextReview, m_today.addDays(-20));
}

void TestReviewCli::listOverdue()
{
    const QString late = add(QStringLiteral("職員名簿"), m_today.addDays(-1));
    add(QStringLiteral("会議議事録"), m_today.addDays(10));
    const QString gone = add(QStringLiteral("旧サーバ"), m_today.addDays(-300));
    {
        QSqlQuery query(RawSql::connection(m_path));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE asset_no = '%1'").arg(gone)));
    }
    for (const QStringList &options : {QStringList{}, QStringList{QStringLiteral("--include-disposed")}}) {
        QStringList arguments{QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--columns"),
                              QStringLiteral("asset_no,next_review")};
        arguments += options;
        const CliRun run = CliRunner::run(m_path, arguments);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{QStringLiteral("asset_no,next_review"),
                                     late + QLatin1Char(',') + m_today.addDays(-1).toString(Qt::ISODate)}));
    }
    // Marked reviewed, it is no longer overdue.
    QCOMPARE(CliRunner::run(m_path, {QStringLiteral("review"), late}).status, 0);
    const CliRun after = CliRunner::run(m_path, {QStringLiteral("list"), QStringLiteral("--overdue")});
    QCOMPARE(after.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
}

void TestReviewCli::helpListsReview()
{
    const CliRun help = CliRunner::run({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("review")));
    const CliRun review = CliRunner::run({QStringLiteral("review"), QStringLiteral("--help")});
    QCOMPARE(review.status, 0);
    QVERIFY(review.out.contains(QStringLiteral("--by")));
    QVERIFY(review.out.contains(QStringLiteral("--on")));
    const CliRun list = CliRunner::run({QStringLiteral("list"), QStringLiteral("--help")});
    QVERIFY(list.out.contains(QStringLiteral("--overdue")));
    const CliRun missing = CliRunner::run({QStringLiteral("review")});
    QCOMPARE(missing.status, 2);
}

QTEST_GUILESS_MAIN(TestReviewCli)

#include "test_reviewcli.moc"
