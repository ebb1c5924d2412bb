// The row of an asset: columns, reading and binding.
#include "assetrows.h"

#include "domain/handlingrestriction.h"

#include <QVariant>

namespace {

const QString kPermanent = QStringLiteral("permanent");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so unset text is stored as the empty text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

namespace AssetRows {

const QString kColumns = QStringLiteral(
    "id, asset_no, business_category, name, remarks, user_scope, department, owner, asset_type, storage, "
    "personal_info, subject_count, confidentiality, confidentiality_rationale, integrity, integrity_rationale, "
    "availability, availability_rationale, provider, receipt_terms, contractor, retention_until, registered_on, "
    "next_review, last_reviewed_on, reviewed_by, status, row_version, "
    // Recipients and medium class (schema 8), handling restrictions (schema 7), personal information (schema 4).
    "recipients, use_terms, medium_class, handling_restrictions, personal_info_override, retention_basis");

Asset assetFromQuery(const QSqlQuery &query)
{
    Asset asset;
    int c = 0;
    asset.id = query.value(c++).toLongLong();
    asset.assetNo = query.value(c++).toString();
    asset.businessCategory = query.value(c++).toString();
    asset.name = query.value(c++).toString();
    asset.remarks = query.value(c++).toString();
    asset.userScope = query.value(c++).toString();
    asset.department = query.value(c++).toString();
    asset.owner = query.value(c++).toString();
    asset.assetType = query.value(c++).toString();
    asset.storage = query.value(c++).toString();
    asset.personalInfo = query.value(c++).toString();
    const QVariant subjects = query.value(c++);
    if (!subjects.isNull())
        asset.subjectCount = subjects.toLongLong();
    asset.confidentiality = query.value(c++).toInt();
    asset.confidentialityRationale = query.value(c++).toString();
    asset.integrity = query.value(c++).toInt();
    asset.integrityRationale = query.value(c++).toString();
    asset.availability = query.value(c++).toInt();
    asset.availabilityRationale = query.value(c++).toString();
    asset.provider = query.value(c++).toString();
    asset.receiptTerms = query.value(c++).toString();
    asset.contractor = query.value(c++).toString();
    const QString retention = query.value(c++).toString();
    asset.retentionPermanent = retention == kPermanent;
    if (!asset.retentionPermanent)
        asset.retentionUntil = QDate::fromString(retention, Qt::ISODate);
    asset.registeredOn = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    asset.nextReview = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    asset.lastReviewedOn = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    asset.reviewedBy = query.value(c++).toString();
    asset.status = query.value(c++).toString();
    asset.rowVersion = query.value(c++).toInt();
    asset.recipients = query.value(c++).toString();
    asset.useTerms = query.value(c++).toString();
    asset.mediumClass = query.value(c++).toString();
    asset.handlingRestrictions = HandlingRestrictions::fromStored(query.value(c++).toString());
    asset.personalInfoOverride = query.value(c++).toString();
    asset.retentionBasis = query.value(c++).toString();
    return asset;
}

QList<std::pair<QString, QVariant>> assetValues(const Asset &asset, const QDateTime &now)
{
    return {
        {QStringLiteral("asset_no"), text(asset.assetNo)},
        {QStringLiteral("business_category"), text(asset.businessCategory)},
        {QStringLiteral("name"), text(asset.name)},
        {QStringLiteral("remarks"), text(asset.remarks)},
        {QStringLiteral("user_scope"), text(asset.userScope)},
        {QStringLiteral("department"), text(asset.department)},
        {QStringLiteral("owner"), text(asset.owner)},
        {QStringLiteral("asset_type"), text(asset.assetType)},
        {QStringLiteral("storage"), text(asset.storage)},
        {QStringLiteral("personal_info"), text(asset.personalInfo)},
        {QStringLiteral("subject_count"),
         asset.subjectCount ? QVariant(*asset.subjectCount) : QVariant(QMetaType(QMetaType::LongLong))},
        {QStringLiteral("confidentiality"), asset.confidentiality},
        {QStringLiteral("confidentiality_rationale"), text(asset.confidentialityRationale)},
        {QStringLiteral("integrity"), asset.integrity},
        {QStringLiteral("integrity_rationale"), text(asset.integrityRationale)},
        {QStringLiteral("availability"), asset.availability},
        {QStringLiteral("availability_rationale"), text(asset.availabilityRationale)},
        {QStringLiteral("provider"), text(asset.provider)},
        {QStringLiteral("receipt_terms"), text(asset.receiptTerms)},
        {QStringLiteral("contractor"), text(asset.contractor)},
        {QStringLiteral("retention_until"),
         asset.retentionPermanent ? QVariant(kPermanent) : nullableDate(asset.retentionUntil)},
        {QStringLiteral("registered_on"), dateText(asset.registeredOn)},
        {QStringLiteral("next_review"), nullableDate(asset.nextReview)},
        {QStringLiteral("last_reviewed_on"), nullableDate(asset.lastReviewedOn)},
        {QStringLiteral("reviewed_by"), text(asset.reviewedBy)},
        {QStringLiteral("status"), text(asset.status)},
        {QStringLiteral("handling_restrictions"), text(HandlingRestrictions::toStored(asset.handlingRestrictions))},
        {QStringLiteral("updated_at"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("recipients"), text(asset.recipients)},
        {QStringLiteral("use_terms"), text(asset.useTerms)},
        {QStringLiteral("medium_class"), text(asset.mediumClass)},
        {QStringLiteral("personal_info_override"), text(asset.personalInfoOverride)},
        {QStringLiteral("retention_basis"), text(asset.retentionBasis)},
    };
}

void bindAsset(QSqlQuery &query, const Asset &asset, const QDateTime &now)
{
    const QList<std::pair<QString, QVariant>> values = assetValues(asset, now);
    for (const auto &[column, value] : values)
        query.bindValue(QLatin1Char(':') + column, value);
}

} // namespace AssetRows
