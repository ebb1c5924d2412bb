// Code lists of DESIGN.md §3. Japanese names are kept beside the English source so that files written in either
// language can be read whatever the UI language is.
#include "assetcodes.h"

#include <QCoreApplication>

namespace {

struct CodeName
{
    const char *code;
    const char *english;
    const char *japanese;
};

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

template <std::size_t N> QStringList codes(const CodeName (&list)[N])
{
    QStringList result;
    for (const CodeName &entry : list)
        result << QString::fromLatin1(entry.code);
    return result;
}

template <std::size_t N> QString name(const CodeName (&list)[N], const QString &code)
{
    for (const CodeName &entry : list) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("AssetCodes", entry.english);
    }
    return code;
}

template <std::size_t N> QString fromText(const CodeName (&list)[N], const QString &text)
{
    const QString wanted = text.trimmed();
    for (const CodeName &entry : list) {
        if (wanted.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(entry.english), Qt::CaseInsensitive) == 0 ||
            wanted == QString::fromUtf8(entry.japanese) ||
            wanted == QCoreApplication::translate("AssetCodes", entry.english))
            return QString::fromLatin1(entry.code);
    }
    return {};
}

} // namespace

namespace AssetCodes {

QStringList assetTypes()
{
    return codes(kAssetTypes);
}
QStringList personalInfoKinds()
{
    return codes(kPersonalInfo);
}
QStringList statuses()
{
    return codes(kStatuses);
}

QString assetTypeName(const QString &code)
{
    return name(kAssetTypes, code);
}
QString personalInfoName(const QString &code)
{
    return name(kPersonalInfo, code);
}
QString statusName(const QString &code)
{
    return name(kStatuses, code);
}

QString assetTypeFromText(const QString &text)
{
    return fromText(kAssetTypes, text);
}
QString personalInfoFromText(const QString &text)
{
    return fromText(kPersonalInfo, text);
}
QString statusFromText(const QString &text)
{
    return fromText(kStatuses, text);
}

} // namespace AssetCodes
