// Field table of DESIGN.md §3.
#include "assetfield.h"

#include "i18n/language.h"

#include <QCoreApplication>

QString AssetField::label() const
{
    return QCoreApplication::translate("AssetField", english);
}

QString AssetField::japaneseLabel() const
{
    return Language::catalogueText(QStringLiteral("ja"), "AssetField", english);
}

const QList<AssetField> &AssetField::all()
{
    static const QList<AssetField> fields = {
        {AssetNo, "asset_no", QT_TRANSLATE_NOOP("AssetField", "Asset No."), false},
        {BusinessCategory, "business_category", QT_TRANSLATE_NOOP("AssetField", "Business process"), false},
        {Name, "name", QT_TRANSLATE_NOOP("AssetField", "Asset name"), false},
        {Remarks, "remarks", QT_TRANSLATE_NOOP("AssetField", "Remarks"), false},
        {UserScope, "user_scope", QT_TRANSLATE_NOOP("AssetField", "Authorised users"), false},
        {Department, "department", QT_TRANSLATE_NOOP("AssetField", "Managing department"), false},
        {Owner, "owner", QT_TRANSLATE_NOOP("AssetField", "Owner"), false},
        {AssetType, "asset_type", QT_TRANSLATE_NOOP("AssetField", "Asset type"), false},
        {Storage, "storage", QT_TRANSLATE_NOOP("AssetField", "Medium / location"), false},
        {PersonalInfo, "personal_info", QT_TRANSLATE_NOOP("AssetField", "Personal information"), false},
        {SubjectCount, "subject_count", QT_TRANSLATE_NOOP("AssetField", "Data subjects"), false},
        {PersonalInfoOverride, "personal_info_override",
         QT_TRANSLATE_NOOP("AssetField", "Override reason (personal information)"), false},
        {Confidentiality, "confidentiality", QT_TRANSLATE_NOOP("AssetField", "Confidentiality"), false},
        {ConfidentialityRationale, "confidentiality_rationale",
         QT_TRANSLATE_NOOP("AssetField", "Confidentiality rationale"), false},
        {Integrity, "integrity", QT_TRANSLATE_NOOP("AssetField", "Integrity"), false},
        {IntegrityRationale, "integrity_rationale", QT_TRANSLATE_NOOP("AssetField", "Integrity rationale"), false},
        {Availability, "availability", QT_TRANSLATE_NOOP("AssetField", "Availability"), false},
        {AvailabilityRationale, "availability_rationale", QT_TRANSLATE_NOOP("AssetField", "Availability rationale"),
         false},
        {Importance, "importance", QT_TRANSLATE_NOOP("AssetField", "Importance"), true},
        {Label, "label", QT_TRANSLATE_NOOP("AssetField", "Handling label"), true},
        {Provider, "provider", QT_TRANSLATE_NOOP("AssetField", "Data provider"), false},
        {SharingTerms, "sharing_terms", QT_TRANSLATE_NOOP("AssetField", "Sharing terms"), false},
        {Contractor, "contractor", QT_TRANSLATE_NOOP("AssetField", "Contractor"), false},
        {RetentionUntil, "retention_until", QT_TRANSLATE_NOOP("AssetField", "Retention until"), false},
        {RetentionBasis, "retention_basis", QT_TRANSLATE_NOOP("AssetField", "Retention basis"), false},
        {RegisteredOn, "registered_on", QT_TRANSLATE_NOOP("AssetField", "Registered"), true},
        {NextReview, "next_review", QT_TRANSLATE_NOOP("AssetField", "Next review"), false},
        {Status, "status", QT_TRANSLATE_NOOP("AssetField", "Status"), false},
    };
    return fields;
}

const AssetField &AssetField::byId(Id id)
{
    return all().at(id);
}

const AssetField *AssetField::find(const QString &keyOrLabel)
{
    const QString wanted = keyOrLabel.trimmed();
    for (const AssetField &field : all()) {
        if (wanted.compare(QLatin1String(field.key), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(field.english), Qt::CaseInsensitive) == 0 || wanted == field.japaneseLabel() ||
            wanted == field.label())
            return &field;
    }
    return nullptr;
}
