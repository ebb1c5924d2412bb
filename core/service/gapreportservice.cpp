// The gap report and the statement of applicability, read for the day of the registry's clock.
#include "gapreportservice.h"

#include "changes.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QJsonArray>

GapReportService::GapReportService(RegistryContext &context)
    : m_context(context)
{
}

Result<GapSummary> GapReportService::gapSummary(const GapFilter &filter) const
{
    GapFilter effective = filter;
    if (!effective.today.isValid())
        effective.today = m_context.today();
    QString error;
    GapSummary summary = m_context.controlStore().gapSummary(effective, &error);
    if (!error.isEmpty())
        return Result<GapSummary>::failure(error);
    return Result<GapSummary>::success(summary);
}

Result<QList<ControlGap>> GapReportService::gaps(const GapFilter &filter, qint64 offset, qint64 limit) const
{
    GapFilter effective = filter;
    if (!effective.today.isValid())
        effective.today = m_context.today();
    QString error;
    QList<ControlGap> list = m_context.controlStore().gaps(effective, offset, limit, &error);
    if (!error.isEmpty())
        return Result<QList<ControlGap>>::failure(error);
    return Result<QList<ControlGap>>::success(list);
}

Result<qint64> GapReportService::forEachGap(const GapFilter &filter,
                                            const std::function<bool(const ControlGap &)> &visit) const
{
    GapFilter effective = filter;
    if (!effective.today.isValid())
        effective.today = m_context.today();
    QString error;
    const qint64 count = m_context.controlStore().forEachGap(effective, visit, &error);
    if (count < 0)
        return Result<qint64>::failure(error);
    return Result<qint64>::success(count);
}

Result<QList<ApplicabilityEntry>> GapReportService::applicability(qint64 catalogId) const
{
    QString error;
    QList<ApplicabilityEntry> entries = m_context.controlStore().applicability(catalogId, &error);
    if (!error.isEmpty())
        return Result<QList<ApplicabilityEntry>>::failure(error);
    return Result<QList<ApplicabilityEntry>>::success(entries);
}
