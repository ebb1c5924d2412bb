// The code lists of a disposal record (DESIGN.md §5, NIST SP 800-88 Rev. 1 terms): method, technique, verification,
// result, destination after sanitisation and backup. Codes are stored; names are shown in the UI language or, for a
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
    Backup
};

QStringList codes(List list);
bool isCode(List list, const QString &code);
// The name of a code. language: empty for the UI language (through the translator), "en" or "ja" for that language
// whatever the UI speaks (certificates). Unknown codes come back unchanged.
QString name(List list, const QString &code, const QString &language = {});
// Accepts a code or a name in English or Japanese; returns the code or an empty string.
QString fromText(List list, const QString &text);
// "clear, purge, destroy": the codes as a user types them, for messages.
QString codeList(List list);

} // namespace DisposalCodes
