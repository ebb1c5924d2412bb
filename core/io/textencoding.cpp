// Encoding detection and conversion. Qt 6 reaches Shift_JIS through ICU, whose "Shift_JIS" converter is IBM-943, a
// superset of Windows' CP932: the NEC and IBM extension characters are read and written as Windows does.
#include "textencoding.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("TextEncoding", text);
}

const char kShiftJis[] = "Shift_JIS";

bool hasPrefix(const QByteArray &data, const char *prefix, int length)
{
    return data.size() >= length && std::equal(prefix, prefix + length, data.constData());
}

// Characters that Japanese text typed on macOS, Linux or the web carries where Windows has its own code point for the
// same glyph: 〜 — ‖ − ¢ £ ¬ become the characters CP932 holds (～ ― ∥ － ￠ ￡ ￢), which is what Excel shows for
// them.
char16_t cp932Equivalent(char16_t character)
{
    switch (character) {
    case u'\u301C': // WAVE DASH
        return u'\uFF5E';
    case u'\u2014': // EM DASH, where Windows has HORIZONTAL BAR
        return u'\u2015';
    case u'\u2016': // DOUBLE VERTICAL LINE
        return u'\u2225';
    case u'\u2212': // MINUS SIGN
        return u'\uFF0D';
    case u'\u00A2': // CENT SIGN
        return u'\uFFE0';
    case u'\u00A3': // POUND SIGN
        return u'\uFFE1';
    case u'\u00AC': // NOT SIGN
        return u'\uFFE2';
    default:
        return character;
    }
}

} // namespace

namespace TextEncoding {

bool encodingFromName(const QString &name, Encoding *encoding)
{
    const QString wanted = name.trimmed().toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (wanted == QLatin1String("utf8")) {
        *encoding = Encoding::Utf8;
        return true;
    }
    if (wanted == QLatin1String("utf8bom") || wanted == QLatin1String("utf8sig")) {
        *encoding = Encoding::Utf8Bom;
        return true;
    }
    if (wanted == QLatin1String("cp932") || wanted == QLatin1String("shiftjis") || wanted == QLatin1String("sjis") ||
        wanted == QLatin1String("windows31j") || wanted == QLatin1String("ms932")) {
        *encoding = Encoding::Cp932;
        return true;
    }
    return false;
}

QString displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Cp932:
        return QStringLiteral("Shift_JIS (CP932)");
    }
    return {};
}

bool decode(const QByteArray &data, QString *text, QString *detected, QString *error)
{
    if (hasPrefix(data, "\xEF\xBB\xBF", 3)) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(QByteArrayView(data).sliced(3));
        *detected = displayName(Encoding::Utf8Bom);
        if (decoder.hasError()) {
            *error = translated(QT_TRANSLATE_NOOP("TextEncoding", "The file starts like UTF-8 but contains bytes that "
                                                                  "are not UTF-8. Save it again as \"CSV UTF-8\"."));
            return false;
        }
        return true;
    }
    if (hasPrefix(data, "\xFF\xFE", 2) || hasPrefix(data, "\xFE\xFF", 2)) {
        const bool little = data.at(0) == '\xFF';
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        *text = decoder.decode(QByteArrayView(data).sliced(2));
        *detected = QStringLiteral("UTF-16");
        if (decoder.hasError()) {
            *error = translated(QT_TRANSLATE_NOOP("TextEncoding", "The file starts like UTF-16 but is damaged. Save it "
                                                                  "again from the application that wrote it."));
            return false;
        }
        return true;
    }
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString utf8 = decoder.decode(data);
        if (!decoder.hasError()) {
            *text = std::move(utf8);
            *detected = displayName(Encoding::Utf8);
            return true;
        }
    }
    QStringDecoder decoder(kShiftJis);
    if (decoder.isValid()) {
        QString sjis = decoder.decode(data);
        if (!decoder.hasError()) {
            *text = std::move(sjis);
            *detected = displayName(Encoding::Cp932);
            return true;
        }
    }
    *error = translated(QT_TRANSLATE_NOOP("TextEncoding", "The file is neither UTF-8 nor Shift_JIS (CP932) text. Save "
                                                          "it as \"CSV UTF-8\" or \"CSV (comma delimited)\" and try "
                                                          "again."));
    return false;
}

QString toCp932Repertoire(const QString &text)
{
    QString result = text;
    for (QChar &character : result)
        character = QChar(cp932Equivalent(character.unicode()));
    return result;
}

QList<char32_t> unencodable(const QString &text, Encoding encoding)
{
    QList<char32_t> result;
    if (encoding != Encoding::Cp932)
        return result;
    {
        QStringEncoder whole(kShiftJis);
        // encode() converts when its result is turned into bytes.
        const QByteArray bytes = whole.encode(toCp932Repertoire(text));
        if (!whole.hasError())
            return result;
    }
    // Only when something failed: find the characters one by one.
    QSet<char32_t> seen;
    const QList<uint> characters = text.toUcs4();
    for (uint character : characters) {
        if (character < 0x80 || seen.contains(character))
            continue;
        const char32_t c = character;
        QStringEncoder single(kShiftJis);
        const QByteArray bytes = single.encode(toCp932Repertoire(QString::fromUcs4(&c, 1)));
        if (single.hasError()) {
            seen.insert(c);
            result.append(c);
        }
    }
    return result;
}

QString describeCharacter(char32_t character)
{
    const QString code = QString::number(uint(character), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QStringLiteral("'%1' (U+%2)").arg(QString::fromUcs4(&character, 1), code);
}

bool encode(const QString &text, Encoding encoding, QByteArray *data, QList<char32_t> *missing)
{
    switch (encoding) {
    case Encoding::Utf8:
        *data = text.toUtf8();
        return true;
    case Encoding::Utf8Bom:
        *data = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        return true;
    case Encoding::Cp932: {
        QStringEncoder encoder(kShiftJis);
        *data = encoder.encode(toCp932Repertoire(text));
        if (!encoder.hasError())
            return true;
        if (missing)
            *missing = unencodable(text, encoding);
        data->clear();
        return false;
    }
    }
    return false;
}

} // namespace TextEncoding
