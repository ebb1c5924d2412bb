// XLSX: reading a workbook as Japanese Excel writes it (hidden sheet, merged title, shared strings with phonetic
// guides and rich text, inline strings, formulas, dates in Western and era formats, sparse rows), and writing a
// sheet in the ledger layout that reads back to the same values. A sheet past Excel's limits (1,048,576 rows, 32,767
// characters in a cell) is refused whole with a message naming the row and column, never cut or dropped, and a call
// of libxlsxwriter that fails is reported.
#include "io/xlsxsheetwriter.h"
#include "io/xlsxworkbookreader.h"
#include "workbookfixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
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
    void cellLimit();
    void rowLimit();
    void failedCallIsReported();

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
    QString path = m_dir.filePath(QStringLiteral("ledger.xlsx"));
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
    // The merged title is a value in A1; the empty cells beside it do not make the row longer.
    QCOMPARE(sheet.rows.at(0), (QStringList{QString::fromUtf8("情報資産管理台帳")}));
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

namespace {

XlsxSheet smallSheet()
{
    XlsxSheet sheet;
    sheet.title = QStringLiteral("Information asset register");
    sheet.details = {QStringLiteral("Exported: today")};
    sheet.columns = {{QStringLiteral("Asset No."), 12, XlsxColumn::Kind::Text},
                     {QStringLiteral("Remarks"), 30, XlsxColumn::Kind::Wrapped}};
    return sheet;
}

} // namespace

void TestXlsx::cellLimit()
{
    XlsxSheet sheet = smallSheet();
    // The longest text a cell holds is written whole, and reads back whole.
    const QString longest(XlsxSheetWriter::kMaxCellCharacters, QChar(u'髙'));
    sheet.rows = {{QStringLiteral("IA-000001"), QStringLiteral("short")}, {QStringLiteral("IA-000002"), longest}};
    const QString path = m_dir.filePath(QStringLiteral("longest.xlsx"));
    QString error;
    QVERIFY2(XlsxSheetWriter::write(path, sheet, &error), qPrintable(error));
    XlsxWorkbookReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    SheetData read;
    QVERIFY2(reader.readSheet(0, &read, &error), qPrintable(error));
    const int row = int(read.rowNumbers.indexOf(XlsxSheetWriter::headerRow(sheet) + 3));
    QVERIFY(row >= 0);
    QCOMPARE(read.rows.at(row).value(1), longest);

    // One character more is refused, naming the row as Excel numbers it and the column, and nothing is written.
    sheet.rows.last()[1] = longest + QLatin1Char('x');
    const QString refused = m_dir.filePath(QStringLiteral("too-long.xlsx"));
    QVERIFY(!XlsxSheetWriter::write(refused, sheet, &error));
    QVERIFY(!QFileInfo::exists(refused));
    const int excelRow = XlsxSheetWriter::headerRow(sheet) + 3;
    QVERIFY2(error.contains(QStringLiteral("Row %1, column B (Remarks)").arg(QLocale().toString(excelRow))),
             qPrintable(error));
    QVERIFY2(error.contains(QLocale().toString(XlsxSheetWriter::kMaxCellCharacters + 1)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("too-long.xlsx")), qPrintable(error));
}

void TestXlsx::rowLimit()
{
    // The limit is checked on the count of rows before anything is written, so a sheet one row too long is refused at
    // once; the sheet of exactly the last row fits. (Writing a million rows would take minutes; fits() is what
    // write() asks first, and the refusal below goes through write() itself.)
    QElapsedTimer timer;
    timer.start();
    XlsxSheet sheet = smallSheet();
    const qint64 capacity = XlsxSheetWriter::kMaxRows - XlsxSheetWriter::headerRow(sheet) - 1;
    sheet.rows = QList<QStringList>(capacity, QStringList());
    sheet.rows.last() = {QStringLiteral("IA-LAST"), QString()};
    QString error;
    QVERIFY2(XlsxSheetWriter::fits(sheet, &error), qPrintable(error));
    sheet.rows.append({QStringLiteral("IA-PAST"), QString()});
    QVERIFY(!XlsxSheetWriter::fits(sheet, &error));
    const QString path = m_dir.filePath(QStringLiteral("too-many.xlsx"));
    QVERIFY(!XlsxSheetWriter::write(path, sheet, &error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(error.contains(QLocale().toString(XlsxSheetWriter::kMaxRows + 1)), qPrintable(error));
    QVERIFY2(error.contains(QLocale().toString(XlsxSheetWriter::kMaxRows)), qPrintable(error));
    QVERIFY2(error.contains(QLocale().toString(sheet.rows.size())), qPrintable(error));
    qInfo("row limit checked in %lld ms", timer.elapsed());

    // Columns past XFD are refused too.
    XlsxSheet wide = smallSheet();
    wide.columns = QList<XlsxColumn>(XlsxSheetWriter::kMaxColumns + 1);
    QVERIFY(!XlsxSheetWriter::fits(wide, &error));
    QCOMPARE(XlsxSheetWriter::columnName(0), QStringLiteral("A"));
    QCOMPARE(XlsxSheetWriter::columnName(25), QStringLiteral("Z"));
    QCOMPARE(XlsxSheetWriter::columnName(26), QStringLiteral("AA"));
    QCOMPARE(XlsxSheetWriter::columnName(XlsxSheetWriter::kMaxColumns - 1), QStringLiteral("XFD"));
}

void TestXlsx::failedCallIsReported()
{
    // Excel's page header holds at most 255 characters; libxlsxwriter refuses a longer one, and so does the writer,
    // instead of writing the workbook without it.
    XlsxSheet sheet = smallSheet();
    sheet.banner = QString(300, QLatin1Char('R'));
    sheet.rows = {{QStringLiteral("IA-000001"), QStringLiteral("short")}};
    const QString path = m_dir.filePath(QStringLiteral("banner.xlsx"));
    QString error;
    QVERIFY(!XlsxSheetWriter::write(path, sheet, &error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(error.contains(QStringLiteral("banner.xlsx")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "test_xlsx.moc"
