// The ledger, import, export and settings actions of the main window.
#include "ledgeractions.h"

#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/registrysettingsdialog.h"
#include "jobs/backgroundjob.h"
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "printing/ledgerdocument.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printlanguage.h"
#include "service/assetexport.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

LedgerActions::LedgerActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    auto action = [this](const char *name, const QString &icon) {
        auto *created = new QAction(this);
        created->setObjectName(QString::fromLatin1(name));
        if (!icon.isEmpty())
            created->setIcon(QIcon::fromTheme(icon));
        return created;
    };
    m_print = action("printLedgerAction", QStringLiteral("document-print"));
    m_print->setShortcut(QKeySequence::Print);
    m_preview = action("printPreviewAction", QStringLiteral("document-print-preview"));
    m_pdf = action("saveLedgerPdfAction", QStringLiteral("document-export"));
    m_import = action("importAction", QStringLiteral("document-import"));
    m_export = action("exportAction", QStringLiteral("document-export"));
    m_settings = action("registrySettingsAction", QStringLiteral("document-properties"));

    window->addFileActions({m_print, m_preview, m_pdf});
    window->addFileActions({m_import, m_export, m_settings});
    if (QToolBar *toolBar = window->mainToolBar()) {
        toolBar->addSeparator();
        toolBar->addAction(m_print);
        toolBar->addAction(m_preview);
        toolBar->addAction(m_pdf);
    }

    connect(m_print, &QAction::triggered, this, [this] { printLedger(LedgerPrintDialog::Output::Printer); });
    connect(m_preview, &QAction::triggered, this, [this] { printLedger(LedgerPrintDialog::Output::Preview); });
    connect(m_pdf, &QAction::triggered, this, [this] { printLedger(LedgerPrintDialog::Output::Pdf); });
    connect(m_import, &QAction::triggered, this, &LedgerActions::importAssets);
    connect(m_export, &QAction::triggered, this, &LedgerActions::exportAssets);
    connect(m_settings, &QAction::triggered, this, &LedgerActions::editSettings);
    connect(window, &MainWindow::registryChanged, this, &LedgerActions::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

bool LedgerActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LedgerActions::retranslate()
{
    m_print->setText(tr("&Print Ledger…"));
    m_print->setToolTip(tr("Print the asset ledger of the assets in the list"));
    m_print->setIconText(tr("Print"));
    m_preview->setText(tr("Print Pre&view…"));
    m_preview->setToolTip(tr("See the printed asset ledger page by page before printing"));
    m_preview->setIconText(tr("Preview"));
    m_pdf->setText(tr("Save Ledger as P&DF…"));
    m_pdf->setToolTip(tr("Save the asset ledger as a PDF file"));
    m_pdf->setIconText(tr("PDF"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add assets from a CSV file or an Excel workbook"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Write assets to a CSV file, an Excel workbook or JSON"));
    m_settings->setText(tr("Registry &Settings…"));
    m_settings->setToolTip(tr("Organisation name and handling labels of this registry"));
}

void LedgerActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    for (QAction *action : {m_print, m_preview, m_pdf, m_import, m_export, m_settings})
        action->setEnabled(open);
}

LedgerOptions LedgerActions::currentOptions() const
{
    LedgerOptions options = LedgerPrintDialog::remembered();
    options.filter = m_window->currentFilter();
    options.sort = m_window->assetModel()->sortOrder();
    return options;
}

bool LedgerActions::buildDocument(const LedgerOptions &options, PagedDocument *document, QString *error)
{
    // The assets are read on the worker's own connection; the window keeps painting.
    BackgroundJob job(m_window, tr("Asset Ledger"), tr("Reading assets…"));
    const bool ok =
        job.run(*m_window->registry(), [&options, document](Registry &registry, Progress &progress, QString *problem) {
            return LedgerDocument::build(registry, options, document, problem,
                                         [&progress](int done, int total) { progress.report(done, total); });
        });
    if (!ok)
        *error = job.error();
    return ok;
}

bool LedgerActions::writeLedgerPdf(const LedgerOptions &options, const QString &path, QString *error)
{
    // Reading and drawing both run on the worker; a cancelled PDF leaves no file behind (the renderer writes it
    // through a QSaveFile that is only committed complete).
    BackgroundJob job(m_window, tr("Save Ledger as PDF"), tr("Writing the ledger…"));
    const bool ok =
        job.run(*m_window->registry(), [&options, &path](Registry &registry, Progress &progress, QString *problem) {
            PagedDocument document;
            progress.setStep(tr("Reading assets…"));
            if (!LedgerDocument::build(registry, options, &document, problem,
                                       [&progress](int done, int total) { progress.report(done, total); }))
                return false;
            progress.setStep(tr("Writing the ledger…"));
            progress.report(0, 0);
            return PagedTableRenderer::writePdf(document, path, problem, [&progress](int page, int pages) {
                progress.report(page, pages);
                return !progress.cancelled();
            });
        });
    if (!ok)
        *error = job.error();
    return ok;
}

void LedgerActions::printLedger(LedgerPrintDialog::Output output)
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    LedgerPrintDialog dialog(*registry, currentOptions(), m_window);
    dialog.setOutput(output);
    const QString defaultButton = output == LedgerPrintDialog::Output::Pdf       ? QStringLiteral("pdfButton")
                                  : output == LedgerPrintDialog::Output::Printer ? QStringLiteral("printButton")
                                                                                 : QStringLiteral("previewButton");
    if (auto *button = dialog.findChild<QPushButton *>(defaultButton)) {
        button->setDefault(true);
        button->setFocus();
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LedgerOptions options = dialog.options();
    LedgerPrintDialog::remember(options);
    QString error;

    if (dialog.output() == LedgerPrintDialog::Output::Pdf) {
        const QString suggested = AssetExport::ledgerTitle() + QLatin1Char('_') +
                                  registry->clock().today().toString(Qt::ISODate) + QStringLiteral(".pdf");
        const QString path = FileDialog::getSaveFileName(m_window, tr("Save Ledger as PDF"), suggested,
                                                         tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
        if (path.isEmpty())
            return;
        if (!writeLedgerPdf(options, path, &error)) {
            MessageBox::critical(m_window, tr("Ledger Not Saved"), error);
            return;
        }
        m_window->statusBar()->showMessage(tr("Saved the ledger to %1").arg(QDir::toNativeSeparators(path)), 8000);
        return;
    }

    PagedDocument document;
    if (!buildDocument(options, &document, &error)) {
        MessageBox::critical(m_window, tr("Cannot Print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout);
    printer.setDocName(document.header.title);
    PagedTableRenderer renderer(document);
    if (dialog.output() == LedgerPrintDialog::Output::Preview) {
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setWindowTitle(tr("Print Preview – %1").arg(document.header.title));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&renderer, this](QPrinter *target) {
            QString problem;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const bool ok = renderer.render(target, &problem);
            QApplication::restoreOverrideCursor();
            if (!ok)
                MessageBox::critical(m_window, tr("Cannot Print"), problem);
        });
        preview.resize(m_window->size() * 0.9);
        preview.exec();
        return;
    }
    QPrintDialog printDialog(&printer, m_window);
    printDialog.setWindowTitle(tr("Print Asset Ledger"));
    if (printDialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Printing the ledger…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    if (!renderer.render(&printer, &error, [&progress](int page, int pages) {
            progress.setMaximum(pages);
            progress.setValue(page);
            return !progress.wasCanceled();
        }))
        MessageBox::critical(m_window, tr("Cannot Print"), error);
}

void LedgerActions::importAssets()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    ImportDialog dialog(*registry, m_window);
    dialog.exec();
    if (dialog.importedCount() > 0) {
        m_window->reload();
        m_window->statusBar()->showMessage(tr("Imported %Ln asset(s)", nullptr, int(dialog.importedCount())), 8000);
    }
}

void LedgerActions::exportAssets()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    ExportDialog dialog(*registry, m_window->currentFilter(), m_window->assetModel()->sortOrder(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AssetExport::Options options = dialog.options();
    static const char *const filters[] = {QT_TR_NOOP("CSV files (*.csv)"), QT_TR_NOOP("Excel workbooks (*.xlsx)"),
                                          QT_TR_NOOP("JSON files (*.json)")};
    static const char *const suffixes[] = {"csv", "xlsx", "json"};
    const int format = int(options.format);
    const QString path = FileDialog::getSaveFileName(m_window, tr("Export Assets"), dialog.suggestedFileName(),
                                                     tr(filters[format]), QString::fromLatin1(suffixes[format]));
    if (path.isEmpty())
        return;
    // Written on the worker's own connection; a cancelled export leaves no file (the file is replaced only when
    // everything was written).
    Result<int> result;
    BackgroundJob job(m_window, tr("Export Assets"), tr("Exporting assets…"));
    {
        // Headings and labels in the language chosen for the file; the window follows again afterwards.
        const PrintLanguage fileLanguage(dialog.language());
        job.run(*registry, [&result, &path, &options](Registry &worker, Progress &progress, QString *error) {
            result = AssetExport::write(worker, path, options,
                                        [&progress](int done, int total) { progress.report(done, total); });
            *error = result.error;
            return result.ok();
        });
    }
    if (job.wasCancelled() || !result.ok()) {
        MessageBox::critical(m_window, tr("Nothing Exported"), job.error());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %Ln asset(s) to %1", nullptr, int(*result.value)).arg(QDir::toNativeSeparators(path)), 8000);
}

void LedgerActions::editSettings()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    RegistrySettingsDialog dialog(*registry, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->reload();
}
