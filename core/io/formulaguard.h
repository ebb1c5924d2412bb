// Keeps spreadsheet programs from running text of the registry as a formula (CSV injection, OWASP): a text cell
// that begins with =, +, -, @, a tab or a carriage return is written with a single quote (') in front, which Excel
// and LibreOffice take as "this is text" and do not show. Reading our files takes the quote away again, so a round
// trip gives back the original text:
// - the quote is added when the text, after any quotes it already begins with, starts with one of those characters
//   ("=1" → "'=1", "'=1" → "''=1"), and removed (one) when a cell read looks like that;
// - other text is written as it is, including text that begins with a quote ("'abc" stays "'abc");
// - numbers and dates are not text cells: the XLSX writer stores them as numbers, and the registry's numeric fields
//   (number of data subjects, dates) never begin with a sign, so in CSV they are written as they are too. A text
//   field that happens to read "-5" is guarded like any text.
#pragma once

#include <QString>

namespace FormulaGuard {

// The text as it is written to a cell of a CSV or XLSX file.
QString guarded(const QString &text);
// The text of a cell read from a CSV or XLSX file, with the guard of guarded() taken away.
QString unguarded(const QString &cell);

} // namespace FormulaGuard
