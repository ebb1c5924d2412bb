// Totals of a gap summary.
#include "controlgap.h"

QMap<int, qint64> GapSummary::byArea() const
{
    QMap<int, qint64> result;
    for (const GapCount &count : counts)
        result[count.area] += count.count;
    return result;
}

QMap<QString, qint64> GapSummary::byDepartment() const
{
    QMap<QString, qint64> result;
    for (const GapCount &count : counts)
        result[count.department] += count.count;
    return result;
}

QMap<QString, qint64> GapSummary::byKind() const
{
    QMap<QString, qint64> result;
    for (const GapCount &count : counts)
        result[count.kind] += count.count;
    return result;
}
