// Code lists of DESIGN.md §3. Japanese names are kept beside the English source so that files written in either
// language can be read whatever the UI language is.
#include "assetcodes.h"

#include "codelist.h"

namespace {

constexpr CodeName kAssetTypes[] = {
    {"information", QT_TRANSLATE_NOOP("AssetCodes", "Information (electronic data)"), "情報（電子データ）"},
    {"paper", QT_TRANSLATE_NOOP("AssetCodes", "Paper documents"), "紙文書"},
    {"software", QT_TRANSLATE_NOOP("AssetCodes", "Software"), "ソフトウェア"},
    {"hardware", QT_TRANSLATE_NOOP("AssetCodes", "Hardware"), "ハードウェア"},
    {"media", QT_TRANSLATE_NOOP("AssetCodes", "Storage media"), "記録媒体"},
    {"service", QT_TRANSLATE_NOOP("AssetCodes", "Service"), "サービス"},
    {"facility", QT_TRANSLATE_NOOP("AssetCodes", "Facility"), "設備"},
    {"other", QT_TRANSLATE_NOOP("AssetCodes", "Other"), "その他"},
};

constexpr CodeName kPersonalInfo[] = {
    {"none", QT_TRANSLATE_NOOP("AssetCodes", "None"), "なし"},
    {"personal", QT_TRANSLATE_NOOP("AssetCodes", "Personal information"), "個人情報"},
    {"sensitive", QT_TRANSLATE_NOOP("AssetCodes", "Special care-required personal information"), "要配慮個人情報"},
    {"my_number", QT_TRANSLATE_NOOP("AssetCodes", "Specific personal information (My Number)"), "特定個人情報"},
};

constexpr CodeName kStatuses[] = {
    {"in_use", QT_TRANSLATE_NOOP("AssetCodes", "In use"), "利用中"},
    {"stored", QT_TRANSLATE_NOOP("AssetCodes", "Stored"), "保管中"},
    {"disposal_pending", QT_TRANSLATE_NOOP("AssetCodes", "Disposal pending"), "廃棄予定"},
    {"disposed", QT_TRANSLATE_NOOP("AssetCodes", "Disposed"), "廃棄済"},
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
