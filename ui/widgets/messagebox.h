// Message boxes of the application behind one small seam: tests give the answer in advance (setNextAnswer) instead
// of a modal dialog waiting for a click that never comes.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next message box is not shown and returns this answer at once.
    static void setNextAnswer(Button answer);
    // Tests: the text of the last message box asked for, shown or answered in advance, and how many there were.
    static QString lastText();
    static int count();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton);
};
