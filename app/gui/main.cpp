// asset-registry: the desktop application. Wiring only: application names, language, command line, the registry to
// open, and the main window.
#include "domain/registrylocation.h"
#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"
#include "product/productinfo.h"
#include "widgets/appicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace {

// --help and --version only print: they must work without a display too (a terminal, the build of the manual page).
bool onlyPrints(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        const QByteArray argument(argv[index]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The same names as the command line, so both find the same settings and the same default registry.
    QApplication::setOrganizationName(QStringLiteral("AssetRegistry"));
    QApplication::setApplicationName(QStringLiteral("asset-registry"));
    QApplication::setApplicationVersion(ProductInfo::version());
    // The installed desktop entry and icon (packaging/): the desktop shows the window under them.
    QApplication::setDesktopFileName(QStringLiteral("org.assetregistry.AssetRegistry"));
    QApplication::setWindowIcon(AppIcon::icon());

    // The remembered language, or the system's on first start; not stored until the user chooses one.
    Language::instance().setLanguage(Language::preferred(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Registry of information assets with their confidentiality, integrity "
                                            "and availability classification."));
    parser.addHelpOption();
    // Our own version option: it also states the licence.
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Show the version and the licence."));
    parser.addOption(versionOption);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the registry FILE instead of the default registry."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Use the language CODE (en or ja) this time."),
        QCoreApplication::translate("main", "CODE"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    // The desktop entry passes a registry file opened from the file manager this way.
    parser.addPositionalArgument(
        QCoreApplication::translate("main", "FILE"),
        QCoreApplication::translate("main", "The registry file to open, the same as --database FILE."),
        QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(ProductInfo::versionText(QStringLiteral("asset-registry"))), stdout);
        return 0;
    }

    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        if (!Language::instance().setLanguage(code, false)) {
            const QString message =
                QCoreApplication::translate("main", "'%1' is not a language of this application. Use one of: %2.")
                    .arg(code, Language::available().join(QStringLiteral(", ")));
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
    }

    MainWindow window;
    Features::install(window);
    window.show();
    const QString file =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : parser.positionalArguments().value(0);
    if (!file.isEmpty()) {
        // A shared registry's address (postgresql://…) is opened as it is, a file relative to the current folder.
        window.openRegistry(RegistryLocation::isServerAddress(file) ? file : QDir::current().absoluteFilePath(file));
    } else {
        // On failure the start page stays, from which the user can open or create another registry.
        window.openDefaultRegistry();
    }
    return QApplication::exec();
}
