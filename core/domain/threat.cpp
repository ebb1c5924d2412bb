// Threats: display, the candidate rule, validation, and the built-in catalogue read from its resource.
#include "threat.h"

#include "assetcodes.h"
#include "i18n/language.h"
#include "riskcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Threat", text);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array)
        result << item.toString();
    return result;
}

} // namespace

QString Threat::name() const
{
    if (Language::instance().current() == QLatin1String("ja"))
        return nameJa.isEmpty() ? nameEn : nameJa;
    return nameEn.isEmpty() ? nameJa : nameEn;
}

bool Threat::appliesTo(const QString &assetType, const QString &mediumClass) const
{
    if (retired)
        return false;
    if (!assetTypes.isEmpty() && !assetTypes.contains(assetType))
        return false;
    return mediumClass.isEmpty() || mediumClasses.isEmpty() || mediumClasses.contains(mediumClass);
}

QList<QPair<QString, QString>> Threat::problems() const
{
    QList<QPair<QString, QString>> list;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_.-]{0,19}$"));
    if (!codePattern.match(code).hasMatch())
        list.append({QStringLiteral("code"),
                     translated(QT_TRANSLATE_NOOP("Threat", "The threat code '%1' is not valid. Use 1 to 20 capital "
                                                            "letters, digits, '-', '_' or '.', e.g. T-OWN-01."))
                         .arg(code)});
    if (nameJa.trimmed().isEmpty() && nameEn.trimmed().isEmpty())
        list.append({QStringLiteral("name"), translated(QT_TRANSLATE_NOOP("Threat", "Enter the name of the threat in "
                                                                                    "Japanese or English."))});
    if (nameJa.size() > 200 || nameEn.size() > 200 || descriptionJa.size() > 4000 || descriptionEn.size() > 4000)
        list.append({QStringLiteral("name"),
                     translated(QT_TRANSLATE_NOOP("Threat", "A text of the threat is too long (names up to 200, "
                                                            "descriptions up to 4000 characters)."))});
    if (!RiskCodes::isCode(RiskCodes::List::Category, category))
        list.append({QStringLiteral("category"),
                     translated(QT_TRANSLATE_NOOP("Threat", "'%1' is not a threat category. Choose one of: %2."))
                         .arg(category, RiskCodes::codeList(RiskCodes::List::Category))});
    static const QRegularExpression objectivePattern(QStringLiteral("^C?I?A?$"));
    if (objectives.isEmpty() || !objectivePattern.match(objectives).hasMatch())
        list.append({QStringLiteral("objectives"),
                     translated(QT_TRANSLATE_NOOP("Threat", "The objectives a threat affects are one or more of C, I "
                                                            "and A, in that order (e.g. CA)."))});
    for (const QString &type : assetTypes)
        if (!AssetCodes::assetTypes().contains(type))
            list.append({QStringLiteral("asset_types"),
                         translated(QT_TRANSLATE_NOOP("Threat", "'%1' is not an asset type.")).arg(type)});
    for (const QString &medium : mediumClasses)
        if (!RiskCodes::isCode(RiskCodes::List::MediumClass, medium))
            list.append({QStringLiteral("medium_classes"),
                         translated(QT_TRANSLATE_NOOP("Threat", "'%1' is not a medium class. Choose from: %2."))
                             .arg(medium, RiskCodes::codeList(RiskCodes::List::MediumClass))});
    if (defaultLikelihood < 1 || defaultLikelihood > 3 || likelihood < 1 || likelihood > 3)
        list.append({QStringLiteral("likelihood"),
                     translated(QT_TRANSLATE_NOOP("Threat", "The threat likelihood is 1, 2 or 3."))});
    return list;
}

QByteArray ThreatCatalog::resourceData()
{
    QFile file(QStringLiteral(":/catalog/builtin-threats.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::optional<ThreatCatalog> ThreatCatalog::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = translated(QT_TRANSLATE_NOOP("Threat", "The threat catalogue cannot be read: %1"))
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    ThreatCatalog catalog;
    catalog.version = root.value(QLatin1String("version")).toString();
    int order = 0;
    const QJsonArray threats = root.value(QLatin1String("threats")).toArray();
    for (const QJsonValue value : threats) {
        const QJsonObject object = value.toObject();
        Threat threat;
        threat.builtIn = true;
        threat.code = object.value(QLatin1String("code")).toString();
        threat.nameJa = object.value(QLatin1String("name")).toObject().value(QLatin1String("ja")).toString();
        threat.nameEn = object.value(QLatin1String("name")).toObject().value(QLatin1String("en")).toString();
        threat.descriptionJa =
            object.value(QLatin1String("description")).toObject().value(QLatin1String("ja")).toString();
        threat.descriptionEn =
            object.value(QLatin1String("description")).toObject().value(QLatin1String("en")).toString();
        threat.category = object.value(QLatin1String("category")).toString();
        threat.policyRef = object.value(QLatin1String("policy")).toString();
        threat.objectives = object.value(QLatin1String("objectives")).toString();
        threat.assetTypes = stringList(object.value(QLatin1String("asset_types")));
        threat.mediumClasses = stringList(object.value(QLatin1String("medium_classes")));
        threat.relatedControls = stringList(object.value(QLatin1String("related_controls")));
        threat.defaultLikelihood = object.value(QLatin1String("default_likelihood")).toInt(0);
        threat.likelihood = threat.defaultLikelihood;
        threat.source = object.value(QLatin1String("source")).toString();
        threat.sortOrder = ++order;
        const auto problems = threat.problems();
        if (!problems.isEmpty()) {
            *error = translated(QT_TRANSLATE_NOOP("Threat", "Threat %1 of the catalogue is not valid: %2"))
                         .arg(threat.code, problems.first().second);
            return std::nullopt;
        }
        catalog.threats.append(threat);
    }
    if (catalog.threats.isEmpty() || catalog.version.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("Threat", "The threat catalogue has no version or no threats."));
        return std::nullopt;
    }
    return catalog;
}

std::optional<ThreatCatalog> ThreatCatalog::load(QString *error)
{
    return parse(resourceData(), error);
}
