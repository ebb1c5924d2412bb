// The dashboard (ダッシュボード, design/risk.md "Outputs"): where the risk is, on one screen. The heat map of the open
// risk entries that have been assessed (重要度 × 被害発生可能性; candidates not yet assessed are counted beside it)
// whose cells open the risk register window filtered to the cell; charts (Qt Charts) of the entries by
// level and by treatment, the assets by importance and by department and the control gaps by area; and what is due:
// asset reviews, risk reviews and treatments, acceptances and disposals. Every figure comes from DashboardService.
// It follows the registry: it reads the figures again when the audit trail has grown (every write appends an event,
// from this window, another one or the command line) while it is shown. It prints, or saves as PDF, as drawn.
#pragma once

#include "domain/risk.h"
#include "service/dashboardservice.h"

#include <QWidget>

class HeatMapWidget;
class QChart;
class QChartView;
class QGroupBox;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTimer;
class Registry;

class DashboardWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWindow(Registry &registry, QWidget *parent = nullptr);

    const DashboardFigures &figures() const { return m_figures; }
    HeatMapWidget *heatMap() const { return m_heatMap; }
    QLabel *dueLabel() const { return m_due; }
    QList<QChartView *> charts() const;

    // Paints the dashboard on one landscape page of the device (a QPrinter, a QPdfWriter) with its title, the
    // organisation and the date; text stays text. False with *error when painting fails.
    bool paint(QPagedPaintDevice *device, QString *error);
    bool writePdf(const QString &path, QString *error);

public slots:
    // Reads every figure again.
    void refresh();
    // Reads the figures again when the registry changed since the last reading.
    void refreshIfChanged();
    void print();
    bool savePdf();

signals:
    // The user asked for the entries behind a figure; the caption says which.
    void entriesRequested(const RiskFilter &filter, const QString &caption);
    // The user asked for the printed risk documents.
    void riskDocumentsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void fillCharts();
    qint64 auditHead() const;

    Registry &m_registry;
    DashboardFigures m_figures;
    QString m_error;
    qint64 m_seenHead = -1;
    QLabel *m_title = nullptr;
    QLabel *m_asOf = nullptr;
    QGroupBox *m_heatBox = nullptr;
    HeatMapWidget *m_heatMap = nullptr;
    QChartView *m_levels = nullptr;
    QChartView *m_treatments = nullptr;
    QChartView *m_importance = nullptr;
    QChartView *m_departments = nullptr;
    QChartView *m_gaps = nullptr;
    QGroupBox *m_dueBox = nullptr;
    QLabel *m_due = nullptr;
    QPushButton *m_overdueRisks = nullptr;
    QPushButton *m_highRisks = nullptr;
    QPushButton *m_candidates = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_documents = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_poll = nullptr;
};
