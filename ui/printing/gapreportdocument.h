// The printed gap report of controls (DESIGN.md §4): counts per area and per department and kind, and the list of
// gaps grouped by department, under the usual header (organisation, title, handling banner, the filter, print time).
// It only describes the document; PagedTableRenderer lays it out and paints it, as it does for the ledger.
#pragma once

#include "domain/controlgap.h"
#include "pageddocument.h"

#include <QDateTime>
#include <QString>

#include <functional>

class Registry;
class Registry;

struct GapReportOptions
{
    GapFilter filter;
    QString language;          // "ja" or "en"; empty for the UI language
    int maxListedGaps = 20000; // beyond this the list ends with a note: a printed report is read, not searched
    bool list = true;          // false: the counts only
    QDateTime printedAt;       // invalid for now (tests fix it)
};

class GapReportDocument final
{
public:
    static QString title();
    // What the filter selects, in words, for the header.
    static QString filterSummary(const GapFilter &filter, const Registry &registry);
    static bool build(Registry &registry, const GapReportOptions &options, PagedDocument *document, QString *error,
                      const std::function<void(qint64 done, qint64 total)> &progress = {});
};
