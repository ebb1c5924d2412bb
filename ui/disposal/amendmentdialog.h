// Appends an amendment to a recorded disposal: which asset (or the whole record), which field, the corrected value and
// the reason. The original value stays in the record; the service checks that the corrected record still keeps the
// rules (e.g. a weaker method needs the override reason first).
#pragma once

#include "domain/disposal.h"

#include <QDialog>

class DisposalService;
class InputGuard;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

class AmendmentDialog final : public QDialog
{
    Q_OBJECT

public:
    // job: the record as currently in force (with earlier amendments applied).
    AmendmentDialog(DisposalService &service, const DisposalJob &job, QWidget *parent = nullptr);

    // Chooses what to amend (tests, and opening the dialog on a field): itemId 0 for the whole record.
    bool select(qint64 itemId, const QString &field);
    void setNewValue(const QString &value);
    void setReason(const QString &reason);

public slots:
    void save();
    // Asks before typed input is thrown away (Esc, the close button, Cancel).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFields();
    void showCurrent();
    QString currentField() const;
    qint64 currentItem() const;
    QString newValue() const;

    DisposalService &m_service;
    DisposalJob m_job;
    QLabel *m_intro = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_newLabel = nullptr;
    QStackedWidget *m_editors = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_code = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
