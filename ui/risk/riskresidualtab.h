// The Residual Risk and Acceptance tab of the risk entry editor: the residual likelihood and vulnerability with the
// residual value and level they give, the acceptance as recorded (by the acceptance dialog), and when the entry was
// assessed, is due for review or was closed.
#pragma once

#include "domain/risk.h"
#include "domain/riskmethod.h"
#include "riskeditorfields.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;

class RiskResidualTab final : public QWidget
{
    Q_OBJECT

public:
    RiskResidualTab(const RiskCriteria &criteria, QWidget *parent = nullptr);

    void load(const Risk &risk, bool readOnly);
    // The residual likelihood and vulnerability when estimated and different from the entry as loaded.
    std::optional<std::pair<int, int>> changedResidual() const;
    // The residual value and level for the importance the assessment gives now.
    void updateResult(int importance);
    void updateEnabled();
    void retranslateUi();
    const RiskEditorFields::Marks &marks() const { return m_marks; }

    QComboBox *residualLikelihoodCombo() const { return m_residualLikelihood; }
    QComboBox *residualVulnerabilityCombo() const { return m_residualVulnerability; }
    QLabel *residualLabel() const { return m_residualResult; }
    QLabel *acceptanceLabel() const { return m_acceptance; }

private:
    void showRecord();

    const RiskCriteria &m_criteria;
    Risk m_risk;
    bool m_readOnly = false;
    int m_importance = 0;
    RiskEditorFields::Marks m_marks;

    QComboBox *m_residualLikelihood = nullptr;
    QComboBox *m_residualVulnerability = nullptr;
    QLabel *m_residualResult = nullptr;
    QLabel *m_acceptance = nullptr;
    QLabel *m_review = nullptr;
};
