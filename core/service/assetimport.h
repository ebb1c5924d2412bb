// Import of assets from a CSV or Excel file (DESIGN.md §8): the file as people keep it (Japanese or English headings
// in any order, a title block above the header row, Shift_JIS or UTF-8), a column mapping the user can correct, a
// dry run that lists every problem as row, column and message, and a commit that adds every row or none, through
// Registry::createAssets (validated, one transaction, audited).
#pragma once

#include "assetbatch.h"
#include "domain/asset.h"
#include "domain/assetfield.h"
#include "io/sheetdata.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Registry;

struct ImportProblem
{
    int row = 0;    // the row number in the file as Excel shows it; 0 for the file as a whole
    QString column; // the file's heading of the column at fault, empty when no column is
    QString message;

    // "Row 12, column 機密性: …" in the UI language.
    QString text() const;
};

class AssetImport final
{
public:
    struct Column
    {
        QString heading;
        int field = -1; // AssetField::Id, or -1 when the column is not imported
    };

    enum class ColumnUse
    {
        Imported,
        NotImported,        // no field, or the user chose to leave it out
        AssignedByRegistry, // asset numbers: the registry gives new ones
        Derived,            // importance and handling label follow from the classification
    };

    // Reads a CSV (comma, tab or semicolon separated; UTF-8, UTF-16 or Shift_JIS) or an XLSX workbook. sheet names a
    // sheet of a workbook by name or 1-based number; empty for the first visible sheet.
    bool load(const QString &path, QString *error, const QString &sheet = {});
    // Uses a table read elsewhere (tests, other readers).
    void setSheet(SheetData sheet);

    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const { return m_sheetName; }
    // What was read: the encoding of a CSV file, or the sheet of a workbook.
    QString sourceDescription() const { return m_sheet.description; }
    const SheetData &sheet() const { return m_sheet; }

    // The header row found (index into sheet().rows, -1 when the file is empty) and its row number in the file.
    int headerIndex() const { return m_header; }
    int headerRowNumber() const;
    const QList<Column> &columns() const { return m_columns; }
    ColumnUse columnUse(int column) const;
    // Changes the field a column is imported into; -1 leaves the column out.
    void setColumnField(int column, int field);
    // Rows below the header that hold at least one value.
    int dataRowCount() const;

    struct Plan
    {
        QList<Asset> drafts;
        QList<int> rowNumbers; // row number in the file of each draft
        QList<ImportProblem> problems;
        // What is imported but warned about (PI-4: data subjects not recorded), by row and column.
        QList<ImportProblem> warnings;
        // The file the rows come from, recorded by the import's audit event.
        AssetBatchSource source;
        // The rules the drafts were validated under: the commit does not validate them again while these hold.
        QString rulesStamp;
    };
    // The dry run: parses and validates every row, writes nothing.
    Plan check(const Registry &registry) const;
    // Adds every row in one transaction, or nothing: refused when the dry run finds a problem.
    Result<int> commit(Registry &registry, const std::function<void(int done, int total)> &progress = {}) const;
    // Commits a plan made by check() a moment ago (the import window's dry run), without reading the file again.
    // A plan gone stale (other rules, another day, another registry) is validated again, so it is refused, not half
    // written.
    static Result<int> commit(Registry &registry, const Plan &plan,
                              const std::function<void(int done, int total)> &progress = {});

    // The field a heading names: a key, or an English or Japanese label, ignoring line breaks, spaces and marks
    // such as ※ or * after it; -1 when none.
    static int fieldForHeading(const QString &heading);

private:
    void findHeader();

    SheetData m_sheet;
    QStringList m_sheetNames;
    QString m_sheetName;
    int m_header = -1;
    QList<Column> m_columns;
    AssetBatchSource m_source;
};
