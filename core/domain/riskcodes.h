// The code lists of risk assessment (design/risk.md): levels, statuses, treatment options, threat categories, medium
// classes and the roles that may accept a risk. Codes are stored; names are shown in the UI language.
#pragma once

#include <QString>
#include <QStringList>

namespace RiskCodes {

enum class List
{
    Level,     // low 小, medium 中, high 大
    Status,    // identified, assessed, planned, in_treatment, accepted, closed
    Treatment, // reduce, avoid, transfer, accept
    Category,  // intentional, negligent, disaster, pandemic, infrastructure (policy §3(1)–(5))
    MediumClass,
    Role, // owner, security_manager, ciso, top_management: who may accept how much
    Method
};

QStringList codes(List list);
bool isCode(List list, const QString &code);
// The name in the language of the installed translators; unknown codes come back unchanged.
QString name(List list, const QString &code);
// A code or a name in English or Japanese; the code, or empty when nothing matches.
QString fromText(List list, const QString &text);
QString codeList(List list);

// Levels as ordinals (low 1, medium 2, high 3; 0 for anything else) and back.
int levelOrdinal(const QString &level);
QString levelCode(int ordinal);
// Roles in the order of their authority (owner 1 … top_management 4; 0 for anything else).
int roleOrdinal(const QString &role);

} // namespace RiskCodes
