// An assessment run (リスクアセスメント実施記録, ISO/IEC 27001 8.2): recorded with its title, scope (departments; none
// for the whole organisation), period and assessor, or approved with the approver, their title and the day, when the
// core copies the criteria in force and the counts by level and treatment into the record. The rules are
// RiskService's; its problems are shown in the dialog.
#pragma once

#include "domain/risk.h"

#include <QDialog>
#include <QHash>

class InputGuard;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class Registry;

class AssessmentRunDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new run to record.
    explicit AssessmentRunDialog(Registry &registry, QWidget *parent = nullptr);
    // The approval of a recorded run.
    AssessmentRunDialog(Registry &registry, const AssessmentRun &run, QWidget *parent = nullptr);

    bool isApproval() const { return !m_run.runNo.isEmpty(); }
    AssessmentRun savedRun() const { return m_saved; }
    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *scopeList() const { return m_scope; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *assessorEdit() const { return m_assessor; }
    QLineEdit *approverEdit() const { return m_approver; }
    QLineEdit *approverTitleEdit() const { return m_approverTitle; }
    QDateEdit *approvedOnEdit() const { return m_approvedOn; }
    QLabel *problemsLabel() const { return m_problems; }

public slots:
    bool save();
    void accept() override;
    void reject() override;

private:
    void build();

    Registry &m_registry;
    AssessmentRun m_run;
    AssessmentRun m_saved;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_title = nullptr;
    QListWidget *m_scope = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_assessor = nullptr;
    QLineEdit *m_approver = nullptr;
    QLineEdit *m_approverTitle = nullptr;
    QDateEdit *m_approvedOn = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
