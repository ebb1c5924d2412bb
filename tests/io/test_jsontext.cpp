// JSON strings written by hand (io/jsontext.h) are the bytes QJsonDocument writes, from UTF-8 and from UTF-16 alike:
// the value lists of records created in bulk and the canonical text of the audit chain are hashed, so one byte of
// difference would be a broken chain or a batch that no longer verifies.
#include "io/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestJsonText final : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
};

void TestJsonText::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("code") << QStringLiteral("R-000001");
    QTest::newRow("date") << QStringLiteral("2026-04-01");
    QTest::newRow("japanese") << QStringLiteral("外部からの不正アクセス — 人事記録");
    QTest::newRow("quotes and backslash") << QStringLiteral("a \"quoted\" C:\\path");
    QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\r\b\f") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("delete and latin-1") << QStringLiteral("\x7f é ß");
    QTest::newRow("outside the BMP") << QStringLiteral("𠮷野家 😀");
    QTest::newRow("slash and angle brackets") << QStringLiteral("</script> a/b");
}

void TestJsonText::sameBytesAsQJsonDocument()
{
    QFETCH(QString, text);
    // QJsonDocument writes an array as [value]; the string is what lies between the brackets.
    const QByteArray expected = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QByteArray fromUtf16 = "x";
    JsonText::appendString(&fromUtf16, QStringView(text));
    QCOMPARE(fromUtf16, QByteArray("x") + expected);
    QByteArray fromUtf8 = "x";
    JsonText::appendString(&fromUtf8, QByteArrayView(text.toUtf8()));
    QCOMPARE(fromUtf8, QByteArray("x") + expected);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "test_jsontext.moc"
