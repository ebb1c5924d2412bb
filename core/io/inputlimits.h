// What a file from outside may cost to read (DESIGN.md §8): every reader stops at these bounds with a translated
// message instead of running out of memory or time on a hostile or broken file. The bounds sit far above what a
// real ledger or catalogue needs (a ledger of 100,000 assets is about 3,000,000 cells; SP 800-53 is about 10 MB).
#pragma once

#include <QtGlobal>

namespace InputLimits {

// Excel's own limits: characters in a cell, rows and columns of a sheet.
constexpr qsizetype kMaxCellCharacters = 32767;
constexpr int kMaxSheetRows = 1048576;
constexpr int kMaxSheetColumns = 16384;
// Cells kept in memory for one sheet (each costs a few dozen bytes), and entries of the shared-string table.
constexpr qint64 kMaxSheetCells = 16 * 1000 * 1000;
constexpr qint64 kMaxSharedStrings = 16 * 1000 * 1000;
// Uncompressed bytes of one part of a workbook, and of all parts read from one workbook.
constexpr qint64 kMaxPartBytes = qint64(512) * 1024 * 1024;
constexpr qint64 kMaxWorkbookBytes = qint64(1024) * 1024 * 1024;
// A CSV file, and an OSCAL catalogue.
constexpr qint64 kMaxCsvBytes = qint64(512) * 1024 * 1024;
constexpr qint64 kMaxCatalogBytes = qint64(128) * 1024 * 1024;
// Nesting of groups, controls and parts in an OSCAL catalogue.
constexpr int kMaxCatalogDepth = 64;
// Characters of one statement after its parameters are written out.
constexpr qsizetype kMaxStatementCharacters = 100000;

} // namespace InputLimits
