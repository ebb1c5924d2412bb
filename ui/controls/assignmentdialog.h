// Editing the assignment of controls to assets (DESIGN.md §4): applicability with the reason for "not applicable",
// implementation, responsible person, due date, evidence note and the day it was last verified. For one asset and
// one control every field is shown as stored; for a selection of assets or several controls each field has a box
// that says whether to change it, so that the values of the assets are kept where nothing is asked. Saving goes
// through ControlService, audited; problems stay in the dialog.
#pragma once

#include "domain/control.h"

#include <QDialog>
#include <QHash>
#include <QList>

class InputGuard;
class Registry;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

class AssignmentDialog final : public QDialog
{
    Q_OBJECT

public:
    AssignmentDialog(Registry &registry, const QList<qint64> &assetIds, const QList<Control> &controls,
                     QWidget *parent = nullptr);

    bool isBulk() const { return m_bulk; }
    // Assignments written by the last save.
    int savedCount() const { return m_saved; }

    QRadioButton *applicableButton() const { return m_applicable; }
    QRadioButton *notApplicableButton() const { return m_notApplicable; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QComboBox *implementationCombo() const { return m_implementation; }
    QLineEdit *responsibleEdit() const { return m_responsible; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QCheckBox *verifiedCheck() const { return m_hasVerified; }
    QDateEdit *verifiedEdit() const { return m_verified; }
    // Bulk mode: the box that says whether to change a field ("applicable", "implementation", …).
    QCheckBox *changeBox(const QString &field) const;
    QLabel *problemsLabel() const { return m_problems; }

public slots:
    bool save();
    void accept() override;
    // Asks before typed input is thrown away (Esc, the close button, Cancel).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void updateEnabled();

    Registry &m_registry;
    QList<qint64> m_assetIds;
    QList<Control> m_controls;
    bool m_bulk = false;
    int m_saved = 0;

    QLabel *m_subject = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_problems = nullptr;
    QList<QLabel *> m_labels;
    QHash<QString, QCheckBox *> m_change;
    QRadioButton *m_applicable = nullptr;
    QRadioButton *m_notApplicable = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_implementation = nullptr;
    QLineEdit *m_responsible = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QCheckBox *m_hasVerified = nullptr;
    QDateEdit *m_verified = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
