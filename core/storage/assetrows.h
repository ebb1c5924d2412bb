// The row of an asset in the asset table: its columns, read into an Asset and bound from one. Shared by the files of
// AssetStore (assetstore.cpp rows in and out, assetpages.cpp pages, assetcounts.cpp counts).
#pragma once

#include "internal.h"

#include "domain/asset.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace AssetRows {

// Every column of an asset, in the order assetFromQuery reads them.
extern const QString kColumns;
Asset assetFromQuery(const QSqlQuery &query);
// Binds every named value of an insert or update (":asset_no" …) except the id and the row version.
void bindAsset(QSqlQuery &query, const Asset &asset, const QDateTime &now);

} // namespace AssetRows
