// Realistic synthetic assets for demos, tests and benchmarks (practice.md §7): drawn from the archetypes of a ledger
// (assetarchetypes.h), so that types, media, personal information, levels, retention and review dates go together as
// they do in an organisation's ledger, and every asset obeys the registry's rules. Deterministic for a given seed.
#pragma once

#include "domain/asset.h"
#include "domain/classification.h"

#include <QList>

namespace SyntheticAssets {

// Share of the assets drawn overdue for review (practice.md §7: 10–15 %).
constexpr int kOverduePerMille = 125;

// Dates are spread around `today` (the registry clock's day): registration up to six years back, the last review
// within the importance's interval (or, for the overdue ones, before it), retention ahead.
QList<Asset> generate(int count, const ClassificationScheme &scheme, quint32 seed, const QDate &today);

} // namespace SyntheticAssets
