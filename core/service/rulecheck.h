// The rule check (design/practice.md §1–2): every asset of a registry that breaks a personal-information or retention
// rule as it stands today, so that an administrator can fix registries made before the rules. Existing data are
// never changed by the check; `verify --rules` and the window Tools → Check rules… show its list.
#pragma once

#include <QList>
#include <QString>

#include <functional>

class Registry;

struct RuleBreach
{
    qint64 assetId = 0;
    QString assetNo;
    QString assetName;
    QString rule;    // PI-1, PI-2, PI-3, PI-6, RET-1 (保存期限未設定), RET-2 (永年 without a basis)
    QString field;   // AssetField key of the field to fix
    QString message; // translated: names the field and the fix
};

namespace RuleCheck {

// The breaches of every asset not yet disposed of (a disposed asset is final), in asset number order. Returns false
// with *error on a read error. progress, when given, is called with the number of assets checked so far.
bool run(const Registry &registry, QList<RuleBreach> *breaches, QString *error,
         const std::function<void(qint64 done)> &progress = {});
// The short name of a rule, translated: "My Number at the highest level" …
QString ruleTitle(const QString &rule);

} // namespace RuleCheck
