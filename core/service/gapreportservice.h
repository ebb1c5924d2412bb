// The gap report (DESIGN.md §4): required controls that are missing, not implemented, or not applicable without a
// reason, summarised and listed page by page; and the statement of applicability of a catalogue. Due dates are
// compared with the day of the registry's clock.
#pragma once

#include "domain/applicabilityentry.h"
#include "domain/controlgap.h"
#include "result.h"

#include <QList>

#include <functional>

class RegistryContext;

class GapReportService final
{
public:
    explicit GapReportService(RegistryContext &context);

    Result<GapSummary> gapSummary(const GapFilter &filter) const;
    Result<QList<ControlGap>> gaps(const GapFilter &filter, qint64 offset = 0, qint64 limit = -1) const;
    // Every gap, one at a time (for exports); visit returns false to stop. Returns how many were visited.
    Result<qint64> forEachGap(const GapFilter &filter, const std::function<bool(const ControlGap &)> &visit) const;
    Result<QList<ApplicabilityEntry>> applicability(qint64 catalogId) const;

private:
    RegistryContext &m_context;
};
