// Handling restrictions through files (practice.md §3): CSV and XLSX exports write them in the UI language, an import
// reads them back in either language, and an import naming a restriction the registry does not list is refused in the
// dry run with row and column, changing nothing. The Government scheme's files head the importance column 要保護情報.
#include "i18n/language.h"
#include "service/assetexport.h"
#include "service/assetimport.h"
#include "service/settingsservice.h"
#include "testfiles.h"
#include "testregistry.h"

#include <QFile>

class TestRestrictionIo final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void unknownRestrictionIsRefused();
    void governmentHeadings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRestrictionIo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRestrictionIo::cleanup()
{
    QVERIFY(Language::instance().setLanguage(QStringLiteral("en"), false));
    m_dir.reset();
}

void TestRestrictionIo::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("written");
    QTest::newRow("csv en") << "csv"
                            << "en"
                            << "No copying; Not to be taken out; 印刷禁止";
    QTest::newRow("csv ja") << "csv"
                            << "ja" << QStringLiteral("複製禁止、持出禁止、印刷禁止");
    QTest::newRow("xlsx en") << "xlsx"
                             << "en"
                             << "No copying; Not to be taken out; 印刷禁止";
    QTest::newRow("xlsx ja") << "xlsx"
                             << "ja" << QStringLiteral("複製禁止、持出禁止、印刷禁止");
}

void TestRestrictionIo::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QString, written);
    QVERIFY(Language::instance().setLanguage(language, false));
    auto source = TestRegistry::create(*m_dir, 0, QStringLiteral("ipa"), QStringLiteral("source.sqlite"));
    QVERIFY(source);
    QString error;
    QVERIFY2(source->settings().setOwnHandlingRestrictions({QStringLiteral("印刷禁止")}, &error), qPrintable(error));
    Asset asset = TestRegistry::validAsset(*source);
    asset.handlingRestrictions = {QStringLiteral("印刷禁止"), QStringLiteral("no_removal"), QStringLiteral("no_copy")};
    QVERIFY(source->assets().createAsset(asset).ok());
    QVERIFY(source->assets().createAsset(TestRegistry::validAsset(*source, QStringLiteral("No restrictions"))).ok());

    AssetExport::Options options;
    QVERIFY(AssetExport::formatFromName(format, &options.format));
    const QString path = m_dir->filePath(QStringLiteral("assets.") + format);
    const Result<int> exported = AssetExport::write(*source, path, options);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    if (format == QLatin1String("csv")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(written), qPrintable(text.left(2000)));
        QVERIFY(text.contains(language == QLatin1String("ja") ? QStringLiteral("取扱制限")
                                                              : QStringLiteral("Handling restrictions")));
    }

    // Read back in the other language: names in either language are understood.
    QVERIFY(Language::instance().setLanguage(
        language == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja"), false));
    auto target = TestRegistry::create(*m_dir, 0, QStringLiteral("ipa"), QStringLiteral("target.sqlite"));
    QVERIFY(target);
    QVERIFY(target->settings().setOwnHandlingRestrictions({QStringLiteral("印刷禁止")}, &error));
    AssetImport import;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    const Result<int> imported = import.commit(*target);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.value, 2);
    const QList<Asset> assets = target->assets().page(AssetFilter(), AssetSort(), 0, 10, &error);
    QCOMPARE(assets.size(), 2);
    QCOMPARE(assets.at(0).handlingRestrictions,
             (QStringList{QStringLiteral("no_copy"), QStringLiteral("no_removal"), QStringLiteral("印刷禁止")}));
    QVERIFY(assets.at(1).handlingRestrictions.isEmpty());
}

void TestRestrictionIo::unknownRestrictionIsRefused()
{
    auto registry = TestRegistry::create(*m_dir);
    QVERIFY(registry);
    const QString path = TestFiles::writeText(*m_dir, QStringLiteral("import.csv"),
                                              QStringLiteral("情報資産名称,管理部署,管理責任者,取扱制限\r\n"
                                                             "住民票,市民課,山田 太郎,複製禁止\r\n"
                                                             "職員名簿,人事課,佐藤 花子,複製禁止、社外持出厳禁\r\n"));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    const AssetImport::Plan plan = import.check(*registry);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.constFirst().row, 3);
    QCOMPARE(plan.problems.constFirst().column, QStringLiteral("取扱制限"));
    QVERIFY2(plan.problems.constFirst().message.contains(QStringLiteral("社外持出厳禁")),
             qPrintable(plan.problems.constFirst().message));
    QVERIFY(!import.commit(*registry).ok());
    QCOMPARE(registry->assets().totalCount(), 0);
}

void TestRestrictionIo::governmentHeadings()
{
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    auto registry = TestRegistry::create(*m_dir, 0, QStringLiteral("government"));
    QVERIFY(registry);
    Asset asset = TestRegistry::validAsset(*registry);
    asset.confidentiality = 2;
    asset.availability = 3;
    asset.availabilityRationale = QStringLiteral("窓口業務が止まる");
    asset.handlingRestrictions = {QStringLiteral("no_distribution")};
    const Result<Asset> created = registry->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));
    const QString path = m_dir->filePath(QStringLiteral("government.csv"));
    QVERIFY(AssetExport::write(*registry, path, {}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("要保護情報")) && !text.contains(QStringLiteral("重要度")),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("要機密情報・要安定情報")));
    QVERIFY(text.contains(QStringLiteral("機密性2情報")));
    QVERIFY(text.contains(QStringLiteral("配付禁止")));
    // The file imports again: 要保護情報 is known as the derived importance column.
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    bool derived = false;
    for (int column = 0; column < import.columns().size(); ++column) {
        if (import.columns().at(column).heading == QStringLiteral("要保護情報"))
            derived = import.columnUse(column) == AssetImport::ColumnUse::Derived;
    }
    QVERIFY(derived);
    QVERIFY(import.check(*registry).problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestRestrictionIo)
#include "test_restrictionio.moc"
