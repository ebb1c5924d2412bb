// Text encodings of the files people exchange with Excel (DESIGN.md §8): UTF-8 with or without BOM, UTF-16 with BOM
// (Excel's "Unicode text") and Shift_JIS as Windows writes it (CP932, with NEC and IBM extensions such as ①, ㈱, 髙
// and 﨑). Reading detects the encoding. Writing CP932 first maps the characters other systems use for the same
// glyph (〜 → ～, — → ―, ‖ → ∥, − → －, ¢ £ ¬ → ￠ ￡ ￢), then reports the characters it still cannot hold
// instead of replacing them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace TextEncoding {

enum class Encoding
{
    Utf8,    // UTF-8 without byte order mark
    Utf8Bom, // UTF-8 with byte order mark: what Excel needs to open a UTF-8 CSV correctly
    Cp932,   // Shift_JIS / Windows-31J
};

// Parses "utf-8", "utf-8-bom", "cp932", "shift_jis", "sjis", "windows-31j" (any case); false for anything else.
bool encodingFromName(const QString &name, Encoding *encoding);
// The encoding's name as people know it: "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)".
QString displayName(Encoding encoding);

// Decodes a file: a byte order mark decides; otherwise valid UTF-8 is UTF-8 and anything else must be valid CP932.
// *detected names what was found (displayName, or "UTF-16"). On failure *error says so and how to fix it.
bool decode(const QByteArray &data, QString *text, QString *detected, QString *error);

// The text with the characters that CP932 holds under another code point replaced by that one (〜 → ～ and the like);
// every other character is left as it is.
QString toCp932Repertoire(const QString &text);
// Characters of text that the encoding cannot hold (each once, in order of appearance); empty for UTF-8.
QList<char32_t> unencodable(const QString &text, Encoding encoding);
// "'𠮷' (U+20BB7)": how a character is named in messages.
QString describeCharacter(char32_t character);

// Encodes text; false, with the characters at fault in *missing, when the encoding cannot hold all of it.
bool encode(const QString &text, Encoding encoding, QByteArray *data, QList<char32_t> *missing = nullptr);

} // namespace TextEncoding
