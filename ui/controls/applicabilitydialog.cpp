// The statement of applicability window.
#include "applicabilitydialog.h"

#include "domain/controlcodes.h"
#include "jobs/backgroundjob.h"
#include "printing/applicabilitydocument.h"
#include "printing/pagedtablerenderer.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ApplicabilityDialog::ApplicabilityDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("applicabilityDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    m_catalogLabel = new QLabel(this);
    m_catalog = new QComboBox(this);
    m_catalog->setObjectName(QStringLiteral("catalogCombo"));
    const QList<ControlCatalog> catalogs = registry.catalogs().catalogs();
    for (const ControlCatalog &catalog : catalogs) {
        if (catalog.controlCount > 0) {
            m_catalogs << catalog;
            m_catalog->addItem(catalog.displayTitle(), catalog.id);
        }
    }
    m_catalogLabel->setBuddy(m_catalog);
    connect(m_catalog, &QComboBox::activated, this, [this] { load(); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("applicabilityTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_print = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    connect(m_save, &QPushButton::clicked, this, &ApplicabilityDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &ApplicabilityDialog::print);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_catalogLabel);
    top->addWidget(m_catalog, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("applicability"), QSize(1320, 640));
}

const ControlCatalog *ApplicabilityDialog::catalog() const
{
    const int index = m_catalog->currentIndex();
    return index >= 0 && index < m_catalogs.size() ? &m_catalogs.at(index) : nullptr;
}

bool ApplicabilityDialog::load()
{
    const ControlCatalog *chosen = catalog();
    m_entries.clear();
    if (!chosen) {
        fill();
        return false;
    }
    // Counting the assets each control is required for reads the whole registry: off the GUI thread.
    const qint64 catalogId = chosen->id;
    QList<ApplicabilityEntry> entries;
    BackgroundJob job(this, windowTitle(), tr("Reading the statement…"));
    const bool read = job.run(m_registry, [catalogId, &entries](Registry &worker, Progress &, QString *error) {
        const Result<QList<ApplicabilityEntry>> result = worker.gaps().applicability(catalogId);
        if (!result)
            *error = result.error;
        else
            entries = *result;
        return result.ok();
    });
    if (read)
        m_entries = entries;
    fill();
    if (!read && !job.wasCancelled())
        MessageBox::critical(this, tr("Statement Not Read"), job.error());
    return read;
}

void ApplicabilityDialog::fill()
{
    // Long headings take two lines on the screen, so that the columns are as wide as their figures.
    QStringList headings = ApplicabilityDocument::headings();
    for (QString &heading : headings) {
        if (heading.size() <= 16)
            continue;
        const qsizetype middle = heading.size() / 2;
        const qsizetype before = heading.lastIndexOf(QLatin1Char(' '), middle);
        const qsizetype after = heading.indexOf(QLatin1Char(' '), middle);
        const qsizetype space = before < 0  ? after
                                : after < 0 ? before
                                            : (middle - before <= after - middle ? before : after);
        if (space > 0)
            heading[space] = QLatin1Char('\n');
    }
    m_table->clear();
    m_table->setColumnCount(int(headings.size()));
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setRowCount(int(m_entries.size()));
    qint64 applicable = 0;
    qint64 excluded = 0;
    qint64 required = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ApplicabilityEntry &entry = m_entries.at(row);
        const QStringList cells = ApplicabilityDocument::cells(entry);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= ApplicabilityDocument::requiredColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!cells.at(column).isEmpty())
                item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        const QString applicability = entry.applicability();
        if (applicability == QLatin1String("applicable"))
            ++applicable;
        else if (applicability == QLatin1String("not_applicable"))
            ++excluded;
        if (entry.requiredAssets > 0)
            ++required;
    }
    m_table->resizeColumnsToContents();
    // Titles and reasons can be long; they keep a readable width and show in full in their tooltip.
    for (int column : {1, 5})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 300));
    // The title takes the room the window has to spare.
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    const int controls = int(m_entries.size());
    m_summary->setText(
        tr("%n control(s): %1 applicable, %2 not applicable, %3 not assessed. The baseline requires %4 of them for at "
           "least one asset.",
           nullptr, controls)
            .arg(locale.toString(applicable), locale.toString(excluded),
                 locale.toString(qint64(controls) - applicable - excluded), locale.toString(required)));
    m_save->setEnabled(catalog() != nullptr);
    m_print->setEnabled(catalog() != nullptr);
}

bool ApplicabilityDialog::saveAs()
{
    const ControlCatalog *chosen = catalog();
    if (!chosen)
        return false;
    const QString suggested = ApplicabilityDocument::title() + QLatin1Char('_') +
                              m_registry.clock().today().toString(Qt::ISODate) + QStringLiteral(".pdf");
    const QString path = FileDialog::getSaveFileName(this, tr("Save Statement of Applicability"), suggested,
                                                     tr("PDF files (*.pdf);;CSV files (*.csv)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    // The file name decides: a PDF for filing and printing, CSV for Excel. A cancelled save leaves no file.
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const qint64 catalogId = chosen->id;
    BackgroundJob job(this, tr("Save Statement of Applicability"), tr("Writing the statement…"));
    bool written = false;
    if (pdf) {
        const PagedDocument document = ApplicabilityDocument::compose(m_registry, *chosen, m_entries);
        written = job.run([&document, &path](Progress &progress, QString *error) {
            return PagedTableRenderer::writePdf(document, path, error, [&progress](int page, int pages) {
                progress.report(page, pages);
                return !progress.cancelled();
            });
        });
    } else {
        written = job.run(m_registry, [catalogId, &path](Registry &worker, Progress &, QString *error) {
            const Result<int> result = ControlExport::writeApplicability(worker.gaps(), catalogId, path);
            *error = result.error;
            return result.ok();
        });
    }
    if (!written) {
        if (!job.wasCancelled())
            MessageBox::critical(this, tr("Statement Not Saved"), job.error());
        return false;
    }
    MessageBox::information(this, tr("Statement Saved"),
                            tr("Saved the statement of applicability to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ApplicabilityDialog::print()
{
    const ControlCatalog *chosen = catalog();
    if (!chosen)
        return;
    const PagedDocument document = ApplicabilityDocument::compose(m_registry, *chosen, m_entries);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout);
    printer.setDocName(document.header.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PagedTableRenderer renderer(document);
    QString error;
    if (!renderer.render(&printer, &error))
        MessageBox::critical(this, tr("Cannot Print"), error);
}

void ApplicabilityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApplicabilityDialog::retranslateUi()
{
    setWindowTitle(ApplicabilityDocument::title());
    m_catalogLabel->setText(tr("&Catalogue:"));
    m_save->setText(tr("&Save As…"));
    m_print->setText(tr("&Print…"));
    fill();
}
