// The personal-information and retention rules on the command line: add and edit refuse what breaks them with the
// option to fix, warn about an unrecorded number of data subjects, show prints the flags, list filters 保存期限未設定,
// import --dry-run names row and column, and verify --rules lists the breaches of a registry made before the rules
// (the schema-3 fixture) with exit status 1.
#include "clirunner.h"

#include "service/assetservice.h"
#include "service/registry.h"
#include "testfiles.h"
#include "testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestRulesCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addRefusesBreaches_data();
    void addRefusesBreaches();
    void addWarnsAndShowFlags();
    void listRetentionUnset();
    void importDryRunNamesRowAndColumn();
    void verifyRulesOnOldRegistry();
    void verifyRulesOnCleanRegistry();
    void verifyHelpListsRules();

private:
    CliRun run(const QStringList &arguments) const { return CliRunner::run(m_database, arguments); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestRulesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(CliRunner::run(m_database, {QStringLiteral("init")}).status, 0);
}

void TestRulesCli::cleanup()
{
    m_dir.reset();
}

void TestRulesCli::addRefusesBreaches_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("messagePart");

    const QStringList base{QStringLiteral("--name=給与データ"), QStringLiteral("--department=人事課"),
                           QStringLiteral("--owner=山田")};
    QTest::newRow("PI-1 my_number at 1") << base + QStringList{QStringLiteral("--personal-info=my_number"),
                                                               QStringLiteral("--confidentiality=1"),
                                                               QStringLiteral("--retention-until=2031-03-31")}
                                         << "--confidentiality:"
                                         << "highest confidentiality";
    QTest::newRow("PI-3 personal at 1") << base + QStringList{QStringLiteral("--personal-info=personal"),
                                                              QStringLiteral("--confidentiality=1"),
                                                              QStringLiteral("--retention-until=2031-03-31")}
                                        << "--confidentiality:"
                                        << "override reason";
    QTest::newRow("PI-6 my_number permanent")
        << base + QStringList{QStringLiteral("--personal-info=my_number"), QStringLiteral("--confidentiality=3"),
                              QStringLiteral("--confidentiality-rationale=特定個人情報"),
                              QStringLiteral("--retention-until=永年"), QStringLiteral("--retention-basis=規程")}
        << "--retention-until:"
        << "My Number";
    QTest::newRow("retention required") << base << "--retention-until:"
                                        << "not set";
    QTest::newRow("permanent needs a basis")
        << base + QStringList{QStringLiteral("--retention-until=permanent")} << "--retention-basis:"
        << "basis";
}

void TestRulesCli::addRefusesBreaches()
{
    QFETCH(QStringList, options);
    QFETCH(QString, option);
    QFETCH(QString, messagePart);
    const CliRun result = run(QStringList{QStringLiteral("add")} + options);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(option), qPrintable(result.err));
    QVERIFY2(result.err.contains(messagePart), qPrintable(result.err));
    auto registry = TestRegistry::open(m_database);
    QVERIFY(registry);
    QCOMPARE(registry->assets().totalCount(), 0);
}

void TestRulesCli::addWarnsAndShowFlags()
{
    const CliRun added =
        run({QStringLiteral("add"), QStringLiteral("--name=健康診断結果"), QStringLiteral("--department=人事課"),
             QStringLiteral("--owner=山田"), QStringLiteral("--personal-info=sensitive"),
             QStringLiteral("--confidentiality=2"), QStringLiteral("--personal-info-override=統計処理済みの集計表のみ"),
             QStringLiteral("--retention-until=2031-03-31")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    // PI-4: saved, with a warning naming the option.
    QVERIFY2(added.err.contains(QStringLiteral("--subject-count")), qPrintable(added.err));
    const QString assetNo = added.out.trimmed();
    const CliRun shown = run({QStringLiteral("show"), assetNo});
    QCOMPARE(shown.status, 0);
    QVERIFY2(shown.out.contains(QStringLiteral("Reportable if leaked")), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("Confidentiality override (personal information)")),
             qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("統計処理済みの集計表のみ")), qPrintable(shown.out));
    const CliRun json = run({QStringLiteral("show"), assetNo, QStringLiteral("--format=json")});
    QVERIFY(json.out.contains(QStringLiteral("\"reportable_if_leaked\": true")));

    // Raising the level needs the reason cleared; the edit says which option.
    const CliRun raised = run({QStringLiteral("edit"), assetNo, QStringLiteral("--confidentiality=3"),
                               QStringLiteral("--confidentiality-rationale=要配慮個人情報")});
    QCOMPARE(raised.status, 1);
    QVERIFY2(raised.err.contains(QStringLiteral("--personal-info-override:")), qPrintable(raised.err));
    const CliRun fixed = run({QStringLiteral("edit"), assetNo, QStringLiteral("--confidentiality=3"),
                              QStringLiteral("--confidentiality-rationale=要配慮個人情報"),
                              QStringLiteral("--personal-info-override="), QStringLiteral("--subject-count=300")});
    QVERIFY2(fixed.status == 0, qPrintable(fixed.err));
    QVERIFY2(!fixed.err.contains(QStringLiteral("Warning")), qPrintable(fixed.err));
}

void TestRulesCli::listRetentionUnset()
{
    auto registry = TestRegistry::open(m_database);
    QVERIFY(registry);
    Asset old = TestRegistry::validAsset(*registry, QStringLiteral("旧台帳の文書"));
    old.retentionUntil = {};
    Asset kept = TestRegistry::validAsset(*registry, QStringLiteral("保存期限のある文書"));
    QVERIFY(registry->assets().createAssets({old, kept}).ok());
    registry.reset();
    const CliRun listed =
        run({QStringLiteral("list"), QStringLiteral("--retention-unset"), QStringLiteral("--columns=asset_no,name")});
    QCOMPARE(listed.status, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("旧台帳の文書")), qPrintable(listed.out));
    QVERIFY2(!listed.out.contains(QStringLiteral("保存期限のある文書")), qPrintable(listed.out));
}

void TestRulesCli::importDryRunNamesRowAndColumn()
{
    // An old ledger: no retention column; row 3 holds My Number at 機密性 1, row 4 personal information without
    // the number of data subjects.
    const QString csv = QStringLiteral("情報資産名称,管理部署,管理責任者,個人情報,本人の数,機密性\n"
                                       "庁舎配置図,総務課,佐藤,none,,1\n"
                                       "給与支払報告書,税務課,鈴木,my_number,800,1\n"
                                       "職員名簿,人事課,山田,personal,,2\n");
    const QString path = TestFiles::writeText(*m_dir, QStringLiteral("old-ledger.csv"), csv);
    const CliRun dry = run({QStringLiteral("import"), path, QStringLiteral("--dry-run")});
    QCOMPARE(dry.status, 1);
    QVERIFY2(dry.out.contains(QStringLiteral("Row 3, column 機密性:")), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QStringLiteral("highest confidentiality")), qPrintable(dry.out));
    QVERIFY2(!dry.out.contains(QStringLiteral("Row 2")), qPrintable(dry.out));

    // Without the My Number row the file imports: retention is flagged, not refused; the PI-4 warning names its cell.
    const QString fixedCsv = QStringLiteral("情報資産名称,管理部署,管理責任者,個人情報,本人の数,機密性\n"
                                            "庁舎配置図,総務課,佐藤,none,,1\n"
                                            "職員名簿,人事課,山田,personal,,2\n");
    const QString fixedPath = TestFiles::writeText(*m_dir, QStringLiteral("fixed-ledger.csv"), fixedCsv);
    const CliRun fixedDry = run({QStringLiteral("import"), fixedPath, QStringLiteral("--dry-run")});
    QVERIFY2(fixedDry.status == 0, qPrintable(fixedDry.out + fixedDry.err));
    QVERIFY2(fixedDry.out.contains(QStringLiteral("Row 3, column 本人の数:")), qPrintable(fixedDry.out));
    QVERIFY2(fixedDry.out.contains(QStringLiteral("2 assets have no retention")), qPrintable(fixedDry.out));
    QCOMPARE(run({QStringLiteral("import"), fixedPath}).status, 0);
    const CliRun unset =
        run({QStringLiteral("list"), QStringLiteral("--retention-unset"), QStringLiteral("--columns=name")});
    QVERIFY2(unset.out.contains(QStringLiteral("庁舎配置図")) && unset.out.contains(QStringLiteral("職員名簿")),
             qPrintable(unset.out));
}

void TestRulesCli::verifyRulesOnOldRegistry()
{
    const QString old = m_dir->filePath(QStringLiteral("schema-0003.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0003.sqlite"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    const CliRun result = CliRunner::run(old, {QStringLiteral("verify"), QStringLiteral("--rules")});
    QCOMPARE(result.status, 1);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto hasLine = [&lines](const QString &assetNo, const QString &rule, const QString &field) {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(assetNo + QLatin1Char('\t') + rule + QLatin1Char('\t') + field + QLatin1Char('\t'));
        });
    };
    QVERIFY2(hasLine(QStringLiteral("IA-000061"), QStringLiteral("PI-1"), QStringLiteral("confidentiality")),
             qPrintable(result.out));
    QVERIFY(hasLine(QStringLiteral("IA-000061"), QStringLiteral("PI-6"), QStringLiteral("retention_until")));
    QVERIFY(hasLine(QStringLiteral("IA-000062"), QStringLiteral("PI-2"), QStringLiteral("confidentiality")));
    QVERIFY(hasLine(QStringLiteral("IA-000063"), QStringLiteral("PI-3"), QStringLiteral("confidentiality")));
    QVERIFY(hasLine(QStringLiteral("IA-000063"), QStringLiteral("RET-1"), QStringLiteral("retention_until")));
    QVERIFY(!result.out.contains(QStringLiteral("IA-000065")));
    QVERIFY2(result.err.contains(QStringLiteral("break a personal-information or retention rule")),
             qPrintable(result.err));
    // The check alone does not walk the audit chain, and changes nothing.
    QVERIFY(!result.out.contains(QStringLiteral("Checkpoint")));
    auto registry = TestRegistry::open(old);
    QVERIFY(registry);
    QCOMPARE(registry->assets().byAssetNo(QStringLiteral("IA-000061"))->confidentiality, 1);
}

void TestRulesCli::verifyRulesOnCleanRegistry()
{
    auto registry = TestRegistry::open(m_database);
    QVERIFY(registry);
    QCOMPARE(TestRegistry::add(*registry, {TestRegistry::validAsset(*registry)}).size(), 1);
    registry.reset();
    const CliRun result = run({QStringLiteral("verify"), QStringLiteral("--rules")});
    QVERIFY2(result.status == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("OK: every asset meets")));
    // With --chain both run.
    const CliRun both = run({QStringLiteral("verify"), QStringLiteral("--rules"), QStringLiteral("--chain")});
    QCOMPARE(both.status, 0);
    QVERIFY(both.out.contains(QStringLiteral("Checkpoint")));
}

void TestRulesCli::verifyHelpListsRules()
{
    const CliRun help = CliRunner::run({QStringLiteral("verify"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--rules")), qPrintable(help.out));
    const CliRun commands = CliRunner::run({QStringLiteral("--help")});
    QVERIFY2(commands.out.contains(QStringLiteral("--rules")), qPrintable(commands.out));
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "test_rulescli.moc"
