// The heat map of the dashboard: 3×3 cells of 重要度 (rows, 3 at the top) × 被害発生可能性 (columns, 1 at the left),
// each a button with the number of assessed open risk entries in it, coloured by the level the cell's value has under
// IPA's method (the registry's thresholds when it uses that method, IPA's defaults otherwise). A click on a cell asks
// for the matching entries (the dashboard shows them in the risk register window).
#pragma once

#include "service/dashboardservice.h"

#include "domain/riskmethod.h"

#include <QWidget>

class QLabel;
class QPushButton;

class HeatMapWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures, const RiskCriteria &criteria);
    // The button of a cell (importance and likelihood of damage 1–3).
    QPushButton *cell(int importance, int damageLikelihood) const;
    // The level a cell is coloured by: low, medium or high.
    static QString cellLevel(const RiskCriteria &criteria, int importance, int damageLikelihood);

signals:
    void cellClicked(int importance, int damageLikelihood);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPushButton *m_cells[3][3] = {};
    QLabel *m_rowTitle = nullptr;
    QLabel *m_columnTitle = nullptr;
    RiskCriteria m_criteria;
    DashboardFigures m_figures;
};
