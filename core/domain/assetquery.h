// What part of the registry a view or command wants: the filters of the asset list and its sort order.
#pragma once

#include "domain/assetfield.h"

#include <QString>

struct AssetFilter
{
    QString search;       // words, each found anywhere in the text fields
    QString department;   // exact
    QString assetType;    // code
    int importance = 0;   // 1–3, 0 for any
    QString status;       // code; empty: every status but disposed
    QString personalInfo; // code; "any" for every kind except none
    bool includeDisposed = false;
    bool overdueForReview = false; // only assets whose next review lies before the registry's today (Review::isOverdue)
    bool retentionUnset = false;   // only assets flagged 保存期限未設定 (neither a date nor permanent)

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && department.isEmpty() && assetType.isEmpty() && importance == 0 &&
               status.isEmpty() && personalInfo.isEmpty() && !overdueForReview && !retentionUnset;
    }
};

struct AssetSort
{
    AssetField::Id field = AssetField::AssetNo;
    Qt::SortOrder order = Qt::AscendingOrder;
};
