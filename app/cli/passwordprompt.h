// A password typed on the terminal without echo (termios), for a shared registry whose server asks for one that
// libpq's own places (~/.pgpass, PGPASSWORD) do not hold. Nothing is printed but the question; nothing is stored.
#pragma once

#include <QString>

namespace PasswordPrompt {

// Whether the input can be asked: the terminal of standard input (or the one set for a test).
bool canAsk();
// Writes `question` to the terminal, reads one line with echo off and puts the terminal back as it was. False when
// there is no terminal or nothing was read (end of input, an interrupt).
bool ask(const QString &question, QString *password);
// Tests: the descriptor of the terminal to ask on (a pseudo-terminal, or a pipe that is none); -1 for standard input.
void setTerminalForTests(int descriptor);

} // namespace PasswordPrompt
