// Adding or editing one of the registry's own controls: code (fixed once saved), area, title and description in
// Japanese and English, ISO/IEC 27001:2022 Annex A and NIST SP 800-53 reference IDs. Saved through ControlService.
#pragma once

#include "domain/control.h"

#include <QDialog>

class InputGuard;
class Registry;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class ControlEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // A control with id 0 is new.
    ControlEditDialog(Registry &registry, const Control &control, QWidget *parent = nullptr);

    Control savedControl() const { return m_saved; }
    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *areaCombo() const { return m_area; }
    QLineEdit *titleJaEdit() const { return m_titleJa; }
    QLineEdit *titleEnEdit() const { return m_titleEn; }
    QLineEdit *isoEdit() const { return m_iso; }
    QLineEdit *nistEdit() const { return m_nist; }
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

    Registry &m_registry;
    Control m_control;
    Control m_saved;
    QList<QLabel *> m_labels;
    QLabel *m_problems = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_titleJa = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QPlainTextEdit *m_descriptionJa = nullptr;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QLineEdit *m_iso = nullptr;
    QLineEdit *m_nist = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InputGuard *m_inputGuard = nullptr;
};
