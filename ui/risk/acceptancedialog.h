// Accepting a risk (受容, design/risk.md rule 5): the approver, their title and role, the date, the reason and the
// expiry. The limits (who may accept which level, the longest validity) are the registry's risk criteria, shown as a
// hint; the decision is the core's (RiskService::accept), whose refusals are shown in the dialog beside the fields.
// Warnings that do not stop the acceptance (the approver assessed or owns the risk) are asked about first.
#pragma once

#include "domain/risk.h"

#include <QDialog>
#include <QHash>

class InputGuard;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Registry;

class AcceptanceDialog final : public QDialog
{
    Q_OBJECT

public:
    AcceptanceDialog(Registry &registry, const Risk &risk, QWidget *parent = nullptr);

    QLineEdit *approverEdit() const { return m_approver; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *roleCombo() const { return m_role; }
    QDateEdit *onEdit() const { return m_on; }
    QDateEdit *untilEdit() const { return m_until; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *problemsLabel() const { return m_problems; }
    QStringList markedFields() const { return m_marked; }
    RiskAcceptance acceptanceFromFields() const;

public slots:
    // Accepts the risk through the service; false, with the problems shown, when it refuses.
    bool save();
    void accept() override;
    void reject() override;

signals:
    void acceptedRisk(const Risk &risk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    Registry &m_registry;
    Risk m_risk;
    QLabel *m_subject = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problems = nullptr;
    QHash<QString, QLabel *> m_labels;
    QStringList m_marked;
    QLineEdit *m_approver = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_role = nullptr;
    QDateEdit *m_on = nullptr;
    QDateEdit *m_until = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
