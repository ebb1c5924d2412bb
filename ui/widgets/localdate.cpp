// Locale dates with four-digit years.
#include "localdate.h"

#include <QLocale>

namespace LocalDate {

QString format()
{
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

QString toString(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, format()) : QString();
}

} // namespace LocalDate
