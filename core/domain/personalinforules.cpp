// PI-1 … PI-4 and PI-6 of design/practice.md §1.
#include "personalinforules.h"

#include "assetcodes.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("PersonalInfoRules", text);
}

// The middle confidentiality level of a scheme: ordinal 2 where the scheme has it, else its highest.
int middleConfidentiality(const ClassificationScheme &scheme)
{
    return scheme.isLevel(Objective::Confidentiality, 2) ? 2 : scheme.highest(Objective::Confidentiality);
}

QString confidentialityLabel(const ClassificationScheme &scheme, int ordinal)
{
    return scheme.levelLabel(Objective::Confidentiality, ordinal);
}

} // namespace

namespace PersonalInfoRules {

int requiredConfidentiality(const QString &kind, const ClassificationScheme &scheme)
{
    if (kind == QLatin1String("my_number") || kind == QLatin1String("sensitive"))
        return scheme.highest(Objective::Confidentiality);
    if (kind == QLatin1String("personal"))
        return middleConfidentiality(scheme);
    return 0;
}

bool allowsOverride(const QString &kind)
{
    return kind == QLatin1String("sensitive") || kind == QLatin1String("personal");
}

bool isBelowRequired(const Asset &asset, const ClassificationScheme &scheme)
{
    return asset.confidentiality < requiredConfidentiality(asset.personalInfo, scheme);
}

bool isOverridden(const Asset &asset, const ClassificationScheme &scheme)
{
    return allowsOverride(asset.personalInfo) && isBelowRequired(asset, scheme) &&
           !asset.personalInfoOverride.trimmed().isEmpty();
}

QList<AssetRuleFinding> refusals(const Asset &asset, const ClassificationScheme &scheme)
{
    QList<AssetRuleFinding> findings;
    const QString kind = asset.personalInfo;
    const int required = requiredConfidentiality(kind, scheme);
    const QString kindName = AssetCodes::personalInfoName(kind);
    const bool hasReason = !asset.personalInfoOverride.trimmed().isEmpty();
    if (asset.confidentiality < required) {
        if (kind == QLatin1String("my_number")) {
            findings.append({QStringLiteral("PI-1"), AssetField::Confidentiality,
                             translated(QT_TRANSLATE_NOOP("PersonalInfoRules",
                                                          "Personal information is '%1', which must be at the "
                                                          "highest confidentiality level of the %2 scheme. Raise "
                                                          "confidentiality to %3 and enter its rationale (no override "
                                                          "is accepted for My Number)."))
                                 .arg(kindName, scheme.name(), confidentialityLabel(scheme, required))});
        } else if (!hasReason && kind == QLatin1String("sensitive")) {
            findings.append({QStringLiteral("PI-2"), AssetField::Confidentiality,
                             translated(QT_TRANSLATE_NOOP("PersonalInfoRules",
                                                          "Personal information is '%1', which calls for the highest "
                                                          "confidentiality level of the %2 scheme. Raise "
                                                          "confidentiality to %3, or record why it stays lower in "
                                                          "the override reason (personal information)."))
                                 .arg(kindName, scheme.name(), confidentialityLabel(scheme, required))});
        } else if (!hasReason) {
            findings.append({QStringLiteral("PI-3"), AssetField::Confidentiality,
                             translated(QT_TRANSLATE_NOOP("PersonalInfoRules",
                                                          "Personal information is '%1', which calls for "
                                                          "confidentiality %2 or higher in the %3 scheme. Raise "
                                                          "confidentiality to %2 or higher, or record why it stays "
                                                          "lower in the override reason (personal information), e.g. "
                                                          "a published list of office holders."))
                                 .arg(kindName, confidentialityLabel(scheme, required), scheme.name())});
        }
    }
    // A reason that nothing needs would flag the asset for no cause, and stay behind after the level was raised.
    if (hasReason && (!allowsOverride(kind) || asset.confidentiality >= required) &&
        !(kind == QLatin1String("my_number") && asset.confidentiality < required)) {
        findings.append({allowsOverride(kind)
                             ? (kind == QLatin1String("sensitive") ? QStringLiteral("PI-2") : QStringLiteral("PI-3"))
                             : QStringLiteral("PI-1"),
                         AssetField::PersonalInfoOverride,
                         translated(QT_TRANSLATE_NOOP("PersonalInfoRules",
                                                      "An override reason (personal information) is recorded, but "
                                                      "confidentiality already meets what the personal information "
                                                      "calls for, or the kind allows no override. Clear the override "
                                                      "reason."))});
    }
    if (kind == QLatin1String("my_number") && asset.retentionPermanent) {
        findings.append({QStringLiteral("PI-6"), AssetField::RetentionUntil,
                         translated(QT_TRANSLATE_NOOP("PersonalInfoRules",
                                                      "Retention until is Permanent, but My Number data must be "
                                                      "deleted as soon as its legal retention ends. Enter the date "
                                                      "its retention ends."))});
    }
    return findings;
}

QList<AssetRuleFinding> warnings(const Asset &asset)
{
    QList<AssetRuleFinding> findings;
    if (asset.personalInfo != QLatin1String("none") && AssetCodes::personalInfoKinds().contains(asset.personalInfo) &&
        !asset.subjectCount) {
        findings.append({QStringLiteral("PI-4"), AssetField::SubjectCount,
                         translated(QT_TRANSLATE_NOOP("PersonalInfoRules",
                                                      "Data subjects is not recorded. Enter how many people the "
                                                      "personal information is about: it decides whether a leak "
                                                      "must be reported."))});
    }
    return findings;
}

bool isReportableIfLeaked(const Asset &asset, qint64 myNumberThreshold)
{
    if (asset.personalInfo == QLatin1String("sensitive"))
        return true;
    if (asset.personalInfo == QLatin1String("none") || !asset.subjectCount)
        return false;
    if (*asset.subjectCount > kReportableSubjects)
        return true;
    return asset.personalInfo == QLatin1String("my_number") && *asset.subjectCount > myNumberThreshold;
}

} // namespace PersonalInfoRules
