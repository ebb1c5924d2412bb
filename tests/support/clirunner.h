// Runs asset-registry-cli's commands in-process, as main() would, with stdout and stderr captured: fast, and a
// failing check is reported at its line. The process-level test (tests/cli/test_cliprocess.cpp) keeps the few
// checks that need the real executable.
#pragma once

#include <QString>
#include <QStringList>

struct CliRun
{
    int status = -1;
    QString out; // what the command wrote to stdout
    QString err; // what it wrote to stderr: messages and progress
};

namespace CliRunner {

// Runs one command line (everything after the program name, global options first) and returns its exit status and
// output. Commands that render (ledger, certificate) need the test to run in a QGuiApplication (QTEST_MAIN).
CliRun run(const QStringList &arguments);

// The same with "--database PATH" in front.
CliRun run(const QString &database, const QStringList &arguments);

} // namespace CliRunner
