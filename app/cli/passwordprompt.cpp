// Reading a password on the terminal with its echo turned off.
#include "passwordprompt.h"

#include <QByteArray>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace {

int g_terminal = -1;

int terminal()
{
    return g_terminal >= 0 ? g_terminal : STDIN_FILENO;
}

} // namespace

namespace PasswordPrompt {

bool canAsk()
{
    return isatty(terminal()) == 1;
}

bool ask(const QString &question, QString *password)
{
    password->clear();
    const int descriptor = terminal();
    termios saved{};
    if (isatty(descriptor) != 1 || tcgetattr(descriptor, &saved) != 0)
        return false;
    // Echo off before the question, so that nothing typed after it shows.
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= tcflag_t(ECHONL | ICANON);
    if (tcsetattr(descriptor, TCSAFLUSH, &silent) != 0)
        return false;
    const QByteArray text = question.toUtf8();
    if (write(descriptor, text.constData(), size_t(text.size())) < 0) {
        tcsetattr(descriptor, TCSAFLUSH, &saved);
        return false;
    }
    QByteArray typed;
    bool complete = false;
    for (;;) {
        char byte = 0;
        const ssize_t got = read(descriptor, &byte, 1);
        if (got < 0 && errno == EINTR)
            break;
        if (got <= 0)
            break;
        if (byte == '\n' || byte == '\r') {
            complete = true;
            break;
        }
        typed.append(byte);
    }
    tcsetattr(descriptor, TCSAFLUSH, &saved);
    *password = QString::fromUtf8(typed);
    typed.fill('\0');
    return complete && !password->isEmpty();
}

void setTerminalForTests(int descriptor)
{
    g_terminal = descriptor;
}

} // namespace PasswordPrompt
