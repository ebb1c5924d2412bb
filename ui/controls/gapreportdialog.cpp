// The gap report window.
#include "gapreportdialog.h"

#include "gaptablemodel.h"

#include "domain/assetfield.h"
#include "domain/controlcodes.h"
#include "jobs/backgroundjob.h"
#include "printing/gapreportdocument.h"
#include "printing/pagedtablerenderer.h"
#include "service/assetservice.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

GapReportDialog::GapReportDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("gapReportDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_departmentLabel = new QLabel(this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->addItem(QString(), QString());
    const QStringList departments = registry.assets().distinctValues(AssetField::Department);
    for (const QString &department : departments)
        m_department->addItem(department, department);
    m_departmentLabel->setBuddy(m_department);
    m_areaLabel = new QLabel(this);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    m_area->addItem(QString(), 0);
    for (int area : ControlCodes::areas())
        m_area->addItem(QString(), area);
    m_areaLabel->setBuddy(m_area);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(QString(), QString());
    for (const QString &kind : ControlCodes::gapKinds())
        m_kind->addItem(QString(), kind);
    m_kindLabel->setBuddy(m_kind);
    m_catalogLabel = new QLabel(this);
    m_catalog = new QComboBox(this);
    m_catalog->addItem(QString(), qint64(0));
    const QList<ControlCatalog> catalogs = m_registry.catalogs().catalogs();
    for (const ControlCatalog &catalog : catalogs)
        m_catalog->addItem(catalog.displayTitle(), catalog.id);
    m_catalogLabel->setBuddy(m_catalog);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_byArea = new QTreeWidget(this);
    m_byArea->setRootIsDecorated(false);
    m_byArea->setColumnCount(2);
    m_byDepartment = new QTreeWidget(this);
    m_byDepartment->setRootIsDecorated(false);
    m_byDepartment->setColumnCount(2);
    for (QTreeWidget *tree : {m_byArea, m_byDepartment}) {
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        tree->header()->setStretchLastSection(false);
        tree->setMaximumHeight(190);
    }

    m_model = new GapTableModel(m_registry, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("gapView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(GapTableModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    // The control title takes what is left; the other columns get room for their usual content.
    const int character = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(GapTableModel::AssetNo, character * 14);
    m_view->setColumnWidth(GapTableModel::AssetName, character * 26);
    m_view->setColumnWidth(GapTableModel::Department, character * 20);
    m_view->setColumnWidth(GapTableModel::Control, character * 12);
    m_view->setColumnWidth(GapTableModel::Area, character * 26);
    m_view->setColumnWidth(GapTableModel::Kind, character * 18);
    m_view->setColumnWidth(GapTableModel::Responsible, character * 14);
    m_view->setColumnWidth(GapTableModel::DueDate, character * 11);

    m_refresh = new QPushButton(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_preview = new QPushButton(this);
    m_print = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_close = new QPushButton(this);

    auto *filters = new QGridLayout;
    filters->addWidget(m_departmentLabel, 0, 0);
    filters->addWidget(m_department, 0, 1);
    filters->addWidget(m_areaLabel, 0, 2);
    filters->addWidget(m_area, 0, 3);
    filters->addWidget(m_kindLabel, 0, 4);
    filters->addWidget(m_kind, 0, 5);
    filters->addWidget(m_catalogLabel, 1, 0);
    filters->addWidget(m_catalog, 1, 1);
    filters->addWidget(m_searchLabel, 1, 2);
    filters->addWidget(m_search, 1, 3, 1, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);
    auto *counts = new QHBoxLayout;
    counts->addWidget(m_byArea, 1);
    counts->addWidget(m_byDepartment, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_total);
    layout->addLayout(counts);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &GapReportDialog::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_department, m_area, m_kind, m_catalog})
        connect(combo, &QComboBox::currentIndexChanged, this, &GapReportDialog::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &GapReportDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, &GapReportDialog::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &GapReportDialog::print);
    connect(m_preview, &QPushButton::clicked, this, &GapReportDialog::preview);
    connect(m_pdf, &QPushButton::clicked, this, &GapReportDialog::savePdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const std::optional<ControlGap> gap = m_model->gapAt(index.row()))
            emit showAssetRequested(gap->assetId);
    });
    connect(m_model, &GapTableModel::errorOccurred, this,
            [this](const QString &message) { m_total->setText(message); });
    retranslateUi();
    refresh();
    WindowGeometry::restore(this, QStringLiteral("gapReport"), QSize(1360, 780));
}

GapReportDialog::~GapReportDialog() = default;

GapFilter GapReportDialog::filter() const
{
    GapFilter filter;
    filter.department = m_department->currentData().toString();
    filter.area = m_area->currentData().toInt();
    filter.kind = m_kind->currentData().toString();
    filter.catalogId = m_catalog->currentData().toLongLong();
    filter.search = m_search->text().trimmed();
    return filter;
}

void GapReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GapReportDialog::retranslateUi()
{
    setWindowTitle(tr("Gap Report of Controls"));
    m_departmentLabel->setText(tr("&Department:"));
    m_department->setItemText(0, tr("All departments"));
    m_areaLabel->setText(tr("&Area:"));
    m_area->setItemText(0, tr("All areas"));
    for (int index = 1; index < m_area->count(); ++index)
        m_area->setItemText(index, QStringLiteral("%1 %2").arg(index).arg(ControlCodes::areaName(index)));
    m_kindLabel->setText(tr("&Gap:"));
    m_kind->setItemText(0, tr("Every kind"));
    for (int index = 1; index < m_kind->count(); ++index)
        m_kind->setItemText(index, ControlCodes::gapKindName(m_kind->itemData(index).toString()));
    m_catalogLabel->setText(tr("&Catalogue:"));
    m_catalog->setItemText(0, tr("All catalogues"));
    m_searchLabel->setText(tr("Asset &search:"));
    m_search->setPlaceholderText(tr("Asset number or name"));
    m_byArea->setHeaderLabels({tr("Area"), tr("Gaps")});
    m_byDepartment->setHeaderLabels({AssetField::byId(AssetField::Department).label(), tr("Gaps")});
    m_refresh->setText(tr("&Refresh"));
    m_export->setText(tr("&Export CSV…"));
    m_print->setText(tr("&Print…"));
    m_preview->setText(tr("Pre&view…"));
    m_pdf->setText(tr("Save as PD&F…"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    fillCounts();
}

void GapReportDialog::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const GapFilter current = filter();
    const Result<GapSummary> summary = m_registry.gaps().gapSummary(current);
    QApplication::restoreOverrideCursor();
    if (!summary.ok()) {
        m_summary = GapSummary();
        m_model->setFilter(current, 0);
        m_total->setText(summary.error);
        return;
    }
    m_summary = *summary.value;
    m_model->setFilter(current, m_summary.total);
    fitColumns();
    fillCounts();
}

void GapReportDialog::fitColumns()
{
    // Widths follow what the first rows hold (a page, not the whole list, which may have millions of rows), within a
    // bound so that one long name does not push the control title off the screen.
    QHeaderView *header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(50);
    const int widest = m_view->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == GapTableModel::Title)
            continue;
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    }
    header->setSectionResizeMode(GapTableModel::Title, QHeaderView::Stretch);
}

void GapReportDialog::fillCounts()
{
    const QLocale locale;
    const auto n = [](qint64 count) { return int(std::min<qint64>(count, INT_MAX)); };
    m_total->setText(m_summary.total == 0
                         ? tr("No gaps: every required control of the %Ln asset(s) checked is in place.", nullptr,
                              n(m_summary.assetsChecked))
                         : tr("%1 in %2 of %3", "gaps in assets with gaps of the assets checked")
                               .arg(tr("%Ln gap(s)", nullptr, n(m_summary.total)),
                                    locale.toString(m_summary.assetsWithGaps),
                                    tr("%Ln asset(s)", nullptr, n(m_summary.assetsChecked))));
    m_byArea->clear();
    const QMap<int, qint64> areas = m_summary.byArea();
    for (auto it = areas.constBegin(); it != areas.constEnd(); ++it) {
        auto *item = new QTreeWidgetItem(
            {QStringLiteral("%1 %2").arg(it.key()).arg(ControlCodes::areaName(it.key())), locale.toString(it.value())});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_byArea->addTopLevelItem(item);
    }
    m_byDepartment->clear();
    const QMap<QString, qint64> departments = m_summary.byDepartment();
    for (auto it = departments.constBegin(); it != departments.constEnd(); ++it) {
        auto *item = new QTreeWidgetItem({it.key(), locale.toString(it.value())});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_byDepartment->addTopLevelItem(item);
    }
}

bool GapReportDialog::exportCsv()
{
    const QString suggested = GapReportDocument::title() + QLatin1Char('_') +
                              m_registry.clock().today().toString(Qt::ISODate) + QStringLiteral(".csv");
    const QString path = FileDialog::getSaveFileName(this, tr("Export Gap Report"), suggested, tr("CSV files (*.csv)"),
                                                     QStringLiteral("csv"));
    if (path.isEmpty())
        return false;
    // Written on the worker's own connection; a cancelled export leaves no file.
    const GapFilter gaps = filter();
    const qint64 total = m_summary.total;
    BackgroundJob job(this, tr("Export Gap Report"), tr("Writing the gap report…"));
    if (!job.run(m_registry, [&gaps, &path, total](Registry &registry, Progress &progress, QString *error) {
            const Result<qint64> written =
                ControlExport::writeGaps(registry.gaps(), gaps, path, TextEncoding::Encoding::Utf8Bom,
                                         [&progress, total](qint64 done) { progress.report(done, total); });
            *error = written.error;
            return written.ok();
        })) {
        MessageBox::critical(this, tr("Gap Report Not Exported"), job.error());
        return false;
    }
    return true;
}

bool GapReportDialog::savePdf()
{
    const QString suggested = GapReportDocument::title() + QLatin1Char('_') +
                              m_registry.clock().today().toString(Qt::ISODate) + QStringLiteral(".pdf");
    const QString path = FileDialog::getSaveFileName(this, tr("Save Gap Report as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    GapReportOptions options;
    options.filter = filter();
    // Read and drawn on the worker; a cancelled PDF leaves no file.
    BackgroundJob job(this, tr("Save Gap Report as PDF"), tr("Writing the gap report…"));
    if (!job.run(m_registry, [&options, &path](Registry &registry, Progress &progress, QString *error) {
            PagedDocument document;
            return GapReportDocument::build(registry, options, &document, error) &&
                   PagedTableRenderer::writePdf(document, path, error, [&progress](int page, int pages) {
                       progress.report(page, pages);
                       return !progress.cancelled();
                   });
        })) {
        MessageBox::critical(this, tr("Gap Report Not Saved"), job.error());
        return false;
    }
    return true;
}

void GapReportDialog::print()
{
    GapReportOptions options;
    options.filter = filter();
    PagedDocument document;
    QString error;
    if (!GapReportDocument::build(m_registry, options, &document, &error)) {
        MessageBox::critical(this, tr("Cannot Print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout);
    printer.setDocName(document.header.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PagedTableRenderer renderer(document);
    if (!renderer.render(&printer, &error))
        MessageBox::critical(this, tr("Cannot Print"), error);
}

void GapReportDialog::preview()
{
    GapReportOptions options;
    options.filter = filter();
    PagedDocument document;
    QString error;
    if (!GapReportDocument::build(m_registry, options, &document, &error)) {
        MessageBox::critical(this, tr("Cannot Print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout);
    printer.setDocName(document.header.title);
    PagedTableRenderer renderer(document);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview – %1").arg(document.header.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&renderer, this](QPrinter *target) {
        QString problem;
        if (!renderer.render(target, &problem))
            MessageBox::critical(this, tr("Cannot Print"), problem);
    });
    preview.resize(size());
    preview.exec();
}
