// The code lists of an asset (type, personal information, status) and their translated display names.
#pragma once

#include <QString>
#include <QStringList>

namespace AssetCodes {

QStringList assetTypes();
QStringList personalInfoKinds();
QStringList statuses();

QString assetTypeName(const QString &code);
QString personalInfoName(const QString &code);
QString statusName(const QString &code);

// Accepts a code or a display name in English or Japanese; returns the code or an empty string.
QString assetTypeFromText(const QString &text);
QString personalInfoFromText(const QString &text);
QString statusFromText(const QString &text);

} // namespace AssetCodes
