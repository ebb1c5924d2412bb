// Writes one table as an Excel workbook (XLSX) laid out like the printed ledger: a title block (title, organisation,
// handling banner, details), a header row that is frozen, filtered and repeated on printed pages, column widths,
// borders, and real dates and numbers where the column holds them. The file format work is libxlsxwriter's.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct XlsxColumn
{
    enum class Kind
    {
        Text,    // a string
        Wrapped, // a string that wraps in its cell (long free text)
        Number,  // a whole number when the text is one, else a string
        Date,    // an Excel date when the text is an ISO date (2026-04-01), else a string (e.g. 永年)
    };
    QString heading;
    double width = 12; // in characters, as Excel counts them
    Kind kind = Kind::Text;
};

struct XlsxSheet
{
    QString sheetName;
    QString title;
    QString organisation;
    QString banner;      // the handling banner, at the top right and in the printed page header
    QStringList details; // filter, print date and time…
    QList<XlsxColumn> columns;
    QList<QStringList> rows;
};

class XlsxSheetWriter final
{
public:
    // Writes the workbook through QSaveFile; false with a translated *error when it cannot.
    static bool write(const QString &path, const XlsxSheet &sheet, QString *error);
    // The row (0-based) of the header row in the files we write: below the title block.
    static int headerRow(const XlsxSheet &sheet);
};
