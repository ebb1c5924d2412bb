// One information asset as stored in the registry (DESIGN.md §3). Values are codes; labels are translated at display.
#pragma once

#include "classification.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

struct Asset
{
    qint64 id = 0;
    QString assetNo;
    QString businessCategory;
    QString name;
    QString remarks;
    QString userScope;
    QString department;
    QString owner;
    QString assetType = QStringLiteral("information");
    QString storage;
    QString personalInfo = QStringLiteral("none");
    std::optional<qint64> subjectCount;
    // Why confidentiality stays below what the personal information calls for (PI-2, PI-3); empty when it does not.
    QString personalInfoOverride;
    // Normalised ordinals 0–3 (DESIGN.md §2); the scheme turns them into labels.
    int confidentiality = 1;
    QString confidentialityRationale;
    int integrity = 1;
    QString integrityRationale;
    int availability = 1;
    QString availabilityRationale;
    QString provider;
    // 受領条件: the terms the data were received under (before schema 8 the one field 提供条件 / sharing terms).
    QString receiptTerms;
    QString contractor;
    // Handling restrictions (取扱制限): built-in codes and the registry's own texts, in their stored order.
    QStringList handlingRestrictions;
    QDate retentionUntil;
    bool retentionPermanent = false;
    // The basis of the retention: required for permanent (文書管理規程 or a law's name).
    QString retentionBasis;
    QDate registeredOn;
    QDate nextReview;
    // Set by marking the asset reviewed (AssetService::markReviewed), or carried over by an import; never by an edit.
    QDate lastReviewedOn;
    QString reviewedBy;
    QString status = QStringLiteral("in_use");
    int rowVersion = 0;

    // Recipients and medium class (practice.md §6, DESIGN.md §3).
    QString recipients; // 提供先・利用者: who the data are provided to or used by outside the managing department
    QString useTerms;   // 利用条件: the terms presented to the recipients
    QString mediumClass; // a code of AssetCodes::mediumClasses(); empty while not set (assets of earlier versions)

    int importance() const { return ClassificationScheme::importance(confidentiality, integrity, availability); }
};
