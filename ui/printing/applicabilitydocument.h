// The printed statement of applicability: every control of a catalogue with its references, whether it applies in
// the registry, the reasons given for excluding it and how far it is implemented across the assets. Described for
// the paged table renderer, like the ledger and the gap report.
#pragma once

#include "domain/applicabilityentry.h"
#include "domain/control.h"
#include "pageddocument.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class Registry;

class ApplicabilityDocument final
{
public:
    static QString title();
    // The columns of the statement and one control's cells, shared by the printed statement and the window that shows
    // it before it is saved: control, title, ISO/IEC 27001 and NIST SP 800-53 references, applicability, reasons for
    // exclusion, implementation, the assets the baseline requires it for, and the assets implementing it out of those
    // applying it.
    static QStringList headings();
    static QStringList cells(const ApplicabilityEntry &entry);
    // The index in headings() of the counts, which are right-aligned.
    static constexpr int requiredColumn = 7;
    static constexpr int implementedColumn = 8;
    static bool build(Registry &registry, qint64 catalogId, PagedDocument *document, QString *error,
                      const QDateTime &printedAt = QDateTime());
    // The statement of entries already read (the window prints what it shows).
    static PagedDocument compose(const Registry &registry, const ControlCatalog &catalog,
                                 const QList<ApplicabilityEntry> &entries, const QDateTime &printedAt = QDateTime());
};
