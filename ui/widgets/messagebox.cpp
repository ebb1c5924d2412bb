// Message boxes with a test seam.
#include "messagebox.h"

namespace {

MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
int g_count = 0;

} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                    Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer != QMessageBox::NoButton) {
        g_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}
