// The editor of one entry of the risk register (design/risk.md "Risk"): the threat, the scenario and the objectives
// affected, the importance, the threat likelihood and the vulnerability (derived from the asset's controls and shown,
// or entered with a rationale), the likelihood of damage, the value and level as they follow; the treatment option
// with its plan, whose planned controls are assignments of the asset made through the controls feature (the
// responsible person and due date live there); the residual likelihood and vulnerability; the acceptance and the
// entry's life (start treatment, close, not applicable). Every rule is the core's (RiskService): its problems are
// shown in the editor and mark the field. Asks before typed input is lost.
#pragma once

#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "domain/threat.h"
#include "service/result.h"
#include "service/riskservice.h"

#include <QDialog>
#include <QHash>

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

    QComboBox *threatCombo() const { return m_threat; }
    QPlainTextEdit *scenarioEdit() const { return m_scenario; }
    QCheckBox *objectiveBox(int index) const { return m_objectives[index]; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QSpinBox *importanceSpin() const { return m_importance; }
    QLineEdit *importanceRationaleEdit() const { return m_importanceRationale; }
    QComboBox *likelihoodCombo() const { return m_likelihood; }
    QLineEdit *likelihoodRationaleEdit() const { return m_likelihoodRationale; }
    QRadioButton *derivedButton() const { return m_derived; }
    QRadioButton *enteredButton() const { return m_entered; }
    QComboBox *vulnerabilityCombo() const { return m_vulnerability; }
    QLineEdit *vulnerabilityRationaleEdit() const { return m_vulnerabilityRationale; }
    QLabel *derivedLabel() const { return m_derivedValue; }
    QLabel *resultLabel() const { return m_result; }
    QComboBox *treatmentCombo() const { return m_treatment; }
    QPlainTextEdit *planEdit() const { return m_plan; }
    QLineEdit *transferEdit() const { return m_transferTo; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QTableWidget *plannedControlsTable() const { return m_planned; }
    QComboBox *residualLikelihoodCombo() const { return m_residualLikelihood; }
    QComboBox *residualVulnerabilityCombo() const { return m_residualVulnerability; }
    QLabel *residualLabel() const { return m_residualResult; }
    QLabel *acceptanceLabel() const { return m_acceptance; }
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
    // Saves through RiskService: created, assessed, treatment planned, residual risk estimated as entered; returns
    // true when everything was saved. Stops at the first refusal and shows it.
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
    void fillThreats();
    void updateThreat();
    void updateDerived();
    void updateEnabled();
    void updateFlags();
    void addPlanRow(qint64 controlId, const QString &responsible, const QDate &due, bool saved);
    void pickControls();
    void editPlannedAssignment();
    void removePlannedControl();
    bool showResult(const Result<Risk> &result);
    void mark(const QList<Problem> &problems);
    void clearMarks();
    bool afterSave(const Result<Risk> &result);
    std::optional<Threat> currentThreat() const;
    RiskService::Assessment assessmentFromFields() const;
    bool assessmentChanged() const;
    bool treatmentChanged() const;

    Registry &m_registry;
    RiskCriteria m_criteria;
    Risk m_risk;
    QList<Threat> m_threats;
    QString m_assetType;
    QString m_mediumClass;
    std::optional<int> m_derivedVulnerability;
    QHash<QString, QWidget *> m_fields;
    QStringList m_marked;
    bool m_readOnly = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_problems = nullptr;
    QHash<QString, QLabel *> m_labels;
    QComboBox *m_threat = nullptr;
    QLabel *m_threatInfo = nullptr;
    QPlainTextEdit *m_scenario = nullptr;
    QCheckBox *m_objectives[3] = {};
    QLineEdit *m_owner = nullptr;
    QSpinBox *m_importance = nullptr;
    QLabel *m_importanceValue = nullptr;
    QLineEdit *m_importanceRationale = nullptr;
    QComboBox *m_likelihood = nullptr;
    QLineEdit *m_likelihoodRationale = nullptr;
    QRadioButton *m_derived = nullptr;
    QRadioButton *m_entered = nullptr;
    QLabel *m_derivedValue = nullptr;
    QComboBox *m_vulnerability = nullptr;
    QLineEdit *m_vulnerabilityRationale = nullptr;
    QLabel *m_result = nullptr;
    QComboBox *m_treatment = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLineEdit *m_transferTo = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QTableWidget *m_planned = nullptr;
    QPushButton *m_addControls = nullptr;
    QPushButton *m_editAssignment = nullptr;
    QPushButton *m_removeControl = nullptr;
    QComboBox *m_residualLikelihood = nullptr;
    QComboBox *m_residualVulnerability = nullptr;
    QLabel *m_residualResult = nullptr;
    QLabel *m_acceptance = nullptr;
    QLabel *m_review = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_closeEntry = nullptr;
    QPushButton *m_notApplicable = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
