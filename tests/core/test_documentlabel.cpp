// The rule of a document's default handling label in the core (DocumentLabel): the highest label among the rows it
// contains, at least its floor; and the workbooks the core writes (the assets' Excel export, the risk register's)
// carry it unless the user names a banner. The printed documents and the windows: tests/printing/test_documentlabels.
#include "../risk/riskscenario.h"
#include "testregistry.h"

#include "domain/documentlabel.h"
#include "io/sheetdata.h"
#include "io/xlsxworkbookreader.h"
#include "service/assetexport.h"
#include "service/riskexport.h"
#include "service/riskservice.h"
#include "service/settingsservice.h"

namespace {

QString workbookBanner(const QString &path)
{
    XlsxWorkbookReader reader;
    SheetData sheet;
    QString error;
    if (!reader.open(path, &error) || !reader.readSheet(reader.firstVisibleSheet(), &sheet, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    // Row 2: the organisation at the left, the banner at the right.
    return sheet.rows.size() > 1 ? sheet.rows.at(1).constLast() : QString();
}

} // namespace

class TestDocumentLabels final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void highestLevel_data();
    void highestLevel();
    void excelExportCarriesTheHighestLabel();
    void riskWorkbookFollowsItsAssets();

private:
    Asset addAsset(const QString &name, int confidentiality);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDocumentLabels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestDocumentLabels::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestDocumentLabels::addAsset(const QString &name, int confidentiality)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.personalInfo = QStringLiteral("none");
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("impact of a leak");
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? *created : Asset();
}

void TestDocumentLabels::highestLevel_data()
{
    QTest::addColumn<int>("floor");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("level");
    QTest::newRow("no rows") << 1 << QList<int>{} << 1;
    QTest::newRow("all general") << 1 << QList<int>{1, 1, 1} << 1;
    QTest::newRow("one restricted among general") << 1 << QList<int>{1, 3, 1, 2} << 3;
    QTest::newRow("internal") << 1 << QList<int>{2, 1} << 2;
    QTest::newRow("FIPS N/A counts as the lowest") << 1 << QList<int>{0} << 1;
    QTest::newRow("organisation document without rows") << DocumentLabel::organisationFloor << QList<int>{} << 2;
    QTest::newRow("organisation document with a restricted row")
        << DocumentLabel::organisationFloor << QList<int>{1, 3} << 3;
}

void TestDocumentLabels::highestLevel()
{
    QFETCH(int, floor);
    QFETCH(QList<int>, rows);
    QFETCH(int, level);
    DocumentLabel label(floor);
    for (int row : rows)
        label.include(row);
    QCOMPARE(label.level(), level);
}

void TestDocumentLabels::excelExportCarriesTheHighestLabel()
{
    addAsset(QStringLiteral("Meeting room bookings"), 1);
    AssetExport::Options options;
    options.format = AssetExport::Format::Xlsx;
    const QString general = m_dir->filePath(QStringLiteral("general.xlsx"));
    QVERIFY(AssetExport::write(*m_registry, general, options).ok());
    QCOMPARE(workbookBanner(general), QStringLiteral("General"));
    addAsset(QStringLiteral("Payroll"), 3);
    const QString restricted = m_dir->filePath(QStringLiteral("restricted.xlsx"));
    QVERIFY(AssetExport::write(*m_registry, restricted, options).ok());
    QCOMPARE(workbookBanner(restricted), QStringLiteral("Restricted"));
    options.banner = QStringLiteral("Board only");
    QVERIFY(AssetExport::write(*m_registry, restricted, options).ok());
    QCOMPARE(workbookBanner(restricted), QStringLiteral("Board only"));
}

void TestDocumentLabels::riskWorkbookFollowsItsAssets()
{
    // Three assets of confidentiality 3, 2 and 1 with their risk entries.
    const RiskScenario::Entries entries = RiskScenario::build(*m_registry);
    QVERIFY(!entries.high.isEmpty());
    RiskExport::Options file;
    file.format = RiskExport::Format::Xlsx;
    const QString path = m_dir->filePath(QStringLiteral("risks.xlsx"));
    QVERIFY(RiskExport::write(*m_registry, path, file).ok());
    QCOMPARE(workbookBanner(path), QStringLiteral("Restricted"));
    // Only the entries of the confidentiality-1 asset: 一般.
    const Result<Asset> rooms = m_registry->assets().byAssetNo(m_registry->risks().byNo(entries.accepted)->assetNo);
    QVERIFY(rooms);
    file.filter.assetId = rooms->id;
    QVERIFY(RiskExport::write(*m_registry, path, file).ok());
    QCOMPARE(workbookBanner(path), QStringLiteral("General"));
}

QTEST_GUILESS_MAIN(TestDocumentLabels)
#include "test_documentlabel.moc"
