// Retention (保存期限, design/practice.md §2): a date, or permanent (永年) with its basis (文書管理規程 or a law's
// name). Required when an asset is entered or edited; rows imported from an existing ledger that never recorded it are
// accepted and flagged 「保存期限未設定」 until someone sets it.
#pragma once

#include "asset.h"
#include "assetrulefinding.h"

#include <QList>

namespace RetentionRule {

// 保存期限未設定: neither a date nor permanent.
bool isUnset(const Asset &asset);
// The refusals: unset (only when requireSet; imports do not), and permanent without a basis.
QList<AssetRuleFinding> refusals(const Asset &asset, bool requireSet);

} // namespace RetentionRule
