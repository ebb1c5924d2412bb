// The gap report window (DESIGN.md §4): filters (department, area, kind of gap, catalogue, asset search), the counts
// per kind, area and department, and the list of gaps; a double click shows the asset. Export as CSV, print, preview
// and save as PDF through the paged table renderer, as the ledger is.
#pragma once

#include "domain/controlgap.h"

#include <QDialog>

#include <memory>

class GapTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;
class Registry;

class GapReportDialog final : public QDialog
{
    Q_OBJECT

public:
    GapReportDialog(Registry &registry, QWidget *parent = nullptr);
    ~GapReportDialog() override;

    GapFilter filter() const;
    const GapSummary &summary() const { return m_summary; }
    GapTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *departmentCombo() const { return m_department; }
    QComboBox *areaCombo() const { return m_area; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *totalLabel() const { return m_total; }

public slots:
    // Computes the report again (after changes elsewhere, or a changed filter).
    void refresh();
    bool exportCsv();
    bool savePdf();
    void print();
    void preview();

signals:
    // The user asked to see an asset (double click on a gap).
    void showAssetRequested(qint64 assetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sizes the columns to the rows first shown.
    void fitColumns();
    void retranslateUi();
    void fillCounts();

    Registry &m_registry;
    GapSummary m_summary;
    GapTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QLabel *m_areaLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QLabel *m_searchLabel = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_catalog = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_total = nullptr;
    QTreeWidget *m_byArea = nullptr;
    QTreeWidget *m_byDepartment = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_searchDelay = nullptr;
};
