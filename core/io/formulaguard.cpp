// The guard against formulas in cells.
#include "formulaguard.h"

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Number of quotes the text begins with, and whether a character that starts a formula follows them.
bool needsGuard(const QString &text, qsizetype *quotes)
{
    qsizetype index = 0;
    while (index < text.size() && text.at(index) == QLatin1Char('\''))
        ++index;
    *quotes = index;
    return index < text.size() && startsFormula(text.at(index));
}

} // namespace

QString FormulaGuard::guarded(const QString &text)
{
    qsizetype quotes = 0;
    if (!needsGuard(text, &quotes))
        return text;
    return QLatin1Char('\'') + text;
}

QString FormulaGuard::unguarded(const QString &cell)
{
    qsizetype quotes = 0;
    if (!needsGuard(cell, &quotes) || quotes == 0)
        return cell;
    return cell.mid(1);
}
