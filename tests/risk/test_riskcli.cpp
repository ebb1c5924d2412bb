// The risk and threat commands of asset-registry-cli, run in-process as a user runs them: candidates saved for a
// selection, list with filters, assess, treat with a control, residual, accept refused without the authority (exit 1,
// nothing changed) and accepted with it, close, due with exit status 1 when anything is due, usage errors (exit 2),
// and the threat catalogue's own threats, retirement and review date.
#include "clirunner.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "testregistry.h"

#include <QTemporaryDir>
#include <QTest>

class TestRiskCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void candidatesAndList();
    void assessTreatAcceptClose();
    void dueExitStatus();
    void usageErrors_data();
    void usageErrors();
    void threats();

private:
    CliRun run(const QStringList &arguments) const { return CliRunner::run(m_path, arguments); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QStringList m_assets;
};

void TestRiskCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    std::unique_ptr<Registry> registry = TestRegistry::create(*m_dir);
    QVERIFY(registry);
    QList<Asset> assets;
    for (int level = 3; level >= 1; --level) {
        Asset asset = TestRegistry::asset(*registry, QStringLiteral("資産 C%1").arg(level), QStringLiteral("総務課"),
                                          QStringLiteral("佐藤"));
        asset.confidentiality = level;
        asset.confidentialityRationale = QStringLiteral("根拠");
        assets << asset;
    }
    m_assets = TestRegistry::add(*registry, assets);
    QCOMPARE(m_assets.size(), 3);
}

void TestRiskCli::cleanup()
{
    m_dir.reset();
}

void TestRiskCli::candidatesAndList()
{
    const CliRun listed = run({QStringLiteral("risk"), QStringLiteral("candidates"), m_assets.at(0)});
    QCOMPARE(listed.status, 0);
    QVERIFY(listed.out.startsWith(QStringLiteral("risk_no,asset_no,")));
    QVERIFY(listed.out.contains(QStringLiteral("T-INT-01")));
    const int candidates = int(listed.out.count(QLatin1Char('\n'))) - 1;
    QVERIFY(candidates > 5);
    // Listing does not record anything.
    QCOMPARE(run({QStringLiteral("risk"), QStringLiteral("list")}).out.count(QLatin1Char('\n')), 1);
    const CliRun saved = run({QStringLiteral("risk"), QStringLiteral("candidates"), QStringLiteral("--save"),
                              m_assets.at(0), m_assets.at(1)});
    QVERIFY2(saved.status == 0, qPrintable(saved.err));
    const CliRun all =
        run({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(all.status, 0);
    QVERIFY(all.out.contains(QStringLiteral("\"risk_no\": \"R-000001\"")) ||
            all.out.contains(QStringLiteral("\"risk_no\":\"R-000001\"")));
    const CliRun high =
        run({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--level"), QStringLiteral("high")});
    QCOMPARE(high.status, 0);
    for (const QString &line : high.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
        QVERIFY2(line.contains(QStringLiteral(",high,")), qPrintable(line));
    const CliRun unknown = run({QStringLiteral("risk"), QStringLiteral("candidates"), QStringLiteral("IA-999999")});
    QCOMPARE(unknown.status, 1);
}

void TestRiskCli::assessTreatAcceptClose()
{
    QCOMPARE(
        run({QStringLiteral("risk"), QStringLiteral("candidates"), QStringLiteral("--save"), m_assets.at(0)}).status,
        0);
    std::unique_ptr<Registry> registry = TestRegistry::open(m_path);
    QVERIFY(registry);
    RiskFilter filter;
    QString riskNo;
    const QList<Risk> entries = *registry->risks().list(filter);
    for (const Risk &risk : entries)
        if (risk.threatCode == QLatin1String("T-INT-01"))
            riskNo = risk.riskNo;
    registry.reset();
    QVERIFY(!riskNo.isEmpty());

    // Importance 3, likelihood 3, no controls: vulnerability 3 derived → 9 high.
    const CliRun assessed = run({QStringLiteral("risk"), QStringLiteral("assess"), riskNo,
                                 QStringLiteral("--likelihood"), QStringLiteral("3")});
    QVERIFY2(assessed.status == 0, qPrintable(assessed.err));
    QCOMPARE(assessed.out.trimmed(), QStringLiteral("%1\t9\thigh").arg(riskNo));
    const CliRun badRating = run({QStringLiteral("risk"), QStringLiteral("assess"), riskNo,
                                  QStringLiteral("--likelihood"), QStringLiteral("4")});
    QCOMPARE(badRating.status, 1);
    QVERIFY(badRating.err.contains(QStringLiteral("likelihood")));

    const QString due = QDate::currentDate().addMonths(3).toString(Qt::ISODate);
    const CliRun treated = run({QStringLiteral("risk"), QStringLiteral("treat"), riskNo, QStringLiteral("--treatment"),
                                QStringLiteral("reduce"), QStringLiteral("--plan"), QStringLiteral("多要素認証を導入"),
                                QStringLiteral("--control"), QStringLiteral("TEC-04"), QStringLiteral("--responsible"),
                                QStringLiteral("山田"), QStringLiteral("--due"), due});
    QVERIFY2(treated.status == 0, qPrintable(treated.err));
    QCOMPARE(treated.out.trimmed(), QStringLiteral("%1\tplanned").arg(riskNo));
    registry = TestRegistry::open(m_path);
    const Asset asset = *registry->assets().byAssetNo(m_assets.at(0));
    const Result<Control> mfa = registry->catalogs().findControl(QStringLiteral("TEC-04"), QStringLiteral("builtin"));
    const std::optional<ControlAssignment> assignment = registry->assignments().assignment(asset.id, mfa->id);
    QVERIFY(assignment);
    QCOMPARE(assignment->responsible, QStringLiteral("山田"));
    QCOMPARE(assignment->dueDate.toString(Qt::ISODate), due);
    registry.reset();

    QCOMPARE(run({QStringLiteral("risk"), QStringLiteral("residual"), riskNo, QStringLiteral("--likelihood"),
                  QStringLiteral("3"), QStringLiteral("--vulnerability"), QStringLiteral("2")})
                 .out.trimmed(),
             QStringLiteral("%1\t6\thigh").arg(riskNo));
    // A high residual risk: the owner may not accept it, nor close the entry before the CISO has.
    const QString until = QDate::currentDate().addMonths(6).toString(Qt::ISODate);
    const CliRun byOwner = run({QStringLiteral("risk"), QStringLiteral("accept"), riskNo, QStringLiteral("--by"),
                                QStringLiteral("佐藤"), QStringLiteral("--title"), QStringLiteral("課長"),
                                QStringLiteral("--until"), until, QStringLiteral("--reason"), QStringLiteral("費用")});
    QCOMPARE(byOwner.status, 1);
    QCOMPARE(run({QStringLiteral("risk"), QStringLiteral("close"), riskNo, QStringLiteral("--reason"),
                  QStringLiteral("完了")})
                 .status,
             1);
    const CliRun byCiso =
        run({QStringLiteral("risk"), QStringLiteral("accept"), riskNo, QStringLiteral("--by"), QStringLiteral("山本"),
             QStringLiteral("--title"), QStringLiteral("CISO"), QStringLiteral("--role"), QStringLiteral("ciso"),
             QStringLiteral("--until"), until, QStringLiteral("--reason"), QStringLiteral("費用対効果")});
    QVERIFY2(byCiso.status == 0, qPrintable(byCiso.err));
    const CliRun shown = run({QStringLiteral("risk"), QStringLiteral("show"), riskNo});
    QVERIFY(shown.out.contains(QStringLiteral("high_accepted: true")));
    const CliRun closed = run({QStringLiteral("risk"), QStringLiteral("close"), riskNo, QStringLiteral("--reason"),
                               QStringLiteral("対応完了")});
    QVERIFY2(closed.status == 0, qPrintable(closed.err));
    QCOMPARE(closed.out.trimmed(), QStringLiteral("%1\tclosed").arg(riskNo));
}

void TestRiskCli::dueExitStatus()
{
    const CliRun nothing = run({QStringLiteral("risk"), QStringLiteral("due")});
    QCOMPARE(nothing.status, 0);
    QCOMPARE(
        run({QStringLiteral("risk"), QStringLiteral("candidates"), QStringLiteral("--save"), m_assets.at(2)}).status,
        0);
    std::unique_ptr<Registry> registry = TestRegistry::open(m_path);
    const QString riskNo = registry->risks().list(RiskFilter())->first().riskNo;
    RiskService::Assessment assessment;
    assessment.likelihood = 1;
    assessment.vulnerability = 1;
    assessment.vulnerabilityRationale = QStringLiteral("対策済");
    QVERIFY(registry->risks().assess(riskNo, assessment));
    // Accepted by the owner until within the next 30 days.
    const RiskAcceptance acceptance{QStringLiteral("佐藤"),         QStringLiteral("課長"),
                                    QStringLiteral("owner"),        QDate::currentDate(),
                                    QStringLiteral("影響が小さい"), QDate::currentDate().addDays(20)};
    QVERIFY(registry->risks().accept(riskNo, acceptance));
    registry.reset();
    const CliRun due = run({QStringLiteral("risk"), QStringLiteral("due")});
    QCOMPARE(due.status, 1);
    QVERIFY(due.out.contains(riskNo));
    QCOMPARE(
        run({QStringLiteral("risk"), QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("10")}).status,
        0);
}

void TestRiskCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("risk")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("risk"), QStringLiteral("delete")};
    QTest::newRow("bad level") << QStringList{QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--level"),
                                              QStringLiteral("huge")};
    QTest::newRow("assess without likelihood")
        << QStringList{QStringLiteral("risk"), QStringLiteral("assess"), QStringLiteral("R-000001")};
    QTest::newRow("bad date") << QStringList{
        QStringLiteral("risk"),   QStringLiteral("treat"), QStringLiteral("R-000001"), QStringLiteral("--treatment"),
        QStringLiteral("reduce"), QStringLiteral("--due"), QStringLiteral("next week")};
    QTest::newRow("threat without subcommand") << QStringList{QStringLiteral("threat")};
}

void TestRiskCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestRiskCli::threats()
{
    const CliRun listed = run({QStringLiteral("threat"), QStringLiteral("list")});
    QCOMPARE(listed.status, 0);
    QCOMPARE(listed.out.count(QLatin1Char('\n')), 25);
    const CliRun added = run(
        {QStringLiteral("threat"), QStringLiteral("add"), QStringLiteral("T-OWN-01"), QStringLiteral("--name-ja"),
         QStringLiteral("ドローンによる撮影"), QStringLiteral("--category"), QStringLiteral("intentional"),
         QStringLiteral("--objectives"), QStringLiteral("c"), QStringLiteral("--medium"), QStringLiteral("facility"),
         QStringLiteral("--control"), QStringLiteral("PHY-01"), QStringLiteral("--likelihood"), QStringLiteral("1")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    const CliRun bad = run({QStringLiteral("threat"), QStringLiteral("add"), QStringLiteral("T-OWN-02"),
                            QStringLiteral("--name-en"), QStringLiteral("X"), QStringLiteral("--category"),
                            QStringLiteral("weather"), QStringLiteral("--objectives"), QStringLiteral("A")});
    QCOMPARE(bad.status, 1);
    QVERIFY(bad.err.contains(QStringLiteral("weather")));
    QCOMPARE(run({QStringLiteral("threat"), QStringLiteral("edit"), QStringLiteral("T-DIS-01"),
                  QStringLiteral("--likelihood"), QStringLiteral("3"), QStringLiteral("--rationale"),
                  QStringLiteral("想定地震")})
                 .status,
             0);
    QCOMPARE(run({QStringLiteral("threat"), QStringLiteral("edit"), QStringLiteral("T-DIS-01"),
                  QStringLiteral("--name-en"), QStringLiteral("Quake")})
                 .status,
             1);
    QCOMPARE(run({QStringLiteral("threat"), QStringLiteral("retire"), QStringLiteral("T-DIS-03")}).status, 0);
    QCOMPARE(run({QStringLiteral("threat"), QStringLiteral("list")}).out.count(QLatin1Char('\n')), 25);
    QCOMPARE(
        run({QStringLiteral("threat"), QStringLiteral("list"), QStringLiteral("--all")}).out.count(QLatin1Char('\n')),
        26);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun reviewed = run({QStringLiteral("threat"), QStringLiteral("reviewed"), QStringLiteral("--on"), today});
    QCOMPARE(reviewed.status, 0);
    QCOMPARE(reviewed.out.trimmed(), today);
}

QTEST_GUILESS_MAIN(TestRiskCli)
#include "test_riskcli.moc"
