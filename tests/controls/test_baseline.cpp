// Baseline rules: which assets a rule requires its control for (classification ≥ level, personal information,
// asset type, all conditions together), the shipped default baseline, and the validation of an edited baseline.
#include "domain/controlcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

std::optional<int> level(int value)
{
    if (value == 0)
        return std::nullopt;
    return value;
}

} // namespace

class TestBaseline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ruleMatching_data();
    void ruleMatching();
    void defaultBaseline_data();
    void defaultBaseline();
    void invalidBaselineRefused_data();
    void invalidBaselineRefused();
    void editedBaselineAuditedAndReset();
    void describedInWords();

private:
    qint64 createAsset(int c, int i, int a, const QString &personalInfo, const QString &type);
    QStringList requiredCodes(qint64 assetId) const;
    Control ownControl(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_count = 0;
};

void TestBaseline::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_registry = Registry::create(TestRegistry::location(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count))),
                                  Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestBaseline::cleanup()
{
    m_registry.reset();
}

qint64 TestBaseline::createAsset(int c, int i, int a, const QString &personalInfo, const QString &type)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("資産");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("山田 太郎");
    asset.confidentiality = c;
    asset.integrity = i;
    asset.availability = a;
    asset.confidentialityRationale = asset.integrityRationale = asset.availabilityRationale = QStringLiteral("根拠");
    asset.personalInfo = personalInfo;
    asset.assetType = type;
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created.ok())
        qWarning("%s", qPrintable(created.error));
    return created.ok() ? created.value->id : 0;
}

QStringList TestBaseline::requiredCodes(qint64 assetId) const
{
    QStringList codes;
    const Result<QList<AssetControl>> rows = m_registry->assignments().controlsOfAsset(assetId);
    for (const AssetControl &row : *rows.value) {
        if (row.required)
            codes << row.control.code;
    }
    return codes;
}

Control TestBaseline::ownControl(const QString &code)
{
    Control draft;
    draft.code = code;
    draft.titleEn = QStringLiteral("Own control ") + code;
    draft.area = 7;
    const Result<Control> added = m_registry->customControls().addOwnControl(draft);
    return added.value.value_or(Control());
}

void TestBaseline::ruleMatching_data()
{
    // The rule: minimum confidentiality, integrity, availability, importance (0: no condition), personal
    // information and asset type (empty: no condition). The asset: its levels, personal information and type.
    QTest::addColumn<int>("minC");
    QTest::addColumn<int>("minI");
    QTest::addColumn<int>("minA");
    QTest::addColumn<int>("minImportance");
    QTest::addColumn<QString>("rulePersonal");
    QTest::addColumn<QString>("ruleType");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("a");
    QTest::addColumn<QString>("personal");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("required");

    const QString none = QStringLiteral("none");
    const QString info = QStringLiteral("information");
    QTest::newRow("no condition: every asset")
        << 0 << 0 << 0 << 0 << QString() << QString() << 1 << 1 << 1 << none << info << true;
    QTest::newRow("C>=2, C 1") << 2 << 0 << 0 << 0 << QString() << QString() << 1 << 3 << 3 << none << info << false;
    QTest::newRow("C>=2, C 2") << 2 << 0 << 0 << 0 << QString() << QString() << 2 << 1 << 1 << none << info << true;
    QTest::newRow("C>=2, C 3") << 2 << 0 << 0 << 0 << QString() << QString() << 3 << 1 << 1 << none << info << true;
    QTest::newRow("C>=3, C 2") << 3 << 0 << 0 << 0 << QString() << QString() << 2 << 1 << 1 << none << info << false;
    QTest::newRow("I>=3, I 3") << 0 << 3 << 0 << 0 << QString() << QString() << 1 << 3 << 1 << none << info << true;
    QTest::newRow("I>=3, I 2") << 0 << 3 << 0 << 0 << QString() << QString() << 3 << 2 << 3 << none << info << false;
    QTest::newRow("A>=2, A 2") << 0 << 0 << 2 << 0 << QString() << QString() << 1 << 1 << 2 << none << info << true;
    QTest::newRow("A>=2, A 1") << 0 << 0 << 2 << 0 << QString() << QString() << 3 << 3 << 1 << none << info << false;
    QTest::newRow("importance>=3 from I")
        << 0 << 0 << 0 << 3 << QString() << QString() << 1 << 3 << 1 << none << info << true;
    QTest::newRow("importance>=3, all 2")
        << 0 << 0 << 0 << 3 << QString() << QString() << 2 << 2 << 2 << none << info << false;
    QTest::newRow("any personal, none") << 0 << 0 << 0 << 0 << QStringLiteral("personal") << QString() << 1 << 1 << 1
                                        << none << info << false;
    QTest::newRow("any personal, personal") << 0 << 0 << 0 << 0 << QStringLiteral("personal") << QString() << 1 << 1
                                            << 1 << QStringLiteral("personal") << info << true;
    QTest::newRow("any personal, sensitive") << 0 << 0 << 0 << 0 << QStringLiteral("personal") << QString() << 1 << 1
                                             << 1 << QStringLiteral("sensitive") << info << true;
    QTest::newRow("any personal, my number") << 0 << 0 << 0 << 0 << QStringLiteral("personal") << QString() << 1 << 1
                                             << 1 << QStringLiteral("my_number") << info << true;
    QTest::newRow("sensitive, personal") << 0 << 0 << 0 << 0 << QStringLiteral("sensitive") << QString() << 1 << 1 << 1
                                         << QStringLiteral("personal") << info << false;
    QTest::newRow("sensitive, sensitive") << 0 << 0 << 0 << 0 << QStringLiteral("sensitive") << QString() << 1 << 1 << 1
                                          << QStringLiteral("sensitive") << info << true;
    QTest::newRow("my number, sensitive") << 0 << 0 << 0 << 0 << QStringLiteral("my_number") << QString() << 1 << 1 << 1
                                          << QStringLiteral("sensitive") << info << false;
    QTest::newRow("my number, my number") << 0 << 0 << 0 << 0 << QStringLiteral("my_number") << QString() << 1 << 1 << 1
                                          << QStringLiteral("my_number") << info << true;
    QTest::newRow("media, media") << 0 << 0 << 0 << 0 << QString() << QStringLiteral("media") << 1 << 1 << 1 << none
                                  << QStringLiteral("media") << true;
    QTest::newRow("media, paper") << 0 << 0 << 0 << 0 << QString() << QStringLiteral("media") << 1 << 1 << 1 << none
                                  << QStringLiteral("paper") << false;
    QTest::newRow("media and C>=2, media C 1") << 2 << 0 << 0 << 0 << QString() << QStringLiteral("media") << 1 << 1
                                               << 1 << none << QStringLiteral("media") << false;
    QTest::newRow("media and C>=2, media C 2") << 2 << 0 << 0 << 0 << QString() << QStringLiteral("media") << 2 << 1
                                               << 1 << none << QStringLiteral("media") << true;
    QTest::newRow("media and C>=2, paper C 3") << 2 << 0 << 0 << 0 << QString() << QStringLiteral("media") << 3 << 1
                                               << 1 << none << QStringLiteral("paper") << false;
    QTest::newRow("C>=2 and personal, C 3 none")
        << 2 << 0 << 0 << 0 << QStringLiteral("personal") << QString() << 3 << 1 << 1 << none << info << false;
    QTest::newRow("C>=2 and personal, C 2 personal") << 2 << 0 << 0 << 0 << QStringLiteral("personal") << QString() << 2
                                                     << 1 << 1 << QStringLiteral("personal") << info << true;
}

void TestBaseline::ruleMatching()
{
    QFETCH(int, minC);
    QFETCH(int, minI);
    QFETCH(int, minA);
    QFETCH(int, minImportance);
    QFETCH(QString, rulePersonal);
    QFETCH(QString, ruleType);
    QFETCH(int, c);
    QFETCH(int, i);
    QFETCH(int, a);
    QFETCH(QString, personal);
    QFETCH(QString, type);
    QFETCH(bool, required);

    const Control control = ownControl(QStringLiteral("RULE-01"));
    QVERIFY(control.id > 0);
    BaselineRule rule;
    rule.controlId = control.id;
    rule.minConfidentiality = level(minC);
    rule.minIntegrity = level(minI);
    rule.minAvailability = level(minA);
    rule.minImportance = level(minImportance);
    rule.personalInfo = rulePersonal;
    rule.assetType = ruleType;
    const Result<int> set = m_registry->baseline().setBaseline({rule});
    QVERIFY2(set.ok(), qPrintable(set.error));
    const qint64 assetId = createAsset(c, i, a, personal, type);
    QVERIFY(assetId > 0);

    QCOMPARE(requiredCodes(assetId), required ? QStringList{control.code} : QStringList());
    // The registry-wide gap computation agrees with the asset's own view.
    const Result<GapSummary> summary = m_registry->gaps().gapSummary(GapFilter());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.value->total, required ? 1 : 0);
    QCOMPARE(summary.value->assetsWithGaps, required ? 1 : 0);
    QCOMPARE(m_registry->gaps().gaps(GapFilter()).value->size(), required ? 1 : 0);
    QCOMPARE(m_registry->baseline().requirementReasons(assetId, control.id).size(), required ? 1 : 0);
}

void TestBaseline::defaultBaseline_data()
{
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("a");
    QTest::addColumn<QString>("personal");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");

    QTest::newRow("public information") << 1 << 1 << 1 << QStringLiteral("none") << QStringLiteral("information")
                                        << QStringList{QStringLiteral("AST-01"), QStringLiteral("AST-02"),
                                                       QStringLiteral("ORG-03")}
                                        << QStringList{QStringLiteral("TEC-05"), QStringLiteral("AST-03"),
                                                       QStringLiteral("OPS-02"), QStringLiteral("AUD-09")};
    QTest::newRow("restricted personal data")
        << 3 << 2 << 2 << QStringLiteral("personal") << QStringLiteral("information")
        << QStringList{QStringLiteral("TEC-05"), QStringLiteral("TEC-06"), QStringLiteral("AST-03"),
                       QStringLiteral("AUD-09"), QStringLiteral("GOV-05"), QStringLiteral("OPS-02")}
        << QStringList{QStringLiteral("AUD-08"), QStringLiteral("GOV-07")};
    QTest::newRow("My Number") << 2 << 1 << 1 << QStringLiteral("my_number") << QStringLiteral("information")
                               << QStringList{QStringLiteral("AUD-08"), QStringLiteral("TEC-10"),
                                              QStringLiteral("AUD-09")}
                               << QStringList{QStringLiteral("GOV-07")};
    QTest::newRow("confidential media") << 3 << 1 << 1 << QStringLiteral("none") << QStringLiteral("media")
                                        << QStringList{QStringLiteral("AST-05"), QStringLiteral("AST-07"),
                                                       QStringLiteral("AST-08"), QStringLiteral("PHY-08")}
                                        << QStringList{QStringLiteral("PHY-07")};
    QTest::newRow("critical system") << 1 << 3 << 3 << QStringLiteral("none") << QStringLiteral("hardware")
                                     << QStringList{QStringLiteral("GOV-07"), QStringLiteral("OPS-03"),
                                                    QStringLiteral("TEC-08"), QStringLiteral("TEC-12"),
                                                    QStringLiteral("PHY-09")}
                                     << QStringList{QStringLiteral("AST-07"), QStringLiteral("AST-03")};
}

void TestBaseline::defaultBaseline()
{
    QFETCH(int, c);
    QFETCH(int, i);
    QFETCH(int, a);
    QFETCH(QString, personal);
    QFETCH(QString, type);
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);
    const qint64 assetId = createAsset(c, i, a, personal, type);
    QVERIFY(assetId > 0);
    const QStringList required = requiredCodes(assetId);
    for (const QString &code : includes)
        QVERIFY2(required.contains(code),
                 qPrintable(code + QLatin1String(" not in ") + required.join(QLatin1Char(' '))));
    for (const QString &code : excludes)
        QVERIFY2(!required.contains(code), qPrintable(code + QLatin1String(" in ") + required.join(QLatin1Char(' '))));
}

void TestBaseline::invalidBaselineRefused_data()
{
    QTest::addColumn<int>("minC");
    QTest::addColumn<QString>("personal");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<bool>("unknownControl");
    QTest::addColumn<QString>("expected");

    QTest::newRow("level 4") << 4 << QString() << QString() << false << false << QStringLiteral("levels are 1 to 3");
    QTest::newRow("level 0") << -1 << QString() << QString() << false << false << QStringLiteral("levels are 1 to 3");
    QTest::newRow("personal none") << 0 << QStringLiteral("none") << QString() << false << false
                                   << QStringLiteral("'none'");
    QTest::newRow("unknown type") << 0 << QString() << QStringLiteral("server") << false << false
                                  << QStringLiteral("'server' is not an asset type");
    QTest::newRow("duplicate") << 2 << QString() << QString() << true << false << QStringLiteral("repeats rule 1");
    QTest::newRow("unknown control") << 0 << QString() << QString() << false << true
                                     << QStringLiteral("does not exist");
}

void TestBaseline::invalidBaselineRefused()
{
    QFETCH(int, minC);
    QFETCH(QString, personal);
    QFETCH(QString, type);
    QFETCH(bool, duplicate);
    QFETCH(bool, unknownControl);
    QFETCH(QString, expected);
    const QList<BaselineRule> before = m_registry->baseline().baseline();
    const qint64 events = m_registry->audit().count();
    BaselineRule rule;
    rule.controlId = unknownControl ? 999999 : m_registry->catalogs().findControl(QStringLiteral("ORG-01")).value->id;
    if (minC != 0)
        rule.minConfidentiality = minC;
    rule.personalInfo = personal;
    rule.assetType = type;
    QList<BaselineRule> rules{rule};
    if (duplicate)
        rules << rule;
    const Result<int> set = m_registry->baseline().setBaseline(rules);
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(expected), qPrintable(set.error));
    QCOMPARE(m_registry->baseline().baseline().size(), before.size());
    QCOMPARE(m_registry->audit().count(), events);
}

void TestBaseline::editedBaselineAuditedAndReset()
{
    const QList<BaselineRule> shipped = m_registry->baseline().baseline();
    QList<BaselineRule> edited = shipped;
    edited.removeFirst();
    BaselineRule added;
    added.controlId = m_registry->catalogs().findControl(QStringLiteral("PHY-04")).value->id;
    added.assetType = QStringLiteral("facility");
    edited << added;
    QVERIFY(m_registry->baseline().setBaseline(edited).ok());
    QCOMPARE(m_registry->baseline().baseline().size(), shipped.size());
    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("baseline"), QStringLiteral("baseline"));
    QCOMPARE(events.size(), 1);
    QVERIFY(events.constFirst().changes.contains(QStringLiteral("added")));
    QVERIFY(events.constFirst().changes.contains(QStringLiteral("removed")));
    QVERIFY(QString::fromUtf8(QJsonDocument(events.constFirst().changes).toJson())
                .contains(QLatin1String("builtin/PHY-04: asset_type=facility")));
    // Saving the same baseline again is no change.
    QVERIFY(m_registry->baseline().setBaseline(m_registry->baseline().baseline()).ok());
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("baseline"), QStringLiteral("baseline")).size(), 1);

    QVERIFY(m_registry->baseline().resetBaseline().ok());
    QCOMPARE(m_registry->baseline().baseline(), shipped);
}

void TestBaseline::describedInWords()
{
    BaselineRule rule;
    QCOMPARE(BaselineService::describeConditions(rule, m_registry->scheme()), QStringLiteral("Every asset"));
    rule.minConfidentiality = 2;
    rule.personalInfo = QStringLiteral("personal");
    rule.assetType = QStringLiteral("media");
    QCOMPARE(BaselineService::describeConditions(rule, m_registry->scheme()),
             QStringLiteral("Confidentiality ≥ 2, Any personal information, Asset type: Storage media"));
}

QTEST_GUILESS_MAIN(TestBaseline)
#include "test_baseline.moc"
