// The columns of the asset ledger in the order of DESIGN.md §3, with their labels in both languages.
#pragma once

#include <QList>
#include <QString>

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
        Provider,
        SharingTerms,
        Contractor,
        RetentionUntil,
        RetentionBasis,
        RegisteredOn,
        NextReview,
        Status,
        Count
    };

    Id id;
    const char *key;     // stable code used in files, the CLI and audit events
    const char *english; // source text, translated through "AssetField"
    bool derived;        // computed, never typed

    QString keyString() const { return QString::fromLatin1(key); }
    QString label() const;
    // The label of the Japanese catalogue, accepted as a column heading whatever the UI language.
    QString japaneseLabel() const;
    QString englishLabel() const { return QString::fromLatin1(english); }

    static const QList<AssetField> &all();
    static const AssetField &byId(Id id);
    // Finds a field by key or by its English or Japanese label; nullptr when none matches.
    static const AssetField *find(const QString &keyOrLabel);
};
