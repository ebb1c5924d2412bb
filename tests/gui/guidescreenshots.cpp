// Takes the screenshots of the user guide (resources/guide/images/LANG/) from the application's own windows on a
// registry of sample assets, in one language: the main window as the application shows it, and the dialogs of the
// first hour. Run by scripts/update-guide-screenshots.sh under Xvfb, which scales and compresses them.
//   guide-screenshots REGISTRY OUTPUT_FOLDER LANGUAGE
//   guide-screenshots --shrink IMAGE OUTPUT     (scales and compresses another image, e.g. a page of a PDF)
//   guide-screenshots --screens REGISTRY OUTPUT_FOLDER LANGUAGE   (the whole screen with each window of the guide,
//                                                                  the statement of applicability and the guide, as
//                                                                  they open, for looking at them on a screen size)
#include "audit/auditlogwindow.h"
#include "controls/applicabilitydialog.h"
#include "controls/assignmentdialog.h"
#include "dialogs/ledgerprintdialog.h"
#include "dialogs/newregistrydialog.h"
#include "dialogs/organisationdialog.h"
#include "disposal/disposaldialog.h"
#include "editor/asseteditor.h"
#include "help/userguide.h"
#include "help/userguidewindow.h"
#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"
#include "service/assetservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScreen>
#include <QStatusBar>
#include <QTest>

namespace {

// Small enough for the guide: at most 640 px wide (the width of its window's page), in 8-bit colour.
bool shrink(const QImage &image, const QString &path)
{
    QImage small = image.width() > 640 ? image.scaledToWidth(640, Qt::SmoothTransformation) : image;
    return small.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither).save(path, "PNG", 9);
}

bool save(QWidget *window, const QSize &size, const QString &path)
{
    window->resize(size);
    window->show();
    QTest::qWait(400);
    if (!shrink(window->grab().toImage(), path)) {
        qWarning("Cannot write %s", qPrintable(path));
        return false;
    }
    return true;
}

// The whole screen, with the window as it opens (its remembered or default size, placed on the screen).
bool screen(QWidget *window, const QString &path)
{
    window->show();
    QTest::qWait(600);
    return window->screen()->grabWindow(0).save(path);
}

int screens(Registry &registry, MainWindow &window, const QDir &out)
{
    bool ok = screen(&window, out.filePath(QStringLiteral("main-window.png")));
    {
        OrganisationDialog dialog(registry, &window);
        ok &= screen(&dialog, out.filePath(QStringLiteral("organisation.png")));
    }
    {
        ApplicabilityDialog dialog(registry, &window);
        dialog.load();
        ok &= screen(&dialog, out.filePath(QStringLiteral("applicability.png")));
    }
    {
        LedgerPrintDialog dialog(registry, LedgerOptions(), &window);
        ok &= screen(&dialog, out.filePath(QStringLiteral("ledger-print.png")));
        UserGuideWindow *guide = UserGuide::show(&dialog);
        ok &= screen(guide, out.filePath(QStringLiteral("guide-from-ledger-print.png")));
    }
    {
        AuditLogWindow log(registry, &window);
        ok &= screen(&log, out.filePath(QStringLiteral("audit-log.png")));
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("asset-registry-guide-screenshots"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--shrink"))
        return shrink(QImage(arguments.at(2)), arguments.at(3)) ? 0 : 1;
    const bool screensMode = arguments.size() == 5 && arguments.at(1) == QLatin1String("--screens");
    if (arguments.size() != 4 && !screensMode) {
        std::fprintf(stderr, "usage: guide-screenshots REGISTRY OUTPUT_FOLDER LANGUAGE | --shrink IMAGE OUTPUT\n");
        return 2;
    }
    const int first = screensMode ? 2 : 1;
    if (!Language::instance().setLanguage(arguments.at(first + 2), false))
        return 2;
    QString error;
    std::unique_ptr<Registry> opened = Registry::open(arguments.at(first), &error);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDir out(arguments.at(first + 1));
    MainWindow window;
    Features::install(window);
    window.setRegistry(std::move(opened));
    Registry &registry = *window.registry();
    if (screensMode)
        return screens(registry, window, out);
    window.resize(1280, 760);
    window.show();
    QTest::qWait(400);
    // The message of the automatic backup names a folder of this machine.
    window.statusBar()->clearMessage();
    bool ok = save(&window, QSize(1280, 760), out.filePath(QStringLiteral("main-window.png")));

    const QList<Asset> assets = registry.assets().page(AssetFilter(), AssetSort(), 0, 40, &error);
    if (assets.size() < 3)
        return 1;
    // The most confidential asset for the editor, so that the rationale and the handling label show.
    Asset shown = assets.first();
    for (const Asset &asset : assets)
        if (asset.confidentiality > shown.confidentiality)
            shown = asset;
    {
        NewRegistryDialog dialog(&window);
        ok &= save(&dialog, dialog.sizeHint().expandedTo(QSize(560, 0)),
                   out.filePath(QStringLiteral("new-registry.png")));
    }
    {
        AssetEditor editor(registry, shown, &window);
        ok &= save(&editor, QSize(900, 720), out.filePath(QStringLiteral("asset-editor.png")));
    }
    {
        const QList<Control> controls = registry.catalogs().controls().mid(0, 3);
        AssignmentDialog dialog(registry, {shown.id}, controls, &window);
        ok &=
            save(&dialog, dialog.sizeHint().expandedTo(QSize(620, 0)), out.filePath(QStringLiteral("assignment.png")));
    }
    {
        LedgerOptions options = LedgerPrintDialog::remembered();
        options.filter = window.currentFilter();
        LedgerPrintDialog dialog(registry, options, &window);
        ok &= save(&dialog, QSize(560, 640), out.filePath(QStringLiteral("ledger-print.png")));
    }
    {
        DisposalDialog dialog(registry, {assets.at(1).id}, &window);
        ok &= save(&dialog, QSize(980, 720), out.filePath(QStringLiteral("disposal.png")));
    }
    {
        AuditLogWindow log(registry, &window);
        ok &= save(&log, QSize(1100, 640), out.filePath(QStringLiteral("audit-log.png")));
    }
    return ok ? 0 : 1;
}
