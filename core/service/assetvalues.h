// Reading and writing asset fields as text: codes for files and the audit trail, translated labels for people,
// and parsing of what a user types on the command line or in an imported file.
#pragma once

#include "domain/asset.h"
#include "domain/assetfield.h"
#include "domain/classification.h"

#include <QString>
#include <QVariant>

class ClassificationScheme;
class SettingsService;

namespace AssetValues {

// Stable text of a field: codes, level labels of the scheme in English, ISO dates, "permanent".
QString raw(const Asset &asset, AssetField::Id field, const ClassificationScheme &scheme);
// What a person reads: translated names, the scheme's level labels, dates in the locale's short format.
QString display(const Asset &asset, AssetField::Id field, const ClassificationScheme &scheme,
                const SettingsService &settings);
// Sets a field from text in either language; on failure *error says what is wrong and how to fix it.
bool setFromText(Asset *asset, AssetField::Id field, const QString &text, const ClassificationScheme &scheme,
                 QString *error);
// A date as people type it: 2026-04-01, 2026/4/1 or 2026年4月1日.
QDate parseDate(const QString &text);

} // namespace AssetValues
