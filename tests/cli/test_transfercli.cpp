// The import, export and ledger commands as a script runs them, in-process against temporary registries, with exit
// status 0 / 1 / 2, the dry run's problems by row and column, nothing imported from a bad file, export → import giving
// back the same assets, and a ledger PDF written with its options.
#include "clirunner.h"
#include "pdftext.h"
#include "testfiles.h"

#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

} // namespace

class TestTransferCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunListsProblemsAndImportsNothing();
    void importAfterFixing();
    void exportThenImportGivesTheSameAssets();
    void exportRefusesWhatShiftJisCannotHold();
    void ledgerPdf();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments, const QString &database = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestTransferCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    Registry::CreateOptions options;
    options.organisation = QString::fromUtf8("株式会社サンプル");
    auto registry = Registry::create(m_database, options, &error);
    QVERIFY2(registry, qPrintable(error));
    registry->setActor(QStringLiteral("tester@workstation"));
    QVERIFY(
        registry->assets().createAssets(TestRegistry::generated(60, registry->scheme(), 4, QDate::currentDate())).ok());
}

void TestTransferCli::cleanup()
{
    m_dir.reset();
}

Run TestTransferCli::run(const QStringList &arguments, const QString &database)
{
    return CliRunner::run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                                      database.isEmpty() ? m_database : database} +
                          arguments);
}

void TestTransferCli::dryRunListsProblemsAndImportsNothing()
{
    const QString path = TestFiles::writeText(*m_dir, QStringLiteral("bad.csv"),
                                              QString::fromUtf8("情報資産名称,管理部署,管理責任者,機密性\r\n"
                                                                "顧客台帳,営業部,佐藤,2\r\n"
                                                                ",営業部,佐藤,9\r\n"));
    const Run dry = run({QStringLiteral("import"), path, QStringLiteral("--dry-run")});
    QCOMPARE(dry.status, 1);
    QVERIFY2(dry.out.contains(QString::fromUtf8("Row 3, column 機密性: '9'")), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QString::fromUtf8("Row 3, column 情報資産名称")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("2 problem")));

    const Run real = run({QStringLiteral("import"), path});
    QCOMPARE(real.status, 1);
    QVERIFY2(real.err.contains(QStringLiteral("Nothing was imported")), qPrintable(real.err));
    QString error;
    auto registry = Registry::open(m_database, &error);
    QCOMPARE(registry->assets().totalCount(), 60);
}

void TestTransferCli::importAfterFixing()
{
    const QString path = TestFiles::writeText(*m_dir, QStringLiteral("good.csv"),
                                              QString::fromUtf8("資産,管理部署,管理責任者,機密性\r\n"
                                                                "顧客台帳,営業部,佐藤,2\r\n"
                                                                "契約書,法務部,鈴木,1\r\n"));
    // "資産" is mapped by hand.
    const Run dry = run({QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--map"),
                         QString::fromUtf8("資産=name")});
    QCOMPARE(dry.status, 0);
    QVERIFY(dry.out.contains(QStringLiteral("2 assets would be imported")));
    const Run real = run({QStringLiteral("import"), path, QStringLiteral("--map"), QString::fromUtf8("資産=name")});
    QCOMPARE(real.status, 0);
    QVERIFY(real.out.contains(QStringLiteral("Imported 2 assets")));
    QVERIFY2(real.err.contains(QStringLiteral("Importing: 2 / 2")), qPrintable(real.err));
    QString error;
    auto registry = Registry::open(m_database, &error);
    QCOMPARE(registry->assets().byAssetNo(QStringLiteral("IA-000062"))->name, QString::fromUtf8("契約書"));
}

void TestTransferCli::exportThenImportGivesTheSameAssets()
{
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString file = m_dir->filePath(QStringLiteral("all.") + format);
        const Run exported = run({QStringLiteral("export"), file, QStringLiteral("--lang"), QStringLiteral("ja")});
        QCOMPARE(exported.status, 0);
        const QString copy = m_dir->filePath(QStringLiteral("copy-%1.sqlite").arg(format));
        QCOMPARE(run({QStringLiteral("init")}, copy).status, 0);
        const Run imported = run({QStringLiteral("import"), file}, copy);
        QVERIFY2(imported.status == 0, qPrintable(imported.out + imported.err));
        QString error;
        auto source = Registry::open(m_database, &error);
        auto target = Registry::open(copy, &error);
        const QList<Asset> before = source->assets().page({}, {}, 0, 1000, nullptr);
        const QList<Asset> after = target->assets().page({}, {}, 0, 1000, nullptr);
        QCOMPARE(after.size(), before.size());
        for (int index = 0; index < before.size(); ++index) {
            QCOMPARE(after.at(index).name, before.at(index).name);
            QCOMPARE(after.at(index).remarks, before.at(index).remarks);
            QCOMPARE(after.at(index).confidentiality, before.at(index).confidentiality);
            QCOMPARE(after.at(index).retentionUntil, before.at(index).retentionUntil);
            QCOMPARE(after.at(index).status, before.at(index).status);
        }
    }
    const Run json = run({QStringLiteral("export"), m_dir->filePath(QStringLiteral("all.json"))});
    QCOMPARE(json.status, 0);
    QVERIFY(json.out.contains(QStringLiteral("Exported 60 assets")));
}

void TestTransferCli::exportRefusesWhatShiftJisCannotHold()
{
    QString error;
    {
        auto registry = Registry::open(m_database, &error);
        Asset asset = registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = QString::fromUtf8("𠮷野家との契約");
        asset.department = QString::fromUtf8("総務部");
        asset.owner = QString::fromUtf8("山田");
        QVERIFY(registry->assets().createAsset(asset).ok());
    }
    const QString file = m_dir->filePath(QStringLiteral("sjis.csv"));
    const Run refused = run({QStringLiteral("export"), file, QStringLiteral("--encoding"), QStringLiteral("cp932")});
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("IA-000061")) && refused.err.contains(QStringLiteral("U+20BB7")),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(file));
}

void TestTransferCli::ledgerPdf()
{
    if (!PdfText::available())
        QSKIP("needs poppler-utils");
    const QString file = m_dir->filePath(QStringLiteral("ledger.pdf"));
    const Run written = run({QStringLiteral("ledger"), QStringLiteral("--pdf"), file, QStringLiteral("--group-by"),
                             QStringLiteral("department"), QStringLiteral("--paper"), QStringLiteral("A3"),
                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--columns"),
                             QStringLiteral("asset_no,name,department,confidentiality"), QStringLiteral("--banner"),
                             QStringLiteral("CONFIDENTIAL")});
    QVERIFY2(written.status == 0, qPrintable(written.err));
    QVERIFY(written.err.contains(QStringLiteral("Writing pages")));
    QVERIFY(PdfText::info(file).contains(QStringLiteral("A3")));
    const QString content = PdfText::text(file);
    QVERIFY(content.contains(QStringLiteral("CONFIDENTIAL")));
    QVERIFY(content.contains(QStringLiteral("Managing department: ")));
    QVERIFY(content.contains(QStringLiteral("IA-000060")));
    QVERIFY(!content.contains(QStringLiteral("Owner")));
}

void TestTransferCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("ledger without --pdf") << QStringList{QStringLiteral("ledger")};
    QTest::newRow("unknown paper") << QStringList{QStringLiteral("ledger"), QStringLiteral("--pdf"),
                                                  QStringLiteral("x.pdf"), QStringLiteral("--paper"),
                                                  QStringLiteral("B5")};
    QTest::newRow("unknown column") << QStringList{QStringLiteral("ledger"), QStringLiteral("--pdf"),
                                                   QStringLiteral("x.pdf"), QStringLiteral("--columns"),
                                                   QStringLiteral("name,colour")};
    QTest::newRow("unknown grouping") << QStringList{QStringLiteral("ledger"), QStringLiteral("--pdf"),
                                                     QStringLiteral("x.pdf"), QStringLiteral("--group-by"),
                                                     QStringLiteral("owner")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("x.ods"),
                                                   QStringLiteral("--format"), QStringLiteral("ods")};
    QTest::newRow("encoding for xlsx") << QStringList{QStringLiteral("export"), QStringLiteral("x.xlsx"),
                                                      QStringLiteral("--encoding"), QStringLiteral("cp932")};
    QTest::newRow("import without a file") << QStringList{QStringLiteral("import")};
}

void TestTransferCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
}

QTEST_MAIN(TestTransferCli)
#include "test_transfercli.moc"
