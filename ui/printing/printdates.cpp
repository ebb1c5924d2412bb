// The dates of printed documents.
#include "printdates.h"

#include <QCoreApplication>

QString PrintDates::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    return date.toString(
        QCoreApplication::translate("PrintDates", "yyyy-MM-dd", "date format of printed documents (QDate::toString)"));
}

QString PrintDates::dateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString PrintDates::printed(const QDateTime &moment)
{
    return QCoreApplication::translate("PrintDates", "Printed: %1", "the print time in the header of a document")
        .arg(dateTime(moment));
}
