// The Treatment tab of the risk entry editor: the treatment option, its plan, the recipient of a transfer and the
// date it is due, and the planned controls — assignments of the asset made through the controls feature, with the
// responsible person and due date that live there. Controls are picked into the plan, their assignment edited in the
// controls feature's own dialog, and taken off the plan (the assignment stays with the asset); all of it is saved
// with the entry.
#pragma once

#include "domain/risk.h"
#include "riskeditorfields.h"
#include "service/riskservice.h"

#include <QDate>
#include <QWidget>

class InputGuard;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class Registry;

class RiskTreatmentTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RiskTreatmentTab(Registry &registry, QWidget *parent = nullptr);

    void load(const Risk &risk, bool readOnly);
    // Typed input marks the editor modified through it (set once the editor has loaded).
    void setInputGuard(InputGuard *guard) { m_inputGuard = guard; }
    // What the control picker searches for first (the threat's first related control area).
    void setControlSearch(const QString &search) { m_controlSearch = search; }
    // The treatment as the service takes it, with the controls taken off the plan.
    RiskService::Treatment treatment() const;
    // Whether a treatment is chosen and differs from the entry as loaded.
    bool changed() const;
    void addPlannedControls(const QList<qint64> &controlIds, const QString &responsible = QString(),
                            const QDate &due = QDate());
    void updateEnabled();
    void retranslateUi();
    const RiskEditorFields::Marks &marks() const { return m_marks; }

    QComboBox *treatmentCombo() const { return m_treatment; }
    QPlainTextEdit *planEdit() const { return m_plan; }
    QLineEdit *transferEdit() const { return m_transferTo; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QTableWidget *plannedControlsTable() const { return m_planned; }

signals:
    // An assignment of the plan was changed in its own dialog (and saved there): the entry is read again.
    void assignmentChanged();

private:
    bool isNew() const { return m_risk.id == 0; }
    void addPlanRow(qint64 controlId, const QString &responsible, const QDate &due, bool saved);
    void pickControls();
    void editPlannedAssignment();
    void removePlannedControl();

    Registry &m_registry;
    Risk m_risk;
    bool m_readOnly = false;
    QString m_controlSearch;
    QList<qint64> m_removedControls; // saved planned controls taken off the plan, until saved
    InputGuard *m_inputGuard = nullptr;
    RiskEditorFields::Marks m_marks;

    QComboBox *m_treatment = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLineEdit *m_transferTo = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QTableWidget *m_planned = nullptr;
    QPushButton *m_addControls = nullptr;
    QPushButton *m_editAssignment = nullptr;
    QPushButton *m_removeControl = nullptr;
};
