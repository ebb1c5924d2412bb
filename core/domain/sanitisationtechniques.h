// Which sanitisation techniques may be used on which media, and which NIST SP 800-88 Rev. 1 method each achieves there
// (Appendix A; practice.md §5). A media sanitisation works on a medium of a given type: degaussing does nothing to
// flash memory, overwriting is Purge only on a magnetic disk and Clear elsewhere, paper is only shredded, pulped or
// burnt. A data deletion removes data from a live system or a cloud service, where no medium is handed over and
// Destroy cannot be reached. One table, used by the service's checks, the dialog's choices and the command line.
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

namespace SanitisationTechniques {

// The methods ("clear", "purge", "destroy") a technique may be recorded as on a media type (kind "media") or in a
// system (kind "data", media type empty). Empty when the technique does not sanitise that medium at all.
QStringList methodsAchieved(const QString &kind, const QString &mediaType, const QString &technique);
// The strongest of them; empty when the technique is not allowed there.
QString strongestMethod(const QString &kind, const QString &mediaType, const QString &technique);
// The techniques allowed on a media type (or in a system), in the order of the technique code list; with a method,
// only those that achieve it.
QStringList techniques(const QString &kind, const QString &mediaType, const QString &method = QString());
// The methods any technique can achieve for a kind: data deletion never reaches Destroy.
QStringList methods(const QString &kind);

// Techniques whose name promises more than NIST grants (穿孔 is not Destroy): shown with a caution wherever the
// record shows.
bool isFlagged(const QString &technique);
// The caution for a flagged technique, in the language of the installed translators; empty for others.
QString caution(const QString &technique);

} // namespace SanitisationTechniques
