// Retention of design/practice.md §2.
#include "retentionrule.h"

#include <QCoreApplication>

namespace RetentionRule {

bool isUnset(const Asset &asset)
{
    return !asset.retentionPermanent && !asset.retentionUntil.isValid();
}

QList<AssetRuleFinding> refusals(const Asset &asset, bool requireSet)
{
    QList<AssetRuleFinding> findings;
    if (requireSet && isUnset(asset))
        findings.append(
            {QStringLiteral("RET-1"), AssetField::RetentionUntil,
             QCoreApplication::translate("RetentionRule", "Retention until is not set. Enter the date until which the "
                                                          "asset is kept, or Permanent with its basis (文書管理規程 or "
                                                          "the name of a law).")});
    if (asset.retentionPermanent && asset.retentionBasis.trimmed().isEmpty())
        findings.append({QStringLiteral("RET-2"), AssetField::RetentionBasis,
                         QCoreApplication::translate("RetentionRule",
                                                     "Retention is Permanent but its basis is empty. Enter the basis "
                                                     "(文書管理規程 or the name of a law), or a date instead of "
                                                     "Permanent.")});
    if (asset.retentionBasis.size() > 200)
        findings.append({QStringLiteral("RET-2"), AssetField::RetentionBasis,
                         QCoreApplication::translate("RetentionRule",
                                                     "The retention basis is %1 characters long. Shorten it to 200 "
                                                     "characters or fewer.")
                             .arg(asset.retentionBasis.size())});
    return findings;
}

} // namespace RetentionRule
