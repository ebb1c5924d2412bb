// Code lists of controls. The Japanese terms are those of DESIGN.md §4.
#include "controlcodes.h"

#include "codelist.h"

#include <QCoreApplication>

namespace {

constexpr CodeName kAreas[] = {
    {"0", QT_TRANSLATE_NOOP("ControlCodes", "Not classified"), "未分類"},
    {"1", QT_TRANSLATE_NOOP("ControlCodes", "Organisational"), "組織的対策"},
    {"2", QT_TRANSLATE_NOOP("ControlCodes", "Governance and incident response"), "体制整備・緊急時対応"},
    {"3", QT_TRANSLATE_NOOP("ControlCodes", "Asset classification, management and disposal"),
     "情報資産の分類・管理・廃棄"},
    {"4", QT_TRANSLATE_NOOP("ControlCodes", "Physical"), "物理的対策"},
    {"5", QT_TRANSLATE_NOOP("ControlCodes", "Human"), "人的対策"},
    {"6", QT_TRANSLATE_NOOP("ControlCodes", "Technical"), "技術的対策"},
    {"7", QT_TRANSLATE_NOOP("ControlCodes", "Operational"), "運用"},
    {"8", QT_TRANSLATE_NOOP("ControlCodes", "Data distribution"), "データ流通"},
    {"9", QT_TRANSLATE_NOOP("ControlCodes", "Outsourcing"), "外部委託"},
    {"10", QT_TRANSLATE_NOOP("ControlCodes", "Compliance, inspection and audit"), "法令遵守・点検・監査"},
};

constexpr CodeName kImplementations[] = {
    {"implemented", QT_TRANSLATE_NOOP("ControlCodes", "Implemented"), "実施済"},
    {"partial", QT_TRANSLATE_NOOP("ControlCodes", "Partially implemented"), "一部実施"},
    {"not_implemented", QT_TRANSLATE_NOOP("ControlCodes", "Not implemented"), "未実施"},
    {"unknown", QT_TRANSLATE_NOOP("ControlCodes", "Unknown"), "不明"},
};

constexpr CodeName kGapKinds[] = {
    {"missing", QT_TRANSLATE_NOOP("ControlCodes", "Missing"), "未割当"},
    {"no_reason", QT_TRANSLATE_NOOP("ControlCodes", "Not applicable without a reason"), "適用除外の理由なし"},
    {"overdue", QT_TRANSLATE_NOOP("ControlCodes", "Overdue"), "期限超過"},
    {"not_implemented", QT_TRANSLATE_NOOP("ControlCodes", "Not implemented"), "未実施"},
    {"partial", QT_TRANSLATE_NOOP("ControlCodes", "Partially implemented"), "一部実施"},
    {"unknown", QT_TRANSLATE_NOOP("ControlCodes", "Implementation unknown"), "実施状況不明"},
};

constexpr CodeList kAreaList("ControlCodes", kAreas);
constexpr CodeList kImplementationList("ControlCodes", kImplementations);
constexpr CodeList kGapKindList("ControlCodes", kGapKinds);

} // namespace

namespace ControlCodes {

QList<int> areas()
{
    return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
}

QString areaName(int area)
{
    return kAreaList.name(QString::number(area));
}

QString areaJapaneseName(int area)
{
    return kAreaList.japaneseName(QString::number(area));
}

int areaFromText(const QString &text)
{
    const QString code = kAreaList.fromText(text);
    return code.isEmpty() ? 0 : code.toInt();
}

QStringList implementations()
{
    return kImplementationList.codes();
}
QString implementationName(const QString &code)
{
    return kImplementationList.name(code);
}
QString implementationFromText(const QString &text)
{
    return kImplementationList.fromText(text);
}

QStringList gapKinds()
{
    return kGapKindList.codes();
}
QString gapKindName(const QString &code)
{
    return kGapKindList.name(code);
}
QString gapKindFromText(const QString &text)
{
    return kGapKindList.fromText(text);
}

QString applicabilityName(bool applicable)
{
    return applicable ? QCoreApplication::translate("ControlCodes", "Applicable")
                      : QCoreApplication::translate("ControlCodes", "Not applicable");
}

} // namespace ControlCodes
