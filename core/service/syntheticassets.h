// Realistic synthetic assets (Japanese and English names, departments, every type and level) for demos, tests and
// benchmarks. Deterministic for a given seed.
#pragma once

#include "domain/asset.h"
#include "domain/classification.h"

#include <QList>

namespace SyntheticAssets {

// Dates are spread around `today` (the registry clock's day).
QList<Asset> generate(int count, const ClassificationScheme &scheme, quint32 seed, const QDate &today);

} // namespace SyntheticAssets
