// The personal-information rules of design/practice.md §1: what confidentiality a kind of personal information calls
// for (PI-1 My Number at the highest level, PI-2 要配慮個人情報 at the highest level or with a recorded override
// reason, PI-3 personal information at the middle level or higher, or with an override reason), the expected number of
// data subjects (PI-4, a warning), the 「漏えい時に報告対象」 flag (PI-4) and no permanent retention for My Number
// (PI-6). The one place of these rules: the asset service, imports, the rule check and the windows all call them.
#pragma once

#include "asset.h"
#include "assetrulefinding.h"
#include "classification.h"

#include <QList>

namespace PersonalInfoRules {

// More data subjects than this make a leak reportable (個人情報保護法施行規則 第7条).
constexpr qint64 kReportableSubjects = 1000;
// The registry's default threshold for 特定個人情報 (a registry setting).
constexpr qint64 kDefaultMyNumberReportThreshold = 100;

// The lowest confidentiality ordinal the kind calls for without an override; 0 when it calls for none.
int requiredConfidentiality(const QString &kind, const ClassificationScheme &scheme);
// Whether a lower confidentiality may be kept with a recorded reason (sensitive and personal; never My Number).
bool allowsOverride(const QString &kind);
// The asset's confidentiality is below what its personal information calls for.
bool isBelowRequired(const Asset &asset, const ClassificationScheme &scheme);
// The asset keeps a lower confidentiality with a recorded reason (PI-2, PI-3): flagged wherever the asset shows.
bool isOverridden(const Asset &asset, const ClassificationScheme &scheme);

// What refuses a save: PI-1, PI-2, PI-3 and PI-6, and an override reason that nothing needs.
QList<AssetRuleFinding> refusals(const Asset &asset, const ClassificationScheme &scheme);
// What only warns: PI-4, the number of data subjects not recorded.
QList<AssetRuleFinding> warnings(const Asset &asset);

// 漏えい時に報告対象: 要配慮個人情報, more than 1,000 data subjects, or My Number with more subjects than the
// registry's threshold.
bool isReportableIfLeaked(const Asset &asset, qint64 myNumberThreshold);

} // namespace PersonalInfoRules
