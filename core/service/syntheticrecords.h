// What makes a generated registry look used (practice.md §7): control assignments in every state and a few disposed
// assets with their disposal records, so that gap reports, certificates and the history show realistic states. The
// `generate` command adds them once after its assets; the work is bounded (tens of assets), whatever the count, so
// generating a million assets stays as fast as before.
#pragma once

#include <QString>

class Registry;

namespace SyntheticRecords {

// Assets that get control assignments, and the most that are disposed of.
constexpr int kAssignedAssets = 40;
constexpr int kMaxDisposed = 5;

// Assigns ten built-in controls to the first generated assets (two each implemented, partial, not implemented, unknown
// and not applicable with a reason) and records the disposal of a few generated assets pending disposal. Only assets
// after afterAssetId (the last asset before generating, 0 for none) are touched, never an organisation's own. Needs at
// least 20 such assets; fewer get nothing. Through the services, audited; false with *error when a service refused.
bool add(Registry &registry, qint64 afterAssetId, QString *error);

} // namespace SyntheticRecords
