// Writing CSV (RFC 4180): values quoted when they hold a comma, a quote, a line break or leading or trailing spaces,
// records ended by CRLF. Encoding is the caller's choice (TextEncoding), UTF-8 with BOM by default for Excel. Text that
// a spreadsheet would take for a formula is guarded (FormulaGuard), so every CSV file we write is safe to open.
#pragma once

#include <QString>
#include <QStringList>

class CsvWriter final
{
public:
    static QString quoted(const QString &value, QChar delimiter = QLatin1Char(','));
    // One record with its CRLF.
    static QString record(const QStringList &values, QChar delimiter = QLatin1Char(','));
};
