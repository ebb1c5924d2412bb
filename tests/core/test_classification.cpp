// Classification rules of DESIGN.md §2 for the three scheme presets.
#include "domain/classification.h"

#include <QTest>

class TestClassification final : public QObject
{
    Q_OBJECT

private slots:
    void levels_data();
    void levels();
    void ordinalFromText_data();
    void ordinalFromText();
    void importance_data();
    void importance();
    void handlingLabel_data();
    void handlingLabel();
    void definitionsExist();
    void unknownScheme();
};

void TestClassification::levels_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("objective");
    QTest::addColumn<QList<int>>("ordinals");
    QTest::addColumn<QStringList>("labels");

    const int c = int(Objective::Confidentiality), i = int(Objective::Integrity), a = int(Objective::Availability);
    const QStringList oneToThree = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QTest::newRow("ipa C") << "ipa" << c << QList<int>{1, 2, 3} << oneToThree;
    QTest::newRow("ipa I") << "ipa" << i << QList<int>{1, 2, 3} << oneToThree;
    QTest::newRow("ipa A") << "ipa" << a << QList<int>{1, 2, 3} << oneToThree;
    QTest::newRow("government C") << "government" << c << QList<int>{1, 2, 3} << oneToThree;
    // A two-level objective maps 1 -> 1 and 2 -> 3.
    QTest::newRow("government I") << "government" << i << QList<int>{1, 3}
                                  << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("government A") << "government" << a << QList<int>{1, 3}
                                  << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("fips199 C") << "fips199" << c << QList<int>{0, 1, 2, 3}
                               << QStringList{QStringLiteral("N/A"), QStringLiteral("Low"), QStringLiteral("Moderate"),
                                              QStringLiteral("High")};
    QTest::newRow("fips199 I") << "fips199" << i << QList<int>{1, 2, 3}
                               << QStringList{QStringLiteral("Low"), QStringLiteral("Moderate"),
                                              QStringLiteral("High")};
    QTest::newRow("fips199 A") << "fips199" << a << QList<int>{1, 2, 3}
                               << QStringList{QStringLiteral("Low"), QStringLiteral("Moderate"),
                                              QStringLiteral("High")};
}

void TestClassification::levels()
{
    QFETCH(QString, scheme);
    QFETCH(int, objective);
    QFETCH(QList<int>, ordinals);
    QFETCH(QStringList, labels);
    const auto s = ClassificationScheme::fromCode(scheme);
    QVERIFY(s);
    const auto o = Objective(objective);
    QCOMPARE(s->ordinals(o), ordinals);
    QCOMPARE(s->lowest(o), ordinals.constFirst());
    QCOMPARE(s->highest(o), 3);
    QStringList shown;
    for (int ordinal : ordinals)
        shown << s->levelLabel(o, ordinal);
    QCOMPARE(shown, labels);
    QVERIFY(!s->isLevel(o, 4));
    QVERIFY(!s->isLevel(o, -1));
}

void TestClassification::ordinalFromText_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("objective");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: not a level

    const int c = int(Objective::Confidentiality), i = int(Objective::Integrity);
    QTest::newRow("ipa 3") << "ipa" << c << "3" << 3;
    QTest::newRow("ipa padded") << "ipa" << c << " 2 " << 2;
    QTest::newRow("ipa 4") << "ipa" << c << "4" << -1;
    QTest::newRow("ipa 0") << "ipa" << c << "0" << -1;
    QTest::newRow("ipa empty") << "ipa" << c << "" << -1;
    QTest::newRow("government I 2") << "government" << i << "2" << 3;
    QTest::newRow("government I 1") << "government" << i << "1" << 1;
    QTest::newRow("government I 3") << "government" << i << "3" << -1;
    QTest::newRow("government C 3") << "government" << c << "3" << 3;
    QTest::newRow("fips High") << "fips199" << c << "High" << 3;
    QTest::newRow("fips moderate") << "fips199" << i << "moderate" << 2;
    QTest::newRow("fips N/A C") << "fips199" << c << "N/A" << 0;
    QTest::newRow("fips N/A I") << "fips199" << i << "N/A" << -1;
    QTest::newRow("fips japanese") << "fips199" << c << QStringLiteral("高") << 3;
    QTest::newRow("fips number") << "fips199" << c << "3" << -1;
}

void TestClassification::ordinalFromText()
{
    QFETCH(QString, scheme);
    QFETCH(int, objective);
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto s = ClassificationScheme::fromCode(scheme);
    const std::optional<int> ordinal = s->ordinalFromText(Objective(objective), text);
    QCOMPARE(ordinal.value_or(-1), expected);
}

void TestClassification::importance_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<QString>("label");

    QTest::newRow("ipa all low") << "ipa" << 1 << 1 << 1 << 1 << "1";
    QTest::newRow("ipa high-water C") << "ipa" << 3 << 1 << 1 << 3 << "3";
    QTest::newRow("ipa high-water A") << "ipa" << 1 << 1 << 2 << 2 << "2";
    QTest::newRow("government I two-level high") << "government" << 1 << 3 << 1 << 3 << "3";
    QTest::newRow("government C middle") << "government" << 2 << 1 << 1 << 2 << "2";
    QTest::newRow("fips N/A low low") << "fips199" << 0 << 1 << 1 << 1 << "Low";
    QTest::newRow("fips moderate") << "fips199" << 0 << 2 << 1 << 2 << "Moderate";
    QTest::newRow("fips high") << "fips199" << 1 << 1 << 3 << 3 << "High";
}

void TestClassification::importance()
{
    QFETCH(QString, scheme);
    QFETCH(int, c);
    QFETCH(int, i);
    QFETCH(int, a);
    QFETCH(int, ordinal);
    QFETCH(QString, label);
    QCOMPARE(ClassificationScheme::importance(c, i, a), ordinal);
    QCOMPARE(ClassificationScheme::fromCode(scheme)->importanceLabel(ordinal), label);
}

void TestClassification::handlingLabel_data()
{
    using Set = ClassificationScheme::HandlingLabels;
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<QString>("label");
    QTest::newRow("ipa N/A") << int(Set::Ipa) << 0 << "General";
    QTest::newRow("ipa 1") << int(Set::Ipa) << 1 << "General";
    QTest::newRow("ipa 2") << int(Set::Ipa) << 2 << "Internal";
    QTest::newRow("ipa 3") << int(Set::Ipa) << 3 << "Restricted";
    QTest::newRow("government 1") << int(Set::Government) << 1 << "Confidentiality class 1";
    QTest::newRow("government 2") << int(Set::Government) << 2 << "Confidentiality class 2";
    QTest::newRow("government 3") << int(Set::Government) << 3 << "Confidentiality class 3";
    QTest::newRow("earlier registries 1") << int(Set::Legacy) << 1 << "Public";
    QTest::newRow("earlier registries 2") << int(Set::Legacy) << 2 << "Internal";
    QTest::newRow("earlier registries 3") << int(Set::Legacy) << 3 << "Restricted";
}

void TestClassification::handlingLabel()
{
    QFETCH(int, set);
    QFETCH(int, confidentiality);
    QFETCH(QString, label);
    const auto labels = ClassificationScheme::HandlingLabels(set);
    QCOMPARE(ClassificationScheme::defaultHandlingLabel(confidentiality, labels), label);
    // The registry's own text wins over the standard one.
    QCOMPARE(ClassificationScheme::handlingLabel(confidentiality, QStringLiteral("極秘"), labels),
             QStringLiteral("極秘"));
    QCOMPARE(ClassificationScheme::handlingLabelsFromCode(ClassificationScheme::handlingLabelsCode(labels)), labels);
}

void TestClassification::definitionsExist()
{
    // Every level of every scheme has a definition of its own, different from the other levels of that objective.
    for (const QString &code : ClassificationScheme::codes()) {
        const auto scheme = ClassificationScheme::fromCode(code);
        for (Objective objective : ClassificationScheme::objectives()) {
            QStringList seen;
            for (int ordinal : scheme->ordinals(objective)) {
                const QString definition = scheme->levelDefinition(objective, ordinal);
                QVERIFY2(definition.size() > 20, qPrintable(code));
                QVERIFY2(!seen.contains(definition), qPrintable(code + QLatin1Char(' ') + definition));
                seen << definition;
            }
        }
    }
}

void TestClassification::unknownScheme()
{
    QVERIFY(!ClassificationScheme::fromCode(QStringLiteral("iso")));
    QCOMPARE(ClassificationScheme::fromCode(QStringLiteral("IPA"))->code(), QStringLiteral("ipa"));
}

QTEST_GUILESS_MAIN(TestClassification)
#include "test_classification.moc"
