// The asset facts of risk assessment.
#include "riskassetfacts.h"

#include "domain/riskmethod.h"

namespace RiskAssetFacts {

QString mediumClass(const Asset &asset)
{
    // The medium class (DESIGN.md §3 medium_class) is a field of the asset record added beside this feature; until
    // it is read from there every asset counts as "not recorded", which matches threats on the asset type alone.
    Q_UNUSED(asset);
    return {};
}

int importance(const Asset &asset)
{
    return RiskMethod::importanceRating(asset.importance());
}

} // namespace RiskAssetFacts
