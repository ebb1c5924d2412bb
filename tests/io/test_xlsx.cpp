// XLSX: reading a workbook as Japanese Excel writes it (hidden sheet, merged title, shared strings with phonetic
// guides and rich text, inline strings, formulas, dates in Western and era formats, sparse rows), and writing a
// sheet in the ledger layout that reads back to the same values.
#include "io/xlsxsheetwriter.h"
#include "io/xlsxworkbookreader.h"
#include "workbookfixture.h"

#include <QTemporaryDir>
#include <QTest>

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void readsExcelLedger();
    void chosenSheet();
    void notAWorkbook();
    void writeThenRead();

private:
    QString writeFixture();
    QTemporaryDir m_dir;
};

QString TestXlsx::writeFixture()
{
    const QByteArray strings = "<si><t>情報資産管理台帳</t></si>"
                               "<si><t>管理番号</t></si>"
                               "<si><t>情報資産名称</t><rPh sb=\"0\" "
                               "eb=\"6\"><t>ジョウホウシサンメイショウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                               "<si><t>管理部署</t></si>"
                               "<si><t>管理責任者</t></si>"
                               "<si><t>機密性</t></si>"
                               "<si><t>登録日</t></si>"
                               "<si><t>本人の数</t></si>"
                               "<si><t>総務部</t><rPh sb=\"0\" eb=\"3\"><t>ソウムブ</t></rPh></si>"
                               "<si><r><t>顧客</t></r><r><rPr><b/></rPr><t>台帳</t></r></si>"
                               "<si><t xml:space=\"preserve\">髙橋　誠</t></si>"
                               "<si><t>作成：総務部</t></si>";
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"/><c r=\"C1\"/></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>11</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>2</v></c><c r=\"C4\" t=\"s\"><v>3</v></c>"
        "<c r=\"D4\" t=\"s\"><v>4</v></c><c r=\"E4\" t=\"s\"><v>5</v></c><c r=\"F4\" t=\"s\"><v>6</v></c>"
        "<c r=\"G4\" t=\"s\"><v>7</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>X-001</t></is></c><c r=\"B5\" t=\"s\"><v>9</v></c>"
        "<c r=\"C5\" t=\"s\"><v>8</v></c><c r=\"D5\" t=\"s\"><v>10</v></c><c r=\"E5\"><v>3</v></c>"
        "<c r=\"F5\" s=\"1\"><v>46113</v></c><c r=\"G5\" s=\"3\"><v>12345</v></c></row>"
        "<row r=\"6\"><c r=\"B6\" t=\"str\"><f>B5&amp;\"(控)\"</f><v>顧客台帳(控)</v></c>"
        "<c r=\"C6\" t=\"s\"><v>8</v></c><c r=\"D6\" t=\"s\"><v>10</v></c><c r=\"E6\" t=\"n\"><v>2</v></c>"
        "<c r=\"F6\" s=\"2\"><v>46113</v></c></row>"
        "<row r=\"8\"><c t=\"inlineStr\"><is><t>X-003</t></is></c><c t=\"inlineStr\"><is><t>ファイルサーバ</t></is></c>"
        "<c t=\"b\"><v>1</v></c><c><v>0.5</v></c></row>";
    const QString path = m_dir.filePath(QStringLiteral("ledger.xlsx"));
    if (!WorkbookFixture::writeLedgerWorkbook(path, rows, strings))
        return {};
    return path;
}

void TestXlsx::readsExcelLedger()
{
    const QString path = writeFixture();
    QVERIFY(!path.isEmpty());
    QVERIFY(XlsxWorkbookReader::looksLikeWorkbook(path));
    XlsxWorkbookReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.sheetNames(), (QStringList{QString::fromUtf8("説明"), QString::fromUtf8("台帳")}));
    QCOMPARE(reader.firstVisibleSheet(), 1);
    SheetData sheet;
    QVERIFY2(reader.readSheet(reader.firstVisibleSheet(), &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.description, QString::fromUtf8("台帳"));
    QCOMPARE(sheet.rowNumbers, (QList<int>{1, 2, 4, 5, 6, 8}));
    // The merged title is a value in A1 and empty cells beside it.
    QCOMPARE(sheet.rows.at(0), (QStringList{QString::fromUtf8("情報資産管理台帳"), QString(), QString()}));
    // Phonetic guides are not part of the text.
    QCOMPARE(sheet.rows.at(2).at(1), QString::fromUtf8("情報資産名称"));
    const QStringList first = sheet.rows.at(3);
    QCOMPARE(first, (QStringList{"X-001", QString::fromUtf8("顧客台帳"), QString::fromUtf8("総務部"),
                                 QString::fromUtf8("髙橋　誠"), "3", "2026-04-01", "12345"}));
    const QStringList second = sheet.rows.at(4);
    QCOMPARE(second.at(0), QString());
    QCOMPARE(second.at(1), QString::fromUtf8("顧客台帳(控)"));
    QCOMPARE(second.at(5), QStringLiteral("2026-04-01")); // 令和8年4月1日 in the sheet
    QCOMPARE(sheet.rows.at(5), (QStringList{"X-003", QString::fromUtf8("ファイルサーバ"), "TRUE", "0.5"}));
}

void TestXlsx::chosenSheet()
{
    const QString path = writeFixture();
    XlsxWorkbookReader reader;
    QString error;
    QVERIFY(reader.open(path, &error));
    SheetData sheet;
    QVERIFY(reader.readSheet(0, &sheet, &error));
    QCOMPARE(sheet.rows, (QList<QStringList>{{QString::fromUtf8("この台帳の使い方")}}));
    QVERIFY(!reader.readSheet(5, &sheet, &error));
}

void TestXlsx::notAWorkbook()
{
    const QString path = m_dir.filePath(QStringLiteral("text.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a zip");
    file.close();
    QVERIFY(!XlsxWorkbookReader::looksLikeWorkbook(path));
    XlsxWorkbookReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("text.xlsx")), qPrintable(error));
}

void TestXlsx::writeThenRead()
{
    XlsxSheet sheet;
    sheet.sheetName = QString::fromUtf8("情報資産管理台帳");
    sheet.title = QString::fromUtf8("情報資産管理台帳");
    sheet.organisation = QString::fromUtf8("㈱サンプル");
    sheet.banner = QString::fromUtf8("社外秘");
    sheet.details = {QStringLiteral("Exported: today")};
    sheet.columns = {{QString::fromUtf8("管理番号"), 12, XlsxColumn::Kind::Text},
                     {QString::fromUtf8("備考"), 30, XlsxColumn::Kind::Wrapped},
                     {QString::fromUtf8("本人の数"), 10, XlsxColumn::Kind::Number},
                     {QString::fromUtf8("保存期限"), 12, XlsxColumn::Kind::Date}};
    sheet.rows = {{"IA-000001", QString::fromUtf8("①改行\nあり ㈱ 髙﨑 ～"), "1200", "2030-03-31"},
                  {"IA-000002", QString(), QString(), QString::fromUtf8("永年")},
                  {"IA-000003", QStringLiteral("<&> \"quoted\""), "0", "2026-02-28"}};
    const QString path = m_dir.filePath(QStringLiteral("written.xlsx"));
    QString error;
    QVERIFY2(XlsxSheetWriter::write(path, sheet, &error), qPrintable(error));

    XlsxWorkbookReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    SheetData read;
    QVERIFY2(reader.readSheet(0, &read, &error), qPrintable(error));
    const int header = XlsxSheetWriter::headerRow(sheet);
    int index = int(read.rowNumbers.indexOf(header + 1));
    QVERIFY(index >= 0);
    QCOMPARE(read.rows.at(index), (QStringList{QString::fromUtf8("管理番号"), QString::fromUtf8("備考"),
                                               QString::fromUtf8("本人の数"), QString::fromUtf8("保存期限")}));
    QCOMPARE(read.rows.at(0).at(0), sheet.title);
    for (int row = 0; row < sheet.rows.size(); ++row) {
        QStringList values = read.rows.at(index + 1 + row);
        while (values.size() < 4)
            values.append(QString());
        QCOMPARE(values, sheet.rows.at(row));
    }
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "test_xlsx.moc"
