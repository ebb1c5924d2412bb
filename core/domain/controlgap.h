// The gap report of DESIGN.md §4: a required control that is missing, not implemented, or marked not applicable
// without a reason; and the counts per area and department.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

struct ControlGap
{
    qint64 assetId = 0;
    QString assetNo;
    QString assetName;
    QString department;
    QString owner;
    qint64 controlId = 0;
    QString catalogKey;
    QString controlCode;
    QString controlTitle;
    int area = 0;
    QString kind;           // a code of ControlCodes::gapKinds()
    QString implementation; // empty when the control is missing
    QString responsible;
    QDate dueDate;
};

// What part of the registry a gap report covers. Empty fields do not filter.
struct GapFilter
{
    qint64 assetId = 0;
    QString department;
    int area = 0;
    QString kind;
    qint64 catalogId = 0;
    QString search; // asset number, asset name or control code contains this
    QDate today;    // the day due dates are compared with; invalid means the current date
};

struct GapCount
{
    QString department;
    int area = 0;
    QString kind;
    qint64 count = 0;
};

struct GapSummary
{
    qint64 total = 0;
    qint64 assetsWithGaps = 0;
    qint64 assetsChecked = 0; // assets the baseline applies to (every asset that is not disposed)
    QList<GapCount> counts;   // one row per department, area and kind that has gaps

    QMap<int, qint64> byArea() const;
    QMap<QString, qint64> byDepartment() const;
    QMap<QString, qint64> byKind() const;
};
