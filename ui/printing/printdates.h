// Dates and times as every printed document writes them, so that the ledger, the certificate and the reports agree:
// the date in the language's form (2026-04-01, 2026/04/01), the time of day in 24 hours, and the print time under one
// wording (Printed: …, 印刷日時: …). Called inside the document's PrintLanguage, so that they follow its language.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace PrintDates {

QString date(const QDate &date);
// Local date and time to the minute.
QString dateTime(const QDateTime &moment);
// "Printed: 2026-04-01 10:15" for the facts of a document's header.
QString printed(const QDateTime &moment);

} // namespace PrintDates
