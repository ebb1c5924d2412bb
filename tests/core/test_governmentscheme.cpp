// The Government scheme as the unified standards (統一基準) and the local government guidelines write it
// (practice.md §3): the official confidentiality definitions, the 機密性N情報 labels of new registries, the classes of
// information requiring protection (要保護情報) shown instead of a synthetic importance, and the review interval that
// follows them; the IPA texts of practice.md §8 and the new IPA handling labels of §4.
#include "domain/classification.h"
#include "domain/review.h"
#include "i18n/language.h"

#include <QTest>

namespace {

QString ja(const char *source, const char *disambiguation = nullptr)
{
    return Language::catalogueText(QStringLiteral("ja"), "Classification", source, disambiguation);
}

ClassificationScheme government()
{
    return ClassificationScheme::preset(ClassificationScheme::Preset::Government);
}

} // namespace

class TestGovernmentScheme final : public QObject
{
    Q_OBJECT

private slots:
    void officialDefinitions_data();
    void officialDefinitions();
    void ipaDefinitions_data();
    void ipaDefinitions();
    void handlingLabels_data();
    void handlingLabels();
    void protectionClasses_data();
    void protectionClasses();
    void reviewInterval_data();
    void reviewInterval();
};

void TestGovernmentScheme::officialDefinitions_data()
{
    QTest::addColumn<int>("objective");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<QString>("japanese");
    const int c = int(Objective::Confidentiality), i = int(Objective::Integrity), a = int(Objective::Availability);
    QTest::newRow("機密性3") << c << 3 << QStringLiteral("秘密文書に相当する機密性を要する情報");
    QTest::newRow("機密性2") << c << 2
                             << QStringLiteral("秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提と"
                                               "していない情報");
    QTest::newRow("機密性1") << c << 1 << QStringLiteral("機密性2又は機密性3の情報以外の情報");
    QTest::newRow("完全性2") << i << 3
                             << QStringLiteral("行政事務で取り扱う情報（書面を除く。）のうち、改ざん、誤びゅう又は破損"
                                               "により、国民の権利が侵害され又は行政事務の適確な遂行に支障（軽微なもの"
                                               "を除く。）を及ぼすおそれがある情報");
    QTest::newRow("完全性1") << i << 1 << QStringLiteral("完全性2情報以外の情報（書面を除く。）");
    QTest::newRow("可用性2") << a << 3
                             << QStringLiteral(
                                    "行政事務で取り扱う情報（書面を除く。）のうち、その滅失、紛失又は当該情報"
                                    "が利用不可能であることにより、国民の権利が侵害され又は行政事務の安定的な"
                                    "遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報");
    QTest::newRow("可用性1") << a << 1 << QStringLiteral("可用性2情報以外の情報（書面を除く。）");
}

void TestGovernmentScheme::officialDefinitions()
{
    QFETCH(int, objective);
    QFETCH(int, ordinal);
    QFETCH(QString, japanese);
    const QString english = government().levelDefinition(Objective(objective), ordinal);
    QVERIFY(!english.isEmpty());
    QCOMPARE(Language::catalogueText(QStringLiteral("ja"), "Classification", english.toUtf8().constData()), japanese);
    // The IPA scheme keeps definitions of its own.
    QVERIFY(ClassificationScheme::preset(ClassificationScheme::Preset::Ipa)
                .levelDefinition(Objective(objective), ordinal) != english);
}

void TestGovernmentScheme::ipaDefinitions_data()
{
    QTest::addColumn<int>("objective");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<QString>("contains");
    const int c = int(Objective::Confidentiality), i = int(Objective::Integrity), a = int(Objective::Availability);
    // IPA's words: level 2 事業に大きな影響, level 3 深刻な影響 (法的責任を問われる等); level 1 is not "published".
    QTest::newRow("C1") << c << 1 << QStringLiteral("影響はほとんどない");
    QTest::newRow("C2") << c << 2 << QStringLiteral("事業に大きな影響がある");
    QTest::newRow("C3") << c << 3 << QStringLiteral("深刻な影響がある（法的責任を問われる");
    QTest::newRow("I2") << i << 2 << QStringLiteral("事業に大きな影響がある");
    QTest::newRow("I3") << i << 3 << QStringLiteral("深刻な影響がある");
    QTest::newRow("A2") << a << 2 << QStringLiteral("事業に大きな影響");
    QTest::newRow("A3") << a << 3 << QStringLiteral("深刻な影響");
}

void TestGovernmentScheme::ipaDefinitions()
{
    QFETCH(int, objective);
    QFETCH(int, ordinal);
    QFETCH(QString, contains);
    const QString english =
        ClassificationScheme::preset(ClassificationScheme::Preset::Ipa).levelDefinition(Objective(objective), ordinal);
    const QString japanese =
        Language::catalogueText(QStringLiteral("ja"), "Classification", english.toUtf8().constData());
    QVERIFY2(japanese.contains(contains), qPrintable(japanese));
    QVERIFY2(!japanese.contains(QStringLiteral("公開")), qPrintable(japanese));
    if (ordinal == 2)
        QVERIFY2(!japanese.contains(QStringLiteral("深刻")), qPrintable(japanese));
}

void TestGovernmentScheme::handlingLabels_data()
{
    using Set = ClassificationScheme::HandlingLabels;
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("government 3") << int(Set::Government) << 3 << QStringLiteral("機密性3情報");
    QTest::newRow("government 2") << int(Set::Government) << 2 << QStringLiteral("機密性2情報");
    QTest::newRow("government 1") << int(Set::Government) << 1 << QStringLiteral("機密性1情報");
    QTest::newRow("ipa 3") << int(Set::Ipa) << 3 << QStringLiteral("関係者限り");
    QTest::newRow("ipa 2") << int(Set::Ipa) << 2 << QStringLiteral("組織外秘");
    QTest::newRow("ipa 1") << int(Set::Ipa) << 1 << QStringLiteral("一般");
    QTest::newRow("earlier registries 3") << int(Set::Legacy) << 3 << QStringLiteral("関係者外秘");
    QTest::newRow("earlier registries 2") << int(Set::Legacy) << 2 << QStringLiteral("社外秘");
    QTest::newRow("earlier registries 1") << int(Set::Legacy) << 1 << QStringLiteral("公開");
}

void TestGovernmentScheme::handlingLabels()
{
    QFETCH(int, set);
    QFETCH(int, level);
    QFETCH(QString, japanese);
    const auto labels = ClassificationScheme::HandlingLabels(set);
    const QString english = ClassificationScheme::defaultHandlingLabel(level, labels);
    const char *comment =
        labels == ClassificationScheme::HandlingLabels::Legacy ? "handling label of earlier registries" : nullptr;
    QCOMPARE(ja(english.toUtf8().constData(), comment), japanese);
    // Each scheme's new registries get their own set.
    QCOMPARE(government().defaultHandlingLabels(), ClassificationScheme::HandlingLabels::Government);
    QCOMPARE(ClassificationScheme::preset(ClassificationScheme::Preset::Ipa).defaultHandlingLabels(),
             ClassificationScheme::HandlingLabels::Ipa);
    QCOMPARE(ClassificationScheme::preset(ClassificationScheme::Preset::Fips199).defaultHandlingLabels(),
             ClassificationScheme::HandlingLabels::Ipa);
}

void TestGovernmentScheme::protectionClasses_data()
{
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("a");
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<QString>("japanese");
    // Ordinals: the two-level integrity and availability are 1 and 3 (shown 1 and 2).
    QTest::newRow("C1 I1 A1") << 1 << 1 << 1 << QStringList() << QStringLiteral("—");
    QTest::newRow("C2 I1 A1") << 2 << 1 << 1 << QStringList{QStringLiteral("confidentiality")}
                              << QStringLiteral("要機密情報");
    QTest::newRow("C3 I1 A1") << 3 << 1 << 1 << QStringList{QStringLiteral("confidentiality")}
                              << QStringLiteral("要機密情報");
    QTest::newRow("C1 I2 A1") << 1 << 3 << 1 << QStringList{QStringLiteral("integrity")}
                              << QStringLiteral("要保全情報");
    QTest::newRow("C1 I1 A2") << 1 << 1 << 3 << QStringList{QStringLiteral("availability")}
                              << QStringLiteral("要安定情報");
    QTest::newRow("C3 I2 A2") << 3 << 3 << 3
                              << QStringList{QStringLiteral("confidentiality"), QStringLiteral("integrity"),
                                             QStringLiteral("availability")}
                              << QStringLiteral("要機密情報・要保全情報・要安定情報");
}

void TestGovernmentScheme::protectionClasses()
{
    QFETCH(int, c);
    QFETCH(int, i);
    QFETCH(int, a);
    QFETCH(QStringList, classes);
    QFETCH(QString, japanese);
    const ClassificationScheme scheme = government();
    QVERIFY(scheme.showsProtectionClasses());
    QCOMPARE(ClassificationScheme::protectionClasses(c, i, a), classes);
    QCOMPARE(scheme.importanceCode(c, i, a), classes.join(QLatin1Char(';')));
    QStringList names;
    for (const QString &code : classes)
        names << ja(ClassificationScheme::protectionClassName(code).toUtf8().constData());
    QCOMPARE(names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral("・")), japanese);
    QCOMPARE(ja(scheme.importanceHeading().toUtf8().constData()), QStringLiteral("要保護情報"));
    // The other schemes keep importance.
    const ClassificationScheme ipa = ClassificationScheme::preset(ClassificationScheme::Preset::Ipa);
    QVERIFY(!ipa.showsProtectionClasses());
    QCOMPARE(ipa.importanceText(c, i, a), QString::number(ClassificationScheme::importance(c, i, a)));
}

void TestGovernmentScheme::reviewInterval_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("importance");
    // C1/I2/A1 used to count as the highest importance (a six-month review): it is 要保全情報 only.
    QTest::newRow("government C1 I2 A1") << "government" << 1 << 3 << 1 << 2;
    QTest::newRow("government C1 I1 A2") << "government" << 1 << 1 << 3 << 2;
    QTest::newRow("government C2 I1 A1") << "government" << 2 << 1 << 1 << 2;
    QTest::newRow("government C3 I1 A1") << "government" << 3 << 1 << 1 << 3;
    QTest::newRow("government C1 I1 A1") << "government" << 1 << 1 << 1 << 1;
    QTest::newRow("ipa C1 I3 A1") << "ipa" << 1 << 3 << 1 << 3;
}

void TestGovernmentScheme::reviewInterval()
{
    QFETCH(QString, scheme);
    QFETCH(int, c);
    QFETCH(int, i);
    QFETCH(int, a);
    QFETCH(int, importance);
    const int actual = ClassificationScheme::fromCode(scheme)->reviewImportance(c, i, a);
    QCOMPARE(actual, importance);
    const QDate from(2026, 4, 1);
    QCOMPARE(Review::defaultNextReview(actual, from), Review::defaultNextReview(importance, from));
}

QTEST_GUILESS_MAIN(TestGovernmentScheme)
#include "test_governmentscheme.moc"
