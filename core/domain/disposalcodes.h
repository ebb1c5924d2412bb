// The code lists of a disposal record (DESIGN.md §5, NIST SP 800-88 Rev. 1 terms): kind of record (media sanitisation
// or data deletion, practice.md §5), media type, method, technique, verification, result, destination after
// sanitisation and backup. Codes are stored; names are shown in the UI language or, for a
// printed certificate, in the language chosen for the print.
#pragma once

#include <QString>
#include <QStringList>

namespace DisposalCodes {

enum class List
{
    Method,
    Technique,
    Verification,
    Result,
    Destination,
    Backup,
    Kind,
    MediaType
};

QStringList codes(List list);
bool isCode(List list, const QString &code);
// The name of a code in the language of the installed translators (a certificate printed in another language than the
// UI's switches them while it is put together). Unknown codes come back unchanged.
QString name(List list, const QString &code);
// Accepts a code or a name in English or Japanese; returns the code or an empty string.
QString fromText(List list, const QString &text);
// "clear, purge, destroy": the codes as a user types them, for messages.
QString codeList(List list);

} // namespace DisposalCodes
