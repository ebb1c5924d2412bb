// The three scheme presets. Definitions are our own words, describing the impact of a leak, of tampering or of
// unavailability at each level.
#include "classification.h"

#include "i18n/language.h"

#include <QCoreApplication>

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

QString ClassificationScheme::defaultHandlingLabel(int confidentialityOrdinal)
{
    switch (confidentialityOrdinal) {
    case 3:
        return translated(QT_TRANSLATE_NOOP("Classification", "Restricted"));
    case 2:
        return translated(QT_TRANSLATE_NOOP("Classification", "Internal"));
    default:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Classification", "Public"));
}

QString ClassificationScheme::handlingLabel(int confidentialityOrdinal, const QString &registryText)
{
    return registryText.isEmpty() ? defaultHandlingLabel(std::max(1, confidentialityOrdinal)) : registryText;
}

QString ClassificationScheme::levelDefinition(Objective objective, int ordinal) const
{
    if (isTwoLevel(objective)) {
        if (objective == Objective::Integrity)
            return ordinal == 3
                       ? translated(QT_TRANSLATE_NOOP("Classification",
                                                      "Tampering, loss or errors could infringe the rights of "
                                                      "residents or customers or disrupt the organisation's work."))
                       : translated(QT_TRANSLATE_NOOP("Classification",
                                                      "Tampering, loss or errors would have at most a minor effect "
                                                      "on the organisation's work."));
        return ordinal == 3 ? translated(QT_TRANSLATE_NOOP("Classification",
                                                           "Unavailability could infringe the rights of residents or "
                                                           "customers or stop the organisation's work."))
                            : translated(QT_TRANSLATE_NOOP("Classification",
                                                           "Unavailability would have at most a minor effect on the "
                                                           "organisation's work."));
    }
    switch (objective) {
    case Objective::Confidentiality:
        switch (ordinal) {
        case 0:
            return translated(
                QT_TRANSLATE_NOOP("Classification", "Public information: no confidentiality requirement applies."));
        case 1:
            return translated(QT_TRANSLATE_NOOP("Classification",
                                                "Disclosure would have a negligible impact; the information may be "
                                                "made public."));
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
