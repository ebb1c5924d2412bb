// Code lists of DESIGN.md §3. Files written in either language are read whatever the UI language is: the Japanese
// names come from the translation catalogue (CodeList::fromText).
#include "assetcodes.h"

#include "codelist.h"

#include <QCoreApplication>

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

// The names of design/risk.md: 書類, 可搬電子媒体, 事務所PC, モバイル機器, 社内サーバ, 社外サーバ・クラウド, 施設.
constexpr CodeName kMediumClasses[] = {
    {"paper", QT_TRANSLATE_NOOP("AssetCodes", "Paper")},
    {"portable", QT_TRANSLATE_NOOP("AssetCodes", "Portable electronic media")},
    {"office_pc", QT_TRANSLATE_NOOP("AssetCodes", "Office PC")},
    {"mobile", QT_TRANSLATE_NOOP("AssetCodes", "Mobile device")},
    {"onprem", QT_TRANSLATE_NOOP("AssetCodes", "In-house server")},
    {"cloud", QT_TRANSLATE_NOOP("AssetCodes", "External server or cloud service")},
    {"facility", QT_TRANSLATE_NOOP("AssetCodes", "Premises")},
};

constexpr CodeList kAssetTypeList("AssetCodes", kAssetTypes);
constexpr CodeList kPersonalInfoList("AssetCodes", kPersonalInfo);
constexpr CodeList kStatusList("AssetCodes", kStatuses);
constexpr CodeList kMediumClassList("AssetCodes", kMediumClasses);

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

QStringList mediumClasses()
{
    return kMediumClassList.codes();
}
QString mediumClassName(const QString &code)
{
    return kMediumClassList.name(code);
}
QString mediumClassDisplay(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("AssetCodes", "Not set");
    return kMediumClassList.name(code);
}
QString mediumClassFromText(const QString &text)
{
    return kMediumClassList.fromText(text);
}

} // namespace AssetCodes
