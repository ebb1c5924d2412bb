// Minimum method rules: per kind of record, per confidentiality level and per personal-information kind.
#include "disposalrule.h"

#include "sanitisationtechniques.h"

#include <algorithm>

DisposalRule::DisposalRule()
{
    for (const QString &kind : kinds()) {
        for (int level = 1; level <= 3; ++level)
            m_levelMethods.at(kindIndex(kind)).at(level - 1) = defaultMinimumMethod(kind, level);
        for (const QString &personalInfo : floorKinds())
            m_floors.at(kindIndex(kind)).insert(personalInfo, defaultFloor(kind, personalInfo));
    }
}

DisposalRule::DisposalRule(const std::array<QString, 3> &levelMethods)
    : DisposalRule()
{
    for (int level = 1; level <= 3; ++level)
        setLevelMinimum(media(), level, levelMethods.at(level - 1));
}

QStringList DisposalRule::kinds()
{
    return {QStringLiteral("media"), QStringLiteral("data")};
}

QStringList DisposalRule::floorKinds()
{
    return {QStringLiteral("personal"), QStringLiteral("sensitive"), QStringLiteral("my_number")};
}

QString DisposalRule::defaultMinimumMethod(const QString &kind, int confidentialityOrdinal)
{
    if (confidentialityOrdinal >= 3)
        return kind == QLatin1String("data") ? QStringLiteral("purge") : QStringLiteral("destroy");
    if (confidentialityOrdinal == 2)
        return QStringLiteral("purge");
    return QStringLiteral("clear");
}

QString DisposalRule::defaultFloor(const QString &kind, const QString &personalInfo)
{
    // 特定個人情報 and 要配慮個人情報: a leak of either is reportable whatever the number of people (個人情報保護法
    // 施行規則第7条), so their media are destroyed, and their data in systems purged. Other personal information is
    // purged, media and data alike.
    if (personalInfo == QLatin1String("my_number") || personalInfo == QLatin1String("sensitive"))
        return strongestMethod(kind);
    if (personalInfo == QLatin1String("personal"))
        return QStringLiteral("purge");
    return {};
}

QString DisposalRule::strongestMethod(const QString &kind)
{
    return SanitisationTechniques::methods(kind).constLast();
}

QString DisposalRule::settingKey(const QString &kind, int confidentialityOrdinal)
{
    if (kind == QLatin1String("data"))
        return QStringLiteral("disposal.data.minimum_method.%1").arg(confidentialityOrdinal);
    return QStringLiteral("disposal.minimum_method.%1").arg(confidentialityOrdinal);
}

QString DisposalRule::floorKey(const QString &kind, const QString &personalInfo)
{
    return QStringLiteral("disposal.%1.personal_floor.%2")
        .arg(kind == QLatin1String("data") ? kind : media(), personalInfo);
}

void DisposalRule::setLevelMinimum(const QString &kind, int confidentialityOrdinal, const QString &method)
{
    if (confidentialityOrdinal < 1 || confidentialityOrdinal > 3 || strength(method) == 0 ||
        strength(method) > strength(strongestMethod(kind)))
        return;
    m_levelMethods.at(kindIndex(kind)).at(confidentialityOrdinal - 1) = method;
}

void DisposalRule::setFloor(const QString &kind, const QString &personalInfo, const QString &method)
{
    if (!floorKinds().contains(personalInfo) || strength(method) == 0 ||
        strength(method) > strength(strongestMethod(kind)))
        return;
    m_floors.at(kindIndex(kind)).insert(personalInfo, method);
}

QString DisposalRule::levelMinimum(const QString &kind, int confidentialityOrdinal) const
{
    const int level = std::clamp(confidentialityOrdinal, 1, 3);
    return m_levelMethods.at(kindIndex(kind)).at(level - 1);
}

QString DisposalRule::floor(const QString &kind, const QString &personalInfo) const
{
    return m_floors.at(kindIndex(kind)).value(personalInfo);
}

QString DisposalRule::minimumMethod(const QString &kind, int confidentialityOrdinal, const QString &personalInfo,
                                    const QString &destination) const
{
    QString minimum = levelMinimum(kind, confidentialityOrdinal);
    const QString byPersonalInfo = floor(kind, personalInfo);
    if (!byPersonalInfo.isEmpty())
        minimum = stronger(minimum, byPersonalInfo);
    // Once the medium leaves the organisation nobody can stop a laboratory attack on it, so Clear is never enough.
    // Data deleted in a system leaves no medium behind.
    if (kind != QLatin1String("data") && leavesOrganisation(destination))
        minimum = stronger(minimum, QStringLiteral("purge"));
    return minimum;
}

bool DisposalRule::leavesOrganisation(const QString &destination)
{
    return destination == QLatin1String("external_reuse") || destination == QLatin1String("recycling") ||
           destination == QLatin1String("manufacturer");
}

int DisposalRule::strength(const QString &method)
{
    if (method == QLatin1String("clear"))
        return 1;
    if (method == QLatin1String("purge"))
        return 2;
    if (method == QLatin1String("destroy"))
        return 3;
    return 0;
}

QStringList DisposalRule::techniquesFor(const QString &method)
{
    if (strength(method) == 0)
        return {};
    return SanitisationTechniques::techniques(media(), QStringLiteral("other"), method);
}
