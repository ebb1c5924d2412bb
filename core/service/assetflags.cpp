// Flags of an asset, from the rules of core/domain.
#include "assetflags.h"

#include "assetservice.h"
#include "domain/personalinforules.h"
#include "domain/retentionrule.h"

#include <QCoreApplication>

namespace AssetFlags {

int of(const AssetService &service, const Asset &asset)
{
    int flags = 0;
    if (service.isReportableIfLeaked(asset))
        flags |= ReportableIfLeaked;
    if (service.hasPersonalInfoOverride(asset))
        flags |= PersonalInfoOverride;
    if (RetentionRule::isUnset(asset))
        flags |= RetentionUnset;
    return flags;
}

int of(const Asset &asset, const ClassificationScheme &scheme, qint64 myNumberThreshold)
{
    int flags = 0;
    if (PersonalInfoRules::isReportableIfLeaked(asset, myNumberThreshold))
        flags |= ReportableIfLeaked;
    if (PersonalInfoRules::isOverridden(asset, scheme))
        flags |= PersonalInfoOverride;
    if (RetentionRule::isUnset(asset))
        flags |= RetentionUnset;
    return flags;
}

QString name(Flag flag)
{
    switch (flag) {
    case ReportableIfLeaked:
        return QCoreApplication::translate("AssetFlags", "Reportable if leaked");
    case PersonalInfoOverride:
        return QCoreApplication::translate("AssetFlags", "Confidentiality override (personal information)");
    case RetentionUnset:
        return QCoreApplication::translate("AssetFlags", "Retention not set");
    }
    return {};
}

QStringList names(int flags)
{
    QStringList result;
    for (const Flag flag : {ReportableIfLeaked, PersonalInfoOverride, RetentionUnset}) {
        if (flags & flag)
            result << name(flag);
    }
    return result;
}

} // namespace AssetFlags
