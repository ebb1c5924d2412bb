// Terminal column widths (a simplified East Asian Width: wide and fullwidth ranges count two).
#include "textwidth.h"

#include <QList>

#include <algorithm>

namespace {

bool isWide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

namespace TextWidth {

int columns(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString padded(const QString &text, int width)
{
    const int missing = width - columns(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

QString printable(const QString &text, bool keepLineBreaks)
{
    const auto unsafe = [keepLineBreaks](char16_t c) {
        if ((keepLineBreaks && c == u'\n') || c == u'\t')
            return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return unsafe(c.unicode()); }))
        return text;
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!unsafe(u))
            result += c;
        else if (u <= 0xFF)
            result += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            result += QStringLiteral("\\u{%1}").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return result;
}

} // namespace TextWidth
