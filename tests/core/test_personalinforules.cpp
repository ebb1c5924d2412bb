// The personal-information and retention rules of design/practice.md §1–2 (PI-1, PI-2, PI-3, PI-4, PI-6, retention)
// as the service applies them to every save: a table of vectors kind × confidentiality × override × data subjects ×
// retention, in the three schemes; the flags they give; the My Number threshold as a registry setting; and bulk
// additions, which accept a missing retention but no other breach.
#include "domain/personalinforules.h"
#include "service/assetflags.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include "testregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestPersonalInfoRules final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void refusalNamesFieldAndFix_data();
    void refusalNamesFieldAndFix();
    void reportableThresholdIsARegistrySetting();
    void bulkAdditionAcceptsMissingRetentionOnly();
    void overrideAndBasisAreAudited();
};

void TestPersonalInfoRules::rules_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("confidentiality"); // normalised ordinal
    QTest::addColumn<QString>("overrideReason");
    QTest::addColumn<int>("subjects");      // -1: not recorded
    QTest::addColumn<QString>("retention"); // "date", "permanent" or "" (not set)
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QStringList>("refusedFields"); // the fields the service refuses, in order; empty: saved
    QTest::addColumn<bool>("warnsSubjects");
    QTest::addColumn<bool>("reportable");
    QTest::addColumn<bool>("overridden");

    const QString date = QStringLiteral("date");
    const QString permanent = QStringLiteral("permanent");
    const QString none;
    const QString reason = QStringLiteral("公表済みの役職者名簿");
    const QString law = QStringLiteral("文書管理規程 第5条");
    const QStringList ok;
    const QStringList conf{QStringLiteral("confidentiality")};

    // PI-1: My Number only at the highest level, no override.
    QTest::newRow("ipa my_number C1") << "ipa"
                                      << "my_number" << 1 << none << 50 << date << none << conf << false << false
                                      << false;
    QTest::newRow("ipa my_number C2") << "ipa"
                                      << "my_number" << 2 << none << 50 << date << none << conf << false << false
                                      << false;
    QTest::newRow("ipa my_number C1 with a reason")
        << "ipa"
        << "my_number" << 1 << reason << 50 << date << none << conf << false << false << false;
    QTest::newRow("ipa my_number C3") << "ipa"
                                      << "my_number" << 3 << none << 50 << date << none << ok << false << false
                                      << false;
    QTest::newRow("ipa my_number C3 101 subjects")
        << "ipa"
        << "my_number" << 3 << none << 101 << date << none << ok << false << true << false;
    QTest::newRow("ipa my_number C3 100 subjects")
        << "ipa"
        << "my_number" << 3 << none << 100 << date << none << ok << false << false << false;
    QTest::newRow("ipa my_number C3 no subjects")
        << "ipa"
        << "my_number" << 3 << none << -1 << date << none << ok << true << false << false;
    QTest::newRow("government my_number C2")
        << "government"
        << "my_number" << 2 << none << 10 << date << none << conf << false << false << false;
    QTest::newRow("fips my_number moderate")
        << "fips199"
        << "my_number" << 2 << none << 10 << date << none << conf << false << false << false;
    QTest::newRow("fips my_number high") << "fips199"
                                         << "my_number" << 3 << none << 10 << date << none << ok << false << false
                                         << false;
    // PI-6: no permanent retention for My Number, even with a basis.
    QTest::newRow("ipa my_number permanent")
        << "ipa"
        << "my_number" << 3 << none << 10 << permanent << law << QStringList{QStringLiteral("retention_until")} << false
        << false << false;
    QTest::newRow("ipa my_number C1 permanent")
        << "ipa"
        << "my_number" << 1 << none << 10 << permanent << law
        << QStringList{QStringLiteral("confidentiality"), QStringLiteral("retention_until")} << false << false << false;

    // PI-2: sensitive at the highest level, or with a reason (flagged); always reportable.
    QTest::newRow("ipa sensitive C2") << "ipa"
                                      << "sensitive" << 2 << none << 10 << date << none << conf << false << true
                                      << false;
    QTest::newRow("ipa sensitive C2 with a reason")
        << "ipa"
        << "sensitive" << 2 << reason << 10 << date << none << ok << false << true << true;
    QTest::newRow("ipa sensitive C1 with a reason")
        << "ipa"
        << "sensitive" << 1 << reason << 10 << date << none << ok << false << true << true;
    QTest::newRow("ipa sensitive C3") << "ipa"
                                      << "sensitive" << 3 << none << 10 << date << none << ok << false << true << false;
    QTest::newRow("ipa sensitive C3 with a needless reason")
        << "ipa"
        << "sensitive" << 3 << reason << 10 << date << none << QStringList{QStringLiteral("personal_info_override")}
        << false << true << false;
    QTest::newRow("government sensitive C2")
        << "government"
        << "sensitive" << 2 << none << 10 << date << none << conf << false << true << false;

    // PI-3: personal at the middle level or higher, or with a reason.
    QTest::newRow("ipa personal C1") << "ipa"
                                     << "personal" << 1 << none << 10 << date << none << conf << false << false
                                     << false;
    QTest::newRow("ipa personal C1 with a reason")
        << "ipa"
        << "personal" << 1 << reason << 10 << date << none << ok << false << false << true;
    QTest::newRow("ipa personal C2") << "ipa"
                                     << "personal" << 2 << none << 10 << date << none << ok << false << false << false;
    QTest::newRow("ipa personal C2 1001 subjects")
        << "ipa"
        << "personal" << 2 << none << 1001 << date << none << ok << false << true << false;
    QTest::newRow("ipa personal C2 1000 subjects")
        << "ipa"
        << "personal" << 2 << none << 1000 << date << none << ok << false << false << false;
    QTest::newRow("ipa personal C2 no subjects")
        << "ipa"
        << "personal" << 2 << none << -1 << date << none << ok << true << false << false;
    QTest::newRow("fips personal low") << "fips199"
                                       << "personal" << 1 << none << 10 << date << none << conf << false << false
                                       << false;
    QTest::newRow("fips personal not applicable")
        << "fips199"
        << "personal" << 0 << none << 10 << date << none << conf << false << false << false;
    QTest::newRow("fips personal moderate")
        << "fips199"
        << "personal" << 2 << none << 10 << date << none << ok << false << false << false;
    QTest::newRow("ipa personal permanent with a basis")
        << "ipa"
        << "personal" << 2 << none << 10 << permanent << law << ok << false << false << false;

    // No personal information: no level required, no reason accepted, no warning.
    QTest::newRow("ipa none C1") << "ipa"
                                 << "none" << 1 << none << -1 << date << none << ok << false << false << false;
    QTest::newRow("ipa none C1 with a reason")
        << "ipa"
        << "none" << 1 << reason << -1 << date << none << QStringList{QStringLiteral("personal_info_override")} << false
        << false << false;

    // Retention: required when entered; permanent needs a basis.
    QTest::newRow("ipa none retention not set")
        << "ipa"
        << "none" << 1 << none << -1 << none << none << QStringList{QStringLiteral("retention_until")} << false << false
        << false;
    QTest::newRow("ipa none permanent without basis")
        << "ipa"
        << "none" << 1 << none << -1 << permanent << none << QStringList{QStringLiteral("retention_basis")} << false
        << false << false;
    QTest::newRow("ipa none permanent with basis")
        << "ipa"
        << "none" << 1 << none << -1 << permanent << QStringLiteral("公文書等の管理に関する法律") << ok << false
        << false << false;
    QTest::newRow("ipa none date with basis")
        << "ipa"
        << "none" << 1 << none << -1 << date << law << ok << false << false << false;
}

void TestPersonalInfoRules::rules()
{
    QFETCH(QString, scheme);
    QFETCH(QString, kind);
    QFETCH(int, confidentiality);
    QFETCH(QString, overrideReason);
    QFETCH(int, subjects);
    QFETCH(QString, retention);
    QFETCH(QString, basis);
    QFETCH(QStringList, refusedFields);
    QFETCH(bool, warnsSubjects);
    QFETCH(bool, reportable);
    QFETCH(bool, overridden);

    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir, 0, scheme);
    QVERIFY(registry);
    Asset asset = TestRegistry::validAsset(*registry, QStringLiteral("台帳の資産"));
    asset.personalInfo = kind;
    asset.confidentiality = confidentiality;
    if (confidentiality == registry->scheme().highest(Objective::Confidentiality))
        asset.confidentialityRationale = QStringLiteral("漏えい時の影響が大きい");
    asset.personalInfoOverride = overrideReason;
    if (subjects >= 0)
        asset.subjectCount = subjects;
    asset.retentionUntil = retention == QLatin1String("date") ? QDate(2031, 3, 31) : QDate();
    asset.retentionPermanent = retention == QLatin1String("permanent");
    asset.retentionBasis = basis;

    QStringList fields;
    for (const Problem &problem : registry->assets().validate(asset))
        fields << problem.field;
    QCOMPARE(fields, refusedFields);

    const Result<Asset> created = registry->assets().createAsset(asset);
    QCOMPARE(created.ok(), refusedFields.isEmpty());
    QCOMPARE(registry->assets().totalCount(), refusedFields.isEmpty() ? 1 : 0);

    QCOMPARE(!registry->assets().warnings(asset).isEmpty(), warnsSubjects);
    if (warnsSubjects)
        QCOMPARE(registry->assets().warnings(asset).constFirst().field, QStringLiteral("subject_count"));
    const int flags = AssetFlags::of(registry->assets(), asset);
    QCOMPARE(bool(flags & AssetFlags::ReportableIfLeaked), reportable);
    QCOMPARE(bool(flags & AssetFlags::PersonalInfoOverride), overridden);
    QCOMPARE(bool(flags & AssetFlags::RetentionUnset), retention.isEmpty());
}

void TestPersonalInfoRules::refusalNamesFieldAndFix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<bool>("permanent");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("PI-1") << "my_number" << 1 << false
                          << QStringList{QStringLiteral("highest confidentiality"), QStringLiteral("Raise "),
                                         QStringLiteral("3")};
    QTest::newRow("PI-2") << "sensitive" << 2 << false
                          << QStringList{QStringLiteral("Raise confidentiality to 3"),
                                         QStringLiteral("override reason")};
    QTest::newRow("PI-3") << "personal" << 1 << false
                          << QStringList{QStringLiteral("confidentiality 2 or higher"),
                                         QStringLiteral("override reason")};
    QTest::newRow("PI-6") << "my_number" << 3 << true
                          << QStringList{QStringLiteral("Retention until"), QStringLiteral("Enter the date")};
}

void TestPersonalInfoRules::refusalNamesFieldAndFix()
{
    QFETCH(QString, kind);
    QFETCH(int, confidentiality);
    QFETCH(bool, permanent);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir);
    QVERIFY(registry);
    Asset asset = TestRegistry::validAsset(*registry);
    asset.personalInfo = kind;
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("根拠");
    asset.retentionPermanent = permanent;
    if (permanent)
        asset.retentionUntil = {};
    asset.retentionBasis = permanent ? QStringLiteral("文書管理規程") : QString();
    asset.subjectCount = 10;
    const Result<Asset> created = registry->assets().createAsset(asset);
    QVERIFY(!created.ok());
    QCOMPARE(created.problems.size(), 1);
    for (const QString &part : messageParts)
        QVERIFY2(created.problems.constFirst().message.contains(part),
                 qPrintable(created.problems.constFirst().message));
}

void TestPersonalInfoRules::reportableThresholdIsARegistrySetting()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir);
    QVERIFY(registry);
    QCOMPARE(registry->settings().myNumberReportThreshold(), PersonalInfoRules::kDefaultMyNumberReportThreshold);
    Asset asset = TestRegistry::validAsset(*registry);
    asset.personalInfo = QStringLiteral("my_number");
    asset.confidentiality = 3;
    asset.subjectCount = 60;
    QVERIFY(!registry->assets().isReportableIfLeaked(asset));

    QString error;
    QVERIFY2(
        registry->settings().setSetting(SettingsService::myNumberReportThresholdKey(), QStringLiteral("50"), &error),
        qPrintable(error));
    QCOMPARE(registry->settings().myNumberReportThreshold(), 50);
    QVERIFY(registry->assets().isReportableIfLeaked(asset));
    const QList<AuditEvent> events =
        registry->audit().eventsFor(QStringLiteral("setting"), SettingsService::myNumberReportThresholdKey());
    QCOMPARE(events.size(), 1);

    for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("many"), QStringLiteral("1.5")}) {
        QVERIFY(!registry->settings().setSetting(SettingsService::myNumberReportThresholdKey(), bad, &error));
        QVERIFY2(error.contains(QStringLiteral("whole number")), qPrintable(error));
        QCOMPARE(registry->settings().myNumberReportThreshold(), 50);
    }
}

void TestPersonalInfoRules::bulkAdditionAcceptsMissingRetentionOnly()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir);
    QVERIFY(registry);
    Asset old = TestRegistry::validAsset(*registry, QStringLiteral("旧台帳の資産"));
    old.retentionUntil = {};
    QVERIFY(registry->assets().createAssets({old}).ok());
    AssetFilter unset;
    unset.retentionUnset = true;
    QString error;
    QCOMPARE(registry->assets().count(unset, &error), 1);

    Asset myNumber = old;
    myNumber.personalInfo = QStringLiteral("my_number");
    const Result<int> refused = registry->assets().createAssets({old, myNumber});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.constFirst().field, QStringLiteral("confidentiality"));
    QVERIFY(refused.problems.constFirst().message.startsWith(QStringLiteral("#2")));
    QCOMPARE(registry->assets().totalCount(), 1);

    // An edit must set the retention the old ledger lacked.
    Asset stored = *registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    stored.remarks = QStringLiteral("棚卸しで確認");
    const Result<Asset> edited = registry->assets().updateAsset(stored);
    QVERIFY(!edited.ok());
    QCOMPARE(edited.problems.constFirst().field, QStringLiteral("retention_until"));
    stored.retentionUntil = QDate(2030, 3, 31);
    QVERIFY2(registry->assets().updateAsset(stored).ok(), "the fixed asset saves");
    QCOMPARE(registry->assets().count(unset, &error), 0);
}

void TestPersonalInfoRules::overrideAndBasisAreAudited()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir);
    QVERIFY(registry);
    Asset asset = TestRegistry::validAsset(*registry, QStringLiteral("役職者名簿"));
    asset.personalInfo = QStringLiteral("personal");
    asset.subjectCount = 40;
    asset.personalInfoOverride = QStringLiteral("公表済みの役職者名簿");
    asset.retentionPermanent = true;
    asset.retentionUntil = {};
    asset.retentionBasis = QStringLiteral("文書管理規程");
    const Result<Asset> created = registry->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));
    const Asset stored = *registry->assets().byId(created->id);
    QCOMPARE(stored.personalInfoOverride, QStringLiteral("公表済みの役職者名簿"));
    QCOMPARE(stored.retentionBasis, QStringLiteral("文書管理規程"));
    Asset raised = stored;
    raised.confidentiality = 2;
    raised.personalInfoOverride.clear();
    QVERIFY(registry->assets().updateAsset(raised).ok());
    const QList<AuditEvent> events = registry->audit().eventsFor(QStringLiteral("asset"), stored.assetNo);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).changes.value(QStringLiteral("retention_basis")).toArray().at(1).toString(),
             QStringLiteral("文書管理規程"));
    QCOMPARE(events.at(1).changes.value(QStringLiteral("personal_info_override")).toArray().at(0).toString(),
             QStringLiteral("公表済みの役職者名簿"));
}

QTEST_GUILESS_MAIN(TestPersonalInfoRules)
#include "test_personalinforules.moc"
