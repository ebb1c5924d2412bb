// The row of an asset in the asset table: its columns, read into an Asset and bound from one. Shared by the files of
// AssetStore (assetstore.cpp rows in and out, assetpages.cpp pages, assetcounts.cpp counts).
#pragma once

#include "internal.h"

#include "domain/asset.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <utility>

namespace AssetRows {

// Every column of an asset, in the order assetFromQuery reads them.
extern const QString kColumns;
Asset assetFromQuery(const QSqlQuery &query);
// Every stored value of an insert or update as (column, value), except the id and the row version.
QList<std::pair<QString, QVariant>> assetValues(const Asset &asset, const QDateTime &now);
// Binds every named value of an insert or update (":asset_no" …) except the id and the row version.
void bindAsset(QSqlQuery &query, const Asset &asset, const QDateTime &now);

} // namespace AssetRows
