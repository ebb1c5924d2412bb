// The three scheme presets. Definitions are our own words, describing the impact of a leak, of tampering or of
// unavailability at each level.
#include "classification.h"

#include "i18n/language.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Classification", text);
}

const char *fipsLabel(int ordinal)
{
    switch (ordinal) {
    case 0:
        return QT_TRANSLATE_NOOP("Classification", "N/A");
    case 1:
        return QT_TRANSLATE_NOOP("Classification", "Low");
    case 2:
        return QT_TRANSLATE_NOOP("Classification", "Moderate");
    default:
        return QT_TRANSLATE_NOOP("Classification", "High");
    }
}

} // namespace

ClassificationScheme ClassificationScheme::preset(Preset preset)
{
    return ClassificationScheme(preset);
}

std::optional<ClassificationScheme> ClassificationScheme::fromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted == QLatin1String("ipa"))
        return ClassificationScheme(Preset::Ipa);
    if (wanted == QLatin1String("government"))
        return ClassificationScheme(Preset::Government);
    if (wanted == QLatin1String("fips199"))
        return ClassificationScheme(Preset::Fips199);
    return std::nullopt;
}

QStringList ClassificationScheme::codes()
{
    return {QStringLiteral("ipa"), QStringLiteral("government"), QStringLiteral("fips199")};
}

QString ClassificationScheme::objectiveName(Objective objective)
{
    switch (objective) {
    case Objective::Confidentiality:
        return translated(QT_TRANSLATE_NOOP("Classification", "Confidentiality"));
    case Objective::Integrity:
        return translated(QT_TRANSLATE_NOOP("Classification", "Integrity"));
    case Objective::Availability:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Classification", "Availability"));
}

QString ClassificationScheme::code() const
{
    switch (m_preset) {
    case Preset::Ipa:
        return QStringLiteral("ipa");
    case Preset::Government:
        return QStringLiteral("government");
    case Preset::Fips199:
        break;
    }
    return QStringLiteral("fips199");
}

QString ClassificationScheme::name() const
{
    switch (m_preset) {
    case Preset::Ipa:
        return translated(QT_TRANSLATE_NOOP("Classification", "IPA (SME information security guidelines)"));
    case Preset::Government:
        return translated(
            QT_TRANSLATE_NOOP("Classification", "Government (unified standards / local government guidelines)"));
    case Preset::Fips199:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Classification", "FIPS 199"));
}

bool ClassificationScheme::isTwoLevel(Objective objective) const
{
    return m_preset == Preset::Government && objective != Objective::Confidentiality;
}

QList<int> ClassificationScheme::ordinals(Objective objective) const
{
    if (m_preset == Preset::Fips199 && objective == Objective::Confidentiality)
        return {0, 1, 2, 3};
    if (isTwoLevel(objective))
        return {1, 3};
    return {1, 2, 3};
}

QString ClassificationScheme::levelLabel(Objective objective, int ordinal) const
{
    if (!isLevel(objective, ordinal))
        return QString::number(ordinal);
    if (m_preset == Preset::Fips199)
        return translated(fipsLabel(ordinal));
    if (isTwoLevel(objective))
        return ordinal == 1 ? QStringLiteral("1") : QStringLiteral("2");
    return QString::number(ordinal);
}

QString ClassificationScheme::levelRange(Objective objective) const
{
    QStringList labels;
    for (int ordinal : ordinals(objective))
        labels << levelLabel(objective, ordinal);
    if (m_preset == Preset::Fips199)
        return labels.join(QStringLiteral(", "));
    return labels.constFirst() + QStringLiteral("–") + labels.constLast();
}

std::optional<int> ClassificationScheme::ordinalFromText(Objective objective, const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (int ordinal : ordinals(objective)) {
        if (wanted.compare(levelLabel(objective, ordinal), Qt::CaseInsensitive) == 0)
            return ordinal;
        if (m_preset == Preset::Fips199) {
            // Accept the English label whatever the UI language, and the Japanese one of the catalogue.
            if (wanted.compare(QLatin1String(fipsLabel(ordinal)), Qt::CaseInsensitive) == 0 ||
                wanted == Language::catalogueText(QStringLiteral("ja"), "Classification", fipsLabel(ordinal)))
                return ordinal;
        }
    }
    return std::nullopt;
}

int ClassificationScheme::importance(int confidentiality, int integrity, int availability)
{
    return std::max(confidentiality, std::max(integrity, availability));
}

QString ClassificationScheme::importanceLabel(int ordinal) const
{
    if (m_preset == Preset::Fips199)
        return translated(fipsLabel(std::max(1, ordinal)));
    return QString::number(std::max(1, ordinal));
}

QStringList ClassificationScheme::protectionClasses(int confidentiality, int integrity, int availability)
{
    QStringList classes;
    if (confidentiality >= 2)
        classes << QStringLiteral("confidentiality");
    if (integrity >= 3)
        classes << QStringLiteral("integrity");
    if (availability >= 3)
        classes << QStringLiteral("availability");
    return classes;
}

QString ClassificationScheme::protectionClassName(const QString &code)
{
    if (code == QLatin1String("confidentiality"))
        return translated(QT_TRANSLATE_NOOP("Classification", "Confidential information"));
    if (code == QLatin1String("integrity"))
        return translated(QT_TRANSLATE_NOOP("Classification", "Integrity-critical information"));
    if (code == QLatin1String("availability"))
        return translated(QT_TRANSLATE_NOOP("Classification", "Availability-critical information"));
    return code;
}

QString ClassificationScheme::importanceText(int confidentiality, int integrity, int availability) const
{
    if (!showsProtectionClasses())
        return importanceLabel(importance(confidentiality, integrity, availability));
    QStringList names;
    for (const QString &code : protectionClasses(confidentiality, integrity, availability))
        names << protectionClassName(code);
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral("・"));
}

QString ClassificationScheme::importanceCode(int confidentiality, int integrity, int availability) const
{
    if (!showsProtectionClasses())
        return QString::number(std::max(1, importance(confidentiality, integrity, availability)));
    return protectionClasses(confidentiality, integrity, availability).join(QLatin1Char(';'));
}

QString ClassificationScheme::importanceHeading() const
{
    if (showsProtectionClasses())
        return translated(QT_TRANSLATE_NOOP("Classification", "Information requiring protection"));
    return QCoreApplication::translate("AssetField", "Importance");
}

int ClassificationScheme::reviewImportance(int confidentiality, int integrity, int availability) const
{
    if (m_preset != Preset::Government)
        return importance(confidentiality, integrity, availability);
    return std::max(confidentiality, std::max(std::min(integrity, 2), std::min(availability, 2)));
}

ClassificationScheme::HandlingLabels ClassificationScheme::defaultHandlingLabels() const
{
    return m_preset == Preset::Government ? HandlingLabels::Government : HandlingLabels::Ipa;
}

std::optional<ClassificationScheme::HandlingLabels> ClassificationScheme::handlingLabelsFromCode(const QString &code)
{
    if (code == QLatin1String("legacy"))
        return HandlingLabels::Legacy;
    if (code == QLatin1String("ipa"))
        return HandlingLabels::Ipa;
    if (code == QLatin1String("government"))
        return HandlingLabels::Government;
    return std::nullopt;
}

QString ClassificationScheme::handlingLabelsCode(HandlingLabels set)
{
    switch (set) {
    case HandlingLabels::Legacy:
        return QStringLiteral("legacy");
    case HandlingLabels::Ipa:
        return QStringLiteral("ipa");
    case HandlingLabels::Government:
        break;
    }
    return QStringLiteral("government");
}

QString ClassificationScheme::defaultHandlingLabel(int confidentialityOrdinal, HandlingLabels set)
{
    const int level = std::clamp(confidentialityOrdinal, 1, 3);
    switch (set) {
    case HandlingLabels::Legacy:
        // The texts of the first release; kept for the registries created with them.
        if (level == 3)
            return QCoreApplication::translate("Classification", "Restricted", "handling label of earlier registries");
        if (level == 2)
            return QCoreApplication::translate("Classification", "Internal", "handling label of earlier registries");
        return QCoreApplication::translate("Classification", "Public", "handling label of earlier registries");
    case HandlingLabels::Government:
        if (level == 3)
            return translated(QT_TRANSLATE_NOOP("Classification", "Confidentiality class 3"));
        if (level == 2)
            return translated(QT_TRANSLATE_NOOP("Classification", "Confidentiality class 2"));
        return translated(QT_TRANSLATE_NOOP("Classification", "Confidentiality class 1"));
    case HandlingLabels::Ipa:
        break;
    }
    if (level == 3)
        return translated(QT_TRANSLATE_NOOP("Classification", "Restricted"));
    if (level == 2)
        return translated(QT_TRANSLATE_NOOP("Classification", "Internal"));
    return translated(QT_TRANSLATE_NOOP("Classification", "General"));
}

QString ClassificationScheme::handlingLabel(int confidentialityOrdinal, const QString &registryText, HandlingLabels set)
{
    return registryText.isEmpty() ? defaultHandlingLabel(confidentialityOrdinal, set) : registryText;
}

// The Government scheme uses the definitions of the unified standards
// (政府機関等の情報セキュリティ対策のための統一基準) and the local government guidelines, in their words.
QString ClassificationScheme::governmentDefinition(Objective objective, int ordinal)
{
    switch (objective) {
    case Objective::Confidentiality:
        if (ordinal >= 3)
            return translated(QT_TRANSLATE_NOOP("Classification", "Information that requires confidentiality "
                                                                  "equivalent to that of classified documents."));
        if (ordinal == 2)
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Information that does not require confidentiality equivalent to "
                                                "that of classified documents but is not intended to be made public "
                                                "immediately."));
        return translated(QT_TRANSLATE_NOOP("Classification", "Information other than information of "
                                                              "confidentiality class 2 or 3."));
    case Objective::Integrity:
        if (ordinal >= 3)
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Information (other than on paper) whose tampering, errors or damage "
                                                "could infringe the rights of citizens or hinder the proper conduct of "
                                                "administrative work (other than in minor ways)."));
        return translated(QT_TRANSLATE_NOOP("Classification",
                                            "Information (other than on paper) other than information of integrity "
                                            "class 2."));
    case Objective::Availability:
        break;
    }
    if (ordinal >= 3)
        return translated(QT_TRANSLATE_NOOP("Classification",
                                            "Information (other than on paper) whose loss, misplacement or "
                                            "unavailability could infringe the rights of citizens or hinder the stable "
                                            "conduct of administrative work (other than in minor ways)."));
    return translated(QT_TRANSLATE_NOOP("Classification", "Information (other than on paper) other than information "
                                                          "of availability class 2."));
}

QString ClassificationScheme::levelDefinition(Objective objective, int ordinal) const
{
    if (m_preset == Preset::Government)
        return governmentDefinition(objective, ordinal);
    switch (objective) {
    case Objective::Confidentiality:
        switch (ordinal) {
        case 0:
            return translated(
                QT_TRANSLATE_NOOP("Classification", "Public information: no confidentiality requirement applies."));
        case 1:
            // Little impact if leaked, which is not the same as published (practice.md §4).
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Disclosure would have a negligible impact on the business, partners "
                                                "or data subjects."));
        case 2:
            return translated(QT_TRANSLATE_NOOP(
                "Classification", "Disclosure outside the organisation would have a serious impact on the "
                                  "business, on partners or on data subjects."));
        default:
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Disclosure to anyone but the designated persons would have a grave "
                                                "impact: legal liability, harm to data subjects or loss of trust."));
        }
    case Objective::Integrity:
        switch (ordinal) {
        case 1:
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Tampering or errors would have a negligible impact on the business."));
        case 2:
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Tampering or errors would have a serious impact on the business or on "
                                                "partners."));
        default:
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Tampering or errors would have a grave impact: wrong decisions, legal "
                                                "liability or harm to data subjects."));
        }
    case Objective::Availability:
        break;
    }
    switch (ordinal) {
    case 1:
        return translated(QT_TRANSLATE_NOOP("Classification",
                                            "Unavailability would have a negligible impact; a stop of several days is "
                                            "acceptable."));
    case 2:
        return translated(QT_TRANSLATE_NOOP("Classification",
                                            "Unavailability would have a serious impact; it must be restored within a "
                                            "working day."));
    default:
        break;
    }
    return translated(QT_TRANSLATE_NOOP(
        "Classification", "Unavailability would have a grave impact; the business stops without it and it "
                          "must be restored within hours."));
}
