// JSON text written by hand where building QJsonDocuments would cost more than the data: the canonical text of the
// audit chain and the value lists of records created in bulk.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace JsonText {

// Appends UTF-8 text as a JSON string the way QJsonDocument writes it: quotes, backslashes and control characters
// escaped, everything else (UTF-8) as it is.
void appendString(QByteArray *out, QByteArrayView text);

} // namespace JsonText
