// Field table of DESIGN.md §3.
#include "assetfield.h"

#include <QCoreApplication>

QString AssetField::label() const
{
    return QCoreApplication::translate("AssetField", english);
}

const QList<AssetField> &AssetField::all()
{
    static const QList<AssetField> fields = {
        {AssetNo, "asset_no", QT_TRANSLATE_NOOP("AssetField", "Asset No."), "管理番号", false},
        {BusinessCategory, "business_category", QT_TRANSLATE_NOOP("AssetField", "Business process"), "業務分類", false},
        {Name, "name", QT_TRANSLATE_NOOP("AssetField", "Asset name"), "情報資産名称", false},
        {Remarks, "remarks", QT_TRANSLATE_NOOP("AssetField", "Remarks"), "備考", false},
        {UserScope, "user_scope", QT_TRANSLATE_NOOP("AssetField", "Authorised users"), "利用者範囲", false},
        {Department, "department", QT_TRANSLATE_NOOP("AssetField", "Managing department"), "管理部署", false},
        {Owner, "owner", QT_TRANSLATE_NOOP("AssetField", "Owner"), "管理責任者", false},
        {AssetType, "asset_type", QT_TRANSLATE_NOOP("AssetField", "Asset type"), "資産種別", false},
        {Storage, "storage", QT_TRANSLATE_NOOP("AssetField", "Medium / location"), "媒体・保存先", false},
        {PersonalInfo, "personal_info", QT_TRANSLATE_NOOP("AssetField", "Personal information"), "個人情報", false},
        {SubjectCount, "subject_count", QT_TRANSLATE_NOOP("AssetField", "Data subjects"), "本人の数", false},
        {Confidentiality, "confidentiality", QT_TRANSLATE_NOOP("AssetField", "Confidentiality"), "機密性", false},
        {ConfidentialityRationale, "confidentiality_rationale",
         QT_TRANSLATE_NOOP("AssetField", "Confidentiality rationale"), "機密性の評価根拠", false},
        {Integrity, "integrity", QT_TRANSLATE_NOOP("AssetField", "Integrity"), "完全性", false},
        {IntegrityRationale, "integrity_rationale", QT_TRANSLATE_NOOP("AssetField", "Integrity rationale"),
         "完全性の評価根拠", false},
        {Availability, "availability", QT_TRANSLATE_NOOP("AssetField", "Availability"), "可用性", false},
        {AvailabilityRationale, "availability_rationale", QT_TRANSLATE_NOOP("AssetField", "Availability rationale"),
         "可用性の評価根拠", false},
        {Importance, "importance", QT_TRANSLATE_NOOP("AssetField", "Importance"), "重要度", true},
        {Label, "label", QT_TRANSLATE_NOOP("AssetField", "Handling label"), "取扱区分", true},
        {Provider, "provider", QT_TRANSLATE_NOOP("AssetField", "Data provider"), "提供元", false},
        {SharingTerms, "sharing_terms", QT_TRANSLATE_NOOP("AssetField", "Sharing terms"), "提供条件", false},
        {Contractor, "contractor", QT_TRANSLATE_NOOP("AssetField", "Contractor"), "委託先", false},
        {RetentionUntil, "retention_until", QT_TRANSLATE_NOOP("AssetField", "Retention until"), "保存期限", false},
        {RegisteredOn, "registered_on", QT_TRANSLATE_NOOP("AssetField", "Registered"), "登録日", true},
        {NextReview, "next_review", QT_TRANSLATE_NOOP("AssetField", "Next review"), "次回見直し日", false},
        {Status, "status", QT_TRANSLATE_NOOP("AssetField", "Status"), "状態", false},
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
