// One owner per setting: the minimum disposal methods are changed only through DisposalService, which refuses a
// weaker method for more confidential data and an unknown code; the settings service refuses them, and the fixed
// settings (scheme, asset number prefix and counter) are refused by every public path. A refused change changes
// nothing, also the settings sent with it.
#include "domain/disposalrule.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QTemporaryDir>
#include <QTest>

class TestSettingOwners final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void minimumMethodNotThroughSettings_data();
    void minimumMethodNotThroughSettings();
    void minimumMethodRuleHolds_data();
    void minimumMethodRuleHolds();
    void fixedSettingsRefused_data();
    void fixedSettingsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_count = 0;
};

void TestSettingOwners::init()
{
    QString error;
    m_registry = Registry::create(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count)), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestSettingOwners::cleanup()
{
    m_registry.reset();
}

void TestSettingOwners::minimumMethodNotThroughSettings_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("value");
    QTest::newRow("C3 to clear") << 3 << QStringLiteral("clear");
    QTest::newRow("C2 to clear") << 2 << QStringLiteral("clear");
    QTest::newRow("C3 to an invalid code") << 3 << QStringLiteral("shred-it");
    QTest::newRow("level 0") << 0 << QStringLiteral("clear");
}

void TestSettingOwners::minimumMethodNotThroughSettings()
{
    QFETCH(int, level);
    QFETCH(QString, value);
    const DisposalRule before = m_registry->disposal().rule();
    const QString organisation = m_registry->settings().organisation();
    QString error;
    QVERIFY(!m_registry->settings().setSetting(DisposalRule::settingKey(level), value, &error));
    QVERIFY(error.contains(QStringLiteral("disposal settings")));
    // Sent together with an editable setting, the whole change is refused.
    QVERIFY(!m_registry->settings().setSettings(
        {{QStringLiteral("organisation"), QStringLiteral("東京データ基盤")}, {DisposalRule::settingKey(level), value}},
        &error));
    QCOMPARE(m_registry->settings().organisation(), organisation);
    for (int ordinal = 1; ordinal <= 3; ++ordinal)
        QCOMPARE(m_registry->disposal().rule().levelMinimum(ordinal), before.levelMinimum(ordinal));
}

void TestSettingOwners::minimumMethodRuleHolds_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("C3 weaker than C2") << 3 << QStringLiteral("clear") << false;
    QTest::newRow("C1 stronger than C2") << 1 << QStringLiteral("destroy") << false;
    QTest::newRow("unknown method") << 2 << QStringLiteral("bogus") << false;
    QTest::newRow("no such level") << 4 << QStringLiteral("destroy") << false;
    QTest::newRow("C2 raised to destroy") << 2 << QStringLiteral("destroy") << true;
    QTest::newRow("C1 raised to purge") << 1 << QStringLiteral("purge") << true;
}

void TestSettingOwners::minimumMethodRuleHolds()
{
    QFETCH(int, level);
    QFETCH(QString, method);
    QFETCH(bool, allowed);
    const DisposalRule before = m_registry->disposal().rule();
    QString error;
    QCOMPARE(m_registry->disposal().setMinimumMethod(level, method, &error), allowed);
    const DisposalRule after = m_registry->disposal().rule();
    if (allowed) {
        QCOMPARE(after.levelMinimum(level), method);
    } else {
        QVERIFY(!error.isEmpty());
        for (int ordinal = 1; ordinal <= 3; ++ordinal)
            QCOMPARE(after.levelMinimum(ordinal), before.levelMinimum(ordinal));
    }
    // Whatever was allowed, more confidential data never gets a weaker minimum.
    QVERIFY(!DisposalRule::isWeaker(after.levelMinimum(3), after.levelMinimum(2)));
    QVERIFY(!DisposalRule::isWeaker(after.levelMinimum(2), after.levelMinimum(1)));
}

void TestSettingOwners::fixedSettingsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("scheme") << QStringLiteral("scheme");
    QTest::newRow("asset number prefix") << QStringLiteral("asset_no_prefix");
    QTest::newRow("asset number counter") << QStringLiteral("next_asset_seq");
    QTest::newRow("unknown") << QStringLiteral("anything");
}

void TestSettingOwners::fixedSettingsRefused()
{
    QFETCH(QString, key);
    QString error;
    QVERIFY(!m_registry->settings().setSetting(key, QStringLiteral("1"), &error));
    QVERIFY(error.contains(key));
    QCOMPARE(m_registry->scheme().code(), QStringLiteral("ipa"));
    QCOMPARE(m_registry->settings().assetNoPrefix(), QStringLiteral("IA-"));
}

QTEST_GUILESS_MAIN(TestSettingOwners)

#include "test_settingowners.moc"
