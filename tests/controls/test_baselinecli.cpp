// Recipients, receipt and use terms, medium class and the baseline's conditions on the command line, run in-process:
// add, edit, show and list of the new fields, and the baseline
// command — list with the conditions, add a rule with conditions on parties and medium, remove, add the missing
// default rules, reset — with its usage errors.
#include "clirunner.h"
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestBaselineCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assetFieldsThroughCli();
    void badMediumClassRefused();
    void baselineList();
    void baselineAddAndRemove();
    void baselineAddDefaultsAndReset();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun run(const QStringList &arguments) const { return CliRunner::run(m_path, arguments); }
    QJsonArray baselineRules(const QStringList &extra = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBaselineCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(m_path, {}, &error);
    QVERIFY2(registry, qPrintable(error));
}

void TestBaselineCli::cleanup()
{
    m_dir.reset();
}

QJsonArray TestBaselineCli::baselineRules(const QStringList &extra) const
{
    const CliRun list = run(QStringList{QStringLiteral("baseline"), QStringLiteral("list"), QStringLiteral("--format"),
                                        QStringLiteral("json")} +
                            extra);
    if (list.status != 0)
        qWarning("%s", qPrintable(list.err));
    return QJsonDocument::fromJson(list.out.toUtf8()).array();
}

void TestBaselineCli::assetFieldsThroughCli()
{
    const CliRun added =
        run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("人流データ（統計）"),
             QStringLiteral("--department"), QStringLiteral("企画部"), QStringLiteral("--owner"),
             QStringLiteral("山田 太郎"), QStringLiteral("--retention-until"), QStringLiteral("2031-03-31"),
             QStringLiteral("--provider"), QStringLiteral("民間事業者"), QStringLiteral("--receipt-terms"),
             QStringLiteral("二次利用可（出典明記）"), QStringLiteral("--recipients"), QStringLiteral("△△大学"),
             QStringLiteral("--use-terms"), QStringLiteral("研究目的に限る"), QStringLiteral("--medium-class"),
             QStringLiteral("社外サーバ・クラウド")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    const QString assetNo = added.out.trimmed();
    QCOMPARE(assetNo, QStringLiteral("IA-000001"));

    CliRun shown = run({QStringLiteral("show"), assetNo, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(shown.status, 0);
    QJsonObject asset = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("asset")).toObject();
    QCOMPARE(asset.value(QStringLiteral("receipt_terms")).toString(), QStringLiteral("二次利用可（出典明記）"));
    QCOMPARE(asset.value(QStringLiteral("recipients")).toString(), QStringLiteral("△△大学"));
    QCOMPARE(asset.value(QStringLiteral("use_terms")).toString(), QStringLiteral("研究目的に限る"));
    QCOMPARE(asset.value(QStringLiteral("medium_class")).toString(), QStringLiteral("cloud"));

    const CliRun edited =
        run({QStringLiteral("edit"), assetNo, QStringLiteral("--receipt-terms"), QStringLiteral("目的外利用禁止"),
             QStringLiteral("--medium-class"), QStringLiteral("onprem")});
    QVERIFY2(edited.status == 0, qPrintable(edited.err));
    shown = run({QStringLiteral("show"), assetNo, QStringLiteral("--format"), QStringLiteral("json")});
    asset = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("asset")).toObject();
    QCOMPARE(asset.value(QStringLiteral("receipt_terms")).toString(), QStringLiteral("目的外利用禁止"));
    QCOMPARE(asset.value(QStringLiteral("medium_class")).toString(), QStringLiteral("onprem"));
    QCOMPARE(asset.value(QStringLiteral("recipients")).toString(), QStringLiteral("△△大学"));

    // Shown in words, with the change in the history.
    const CliRun text = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("show"), assetNo});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Recipients")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("In-house server")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Medium class: External server or cloud service → In-house server")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Receipt terms: 二次利用可（出典明記） → 目的外利用禁止")),
             qPrintable(text.out));

    // Listed as columns, by key.
    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--columns"),
                             QStringLiteral("asset_no,recipients,use_terms,medium_class")});
    QCOMPARE(list.status, 0);
    QCOMPARE(list.out, QStringLiteral("asset_no,recipients,use_terms,medium_class\r\nIA-000001,△△大学,研究目的に限る,"
                                      "onprem\r\n"));
    // Searched by recipients.
    const CliRun found = run({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("△△大学"),
                              QStringLiteral("--columns"), QStringLiteral("asset_no")});
    QCOMPARE(found.status, 0);
    QCOMPARE(found.out, QStringLiteral("asset_no\r\nIA-000001\r\n"));
}

void TestBaselineCli::badMediumClassRefused()
{
    const CliRun added = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("契約書原本"), QStringLiteral("--department"),
                              QStringLiteral("総務部"), QStringLiteral("--owner"), QStringLiteral("山田 太郎"),
                              QStringLiteral("--medium-class"), QStringLiteral("usb")});
    QCOMPARE(added.status, 1);
    QVERIFY2(added.err.contains(QStringLiteral("--medium-class: 'usb' is not a medium class")), qPrintable(added.err));
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("asset_no")}).out,
             QStringLiteral("asset_no\r\n"));
}

void TestBaselineCli::baselineList()
{
    const QJsonArray rules = baselineRules();
    QCOMPARE(rules.size(), 68);
    QStringList contractorCodes;
    for (const QJsonValue value : rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QStringLiteral("has_contractor")).toString() == QLatin1String("true"))
            contractorCodes << rule.value(QStringLiteral("control")).toString();
        if (rule.value(QStringLiteral("control")).toString() == QLatin1String("OPS-08") &&
            !rule.value(QStringLiteral("medium_class")).toString().isEmpty())
            QCOMPARE(rule.value(QStringLiteral("medium_class")).toString(), QStringLiteral("cloud"));
    }
    contractorCodes.sort();
    QCOMPARE(contractorCodes, QString::fromLatin1("OUT-01 OUT-02 OUT-03 OUT-04 OUT-05 OUT-07").split(QLatin1Char(' ')));
    QCOMPARE(rules.at(0).toObject().value(QStringLiteral("rule")).toInt(), 1);

    // CSV with the conditions in words.
    const CliRun csv =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("baseline"), QStringLiteral("list")});
    QCOMPARE(csv.status, 0);
    QVERIFY(csv.out.startsWith(QStringLiteral("rule,control,catalog,title,confidentiality,integrity,availability,"
                                              "importance,personal_info,asset_type,has_provider,has_recipients,"
                                              "has_contractor,medium_class,conditions\r\n")));
    QVERIFY2(csv.out.contains(QStringLiteral("Contractor named, ")) ||
                 csv.out.contains(QStringLiteral(",Contractor named\r\n")),
             qPrintable(csv.out));
    QVERIFY(baselineRules({QStringLiteral("--missing-defaults")}).isEmpty());
}

void TestBaselineCli::baselineAddAndRemove()
{
    const qint64 before = TestRegistry::open(m_path)->audit().count();
    const CliRun added =
        run({QStringLiteral("baseline"), QStringLiteral("add"), QStringLiteral("--control"), QStringLiteral("OUT-03"),
             QStringLiteral("--has-recipients"), QStringLiteral("--medium-class"), QStringLiteral("cloud"),
             QStringLiteral("--confidentiality"), QStringLiteral("2")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    const int number = added.out.trimmed().toInt();
    QVERIFY(number > 0);
    QJsonArray rules = baselineRules();
    QCOMPARE(rules.size(), 69);
    const QJsonObject rule = rules.at(number - 1).toObject();
    QCOMPARE(rule.value(QStringLiteral("control")).toString(), QStringLiteral("OUT-03"));
    QCOMPARE(rule.value(QStringLiteral("has_recipients")).toString(), QStringLiteral("true"));
    QCOMPARE(rule.value(QStringLiteral("has_contractor")).toString(), QString());
    QCOMPARE(rule.value(QStringLiteral("medium_class")).toString(), QStringLiteral("cloud"));
    QCOMPARE(rule.value(QStringLiteral("confidentiality")).toInt(), 2);

    // The rule requires its control for an asset that meets it: the gap report names it.
    const CliRun asset =
        run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("観光動態データ"),
             QStringLiteral("--department"), QStringLiteral("観光課"), QStringLiteral("--owner"),
             QStringLiteral("鈴木 一郎"), QStringLiteral("--retention-until"), QStringLiteral("2031-03-31"),
             QStringLiteral("--confidentiality"), QStringLiteral("2"), QStringLiteral("--recipients"),
             QStringLiteral("○○観光協会"), QStringLiteral("--medium-class"), QStringLiteral("cloud")});
    QVERIFY2(asset.status == 0, qPrintable(asset.err));
    const CliRun gaps = run({QStringLiteral("gaps"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(gaps.status, 1);
    QVERIFY2(gaps.out.contains(QStringLiteral("OUT-03")), qPrintable(gaps.out));
    QVERIFY2(gaps.out.contains(QStringLiteral("DST-01")), qPrintable(gaps.out));

    const CliRun removed = run({QStringLiteral("baseline"), QStringLiteral("remove"), QString::number(number)});
    QVERIFY2(removed.status == 0, qPrintable(removed.err));
    rules = baselineRules();
    QCOMPARE(rules.size(), 68);
    for (const QJsonValue value : std::as_const(rules))
        QVERIFY(value.toObject().value(QStringLiteral("control")).toString() != QLatin1String("OUT-03") ||
                value.toObject().value(QStringLiteral("has_recipients")).toString().isEmpty());
    // Two saves, two audit events (the asset added a third).
    QCOMPARE(TestRegistry::open(m_path)->audit().count(), before + 3);
}

void TestBaselineCli::baselineAddDefaultsAndReset()
{
    // Remove the four rules on recipients and the one on a provider.
    QJsonArray rules = baselineRules();
    QStringList numbers;
    for (const QJsonValue value : std::as_const(rules)) {
        const QJsonObject rule = value.toObject();
        if (!rule.value(QStringLiteral("has_recipients")).toString().isEmpty() ||
            !rule.value(QStringLiteral("has_provider")).toString().isEmpty())
            numbers << QString::number(rule.value(QStringLiteral("rule")).toInt());
    }
    QCOMPARE(numbers.size(), 5);
    QCOMPARE(run(QStringList{QStringLiteral("baseline"), QStringLiteral("remove")} + numbers).status, 0);
    QCOMPARE(baselineRules().size(), 63);
    const QJsonArray missing = baselineRules({QStringLiteral("--missing-defaults")});
    QCOMPARE(missing.size(), 5);

    const CliRun added = run({QStringLiteral("baseline"), QStringLiteral("add-defaults")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), QStringLiteral("5"));
    QCOMPARE(baselineRules().size(), 68);
    QCOMPARE(run({QStringLiteral("baseline"), QStringLiteral("add-defaults")}).out.trimmed(), QStringLiteral("0"));

    // A rule of their own goes with a reset.
    QCOMPARE(
        run({QStringLiteral("baseline"), QStringLiteral("add"), QStringLiteral("--control"), QStringLiteral("PHY-04")})
            .status,
        0);
    QCOMPARE(baselineRules().size(), 69);
    const CliRun reset = run({QStringLiteral("baseline"), QStringLiteral("reset")});
    QCOMPARE(reset.status, 0);
    QCOMPARE(reset.out.trimmed(), QStringLiteral("68"));
    QCOMPARE(baselineRules().size(), 68);
}

void TestBaselineCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString baseline = QStringLiteral("baseline");
    QTest::newRow("no subcommand") << QStringList{baseline} << 2 << QStringLiteral("Say what to do with the baseline");
    QTest::newRow("unknown subcommand") << QStringList{baseline, QStringLiteral("drop")} << 2
                                        << QStringLiteral("'drop' is not a baseline command");
    QTest::newRow("add without a control")
        << QStringList{baseline, QStringLiteral("add"), QStringLiteral("--has-contractor")} << 2
        << QStringLiteral("--control is required");
    QTest::newRow("bad medium class") << QStringList{baseline,
                                                     QStringLiteral("add"),
                                                     QStringLiteral("--control"),
                                                     QStringLiteral("OUT-06"),
                                                     QStringLiteral("--medium-class"),
                                                     QStringLiteral("usb")}
                                      << 2 << QStringLiteral("'usb' is not a medium class");
    QTest::newRow("bad level") << QStringList{baseline,
                                              QStringLiteral("add"),
                                              QStringLiteral("--control"),
                                              QStringLiteral("OUT-06"),
                                              QStringLiteral("--confidentiality"),
                                              QStringLiteral("5")}
                               << 2 << QStringLiteral("'5' is not a level");
    QTest::newRow("personal none") << QStringList{baseline,
                                                  QStringLiteral("add"),
                                                  QStringLiteral("--control"),
                                                  QStringLiteral("OUT-06"),
                                                  QStringLiteral("--personal-info"),
                                                  QStringLiteral("none")}
                                   << 2 << QStringLiteral("'none' is not a kind a rule can require");
    QTest::newRow("unknown control") << QStringList{baseline, QStringLiteral("add"), QStringLiteral("--control"),
                                                    QStringLiteral("XYZ-99")}
                                     << 1 << QStringLiteral("XYZ-99");
    QTest::newRow("duplicate rule") << QStringList{baseline, QStringLiteral("add"), QStringLiteral("--control"),
                                                   QStringLiteral("OUT-02"), QStringLiteral("--has-contractor")}
                                    << 1 << QStringLiteral("repeats rule");
    QTest::newRow("remove a rule that does not exist")
        << QStringList{baseline, QStringLiteral("remove"), QStringLiteral("999")} << 2
        << QStringLiteral("'999' is not the number of a rule");
}

void TestBaselineCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const CliRun result = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    QCOMPARE(result.status, status);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    // Nothing changed.
    QCOMPARE(baselineRules().size(), 68);
}

QTEST_GUILESS_MAIN(TestBaselineCli)
#include "test_baselinecli.moc"
