// No lost input: a dialog that holds typed data asks before Esc, its close button or Cancel throws it away, as the
// asset editor does. The guard watches the dialog's input widgets for the user's edits; the dialog asks it in
// reject().
#pragma once

#include <QObject>

class QDialog;

class InputGuard final : public QObject
{
    Q_OBJECT

public:
    // Watches every input widget in dialog that exists now (line and text edits, combo boxes, date and number fields,
    // check boxes and radio buttons). Create it after the dialog has filled in its initial values.
    explicit InputGuard(QDialog *dialog);

    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // True when the dialog may close: nothing was typed, or the user chose to discard it.
    bool confirmDiscard();

private:
    void watch(QObject *input);

    QDialog *m_dialog;
    bool m_modified = false;
};
