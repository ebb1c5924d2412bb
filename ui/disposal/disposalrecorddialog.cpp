// The disposal record view.
#include "disposalrecorddialog.h"

#include "amendmentdialog.h"
#include "disposalitemsmodel.h"
#include "evidencefolder.h"

#include "domain/disposalcodes.h"
#include "domain/disposalfield.h"
#include "domain/sanitisationtechniques.h"
#include "i18n/language.h"
#include "io/ownerfile.h"
#include "jobs/backgroundjob.h"
#include "printing/certificate.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

using Codes = DisposalCodes::List;

const QString kOverrideStyle =
    QStringLiteral("QLabel { background: #FFE6E6; border: 1px solid #C0392B; color: #8A1010; padding: 6px; }");

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), LocalDate::format() + QStringLiteral(" HH:mm"));
}

} // namespace

DisposalRecordDialog::DisposalRecordDialog(Registry &registry, qint64 jobId, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_service(registry.disposal())
    , m_jobId(jobId)
{
    setObjectName(QStringLiteral("disposalRecordDialog"));
    buildUi();
    reload();
    retranslateUi();
    m_itemsView->resizeColumnsToContents();
    m_itemsView->resizeRowsToContents();
}

DisposalRecordDialog::~DisposalRecordDialog() = default;

void DisposalRecordDialog::buildUi()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_overrideBanner = new QLabel(this);
    m_overrideBanner->setObjectName(QStringLiteral("overrideBanner"));
    m_overrideBanner->setWordWrap(true);
    m_overrideBanner->setStyleSheet(kOverrideStyle);
    m_overrideBanner->hide();

    m_fieldsBox = new QWidget(this);
    m_leftForm = new QFormLayout;
    m_rightForm = new QFormLayout;
    auto *fields = new QHBoxLayout(m_fieldsBox);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addLayout(m_leftForm, 1);
    fields->addLayout(m_rightForm, 1);

    m_items = new DisposalItemsModel(&m_registry, this);
    m_items->setEditable(false);
    m_itemsView = new QTableView(this);
    m_itemsView->setObjectName(QStringLiteral("itemsView"));
    m_itemsView->setModel(m_items);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->setMinimumHeight(120);

    m_tabs = new QTabWidget(this);
    auto *evidencePage = new QWidget(m_tabs);
    m_evidenceTree = new QTreeWidget(evidencePage);
    m_evidenceTree->setObjectName(QStringLiteral("evidenceTree"));
    m_evidenceTree->setRootIsDecorated(false);
    m_evidenceTree->setColumnCount(6);
    m_openEvidence = new QPushButton(evidencePage);
    m_saveEvidence = new QPushButton(evidencePage);
    m_addEvidence = new QPushButton(evidencePage);
    m_verifyEvidence = new QPushButton(evidencePage);
    auto *evidenceButtons = new QVBoxLayout;
    for (QPushButton *button : {m_openEvidence, m_saveEvidence, m_addEvidence, m_verifyEvidence})
        evidenceButtons->addWidget(button);
    evidenceButtons->addStretch();
    auto *evidenceLayout = new QHBoxLayout(evidencePage);
    evidenceLayout->addWidget(m_evidenceTree, 1);
    evidenceLayout->addLayout(evidenceButtons);
    m_tabs->addTab(evidencePage, QString());

    auto *amendmentPage = new QWidget(m_tabs);
    m_amendmentTree = new QTreeWidget(amendmentPage);
    m_amendmentTree->setObjectName(QStringLiteral("amendmentTree"));
    m_amendmentTree->setRootIsDecorated(false);
    m_amendmentTree->setColumnCount(6);
    m_amend = new QPushButton(amendmentPage);
    m_amend->setObjectName(QStringLiteral("amendButton"));
    auto *amendmentButtons = new QVBoxLayout;
    amendmentButtons->addWidget(m_amend);
    amendmentButtons->addStretch();
    auto *amendmentLayout = new QHBoxLayout(amendmentPage);
    amendmentLayout->addWidget(m_amendmentTree, 1);
    amendmentLayout->addLayout(amendmentButtons);
    m_tabs->addTab(amendmentPage, QString());

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("certificateLanguage"));
    const QStringList languages = Language::available();
    for (const QString &code : languages)
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::instance().current())));
    m_preview = new QPushButton(this);
    m_print = new QPushButton(this);
    m_savePdf = new QPushButton(this);
    m_close = new QPushButton(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_languageLabel);
    bottom->addWidget(m_language);
    bottom->addWidget(m_preview);
    bottom->addWidget(m_print);
    bottom->addWidget(m_savePdf);
    bottom->addStretch();
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_overrideBanner);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_itemsView, 1);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_openEvidence, &QPushButton::clicked, this, &DisposalRecordDialog::openEvidence);
    connect(m_saveEvidence, &QPushButton::clicked, this, &DisposalRecordDialog::saveEvidence);
    connect(m_addEvidence, &QPushButton::clicked, this, &DisposalRecordDialog::addEvidence);
    connect(m_verifyEvidence, &QPushButton::clicked, this, &DisposalRecordDialog::verifyEvidence);
    connect(m_evidenceTree, &QTreeWidget::itemSelectionChanged, this, &DisposalRecordDialog::updateButtons);
    connect(m_evidenceTree, &QTreeWidget::itemDoubleClicked, this, &DisposalRecordDialog::openEvidence);
    connect(m_amend, &QPushButton::clicked, this, &DisposalRecordDialog::amend);
    connect(m_print, &QPushButton::clicked, this, &DisposalRecordDialog::printCertificate);
    connect(m_preview, &QPushButton::clicked, this, &DisposalRecordDialog::previewCertificate);
    connect(m_savePdf, &QPushButton::clicked, this, &DisposalRecordDialog::saveCertificate);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    WindowGeometry::restore(this, QStringLiteral("disposalRecord"), QSize(1100, 820));
}

void DisposalRecordDialog::reload()
{
    const std::optional<DisposalJob> job = m_service.job(m_jobId);
    m_original = job.value_or(DisposalJob());
    m_amendments = m_service.amendments(m_jobId);
    m_evidence = m_service.evidence(m_jobId);
    m_effective = DisposalService::effective(m_original, m_amendments);
    QHash<qint64, QStringList> amended;
    for (const DisposalAmendment &amendment : std::as_const(m_amendments)) {
        if (amendment.itemId != 0)
            amended[amendment.itemId] << amendment.field;
    }
    m_items->setAmended(amended);
    m_items->setKind(m_effective.kind);
    m_items->setItems(m_effective.items);
    m_items->setMethod(m_effective.method);
    fillFields();
    fillEvidence();
    fillAmendments();
    updateButtons();
}

void DisposalRecordDialog::fillFields()
{
    while (m_leftForm->rowCount() > 0)
        m_leftForm->removeRow(0);
    while (m_rightForm->rowCount() > 0)
        m_rightForm->removeRow(0);
    setWindowTitle(tr("Disposal Record %1").arg(m_effective.jobNo));
    m_heading->setText(tr("Disposal record %1 — final, recorded by %2 on %3")
                           .arg(m_effective.jobNo, m_effective.recordedBy, localTime(m_effective.recordedAt)));
    const QStringList overrides = m_service.overrides(m_effective);
    QStringList banner;
    if (!overrides.isEmpty())
        banner << tr("Override: %1 is weaker than the minimum method for %2. Reason: %3")
                      .arg(DisposalCodes::name(Codes::Method, m_effective.method), overrides.join(QStringLiteral(", ")),
                           m_effective.overrideReason);
    const QString caution = SanitisationTechniques::caution(m_effective.technique);
    if (!caution.isEmpty())
        banner << caution;
    m_overrideBanner->setVisible(!banner.isEmpty());
    m_overrideBanner->setText(banner.join(QLatin1Char('\n')));

    QHash<QString, QString> originals;
    for (const DisposalAmendment &amendment : std::as_const(m_amendments)) {
        if (amendment.itemId == 0 && !originals.contains(amendment.field))
            originals.insert(amendment.field, amendment.oldValue);
    }
    auto addRow = [&](QFormLayout *form, const char *key) {
        const QString field = QString::fromLatin1(key);
        const DisposalField *definition = DisposalField::find(field);
        QString shown = DisposalField::display(*definition, DisposalField::value(m_effective, field));
        auto *value = new QLabel(m_fieldsBox);
        value->setObjectName(QStringLiteral("value_") + field);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        if (originals.contains(field)) {
            shown = tr("%1 (amended)").arg(shown);
            value->setToolTip(tr("Recorded as: %1").arg(DisposalField::display(*definition, originals.value(field))));
        }
        value->setText(shown);
        form->addRow(definition->label() + QLatin1Char(':'), value);
    };
    for (const char *key : {"kind", "method", "technique", "tool", "tool_version", "verification", "destination",
                            "override_reason", "notes"})
        addRow(m_leftForm, key);
    for (const char *key :
         {"performed_by_name", "performed_by_title", "performed_by_organisation", "performed_on", "validated_by_name",
          "validated_by_title", "validated_by_organisation", "validated_on", "contractor", "certificate_no"})
        addRow(m_rightForm, key);
}

void DisposalRecordDialog::fillEvidence()
{
    m_evidenceTree->clear();
    for (const DisposalEvidence &evidence : std::as_const(m_evidence)) {
        auto *item = new QTreeWidgetItem(m_evidenceTree);
        item->setText(0, evidence.originalName);
        item->setText(1, evidence.mimeType);
        item->setText(2, QLocale().formattedDataSize(evidence.size));
        item->setText(3, evidence.sha256);
        item->setText(4, evidence.addedBy);
        item->setText(5, localTime(evidence.addedAt));
        item->setData(0, Qt::UserRole, evidence.id);
    }
    m_evidenceTree->resizeColumnToContents(0);
    m_evidenceTree->resizeColumnToContents(3);
    m_tabs->setTabText(0, tr("Evidence files (%1)").arg(m_evidence.size()));
}

void DisposalRecordDialog::fillAmendments()
{
    m_amendmentTree->clear();
    for (const DisposalAmendment &amendment : std::as_const(m_amendments)) {
        const DisposalField *field = DisposalField::find(amendment.field);
        QString target = tr("Record");
        for (const DisposalItem &item : std::as_const(m_effective.items)) {
            if (item.id == amendment.itemId)
                target = item.assetNo;
        }
        auto *row = new QTreeWidgetItem(m_amendmentTree);
        row->setText(0, tr("%1, %2").arg(localTime(amendment.amendedAt), amendment.amendedBy));
        row->setText(1, target);
        row->setText(2, field ? field->label() : amendment.field);
        row->setText(3, field ? DisposalField::display(*field, amendment.oldValue) : amendment.oldValue);
        row->setText(4, field ? DisposalField::display(*field, amendment.newValue) : amendment.newValue);
        row->setText(5, amendment.reason);
    }
    m_tabs->setTabText(1, tr("Amendments (%1)").arg(m_amendments.size()));
}

void DisposalRecordDialog::updateButtons()
{
    const bool selected = selectedEvidenceId() != 0;
    m_openEvidence->setEnabled(selected);
    m_saveEvidence->setEnabled(selected);
    m_verifyEvidence->setEnabled(!m_evidence.isEmpty());
}

qint64 DisposalRecordDialog::selectedEvidenceId() const
{
    const QTreeWidgetItem *item = m_evidenceTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QString DisposalRecordDialog::certificateLanguage() const
{
    return m_language->currentData().toString();
}

void DisposalRecordDialog::setCertificateLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

void DisposalRecordDialog::amend()
{
    AmendmentDialog dialog(m_service, m_effective, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

QString DisposalRecordDialog::exportEvidenceToTemporaryFile(int row)
{
    if (row < 0 || row >= m_evidence.size())
        return {};
    const DisposalEvidence &evidence = m_evidence.at(row);
    // The service reads the content and checks its SHA-256; its message says which of the two failed.
    const Result<QByteArray> content = m_service.evidenceContent(evidence.id);
    if (!content.ok()) {
        MessageBox::critical(this, tr("Cannot Open Evidence"), content.error);
        return {};
    }
    QString error;
    const QString path = EvidenceFolder::instance().write(evidence.id, evidence.originalName, *content.value, &error);
    if (path.isEmpty())
        MessageBox::critical(this, tr("Cannot Open Evidence"), error);
    return path;
}

void DisposalRecordDialog::openEvidence()
{
    const int row = m_evidenceTree->indexOfTopLevelItem(m_evidenceTree->currentItem());
    const QString path = exportEvidenceToTemporaryFile(row);
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("Cannot Open Evidence"),
                            tr("No application opens %1. It was saved as %2; open it from there.")
                                .arg(m_evidence.at(row).originalName, QDir::toNativeSeparators(path)));
}

void DisposalRecordDialog::saveEvidence()
{
    const int row = m_evidenceTree->indexOfTopLevelItem(m_evidenceTree->currentItem());
    if (row < 0 || row >= m_evidence.size())
        return;
    const DisposalEvidence &evidence = m_evidence.at(row);
    const Result<QByteArray> content = m_service.evidenceContent(evidence.id);
    if (!content.ok()) {
        MessageBox::critical(this, tr("Cannot Save Evidence"), content.error);
        return;
    }
    const QString suffix = QFileInfo(evidence.originalName).suffix();
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save Evidence File"), evidence.originalName, tr("All files (*)"), suffix);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!OwnerFile::open(file) || file.write(*content.value) != content.value->size() || !file.commit())
        MessageBox::critical(this, tr("Cannot Save Evidence"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void DisposalRecordDialog::addEvidence()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add Evidence File"), tr("Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<EvidenceFile> file = DisposalService::readEvidenceFile(path);
    if (!file.ok()) {
        MessageBox::warning(this, tr("Cannot Add Evidence"), file.error);
        return;
    }
    const Result<DisposalEvidence> added = m_service.addEvidence(m_jobId, *file.value);
    if (!added.ok()) {
        MessageBox::warning(this, tr("Cannot Add Evidence"), added.error);
        return;
    }
    reload();
}

void DisposalRecordDialog::verifyEvidence()
{
    const EvidenceCheck check = m_service.verifyEvidence(m_jobId);
    QStringList changed;
    for (const EvidenceCheck::Mismatch &mismatch : check.mismatches)
        changed << mismatch.originalName;
    if (!check.errors.isEmpty()) {
        // A file that cannot be read is not a file that was altered: say what went wrong.
        QString text = tr("%n evidence file(s) could not be read:", nullptr, int(check.errors.size())) +
                       QLatin1Char('\n') + check.errors.join(QLatin1Char('\n'));
        if (!changed.isEmpty())
            text += QLatin1Char('\n') +
                    tr("These evidence files no longer match the SHA-256 recorded when they were added: %1.")
                        .arg(changed.join(QStringLiteral(", ")));
        MessageBox::critical(this, tr("Cannot Verify Evidence"), text);
    } else if (changed.isEmpty()) {
        MessageBox::information(
            this, tr("Evidence Verified"),
            tr("All %n evidence file(s) match the SHA-256 recorded when they were added.", nullptr, check.checked));
    } else {
        MessageBox::critical(this, tr("Evidence Changed"),
                             tr("These evidence files no longer match the SHA-256 recorded when they were added: %1. "
                                "Restore the registry from a backup and compare.")
                                 .arg(changed.join(QStringLiteral(", "))));
    }
}

void DisposalRecordDialog::printCertificate()
{
    QString error;
    const std::optional<CertificateData> data =
        CertificateData::collect(m_registry, m_service, m_jobId, 0, certificateLanguage(), &error);
    if (!data) {
        MessageBox::critical(this, tr("Cannot Print Certificate"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SanitisationCertificate::document(*data).pageLayout);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!SanitisationCertificate::print(*data, &printer, &error))
        MessageBox::critical(this, tr("Cannot Print Certificate"), error);
}

void DisposalRecordDialog::previewCertificate()
{
    QString error;
    const std::optional<CertificateData> data =
        CertificateData::collect(m_registry, m_service, m_jobId, 0, certificateLanguage(), &error);
    if (!data) {
        MessageBox::critical(this, tr("Cannot Print Certificate"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SanitisationCertificate::document(*data).pageLayout);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *device) {
        QString printError;
        SanitisationCertificate::print(*data, device, &printError);
    });
    preview.resize(900, 1000);
    preview.exec();
}

void DisposalRecordDialog::saveCertificate()
{
    QString error;
    const std::optional<CertificateData> data =
        CertificateData::collect(m_registry, m_service, m_jobId, 0, certificateLanguage(), &error);
    if (!data) {
        MessageBox::critical(this, tr("Cannot Save Certificate"), error);
        return;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Save Certificate as PDF"),
                                                     SanitisationCertificate::suggestedFileName(*data),
                                                     tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    // Drawn on a worker: a long record of many assets keeps the window painting, and Cancel leaves no file.
    BackgroundJob job(this, tr("Save Certificate as PDF"), tr("Writing the certificate…"));
    const CertificateData &certificate = *data;
    if (!job.run([&certificate, &path](Progress &progress, QString *problem) {
            return SanitisationCertificate::writePdf(certificate, path, problem, [&progress](int page, int pages) {
                progress.report(page, pages);
                return !progress.cancelled();
            });
        }))
        MessageBox::critical(this, tr("Cannot Save Certificate"), job.error());
}

void DisposalRecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DisposalRecordDialog::retranslateUi()
{
    m_evidenceTree->setHeaderLabels(
        {tr("File"), tr("Type"), tr("Size"), QStringLiteral("SHA-256"), tr("Added by"), tr("Added at")});
    m_amendmentTree->setHeaderLabels(
        {tr("Amended"), tr("Asset"), tr("Field"), tr("Original"), tr("Corrected"), tr("Reason")});
    m_openEvidence->setText(tr("Open"));
    m_saveEvidence->setText(tr("Save As…"));
    m_addEvidence->setText(tr("Add…"));
    m_verifyEvidence->setText(tr("Verify SHA-256"));
    m_amend->setText(tr("Amend…"));
    m_languageLabel->setText(tr("Certificate in:"));
    m_preview->setText(tr("Preview Certificate…"));
    m_print->setText(tr("Print Certificate…"));
    m_savePdf->setText(tr("Save Certificate as PDF…"));
    m_close->setText(tr("Close"));
    m_items->retranslate();
    fillFields();
    fillEvidence();
    fillAmendments();
}
