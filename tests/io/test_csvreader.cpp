// CSV reading and writing: RFC 4180 quoting, line ends, empty and ragged rows, delimiters, and the encodings
// Japanese Excel writes (UTF-8 with and without BOM, UTF-16, Shift_JIS/CP932 with its extension characters).
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/textencoding.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using Rows = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rowNumbersCountRecords();
    void unclosedQuoteIsRefused();
    void decode_data();
    void decode();
    void undecodableBytesAreRefused();
    void writerQuotes_data();
    void writerQuotes();
    void writeThenReadGivesTheSameRows();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("plain") << QStringLiteral("a,b,c\r\n1,2,3\r\n") << Rows{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("LF line ends") << QStringLiteral("a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CR line ends (old Mac Excel)") << QStringLiteral("a,b\r1,2\r") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line end") << QStringLiteral("a,b\r\n1,2") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << QStringLiteral("\"a,b\",c") << Rows{{"a,b", "c"}};
    QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",x") << Rows{{"say \"hi\"", "x"}};
    QTest::newRow("only a quote") << QStringLiteral("\"\"\"\"") << Rows{{"\""}};
    QTest::newRow("line break in a field")
        << QStringLiteral("\"line 1\r\nline 2\",b\r\nc,d") << Rows{{"line 1\r\nline 2", "b"}, {"c", "d"}};
    QTest::newRow("LF inside quotes") << QStringLiteral("\"a\nb\"") << Rows{{"a\nb"}};
    QTest::newRow("empty fields") << QStringLiteral(",,\r\na,,c") << Rows{{"", "", ""}, {"a", "", "c"}};
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",x") << Rows{{"", "x"}};
    QTest::newRow("trailing delimiter") << QStringLiteral("a,b,") << Rows{{"a", "b", ""}};
    QTest::newRow("blank line kept as a blank row") << QStringLiteral("a\r\n\r\nb") << Rows{{"a"}, {""}, {"b"}};
    QTest::newRow("ragged rows") << QStringLiteral("a,b,c\r\n1\r\n1,2,3,4")
                                 << Rows{{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}};
    QTest::newRow("spaces kept") << QStringLiteral(" a , b ") << Rows{{" a ", " b "}};
    QTest::newRow("quote inside unquoted value") << QStringLiteral("5\" disk,x") << Rows{{"5\" disk", "x"}};
    QTest::newRow("text after closing quote") << QStringLiteral("\"abc\"def,x") << Rows{{"abcdef", "x"}};
    QTest::newRow("tab separated") << QStringLiteral("名称\t部署\r\n職員名簿\t総務部")
                                   << Rows{{"名称", "部署"}, {"職員名簿", "総務部"}};
    QTest::newRow("semicolon separated") << QStringLiteral("a;b\r\n1;2") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("comma wins over quoted tab") << QStringLiteral("\"a\tb\",c") << Rows{{"a\tb", "c"}};
    QTest::newRow("Japanese and full-width forms")
        << QString::fromUtf8("情報資産名称,備考\r\n①顧客台帳（髙﨑）,㈱データ～ＡＢＣ１２３")
        << Rows{{QString::fromUtf8("情報資産名称"), QString::fromUtf8("備考")},
                {QString::fromUtf8("①顧客台帳（髙﨑）"), QString::fromUtf8("㈱データ～ＡＢＣ１２３")}};
    QTest::newRow("empty text") << QString() << Rows{};
}

void TestCsvReader::parse()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    SheetData sheet;
    QString error;
    QVERIFY2(CsvReader::parse(text, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rows, rows);
}

void TestCsvReader::rowNumbersCountRecords()
{
    // A value with a line break is one row, as in Excel: the row after it is row 3, not line 4.
    SheetData sheet;
    QString error;
    QVERIFY(CsvReader::parse(QStringLiteral("h1,h2\r\n\"multi\r\nline\",x\r\nnext,y\r\n"), &sheet, &error));
    QCOMPARE(sheet.rowNumbers, (QList<int>{1, 2, 3}));
    QCOMPARE(sheet.rows.at(2), (QStringList{"next", "y"}));
}

void TestCsvReader::unclosedQuoteIsRefused()
{
    SheetData sheet;
    QString error;
    QVERIFY(!CsvReader::parse(QStringLiteral("a,b\r\n1,2\r\n\"never closed,3\r\n4,5"), &sheet, &error));
    QVERIFY2(error.contains(QLatin1String("Row 3")), qPrintable(error));
}

void TestCsvReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString japanese = QString::fromUtf8("名称,備考\r\n①㈱髙﨑～ＡＢＣ,全角　スペース");
    QTest::newRow("UTF-8 without BOM") << japanese.toUtf8() << japanese << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + japanese.toUtf8() << japanese
                                    << QStringLiteral("UTF-8 (BOM)");
    QStringEncoder sjis("Shift_JIS");
    const QByteArray cp932 = sjis.encode(japanese);
    QVERIFY(!sjis.hasError());
    QTest::newRow("CP932 with NEC and IBM extensions") << cp932 << japanese << QStringLiteral("Shift_JIS (CP932)");
    // ① is 0x8740 (NEC row 13), 髙 0xFBFC and 﨑 0xFAB1 (IBM extensions), ～ 0x8160 (FULLWIDTH TILDE in CP932).
    QTest::newRow("CP932 bytes as Windows writes them")
        << QByteArray("\x87\x40\xFB\xFC\xFA\xB1\x81\x60\x87\x8A") << QString::fromUtf8("①髙﨑～㈱")
        << QStringLiteral("Shift_JIS (CP932)");
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16 LE with BOM (Excel Unicode text)")
        << QByteArray("\xFF\xFE") + QByteArray(utf16.encode(japanese)) << japanese << QStringLiteral("UTF-16");
    QTest::newRow("ASCII") << QByteArray("a,b\r\n") << QStringLiteral("a,b\r\n") << QStringLiteral("UTF-8");
}

void TestCsvReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QString decoded;
    QString detected;
    QString error;
    QVERIFY2(TextEncoding::decode(bytes, &decoded, &detected, &error), qPrintable(error));
    QCOMPARE(decoded, text);
    QCOMPARE(detected, encoding);

    // The same bytes through a file and the reader.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    SheetData sheet;
    QVERIFY2(CsvReader::readFile(path, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.description, encoding);
}

void TestCsvReader::undecodableBytesAreRefused()
{
    // Neither UTF-8 nor CP932: 0xFF is no lead byte in either.
    QString text;
    QString detected;
    QString error;
    QVERIFY(!TextEncoding::decode(QByteArray("a,\xFF\xFF\xFF,b"), &text, &detected, &error));
    QVERIFY(error.contains(QLatin1String("CP932")));
}

void TestCsvReader::writerQuotes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("5\" disk") << QStringLiteral("\"5\"\" disk\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("Japanese") << QString::fromUtf8("顧客台帳") << QString::fromUtf8("顧客台帳");
}

void TestCsvReader::writerQuotes()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoted(value), written);
}

void TestCsvReader::writeThenReadGivesTheSameRows()
{
    const Rows rows = {
        {"管理番号", "情報資産名称", "備考"},
        {"IA-000001", QString::fromUtf8("顧客台帳, \"本番\""), QString::fromUtf8("1行目\r\n2行目\n3行目")},
        {"IA-000002", QString(), QString::fromUtf8(" 前後に空白 ")}};
    QString text;
    for (const QStringList &row : rows)
        text += CsvWriter::record(row);
    SheetData sheet;
    QString error;
    QVERIFY(CsvReader::parse(text, &sheet, &error));
    QCOMPARE(sheet.rows, rows);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
