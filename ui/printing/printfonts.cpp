// Prepares the print fonts: a copy of Noto Sans CJK JP whose character map names each glyph once, written to the
// cache folder (Qt's PDF writer embeds only fonts that come from a file) and registered with the font database.
#include "printfonts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QRawFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>
#include <utility>
#include <vector>

namespace {

const QString kSourceFamily = QStringLiteral("Noto Sans CJK JP");
const QString kPrintFamily = QStringLiteral("Registry Print Sans JP");

using Mapping = std::vector<std::pair<quint32, quint32>>; // character → glyph, sorted by character

quint32 tag(const char *name)
{
    return (quint32(quint8(name[0])) << 24) | (quint32(quint8(name[1])) << 16) | (quint32(quint8(name[2])) << 8) |
           quint32(quint8(name[3]));
}

quint16 read16(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset + 2 > data.size())
        return 0;
    return qFromBigEndian<quint16>(data.constData() + offset);
}

quint32 read32(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset + 4 > data.size())
        return 0;
    return qFromBigEndian<quint32>(data.constData() + offset);
}

void append16(QByteArray *data, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    data->append(bytes, 2);
}

void append32(QByteArray *data, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    data->append(bytes, 4);
}

void readFormat4(const QByteArray &cmap, qsizetype at, Mapping *mapping)
{
    const int segments = read16(cmap, at + 6) / 2;
    const qsizetype ends = at + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    for (int segment = 0; segment < segments; ++segment) {
        const quint32 end = read16(cmap, ends + 2 * segment);
        const quint32 start = read16(cmap, starts + 2 * segment);
        const quint16 delta = read16(cmap, deltas + 2 * segment);
        const quint16 rangeOffset = read16(cmap, rangeOffsets + 2 * segment);
        for (quint32 character = start; character <= end && character < 0xFFFF; ++character) {
            quint32 glyph = 0;
            if (rangeOffset == 0) {
                glyph = quint16(character + delta);
            } else {
                const qsizetype address = rangeOffsets + 2 * segment + rangeOffset + 2 * (character - start);
                glyph = read16(cmap, address);
                if (glyph != 0)
                    glyph = quint16(glyph + delta);
            }
            if (glyph != 0)
                mapping->emplace_back(character, glyph);
        }
    }
}

void readFormat12(const QByteArray &cmap, qsizetype at, Mapping *mapping)
{
    const quint32 groups = read32(cmap, at + 12);
    for (quint32 group = 0; group < groups; ++group) {
        const qsizetype record = at + 16 + 12 * qsizetype(group);
        const quint32 start = read32(cmap, record);
        const quint32 end = std::min<quint32>(read32(cmap, record + 4), 0x10FFFF);
        const quint32 glyph = read32(cmap, record + 8);
        for (quint32 character = start; character <= end; ++character)
            mapping->emplace_back(character, glyph + (character - start));
    }
}

// The Unicode mapping of a font: the full-repertoire subtable (3,10) when there is one, else the BMP one (3,1).
Mapping readCmap(const QByteArray &cmap)
{
    Mapping mapping;
    qsizetype full = -1;
    qsizetype bmp = -1;
    const int count = read16(cmap, 2);
    for (int index = 0; index < count; ++index) {
        const qsizetype record = 4 + 8 * index;
        const quint16 platform = read16(cmap, record);
        const quint16 encoding = read16(cmap, record + 2);
        const qsizetype offset = read32(cmap, record + 4);
        const quint16 format = read16(cmap, offset);
        if (platform == 3 && encoding == 10 && format == 12)
            full = offset;
        else if (platform == 3 && encoding == 1 && format == 4)
            bmp = offset;
    }
    if (full >= 0)
        readFormat12(cmap, full, &mapping);
    else if (bmp >= 0)
        readFormat4(cmap, bmp, &mapping);
    std::sort(mapping.begin(), mapping.end());
    return mapping;
}

// How likely a character is in the text of a ledger; of the characters sharing a glyph the copy keeps the likeliest.
int likelihood(quint32 c)
{
    if (c >= 0x20 && c <= 0x7E)
        return 100;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3FFFF))
        return 90;
    if ((c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF))
        return 80; // ideographic space, ・, 〈〉, kana, full-width forms
    if (c >= 0x2460 && c <= 0x24FF)
        return 70; // ①
    if (c >= 0x2010 && c <= 0x205E)
        return 60; // dashes, quotes, …
    if (c >= 0xA0 && c <= 0xFF)
        return 50;
    if (c >= 0x2E80 && c <= 0x2FDF)
        return 0; // radicals
    if (c >= 0xF900 && c <= 0xFAFF)
        return 10; // compatibility ideographs that are duplicates of unified ones
    return 30;
}

// Keeps one character per glyph.
Mapping oneCharacterPerGlyph(const Mapping &mapping)
{
    QHash<quint32, quint32> chosen; // glyph → character
    for (const auto &[character, glyph] : mapping) {
        const auto found = chosen.constFind(glyph);
        if (found == chosen.cend()) {
            chosen.insert(glyph, character);
            continue;
        }
        const quint32 current = found.value();
        const int a = likelihood(character);
        const int b = likelihood(current);
        if (a > b || (a == b && character > current))
            chosen[glyph] = character;
    }
    Mapping result;
    result.reserve(chosen.size());
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        result.emplace_back(it.value(), it.key());
    std::sort(result.begin(), result.end());
    return result;
}

// A cmap with one format 12 subtable, referenced as Unicode full repertoire (0,4) and Windows UCS-4 (3,10).
QByteArray writeCmap(const Mapping &mapping)
{
    QByteArray groups;
    quint32 count = 0;
    for (size_t index = 0; index < mapping.size();) {
        const quint32 start = mapping[index].first;
        const quint32 glyph = mapping[index].second;
        size_t next = index + 1;
        while (next < mapping.size() && mapping[next].first == start + (next - index) &&
               mapping[next].second == glyph + (next - index))
            ++next;
        append32(&groups, start);
        append32(&groups, start + quint32(next - index - 1));
        append32(&groups, glyph);
        ++count;
        index = next;
    }
    QByteArray table;
    append16(&table, 0);
    append16(&table, 2);
    const quint32 subtableOffset = 4 + 2 * 8;
    append16(&table, 0);
    append16(&table, 4);
    append32(&table, subtableOffset);
    append16(&table, 3);
    append16(&table, 10);
    append32(&table, subtableOffset);
    append16(&table, 12);
    append16(&table, 0);
    append32(&table, quint32(16 + groups.size()));
    append32(&table, 0);
    append32(&table, count);
    table.append(groups);
    return table;
}

// The name table of the copy: the original's Windows records (copyright, licence …) with our own family names.
QByteArray writeName(const QByteArray &original, const QString &subfamily)
{
    struct Record
    {
        quint16 platform, encoding, language, nameId;
        QByteArray text;
    };
    QList<Record> records;
    const QList<quint16> replaced = {1, 2, 3, 4, 6, 16, 17, 21, 22, 25};
    const int count = read16(original, 2);
    const qsizetype strings = read16(original, 4);
    for (int index = 0; index < count; ++index) {
        const qsizetype at = 6 + 12 * index;
        Record record{
            read16(original, at), read16(original, at + 2), read16(original, at + 4), read16(original, at + 6), {}};
        const quint16 length = read16(original, at + 8);
        const quint16 offset = read16(original, at + 10);
        if (record.platform != 3 || replaced.contains(record.nameId) || strings + offset + length > original.size())
            continue;
        record.text = original.mid(strings + offset, length);
        records.append(record);
    }
    auto utf16 = [](const QString &text) {
        QByteArray bytes;
        for (const QChar c : text)
            append16(&bytes, c.unicode());
        return bytes;
    };
    const QString postscript = QString(kPrintFamily).remove(QLatin1Char(' ')) + QLatin1Char('-') + subfamily;
    const QString full = kPrintFamily + QLatin1Char(' ') + subfamily;
    records.append({3, 1, 0x409, 1, utf16(kPrintFamily)});
    records.append({3, 1, 0x409, 2, utf16(subfamily)});
    records.append({3, 1, 0x409, 3, utf16(postscript)});
    records.append({3, 1, 0x409, 4, utf16(full)});
    records.append({3, 1, 0x409, 6, utf16(postscript)});
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        return std::tie(a.platform, a.encoding, a.language, a.nameId) <
               std::tie(b.platform, b.encoding, b.language, b.nameId);
    });
    QByteArray table;
    QByteArray storage;
    append16(&table, 0);
    append16(&table, quint16(records.size()));
    append16(&table, quint16(6 + 12 * records.size()));
    for (const Record &record : std::as_const(records)) {
        append16(&table, record.platform);
        append16(&table, record.encoding);
        append16(&table, record.language);
        append16(&table, record.nameId);
        append16(&table, quint16(record.text.size()));
        append16(&table, quint16(storage.size()));
        storage.append(record.text);
    }
    table.append(storage);
    return table;
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    const qsizetype whole = data.size() / 4 * 4;
    for (qsizetype offset = 0; offset < whole; offset += 4)
        sum += qFromBigEndian<quint32>(data.constData() + offset);
    if (whole < data.size()) {
        char last[4] = {0, 0, 0, 0};
        std::copy(data.constData() + whole, data.constData() + data.size(), last);
        sum += qFromBigEndian<quint32>(last);
    }
    return sum;
}

// An OpenType file from its tables (sorted by tag, 4-byte aligned, with checksums and the head adjustment).
QByteArray writeFont(std::vector<std::pair<quint32, QByteArray>> tables)
{
    std::sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const bool cff = std::any_of(tables.begin(), tables.end(), [](const auto &t) { return t.first == tag("CFF "); });
    const quint16 count = quint16(tables.size());
    quint16 power = 1;
    quint16 selector = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++selector;
    }
    QByteArray font;
    append32(&font, cff ? tag("OTTO") : 0x00010000);
    append16(&font, count);
    append16(&font, quint16(power * 16));
    append16(&font, selector);
    append16(&font, quint16(count * 16 - power * 16));
    qsizetype offset = 12 + 16 * qsizetype(count);
    qsizetype headOffset = -1;
    for (auto &[name, data] : tables) {
        if (name == tag("head") && data.size() >= 12)
            qToBigEndian<quint32>(0, data.data() + 8);
        append32(&font, name);
        append32(&font, checksum(data));
        append32(&font, quint32(offset));
        append32(&font, quint32(data.size()));
        if (name == tag("head"))
            headOffset = offset;
        offset += (data.size() + 3) / 4 * 4;
    }
    for (const auto &entry : tables) {
        font.append(entry.second);
        font.append(QByteArray((4 - entry.second.size() % 4) % 4, '\0'));
    }
    if (headOffset >= 0)
        qToBigEndian<quint32>(0xB1B0AFBA - checksum(font), font.data() + headOffset + 8);
    return font;
}

// Writes the prepared copy of one face to the cache (once per font version) and registers it; false on failure.
bool registerCopy(const QFont &source, const QString &subfamily)
{
    const QRawFont raw = QRawFont::fromFont(source);
    const QByteArray cmap = raw.fontTable("cmap");
    if (!raw.isValid() || cmap.isEmpty())
        return false;
    // No GSUB: its substitutions (digits after Latin letters, ligatures, variants) give glyphs that no character
    // maps to, and Qt's PDF writer can then name no text for them. Horizontal Japanese needs none of them.
    static const char *const names[] = {"BASE", "CFF ", "GDEF", "GPOS", "OS/2", "VORG", "cvt ",
                                        "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "kern",
                                        "loca", "maxp", "name", "post", "prep", "vhea", "vmtx"};
    std::vector<std::pair<quint32, QByteArray>> tables;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("print-font-2")); // the version of this preparation
    hash.addData(cmap);
    for (const char *name : names) {
        const QByteArray data = raw.fontTable(name);
        if (data.isEmpty())
            continue;
        const quint32 t = tag(name);
        if (t == tag("name")) {
            hash.addData(data);
            tables.emplace_back(t, writeName(data, subfamily));
        } else {
            if (t == tag("head"))
                hash.addData(data);
            tables.emplace_back(t, data);
        }
    }
    tables.emplace_back(tag("cmap"), writeCmap(oneCharacterPerGlyph(readCmap(cmap))));

    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/print-fonts");
    const QString path = folder + QStringLiteral("/registry-print-sans-jp-%1-%2.otf")
                                      .arg(subfamily.toLower(), QString::fromLatin1(hash.result().toHex().left(16)));
    if (!QFile::exists(path)) {
        QDir().mkpath(folder);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(writeFont(std::move(tables)));
        if (!file.commit())
            return false;
    }
    return QFontDatabase::addApplicationFont(path) >= 0;
}

struct Prepared
{
    QString family;
    QString source;
};

const Prepared &prepared()
{
    static const Prepared fonts = [] {
        Prepared result;
        QFont regular(kSourceFamily);
        if (QFontInfo(regular).family() != kSourceFamily) {
            // Without the Japanese font, print with the default family; Qt's fallback still finds glyphs.
            result.family = QFontInfo(QFont()).family();
            return result;
        }
        result.source = kSourceFamily;
        QFont bold = regular;
        bold.setWeight(QFont::Bold);
        if (registerCopy(regular, QStringLiteral("Regular"))) {
            registerCopy(bold, QStringLiteral("Bold"));
            result.family = kPrintFamily;
        } else {
            result.family = kSourceFamily;
        }
        return result;
    }();
    return fonts;
}

} // namespace

QString PrintFonts::family()
{
    return prepared().family;
}

QString PrintFonts::sourceFamily()
{
    return prepared().source;
}

QFont PrintFonts::font(qreal pointSize, QFont::Weight weight)
{
    QFont font(family());
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    // Kerning and hinting change advances between screen and paper; printed tables measure with unhinted metrics.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}
