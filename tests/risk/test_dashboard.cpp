// The dashboard's figures (DashboardService) against counts the test makes itself from every entry and every asset:
// the heat map of the open entries, the open entries by level and treatment, the assets by importance and department,
// the control gaps by area, and what is due — asset reviews, risk reviews, acceptances and disposals — as the clock
// moves on; and the figures follow a change in the registry.
#include "riskscenario.h"

#include "domain/controlgap.h"
#include "service/dashboardservice.h"
#include "service/disposalservice.h"
#include "service/gapreportservice.h"

#include <QTemporaryDir>

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void riskFigures();
    void assetFigures();
    void gapsByArea();
    void dueFigures_data();
    void dueFigures();
    void followsChanges();

private:
    QList<Risk> everyEntry() const;
    QList<Asset> everyAsset() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    RiskScenario::Entries m_entries;
};

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_entries = RiskScenario::build(*m_registry);
    QVERIFY(!m_entries.accepted.isEmpty());
}

void TestDashboard::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

QList<Risk> TestDashboard::everyEntry() const
{
    const Result<QList<Risk>> all = m_registry->risks().list(RiskFilter{}, 0, 100000);
    return all ? *all : QList<Risk>();
}

QList<Asset> TestDashboard::everyAsset() const
{
    QList<Asset> assets;
    QString error;
    AssetFilter filter;
    filter.includeDisposed = true;
    m_registry->assets().forEach(
        filter, AssetSort{},
        [&assets](const Asset &asset) {
            assets << asset;
            return true;
        },
        &error);
    return assets;
}

void TestDashboard::riskFigures()
{
    // One more entry closed, so that "open" is told apart from "all".
    QVERIFY(m_registry->risks().markNotApplicable(
        RiskScenario::entryOf(*m_registry, m_entries.residentsId, QStringLiteral("T-DIS-03")),
        QStringLiteral("高台の庁舎")));
    const Result<DashboardFigures> figures = m_registry->dashboard().figures();
    QVERIFY2(figures, qPrintable(figures.error));

    qint64 heat[3][3] = {};
    QMap<QString, qint64> levels;
    QMap<QString, qint64> treatments;
    qint64 open = 0;
    qint64 candidates = 0;
    const QList<Risk> entries = everyEntry();
    QVERIFY(entries.size() > 20);
    for (const Risk &risk : entries) {
        if (!risk.isOpen())
            continue;
        // Candidates are not yet assessed: counted apart, not in the heat map (design/risk.md, status 特定済).
        if (risk.status == QLatin1String("identified")) {
            ++candidates;
            continue;
        }
        ++open;
        ++heat[risk.importance - 1][risk.damageLikelihood - 1];
        ++levels[risk.riskLevel];
        ++treatments[risk.treatment];
    }
    QVERIFY(open < entries.size());
    QVERIFY(candidates > 0);
    QCOMPARE(figures->openRisks, open);
    QCOMPARE(figures->candidates, candidates);
    for (int importance = 1; importance <= 3; ++importance) {
        for (int damage = 1; damage <= 3; ++damage)
            QCOMPARE(figures->heatAt(importance, damage), heat[importance - 1][damage - 1]);
    }
    // The assessed entry of importance 3, threat 3 and vulnerability 3 is in the top right cell.
    QVERIFY(figures->heatAt(3, 3) >= 1);
    QCOMPARE(figures->risksByLevel, levels);
    QCOMPARE(figures->risksByTreatment, treatments);
    QCOMPARE(figures->risksByTreatment.value(QStringLiteral("reduce")), 1);
    QCOMPARE(figures->risksByTreatment.value(QStringLiteral("transfer")), 1);
    QCOMPARE(figures->risksByTreatment.value(QStringLiteral("accept")), 1);
}

void TestDashboard::assetFigures()
{
    // A disposed asset counts nowhere.
    Asset gone = TestRegistry::asset(*m_registry, QStringLiteral("旧庁内報の媒体"), QStringLiteral("総務部"),
                                     QStringLiteral("総務課長 髙橋"));
    gone.assetType = QStringLiteral("media");
    TestRegistry::conform(&gone, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(gone);
    QVERIFY2(created, qPrintable(created.error));
    Result<DisposalJob> job = m_registry->disposal().draft({created->id});
    QVERIFY2(job, qPrintable(job.error));
    job->method = QStringLiteral("destroy");
    job->technique = QStringLiteral("shred");
    job->verification = QStringLiteral("full");
    job->destination = QStringLiteral("destroyed");
    job->performedBy = {QStringLiteral("作業者"), QString(), QString(), QDate(2026, 4, 1)};
    job->validatedBy = {QStringLiteral("確認者"), QString(), QString(), QDate(2026, 4, 1)};
    for (DisposalItem &item : job->items) {
        item.serialNo = QStringLiteral("SN-") + item.assetNo;
        item.mediaType = QStringLiteral("hdd");
    }
    const Result<DisposalJob> recorded = m_registry->disposal().record(*job);
    QVERIFY2(recorded, qPrintable(recorded.error));

    const Result<DashboardFigures> figures = m_registry->dashboard().figures();
    QVERIFY2(figures, qPrintable(figures.error));
    QMap<int, qint64> importance;
    QMap<QString, qint64> departments;
    qint64 assets = 0;
    for (const Asset &asset : everyAsset()) {
        if (asset.status == QLatin1String("disposed"))
            continue;
        ++assets;
        ++importance[asset.importance()];
        ++departments[asset.department];
    }
    QCOMPARE(assets, 3);
    QCOMPARE(figures->assets, assets);
    QCOMPARE(figures->assetsByImportance, importance);
    QCOMPARE(figures->assetsByDepartment, departments);
    QCOMPARE(figures->assetsByDepartment.value(QStringLiteral("総務部")), 1);
}

void TestDashboard::gapsByArea()
{
    const Result<DashboardFigures> figures = m_registry->dashboard().figures();
    QVERIFY2(figures, qPrintable(figures.error));
    QMap<int, qint64> areas;
    qint64 total = 0;
    GapFilter filter;
    QVERIFY(m_registry->gaps().forEachGap(filter, [&](const ControlGap &gap) {
        ++areas[gap.area];
        ++total;
        return true;
    }));
    QVERIFY(total > 0);
    QCOMPARE(figures->gaps, total);
    QCOMPARE(figures->gapsByArea, areas);
}

void TestDashboard::dueFigures_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("the day of the assessment") << QDate(2026, 4, 1);
    QTest::newRow("half a year on") << QDate(2026, 10, 15);
    QTest::newRow("a month before the acceptance ends") << QDate(2027, 3, 5);
    QTest::newRow("two years on") << QDate(2028, 4, 1);
}

void TestDashboard::dueFigures()
{
    QFETCH(QDate, today);
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(today)));
    const Result<DashboardFigures> figures = m_registry->dashboard().figures(30);
    QVERIFY2(figures, qPrintable(figures.error));
    QCOMPARE(figures->today, today);
    const QDate until = today.addDays(30);
    qint64 reviewsOverdue = 0;
    qint64 reviewsSoon = 0;
    for (const Asset &asset : everyAsset()) {
        if (asset.status == QLatin1String("disposed") || !asset.nextReview.isValid())
            continue;
        if (asset.nextReview < today)
            ++reviewsOverdue;
        else if (asset.nextReview <= until)
            ++reviewsSoon;
    }
    qint64 risksOverdue = 0;
    qint64 acceptances = 0;
    for (const Risk &risk : everyEntry()) {
        if (!risk.isOpen())
            continue;
        const bool reviewLate = risk.nextReview.isValid() && risk.nextReview < today;
        const bool treatmentLate =
            risk.due.isValid() && risk.due < today &&
            (risk.status == QLatin1String("planned") || risk.status == QLatin1String("in_treatment"));
        if (reviewLate || treatmentLate)
            ++risksOverdue;
        if (risk.status == QLatin1String("accepted") && risk.acceptedUntil.isValid() && risk.acceptedUntil <= until)
            ++acceptances;
    }
    QString error;
    const qint64 disposals = m_registry->disposal().dueCount(30, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(figures->reviewsOverdue, reviewsOverdue);
    QCOMPARE(figures->reviewsDueSoon, reviewsSoon);
    QCOMPARE(figures->riskReviewsOverdue, risksOverdue);
    QCOMPARE(figures->acceptancesEnding, acceptances);
    QCOMPARE(figures->disposalsDue, disposals);
    if (today == QDate(2028, 4, 1)) {
        QCOMPARE(reviewsOverdue, 3);
        QVERIFY(risksOverdue >= 3);
    }
    if (today == QDate(2027, 3, 5))
        QCOMPARE(acceptances, 1);
}

void TestDashboard::followsChanges()
{
    const DashboardFigures before = *m_registry->dashboard().figures();
    const Result<Risk> closed = m_registry->risks().close(m_entries.transferred, QStringLiteral("契約締結"));
    if (!closed) {
        // Closing needs the residual values first (rule 6).
        QVERIFY2(m_registry->risks().setResidual(m_entries.transferred, 1, 1), "residual");
        QVERIFY2(m_registry->risks().close(m_entries.transferred, QStringLiteral("契約締結")), "closed");
    }
    const DashboardFigures after = *m_registry->dashboard().figures();
    QCOMPARE(after.openRisks, before.openRisks - 1);
    QCOMPARE(after.risksByTreatment.value(QStringLiteral("transfer")), 0);
    // Assessing a candidate moves it from the candidates into the heat map.
    RiskFilter identified;
    identified.status = QStringLiteral("identified");
    const Result<QList<Risk>> waiting = m_registry->risks().list(identified, 0, 1);
    QVERIFY(waiting && !waiting->isEmpty());
    const Risk candidate = waiting->first();
    QVERIFY(RiskScenario::assess(*m_registry, candidate.riskNo, 3, 3));
    const Result<Risk> assessed = m_registry->risks().byNo(candidate.riskNo);
    QVERIFY(assessed);
    const DashboardFigures third = *m_registry->dashboard().figures();
    QCOMPARE(third.candidates, after.candidates - 1);
    QCOMPARE(third.openRisks, after.openRisks + 1);
    QCOMPARE(third.heatAt(assessed->importance, assessed->damageLikelihood),
             after.heatAt(assessed->importance, assessed->damageLikelihood) + 1);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "test_dashboard.moc"
