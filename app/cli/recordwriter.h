// Writes rows of text fields to a stream as CSV (RFC 4180), TSV or a JSON array of objects, one row at a time, so
// that a million rows never sit in memory. Machine formats: keys are field codes, never translated text.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

class RecordWriter final
{
public:
    enum class Format
    {
        Csv,
        Tsv,
        Json
    };

    // keys name the columns in JSON objects; numeric[i] writes column i as a JSON number (null when empty).
    RecordWriter(QTextStream &out, Format format, QStringList keys, QList<bool> numeric = {});

    // CSV and TSV: control characters of the values are written as TextWidth::printable() shows them (for a
    // terminal); line breaks inside CSV values are kept.
    void setEscapeControls(bool escape) { m_escapeControls = escape; }
    // The heading row of CSV and TSV; nothing for JSON.
    void writeHeader(const QStringList &headings);
    void writeRow(const QStringList &values);
    // Closes the JSON array; call once after the last row.
    void finish();

    // The format named csv, tsv or json (any case); false for any other name.
    static bool formatFromName(const QString &name, Format *format);

    static QString csvField(const QString &value);
    // TSV cannot hold tabs or line breaks in a field: they are written as \t, \n, \r and a backslash as \\.
    static QString tsvField(const QString &value);
    static QString jsonString(const QString &value);

private:
    QTextStream &m_out;
    Format m_format;
    QStringList m_keys;
    QList<bool> m_numeric;
    qint64 m_rows = 0;
    bool m_escapeControls = false;
};
