// asset-registry-cli: the application object and the process's streams around the command-line library (cli.h).
#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

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

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::run(QCoreApplication::arguments().mid(1), out, err);
}
