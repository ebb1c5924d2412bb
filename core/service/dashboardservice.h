// The figures of the dashboard (design/risk.md "Outputs", issue 12): the heat map of the open risk entries that have
// been assessed (重要度 × 被害発生可能性), the same entries by level and by treatment, the candidates still to be
// assessed, the assets by importance and by department, the control
// gaps by area, and what is due: asset reviews, risk reviews and treatments, acceptances and disposals. Every count is
// an SQL aggregate in storage, so the dashboard of a large registry costs a handful of grouped queries; dates come
// from the registry's clock.
#pragma once

#include "result.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <array>

class DisposalService;
class GapReportService;
class RegistryContext;

struct DashboardFigures
{
    QDate today;
    int withinDays = 30; // the window of "due soon"

    // Open entries that have been assessed (every status but identified and closed) per cell: heat[importance - 1]
    // [damage likelihood - 1]. Candidates (identified, 特定済) are left out: their ratings are the catalogue's
    // defaults until the assessor has analysed and evaluated them (design/risk.md "Risk", status), so they are not yet
    // where the risk is.
    std::array<std::array<qint64, 3>, 3> heat{};
    qint64 openRisks = 0;                   // the entries of the heat map
    QMap<QString, qint64> risksByLevel;     // the same entries; keys low, medium, high
    QMap<QString, qint64> risksByTreatment; // the same entries; keys reduce, avoid, transfer, accept, "" (not chosen)
    qint64 candidates = 0;                  // identified entries still to be assessed

    qint64 assets = 0;                        // assets not disposed
    QMap<int, qint64> assetsByImportance;     // importance ordinal 0–3 → assets not disposed
    QMap<QString, qint64> assetsByDepartment; // department → assets not disposed

    qint64 gaps = 0;
    QMap<int, qint64> gapsByArea; // control area → gaps

    qint64 reviewsOverdue = 0;     // assets whose next review lies before today
    qint64 reviewsDueSoon = 0;     // assets whose next review falls today … today + withinDays
    qint64 riskReviewsOverdue = 0; // open entries overdue for review or for their treatment
    qint64 acceptancesEnding = 0;  // accepted entries whose acceptance ends by today + withinDays
    qint64 disposalsDue = 0;       // assets due for disposal within withinDays, or marked disposal pending

    qint64 heatAt(int importance, int damageLikelihood) const
    {
        if (importance < 1 || importance > 3 || damageLikelihood < 1 || damageLikelihood > 3)
            return 0;
        return heat[std::size_t(importance - 1)][std::size_t(damageLikelihood - 1)];
    }
};

class DashboardService final
{
public:
    DashboardService(RegistryContext &context, const GapReportService &gaps, const DisposalService &disposal);

    // Every figure of the dashboard; "due soon" means within `withinDays` days from today.
    Result<DashboardFigures> figures(int withinDays = 30) const;

private:
    RegistryContext &m_context;
    const GapReportService &m_gaps;
    const DisposalService &m_disposal;
};
