// The rule check over a whole registry.
#include "rulecheck.h"

#include "assetservice.h"
#include "domain/assetquery.h"
#include "registry.h"

#include <QCoreApplication>

namespace RuleCheck {

bool run(const Registry &registry, QList<RuleBreach> *breaches, QString *error,
         const std::function<void(qint64)> &progress)
{
    breaches->clear();
    const AssetService &assets = registry.assets();
    qint64 done = 0;
    const bool read = assets.forEach(
        AssetFilter(), AssetSort(),
        [&](const Asset &asset) {
            for (const AssetRuleFinding &finding : assets.ruleFindings(asset))
                breaches->append({asset.id, asset.assetNo, asset.name, finding.rule,
                                  AssetField::byId(finding.field).keyString(), finding.message});
            ++done;
            if (progress && done % 1000 == 0)
                progress(done);
            return true;
        },
        error);
    if (progress)
        progress(done);
    return read;
}

QString ruleTitle(const QString &rule)
{
    static const struct
    {
        const char *code;
        const char *title;
    } titles[] = {
        {"PI-1", QT_TRANSLATE_NOOP("RuleCheck", "My Number at the highest confidentiality")},
        {"PI-2", QT_TRANSLATE_NOOP("RuleCheck", "Sensitive personal information at the highest confidentiality")},
        {"PI-3", QT_TRANSLATE_NOOP("RuleCheck", "Personal information at the middle confidentiality or higher")},
        {"PI-6", QT_TRANSLATE_NOOP("RuleCheck", "No permanent retention for My Number")},
        {"RET-1", QT_TRANSLATE_NOOP("RuleCheck", "Retention not set")},
        {"RET-2", QT_TRANSLATE_NOOP("RuleCheck", "Basis of a permanent retention")},
    };
    for (const auto &entry : titles) {
        if (rule == QLatin1String(entry.code))
            return QCoreApplication::translate("RuleCheck", entry.title);
    }
    return rule;
}

} // namespace RuleCheck
