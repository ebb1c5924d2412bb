// One information asset as stored in the registry (DESIGN.md §3). Values are codes; labels are translated at display.
#pragma once

#include "classification.h"

#include <QDate>
#include <QString>

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
    QString sharingTerms;
    QString contractor;
    QDate retentionUntil;
    bool retentionPermanent = false;
    // The basis of the retention: required for permanent (文書管理規程 or a law's name).
    QString retentionBasis;
    QDate registeredOn;
    QDate nextReview;
    QString status = QStringLiteral("in_use");
    int rowVersion = 0;

    int importance() const { return ClassificationScheme::importance(confidentiality, integrity, availability); }
};
