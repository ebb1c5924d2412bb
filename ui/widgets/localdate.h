// Dates as the windows show them: the short format of the UI language's locale, always with a four-digit year
// (a registry keeps retention dates decades ahead, where "4/1/36" is ambiguous).
#pragma once

#include <QDate>
#include <QString>

namespace LocalDate {

// "yyyy/MM/dd" in Japanese, "M/d/yyyy" in English: a format for QDateEdit::setDisplayFormat.
QString format();
QString toString(const QDate &date);

} // namespace LocalDate
