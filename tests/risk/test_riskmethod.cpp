// The method of design/risk.md as pure functions: IPA's conversion table and the test vectors (rule 2), the ratings
// (rule 1), the thresholds of the criteria, the derived vulnerability (rule 3), the candidate rule of a threat
// (rule 10, with the medium class given explicitly) and who may accept which level (rule 5).
#include "domain/riskcodes.h"
#include "domain/riskmethod.h"
#include "domain/threat.h"

#include <QTest>

class TestRiskMethod final : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void conversionTable_data();
    void conversionTable();
    void ratingsOutsideOneToThree_data();
    void ratingsOutsideOneToThree();
    void productMethod_data();
    void productMethod();
    void thresholds_data();
    void thresholds();
    void derivedVulnerability_data();
    void derivedVulnerability();
    void threatApplies_data();
    void threatApplies();
    void authority_data();
    void authority();
    void criteriaRoundTrip();
};

void TestRiskMethod::vectors_data()
{
    QTest::addColumn<int>("importance");
    QTest::addColumn<int>("threat");
    QTest::addColumn<int>("vulnerability");
    QTest::addColumn<int>("damage");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("level");
    // The test vectors of design/risk.md (IPA method, default thresholds).
    QTest::newRow("3 3 3") << 3 << 3 << 3 << 3 << 9 << "high";
    QTest::newRow("3 3 2") << 3 << 3 << 2 << 2 << 6 << "high";
    QTest::newRow("3 2 2") << 3 << 2 << 2 << 1 << 3 << "low";
    QTest::newRow("2 3 2") << 2 << 3 << 2 << 2 << 4 << "medium";
    QTest::newRow("2 3 3") << 2 << 3 << 3 << 3 << 6 << "high";
    QTest::newRow("1 3 3") << 1 << 3 << 3 << 3 << 3 << "low";
    QTest::newRow("2 1 3") << 2 << 1 << 3 << 1 << 2 << "low";
    QTest::newRow("3 1 1") << 3 << 1 << 1 << 1 << 3 << "low";
}

void TestRiskMethod::vectors()
{
    QFETCH(int, importance);
    QFETCH(int, threat);
    QFETCH(int, vulnerability);
    QFETCH(int, damage);
    QFETCH(int, value);
    QFETCH(QString, level);
    const RiskCriteria criteria;
    QCOMPARE(RiskMethod::damageLikelihood(threat, vulnerability), damage);
    QCOMPARE(RiskMethod::riskValue(criteria, importance, threat, vulnerability), value);
    QCOMPARE(RiskMethod::level(criteria, value), level);
}

void TestRiskMethod::conversionTable_data()
{
    QTest::addColumn<int>("threat");
    QTest::addColumn<int>("vulnerability");
    QTest::addColumn<int>("damage");
    const int table[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};
    for (int t = 3; t >= 1; --t)
        for (int v = 3; v >= 1; --v)
            QTest::addRow("T%d V%d", t, v) << t << v << table[3 - t][3 - v];
}

void TestRiskMethod::conversionTable()
{
    QFETCH(int, threat);
    QFETCH(int, vulnerability);
    QFETCH(int, damage);
    QCOMPARE(RiskMethod::damageLikelihood(threat, vulnerability), damage);
    // Values of the IPA method are 1, 2, 3, 4, 6 or 9 only.
    for (int importance = 1; importance <= 3; ++importance)
        QVERIFY(QList<int>({1, 2, 3, 4, 6, 9})
                    .contains(RiskMethod::riskValue(RiskCriteria(), importance, threat, vulnerability)));
}

void TestRiskMethod::ratingsOutsideOneToThree_data()
{
    QTest::addColumn<int>("importance");
    QTest::addColumn<int>("threat");
    QTest::addColumn<int>("vulnerability");
    QTest::newRow("importance 0") << 0 << 2 << 2;
    QTest::newRow("importance 4") << 4 << 2 << 2;
    QTest::newRow("threat 0") << 2 << 0 << 2;
    QTest::newRow("threat -1") << 2 << -1 << 2;
    QTest::newRow("vulnerability 4") << 2 << 2 << 4;
}

void TestRiskMethod::ratingsOutsideOneToThree()
{
    QFETCH(int, importance);
    QFETCH(int, threat);
    QFETCH(int, vulnerability);
    QCOMPARE(RiskMethod::riskValue(RiskCriteria(), importance, threat, vulnerability), 0);
    QCOMPARE(
        RiskMethod::riskValue(RiskCriteria::defaults(QStringLiteral("product")), importance, threat, vulnerability), 0);
    QCOMPARE(RiskMethod::level(RiskCriteria(), 0), QString());
}

void TestRiskMethod::productMethod_data()
{
    QTest::addColumn<int>("importance");
    QTest::addColumn<int>("threat");
    QTest::addColumn<int>("vulnerability");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("level");
    // Suggested thresholds 18 / 8.
    QTest::newRow("3 3 3") << 3 << 3 << 3 << 27 << "high";
    QTest::newRow("3 3 2") << 3 << 3 << 2 << 18 << "high";
    QTest::newRow("2 3 2") << 2 << 3 << 2 << 12 << "medium";
    QTest::newRow("2 2 2") << 2 << 2 << 2 << 8 << "medium";
    QTest::newRow("1 3 2") << 1 << 3 << 2 << 6 << "low";
    QTest::newRow("1 1 1") << 1 << 1 << 1 << 1 << "low";
}

void TestRiskMethod::productMethod()
{
    QFETCH(int, importance);
    QFETCH(int, threat);
    QFETCH(int, vulnerability);
    QFETCH(int, value);
    QFETCH(QString, level);
    const RiskCriteria criteria = RiskCriteria::defaults(QStringLiteral("product"));
    QCOMPARE(criteria.maximumValue(), 27);
    QCOMPARE(RiskMethod::riskValue(criteria, importance, threat, vulnerability), value);
    QCOMPARE(RiskMethod::level(criteria, value), level);
}

void TestRiskMethod::thresholds_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("medium");
    QTest::addColumn<int>("high");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ipa defaults") << "ipa" << 4 << 6 << true;
    QTest::newRow("ipa high at maximum") << "ipa" << 2 << 9 << true;
    QTest::newRow("medium 1") << "ipa" << 1 << 6 << false;
    QTest::newRow("medium equals high") << "ipa" << 6 << 6 << false;
    QTest::newRow("medium above high") << "ipa" << 6 << 4 << false;
    QTest::newRow("ipa high above 9") << "ipa" << 4 << 10 << false;
    QTest::newRow("product defaults") << "product" << 8 << 18 << true;
    QTest::newRow("product high 27") << "product" << 8 << 27 << true;
    QTest::newRow("product high 28") << "product" << 8 << 28 << false;
    QTest::newRow("unknown method") << "guess" << 4 << 6 << false;
}

void TestRiskMethod::thresholds()
{
    QFETCH(QString, method);
    QFETCH(int, medium);
    QFETCH(int, high);
    QFETCH(bool, valid);
    RiskCriteria criteria = RiskCriteria::defaults(method);
    criteria.mediumThreshold = medium;
    criteria.highThreshold = high;
    QCOMPARE(criteria.problems().isEmpty(), valid);
}

void TestRiskMethod::derivedVulnerability_data()
{
    using State = RiskMethod::ControlState;
    QTest::addColumn<QList<State>>("related");
    QTest::addColumn<int>("expected"); // 0: entered by hand
    const State implemented{true, true, false, QStringLiteral("implemented")};
    const State partial{true, true, false, QStringLiteral("partial")};
    const State notImplemented{true, true, false, QStringLiteral("not_implemented")};
    const State unknown{true, true, false, QStringLiteral("unknown")};
    const State notApplicableWithReason{true, false, true, QStringLiteral("unknown")};
    const State notApplicableWithoutReason{true, false, false, QStringLiteral("unknown")};
    const State missing{};
    QTest::newRow("no related controls") << QList<State>{} << 0;
    QTest::newRow("all implemented") << QList<State>{implemented, implemented} << 1;
    QTest::newRow("implemented or n/a with reason") << QList<State>{implemented, notApplicableWithReason} << 1;
    QTest::newRow("one partial") << QList<State>{partial, notImplemented} << 2;
    QTest::newRow("one implemented, one missing") << QList<State>{implemented, missing} << 2;
    QTest::newRow("n/a without reason is not covered") << QList<State>{implemented, notApplicableWithoutReason} << 2;
    QTest::newRow("none implemented") << QList<State>{notImplemented, unknown, missing} << 3;
    QTest::newRow("none assigned") << QList<State>{missing, missing} << 3;
    QTest::newRow("only n/a with reason") << QList<State>{notApplicableWithReason} << 1;
}

void TestRiskMethod::derivedVulnerability()
{
    QFETCH(QList<RiskMethod::ControlState>, related);
    QFETCH(int, expected);
    const std::optional<int> derived = RiskMethod::derivedVulnerability(related);
    QCOMPARE(derived.value_or(0), expected);
}

void TestRiskMethod::threatApplies_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("media");
    QTest::addColumn<bool>("retired");
    QTest::addColumn<QString>("assetType");
    QTest::addColumn<QString>("mediumClass");
    QTest::addColumn<bool>("applies");
    const QStringList paperTypes{QStringLiteral("paper"), QStringLiteral("media")};
    const QStringList paperMedia{QStringLiteral("paper"), QStringLiteral("portable")};
    QTest::newRow("type and class match") << paperTypes << paperMedia << false << "paper"
                                          << "paper" << true;
    QTest::newRow("class differs") << paperTypes << paperMedia << false << "paper"
                                   << "cloud" << false;
    QTest::newRow("type differs") << paperTypes << paperMedia << false << "software"
                                  << "paper" << false;
    QTest::newRow("threat without classes") << paperTypes << QStringList() << false << "media"
                                            << "cloud" << true;
    QTest::newRow("threat without types") << QStringList() << paperMedia << false << "software"
                                          << "portable" << true;
    QTest::newRow("asset without a class") << paperTypes << paperMedia << false << "paper"
                                           << "" << true;
    QTest::newRow("retired threat") << paperTypes << paperMedia << true << "paper"
                                    << "paper" << false;
}

void TestRiskMethod::threatApplies()
{
    QFETCH(QStringList, types);
    QFETCH(QStringList, media);
    QFETCH(bool, retired);
    QFETCH(QString, assetType);
    QFETCH(QString, mediumClass);
    QFETCH(bool, applies);
    Threat threat;
    threat.assetTypes = types;
    threat.mediumClasses = media;
    threat.retired = retired;
    QCOMPARE(threat.appliesTo(assetType, mediumClass), applies);
}

void TestRiskMethod::authority_data()
{
    QTest::addColumn<QString>("highApprover");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("may");
    QTest::newRow("owner low") << "ciso"
                               << "owner"
                               << "low" << true;
    QTest::newRow("owner medium") << "ciso"
                                  << "owner"
                                  << "medium" << false;
    QTest::newRow("manager medium") << "ciso"
                                    << "security_manager"
                                    << "medium" << true;
    QTest::newRow("manager high") << "ciso"
                                  << "security_manager"
                                  << "high" << false;
    QTest::newRow("ciso high") << "ciso"
                               << "ciso"
                               << "high" << true;
    QTest::newRow("top management high") << "ciso"
                                         << "top_management"
                                         << "high" << true;
    QTest::newRow("ciso when top management must") << "top_management"
                                                   << "ciso"
                                                   << "high" << false;
    QTest::newRow("ciso medium when top management must") << "top_management"
                                                          << "ciso"
                                                          << "medium" << true;
    QTest::newRow("unknown role") << "ciso"
                                  << "intern"
                                  << "low" << false;
}

void TestRiskMethod::authority()
{
    QFETCH(QString, highApprover);
    QFETCH(QString, role);
    QFETCH(QString, level);
    QFETCH(bool, may);
    RiskCriteria criteria;
    criteria.highApprover = highApprover;
    QCOMPARE(RiskMethod::mayAccept(criteria, role, level), may);
}

void TestRiskMethod::criteriaRoundTrip()
{
    RiskCriteria criteria = RiskCriteria::defaults(QStringLiteral("product"));
    criteria.highThreshold = 20;
    criteria.ownerMayAccept = QStringLiteral("medium");
    criteria.reviewMonthsHigh = 3;
    QHash<QString, QString> settings;
    for (const auto &[key, value] : criteria.toSettings())
        settings.insert(key, value);
    const RiskCriteria read =
        RiskCriteria::fromSettings([&settings](const QString &key) { return settings.value(key); });
    QCOMPARE(read.toJson(), criteria.toJson());
    // A registry without risk settings has the defaults of design/risk.md.
    const RiskCriteria none = RiskCriteria::fromSettings([](const QString &) { return QString(); });
    QCOMPARE(none.method, QStringLiteral("ipa"));
    QCOMPARE(none.highThreshold, 6);
    QCOMPARE(none.mediumThreshold, 4);
    QCOMPARE(none.ownerMayAccept, QStringLiteral("low"));
    QCOMPARE(none.managerMayAccept, QStringLiteral("medium"));
    QCOMPARE(none.highApprover, QStringLiteral("ciso"));
    QCOMPARE(none.reviewMonths, 12);
    QCOMPARE(none.reviewMonthsHigh, 6);
    QCOMPARE(none.acceptanceMonths, 12);
    QCOMPARE(none.acceptanceMonthsHigh, 6);
}

QTEST_GUILESS_MAIN(TestRiskMethod)
#include "test_riskmethod.moc"
