// Reading the built-in catalogue and the default baseline. The files are ours, so a fault in them is a fault of the
// build; the messages still say where, for whoever edits the files.
#include "builtincatalog.h"

#include "domain/assetcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVersionNumber>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("BuiltInCatalog", text);
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array)
        result << item.toString();
    return result;
}

std::optional<int> optionalLevel(const QJsonObject &object, const char *key, bool *ok)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const int level = value.toInt(0);
    if (level < 1 || level > 3)
        *ok = false;
    return level;
}

} // namespace

QByteArray BuiltInCatalog::resourceData()
{
    return readResource(QStringLiteral(":/catalog/builtin-controls.json"));
}

QByteArray BuiltInCatalog::baselineResourceData()
{
    return readResource(QStringLiteral(":/catalog/default-baseline.json"));
}

std::optional<BuiltInCatalog> BuiltInCatalog::parse(const QByteArray &catalogJson, const QByteArray &baselineJson,
                                                    QString *error)
{
    auto fail = [error](const QString &problem) {
        *error = translated(QT_TRANSLATE_NOOP("BuiltInCatalog", "The built-in control catalogue of this build is "
                                                                "damaged: %1"))
                     .arg(problem);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(catalogJson, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty())
        return fail(parseError.errorString());
    BuiltInCatalog catalog;
    catalog.version = root.value(QLatin1String("version")).toString();
    if (catalog.version.isEmpty())
        return fail(QStringLiteral("version"));
    QSet<QString> codes;
    const QJsonArray controls = root.value(QLatin1String("controls")).toArray();
    for (const QJsonValue value : controls) {
        const QJsonObject object = value.toObject();
        Control control;
        control.code = object.value(QLatin1String("code")).toString();
        control.area = object.value(QLatin1String("area")).toInt();
        const QJsonObject title = object.value(QLatin1String("title")).toObject();
        const QJsonObject description = object.value(QLatin1String("description")).toObject();
        control.titleJa = title.value(QLatin1String("ja")).toString();
        control.titleEn = title.value(QLatin1String("en")).toString();
        control.descriptionJa = description.value(QLatin1String("ja")).toString();
        control.descriptionEn = description.value(QLatin1String("en")).toString();
        control.isoRefs = stringList(object.value(QLatin1String("iso27001")));
        control.nistRefs = stringList(object.value(QLatin1String("sp800_53")));
        control.sortOrder = int(catalog.controls.size()) + 1;
        if (control.code.isEmpty() || codes.contains(control.code) || control.area < 1 || control.area > 10 ||
            control.titleJa.isEmpty() || control.titleEn.isEmpty() || control.descriptionJa.isEmpty() ||
            control.descriptionEn.isEmpty())
            return fail(QStringLiteral("control #%1 (%2)").arg(catalog.controls.size() + 1).arg(control.code));
        codes.insert(control.code);
        catalog.controls.append(control);
    }

    const QJsonObject baseline = QJsonDocument::fromJson(baselineJson, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || baseline.isEmpty())
        return fail(parseError.errorString());
    const QJsonArray rules = baseline.value(QLatin1String("rules")).toArray();
    for (const QJsonValue value : rules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.controlCode = object.value(QLatin1String("control")).toString();
        bool ok = codes.contains(rule.controlCode);
        rule.rule.minConfidentiality = optionalLevel(object, "confidentiality", &ok);
        rule.rule.minIntegrity = optionalLevel(object, "integrity", &ok);
        rule.rule.minAvailability = optionalLevel(object, "availability", &ok);
        rule.rule.minImportance = optionalLevel(object, "importance", &ok);
        rule.rule.personalInfo = object.value(QLatin1String("personal_info")).toString();
        rule.rule.assetType = object.value(QLatin1String("asset_type")).toString();
        rule.rule.hasProvider = object.value(QLatin1String("has_provider")).toBool(false);
        rule.rule.hasRecipients = object.value(QLatin1String("has_recipients")).toBool(false);
        rule.rule.hasContractor = object.value(QLatin1String("has_contractor")).toBool(false);
        rule.rule.mediumClass = object.value(QLatin1String("medium_class")).toString();
        rule.since = object.value(QLatin1String("since")).toString(QStringLiteral("1.0"));
        if (!rule.rule.mediumClass.isEmpty() && !AssetCodes::mediumClasses().contains(rule.rule.mediumClass))
            ok = false;
        if (QVersionNumber::fromString(rule.since).isNull())
            ok = false;
        if (!rule.rule.personalInfo.isEmpty() && (rule.rule.personalInfo == QLatin1String("none") ||
                                                  !AssetCodes::personalInfoKinds().contains(rule.rule.personalInfo)))
            ok = false;
        if (!rule.rule.assetType.isEmpty() && !AssetCodes::assetTypes().contains(rule.rule.assetType))
            ok = false;
        if (!ok)
            return fail(
                QStringLiteral("baseline rule #%1 (%2)").arg(catalog.baseline.size() + 1).arg(rule.controlCode));
        catalog.baseline.append(rule);
    }
    return catalog;
}

std::optional<BuiltInCatalog> BuiltInCatalog::load(QString *error)
{
    return parse(resourceData(), baselineResourceData(), error);
}
