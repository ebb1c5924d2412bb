// The command line as a library: what asset-registry-cli's main() calls, and what tests call in-process with streams
// of their own. Exit status 0 success, 1 failure, 2 bad usage (DESIGN.md §11).
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace Cli {

// Runs a command line: the global options (--database, --lang, --version, --help), then the command named and its
// arguments. `arguments` is everything after the program name. Output goes to `out`, messages and progress to `err`;
// nothing is written to the process's own stdout or stderr. Returns the exit status.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Whether the command named in `arguments` renders with QPainter (ledger, certificates) and so needs a
// QGuiApplication rather than a QCoreApplication. Decided before any application object exists.
bool needsGui(const QStringList &arguments);

} // namespace Cli
