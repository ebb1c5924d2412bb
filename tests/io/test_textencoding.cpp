// CP932 export of the characters other systems use where Windows has its own code point (practice.md §8): each is
// written as the character Excel shows, reads back as that character, and a character CP932 really cannot hold is
// still refused by name.
#include "io/textencoding.h"

#include <QTest>

using TextEncoding::Encoding;

class TestTextEncoding final : public QObject
{
    Q_OBJECT

private slots:
    void mapsForeignForms_data();
    void mapsForeignForms();
    void unmappableIsRefused_data();
    void unmappableIsRefused();
    void utf8KeepsEverything();
};

void TestTextEncoding::mapsForeignForms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("wave dash U+301C") << QStringLiteral("\u301C") << QStringLiteral("\uFF5E") << QByteArray("\x81\x60");
    QTest::newRow("em dash U+2014") << QStringLiteral("\u2014") << QStringLiteral("\u2015") << QByteArray("\x81\x5C");
    QTest::newRow("double vertical line U+2016")
        << QStringLiteral("\u2016") << QStringLiteral("\u2225") << QByteArray("\x81\x61");
    QTest::newRow("minus sign U+2212") << QStringLiteral("\u2212") << QStringLiteral("\uFF0D")
                                       << QByteArray("\x81\x7C");
    QTest::newRow("cent sign U+00A2") << QStringLiteral("\u00A2") << QStringLiteral("\uFFE0") << QByteArray("\x81\x91");
    QTest::newRow("pound sign U+00A3") << QStringLiteral("\u00A3") << QStringLiteral("\uFFE1")
                                       << QByteArray("\x81\x92");
    QTest::newRow("not sign U+00AC") << QStringLiteral("\u00AC") << QStringLiteral("\uFFE2") << QByteArray("\x81\xCA");
}

void TestTextEncoding::mapsForeignForms()
{
    QFETCH(QString, typed);
    QFETCH(QString, windows);
    QFETCH(QByteArray, bytes);
    const QString text = QStringLiteral("9:00") + typed + QStringLiteral("17:00 住民票");

    QVERIFY2(TextEncoding::unencodable(text, Encoding::Cp932).isEmpty(), "the character is refused");
    QByteArray typedBytes;
    QList<char32_t> missing;
    QVERIFY(TextEncoding::encode(text, Encoding::Cp932, &typedBytes, &missing));
    QVERIFY(missing.isEmpty());
    QVERIFY2(typedBytes.contains(bytes), typedBytes.toHex(' ').constData());

    // The Windows form gives the same bytes: one character in the file, whichever way it was typed.
    QByteArray windowsBytes;
    QVERIFY(TextEncoding::encode(QStringLiteral("9:00") + windows + QStringLiteral("17:00 住民票"), Encoding::Cp932,
                                 &windowsBytes));
    QCOMPARE(typedBytes, windowsBytes);

    // Reading the file back gives the character Windows and Excel show.
    QString decoded;
    QString detected;
    QString error;
    QVERIFY2(TextEncoding::decode(typedBytes, &decoded, &detected, &error), qPrintable(error));
    QCOMPARE(detected, TextEncoding::displayName(Encoding::Cp932));
    QCOMPARE(decoded, QStringLiteral("9:00") + windows + QStringLiteral("17:00 住民票"));
}

void TestTextEncoding::unmappableIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<uint>("character");
    QTest::addColumn<QString>("named");
    QTest::newRow("tsuchi-yoshi U+20BB7") << QStringLiteral("𠮷野家") << 0x20BB7u << QStringLiteral("'𠮷' (U+20BB7)");
    QTest::newRow("emoji U+1F600") << QStringLiteral("議事録😀") << 0x1F600u << QStringLiteral("'😀' (U+1F600)");
    QTest::newRow("hangul U+D55C") << QStringLiteral("\uD55C국") << 0xD55Cu << QStringLiteral("'한' (U+D55C)");
}

void TestTextEncoding::unmappableIsRefused()
{
    QFETCH(QString, text);
    QFETCH(uint, character);
    QFETCH(QString, named);
    // A mapped character next to it does not hide the one that cannot be written.
    const QString withWaveDash = text + QStringLiteral("\u301C");
    const QList<char32_t> found = TextEncoding::unencodable(withWaveDash, Encoding::Cp932);
    QVERIFY(!found.isEmpty());
    QCOMPARE(uint(found.constFirst()), character);
    QVERIFY(!found.contains(char32_t(0x301C)));
    QByteArray data("left over");
    QList<char32_t> missing;
    QVERIFY(!TextEncoding::encode(withWaveDash, Encoding::Cp932, &data, &missing));
    QVERIFY(data.isEmpty());
    QCOMPARE(missing, found);
    QCOMPARE(TextEncoding::describeCharacter(found.constFirst()), named);
}

void TestTextEncoding::utf8KeepsEverything()
{
    // Only CP932 is mapped: UTF-8 keeps exactly what was typed.
    const QString text = QStringLiteral("\u301C\u2016\u2212\u00A2\u00A3\u00AC𠮷");
    QByteArray data;
    QVERIFY(TextEncoding::encode(text, Encoding::Utf8, &data));
    QCOMPARE(QString::fromUtf8(data), text);
    QCOMPARE(TextEncoding::toCp932Repertoire(QStringLiteral("abc")), QStringLiteral("abc"));
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "test_textencoding.moc"
