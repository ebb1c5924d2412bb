// The kinds of asset a real ledger holds (practice.md §7), from which SyntheticAssets draws: each archetype keeps the
// fields that go together in practice (a payroll file holds My Number, sits in the HR system, is 3-3-2 and is kept
// seven years under the Income Tax Act), so generated registries look like an organisation's ledger rather than
// independent random fields.
#pragma once

#include <QList>

struct AssetArchetype
{
    const char *name;             // 情報資産名称; the generator adds a year, a copy or a device number
    const char *businessCategory; // 業務分類
    const char *departments;      // managing departments, separated by '|'
    const char *assetType;        // AssetCodes::assetTypes()
    // 媒体・保存先区分 (DESIGN.md §3 medium_class): paper, portable, office_pc, mobile, onprem, cloud, facility.
    const char *mediumClass;
    const char *storage;      // 媒体・保存先
    const char *userScope;    // 利用者範囲
    const char *personalInfo; // none, personal, sensitive, my_number
    int subjectsMin;          // 本人の数, drawn between min and max; 0 and 0 without personal information
    int subjectsMax;
    // Levels as in the IPA scheme (1–3). The generator maps them onto the registry's scheme and raises
    // confidentiality where personal information demands it (practice.md §1).
    int confidentiality;
    int integrity;
    int availability;
    int retentionYears;         // 保存期間 in years from now at most; 0: permanent (永年), never for My Number
    const char *retentionBasis; // 保存期限の根拠: the rule or law that sets the retention
    const char *provider;       // 提供元
    const char *receiptTerms;   // 受領条件: the provider's terms (today's sharing_terms)
    const char *recipients;     // 提供先・利用者
    const char *usageTerms;     // 利用条件: the terms presented to the recipients
    const char *contractor;     // 委託先
    int weight;                 // relative frequency in a ledger
    const char *confidentialityRationale; // for the top confidentiality level; empty: a general one
};

namespace AssetArchetypes {

const QList<AssetArchetype> &all();
// The sum of the weights.
int totalWeight();

} // namespace AssetArchetypes
