// Code lists of DESIGN.md §3. Files written in either language are read whatever the UI language is: the Japanese
// names come from the translation catalogue (CodeList::fromText).
#include "assetcodes.h"

#include "codelist.h"

namespace {

constexpr CodeName kAssetTypes[] = {
    {"information", QT_TRANSLATE_NOOP("AssetCodes", "Information (electronic data)")},
    {"paper", QT_TRANSLATE_NOOP("AssetCodes", "Paper documents")},
    {"software", QT_TRANSLATE_NOOP("AssetCodes", "Software")},
    {"hardware", QT_TRANSLATE_NOOP("AssetCodes", "Hardware")},
    {"media", QT_TRANSLATE_NOOP("AssetCodes", "Storage media")},
    {"service", QT_TRANSLATE_NOOP("AssetCodes", "Service")},
    {"facility", QT_TRANSLATE_NOOP("AssetCodes", "Facility")},
    {"other", QT_TRANSLATE_NOOP("AssetCodes", "Other")},
};

constexpr CodeName kPersonalInfo[] = {
    {"none", QT_TRANSLATE_NOOP("AssetCodes", "None")},
    {"personal", QT_TRANSLATE_NOOP("AssetCodes", "Personal information")},
    {"sensitive", QT_TRANSLATE_NOOP("AssetCodes", "Special care-required personal information")},
    {"my_number", QT_TRANSLATE_NOOP("AssetCodes", "Specific personal information (My Number)")},
};

constexpr CodeName kStatuses[] = {
    {"in_use", QT_TRANSLATE_NOOP("AssetCodes", "In use")},
    {"stored", QT_TRANSLATE_NOOP("AssetCodes", "Stored")},
    {"disposal_pending", QT_TRANSLATE_NOOP("AssetCodes", "Disposal pending")},
    {"disposed", QT_TRANSLATE_NOOP("AssetCodes", "Disposed")},
};

constexpr CodeList kAssetTypeList("AssetCodes", kAssetTypes);
constexpr CodeList kPersonalInfoList("AssetCodes", kPersonalInfo);
constexpr CodeList kStatusList("AssetCodes", kStatuses);

} // namespace

namespace AssetCodes {

QStringList assetTypes()
{
    return kAssetTypeList.codes();
}
QStringList personalInfoKinds()
{
    return kPersonalInfoList.codes();
}
QStringList statuses()
{
    return kStatusList.codes();
}

QString assetTypeName(const QString &code)
{
    return kAssetTypeList.name(code);
}
QString personalInfoName(const QString &code)
{
    return kPersonalInfoList.name(code);
}
QString statusName(const QString &code)
{
    return kStatusList.name(code);
}

QString assetTypeFromText(const QString &text)
{
    return kAssetTypeList.fromText(text);
}
QString personalInfoFromText(const QString &text)
{
    return kPersonalInfoList.fromText(text);
}
QString statusFromText(const QString &text)
{
    return kStatusList.fromText(text);
}

} // namespace AssetCodes
