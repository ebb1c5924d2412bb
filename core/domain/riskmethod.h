// The method of risk assessment (design/risk.md "Method"): threat likelihood and vulnerability on 1–3, IPA's table
// of the likelihood of damage, the risk value and its level, the alternative product of three, the risk criteria of a
// registry and the vulnerability derived from the controls an asset has. Pure functions: no storage, no clock.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct RiskCriteria
{
    QString method = QStringLiteral("ipa"); // ipa: importance × damage likelihood (1–9); product: I × T × V (1–27)
    int highThreshold = 6;                  // value ≥ this is high (大)
    int mediumThreshold = 4;                // value ≥ this is medium (中), else low (小)
    QString ownerMayAccept = QStringLiteral("low");
    QString managerMayAccept = QStringLiteral("medium");
    QString highApprover = QStringLiteral("ciso"); // the role that must approve accepting high
    int reviewMonths = 12;
    int reviewMonthsHigh = 6;
    int acceptanceMonths = 12;
    int acceptanceMonthsHigh = 6;

    // The suggested thresholds of a method (IPA 6/4, product 18/8).
    static RiskCriteria defaults(const QString &method = QStringLiteral("ipa"));
    int maximumValue() const { return method == QLatin1String("product") ? 27 : 9; }
    // Problems (field key, translated message); empty when the criteria can be used.
    QList<QPair<QString, QString>> problems() const;
    // The criteria as settings (key "risk.<field>") and back; missing keys keep the defaults.
    QList<QPair<QString, QString>> toSettings() const;
    static RiskCriteria fromSettings(const std::function<QString(const QString &key)> &setting);
    // As copied into an assessment run and printed.
    QJsonObject toJson() const;
    QString summary() const; // one line in the UI language
};

namespace RiskMethod {

// Is the value a valid 1–3 rating?
bool isRating(int value);
// IPA's conversion table (rows threat likelihood, columns vulnerability); 0 for an input outside 1–3.
int damageLikelihood(int threatLikelihood, int vulnerability);
// The risk value under the criteria' method; 0 for an input outside 1–3.
int riskValue(const RiskCriteria &criteria, int importance, int threatLikelihood, int vulnerability);
// low, medium or high; empty for 0.
QString level(const RiskCriteria &criteria, int value);
// Importance on 1–3 from the asset's normalised importance ordinal 0–3 (FIPS 199 N/A counts as 1).
int importanceRating(int importanceOrdinal);

// The state of one related control on the asset, for the derived vulnerability.
struct ControlState
{
    bool assigned = false;
    bool applicable = true;
    bool hasReason = false;
    QString implementation; // implemented, partial, not_implemented, unknown
};
// Rule 3: every related control implemented, or not applicable with a reason → 1; at least one implemented or
// partial → 2; none → 3; no related controls → nothing (entered by hand).
std::optional<int> derivedVulnerability(const QList<ControlState> &related);

// The highest level a role may accept under the criteria (low, medium, high).
QString authorityOf(const RiskCriteria &criteria, const QString &role);
bool mayAccept(const RiskCriteria &criteria, const QString &role, const QString &level);

} // namespace RiskMethod
