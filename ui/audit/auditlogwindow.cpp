// The audit log window.
#include "auditlogwindow.h"

#include "auditlogmodel.h"
#include "verifyhistory.h"

#include "jobs/backgroundjob.h"

#include "printing/auditreportdocument.h"
#include "printing/pagedtablerenderer.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AuditLogWindow::AuditLogWindow(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("auditLogWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_periodLabel = new QLabel(this);
    m_useSince = new QCheckBox(this);
    m_useSince->setObjectName(QStringLiteral("useSince"));
    m_since = new QDateEdit(m_registry.clock().today().addMonths(-1), this);
    m_since->setObjectName(QStringLiteral("since"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_useUntil = new QCheckBox(this);
    m_useUntil->setObjectName(QStringLiteral("useUntil"));
    m_until = new QDateEdit(m_registry.clock().today(), this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);
    m_actorLabel = new QLabel(this);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setClearButtonEnabled(true);
    m_actorLabel->setBuddy(m_actor);
    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    m_actionLabel->setBuddy(m_action);
    m_entityLabel = new QLabel(this);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    m_entityLabel->setBuddy(m_entity);
    m_assetLabel = new QLabel(this);
    m_asset = new QLineEdit(this);
    m_asset->setObjectName(QStringLiteral("asset"));
    m_asset->setClearButtonEnabled(true);
    m_assetLabel->setBuddy(m_asset);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilter"));

    auto *filters = new QGridLayout;
    filters->addWidget(m_periodLabel, 0, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_useSince);
    period->addWidget(m_since);
    period->addSpacing(12);
    period->addWidget(m_useUntil);
    period->addWidget(m_until);
    period->addStretch(1);
    filters->addLayout(period, 0, 1, 1, 3);
    filters->addWidget(m_actorLabel, 0, 4);
    filters->addWidget(m_actor, 0, 5);
    filters->addWidget(m_actionLabel, 1, 0);
    filters->addWidget(m_action, 1, 1);
    filters->addWidget(m_entityLabel, 1, 2);
    filters->addWidget(m_entity, 1, 3);
    filters->addWidget(m_assetLabel, 1, 4);
    filters->addWidget(m_asset, 1, 5);
    filters->addWidget(m_clear, 1, 6);
    filters->setColumnStretch(5, 1);

    m_model = new AuditLogModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_checkpoint = new QLabel(this);
    m_checkpoint->setObjectName(QStringLiteral("auditCheckpoint"));
    m_checkpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addStretch(1);
    status->addWidget(m_checkpoint);

    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_preview = new QPushButton(this);
    m_print = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(status);
    layout->addLayout(buttons);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditLogWindow::applyFilter);
    connect(m_actor, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_asset, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_useSince, &QCheckBox::toggled, this, &AuditLogWindow::applyFilter);
    connect(m_useUntil, &QCheckBox::toggled, this, &AuditLogWindow::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditLogWindow::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditLogWindow::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogWindow::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogWindow::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &AuditLogWindow::clearFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogWindow::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditLogWindow::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &AuditLogWindow::print);
    connect(m_preview, &QPushButton::clicked, this, &AuditLogWindow::preview);
    connect(m_pdf, &QPushButton::clicked, this, &AuditLogWindow::savePdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &AuditLogModel::countChanged, this, &AuditLogWindow::updateCounts);
    connect(m_model, &AuditLogModel::errorOccurred, this,
            [this](const QString &message) { m_count->setText(message); });

    retranslateUi();
    m_model->setRegistry(&m_registry);
    m_view->setColumnWidth(AuditLogModel::SeqColumn, 70);
    m_view->setColumnWidth(AuditLogModel::TimeColumn, 160);
    m_view->setColumnWidth(AuditLogModel::ActorColumn, 180);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, 110);
    m_view->setColumnWidth(AuditLogModel::SubjectColumn, 220);
}

QSize AuditLogWindow::sizeHint() const
{
    return {1200, 700};
}

AuditFilter AuditLogWindow::filter() const
{
    AuditFilter filter;
    if (m_useSince->isChecked())
        filter.since = m_since->date();
    if (m_useUntil->isChecked())
        filter.until = m_until->date();
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.assetNo = m_asset->text().trimmed();
    return filter;
}

void AuditLogWindow::applyFilter()
{
    m_typing->stop();
    m_model->setFilter(filter());
}

void AuditLogWindow::clearFilter()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_useSince), QSignalBlocker(m_useUntil), QSignalBlocker(m_actor),
                                       QSignalBlocker(m_action),   QSignalBlocker(m_entity),   QSignalBlocker(m_asset)};
    m_useSince->setChecked(false);
    m_since->setEnabled(false);
    m_useUntil->setChecked(false);
    m_until->setEnabled(false);
    m_actor->clear();
    m_action->setCurrentIndex(0);
    m_entity->setCurrentIndex(0);
    m_asset->clear();
    applyFilter();
}

void AuditLogWindow::updateCounts()
{
    m_count->setText(tr("%Ln event(s)", nullptr, int(m_model->count())));
    const AuditLog &log = m_registry.audit();
    QString error;
    const std::optional<AuditCheckpoint> head = log.checkpoint(&error);
    m_checkpoint->setText(head && head->isValid() ? tr("Checkpoint: %1").arg(head->toString()) : QString());
    m_checkpoint->setToolTip(head && head->isValid() ? head->toFullString() : QString());
}

void AuditLogWindow::fillCombos()
{
    const QString action = m_action->currentData().toString();
    const QString entity = m_entity->currentData().toString();
    const QSignalBlocker actionBlocker(m_action);
    const QSignalBlocker entityBlocker(m_entity);
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const QString &code : AuditLog::actions())
        m_action->addItem(AuditLog::actionName(code), code);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_entity->clear();
    m_entity->addItem(tr("Any record"), QString());
    for (const QString &code : AuditLog::entities())
        m_entity->addItem(AuditLog::entityName(code), code);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
}

bool AuditLogWindow::buildReport(PagedDocument *document, AuditCheckpoint *checkpoint)
{
    AuditReportOptions options;
    options.filter = filter();
    // Read on the worker, so that a long history does not freeze the window; drawn by the caller.
    BackgroundJob job(this, tr("Audit Report"), tr("Reading the history…"));
    if (!job.run(m_registry, [&options, document, checkpoint](Registry &registry, Progress &, QString *error) {
            return AuditReportDocument::build(registry, options, document, checkpoint, error);
        })) {
        MessageBox::critical(this, tr("Cannot Print"), job.error());
        return false;
    }
    return true;
}

bool AuditLogWindow::exportCsv()
{
    const QString suggested = AuditReportDocument::title() + QLatin1Char('_') +
                              m_registry.clock().today().toString(Qt::ISODate) + QStringLiteral(".csv");
    const QString path = FileDialog::getSaveFileName(this, tr("Export Audit Log"), suggested, tr("CSV files (*.csv)"),
                                                     QStringLiteral("csv"));
    if (path.isEmpty())
        return false;
    const AuditFilter selection = filter();
    // Written on the worker; a cancelled export leaves no file.
    BackgroundJob job(this, tr("Export Audit Log"), tr("Writing the audit log…"));
    if (!job.run(m_registry, [&selection, &path](Registry &registry, Progress &, QString *error) {
            AuditCheckpoint checkpoint;
            return registry.audit().writeCsv(selection, path, &checkpoint, error) >= 0;
        })) {
        MessageBox::critical(this, tr("Audit Log Not Exported"), job.error());
        return false;
    }
    return true;
}

bool AuditLogWindow::savePdf()
{
    const QString suggested = AuditReportDocument::title() + QLatin1Char('_') +
                              m_registry.clock().today().toString(Qt::ISODate) + QStringLiteral(".pdf");
    const QString path = FileDialog::getSaveFileName(this, tr("Save Audit Report as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    AuditReportOptions options;
    options.filter = filter();
    // Read and drawn on the worker; a cancelled PDF leaves no file.
    BackgroundJob job(this, tr("Save Audit Report as PDF"), tr("Writing the audit report…"));
    if (!job.run(m_registry, [&options, &path](Registry &registry, Progress &progress, QString *error) {
            PagedDocument document;
            AuditCheckpoint checkpoint;
            return AuditReportDocument::build(registry, options, &document, &checkpoint, error) &&
                   PagedTableRenderer::writePdf(document, path, error, [&progress](int page, int pages) {
                       progress.report(page, pages);
                       return !progress.cancelled();
                   });
        })) {
        MessageBox::critical(this, tr("Audit Report Not Saved"), job.error());
        return false;
    }
    return true;
}

void AuditLogWindow::print()
{
    PagedDocument document;
    AuditCheckpoint checkpoint;
    if (!buildReport(&document, &checkpoint))
        return;
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

void AuditLogWindow::preview()
{
    PagedDocument document;
    AuditCheckpoint checkpoint;
    if (!buildReport(&document, &checkpoint))
        return;
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

void AuditLogWindow::verify()
{
    VerifyHistory::ask(this, m_registry);
}

void AuditLogWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AuditLogWindow::retranslateUi()
{
    setWindowTitle(tr("Audit Log"));
    m_periodLabel->setText(tr("Period:"));
    m_useSince->setText(tr("&From"));
    m_useUntil->setText(tr("&To"));
    m_since->setDisplayFormat(LocalDate::format());
    m_until->setDisplayFormat(LocalDate::format());
    // Room for a four-digit year in either language, and the calendar button.
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000/00/00")) + 48;
    m_since->setMinimumWidth(dateWidth);
    m_until->setMinimumWidth(dateWidth);
    m_actorLabel->setText(tr("&Who:"));
    m_actor->setPlaceholderText(tr("Part of the user or host name"));
    m_actionLabel->setText(tr("A&ction:"));
    m_entityLabel->setText(tr("&Record:"));
    m_assetLabel->setText(tr("A&sset:"));
    m_asset->setPlaceholderText(tr("Asset number, e.g. IA-000001"));
    m_clear->setText(tr("C&lear Filters"));
    m_verify->setText(tr("Verify &History…"));
    m_export->setText(tr("&Export CSV…"));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_close->setText(tr("Close"));
    fillCombos();
    // Cell texts (actions, records, field labels) are in the UI language.
    m_model->refresh();
}
