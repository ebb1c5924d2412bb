// In-process runs of the command line for tests: the same entry main() calls, with streams on strings.
#include "clirunner.h"

#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

namespace CliRunner {

CliRun run(const QStringList &arguments)
{
    // What main() sets before it runs a command: the settings (the saved language) are read under these names.
    QCoreApplication::setOrganizationName(QStringLiteral("AssetRegistry"));
    QCoreApplication::setApplicationName(QStringLiteral("asset-registry"));

    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

CliRun run(const QString &database, const QStringList &arguments)
{
    return run(QStringList{QStringLiteral("--database"), database} + arguments);
}

} // namespace CliRunner
