// Writes one table as an Excel workbook (XLSX) laid out like the printed ledger: a title block (title, organisation,
// handling banner, details), a header row that is frozen, filtered and repeated on printed pages, column widths,
// borders, and real dates and numbers where the column holds them; text a spreadsheet would run as a formula is
// guarded (FormulaGuard). The file format work is libxlsxwriter's.
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
    // Excel's limits: rows and columns of a sheet, characters (UTF-16 code units) of a cell.
    static constexpr qint64 kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxCellCharacters = 32767;

    // Writes the workbook through QSaveFile; false with a translated *error when it cannot. A sheet that does not
    // fit Excel's limits is refused whole (fits()); every libxlsxwriter call is checked, and no file is left at
    // `path` when one fails.
    static bool write(const QString &path, const XlsxSheet &sheet, QString *error);
    // Whether the sheet fits Excel's limits with its title block; else a translated *error naming the row (as Excel
    // numbers it) and the column. write() checks this first.
    static bool fits(const XlsxSheet &sheet, QString *error);
    // "A", "B", … "Z", "AA": the name Excel gives a column (0-based).
    static QString columnName(int column);
    // The row (0-based) of the header row in the files we write: below the title block.
    static int headerRow(const XlsxSheet &sheet);
};
