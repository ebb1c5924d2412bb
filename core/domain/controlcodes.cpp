// Code lists of controls. The Japanese terms are those of DESIGN.md §4.
#include "controlcodes.h"

#include "codelist.h"

#include <QCoreApplication>

namespace {

constexpr CodeName kAreas[] = {
    {"0", QT_TRANSLATE_NOOP("ControlCodes", "Not classified")},
    {"1", QT_TRANSLATE_NOOP("ControlCodes", "Organisational")},
    {"2", QT_TRANSLATE_NOOP("ControlCodes", "Governance and incident response")},
    {"3", QT_TRANSLATE_NOOP("ControlCodes", "Asset classification, management and disposal")},
    {"4", QT_TRANSLATE_NOOP("ControlCodes", "Physical")},
    {"5", QT_TRANSLATE_NOOP("ControlCodes", "Human")},
    {"6", QT_TRANSLATE_NOOP("ControlCodes", "Technical")},
    {"7", QT_TRANSLATE_NOOP("ControlCodes", "Operational")},
    {"8", QT_TRANSLATE_NOOP("ControlCodes", "Data distribution")},
    {"9", QT_TRANSLATE_NOOP("ControlCodes", "Outsourcing")},
    {"10", QT_TRANSLATE_NOOP("ControlCodes", "Compliance, inspection and audit")},
};

constexpr CodeName kImplementations[] = {
    {"implemented", QT_TRANSLATE_NOOP("ControlCodes", "Implemented")},
    {"partial", QT_TRANSLATE_NOOP("ControlCodes", "Partially implemented")},
    {"not_implemented", QT_TRANSLATE_NOOP("ControlCodes", "Not implemented")},
    {"unknown", QT_TRANSLATE_NOOP("ControlCodes", "Unknown")},
};

constexpr CodeName kGapKinds[] = {
    {"missing", QT_TRANSLATE_NOOP("ControlCodes", "Missing")},
    {"no_reason", QT_TRANSLATE_NOOP("ControlCodes", "Not applicable without a reason")},
    {"overdue", QT_TRANSLATE_NOOP("ControlCodes", "Overdue")},
    {"not_implemented", QT_TRANSLATE_NOOP("ControlCodes", "Not implemented")},
    {"partial", QT_TRANSLATE_NOOP("ControlCodes", "Partially implemented")},
    {"unknown", QT_TRANSLATE_NOOP("ControlCodes", "Implementation unknown")},
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
