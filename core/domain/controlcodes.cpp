// Code lists of controls. The Japanese terms are those of DESIGN.md §4.
#include "controlcodes.h"

#include <QCoreApplication>

namespace {

struct CodeName
{
    const char *code;
    const char *english;
    const char *japanese;
};

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
            return QCoreApplication::translate("ControlCodes", entry.english);
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
            wanted == QCoreApplication::translate("ControlCodes", entry.english))
            return QString::fromLatin1(entry.code);
    }
    return {};
}

} // namespace

namespace ControlCodes {

QList<int> areas()
{
    return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
}

QString areaName(int area)
{
    return name(kAreas, QString::number(area));
}

QString areaJapaneseName(int area)
{
    for (const CodeName &entry : kAreas) {
        if (QString::number(area) == QLatin1String(entry.code))
            return QString::fromUtf8(entry.japanese);
    }
    return {};
}

int areaFromText(const QString &text)
{
    const QString code = fromText(kAreas, text);
    return code.isEmpty() ? 0 : code.toInt();
}

QStringList implementations()
{
    return codes(kImplementations);
}
QString implementationName(const QString &code)
{
    return name(kImplementations, code);
}
QString implementationFromText(const QString &text)
{
    return fromText(kImplementations, text);
}

QStringList gapKinds()
{
    return codes(kGapKinds);
}
QString gapKindName(const QString &code)
{
    return name(kGapKinds, code);
}
QString gapKindFromText(const QString &text)
{
    return fromText(kGapKinds, text);
}

QString applicabilityName(bool applicable)
{
    return applicable ? QCoreApplication::translate("ControlCodes", "Applicable")
                      : QCoreApplication::translate("ControlCodes", "Not applicable");
}

} // namespace ControlCodes
