// The printed statement of applicability: every control of a catalogue with its references, whether it applies in
// the registry, the reasons given for excluding it and how far it is implemented across the assets. Described for
// the paged table renderer, like the ledger and the gap report.
#pragma once

#include "pageddocument.h"

#include <QDateTime>
#include <QString>

class Registry;

class ApplicabilityDocument final
{
public:
    static QString title();
    static bool build(Registry &registry, qint64 catalogId, PagedDocument *document, QString *error,
                      const QDateTime &printedAt = QDateTime());
};
