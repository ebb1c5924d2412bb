// Field table of DESIGN.md §3.
#include "assetfield.h"

#include "classification.h"
#include "i18n/language.h"

#include <QCoreApplication>

namespace {
const char kProtectionHeading[] = "Information requiring protection";
} // namespace

QString AssetField::label() const
{
    return QCoreApplication::translate("AssetField", english);
}

QString AssetField::label(const ClassificationScheme &scheme) const
{
    return id == Importance ? scheme.importanceHeading() : label();
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
        {SubjectCount, "subject_count", QT_TRANSLATE_NOOP("AssetField", "Number of data subjects"), false},
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
        {HandlingRestrictions, "handling_restrictions", QT_TRANSLATE_NOOP("AssetField", "Handling restrictions"),
         false},
        {Provider, "provider", QT_TRANSLATE_NOOP("AssetField", "Data provider"), false},
        {ReceiptTerms, "receipt_terms", QT_TRANSLATE_NOOP("AssetField", "Receipt terms"), false},
        {Recipients, "recipients", QT_TRANSLATE_NOOP("AssetField", "Recipients"), false},
        {UseTerms, "use_terms", QT_TRANSLATE_NOOP("AssetField", "Use terms"), false},
        {Contractor, "contractor", QT_TRANSLATE_NOOP("AssetField", "Contractor"), false},
        {RetentionUntil, "retention_until", QT_TRANSLATE_NOOP("AssetField", "Retention until"), false},
        {RetentionBasis, "retention_basis", QT_TRANSLATE_NOOP("AssetField", "Retention basis"), false},
        {RegisteredOn, "registered_on", QT_TRANSLATE_NOOP("AssetField", "Registered"), true},
        {NextReview, "next_review", QT_TRANSLATE_NOOP("AssetField", "Next review"), false},
        // Set by "Mark as reviewed", not typed in an edit (an import may carry them over from an old ledger).
        {LastReviewedOn, "last_reviewed_on", QT_TRANSLATE_NOOP("AssetField", "Last reviewed on"), true},
        {ReviewedBy, "reviewed_by", QT_TRANSLATE_NOOP("AssetField", "Reviewed by"), true},
        {MediumClass, "medium_class", QT_TRANSLATE_NOOP("AssetField", "Medium class"), false},
        {Status, "status", QT_TRANSLATE_NOOP("AssetField", "Status"), false},
    };
    return fields;
}

const AssetField &AssetField::byId(Id id)
{
    return all().at(id);
}

namespace {

// Fields renamed since earlier versions: the old key, and the old English heading (its Japanese heading is the
// catalogue's translation of it, 提供条件). Files exported and ledgers kept before the change still import.
struct LegacyField
{
    AssetField::Id id;
    const char *key;
    const char *english;
};

constexpr LegacyField kLegacyFields[] = {
    {AssetField::ReceiptTerms, "sharing_terms", QT_TRANSLATE_NOOP("AssetField", "Sharing terms")},
};

// Headings that Japanese ledgers use for a field besides its own label.
const QList<QPair<QString, AssetField::Id>> &otherJapaneseHeadings()
{
    static const QList<QPair<QString, AssetField::Id>> headings = {
        {QStringLiteral("提供条件"), AssetField::ReceiptTerms},
        {QStringLiteral("提供先"), AssetField::Recipients},
    };
    return headings;
}

} // namespace

const AssetField *AssetField::find(const QString &keyOrLabel)
{
    const QString wanted = keyOrLabel.trimmed();
    for (const AssetField &field : all()) {
        if (wanted.compare(QLatin1String(field.key), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(field.english), Qt::CaseInsensitive) == 0 || wanted == field.japaneseLabel() ||
            wanted == field.label())
            return &field;
    }
    for (const LegacyField &legacy : kLegacyFields) {
        if (wanted.compare(QLatin1String(legacy.key), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(legacy.english), Qt::CaseInsensitive) == 0 ||
            wanted == Language::catalogueText(QStringLiteral("ja"), "AssetField", legacy.english) ||
            wanted == QCoreApplication::translate("AssetField", legacy.english))
            return &byId(legacy.id);
    }
    for (const auto &[heading, id] : otherJapaneseHeadings()) {
        if (wanted == heading)
            return &byId(id);
    }
    // The heading of earlier releases, in files exported by them.
    if (wanted.compare(QLatin1String("Data subjects"), Qt::CaseInsensitive) == 0)
        return &byId(SubjectCount);
    // The heading the Government scheme gives the importance column (要保護情報), in either language.
    if (wanted.compare(QLatin1String(kProtectionHeading), Qt::CaseInsensitive) == 0 ||
        wanted == Language::catalogueText(QStringLiteral("ja"), "Classification", kProtectionHeading) ||
        wanted == QCoreApplication::translate("Classification", kProtectionHeading))
        return &byId(Importance);
    return nullptr;
}

QStringList AssetField::legacyKeys(Id id)
{
    QStringList keys;
    for (const LegacyField &legacy : kLegacyFields) {
        if (legacy.id == id)
            keys << QString::fromLatin1(legacy.key);
    }
    return keys;
}
