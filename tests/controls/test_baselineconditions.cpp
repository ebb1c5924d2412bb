// Baseline conditions on the parties an asset names and on its medium class (practice.md §6): a data provider,
// recipients, a contractor, a medium class; the default baseline's rules on them (data distribution and outsourcing,
// cloud services, My Number); the gap report they produce; rules stored, audited and described; the missing default
// rules of a customised baseline.
#include "domain/assetcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// What an asset names: a data provider, recipients, a contractor, and its medium class.
struct Parties
{
    QString provider;
    QString recipients;
    QString contractor;
    QString medium;
};

} // namespace

class TestBaselineConditions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conditionMatching_data();
    void conditionMatching();
    void defaultBaseline_data();
    void defaultBaseline();
    void everyDistributionAndOutsourcingControlIsRequiredSomewhere();
    void gapReportShowsOutsourcingAndDistribution();
    void requirementFollowsEdits();
    void rulesStoredAuditedAndDescribed();
    void unknownMediumClassRefused();
    void missingDefaultRulesOfCustomisedBaseline();

private:
    qint64 createAsset(const Parties &parties, const QString &personalInfo = QStringLiteral("none"),
                       const QString &type = QStringLiteral("information"), int c = 2);
    QStringList requiredCodes(qint64 assetId) const;
    Control ownControl(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_count = 0;
};

void TestBaselineConditions::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_registry = Registry::create(TestRegistry::location(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count))),
                                  Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@host"));
}

void TestBaselineConditions::cleanup()
{
    m_registry.reset();
}

qint64 TestBaselineConditions::createAsset(const Parties &parties, const QString &personalInfo, const QString &type,
                                           int c)
{
    Asset asset = m_registry->assets().newAsset();
    asset.name = QStringLiteral("住民サービス利用データ");
    asset.department = QStringLiteral("企画部");
    asset.owner = QStringLiteral("山田 太郎");
    asset.confidentiality = c;
    asset.confidentialityRationale = QStringLiteral("根拠");
    asset.personalInfo = personalInfo;
    asset.assetType = type;
    asset.provider = parties.provider;
    asset.recipients = parties.recipients;
    asset.contractor = parties.contractor;
    asset.mediumClass = parties.medium;
    asset.retentionUntil = QDate(2031, 3, 31);
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created.ok())
        qWarning("%s", qPrintable(created.error));
    return created.ok() ? created.value->id : 0;
}

QStringList TestBaselineConditions::requiredCodes(qint64 assetId) const
{
    QStringList codes;
    const Result<QList<AssetControl>> rows = m_registry->assignments().controlsOfAsset(assetId);
    for (const AssetControl &row : *rows.value) {
        if (row.required)
            codes << row.control.code;
    }
    return codes;
}

Control TestBaselineConditions::ownControl(const QString &code)
{
    Control draft;
    draft.code = code;
    draft.titleEn = QStringLiteral("Custom control ") + code;
    draft.area = 9;
    return m_registry->customControls().addOwnControl(draft).value.value_or(Control());
}

void TestBaselineConditions::conditionMatching_data()
{
    // The rule's conditions (false / empty: none), then what the asset names, then whether the rule requires its
    // control for the asset.
    QTest::addColumn<bool>("ruleProvider");
    QTest::addColumn<bool>("ruleRecipients");
    QTest::addColumn<bool>("ruleContractor");
    QTest::addColumn<QString>("ruleMedium");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("recipients");
    QTest::addColumn<QString>("contractor");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<bool>("required");

    const QString none;
    const QString city = QStringLiteral("○○市");
    const QString university = QStringLiteral("△△大学（共同研究）");
    const QString vendor = QStringLiteral("株式会社データ処理センター");
    const QString cloud = QStringLiteral("cloud");
    QTest::newRow("provider, named") << true << false << false << none << city << none << none << none << true;
    QTest::newRow("provider, none") << true << false << false << none << none << university << vendor << cloud << false;
    QTest::newRow("recipients, named") << false << true << false << none << none << university << none << none << true;
    QTest::newRow("recipients, none") << false << true << false << none << city << none << vendor << none << false;
    QTest::newRow("contractor, named") << false << false << true << none << none << none << vendor << none << true;
    QTest::newRow("contractor, none") << false << false << true << none << city << university << none << cloud << false;
    QTest::newRow("cloud, cloud") << false << false << false << cloud << none << none << none << cloud << true;
    QTest::newRow("cloud, in-house server")
        << false << false << false << cloud << none << none << none << QStringLiteral("onprem") << false;
    QTest::newRow("cloud, not set") << false << false << false << cloud << none << none << none << none << false;
    QTest::newRow("paper, paper") << false << false << false << QStringLiteral("paper") << none << none << none
                                  << QStringLiteral("paper") << true;
    QTest::newRow("contractor and cloud, both")
        << false << false << true << cloud << none << none << vendor << cloud << true;
    QTest::newRow("contractor and cloud, contractor only")
        << false << false << true << cloud << none << none << vendor << QStringLiteral("office_pc") << false;
    QTest::newRow("recipients and contractor, recipients only")
        << false << true << true << none << none << university << none << none << false;
    QTest::newRow("no condition, nothing named")
        << false << false << false << none << none << none << none << none << true;
}

void TestBaselineConditions::conditionMatching()
{
    QFETCH(bool, ruleProvider);
    QFETCH(bool, ruleRecipients);
    QFETCH(bool, ruleContractor);
    QFETCH(QString, ruleMedium);
    QFETCH(QString, provider);
    QFETCH(QString, recipients);
    QFETCH(QString, contractor);
    QFETCH(QString, medium);
    QFETCH(bool, required);

    const Control control = ownControl(QStringLiteral("RULE-01"));
    QVERIFY(control.id > 0);
    BaselineRule rule;
    rule.controlId = control.id;
    rule.hasProvider = ruleProvider;
    rule.hasRecipients = ruleRecipients;
    rule.hasContractor = ruleContractor;
    rule.mediumClass = ruleMedium;
    const Result<int> set = m_registry->baseline().setBaseline({rule});
    QVERIFY2(set.ok(), qPrintable(set.error));
    const qint64 assetId = createAsset({provider, recipients, contractor, medium});
    QVERIFY(assetId > 0);

    QCOMPARE(requiredCodes(assetId), required ? QStringList{control.code} : QStringList());
    // The registry-wide computation of the gap report agrees with the asset's own view.
    const Result<GapSummary> summary = m_registry->gaps().gapSummary(GapFilter());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.value->total, required ? 1 : 0);
    QCOMPARE(summary.value->assetsWithGaps, required ? 1 : 0);
    QCOMPARE(m_registry->gaps().gaps(GapFilter()).value->size(), required ? 1 : 0);
    QCOMPARE(m_registry->baseline().requirementReasons(assetId, control.id).size(), required ? 1 : 0);
    const Result<QList<ApplicabilityEntry>> soa =
        m_registry->gaps().applicability(m_registry->catalogs().findCatalog(QStringLiteral("own")).value->id);
    QVERIFY2(soa.ok(), qPrintable(soa.error));
    QCOMPARE(soa.value->size(), 1);
    QCOMPARE(soa.value->constFirst().requiredAssets, required ? 1 : 0);
}

void TestBaselineConditions::defaultBaseline_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("recipients");
    QTest::addColumn<QString>("contractor");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("personal");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");

    const QString none;
    const QString info = QStringLiteral("information");
    const QString nobody = QStringLiteral("none");
    const QString personal = QStringLiteral("personal");
    auto codes = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("data received from a provider")
        << QStringLiteral("国土交通省オープンデータ") << none << none << none << nobody << info << codes("DST-03")
        << codes("DST-01 DST-02 DST-06 DST-07 OUT-01 OUT-02");
    QTest::newRow("data provided to recipients")
        << none << QStringLiteral("△△大学（共同研究）") << none << none << nobody << info
        << codes("DST-01 DST-06 DST-07") << codes("DST-02 DST-03 OUT-01");
    QTest::newRow("personal data provided to recipients")
        << none << QStringLiteral("△△大学（共同研究）") << none << none << personal << info
        << codes("DST-01 DST-02 DST-06 DST-07") << codes("DST-03 OUT-03");
    QTest::newRow("handling outsourced") << none << none << QStringLiteral("株式会社データ処理センター") << none
                                         << nobody << info << codes("OUT-01 OUT-02 OUT-04 OUT-05 OUT-07")
                                         << codes("OUT-03 OUT-06 DST-01 DST-03");
    QTest::newRow("personal data outsourced")
        << none << none << QStringLiteral("株式会社データ処理センター") << none << personal << info
        << codes("OUT-01 OUT-02 OUT-03 OUT-04 OUT-05 OUT-07") << codes("OUT-06 DST-02");
    QTest::newRow("a blank contractor is no contractor")
        << none << none << QStringLiteral("   ") << none << nobody << info << QStringList()
        << codes("OUT-01 OUT-02 OUT-04 OUT-05 OUT-07");
    QTest::newRow("kept in a cloud service") << none << none << none << QStringLiteral("cloud") << nobody << info
                                             << codes("OPS-08 OUT-06") << codes("OUT-01 OUT-02");
    QTest::newRow("kept on an in-house server") << none << none << none << QStringLiteral("onprem") << nobody << info
                                                << QStringList() << codes("OPS-08 OUT-06");
    QTest::newRow("My Number information") << none << none << none << none << QStringLiteral("my_number") << info
                                           << codes("PHY-01 AUD-08") << codes("AST-07");
    QTest::newRow("My Number on media") << none << none << none << QStringLiteral("portable")
                                        << QStringLiteral("my_number") << QStringLiteral("media")
                                        << codes("PHY-01 AST-07 AST-05") << QStringList();
    QTest::newRow("nothing named")
        << none << none << none << none << nobody << info << QStringList()
        << codes("DST-01 DST-02 DST-03 DST-06 DST-07 OUT-01 OUT-02 OUT-03 OUT-04 OUT-05 OUT-06 OUT-07 OPS-08 PHY-01");
    QTest::newRow("everything named")
        << QStringLiteral("民間事業者A社") << QStringLiteral("○○市観光課") << QStringLiteral("Cloud Ops Ltd.")
        << QStringLiteral("cloud") << personal << info
        << codes("DST-01 DST-02 DST-03 DST-06 DST-07 OUT-01 OUT-02 OUT-03 OUT-04 OUT-05 OUT-06 OUT-07 OPS-08")
        << codes("PHY-01");
}

void TestBaselineConditions::defaultBaseline()
{
    QFETCH(QString, provider);
    QFETCH(QString, recipients);
    QFETCH(QString, contractor);
    QFETCH(QString, medium);
    QFETCH(QString, personal);
    QFETCH(QString, type);
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);
    const qint64 assetId = createAsset({provider, recipients, contractor, medium}, personal, type, 3);
    QVERIFY(assetId > 0);
    const QStringList required = requiredCodes(assetId);
    for (const QString &code : std::as_const(includes))
        QVERIFY2(required.contains(code),
                 qPrintable(code + QLatin1String(" not in ") + required.join(QLatin1Char(' '))));
    for (const QString &code : std::as_const(excludes))
        QVERIFY2(!required.contains(code), qPrintable(code + QLatin1String(" in ") + required.join(QLatin1Char(' '))));
}

void TestBaselineConditions::everyDistributionAndOutsourcingControlIsRequiredSomewhere()
{
    // practice.md §6: before these conditions almost no control of data distribution (area 8) or outsourcing (9)
    // was ever required. Now every one named there is required by a rule of the default baseline.
    const QList<BaselineRule> rules = m_registry->baseline().baseline();
    QSet<QString> required;
    for (const BaselineRule &rule : rules)
        required.insert(m_registry->catalogs().control(rule.controlId)->code);
    for (const char *code : {"DST-01", "DST-02", "DST-03", "DST-05", "DST-06", "DST-07", "OUT-01", "OUT-02", "OUT-03",
                             "OUT-04", "OUT-05", "OUT-06", "OUT-07", "OPS-08", "PHY-01"})
        QVERIFY2(required.contains(QString::fromLatin1(code)), code);
}

void TestBaselineConditions::gapReportShowsOutsourcingAndDistribution()
{
    const qint64 outsourced =
        createAsset({QString(), QString(), QStringLiteral("株式会社データ処理センター"), QString()});
    const qint64 shared = createAsset({QString(), QStringLiteral("△△大学（共同研究）"), QString(), QString()});
    const qint64 internal = createAsset({});
    QVERIFY(outsourced > 0 && shared > 0 && internal > 0);

    GapFilter outsourcing;
    outsourcing.area = 9;
    const Result<QList<ControlGap>> outsourcingGaps = m_registry->gaps().gaps(outsourcing);
    QVERIFY2(outsourcingGaps.ok(), qPrintable(outsourcingGaps.error));
    QStringList codes;
    for (const ControlGap &gap : *outsourcingGaps.value) {
        QCOMPARE(gap.assetId, outsourced);
        QCOMPARE(gap.kind, QStringLiteral("missing"));
        codes << gap.controlCode;
    }
    QCOMPARE(codes, QString::fromLatin1("OUT-01 OUT-02 OUT-04 OUT-05 OUT-07").split(QLatin1Char(' ')));

    GapFilter distribution;
    distribution.area = 8;
    const Result<QList<ControlGap>> distributionGaps = m_registry->gaps().gaps(distribution);
    QVERIFY2(distributionGaps.ok(), qPrintable(distributionGaps.error));
    codes.clear();
    for (const ControlGap &gap : *distributionGaps.value) {
        QCOMPARE(gap.assetId, shared);
        codes << gap.controlCode;
    }
    QCOMPARE(codes, QString::fromLatin1("DST-01 DST-06 DST-07").split(QLatin1Char(' ')));

    const Result<GapSummary> summary = m_registry->gaps().gapSummary(GapFilter());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.value->byArea().value(9), 5);
    QCOMPARE(summary.value->byArea().value(8), 3);

    // Implementing a control closes its gap, in the list and in the counts.
    const Control out02 = m_registry->catalogs().findControl(QStringLiteral("OUT-02")).value.value();
    ControlAssignment assignment;
    assignment.assetId = outsourced;
    assignment.controlId = out02.id;
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    QCOMPARE(m_registry->gaps().gapSummary(GapFilter()).value->byArea().value(9), 4);
    QCOMPARE(m_registry->gaps().gaps(outsourcing).value->size(), 4);
}

void TestBaselineConditions::requirementFollowsEdits()
{
    const qint64 assetId = createAsset({});
    QVERIFY(!requiredCodes(assetId).contains(QStringLiteral("OUT-02")));
    Asset asset = *m_registry->assets().byId(assetId);
    asset.contractor = QStringLiteral("株式会社データ保守");
    asset.mediumClass = QStringLiteral("cloud");
    QVERIFY(m_registry->assets().updateAsset(asset).ok());
    QVERIFY(requiredCodes(assetId).contains(QStringLiteral("OUT-02")));
    QVERIFY(requiredCodes(assetId).contains(QStringLiteral("OUT-06")));
    asset = *m_registry->assets().byId(assetId);
    asset.contractor.clear();
    asset.mediumClass = QStringLiteral("onprem");
    QVERIFY(m_registry->assets().updateAsset(asset).ok());
    QVERIFY(!requiredCodes(assetId).contains(QStringLiteral("OUT-02")));
    QVERIFY(!requiredCodes(assetId).contains(QStringLiteral("OUT-06")));
}

void TestBaselineConditions::rulesStoredAuditedAndDescribed()
{
    const Control control = ownControl(QStringLiteral("RULE-02"));
    BaselineRule rule;
    rule.controlId = control.id;
    rule.hasRecipients = true;
    rule.hasContractor = true;
    rule.mediumClass = QStringLiteral("mobile");
    rule.personalInfo = QStringLiteral("personal");
    QList<BaselineRule> rules = m_registry->baseline().baseline();
    rules << rule;
    QVERIFY(m_registry->baseline().setBaseline(rules).ok());

    const QList<BaselineRule> stored = m_registry->baseline().baseline();
    BaselineRule found;
    for (const BaselineRule &candidate : stored) {
        if (candidate.controlId == control.id)
            found = candidate;
    }
    QVERIFY(found.hasRecipients);
    QVERIFY(found.hasContractor);
    QVERIFY(!found.hasProvider);
    QCOMPARE(found.mediumClass, QStringLiteral("mobile"));
    QVERIFY(found == rule);
    QVERIFY(found.hasConditions());

    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("baseline"), QStringLiteral("baseline"));
    QCOMPARE(events.size(), 1);
    const QString added =
        events.constFirst().changes.value(QStringLiteral("added")).toArray().at(1).toArray().at(0).toString();
    QCOMPARE(added, QStringLiteral("own/RULE-02: personal_info=personal, has_recipients, has_contractor, "
                                   "medium_class=mobile"));

    const QString words = BaselineService::describeConditions(found, m_registry->scheme());
    QVERIFY2(words.contains(QStringLiteral("Recipients named")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("Contractor named")), qPrintable(words));
    QVERIFY2(words.contains(AssetCodes::mediumClassName(QStringLiteral("mobile"))), qPrintable(words));
    QVERIFY(!words.contains(QStringLiteral("Data provider named")));
}

void TestBaselineConditions::unknownMediumClassRefused()
{
    const Control control = ownControl(QStringLiteral("RULE-03"));
    BaselineRule rule;
    rule.controlId = control.id;
    rule.mediumClass = QStringLiteral("usb");
    const QList<BaselineRule> before = m_registry->baseline().baseline();
    const Result<int> saved = m_registry->baseline().setBaseline(before + QList<BaselineRule>{rule});
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error.contains(QStringLiteral("'usb' is not a medium class")), qPrintable(saved.error));
    QCOMPARE(m_registry->baseline().baseline().size(), before.size());

    // An asset with an unknown medium class is refused too, naming the field.
    Asset asset = m_registry->assets().newAsset();
    asset.name = QStringLiteral("資産");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("山田 太郎");
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.mediumClass = QStringLiteral("usb");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY(!created.ok());
    QCOMPARE(created.problems.size(), 1);
    QCOMPARE(created.problems.constFirst().field, QStringLiteral("medium_class"));
}

void TestBaselineConditions::missingDefaultRulesOfCustomisedBaseline()
{
    QVERIFY(m_registry->baseline().missingDefaultRules().value->isEmpty());
    // Someone removes the outsourcing rules and adds one of their own.
    const Control own = ownControl(QStringLiteral("RULE-04"));
    QList<BaselineRule> rules;
    int removed = 0;
    for (const BaselineRule &rule : m_registry->baseline().baseline()) {
        if (rule.hasContractor) {
            ++removed;
            continue;
        }
        rules << rule;
    }
    QCOMPARE(removed, 6);
    BaselineRule ownRule;
    ownRule.controlId = own.id;
    ownRule.hasContractor = true;
    rules << ownRule;
    QVERIFY(m_registry->baseline().setBaseline(rules).ok());

    const Result<QList<BaselineRule>> missing = m_registry->baseline().missingDefaultRules();
    QVERIFY(missing.ok());
    QCOMPARE(missing.value->size(), 6);
    for (const BaselineRule &rule : *missing.value)
        QVERIFY(rule.hasContractor);

    const qint64 events = m_registry->audit().count();
    const Result<int> added = m_registry->baseline().addMissingDefaultRules();
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(*added.value, 6);
    QCOMPARE(m_registry->audit().count(), events + 1);
    const QList<BaselineRule> after = m_registry->baseline().baseline();
    QCOMPARE(after.size(), rules.size() + 6);
    QVERIFY(after.contains(ownRule));
    QVERIFY(m_registry->baseline().missingDefaultRules().value->isEmpty());
    QCOMPARE(*m_registry->baseline().addMissingDefaultRules().value, 0);
    QCOMPARE(m_registry->audit().count(), events + 1);
}

QTEST_GUILESS_MAIN(TestBaselineConditions)
#include "test_baselineconditions.moc"
