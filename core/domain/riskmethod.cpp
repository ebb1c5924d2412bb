// The method of design/risk.md: IPA's conversion table, the risk value and level, criteria and the derived
// vulnerability.
#include "riskmethod.h"

#include "riskcodes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskCriteria", text);
}

// Rows: threat likelihood 3, 2, 1; columns: vulnerability 3, 2, 1 (design/risk.md).
constexpr int kDamage[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};

} // namespace

RiskCriteria RiskCriteria::defaults(const QString &method)
{
    RiskCriteria criteria;
    criteria.method = method;
    if (method == QLatin1String("product")) {
        criteria.highThreshold = 18;
        criteria.mediumThreshold = 8;
    }
    return criteria;
}

QList<QPair<QString, QString>> RiskCriteria::problems() const
{
    QList<QPair<QString, QString>> list;
    if (!RiskCodes::isCode(RiskCodes::List::Method, method))
        list.append({QStringLiteral("method"),
                     translated(QT_TRANSLATE_NOOP("RiskCriteria", "'%1' is not a method of risk assessment. Choose "
                                                                  "one of: %2."))
                         .arg(method, RiskCodes::codeList(RiskCodes::List::Method))});
    if (!(1 < mediumThreshold && mediumThreshold < highThreshold && highThreshold <= maximumValue()))
        list.append({QStringLiteral("thresholds"),
                     translated(QT_TRANSLATE_NOOP("RiskCriteria", "The thresholds of the risk levels must satisfy 1 < "
                                                                  "medium (%1) < high (%2) ≤ %3, the highest risk "
                                                                  "value of the method."))
                         .arg(mediumThreshold)
                         .arg(highThreshold)
                         .arg(maximumValue())});
    for (const QString &level : {ownerMayAccept, managerMayAccept})
        if (!RiskCodes::isCode(RiskCodes::List::Level, level))
            list.append({QStringLiteral("authority"),
                         translated(QT_TRANSLATE_NOOP("RiskCriteria", "'%1' is not a risk level. Choose one of: %2."))
                             .arg(level, RiskCodes::codeList(RiskCodes::List::Level))});
    if (RiskCodes::levelOrdinal(ownerMayAccept) > RiskCodes::levelOrdinal(managerMayAccept))
        list.append({QStringLiteral("authority"),
                     translated(QT_TRANSLATE_NOOP("RiskCriteria", "An asset owner may not accept a higher level of "
                                                                  "risk than the security manager."))});
    if (RiskCodes::roleOrdinal(highApprover) < RiskCodes::roleOrdinal(QStringLiteral("ciso")))
        list.append({QStringLiteral("high_approver"),
                     translated(QT_TRANSLATE_NOOP("RiskCriteria", "A high risk is accepted by the chief information "
                                                                  "security officer or by top management ('ciso' or "
                                                                  "'top_management')."))});
    for (int months : {reviewMonths, reviewMonthsHigh, acceptanceMonths, acceptanceMonthsHigh})
        if (months < 1 || months > 60) {
            list.append({QStringLiteral("months"),
                         translated(QT_TRANSLATE_NOOP("RiskCriteria", "Review intervals and the validity of an "
                                                                      "acceptance are 1 to 60 months."))});
            break;
        }
    return list;
}

QList<QPair<QString, QString>> RiskCriteria::toSettings() const
{
    return {{QStringLiteral("risk.method"), method},
            {QStringLiteral("risk.high_threshold"), QString::number(highThreshold)},
            {QStringLiteral("risk.medium_threshold"), QString::number(mediumThreshold)},
            {QStringLiteral("risk.owner_may_accept"), ownerMayAccept},
            {QStringLiteral("risk.manager_may_accept"), managerMayAccept},
            {QStringLiteral("risk.high_approver"), highApprover},
            {QStringLiteral("risk.review_months"), QString::number(reviewMonths)},
            {QStringLiteral("risk.review_months_high"), QString::number(reviewMonthsHigh)},
            {QStringLiteral("risk.acceptance_months"), QString::number(acceptanceMonths)},
            {QStringLiteral("risk.acceptance_months_high"), QString::number(acceptanceMonthsHigh)}};
}

RiskCriteria RiskCriteria::fromSettings(const std::function<QString(const QString &)> &setting)
{
    const QString method = setting(QStringLiteral("risk.method"));
    RiskCriteria criteria = defaults(method.isEmpty() ? QStringLiteral("ipa") : method);
    const auto number = [&setting](const char *key, int *target) {
        bool ok = false;
        const int value = setting(QString::fromLatin1(key)).toInt(&ok);
        if (ok)
            *target = value;
    };
    const auto text = [&setting](const char *key, QString *target) {
        const QString value = setting(QString::fromLatin1(key));
        if (!value.isEmpty())
            *target = value;
    };
    number("risk.high_threshold", &criteria.highThreshold);
    number("risk.medium_threshold", &criteria.mediumThreshold);
    text("risk.owner_may_accept", &criteria.ownerMayAccept);
    text("risk.manager_may_accept", &criteria.managerMayAccept);
    text("risk.high_approver", &criteria.highApprover);
    number("risk.review_months", &criteria.reviewMonths);
    number("risk.review_months_high", &criteria.reviewMonthsHigh);
    number("risk.acceptance_months", &criteria.acceptanceMonths);
    number("risk.acceptance_months_high", &criteria.acceptanceMonthsHigh);
    return criteria;
}

QJsonObject RiskCriteria::toJson() const
{
    QJsonObject object;
    for (const auto &[key, value] : toSettings())
        object.insert(key.mid(5), value);
    return object;
}

QString RiskCriteria::summary() const
{
    return translated(QT_TRANSLATE_NOOP("RiskCriteria", "%1; high from %2, medium from %3; accepted by the asset "
                                                        "owner up to %4, the security manager up to %5, high by "
                                                        "%6; review every %7 months (high: %8)"))
        .arg(RiskCodes::name(RiskCodes::List::Method, method))
        .arg(highThreshold)
        .arg(mediumThreshold)
        .arg(RiskCodes::name(RiskCodes::List::Level, ownerMayAccept),
             RiskCodes::name(RiskCodes::List::Level, managerMayAccept),
             RiskCodes::name(RiskCodes::List::Role, highApprover))
        .arg(reviewMonths)
        .arg(reviewMonthsHigh);
}

namespace RiskMethod {

bool isRating(int value)
{
    return value >= 1 && value <= 3;
}

int damageLikelihood(int threatLikelihood, int vulnerability)
{
    if (!isRating(threatLikelihood) || !isRating(vulnerability))
        return 0;
    return kDamage[3 - threatLikelihood][3 - vulnerability];
}

int riskValue(const RiskCriteria &criteria, int importance, int threatLikelihood, int vulnerability)
{
    if (!isRating(importance) || !isRating(threatLikelihood) || !isRating(vulnerability))
        return 0;
    if (criteria.method == QLatin1String("product"))
        return importance * threatLikelihood * vulnerability;
    return importance * damageLikelihood(threatLikelihood, vulnerability);
}

QString level(const RiskCriteria &criteria, int value)
{
    if (value <= 0)
        return {};
    if (value >= criteria.highThreshold)
        return QStringLiteral("high");
    if (value >= criteria.mediumThreshold)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

int importanceRating(int importanceOrdinal)
{
    return std::clamp(importanceOrdinal, 1, 3);
}

std::optional<int> derivedVulnerability(const QList<ControlState> &related)
{
    if (related.isEmpty())
        return std::nullopt;
    int covered = 0;
    int some = 0;
    for (const ControlState &state : related) {
        if (!state.assigned)
            continue;
        if (!state.applicable) {
            if (state.hasReason)
                ++covered;
            continue;
        }
        if (state.implementation == QLatin1String("implemented")) {
            ++covered;
            ++some;
        } else if (state.implementation == QLatin1String("partial")) {
            ++some;
        }
    }
    if (covered == related.size())
        return 1;
    return some > 0 ? 2 : 3;
}

QString authorityOf(const RiskCriteria &criteria, const QString &role)
{
    const int ordinal = RiskCodes::roleOrdinal(role);
    if (ordinal <= 0)
        return {};
    if (ordinal >= RiskCodes::roleOrdinal(criteria.highApprover))
        return QStringLiteral("high");
    if (role == QLatin1String("owner"))
        return criteria.ownerMayAccept;
    return criteria.managerMayAccept;
}

bool mayAccept(const RiskCriteria &criteria, const QString &role, const QString &level)
{
    const int authority = RiskCodes::levelOrdinal(authorityOf(criteria, role));
    return authority > 0 && RiskCodes::levelOrdinal(level) <= authority;
}

} // namespace RiskMethod
