// The risk criteria of a registry (リスク基準, design/risk.md "Records") as a page of the registry settings: the
// method, the high and medium thresholds, the highest level an asset owner and a security manager may accept, the role
// that must approve accepting a high risk, the review interval and the longest validity of an acceptance (each with its
// value for high risks). Saved through RiskService::setCriteria, which checks them and audits each change.
#pragma once

#include "domain/riskmethod.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class Registry;

class RiskCriteriaWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RiskCriteriaWidget(Registry &registry, QWidget *parent = nullptr);

    RiskCriteria criteriaFromFields() const;
    bool isChanged() const;
    // Saves the criteria when they changed; false with *error set when the service refused them.
    bool save(QString *error);

    QComboBox *methodCombo() const { return m_method; }
    QSpinBox *highSpin() const { return m_high; }
    QSpinBox *mediumSpin() const { return m_medium; }
    QComboBox *ownerMayAcceptCombo() const { return m_ownerMayAccept; }
    QComboBox *managerMayAcceptCombo() const { return m_managerMayAccept; }
    QComboBox *highApproverCombo() const { return m_highApprover; }
    QSpinBox *reviewMonthsSpin() const { return m_reviewMonths; }
    QSpinBox *reviewMonthsHighSpin() const { return m_reviewMonthsHigh; }
    QSpinBox *acceptanceMonthsSpin() const { return m_acceptanceMonths; }
    QSpinBox *acceptanceMonthsHighSpin() const { return m_acceptanceMonthsHigh; }

private:
    void load(const RiskCriteria &criteria);
    void methodChosen();

    Registry &m_registry;
    RiskCriteria m_loaded;
    QComboBox *m_method = nullptr;
    QSpinBox *m_high = nullptr;
    QSpinBox *m_medium = nullptr;
    QLabel *m_scale = nullptr;
    QComboBox *m_ownerMayAccept = nullptr;
    QComboBox *m_managerMayAccept = nullptr;
    QComboBox *m_highApprover = nullptr;
    QSpinBox *m_reviewMonths = nullptr;
    QSpinBox *m_reviewMonthsHigh = nullptr;
    QSpinBox *m_acceptanceMonths = nullptr;
    QSpinBox *m_acceptanceMonthsHigh = nullptr;
};
