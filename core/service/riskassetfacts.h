// The facts of an asset that risk assessment reads (internal to core): its importance on 1–3 and its medium class.
// The medium class is read here and nowhere else, so the field of the asset record is wired in one place.
#pragma once

#include "domain/asset.h"

#include <QString>

namespace RiskAssetFacts {

// The asset's medium class code (paper, portable, office_pc, mobile, onprem, cloud, facility), empty when none.
QString mediumClass(const Asset &asset);
// The asset's importance as a 1–3 rating (design/risk.md: the normalised ordinal, so FIPS 199 works too).
int importance(const Asset &asset);

} // namespace RiskAssetFacts
