// The import service: headings in either language and any order, the header row below a title block, values as
// Japanese Excel users type them, every problem reported as row, column and message, and all or nothing.
#include "testfiles.h"

#include "io/csvwriter.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "workbookfixture.h"

#include "testregistry.h"
#include <QStringEncoder>
#include <QTemporaryDir>

#include <QTest>

class TestAssetImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headings_data();
    void headings();
    void headerRowBelowTitleBlock();
    void problems_data();
    void problems();
    void missingRequiredColumn();
    void sameFieldTwice();
    void mappingChosenByTheUser();
    void valuesAsTyped();
    void shiftJisFile();
    void badRowAt9000ChangesNothing();
    void excelWorkbookRowsAreExcelRows();

private:
    QString writeCsv(const QString &name, const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestAssetImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry =
        Registry::create(TestRegistry::location(m_dir->filePath(QStringLiteral("registry.sqlite"))), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("importer@workstation"));
}

void TestAssetImport::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

QString TestAssetImport::writeCsv(const QString &name, const QString &text)
{
    return TestFiles::writeText(*m_dir, name, text);
}

void TestAssetImport::headings_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::newRow("Japanese") << QString::fromUtf8("情報資産名称,管理部署,管理責任者,機密性")
                              << QString::fromUtf8("顧客台帳,営業部,佐藤 花子,2");
    QTest::newRow("English, other order") << QStringLiteral("Owner,Confidentiality,Asset name,Managing department")
                                          << QString::fromUtf8("佐藤 花子,2,顧客台帳,営業部");
    QTest::newRow("keys") << QStringLiteral("department,name,owner,confidentiality")
                          << QString::fromUtf8("営業部,顧客台帳,佐藤 花子,2");
    QTest::newRow("marks, spaces and full-width")
        << QString::fromUtf8("情報資産名称※,管理 部署,\"管理責任者\n\",Ｃｏｎｆｉｄｅｎｔｉａｌｉｔｙ")
        << QString::fromUtf8("顧客台帳,営業部,佐藤 花子,2");
}

void TestAssetImport::headings()
{
    QFETCH(QString, header);
    QFETCH(QString, row);
    AssetImport import;
    QString error;
    QVERIFY(import.load(writeCsv(QStringLiteral("in.csv"), header + QStringLiteral("\r\n") + row), &error));
    const AssetImport::Plan plan = import.check(*m_registry);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).text()));
    QCOMPARE(plan.drafts.size(), 1);
    const Asset &asset = plan.drafts.constFirst();
    QCOMPARE(asset.name, QString::fromUtf8("顧客台帳"));
    QCOMPARE(asset.department, QString::fromUtf8("営業部"));
    QCOMPARE(asset.owner, QString::fromUtf8("佐藤 花子"));
    QCOMPARE(asset.confidentiality, 2);
}

void TestAssetImport::headerRowBelowTitleBlock()
{
    const QString text = QString::fromUtf8("情報資産管理台帳,,,\r\n"
                                           "株式会社サンプル,,,社外秘\r\n"
                                           ",,,\r\n"
                                           "管理番号,情報資産名称,管理部署,管理責任者\r\n"
                                           "IA-000107,職員名簿,人事部,山田 太郎\r\n"
                                           ",,,\r\n"
                                           "IA-000108,給与明細データ,人事部,山田 太郎\r\n");
    AssetImport import;
    QString error;
    QVERIFY(import.load(writeCsv(QStringLiteral("titled.csv"), text), &error));
    QCOMPARE(import.headerRowNumber(), 4);
    QCOMPARE(import.dataRowCount(), 2);
    QCOMPARE(import.columnUse(0), AssetImport::ColumnUse::AssignedByRegistry);
    const Result<int> result = import.commit(*m_registry);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(*result.value, 2);
    // The registry numbers its assets; the file's numbers are not kept.
    QVERIFY(m_registry->assets().byAssetNo(QStringLiteral("IA-000001")));
    QCOMPARE(m_registry->assets().byAssetNo(QStringLiteral("IA-000002"))->name, QString::fromUtf8("給与明細データ"));
}

void TestAssetImport::problems_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    // Header: 情報資産名称,管理部署,管理責任者,機密性,機密性の評価根拠,登録日,本人の数,個人情報 (row 1); the good
    // row is row 2, the row under test row 3.
    QTest::newRow("level outside the scheme")
        << QString::fromUtf8("台帳,総務部,山田,4,,,,") << 3 << QString::fromUtf8("機密性") << QStringLiteral("'4'");
    QTest::newRow("empty level") << QString::fromUtf8("台帳,総務部,山田,,,,,") << 3 << QString::fromUtf8("機密性")
                                 << QStringLiteral("empty");
    QTest::newRow("missing name") << QString::fromUtf8(",総務部,山田,1,,,,") << 3 << QString::fromUtf8("情報資産名称")
                                  << QStringLiteral("Asset name is required");
    QTest::newRow("missing owner") << QString::fromUtf8("台帳,総務部, ,1,,,,") << 3 << QString::fromUtf8("管理責任者")
                                   << QStringLiteral("Owner is required");
    QTest::newRow("highest level without rationale")
        << QString::fromUtf8("台帳,総務部,山田,3,,,,") << 3 << QString::fromUtf8("機密性の評価根拠")
        << QStringLiteral("rationale");
    QTest::newRow("bad date") << QString::fromUtf8("台帳,総務部,山田,1,,4月1日,,") << 3 << QString::fromUtf8("登録日")
                              << QStringLiteral("not a date");
    QTest::newRow("negative subjects") << QString::fromUtf8("台帳,総務部,山田,2,,,-5,個人情報") << 3
                                       << QString::fromUtf8("本人の数") << QStringLiteral("'-5'");
    QTest::newRow("unknown personal information") << QString::fromUtf8("台帳,総務部,山田,1,,,,たぶん") << 3
                                                  << QString::fromUtf8("個人情報") << QStringLiteral("'たぶん'");
    QTest::newRow("value beyond the headings")
        << QString::fromUtf8("台帳,総務部,山田,1,,,,,,余計な値") << 3 << QString() << QString::fromUtf8("余計な値");
    QTest::newRow("a line break in a value keeps row numbers")
        << QString::fromUtf8("\"複数行\nの名称\",総務部,山田,1,,,,\r\n台帳,総務部,山田,9,,,,") << 4
        << QString::fromUtf8("機密性") << QStringLiteral("'9'");
}

void TestAssetImport::problems()
{
    QFETCH(QString, rows);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const QString text = QString::fromUtf8("情報資産名称,管理部署,管理責任者,機密性,機密性の評価根拠,登録日,本人の数,"
                                           "個人情報\r\n正しい資産,総務部,山田,1,,2026/4/1,,\r\n") +
                         rows + QStringLiteral("\r\n");
    AssetImport import;
    QString error;
    QVERIFY(import.load(writeCsv(QStringLiteral("problems.csv"), text), &error));
    const AssetImport::Plan plan = import.check(*m_registry);
    QCOMPARE(plan.problems.size(), 1);
    const ImportProblem &problem = plan.problems.constFirst();
    QCOMPARE(problem.row, row);
    QCOMPARE(problem.column, column);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QVERIFY(problem.text().startsWith(QStringLiteral("Row %1").arg(row)));

    const Result<int> result = import.commit(*m_registry);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(m_registry->assets().totalCount(), 0);
    QCOMPARE(m_registry->audit().count(), 0);
}

void TestAssetImport::missingRequiredColumn()
{
    AssetImport import;
    QString error;
    QVERIFY(import.load(writeCsv(QStringLiteral("nodept.csv"),
                                 QString::fromUtf8("情報資産名称,管理責任者\r\n台帳,山田\r\n台帳2,山田\r\n")),
                        &error));
    const AssetImport::Plan plan = import.check(*m_registry);
    // One problem for the file, not one per row.
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.constFirst().row, 1);
    QVERIFY(plan.problems.constFirst().message.contains(QString::fromUtf8("管理部署")));
    QVERIFY(plan.drafts.isEmpty());
}

void TestAssetImport::sameFieldTwice()
{
    AssetImport import;
    QString error;
    QVERIFY(import.load(writeCsv(QStringLiteral("twice.csv"),
                                 QString::fromUtf8("情報資産名称,管理部署,管理責任者,Asset name\r\n台帳,総務部,山田,"
                                                   "Ledger\r\n")),
                        &error));
    // The second column naming the same field is left out unless the user chooses it.
    QCOMPARE(import.columns().at(3).field, -1);
    QVERIFY(import.check(*m_registry).problems.isEmpty());
    import.setColumnField(3, AssetField::Name);
    const AssetImport::Plan plan = import.check(*m_registry);
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY(plan.problems.constFirst().message.contains(QStringLiteral("Asset name")));
}

void TestAssetImport::mappingChosenByTheUser()
{
    // Headings the importer does not know: the user maps them.
    AssetImport import;
    QString error;
    QVERIFY(import.load(
        writeCsv(QStringLiteral("own.csv"), QString::fromUtf8("資産,部門,担当者,メモ\r\n台帳,総務部,山田,覚書\r\n")),
        &error));
    QCOMPARE(import.headerRowNumber(), 1);
    QVERIFY(!import.check(*m_registry).problems.isEmpty());
    import.setColumnField(0, AssetField::Name);
    import.setColumnField(1, AssetField::Department);
    import.setColumnField(2, AssetField::Owner);
    const AssetImport::Plan plan = import.check(*m_registry);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).text()));
    QCOMPARE(plan.drafts.constFirst().remarks, QString());
    import.setColumnField(3, AssetField::Remarks);
    QCOMPARE(import.check(*m_registry).drafts.constFirst().remarks, QString::fromUtf8("覚書"));
}

void TestAssetImport::valuesAsTyped()
{
    // Full-width digits and dates, Japanese labels of codes, thousands separators, 永年.
    const QString text = QString::fromUtf8(
        "情報資産名称,管理部署,管理責任者,資産種別,個人情報,本人の数,機密性,完全性,可用性,保存期限,次回見直し日,状態,"
        "備考\r\n"
        "①顧客台帳（髙﨑支店）,㈱データ営業部,山﨑 葵,紙文書,要配慮個人情報,\"１，２００\",２,１,３,永年,"
        "２０２６／４／１,保管中,\"全角　スペース～と\n改行\"\r\n");
    AssetImport import;
    QString error;
    QVERIFY(import.load(writeCsv(QStringLiteral("typed.csv"), text), &error));
    const AssetImport::Plan plan = import.check(*m_registry);
    QVERIFY(!plan.problems.isEmpty()); // availability 3 needs a rationale
    // The file has no rationale column, so the problem names the field.
    QCOMPARE(plan.problems.constFirst().column, AssetField::byId(AssetField::AvailabilityRationale).label());

    const QString fixed =
        QString(text)
            .replace(QString::fromUtf8(",状態,備考"),
                     QString::fromUtf8(",状態,備考,可用性の評価根拠,個人情報による格付けの例外理由,保存期限の根拠"))
            .replace(QString::fromUtf8("改行\"\r\n"),
                     QString::fromUtf8("改行\",窓口が止まる,本人の同意を得て公表済みの名簿,文書管理規程\r\n"));
    QVERIFY(import.load(writeCsv(QStringLiteral("typed2.csv"), fixed), &error));
    const Result<int> result = import.commit(*m_registry);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QCOMPARE(asset.name, QString::fromUtf8("①顧客台帳（髙﨑支店）"));
    QCOMPARE(asset.department, QString::fromUtf8("㈱データ営業部"));
    QCOMPARE(asset.owner, QString::fromUtf8("山﨑 葵"));
    QCOMPARE(asset.assetType, QStringLiteral("paper"));
    QCOMPARE(asset.personalInfo, QStringLiteral("sensitive"));
    QCOMPARE(asset.subjectCount, std::optional<qint64>(1200));
    QCOMPARE(asset.confidentiality, 2);
    QCOMPARE(asset.integrity, 1);
    QCOMPARE(asset.availability, 3);
    QVERIFY(asset.retentionPermanent);
    QCOMPARE(asset.nextReview, QDate(2026, 4, 1));
    QCOMPARE(asset.status, QStringLiteral("stored"));
    QCOMPARE(asset.remarks, QString::fromUtf8("全角　スペース～と\n改行"));
}

void TestAssetImport::shiftJisFile()
{
    const QString text = QString::fromUtf8("管理番号,情報資産名称,管理部署,管理責任者,備考\r\n"
                                           ",①契約書（㈱髙﨑商事）,総務部,髙橋 誠,期限～２０２７年 Ⅲ期 №5\r\n");
    QStringEncoder encoder("Shift_JIS");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const QString path = m_dir->filePath(QStringLiteral("sjis.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    AssetImport import;
    QString error;
    QVERIFY(import.load(path, &error));
    QCOMPARE(import.sourceDescription(), QStringLiteral("Shift_JIS (CP932)"));
    const Result<int> result = import.commit(*m_registry);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QCOMPARE(asset.name, QString::fromUtf8("①契約書（㈱髙﨑商事）"));
    QCOMPARE(asset.owner, QString::fromUtf8("髙橋 誠"));
    QCOMPARE(asset.remarks, QString::fromUtf8("期限～２０２７年 Ⅲ期 №5"));
}

void TestAssetImport::badRowAt9000ChangesNothing()
{
    QString text = QString::fromUtf8("情報資産名称,管理部署,管理責任者,機密性,備考\r\n");
    for (int index = 1; index <= 10000; ++index) {
        const QString level = index == 9000 ? QStringLiteral("5") : QString::number(1 + index % 2);
        text += CsvWriter::record({QString::fromUtf8("資産%1").arg(index), QString::fromUtf8("総務部"),
                                   QString::fromUtf8("山田 太郎"), level, QString::fromUtf8("備考\n%1").arg(index)});
    }
    const QString path = writeCsv(QStringLiteral("large.csv"), text);
    AssetImport import;
    QString error;
    QVERIFY(import.load(path, &error));
    QCOMPARE(import.dataRowCount(), 10000);
    const qint64 auditBefore = m_registry->audit().count();

    const Result<int> refused = import.commit(*m_registry);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.size(), 1);
    // Data row 9,000 is row 9,001 of the file (the header is row 1).
    QVERIFY2(refused.problems.constFirst().message.startsWith(QStringLiteral("Row 9001, column 機密性")),
             qPrintable(refused.problems.constFirst().message));
    QCOMPARE(m_registry->assets().totalCount(), 0);
    QCOMPARE(m_registry->audit().count(), auditBefore);

    QVERIFY(import.load(
        writeCsv(QStringLiteral("large.csv"), text.replace(QString::fromUtf8("資産9000,総務部,山田 太郎,5"),
                                                           QString::fromUtf8("資産9000,総務部,山田 太郎,1"))),
        &error));
    const Result<int> imported = import.commit(*m_registry);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(*imported.value, 10000);
    QCOMPARE(m_registry->assets().totalCount(), 10000);
    // One event for the whole file, which each asset's history refers to.
    QCOMPARE(m_registry->audit().count(), auditBefore + 1);
    QCOMPARE(m_registry->assets().byAssetNo(QStringLiteral("IA-009000"))->remarks, QString::fromUtf8("備考\n9000"));
}

void TestAssetImport::excelWorkbookRowsAreExcelRows()
{
    const QByteArray strings =
        "<si><t>情報資産管理台帳</t></si><si><t>管理番号</t></si>"
        "<si><t>情報資産名称</t><rPh sb=\"0\" eb=\"6\"><t>ジョウホウシサンメイショウ</t></rPh></si>"
        "<si><t>管理部署</t></si><si><t>管理責任者</t></si><si><t>機密性</t></si>"
        "<si><t>登録日</t></si><si><t>総務部</t><rPh sb=\"0\" eb=\"3\"><t>ソウムブ</t></rPh></si>";
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"s\"><v>3</v></c>"
        "<c r=\"D3\" t=\"s\"><v>4</v></c><c r=\"E3\" t=\"s\"><v>5</v></c><c r=\"F3\" t=\"s\"><v>6</v></c></row>"
        "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>職員名簿</t></is></c><c r=\"C4\" t=\"s\"><v>7</v></c>"
        "<c r=\"D4\" t=\"inlineStr\"><is><t>山田</t></is></c><c r=\"E4\"><v>2</v></c>"
        "<c r=\"F4\" s=\"2\"><v>46113</v></c></row>"
        "<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>給与データ</t></is></c><c r=\"C7\" t=\"s\"><v>7</v></c>"
        "<c r=\"D7\" t=\"inlineStr\"><is><t>山田</t></is></c></row>";
    const QString path = m_dir->filePath(QStringLiteral("ledger.xlsx"));
    QVERIFY(WorkbookFixture::writeLedgerWorkbook(path, rows, strings));
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    QCOMPARE(import.sheetName(), QString::fromUtf8("台帳"));
    QCOMPARE(import.headerRowNumber(), 3);
    AssetImport::Plan plan = import.check(*m_registry);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.constFirst().row, 7); // the empty level, in the row Excel shows
    QCOMPARE(plan.problems.constFirst().column, QString::fromUtf8("機密性"));
    QCOMPARE(plan.drafts.size(), 1);
    QCOMPARE(plan.drafts.constFirst().department, QString::fromUtf8("総務部"));
    QCOMPARE(plan.drafts.constFirst().registeredOn, QDate(2026, 4, 1));

    // The hidden sheet, chosen by name, has no ledger.
    QVERIFY(import.load(path, &error, QString::fromUtf8("説明")));
    QVERIFY(!import.check(*m_registry).problems.isEmpty());
    QVERIFY(!import.load(path, &error, QStringLiteral("nope")));
    QVERIFY(error.contains(QString::fromUtf8("台帳")));
}

QTEST_GUILESS_MAIN(TestAssetImport)
#include "test_assetimport.moc"
