// The minimum-method rule on its own: every confidentiality level against every destination, with the default
// levels of DESIGN.md §5 and with levels a registry changed; and which techniques achieve which method.
#include "domain/disposalcodes.h"
#include "domain/disposalrule.h"
#include "i18n/language.h"

#include <QTest>

class TestDisposalRule final : public QObject
{
    Q_OBJECT

private slots:
    void defaultMinimum_data();
    void defaultMinimum();
    void editedLevels_data();
    void editedLevels();
    void overrideNeeded_data();
    void overrideNeeded();
    void techniques_data();
    void techniques();
    void codesReadBothLanguages();
};

namespace {

void addLevelDestinationRows(const std::array<QString, 3> &levels)
{
    const QStringList destinations = DisposalCodes::codes(DisposalCodes::List::Destination);
    for (int level = 0; level <= 3; ++level) {
        for (const QString &destination : destinations) {
            QString expected = levels.at(std::max(1, level) - 1);
            if (DisposalRule::leavesOrganisation(destination) &&
                DisposalRule::isWeaker(expected, QStringLiteral("purge")))
                expected = QStringLiteral("purge");
            QTest::addRow("C%d to %s", level, qPrintable(destination)) << level << destination << expected;
        }
    }
}

} // namespace

void TestDisposalRule::defaultMinimum_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("minimum");
    // Written out rather than computed, so that a wrong rule cannot agree with itself.
    const QString clear = QStringLiteral("clear"), purge = QStringLiteral("purge"), destroy = QStringLiteral("destroy");
    struct Row
    {
        int level;
        const char *destination;
        QString minimum;
    };
    const Row rows[] = {
        {0, "internal_reuse", clear},   {0, "external_reuse", purge},   {0, "recycling", purge},
        {0, "manufacturer", purge},     {0, "destroyed", clear},        {0, "other", clear},
        {1, "internal_reuse", clear},   {1, "external_reuse", purge},   {1, "recycling", purge},
        {1, "manufacturer", purge},     {1, "destroyed", clear},        {1, "other", clear},
        {2, "internal_reuse", purge},   {2, "external_reuse", purge},   {2, "recycling", purge},
        {2, "manufacturer", purge},     {2, "destroyed", purge},        {2, "other", purge},
        {3, "internal_reuse", destroy}, {3, "external_reuse", destroy}, {3, "recycling", destroy},
        {3, "manufacturer", destroy},   {3, "destroyed", destroy},      {3, "other", destroy},
    };
    for (const Row &row : rows)
        QTest::addRow("C%d to %s", row.level, row.destination)
            << row.level << QString::fromLatin1(row.destination) << row.minimum;
    QCOMPARE(int(std::size(rows)), 4 * int(DisposalCodes::codes(DisposalCodes::List::Destination).size()));
}

void TestDisposalRule::defaultMinimum()
{
    QFETCH(int, level);
    QFETCH(QString, destination);
    QFETCH(QString, minimum);
    QCOMPARE(DisposalRule().minimumMethod(level, destination), minimum);
}

void TestDisposalRule::editedLevels_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("minimum");
    // A registry that purges everything and destroys level 2 and 3.
    addLevelDestinationRows({QStringLiteral("purge"), QStringLiteral("destroy"), QStringLiteral("destroy")});
}

void TestDisposalRule::editedLevels()
{
    QFETCH(int, level);
    QFETCH(QString, destination);
    QFETCH(QString, minimum);
    const DisposalRule rule({QStringLiteral("purge"), QStringLiteral("destroy"), QStringLiteral("destroy")});
    QCOMPARE(rule.minimumMethod(level, destination), minimum);
}

void TestDisposalRule::overrideNeeded_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<bool>("weaker");
    const QStringList methods = DisposalCodes::codes(DisposalCodes::List::Method);
    for (int m = 0; m < methods.size(); ++m) {
        for (int n = 0; n < methods.size(); ++n)
            QTest::addRow("%s vs minimum %s", qPrintable(methods.at(m)), qPrintable(methods.at(n)))
                << methods.at(m) << methods.at(n) << (m < n);
    }
}

void TestDisposalRule::overrideNeeded()
{
    QFETCH(QString, method);
    QFETCH(QString, minimum);
    QFETCH(bool, weaker);
    QCOMPARE(DisposalRule::isWeaker(method, minimum), weaker);
}

void TestDisposalRule::techniques_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("technique");
    QTest::addColumn<bool>("fits");
    QTest::newRow("clear by overwrite") << "clear"
                                        << "overwrite" << true;
    QTest::newRow("clear by degauss") << "clear"
                                      << "degauss" << false;
    QTest::newRow("clear by shred") << "clear"
                                    << "shred" << false;
    QTest::newRow("purge by crypto erase") << "purge"
                                           << "crypto_erase" << true;
    QTest::newRow("purge by block erase") << "purge"
                                          << "block_erase" << true;
    QTest::newRow("purge by degauss") << "purge"
                                      << "degauss" << true;
    QTest::newRow("purge by melt") << "purge"
                                   << "melt" << false;
    QTest::newRow("destroy by shred") << "destroy"
                                      << "shred" << true;
    QTest::newRow("destroy by incinerate") << "destroy"
                                           << "incinerate" << true;
    QTest::newRow("destroy by overwrite") << "destroy"
                                          << "overwrite" << false;
    QTest::newRow("other fits any method") << "clear"
                                           << "other" << true;
}

void TestDisposalRule::techniques()
{
    QFETCH(QString, method);
    QFETCH(QString, technique);
    QFETCH(bool, fits);
    QCOMPARE(DisposalRule::techniqueFits(method, technique), fits);
}

void TestDisposalRule::codesReadBothLanguages()
{
    using DisposalCodes::List;
    QCOMPARE(DisposalCodes::fromText(List::Method, QStringLiteral("破壊")), QStringLiteral("destroy"));
    QCOMPARE(DisposalCodes::fromText(List::Method, QStringLiteral("Purge")), QStringLiteral("purge"));
    QCOMPARE(DisposalCodes::fromText(List::Technique, QStringLiteral("block-erase")), QStringLiteral("block_erase"));
    QCOMPARE(DisposalCodes::fromText(List::Technique, QStringLiteral("暗号化消去")), QStringLiteral("crypto_erase"));
    QCOMPARE(DisposalCodes::fromText(List::Verification, QStringLiteral("抜き取り検証")), QStringLiteral("sampling"));
    QVERIFY(DisposalCodes::fromText(List::Method, QStringLiteral("wipe")).isEmpty());
    // Names come from the catalogue of the installed language; Japanese names are read whatever the UI speaks.
    QCOMPARE(DisposalCodes::name(List::Method, QStringLiteral("clear")), QStringLiteral("Clear"));
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QCOMPARE(DisposalCodes::name(List::Technique, QStringLiteral("degauss")), QStringLiteral("消磁"));
    QCOMPARE(DisposalCodes::fromText(List::Technique, QStringLiteral("Degauss")), QStringLiteral("degauss"));
    QVERIFY(Language::instance().setLanguage(QStringLiteral("en"), false));
    QCOMPARE(DisposalCodes::name(List::Technique, QStringLiteral("degauss")), QStringLiteral("Degauss"));
    QCOMPARE(DisposalCodes::fromText(List::Technique, QStringLiteral("消磁")), QStringLiteral("degauss"));
}

QTEST_GUILESS_MAIN(TestDisposalRule)
#include "test_disposalrule.moc"
