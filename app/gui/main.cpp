// asset-registry: the desktop application. Wiring only: application names, language, command line, the registry to
// open, and the main window.
#include "audit/auditactions.h"
#include "controls/controlactions.h"
#include "dialogs/ledgeractions.h"
#include "disposal/disposalactions.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names as the command line, so both find the same settings and the same default registry.
    QApplication::setOrganizationName(QStringLiteral("AssetRegistry"));
    QApplication::setApplicationName(QStringLiteral("asset-registry"));
    QApplication::setApplicationVersion(QStringLiteral(ASSET_REGISTRY_VERSION));

    // The remembered language, or the system's on first start; not stored until the user chooses one.
    Language::instance().setLanguage(Language::preferred(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Registry of information assets with their confidentiality, integrity "
                                            "and availability classification."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Open the registry FILE instead of the default registry."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Use the language CODE (en or ja) this time."),
        QCoreApplication::translate("main", "CODE"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.process(app);

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
    new DisposalActions(&window);
    new LedgerActions(&window);
    new ControlActions(&window);
    new AuditActions(&window);
    window.show();
    if (parser.isSet(databaseOption)) {
        window.openRegistry(QDir::current().absoluteFilePath(parser.value(databaseOption)));
    } else {
        // On failure the start page stays, from which the user can open or create another registry.
        window.openDefaultRegistry();
    }
    return app.exec();
}
