// The printed audit report (DESIGN.md §6, §9): the events a filter selects, oldest first, with who, when, what and the
// changed fields old → new, under the usual header; the last page carries the checkpoint of the trail (sequence
// number and hash of the last event) so that the history can later be proved unchanged with verify --checkpoint.
// It only describes the document; PagedTableRenderer lays it out and paints it.
#pragma once

#include "domain/auditevent.h"
#include "pageddocument.h"

#include <QDateTime>
#include <QString>

class Registry;

struct AuditReportOptions
{
    AuditFilter filter;
    QString language;            // "ja" or "en"; empty for the UI language
    int maxListedEvents = 20000; // beyond this the list ends with a note
    QDateTime printedAt;         // invalid for now (tests fix it)
};

class AuditReportDocument final
{
public:
    static QString title();
    // What the filter selects, in words, for the header.
    static QString filterSummary(const AuditFilter &filter);
    static bool build(Registry &registry, const AuditReportOptions &options, PagedDocument *document,
                      AuditCheckpoint *checkpoint, QString *error);
};
