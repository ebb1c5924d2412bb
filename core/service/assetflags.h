// The flags an asset carries wherever it shows (editor, asset table, printed ledger, `show`): 漏えい時に報告対象,
// a personal-information override of its confidentiality (PI-2, PI-3) and 保存期限未設定. Derived, never stored.
#pragma once

#include <QString>
#include <QStringList>

struct Asset;
class AssetService;
class ClassificationScheme;

namespace AssetFlags {

enum Flag
{
    ReportableIfLeaked = 0x1,
    PersonalInfoOverride = 0x2,
    RetentionUnset = 0x4,
};

int of(const AssetService &service, const Asset &asset);
// The same without reading the registry's settings, for views that paint many rows: the scheme and the My Number
// threshold (SettingsService::myNumberReportThreshold()) read once.
int of(const Asset &asset, const ClassificationScheme &scheme, qint64 myNumberThreshold);
// The translated name of one flag: 「漏えい時に報告対象」 …
QString name(Flag flag);
// The names of the flags that are set, in a fixed order.
QStringList names(int flags);

} // namespace AssetFlags
