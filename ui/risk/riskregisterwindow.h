// The risk register window (リスク台帳, design/risk.md "Outputs"): every entry of the register in a table paged in
// SQL, filtered by level, treatment, status, department, risk owner, needs reassessment, overdue and expired
// acceptance; an entry opens in the risk entry editor by a double click; organisation-wide risks are added here.
#pragma once

#include "domain/risk.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class Registry;
class RiskEntryEditor;
class RiskTableModel;

class RiskRegisterWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit RiskRegisterWindow(Registry &registry, QWidget *parent = nullptr);

    RiskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *treatmentCombo() const { return m_treatment; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *departmentCombo() const { return m_department; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *staleCheck() const { return m_stale; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QCheckBox *acceptanceOverdueCheck() const { return m_acceptanceOverdue; }
    QLabel *countLabel() const { return m_count; }
    RiskFilter filterFromFields() const;
    // Shows the entries of a filter (e.g. a heat-map cell) with the fields set to match where they can; what the fields
    // cannot show (the cell, assessed entries only) is named by `caption` above the table until the filter is cleared.
    void showFilter(const RiskFilter &filter, const QString &caption = QString());
    QLabel *extraFilterLabel() const { return m_extraLabel; }
    RiskEntryEditor *editor() const { return m_editor; }

public slots:
    void refresh();
    void clearFilter();
    // Open the entry editor window-modal, without blocking.
    RiskEntryEditor *openEntry(int row);
    RiskEntryEditor *newOrganisationWideRisk();

signals:
    void registerChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void sizeColumns();
    void applyFilter();
    void updateCount();
    void updateExtraLabel();
    RiskEntryEditor *showEditor(RiskEntryEditor *editor);

    Registry &m_registry;
    RiskFilter m_extra; // parts of a filter the fields do not show (a heat-map cell)
    RiskTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_treatmentLabel = nullptr;
    QComboBox *m_treatment = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_stale = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_acceptanceOverdue = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_extraLabel = nullptr;
    QString m_extraCaption;
    QLabel *m_criteria = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_newRisk = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_ownerTimer = nullptr;
    RiskEntryEditor *m_editor = nullptr;
    bool m_filling = false;
};
