// asset-registry-cli: the application object and the process's streams around the command-line library (cli.h).
#include "cli.h"

#include "service/progress.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

// The whole command is one job: Ctrl-C (or a polite kill) cancels it, so that the running statement fails and no unit
// of work commits — an interrupted import or generate keeps nothing, and the registry stays as it was. A second
// Ctrl-C ends the program at once, as usual.
Progress g_command;

extern "C" void cancelCommand(int signal)
{
    g_command.cancel(); // a lock-free atomic store: safe in a signal handler
    std::signal(signal, SIG_DFL);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("AssetRegistry"));
    QCoreApplication::setApplicationName(QStringLiteral("asset-registry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSET_REGISTRY_VERSION));

    // The kind of application object is decided before one exists, from the raw arguments.
    QStringList early;
    for (int index = 1; index < argc; ++index)
        early << QString::fromLocal8Bit(argv[index]);
    std::unique_ptr<QCoreApplication> application;
    if (Cli::needsGui(early)) {
        // Rendering needs a QGuiApplication; the offscreen platform lets it run without a display (servers, CI).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }

    const Progress::Scope scope(&g_command);
    std::signal(SIGINT, cancelCommand);
    std::signal(SIGTERM, cancelCommand);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Cli::run(QCoreApplication::arguments().mid(1), out, err);
    // 128 + SIGINT, as a shell reports a program stopped by Ctrl-C.
    return g_command.cancelled() ? 130 : status;
}
