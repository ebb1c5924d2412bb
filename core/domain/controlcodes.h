// The code lists of controls (DESIGN.md §4): the ten areas of the policy, implementation states and kinds of gap,
// with their translated names. Japanese names are accepted when reading files and command lines whatever the UI
// language is.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ControlCodes {

// Areas 1–10 in the order of the policy; 0 is "not classified" (an imported control without an area).
QList<int> areas();
QString areaName(int area);
QString areaJapaneseName(int area);
// Accepts the number, the English or the Japanese name; returns 0 when the text names no area.
int areaFromText(const QString &text);

// implemented, partial, not_implemented, unknown.
QStringList implementations();
QString implementationName(const QString &code);
QString implementationFromText(const QString &text);

// missing, no_reason, overdue, not_implemented, partial, unknown: one kind per gap, in this order of precedence.
QStringList gapKinds();
QString gapKindName(const QString &code);
QString gapKindFromText(const QString &text);

QString applicabilityName(bool applicable);

} // namespace ControlCodes
