// Minimum method and technique rules.
#include "disposalrule.h"

#include <algorithm>

DisposalRule::DisposalRule()
    : m_levelMethods{defaultMinimumMethod(1), defaultMinimumMethod(2), defaultMinimumMethod(3)}
{
}

DisposalRule::DisposalRule(const std::array<QString, 3> &levelMethods)
    : m_levelMethods(levelMethods)
{
    for (int index = 0; index < 3; ++index) {
        if (strength(m_levelMethods.at(index)) == 0)
            m_levelMethods.at(index) = defaultMinimumMethod(index + 1);
    }
}

QString DisposalRule::defaultMinimumMethod(int confidentialityOrdinal)
{
    if (confidentialityOrdinal >= 3)
        return QStringLiteral("destroy");
    if (confidentialityOrdinal == 2)
        return QStringLiteral("purge");
    return QStringLiteral("clear");
}

QString DisposalRule::settingKey(int confidentialityOrdinal)
{
    return QStringLiteral("disposal.minimum_method.%1").arg(confidentialityOrdinal);
}

QString DisposalRule::levelMinimum(int confidentialityOrdinal) const
{
    const int level = std::clamp(confidentialityOrdinal, 1, 3);
    return m_levelMethods.at(level - 1);
}

QString DisposalRule::minimumMethod(int confidentialityOrdinal, const QString &destination) const
{
    QString byLevel = levelMinimum(confidentialityOrdinal);
    // Once the medium leaves the organisation nobody can stop a laboratory attack on it, so Clear is never enough.
    if (leavesOrganisation(destination))
        return stronger(byLevel, QStringLiteral("purge"));
    return byLevel;
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
    if (method == QLatin1String("clear"))
        return {QStringLiteral("overwrite"), QStringLiteral("other")};
    if (method == QLatin1String("purge"))
        return {QStringLiteral("overwrite"), QStringLiteral("block_erase"), QStringLiteral("crypto_erase"),
                QStringLiteral("degauss"), QStringLiteral("other")};
    if (method == QLatin1String("destroy"))
        return {QStringLiteral("shred"), QStringLiteral("disintegrate"), QStringLiteral("melt"),
                QStringLiteral("incinerate"), QStringLiteral("other")};
    return {};
}
