// The dashboard's figures from the grouped counts of the asset, risk and control stores.
#include "dashboardservice.h"

#include "disposalservice.h"
#include "gapreportservice.h"
#include "registrycontext.h"

DashboardService::DashboardService(RegistryContext &context, const GapReportService &gaps,
                                   const DisposalService &disposal)
    : m_context(context)
    , m_gaps(gaps)
    , m_disposal(disposal)
{
}

Result<DashboardFigures> DashboardService::figures(int withinDays) const
{
    DashboardFigures figures;
    figures.today = m_context.today();
    figures.withinDays = std::max(0, withinDays);
    const QDate until = figures.today.addDays(figures.withinDays);
    QString error;
    const auto failed = [&error] { return Result<DashboardFigures>::failure(error); };

    RiskStore &risks = m_context.riskStore();
    RiskFilter open;
    open.status = QStringLiteral("open");
    open.assessedOnly = true;
    const QHash<QString, qint64> cells =
        risks.countBy(QStringLiteral("importance,damage_likelihood"), open, figures.today, &error);
    if (!error.isEmpty())
        return failed();
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char(','));
        const int importance = parts.value(0).toInt();
        const int damage = parts.value(1).toInt();
        if (importance >= 1 && importance <= 3 && damage >= 1 && damage <= 3)
            figures.heat[std::size_t(importance - 1)][std::size_t(damage - 1)] += it.value();
        figures.openRisks += it.value();
    }
    const QHash<QString, qint64> levels = risks.countBy(QStringLiteral("risk_level"), open, figures.today, &error);
    if (!error.isEmpty())
        return failed();
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
        figures.risksByLevel.insert(it.key(), it.value());
    const QHash<QString, qint64> treatments = risks.countBy(QStringLiteral("treatment"), open, figures.today, &error);
    if (!error.isEmpty())
        return failed();
    for (auto it = treatments.constBegin(); it != treatments.constEnd(); ++it)
        figures.risksByTreatment.insert(it.key(), it.value());
    RiskFilter identified;
    identified.status = QStringLiteral("identified");
    figures.candidates = risks.riskCount(identified, figures.today, &error);
    if (!error.isEmpty())
        return failed();
    RiskFilter overdue;
    overdue.overdue = true;
    figures.riskReviewsOverdue = risks.riskCount(overdue, figures.today, &error);
    if (!error.isEmpty())
        return failed();
    figures.acceptancesEnding = risks.acceptancesEndingBy(until, &error);
    if (!error.isEmpty())
        return failed();

    AssetStore &assets = m_context.assetStore();
    const QHash<QString, qint64> importance = assets.countBy(QStringLiteral("importance"), &error);
    if (!error.isEmpty())
        return failed();
    for (auto it = importance.constBegin(); it != importance.constEnd(); ++it) {
        figures.assetsByImportance.insert(it.key().toInt(), it.value());
        figures.assets += it.value();
    }
    const QHash<QString, qint64> departments = assets.countBy(QStringLiteral("department"), &error);
    if (!error.isEmpty())
        return failed();
    for (auto it = departments.constBegin(); it != departments.constEnd(); ++it)
        figures.assetsByDepartment.insert(it.key(), it.value());
    AssetFilter overdueReviews;
    overdueReviews.overdueForReview = true;
    figures.reviewsOverdue = assets.count(overdueReviews, &error);
    if (!error.isEmpty())
        return failed();
    figures.reviewsDueSoon = assets.reviewsDueBetween(figures.today, until, &error);
    if (!error.isEmpty())
        return failed();

    GapFilter allGaps;
    allGaps.today = figures.today;
    const Result<GapSummary> gaps = m_gaps.gapSummary(allGaps);
    if (!gaps)
        return Result<DashboardFigures>::failure(gaps.error);
    figures.gaps = gaps->total;
    figures.gapsByArea = gaps->byArea();

    figures.disposalsDue = m_disposal.dueCount(figures.withinDays, &error);
    if (!error.isEmpty())
        return failed();
    return Result<DashboardFigures>::success(figures);
}
