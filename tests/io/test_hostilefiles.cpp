// Hostile and broken files (DESIGN.md §8): each file of tests/data/regressions reproduces a defect found by fuzzing
// or by trying the registry with hostile files, and must now be refused with a clear message, or read, in bounded
// time and memory. The bounds of InputLimits are tested here too.
#include "io/csvreader.h"
#include "io/inputlimits.h"
#include "io/xlsxworkbookreader.h"
#include "service/oscalcatalog.h"
#include "workbookfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString regression(const QString &name)
{
    return QStringLiteral(TEST_SOURCE_DIR "/../data/regressions/") + name;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Reads the first sheet of a workbook; false with *error when the reader refuses it.
bool readWorkbook(const QString &path, SheetData *sheet, QString *error)
{
    XlsxWorkbookReader reader;
    return reader.open(path, error) && reader.readSheet(reader.firstVisibleSheet(), sheet, error);
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void xlsxLongColumnReference();
    void xlsxDeclaresOneTebibyte();
    void xlsxBadCrc();
    void xlsxLastColumnCostsNothing();
    void xlsxNegativeStyle();
    void xlsxCellTooLong();
    void xlsxRowOutsideSheet();
    void oscalSelfReference();
    void oscalParameterFanout();
    void oscalDeepNesting();
    void csvTooLarge();

private:
    QString workbookWithRows(const QByteArray &rows);
    QTemporaryDir m_dir;
};

QString TestHostileFiles::workbookWithRows(const QByteArray &rows)
{
    const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(qHash(rows)));
    if (!WorkbookFixture::writeLedgerWorkbook(path, rows, QByteArray()))
        return {};
    return path;
}

void TestHostileFiles::xlsxLongColumnReference()
{
    // Before: the column of ZZZZZZZ2 overflowed an int and the cell was written before the row (SIGSEGV).
    SheetData sheet;
    QString error;
    QVERIFY(!readWorkbook(regression(QStringLiteral("xlsx-long-column-reference.xlsx")), &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("ZZZZZZZ2")) && error.contains(QLatin1String("A to XFD")), qPrintable(error));
    QVERIFY(sheet.rows.isEmpty());
}

void TestHostileFiles::xlsxDeclaresOneTebibyte()
{
    // Before: the claimed size was allocated at once and the program aborted with std::bad_alloc.
    SheetData sheet;
    QString error;
    QVERIFY(!readWorkbook(regression(QStringLiteral("xlsx-declares-one-tebibyte.xlsx")), &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("xl/worksheets/sheet1.xml")) && error.contains(QLatin1String("larger than")),
             qPrintable(error));
}

void TestHostileFiles::xlsxBadCrc()
{
    // Before: the part was read as if intact and its altered text imported.
    SheetData sheet;
    QString error;
    QVERIFY(!readWorkbook(regression(QStringLiteral("xlsx-bad-crc.xlsx")), &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(QLatin1String("checksum")), qPrintable(error));
}

void TestHostileFiles::xlsxLastColumnCostsNothing()
{
    // Before: every row with a formatted cell in XFD kept 16,384 cells.
    SheetData sheet;
    QString error;
    QVERIFY2(readWorkbook(regression(QStringLiteral("xlsx-last-column.xlsx")), &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rows.size(), 20000);
    for (int index = 0; index < sheet.rows.size(); ++index)
        QCOMPARE(sheet.rows.at(index).size(), 2);
    QCOMPARE(sheet.rows.constLast(), (QStringList{QStringLiteral("a"), QStringLiteral("20000")}));
}

void TestHostileFiles::xlsxNegativeStyle()
{
    // Before: s="-1" indexed the list of date styles at -1.
    SheetData sheet;
    QString error;
    QVERIFY2(readWorkbook(regression(QStringLiteral("xlsx-negative-style.xlsx")), &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rows, (QList<QStringList>{{QStringLiteral("45000")}}));
}

void TestHostileFiles::xlsxCellTooLong()
{
    const QByteArray longText(int(InputLimits::kMaxCellCharacters) + 1, 'x');
    const QString path =
        workbookWithRows("<row r=\"1\"><c r=\"C1\" t=\"inlineStr\"><is><t>" + longText + "</t></is></c></row>");
    QVERIFY(!path.isEmpty());
    SheetData sheet;
    QString error;
    QVERIFY(!readWorkbook(path, &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("C1")) && error.contains(QLocale().toString(InputLimits::kMaxCellCharacters)),
             qPrintable(error));

    // At the limit the cell is read.
    const QString fits = workbookWithRows("<row r=\"1\"><c r=\"C1\" t=\"inlineStr\"><is><t>" +
                                          longText.left(int(InputLimits::kMaxCellCharacters)) + "</t></is></c></row>");
    QVERIFY2(readWorkbook(fits, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rows.constFirst().at(2).size(), InputLimits::kMaxCellCharacters);
}

void TestHostileFiles::xlsxRowOutsideSheet()
{
    const QString path = workbookWithRows("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>");
    QVERIFY(!path.isEmpty());
    SheetData sheet;
    QString error;
    QVERIFY(!readWorkbook(path, &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("1048577")), qPrintable(error));
}

void TestHostileFiles::oscalSelfReference()
{
    // Before: a parameter that refers to itself ten times was written out 10^8 times and never finished.
    const QByteArray json = contents(regression(QStringLiteral("oscal-self-reference.json")));
    QVERIFY(!json.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!OscalCatalog::parse(json, QStringLiteral("self.json"), &error));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(QLatin1String("parameter p refers to itself")), qPrintable(error));
}

void TestHostileFiles::oscalParameterFanout()
{
    // Before: parameters that use each other ten times, seven deep, made texts of 10^7 copies (seconds, gigabytes).
    const QByteArray json = contents(regression(QStringLiteral("oscal-parameter-fanout.json")));
    QVERIFY(!json.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!OscalCatalog::parse(json, QStringLiteral("fanout.json"), &error));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(QStringLiteral("longer than %L1 characters").arg(InputLimits::kMaxStatementCharacters)),
             qPrintable(error));
}

void TestHostileFiles::oscalDeepNesting()
{
    const QByteArray json = contents(regression(QStringLiteral("oscal-deep-nesting.json")));
    QVERIFY(!json.isEmpty());
    QString error;
    QVERIFY(!OscalCatalog::parse(json, QStringLiteral("deep.json"), &error));
    QVERIFY2(error.contains(QLatin1String("nested more than 64 levels")), qPrintable(error));
}

void TestHostileFiles::csvTooLarge()
{
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A sparse file: its size is what counts, not what it holds.
        QVERIFY(file.resize(InputLimits::kMaxCsvBytes + 1));
    }
    SheetData sheet;
    QString error;
    QVERIFY(!CsvReader::readFile(path, &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("larger than 512 MB")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostilefiles.moc"
