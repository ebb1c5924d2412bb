// Importing recipients, receipt and use terms and the medium class: the new headings in Japanese, English and as
// keys; files of earlier versions and ledgers with one 提供条件 / sharing terms column, whose text becomes the receipt
// terms; medium classes written as codes or names in either language; an unknown medium class named by row and column
// in the dry run, with nothing written.
#include "i18n/language.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/registry.h"

#include "testregistry.h"
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

class TestRecipientsImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headings_data();
    void headings();
    void oldSharingTermsColumn_data();
    void oldSharingTermsColumn();
    void mediumClassValues_data();
    void mediumClassValues();
    void unknownMediumClassInDryRun();

private:
    QString writeCsv(const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_files = 0;
};

void TestRecipientsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry = Registry::create(TestRegistry::location(m_dir->filePath(QStringLiteral("r.sqlite"))),
                                  Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@workstation"));
}

void TestRecipientsImport::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_registry.reset();
    m_dir.reset();
}

QString TestRecipientsImport::writeCsv(const QString &text)
{
    const QString path = m_dir->filePath(QStringLiteral("f%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    return path;
}

void TestRecipientsImport::headings_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("Japanese") << QStringLiteral(
        "情報資産名称,管理部署,管理責任者,保存期限,提供元,受領条件,提供先・利用者,"
        "利用条件,委託先,媒体・保存先区分");
    QTest::newRow("English") << QStringLiteral("Asset name,Managing department,Owner,Retention until,Data provider,"
                                               "Receipt terms,Recipients,Use terms,Contractor,Medium class");
    QTest::newRow("keys") << QStringLiteral("name,department,owner,retention_until,provider,receipt_terms,recipients,"
                                            "use_terms,contractor,medium_class");
}

void TestRecipientsImport::headings()
{
    QFETCH(QString, header);
    const QString path =
        writeCsv(header + QStringLiteral("\r\n人流データ（統計）,企画部,山田 太郎,2031-03-31,民間事業者,"
                                         "二次利用可（出典明記）,△△大学,\"研究目的に限る\n再提供不可\","
                                         "株式会社分析,cloud\r\n"));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    for (const AssetImport::Column &column : import.columns())
        QVERIFY2(column.field >= 0, qPrintable(column.heading));
    const Result<int> imported = import.commit(*m_registry);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QCOMPARE(asset.provider, QStringLiteral("民間事業者"));
    QCOMPARE(asset.receiptTerms, QStringLiteral("二次利用可（出典明記）"));
    QCOMPARE(asset.recipients, QStringLiteral("△△大学"));
    QCOMPARE(asset.useTerms, QStringLiteral("研究目的に限る\n再提供不可"));
    QCOMPARE(asset.contractor, QStringLiteral("株式会社分析"));
    QCOMPARE(asset.mediumClass, QStringLiteral("cloud"));
}

void TestRecipientsImport::oldSharingTermsColumn_data()
{
    // Files exported by earlier versions and ledgers kept in Excel name one column of terms.
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("language");
    QTest::newRow("提供条件 (earlier Japanese export)")
        << QStringLiteral("情報資産名称,管理部署,管理責任者,保存期限,提供元,提供条件,委託先") << QStringLiteral("en");
    QTest::newRow("Sharing terms (earlier English export)")
        << QStringLiteral("Asset name,Managing department,Owner,Retention until,Data provider,Sharing terms,Contractor")
        << QStringLiteral("ja");
    QTest::newRow("sharing_terms (earlier keys)")
        << QStringLiteral("name,department,owner,retention_until,provider,sharing_terms,contractor")
        << QStringLiteral("en");
    QTest::newRow("提供条件 with a mark and a line break")
        << QStringLiteral("情報資産名称,管理部署,管理責任者,保存期限,提供元,\"提供\n条件※\",委託先")
        << QStringLiteral("ja");
}

void TestRecipientsImport::oldSharingTermsColumn()
{
    QFETCH(QString, header);
    QFETCH(QString, language);
    QVERIFY(Language::instance().setLanguage(language, false));
    const QString path =
        writeCsv(header + QStringLiteral("\r\n住民基本台帳,市民課,佐藤 花子,2031-03-31,○○市,"
                                         "目的外利用禁止・第三者提供不可,株式会社データ処理センター\r\n"));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    QCOMPARE(import.columns().value(5).field, int(AssetField::ReceiptTerms));
    const Result<int> imported = import.commit(*m_registry);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QCOMPARE(asset.receiptTerms, QStringLiteral("目的外利用禁止・第三者提供不可"));
    QVERIFY(asset.useTerms.isEmpty());
    QVERIFY(asset.recipients.isEmpty());
    QVERIFY(asset.mediumClass.isEmpty());
}

void TestRecipientsImport::mediumClassValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QStringLiteral("office_pc") << QStringLiteral("office_pc");
    QTest::newRow("code with a hyphen") << QStringLiteral("office-pc") << QStringLiteral("office_pc");
    QTest::newRow("English name") << QStringLiteral("External server or cloud service") << QStringLiteral("cloud");
    QTest::newRow("Japanese name") << QStringLiteral("社外サーバ・クラウド") << QStringLiteral("cloud");
    QTest::newRow("Japanese name of paper") << QStringLiteral("書類") << QStringLiteral("paper");
    QTest::newRow("full-width code") << QStringLiteral("ｃｌｏｕｄ") << QStringLiteral("cloud");
    QTest::newRow("empty") << QString() << QString();
}

void TestRecipientsImport::mediumClassValues()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const QString path = writeCsv(QStringLiteral("情報資産名称,管理部署,管理責任者,保存期限,媒体・保存先区分\r\n"
                                                 "契約書原本,総務部,山田 太郎,2031-03-31,") +
                                  text + QStringLiteral("\r\n"));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    const Result<int> imported = import.commit(*m_registry);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(m_registry->assets().byAssetNo(QStringLiteral("IA-000001"))->mediumClass, code);
}

void TestRecipientsImport::unknownMediumClassInDryRun()
{
    const QString path = writeCsv(QStringLiteral("情報資産名称,管理部署,管理責任者,保存期限,媒体・保存先区分\r\n"
                                                 "契約書原本,総務部,山田 太郎,2031-03-31,書類\r\n"
                                                 "顧客台帳,営業部,鈴木 一郎,2031-03-31,USBメモリ\r\n"));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    const AssetImport::Plan plan = import.check(*m_registry);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.constFirst().row, 3);
    QCOMPARE(plan.problems.constFirst().column, QStringLiteral("媒体・保存先区分"));
    QVERIFY2(plan.problems.constFirst().message.contains(QStringLiteral("USBメモリ")),
             qPrintable(plan.problems.constFirst().message));
    QVERIFY(!import.commit(*m_registry).ok());
    QCOMPARE(m_registry->assets().totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestRecipientsImport)
#include "test_recipientsimport.moc"
