// Reading CSV (RFC 4180) as Excel writes and reads it: quoted fields with commas, quotes ("") and line breaks,
// CRLF, LF or CR line ends, a tab- or semicolon-separated file recognised by its first line. Row numbers are record
// numbers, as Excel shows them, so a value with a line break does not shift the rows after it.
#pragma once

#include "sheetdata.h"

#include <QChar>
#include <QString>

class CsvReader final
{
public:
    // Parses text; with a null delimiter the first line decides between comma, tab and semicolon. False, with
    // *error naming the row, when a quoted value is never closed.
    static bool parse(const QString &text, SheetData *sheet, QString *error, QChar delimiter = QChar());
    // Reads and decodes a file (UTF-8 with or without BOM, UTF-16 with BOM, Shift_JIS/CP932) and parses it.
    static bool readFile(const QString &path, SheetData *sheet, QString *error);
    // The delimiter a header line suggests: the most frequent of comma, tab and semicolon outside quotes.
    static QChar detectDelimiter(const QString &text);
};
