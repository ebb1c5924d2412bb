// The command table of asset-registry-cli: what a command is and what it gets when it runs.
//
// How to add a command (e.g. "export"):
//  1. Write app/cli/exportcommand.cpp (one file per command or group of commands) with a run function
//         int runExport(CommandContext &context)
//     that builds an OptionParser, calls `if (const auto exit = context.parse(parser)) return *exit;`, then
//     `Registry *registry = context.registry(); if (!registry) return ExitCode::Failure;` and does its work through
//     the services of core. Output goes to context.out(), messages and progress to context.err() (or
//     context.fail(...) / context.usageError(...), which also return the exit status to give back).
//  2. Declare the run function in commands.h and add a row to the table in commandtable.cpp:
//         {"export", QT_TRANSLATE_NOOP("Cli", "Export assets to a CSV or XLSX file"), runExport},
//     Set `needsGui` (4th member) for commands that render with QPainter (ledger, certificates): main then creates
//     a QGuiApplication on the offscreen platform instead of a QCoreApplication.
//  3. Add the .cpp to the cli library in app/CMakeLists.txt, and in-process tests to tests/cli/ (see
//     tests/support/clirunner.h).
#pragma once

#include "programname.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class OptionParser;
class QTextStream;
class Registry;

namespace ExitCode {
constexpr int Success = 0;
constexpr int Failure = 1; // the work failed: refused file, validation error, unknown asset, conflict…
constexpr int Usage = 2;   // the command line is wrong: unknown command or option, missing or bad argument
} // namespace ExitCode

class CommandContext;

struct Command
{
    const char *name;    // what the user types, e.g. "list"
    const char *summary; // one line for --help, marked with QT_TRANSLATE_NOOP("Cli", …)
    int (*run)(CommandContext &context);
    bool needsGui = false; // renders with QPainter: main creates a QGuiApplication (offscreen)
    // The one subcommand that renders (risk print), when the command's others do not.
    const char *renderingSubcommand = nullptr;

    // Whether the command line (the command's own arguments) renders.
    bool renders(const QStringList &arguments) const
    {
        return needsGui || (renderingSubcommand && !arguments.isEmpty() &&
                            arguments.constFirst() == QLatin1String(renderingSubcommand));
    }
};

// The table of all commands, sorted by name (the order of --help).
namespace CommandTable {
const QList<Command> &all();
const Command *find(const QString &name);
} // namespace CommandTable

// What a running command gets: its arguments, the output streams and the registry, opened on first use.
class CommandContext final
{
public:
    CommandContext(const Command &command, QStringList arguments, QString databasePath, QTextStream &out,
                   QTextStream &err);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;
    QString name() const { return QString::fromLatin1(m_command.name); }
    // The arguments after the command name.
    const QStringList &arguments() const { return m_arguments; }
    // The --database argument, empty for the user's default registry.
    QString databasePath() const { return m_databasePath; }
    // What opens it: databasePath() with the password asked on the terminal, if one was (never to be shown).
    QString databaseAddress() const { return m_connectionAddress.isEmpty() ? m_databasePath : m_connectionAddress; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses the command's arguments. Returns nothing when the command should go on, or the exit status to end with:
    // Success after printing --help, Usage after reporting a usage error.
    std::optional<int> parse(OptionParser &parser);
    // The registry of --database (or the default one), opened on first call; nullptr after reporting why not. A
    // server that asks for a password libpq does not have gets it asked on the terminal (askServerPassword()).
    Registry *registry();
    // For a shared registry whose server asks for a password that neither the address nor libpq's places (~/.pgpass,
    // PGPASSWORD) hold: asks for it on the terminal without echo and keeps it in memory for this command's
    // connections. False after reporting why, e.g. when the input is not a terminal (with how to give one); true when
    // nothing needed asking.
    bool askServerPassword();
    // The same for another server address a command names (migrate --to): the address to connect with — `address`
    // itself when nothing needed asking, or with the password typed on the terminal (never to be shown) — or nothing
    // after reporting why.
    std::optional<QString> withServerPassword(const QString &address);

    // Reports a usage error with a hint to the command's --help and returns ExitCode::Usage.
    int usageError(const QString &message);
    // Reports a failure (one message per line) and returns ExitCode::Failure.
    int fail(const QString &message);
    // Writes one message line to stderr, prefixed with the program name, and flushes it.
    void message(const QString &text);

    static QString programName() { return Cli::programName(); }

private:
    const Command &m_command;
    QStringList m_arguments;
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Registry> m_registry;
    bool m_openFailed = false;
    // --database with the password asked for this command (never shown: messages name the registry's path()).
    QString m_connectionAddress;
};
