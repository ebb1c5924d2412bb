// Code lists of design/risk.md, translated through the catalogue like the other code lists.
#include "riskcodes.h"

#include "codelist.h"

namespace {

constexpr CodeName kLevels[] = {
    {"low", QT_TRANSLATE_NOOP("RiskCodes", "Low")},
    {"medium", QT_TRANSLATE_NOOP("RiskCodes", "Medium")},
    {"high", QT_TRANSLATE_NOOP("RiskCodes", "High")},
};

constexpr CodeName kStatuses[] = {
    {"identified", QT_TRANSLATE_NOOP("RiskCodes", "Identified")},
    {"assessed", QT_TRANSLATE_NOOP("RiskCodes", "Assessed")},
    {"planned", QT_TRANSLATE_NOOP("RiskCodes", "Treatment planned")},
    {"in_treatment", QT_TRANSLATE_NOOP("RiskCodes", "In treatment")},
    {"accepted", QT_TRANSLATE_NOOP("RiskCodes", "Accepted")},
    {"closed", QT_TRANSLATE_NOOP("RiskCodes", "Closed")},
};

constexpr CodeName kTreatments[] = {
    {"reduce", QT_TRANSLATE_NOOP("RiskCodes", "Reduce")},
    {"avoid", QT_TRANSLATE_NOOP("RiskCodes", "Avoid")},
    {"transfer", QT_TRANSLATE_NOOP("RiskCodes", "Transfer (share)")},
    {"accept", QT_TRANSLATE_NOOP("RiskCodes", "Accept (retain)")},
};

constexpr CodeName kCategories[] = {
    {"intentional", QT_TRANSLATE_NOOP("RiskCodes", "Intentional")},
    {"negligent", QT_TRANSLATE_NOOP("RiskCodes", "Negligent or accidental")},
    {"disaster", QT_TRANSLATE_NOOP("RiskCodes", "Disaster")},
    {"pandemic", QT_TRANSLATE_NOOP("RiskCodes", "Disease and staff shortage")},
    {"infrastructure", QT_TRANSLATE_NOOP("RiskCodes", "Infrastructure failure")},
};

constexpr CodeName kMediumClasses[] = {
    {"paper", QT_TRANSLATE_NOOP("RiskCodes", "Paper")},
    {"portable", QT_TRANSLATE_NOOP("RiskCodes", "Portable electronic media")},
    {"office_pc", QT_TRANSLATE_NOOP("RiskCodes", "Office PC")},
    {"mobile", QT_TRANSLATE_NOOP("RiskCodes", "Mobile device")},
    {"onprem", QT_TRANSLATE_NOOP("RiskCodes", "On-premises server")},
    {"cloud", QT_TRANSLATE_NOOP("RiskCodes", "External server or cloud")},
    {"facility", QT_TRANSLATE_NOOP("RiskCodes", "Facility")},
};

constexpr CodeName kRoles[] = {
    {"owner", QT_TRANSLATE_NOOP("RiskCodes", "Asset owner")},
    {"security_manager", QT_TRANSLATE_NOOP("RiskCodes", "Information security manager")},
    {"ciso", QT_TRANSLATE_NOOP("RiskCodes", "Chief information security officer")},
    {"top_management", QT_TRANSLATE_NOOP("RiskCodes", "Top management")},
};

constexpr CodeName kMethods[] = {
    {"ipa", QT_TRANSLATE_NOOP("RiskCodes", "Importance × likelihood of damage (IPA)")},
    {"product", QT_TRANSLATE_NOOP("RiskCodes", "Importance × threat × vulnerability")},
};

const CodeList &list(RiskCodes::List which)
{
    static const CodeList levels("RiskCodes", kLevels);
    static const CodeList statuses("RiskCodes", kStatuses);
    static const CodeList treatments("RiskCodes", kTreatments);
    static const CodeList categories("RiskCodes", kCategories);
    static const CodeList mediumClasses("RiskCodes", kMediumClasses);
    static const CodeList roles("RiskCodes", kRoles);
    static const CodeList methods("RiskCodes", kMethods);
    switch (which) {
    case RiskCodes::List::Level:
        return levels;
    case RiskCodes::List::Status:
        return statuses;
    case RiskCodes::List::Treatment:
        return treatments;
    case RiskCodes::List::Category:
        return categories;
    case RiskCodes::List::MediumClass:
        return mediumClasses;
    case RiskCodes::List::Role:
        return roles;
    case RiskCodes::List::Method:
        return methods;
    }
    return levels;
}

} // namespace

namespace RiskCodes {

QStringList codes(List which)
{
    return list(which).codes();
}

bool isCode(List which, const QString &code)
{
    return list(which).contains(code);
}

QString name(List which, const QString &code)
{
    return list(which).name(code);
}

QString fromText(List which, const QString &text)
{
    return list(which).fromText(text);
}

QString codeList(List which)
{
    return codes(which).join(QStringLiteral(", "));
}

int levelOrdinal(const QString &level)
{
    return int(codes(List::Level).indexOf(level)) + 1;
}

QString levelCode(int ordinal)
{
    const QStringList levels = codes(List::Level);
    return ordinal >= 1 && ordinal <= levels.size() ? levels.at(ordinal - 1) : QString();
}

int roleOrdinal(const QString &role)
{
    return int(codes(List::Role).indexOf(role)) + 1;
}

} // namespace RiskCodes
