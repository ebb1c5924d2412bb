// The code lists of an asset (type, personal information, status, medium class) and their translated display names.
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

// Medium class (媒体・保存先区分, DESIGN.md §3): where the asset is kept, as a code that rules and risk threats test.
// The free-text storage field says exactly where. An asset may have none (assets of earlier versions).
QStringList mediumClasses();
QString mediumClassName(const QString &code);
// "Not set" for an empty code.
QString mediumClassDisplay(const QString &code);
QString mediumClassFromText(const QString &text);

} // namespace AssetCodes
