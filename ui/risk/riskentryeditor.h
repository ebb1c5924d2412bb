// The editor of one entry of the risk register (design/risk.md "Risk"): the threat, the scenario and the objectives
// affected, the importance, the threat likelihood and the vulnerability (derived from the asset's controls and shown,
// or entered with a rationale), the likelihood of damage, the value and level as they follow; the treatment option
// with its plan, whose planned controls are assignments of the asset made through the controls feature (the
// responsible person and due date live there); the residual likelihood and vulnerability; the acceptance and the
// entry's life (start treatment, close, not applicable). Every rule is the core's (RiskService): its problems are
// shown in the editor and mark the field. Asks before typed input is lost. Each tab is a widget of its own
// (RiskAssessmentTab, RiskTreatmentTab, RiskResidualTab); the editor holds the entry, its life and the save.
#pragma once

#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "service/result.h"
#include "service/riskservice.h"

#include <QDate>
#include <QDialog>

class InputGuard;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class Registry;
class RiskAssessmentTab;
class RiskResidualTab;
class RiskTreatmentTab;

class RiskEntryEditor final : public QDialog
{
    Q_OBJECT

public:
    // An existing entry.
    RiskEntryEditor(Registry &registry, const Risk &risk, QWidget *parent = nullptr);
    // A new entry for an asset, or organisation-wide with assetId 0.
    RiskEntryEditor(Registry &registry, qint64 assetId, QWidget *parent = nullptr);

    bool isNew() const { return m_risk.id == 0; }
    // The entry as last saved (or loaded).
    Risk risk() const { return m_risk; }
    bool isModified() const;

    RiskAssessmentTab *assessmentTab() const { return m_assessmentTab; }
    RiskTreatmentTab *treatmentTab() const { return m_treatmentTab; }
    RiskResidualTab *residualTab() const { return m_residualTab; }
    QComboBox *threatCombo() const;
    QPlainTextEdit *scenarioEdit() const;
    QCheckBox *objectiveBox(int index) const;
    QLineEdit *ownerEdit() const;
    QSpinBox *importanceSpin() const;
    QLineEdit *importanceRationaleEdit() const;
    QComboBox *likelihoodCombo() const;
    QLineEdit *likelihoodRationaleEdit() const;
    QRadioButton *derivedButton() const;
    QRadioButton *enteredButton() const;
    QComboBox *vulnerabilityCombo() const;
    QLineEdit *vulnerabilityRationaleEdit() const;
    QLabel *derivedLabel() const;
    QLabel *resultLabel() const;
    QComboBox *treatmentCombo() const;
    QPlainTextEdit *planEdit() const;
    QLineEdit *transferEdit() const;
    QCheckBox *dueCheck() const;
    QDateEdit *dueEdit() const;
    QTableWidget *plannedControlsTable() const;
    QComboBox *residualLikelihoodCombo() const;
    QComboBox *residualVulnerabilityCombo() const;
    QLabel *residualLabel() const;
    QLabel *acceptanceLabel() const;
    QLabel *flagsLabel() const { return m_flags; }
    QLabel *problemsLabel() const { return m_problems; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const;
    QPushButton *startButton() const { return m_start; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *closeEntryButton() const { return m_closeEntry; }
    QPushButton *notApplicableButton() const { return m_notApplicable; }
    // Field keys marked as wrong by the last save.
    QStringList markedFields() const { return m_marked; }

    // Adds controls to the plan (as chosen in the control picker), with the person and date given.
    void addPlannedControls(const QList<qint64> &controlIds, const QString &responsible = QString(),
                            const QDate &due = QDate());

public slots:
    // Saves through RiskService in one call (one unit of work): created, assessed, treatment planned (controls added
    // and removed), residual risk estimated as entered; returns true when everything was saved. At the first refusal
    // nothing is saved, and the editor shows why.
    bool save();
    void accept() override;
    void reject() override;
    bool startTreatment();
    // Opens the acceptance dialog window-modal and returns it (tests fill it in).
    QDialog *openAcceptance();
    bool closeEntry(const QString &reason);
    bool markNotApplicable(const QString &reason);

signals:
    // The entry was written (any step).
    void saved(const Risk &risk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void load(const Risk &risk);
    void updateEnabled();
    void updateFlags();
    void updateDerived();
    void assignmentChanged();
    bool showResult(const Result<Risk> &result);
    void mark(const QList<Problem> &problems);
    void clearMarks();
    QLabel *captionOf(const QString &key) const;
    QWidget *fieldOf(const QString &key) const;
    bool afterSave(const Result<Risk> &result);

    Registry &m_registry;
    RiskCriteria m_criteria;
    Risk m_risk;
    QStringList m_marked;
    bool m_readOnly = false;

    QTabWidget *m_tabs = nullptr;
    RiskAssessmentTab *m_assessmentTab = nullptr;
    RiskTreatmentTab *m_treatmentTab = nullptr;
    RiskResidualTab *m_residualTab = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_closeEntry = nullptr;
    QPushButton *m_notApplicable = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
