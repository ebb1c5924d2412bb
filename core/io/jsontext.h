// JSON text written by hand where building QJsonDocuments would cost more than the data: the canonical text of the
// audit chain and the value lists of records created in bulk.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace JsonText {

// Appends UTF-8 text as a JSON string the way QJsonDocument writes it: quotes, backslashes and control characters
// escaped, everything else (UTF-8) as it is.
void appendString(QByteArray *out, QByteArrayView text);
// The same for text in UTF-16: ASCII with nothing to escape (codes, numbers, dates, the empty text) goes in as it is,
// without a UTF-8 copy first.
void appendString(QByteArray *out, QStringView text);

} // namespace JsonText
