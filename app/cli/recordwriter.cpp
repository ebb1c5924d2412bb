// CSV, TSV and streamed JSON output.
#include "recordwriter.h"

#include "textwidth.h"

#include <QTextStream>

#include <algorithm>

RecordWriter::RecordWriter(QTextStream &out, Format format, QStringList keys, QList<bool> numeric)
    : m_out(out)
    , m_format(format)
    , m_keys(std::move(keys))
    , m_numeric(std::move(numeric))
{
    if (m_format == Format::Json)
        m_out << QLatin1Char('[');
}

QString RecordWriter::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString RecordWriter::tsvField(const QString &value)
{
    if (!value.contains(QLatin1Char('\\')) && !value.contains(QLatin1Char('\t')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '\t':
            escaped += QLatin1String("\\t");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString RecordWriter::jsonString(const QString &value)
{
    // Most values need no escape: one pass to check, then one copy.
    const bool plain = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
    if (plain)
        return QLatin1Char('"') + value + QLatin1Char('"');
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            escaped += QLatin1String("\\\"");
            break;
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        case '\t':
            escaped += QLatin1String("\\t");
            break;
        default:
            if (u < 0x20)
                escaped += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += QLatin1Char('"');
    return escaped;
}

void RecordWriter::writeHeader(const QStringList &headings)
{
    if (m_format == Format::Json)
        return;
    writeRow(headings);
    m_rows = 0;
}

void RecordWriter::writeRow(const QStringList &values)
{
    switch (m_format) {
    case Format::Csv:
        for (qsizetype index = 0; index < values.size(); ++index) {
            if (index > 0)
                m_out << QLatin1Char(',');
            m_out << csvField(m_escapeControls ? TextWidth::printable(values.at(index), true) : values.at(index));
        }
        // RFC 4180 ends records with CRLF.
        m_out << QLatin1String("\r\n");
        break;
    case Format::Tsv:
        for (qsizetype index = 0; index < values.size(); ++index) {
            if (index > 0)
                m_out << QLatin1Char('\t');
            // TSV writes tabs and line breaks as \t, \n, \r itself; the other controls are escaped for a terminal.
            m_out << (m_escapeControls ? TextWidth::printable(tsvField(values.at(index))) : tsvField(values.at(index)));
        }
        m_out << QLatin1Char('\n');
        break;
    case Format::Json:
        m_out << (m_rows == 0 ? QLatin1String("\n  {") : QLatin1String(",\n  {"));
        for (qsizetype index = 0; index < values.size() && index < m_keys.size(); ++index) {
            if (index > 0)
                m_out << QLatin1String(", ");
            m_out << jsonString(m_keys.at(index)) << QLatin1String(": ");
            const QString &value = values.at(index);
            if (m_numeric.value(index))
                m_out << (value.isEmpty() ? QStringLiteral("null") : value);
            else
                m_out << jsonString(value);
        }
        m_out << QLatin1Char('}');
        break;
    }
    ++m_rows;
}

void RecordWriter::finish()
{
    if (m_format == Format::Json)
        m_out << (m_rows == 0 ? QLatin1String("]\n") : QLatin1String("\n]\n"));
}

bool RecordWriter::formatFromName(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("csv"))
        *format = Format::Csv;
    else if (lower == QLatin1String("tsv"))
        *format = Format::Tsv;
    else if (lower == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}
