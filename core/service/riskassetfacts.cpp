// The asset facts of risk assessment.
#include "riskassetfacts.h"

#include "domain/riskmethod.h"

namespace RiskAssetFacts {

QString mediumClass(const Asset &asset)
{
    // The medium class (DESIGN.md §3 medium_class); empty when not recorded, which matches threats on the asset type
    // alone.
    return asset.mediumClass;
}

int importance(const Asset &asset)
{
    return RiskMethod::importanceRating(asset.importance());
}

} // namespace RiskAssetFacts
