// Text forms of asset fields.
#include "assetvalues.h"

#include "domain/assetcodes.h"
#include "domain/handlingrestriction.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AssetValues", text);
}

Objective objectiveOf(AssetField::Id field)
{
    switch (field) {
    case AssetField::Integrity:
        return Objective::Integrity;
    case AssetField::Availability:
        return Objective::Availability;
    default:
        return Objective::Confidentiality;
    }
}

int *levelOf(Asset *asset, AssetField::Id field)
{
    switch (field) {
    case AssetField::Integrity:
        return &asset->integrity;
    case AssetField::Availability:
        return &asset->availability;
    default:
        return &asset->confidentiality;
    }
}

int levelOf(const Asset &asset, AssetField::Id field)
{
    return *levelOf(const_cast<Asset *>(&asset), field);
}

// English labels of the levels, whatever the UI language, for files and the audit trail.
QString englishLevelLabel(const ClassificationScheme &scheme, Objective objective, int ordinal)
{
    static const char *const fips[] = {"N/A", "Low", "Moderate", "High"};
    if (scheme.code() == QLatin1String("fips199"))
        return QString::fromLatin1(fips[std::clamp(ordinal, 0, 3)]);
    return scheme.levelLabel(objective, ordinal);
}

// The locale's short date with a four-digit year: a register keeps dates decades ahead (retention), where "4/1/36"
// would be ambiguous.
QString localDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

bool isPermanentText(const QString &text)
{
    const QString t = text.trimmed();
    return t.compare(QLatin1String("permanent"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("永年") ||
           t == translated(QT_TRANSLATE_NOOP("AssetValues", "Permanent"));
}

} // namespace

namespace AssetValues {

QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString raw(const Asset &asset, AssetField::Id field, const ClassificationScheme &scheme)
{
    switch (field) {
    case AssetField::AssetNo:
        return asset.assetNo;
    case AssetField::BusinessCategory:
        return asset.businessCategory;
    case AssetField::Name:
        return asset.name;
    case AssetField::Remarks:
        return asset.remarks;
    case AssetField::UserScope:
        return asset.userScope;
    case AssetField::Department:
        return asset.department;
    case AssetField::Owner:
        return asset.owner;
    case AssetField::AssetType:
        return asset.assetType;
    case AssetField::Storage:
        return asset.storage;
    case AssetField::PersonalInfo:
        return asset.personalInfo;
    case AssetField::SubjectCount:
        return asset.subjectCount ? QString::number(*asset.subjectCount) : QString();
    case AssetField::PersonalInfoOverride:
        return asset.personalInfoOverride;
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
        return englishLevelLabel(scheme, objectiveOf(field), levelOf(asset, field));
    case AssetField::ConfidentialityRationale:
        return asset.confidentialityRationale;
    case AssetField::IntegrityRationale:
        return asset.integrityRationale;
    case AssetField::AvailabilityRationale:
        return asset.availabilityRationale;
    case AssetField::Importance:
        return scheme.importanceCode(asset.confidentiality, asset.integrity, asset.availability);
    case AssetField::Label:
        return QString::number(std::max(1, asset.confidentiality));
    case AssetField::HandlingRestrictions:
        return HandlingRestrictions::joinCodes(asset.handlingRestrictions);
    case AssetField::Provider:
        return asset.provider;
    case AssetField::ReceiptTerms:
        return asset.receiptTerms;
    case AssetField::Recipients:
        return asset.recipients;
    case AssetField::UseTerms:
        return asset.useTerms;
    case AssetField::MediumClass:
        return asset.mediumClass;
    case AssetField::Contractor:
        return asset.contractor;
    case AssetField::RetentionUntil:
        return asset.retentionPermanent ? QStringLiteral("permanent") : asset.retentionUntil.toString(Qt::ISODate);
    case AssetField::RetentionBasis:
        return asset.retentionBasis;
    case AssetField::RegisteredOn:
        return asset.registeredOn.toString(Qt::ISODate);
    case AssetField::NextReview:
        return asset.nextReview.toString(Qt::ISODate);
    case AssetField::LastReviewedOn:
        return asset.lastReviewedOn.toString(Qt::ISODate);
    case AssetField::ReviewedBy:
        return asset.reviewedBy;
    case AssetField::Status:
        return asset.status;
    case AssetField::Count:
        break;
    }
    return {};
}

QString display(const Asset &asset, AssetField::Id field, const ClassificationScheme &scheme,
                const SettingsService &settings)
{
    switch (field) {
    case AssetField::AssetType:
        return AssetCodes::assetTypeName(asset.assetType);
    case AssetField::PersonalInfo:
        return AssetCodes::personalInfoName(asset.personalInfo);
    case AssetField::Status:
        return AssetCodes::statusName(asset.status);
    case AssetField::MediumClass:
        return asset.mediumClass.isEmpty() ? QString() : AssetCodes::mediumClassName(asset.mediumClass);
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
        return scheme.levelLabel(objectiveOf(field), levelOf(asset, field));
    case AssetField::Importance:
        return scheme.importanceText(asset.confidentiality, asset.integrity, asset.availability);
    case AssetField::HandlingRestrictions:
        return HandlingRestrictions::joinNames(asset.handlingRestrictions);
    case AssetField::Label:
        return settings.handlingLabel(asset.confidentiality);
    case AssetField::SubjectCount:
        return asset.subjectCount ? QLocale().toString(*asset.subjectCount) : QString();
    case AssetField::RetentionUntil:
        return asset.retentionPermanent ? translated(QT_TRANSLATE_NOOP("AssetValues", "Permanent"))
                                        : localDate(asset.retentionUntil);
    case AssetField::RegisteredOn:
        return localDate(asset.registeredOn);
    case AssetField::NextReview:
        return localDate(asset.nextReview);
    case AssetField::LastReviewedOn:
        return localDate(asset.lastReviewedOn);
    default:
        return raw(asset, field, scheme);
    }
}

bool setFromText(Asset *asset, AssetField::Id field, const QString &text, const ClassificationScheme &scheme,
                 QString *error)
{
    const AssetField &definition = AssetField::byId(field);
    const QString value = text.trimmed();
    auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    switch (field) {
    case AssetField::AssetNo:
    case AssetField::Importance:
    case AssetField::Label:
    case AssetField::RegisteredOn:
    case AssetField::Count:
        return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "%1 is set by the registry and cannot be typed."))
                        .arg(definition.label()));
    case AssetField::BusinessCategory:
        asset->businessCategory = value;
        return true;
    case AssetField::Name:
        asset->name = value;
        return true;
    case AssetField::Remarks:
        asset->remarks = text;
        return true;
    case AssetField::UserScope:
        asset->userScope = value;
        return true;
    case AssetField::Department:
        asset->department = value;
        return true;
    case AssetField::Owner:
        asset->owner = value;
        return true;
    case AssetField::Storage:
        asset->storage = value;
        return true;
    case AssetField::Provider:
        asset->provider = value;
        return true;
    case AssetField::ReceiptTerms:
        asset->receiptTerms = text;
        return true;
    case AssetField::Recipients:
        asset->recipients = value;
        return true;
    case AssetField::UseTerms:
        asset->useTerms = text;
        return true;
    case AssetField::MediumClass: {
        const QString code = value.isEmpty() ? QString() : AssetCodes::mediumClassFromText(value);
        if (!value.isEmpty() && code.isEmpty())
            return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "'%1' is not a medium class. Use one of: %2, or "
                                                                    "leave it empty."))
                            .arg(value, AssetCodes::mediumClasses().join(QStringLiteral(", "))));
        asset->mediumClass = code;
        return true;
    }
    case AssetField::Contractor:
        asset->contractor = value;
        return true;
    case AssetField::ReviewedBy:
        // Read from an imported ledger; the editor and the CLI's add and edit do not offer it.
        asset->reviewedBy = value;
        return true;
    case AssetField::HandlingRestrictions:
        // Built-in names become codes; other entries must be the registry's own, which the asset service checks.
        asset->handlingRestrictions = HandlingRestrictions::fromText(text);
        return true;
    case AssetField::ConfidentialityRationale:
        asset->confidentialityRationale = text;
        return true;
    case AssetField::IntegrityRationale:
        asset->integrityRationale = text;
        return true;
    case AssetField::AvailabilityRationale:
        asset->availabilityRationale = text;
        return true;
    case AssetField::PersonalInfoOverride:
        asset->personalInfoOverride = value;
        return true;
    case AssetField::RetentionBasis:
        asset->retentionBasis = value;
        return true;
    case AssetField::AssetType: {
        const QString code = AssetCodes::assetTypeFromText(value);
        if (code.isEmpty())
            return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "'%1' is not an asset type. Use one of: %2."))
                            .arg(value, AssetCodes::assetTypes().join(QStringLiteral(", "))));
        asset->assetType = code;
        return true;
    }
    case AssetField::PersonalInfo: {
        const QString code = value.isEmpty() ? QStringLiteral("none") : AssetCodes::personalInfoFromText(value);
        if (code.isEmpty())
            return fail(
                translated(QT_TRANSLATE_NOOP("AssetValues", "'%1' is not a kind of personal information. Use one of: "
                                                            "%2."))
                    .arg(value, AssetCodes::personalInfoKinds().join(QStringLiteral(", "))));
        asset->personalInfo = code;
        return true;
    }
    case AssetField::Status: {
        const QString code = AssetCodes::statusFromText(value);
        if (code.isEmpty())
            return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "'%1' is not a status. Use one of: %2."))
                            .arg(value, AssetCodes::statuses().join(QStringLiteral(", "))));
        asset->status = code;
        return true;
    }
    case AssetField::SubjectCount: {
        if (value.isEmpty()) {
            asset->subjectCount.reset();
            return true;
        }
        bool ok = false;
        QString digits = value;
        digits.remove(QLatin1Char(','));
        const qint64 number = digits.toLongLong(&ok);
        if (!ok || number < 0)
            return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "'%1' is not a number of data subjects. Enter a "
                                                                    "whole number of 0 or more, or leave it empty."))
                            .arg(value));
        asset->subjectCount = number;
        return true;
    }
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability: {
        const Objective objective = objectiveOf(field);
        const std::optional<int> ordinal = scheme.ordinalFromText(objective, value);
        if (!ordinal)
            return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "'%1' is not a level of %2 in the %3 scheme (%4)."))
                            .arg(value, ClassificationScheme::objectiveName(objective), scheme.name(),
                                 scheme.levelRange(objective)));
        *levelOf(asset, field) = *ordinal;
        return true;
    }
    case AssetField::RetentionUntil:
        if (value.isEmpty()) {
            asset->retentionPermanent = false;
            asset->retentionUntil = {};
            return true;
        }
        if (isPermanentText(value)) {
            asset->retentionPermanent = true;
            asset->retentionUntil = {};
            return true;
        }
        [[fallthrough]];
    case AssetField::NextReview:
    case AssetField::LastReviewedOn: {
        if (value.isEmpty()) {
            (field == AssetField::NextReview ? asset->nextReview : asset->lastReviewedOn) = {};
            return true;
        }
        const QDate date = parseDate(value);
        if (!date.isValid())
            return fail(translated(QT_TRANSLATE_NOOP("AssetValues", "%1: '%2' is not a date. Write it as "
                                                                    "2026-04-01."))
                            .arg(definition.label(), value));
        if (field == AssetField::RetentionUntil) {
            asset->retentionPermanent = false;
            asset->retentionUntil = date;
        } else if (field == AssetField::LastReviewedOn) {
            asset->lastReviewedOn = date;
        } else {
            asset->nextReview = date;
        }
        return true;
    }
    }
    return fail(QString());
}

} // namespace AssetValues
