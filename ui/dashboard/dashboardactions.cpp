// The dashboard and risk output actions of the main window.
#include "dashboardactions.h"

#include "dashboardwindow.h"
#include "mainwindow/mainwindow.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printlanguage.h"
#include "risk/riskactions.h"
#include "risk/riskregisterwindow.h"
#include "service/registry.h"
#include "service/riskexport.h"
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
#include <QSettings>
#include <QStatusBar>

namespace {

const QString kAtStart = QStringLiteral("dashboard/atStart");

} // namespace

DashboardActions::DashboardActions(MainWindow *window)
    : QObject(window)
    , m_main(window)
{
    m_dashboard = new QAction(this);
    m_dashboard->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboard->setIcon(QIcon::fromTheme(QStringLiteral("office-chart-bar")));
    m_dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_atStart = new QAction(this);
    m_atStart->setObjectName(QStringLiteral("dashboardAtStartAction"));
    m_atStart->setCheckable(true);
    m_atStart->setChecked(QSettings().value(kAtStart, false).toBool());
    m_print = new QAction(this);
    m_print->setObjectName(QStringLiteral("printRiskDocumentsAction"));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportRisksAction"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));

    QMenu *view = window->viewMenu();
    const QList<QAction *> existing = view->actions();
    QAction *first = existing.isEmpty() ? nullptr : existing.constFirst();
    view->insertAction(first, m_dashboard);
    view->insertAction(first, m_atStart);
    view->insertSeparator(first);
    window->addFileActions({m_print, m_export});

    connect(m_dashboard, &QAction::triggered, this, &DashboardActions::showDashboard);
    connect(m_atStart, &QAction::toggled, this, [](bool on) { QSettings().setValue(kAtStart, on); });
    connect(m_print, &QAction::triggered, this, [this] { printRiskDocuments(); });
    connect(m_export, &QAction::triggered, this, &DashboardActions::exportRisks);
    connect(window, &MainWindow::registryChanged, this, &DashboardActions::registryChanged);
    window->installEventFilter(this);
    retranslate();
    registryChanged(window->registry());
}

bool DashboardActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_main && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DashboardActions::retranslate()
{
    m_dashboard->setText(tr("Das&hboard"));
    m_dashboard->setToolTip(tr("Where the risk is: heat map, risks, assets, control gaps and what is due"));
    m_atStart->setText(tr("Dashboard at S&tart"));
    m_atStart->setToolTip(tr("Open the dashboard whenever a registry is opened"));
    m_print->setText(tr("Print Risk Doc&uments…"));
    m_print->setToolTip(tr("Print the risk analysis results, the treatment plan or the residual risk acceptance "
                           "record"));
    m_export->setText(tr("E&xport Risk Register…"));
    m_export->setToolTip(tr("Write the risk register to a CSV file or an Excel workbook"));
}

void DashboardActions::registryChanged(Registry *registry)
{
    // The window reads the registry it was made for; a different registry gets a new one.
    if (!m_window.isNull())
        delete m_window.data();
    for (QAction *action : {m_dashboard, m_print, m_export})
        action->setEnabled(registry != nullptr);
    if (registry && m_atStart->isChecked())
        showDashboard();
}

DashboardWindow *DashboardActions::dashboard() const
{
    return m_window.data();
}

DashboardWindow *DashboardActions::showDashboard()
{
    Registry *registry = m_main->registry();
    if (!registry)
        return nullptr;
    if (m_window.isNull()) {
        m_window = new DashboardWindow(*registry, m_main);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &DashboardWindow::entriesRequested, this, &DashboardActions::showEntries);
        connect(m_window, &DashboardWindow::riskDocumentsRequested, this, [this] { printRiskDocuments(); });
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

void DashboardActions::showEntries(const RiskFilter &filter, const QString &caption)
{
    Registry *registry = m_main->registry();
    if (!registry)
        return;
    // The risk register window itself, filtered to the figure: its entries open in the entry editor from there.
    auto *risks = m_main->findChild<RiskActions *>();
    if (!risks)
        return;
    if (RiskRegisterWindow *window = risks->showRegister())
        window->showFilter(filter, caption);
}

bool DashboardActions::writeRiskPdf(const Registry &registry, const RiskPrintOptions &options, const QString &path,
                                    QString *error)
{
    PagedDocument document;
    if (!RiskDocument::build(registry, options, &document, error))
        return false;
    return PagedTableRenderer::writePdf(document, path, error);
}

void DashboardActions::printRiskDocuments(RiskPrintDialog::Output output)
{
    Registry *registry = m_main->registry();
    if (!registry)
        return;
    QWidget *parent = m_window.isNull() ? static_cast<QWidget *>(m_main) : static_cast<QWidget *>(m_window.data());
    RiskPrintDialog dialog(*registry, RiskPrintOptions{}, parent);
    dialog.setOutput(output);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RiskPrintOptions options = dialog.options();
    QString error;
    if (dialog.output() == RiskPrintDialog::Output::Pdf) {
        QString title;
        {
            const PrintLanguage language(options.language);
            title = RiskDocument::title(options.kind);
        }
        const QString suggested =
            title + QLatin1Char('_') + registry->clock().today().toString(Qt::ISODate) + QStringLiteral(".pdf");
        const QString path = FileDialog::getSaveFileName(parent, tr("Save Risk Document as PDF"), suggested,
                                                         tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
        if (path.isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = writeRiskPdf(*registry, options, path, &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            MessageBox::critical(parent, tr("Risk Document Not Saved"), error);
            return;
        }
        m_main->statusBar()->showMessage(tr("Saved %1 to %2").arg(title, QDir::toNativeSeparators(path)), 8000);
        return;
    }
    PagedDocument document;
    if (!RiskDocument::build(*registry, options, &document, &error)) {
        MessageBox::critical(parent, tr("Cannot Print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout);
    printer.setDocName(document.header.title);
    PagedTableRenderer renderer(document);
    if (dialog.output() == RiskPrintDialog::Output::Preview) {
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(tr("Print Preview – %1").arg(document.header.title));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&renderer, parent](QPrinter *target) {
            QString problem;
            if (!renderer.render(target, &problem))
                MessageBox::critical(parent, tr("Cannot Print"), problem);
        });
        preview.resize(m_main->size() * 0.9);
        preview.exec();
        return;
    }
    QPrintDialog printDialog(&printer, parent);
    printDialog.setWindowTitle(document.header.title);
    if (printDialog.exec() != QDialog::Accepted)
        return;
    if (!renderer.render(&printer, &error))
        MessageBox::critical(parent, tr("Cannot Print"), error);
}

void DashboardActions::exportRisks()
{
    Registry *registry = m_main->registry();
    if (!registry)
        return;
    const QString suggested = RiskExport::title() + QLatin1Char('_') + registry->clock().today().toString(Qt::ISODate) +
                              QStringLiteral(".xlsx");
    const QString path =
        FileDialog::getSaveFileName(m_main, tr("Export Risk Register"), suggested,
                                    tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return;
    RiskExport::Options options;
    if (!RiskExport::formatOfPath(path, &options.format)) {
        MessageBox::critical(m_main, tr("Nothing Exported"),
                             tr("Name a .csv or .xlsx file to write, not %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> written = RiskExport::write(*registry, path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(m_main, tr("Nothing Exported"), written.error);
        return;
    }
    m_main->statusBar()->showMessage(
        tr("Exported %1 risk entries to %2").arg(QLocale().toString(*written), QDir::toNativeSeparators(path)), 8000);
}
