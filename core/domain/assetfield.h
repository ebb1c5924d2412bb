// The columns of the asset ledger in the order of DESIGN.md §3, with their labels in both languages.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class ClassificationScheme;

struct AssetField
{
    enum Id
    {
        AssetNo,
        BusinessCategory,
        Name,
        Remarks,
        UserScope,
        Department,
        Owner,
        AssetType,
        Storage,
        PersonalInfo,
        SubjectCount,
        PersonalInfoOverride,
        Confidentiality,
        ConfidentialityRationale,
        Integrity,
        IntegrityRationale,
        Availability,
        AvailabilityRationale,
        Importance,
        Label,
        HandlingRestrictions,
        Provider,
        ReceiptTerms,
        Recipients,
        UseTerms,
        Contractor,
        RetentionUntil,
        RetentionBasis,
        RegisteredOn,
        NextReview,
        LastReviewedOn,
        ReviewedBy,
        MediumClass,
        Status,
        Count
    };

    Id id;
    const char *key;     // stable code used in files, the CLI and audit events
    const char *english; // source text, translated through "AssetField"
    bool derived;        // computed, never typed

    QString keyString() const { return QString::fromLatin1(key); }
    QString label() const;
    // The heading in a registry of this scheme: the Government scheme calls the importance column 要保護情報.
    QString label(const ClassificationScheme &scheme) const;
    // The label of the Japanese catalogue, accepted as a column heading whatever the UI language.
    QString japaneseLabel() const;
    QString englishLabel() const { return QString::fromLatin1(english); }

    static const QList<AssetField> &all();
    static const AssetField &byId(Id id);
    // Finds a field by key or by its English or Japanese label; nullptr when none matches. Keys and headings of
    // earlier versions are found too (sharing_terms / 提供条件 is now receipt_terms / 受領条件).
    static const AssetField *find(const QString &keyOrLabel);
    // Keys the field had in earlier versions, as old audit events and files name it.
    static QStringList legacyKeys(Id id);
};
