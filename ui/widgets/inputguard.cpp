// Asks before a dialog's typed input is thrown away.
#include "inputguard.h"

#include "messagebox.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

InputGuard::InputGuard(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        watch(widget);
}

void InputGuard::watch(QObject *input)
{
    const auto touched = [this] { m_modified = true; };
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        connect(line, &QLineEdit::textEdited, this, touched);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(input)) {
        if (!plain->isReadOnly())
            connect(plain, &QPlainTextEdit::textChanged, this, touched);
    } else if (auto *text = qobject_cast<QTextEdit *>(input)) {
        if (!text->isReadOnly())
            connect(text, &QTextEdit::textChanged, this, touched);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        // An editable combo box's typing reaches its line edit, watched on its own.
        connect(combo, &QComboBox::activated, this, touched);
    } else if (auto *date = qobject_cast<QDateTimeEdit *>(input)) {
        connect(date, &QDateTimeEdit::dateTimeChanged, this, touched);
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        connect(spin, &QSpinBox::valueChanged, this, touched);
    } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(input)) {
        connect(doubleSpin, &QDoubleSpinBox::valueChanged, this, touched);
    } else if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        // Only buttons that hold a value: pressing Save or Cancel is no input.
        if (button->isCheckable() && !qobject_cast<QDialogButtonBox *>(button->parentWidget()))
            connect(button, &QAbstractButton::clicked, this, touched);
    }
}

bool InputGuard::confirmDiscard()
{
    if (!m_modified)
        return true;
    const MessageBox::Button answer =
        MessageBox::question(m_dialog, tr("Unsaved Input"),
                             tr("The input in this window has not been saved. Close the window and discard it?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}
