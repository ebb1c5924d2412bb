// The Assessment tab of the risk entry editor: the threat (chosen for a new entry), the scenario and the objectives
// affected, the risk owner, the importance (from the asset, or entered with a rationale for an organisation-wide
// risk), the threat likelihood with its rationale, the vulnerability derived from the asset's controls or entered
// with a rationale, and the likelihood of damage, value and level as they follow under the criteria.
#pragma once

#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "domain/threat.h"
#include "riskeditorfields.h"
#include "service/riskservice.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class Registry;

class RiskAssessmentTab final : public QWidget
{
    Q_OBJECT

public:
    RiskAssessmentTab(Registry &registry, const RiskCriteria &criteria, QWidget *parent = nullptr);

    // Shows the entry; closed entries read only.
    void load(const Risk &risk, bool readOnly);
    // The threats again (language change: their names), keeping the choice.
    void fillThreats();
    std::optional<Threat> currentThreat() const;
    // What the fields say, as the service takes it.
    RiskService::Assessment assessment() const;
    // Whether the fields differ from the entry as loaded (always for an entry not assessed yet).
    bool changed() const;
    // The importance, likelihood and vulnerability the fields give now (for the residual risk and the result).
    int importance() const;
    // The entry as read again after an assignment of its plan changed (its row version and derived vulnerability),
    // keeping what was typed; the vulnerability the asset's controls give now is read again too.
    void entryReread(const Risk &risk);
    std::optional<int> derivedVulnerability() const { return m_derivedVulnerability; }
    void updateEnabled();
    void retranslateUi();
    const RiskEditorFields::Marks &marks() const { return m_marks; }

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

signals:
    // A rating or the threat changed: what follows from them is shown again.
    void ratingsChanged();

private:
    bool isNew() const { return m_risk.id == 0; }
    void updateThreat();
    void updateResult();

    Registry &m_registry;
    const RiskCriteria &m_criteria;
    Risk m_risk;
    bool m_readOnly = false;
    QList<Threat> m_threats;
    std::optional<int> m_derivedVulnerability;
    RiskEditorFields::Marks m_marks;

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
};
