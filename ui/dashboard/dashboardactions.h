// Puts the dashboard and the risk outputs into the main window: View ▸ Dashboard (its own window) and View ▸ Dashboard
// at Start (the dashboard opens with every registry), File ▸ Print Risk Documents… (リスク分析結果一覧, リスク対応計画,
// 残留リスク受容記録: preview, printer or PDF on the paged renderer) and File ▸ Export Risk Register… (CSV or XLSX).
// The dashboard's figures open the matching entries in a list. Follows the window's registry and language.
#pragma once

#include "dashboard/riskprintdialog.h"

#include <QObject>
#include <QPointer>

class DashboardWindow;
class MainWindow;
class QAction;
struct PagedDocument;

class DashboardActions final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardActions(MainWindow *window);

    QAction *dashboardAction() const { return m_dashboard; }
    QAction *atStartAction() const { return m_atStart; }
    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    // The open dashboard window, nullptr when none is open.
    DashboardWindow *dashboard() const;

    // Writes a risk document as a PDF file (what Save as PDF does after asking for the file).
    static bool writeRiskPdf(const Registry &registry, const RiskPrintOptions &options, const QString &path,
                             QString *error);

public slots:
    DashboardWindow *showDashboard();
    void printRiskDocuments(RiskPrintDialog::Output output = RiskPrintDialog::Output::Preview);
    void exportRisks();
    void showEntries(const RiskFilter &filter, const QString &caption);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void registryChanged(Registry *registry);
    void retranslate();

    MainWindow *m_main;
    QPointer<DashboardWindow> m_window;
    QAction *m_dashboard = nullptr;
    QAction *m_atStart = nullptr;
    QAction *m_print = nullptr;
    QAction *m_export = nullptr;
};
