// Puts controls into the main window: a Controls menu (gap report, assigning controls to the selected assets, the
// catalogues, the baseline, the statement of applicability) and the assignment in the Asset menu and the table's
// context menu. Follows the window's registry and language; the gap report stays open beside the asset list.
#pragma once

#include <QObject>
#include <QPointer>

class GapReportDialog;
class MainWindow;
class QAction;
class QMenu;

class ControlActions final : public QObject
{
    Q_OBJECT

public:
    explicit ControlActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *gapReportAction() const { return m_gapReport; }
    QAction *assignAction() const { return m_assign; }
    QAction *catalogsAction() const { return m_catalogs; }
    QAction *baselineAction() const { return m_baseline; }
    QAction *applicabilityAction() const { return m_applicability; }
    GapReportDialog *gapReport() const;

public slots:
    GapReportDialog *showGapReport();
    // Assigns controls chosen in a picker to the selected assets; returns the number of assignments written.
    int assignToSelected();
    void showCatalogs();
    void editBaseline();
    bool exportApplicability();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showAsset(qint64 assetId);
    void refreshReport();

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_gapReport = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_catalogs = nullptr;
    QAction *m_baseline = nullptr;
    QAction *m_applicability = nullptr;
    QPointer<GapReportDialog> m_report;
};
