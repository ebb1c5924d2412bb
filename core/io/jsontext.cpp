// JSON strings written by hand (see the header).
#include "jsontext.h"

void JsonText::appendString(QByteArray *out, QByteArrayView text)
{
    static const char digits[] = "0123456789abcdef";
    out->append('"');
    const char *begin = text.constData();
    const char *end = begin + text.size();
    const char *run = begin;
    for (const char *cursor = begin; cursor != end; ++cursor) {
        const auto byte = static_cast<unsigned char>(*cursor);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out->append(run, cursor - run);
        run = cursor + 1;
        out->append('\\');
        switch (byte) {
        case '"':
            out->append('"');
            break;
        case '\\':
            out->append('\\');
            break;
        case '\b':
            out->append('b');
            break;
        case '\f':
            out->append('f');
            break;
        case '\n':
            out->append('n');
            break;
        case '\r':
            out->append('r');
            break;
        case '\t':
            out->append('t');
            break;
        default:
            out->append("u00", 3);
            out->append(digits[byte >> 4]);
            out->append(digits[byte & 0x0f]);
        }
    }
    out->append(run, end - run);
    out->append('"');
}

void JsonText::appendString(QByteArray *out, QStringView text)
{
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        if (code < 0x20 || code >= 0x80 || code == u'"' || code == u'\\') {
            appendString(out, QByteArrayView(text.toUtf8()));
            return;
        }
    }
    const qsizetype start = out->size();
    out->resize(start + text.size() + 2);
    char *cursor = out->data() + start;
    *cursor++ = '"';
    for (const QChar character : text)
        *cursor++ = char(character.unicode());
    *cursor = '"';
}
