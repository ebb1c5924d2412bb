// Code lists of DESIGN.md §5. The Japanese names are kept beside the English source: certificates are printed in the
// language the user picks, whatever the UI language, and the command line accepts either language.
#include "disposalcodes.h"

#include "codelist.h"

namespace {

constexpr CodeName kMethods[] = {
    {"clear", QT_TRANSLATE_NOOP("DisposalCodes", "Clear"), "クリア"},
    {"purge", QT_TRANSLATE_NOOP("DisposalCodes", "Purge"), "パージ"},
    {"destroy", QT_TRANSLATE_NOOP("DisposalCodes", "Destroy"), "破壊"},
};

constexpr CodeName kTechniques[] = {
    {"overwrite", QT_TRANSLATE_NOOP("DisposalCodes", "Overwrite"), "上書き"},
    {"block_erase", QT_TRANSLATE_NOOP("DisposalCodes", "Block erase"), "ブロック消去"},
    {"crypto_erase", QT_TRANSLATE_NOOP("DisposalCodes", "Cryptographic erase"), "暗号化消去"},
    {"degauss", QT_TRANSLATE_NOOP("DisposalCodes", "Degauss"), "消磁"},
    {"shred", QT_TRANSLATE_NOOP("DisposalCodes", "Shred"), "裁断"},
    {"disintegrate", QT_TRANSLATE_NOOP("DisposalCodes", "Disintegrate"), "粉砕"},
    {"melt", QT_TRANSLATE_NOOP("DisposalCodes", "Melt"), "溶解"},
    {"incinerate", QT_TRANSLATE_NOOP("DisposalCodes", "Incinerate"), "焼却"},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other"), "その他"},
};

constexpr CodeName kVerifications[] = {
    {"full", QT_TRANSLATE_NOOP("DisposalCodes", "Full verification"), "全数検証"},
    {"sampling", QT_TRANSLATE_NOOP("DisposalCodes", "Quick sampling"), "抜き取り検証"},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other"), "その他"},
};

constexpr CodeName kResults[] = {
    {"passed", QT_TRANSLATE_NOOP("DisposalCodes", "Passed"), "合格"},
    {"failed", QT_TRANSLATE_NOOP("DisposalCodes", "Failed"), "不合格"},
};

constexpr CodeName kDestinations[] = {
    {"internal_reuse", QT_TRANSLATE_NOOP("DisposalCodes", "Reuse inside the organisation"), "組織内で再利用"},
    {"external_reuse", QT_TRANSLATE_NOOP("DisposalCodes", "Reuse outside the organisation"), "組織外で再利用"},
    {"recycling", QT_TRANSLATE_NOOP("DisposalCodes", "Recycling"), "リサイクル"},
    {"manufacturer", QT_TRANSLATE_NOOP("DisposalCodes", "Returned to the manufacturer"), "製造元へ返却"},
    {"destroyed", QT_TRANSLATE_NOOP("DisposalCodes", "Destroyed"), "破壊済み"},
    {"other", QT_TRANSLATE_NOOP("DisposalCodes", "Other"), "その他"},
};

constexpr CodeName kBackups[] = {
    {"yes", QT_TRANSLATE_NOOP("DisposalCodes", "Yes"), "あり"},
    {"no", QT_TRANSLATE_NOOP("DisposalCodes", "No"), "なし"},
    {"unknown", QT_TRANSLATE_NOOP("DisposalCodes", "Unknown"), "不明"},
};

CodeList tableOf(DisposalCodes::List list)
{
    switch (list) {
    case DisposalCodes::List::Method:
        return CodeList("DisposalCodes", kMethods);
    case DisposalCodes::List::Technique:
        return CodeList("DisposalCodes", kTechniques);
    case DisposalCodes::List::Verification:
        return CodeList("DisposalCodes", kVerifications);
    case DisposalCodes::List::Result:
        return CodeList("DisposalCodes", kResults);
    case DisposalCodes::List::Destination:
        return CodeList("DisposalCodes", kDestinations);
    case DisposalCodes::List::Backup:
        break;
    }
    return CodeList("DisposalCodes", kBackups);
}

} // namespace

namespace DisposalCodes {

QStringList codes(List list)
{
    return tableOf(list).codes();
}

bool isCode(List list, const QString &code)
{
    return tableOf(list).contains(code);
}

QString name(List list, const QString &code, const QString &language)
{
    return tableOf(list).name(code, language);
}

QString fromText(List list, const QString &text)
{
    return tableOf(list).fromText(text);
}

QString codeList(List list)
{
    QStringList result = codes(list);
    for (QString &code : result)
        code.replace(QLatin1Char('_'), QLatin1Char('-'));
    return result.join(QStringLiteral(", "));
}

} // namespace DisposalCodes
