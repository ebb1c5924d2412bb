// Puts risk assessment into the main window (DESIGN.md §13): a Risk menu with the risk register, candidates for the
// selected assets in one step, the threat catalogue and the assessment runs, and the candidates in the Asset menu and
// the table's context menu. Follows the window's registry and language; the register stays open beside the asset
// list. Installed from Features::install like the other features.
#pragma once

#include <QObject>
#include <QPointer>

class AssessmentRunsWindow;
class MainWindow;
class QAction;
class QMenu;
class RiskRegisterWindow;
class ThreatCatalogWindow;

class RiskActions final : public QObject
{
    Q_OBJECT

public:
    explicit RiskActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *registerAction() const { return m_register; }
    QAction *candidatesAction() const { return m_candidates; }
    QAction *threatsAction() const { return m_threats; }
    QAction *runsAction() const { return m_runs; }
    RiskRegisterWindow *registerWindow() const;

public slots:
    RiskRegisterWindow *showRegister();
    // Saves the candidates of every selected asset (not disposed) in one step; returns how many entries were made,
    // -1 when refused.
    int generateForSelected();
    ThreatCatalogWindow *showThreats();
    AssessmentRunsWindow *showRuns();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refreshRegister();

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_register = nullptr;
    QAction *m_candidates = nullptr;
    QAction *m_threats = nullptr;
    QAction *m_runs = nullptr;
    QPointer<RiskRegisterWindow> m_registerWindow;
    QPointer<ThreatCatalogWindow> m_threatWindow;
    QPointer<AssessmentRunsWindow> m_runsWindow;
};
