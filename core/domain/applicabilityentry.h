// One line of the statement of applicability: a control of a catalogue and how it stands across the registry.
#pragma once

#include "control.h"

#include <QStringList>

struct ApplicabilityEntry
{
    Control control;
    qint64 requiredAssets = 0;      // assets the baseline requires the control for
    qint64 applicableAssets = 0;    // assignments marked applicable
    qint64 notApplicableAssets = 0; // assignments marked not applicable
    QStringList reasons;            // distinct reasons given for "not applicable"
    qint64 implemented = 0;
    qint64 partial = 0;
    qint64 notImplemented = 0;
    qint64 unknown = 0;

    // "applicable" when the baseline requires it or an asset applies it, "not_applicable" when every assignment
    // excludes it and nothing requires it, "not_assessed" otherwise.
    QString applicability() const
    {
        if (requiredAssets > 0 || applicableAssets > 0)
            return QStringLiteral("applicable");
        if (notApplicableAssets > 0)
            return QStringLiteral("not_applicable");
        return QStringLiteral("not_assessed");
    }
    // Overall implementation of the applicable assignments: implemented when all are, not_implemented when none
    // is, partial in between, unknown when there is nothing to judge. A control the baseline requires that no asset
    // has been assigned yet is not implemented (it is a gap on every asset that requires it).
    QString implementation() const
    {
        const qint64 total = implemented + partial + notImplemented + unknown;
        if (total == 0)
            return requiredAssets > 0 ? QStringLiteral("not_implemented") : QStringLiteral("unknown");
        if (implemented == total)
            return QStringLiteral("implemented");
        if (implemented == 0 && partial == 0)
            return unknown == total ? QStringLiteral("unknown") : QStringLiteral("not_implemented");
        return QStringLiteral("partial");
    }
};
