// The dialog that records a disposal job.
#include "disposaldialog.h"

#include "codecombodelegate.h"
#include "disposalitemsmodel.h"

#include "domain/disposalcodes.h"
#include "domain/disposalrule.h"
#include "domain/sanitisationtechniques.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"
#include "widgets/problempanel.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

using Codes = DisposalCodes::List;

const QString kInfoStyle = QStringLiteral("QLabel { background: #E8F0FA; border: 1px solid #9DB7D9; padding: 6px; }");
const QString kCautionStyle =
    QStringLiteral("QLabel { background: #FFF4D6; border: 1px solid #C98A00; color: #6B4A00; padding: 6px; }");
const QString kOverrideStyle =
    QStringLiteral("QLabel { background: #FFE6E6; border: 1px solid #C0392B; color: #8A1010; padding: 6px; }");

QString currentCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

DisposalDialog::DisposalDialog(Registry &registry, const QList<qint64> &assetIds, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_service(registry.disposal())
{
    setObjectName(QStringLiteral("disposalDialog"));
    const Result<DisposalJob> draft = m_service.draft(assetIds);
    if (draft.ok()) {
        m_draft = *draft.value;
        // Whether each medium passed verification is an explicit choice, never a default.
        for (DisposalItem &item : m_draft.items)
            item.result.clear();
    } else {
        m_loadError = draft.error;
    }
    buildUi();
    retranslateUi();
    updateRule();
    m_itemsView->resizeColumnsToContents();
    m_inputGuard = new InputGuard(this);
    // Cells typed in the media table and attached files are input too.
    connect(m_items, &QAbstractItemModel::dataChanged, m_inputGuard, [this] { m_inputGuard->setModified(true); });
}

DisposalDialog::~DisposalDialog() = default;

void DisposalDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_ruleBanner = new QLabel(this);
    m_ruleBanner->setObjectName(QStringLiteral("ruleBanner"));
    m_ruleBanner->setWordWrap(true);
    m_caution = new QLabel(this);
    m_caution->setObjectName(QStringLiteral("techniqueCaution"));
    m_caution->setWordWrap(true);
    m_caution->setStyleSheet(kCautionStyle);
    m_caution->hide();

    m_mediaGroup = new QGroupBox(this);
    m_items = new DisposalItemsModel(&m_registry, this);
    m_items->setItems(m_draft.items);
    m_itemsView = new QTableView(m_mediaGroup);
    m_itemsView->setObjectName(QStringLiteral("itemsView"));
    m_itemsView->setModel(m_items);
    auto *delegate = new CodeComboDelegate(m_itemsView);
    delegate->setCodeColumn(DisposalItemsModel::MediaType, Codes::MediaType);
    delegate->setCodeColumn(DisposalItemsModel::Backup, Codes::Backup);
    delegate->setCodeColumn(DisposalItemsModel::Result, Codes::Result);
    m_itemsView->setItemDelegate(delegate);
    m_itemsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->verticalHeader()->setDefaultSectionSize(m_itemsView->fontMetrics().height() + 10);
    m_itemsView->setMinimumHeight(120);
    // The verification result is chosen for every medium: it stands beside the serial number, in view.
    QHeaderView *itemsHeader = m_itemsView->horizontalHeader();
    itemsHeader->moveSection(itemsHeader->visualIndex(DisposalItemsModel::Result),
                             itemsHeader->visualIndex(DisposalItemsModel::SerialNo) + 1);
    m_removeItem = new QPushButton(m_mediaGroup);
    m_removeItem->setObjectName(QStringLiteral("removeItem"));
    m_removeItem->setEnabled(false);
    auto *mediaButtons = new QVBoxLayout;
    mediaButtons->addWidget(m_removeItem);
    mediaButtons->addStretch();
    auto *mediaLayout = new QHBoxLayout(m_mediaGroup);
    mediaLayout->addWidget(m_itemsView, 1);
    mediaLayout->addLayout(mediaButtons);

    m_howGroup = new QGroupBox(this);
    auto *how = new QFormLayout(m_howGroup);
    m_kindLabel = new QLabel(m_howGroup);
    m_kind = new QComboBox(m_howGroup);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_methodLabel = new QLabel(m_howGroup);
    m_method = new QComboBox(m_howGroup);
    m_method->setObjectName(QStringLiteral("method"));
    m_techniqueLabel = new QLabel(m_howGroup);
    m_technique = new QComboBox(m_howGroup);
    m_technique->setObjectName(QStringLiteral("technique"));
    m_toolLabel = new QLabel(m_howGroup);
    m_tool = new QLineEdit(m_howGroup);
    m_toolVersionLabel = new QLabel(m_howGroup);
    m_toolVersion = new QLineEdit(m_howGroup);
    m_verificationLabel = new QLabel(m_howGroup);
    m_verification = new QComboBox(m_howGroup);
    m_verification->setObjectName(QStringLiteral("verification"));
    m_destinationLabel = new QLabel(m_howGroup);
    m_destination = new QComboBox(m_howGroup);
    m_destination->setObjectName(QStringLiteral("destination"));
    how->addRow(m_kindLabel, m_kind);
    how->addRow(m_methodLabel, m_method);
    how->addRow(m_techniqueLabel, m_technique);
    how->addRow(m_toolLabel, m_tool);
    how->addRow(m_toolVersionLabel, m_toolVersion);
    how->addRow(m_verificationLabel, m_verification);
    how->addRow(m_destinationLabel, m_destination);

    m_whoGroup = new QGroupBox(this);
    auto *who = new QGridLayout(m_whoGroup);
    auto lineEdit = [this](const char *name) {
        auto *edit = new QLineEdit(m_whoGroup);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    auto dateEdit = [this](const QDate &date) {
        auto *edit = new QDateEdit(date.isValid() ? date : m_registry.clock().today(), m_whoGroup);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocalDate::format());
        edit->setMaximumDate(m_registry.clock().today());
        return edit;
    };
    m_performerLabel = new QLabel(m_whoGroup);
    m_performerName = lineEdit("performerName");
    m_performerTitle = lineEdit("performerTitle");
    m_performerOrganisation = lineEdit("performerOrganisation");
    m_performedOnLabel = new QLabel(m_whoGroup);
    m_performedOn = dateEdit(m_draft.performedBy.date);
    m_performedOn->setObjectName(QStringLiteral("performedOn"));
    m_validatorLabel = new QLabel(m_whoGroup);
    m_validatorName = lineEdit("validatorName");
    m_validatorTitle = lineEdit("validatorTitle");
    m_validatorOrganisation = lineEdit("validatorOrganisation");
    m_validatedOnLabel = new QLabel(m_whoGroup);
    m_validatedOn = dateEdit(m_draft.validatedBy.date);
    m_validatedOn->setObjectName(QStringLiteral("validatedOn"));
    m_contractorLabel = new QLabel(m_whoGroup);
    m_contractor = lineEdit("contractor");
    m_certificateNoLabel = new QLabel(m_whoGroup);
    m_certificateNo = lineEdit("certificateNo");
    who->addWidget(m_performerLabel, 0, 0);
    who->addWidget(m_performerName, 0, 1);
    who->addWidget(m_performerTitle, 0, 2);
    who->addWidget(m_performerOrganisation, 0, 3);
    who->addWidget(m_performedOnLabel, 1, 0);
    who->addWidget(m_performedOn, 1, 1);
    who->addWidget(m_validatorLabel, 2, 0);
    who->addWidget(m_validatorName, 2, 1);
    who->addWidget(m_validatorTitle, 2, 2);
    who->addWidget(m_validatorOrganisation, 2, 3);
    who->addWidget(m_validatedOnLabel, 3, 0);
    who->addWidget(m_validatedOn, 3, 1);
    who->addWidget(m_contractorLabel, 4, 0);
    who->addWidget(m_contractor, 4, 1, 1, 3);
    who->addWidget(m_certificateNoLabel, 5, 0);
    who->addWidget(m_certificateNo, 5, 1, 1, 3);

    m_notesGroup = new QGroupBox(this);
    auto *notes = new QFormLayout(m_notesGroup);
    m_overrideLabel = new QLabel(m_notesGroup);
    m_overrideReason = new QPlainTextEdit(m_notesGroup);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setTabChangesFocus(true);
    m_overrideReason->setMaximumHeight(64);
    m_notesLabel = new QLabel(m_notesGroup);
    m_notes = new QPlainTextEdit(m_notesGroup);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(64);
    notes->addRow(m_overrideLabel, m_overrideReason);
    notes->addRow(m_notesLabel, m_notes);

    m_evidenceGroup = new QGroupBox(this);
    m_evidenceList = new QListWidget(m_evidenceGroup);
    m_evidenceList->setObjectName(QStringLiteral("evidenceList"));
    m_evidenceList->setMaximumHeight(90);
    m_addEvidence = new QPushButton(m_evidenceGroup);
    m_removeEvidence = new QPushButton(m_evidenceGroup);
    m_removeEvidence->setEnabled(false);
    auto *evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch();
    auto *evidence = new QHBoxLayout(m_evidenceGroup);
    evidence->addWidget(m_evidenceList, 1);
    evidence->addLayout(evidenceButtons);

    m_warnings = new ProblemPanel(this, ProblemPanel::Tone::Warning);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_problems = new ProblemPanel(this);
    m_problems->setObjectName(QStringLiteral("problems"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_recordButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setDefault(true);
    m_recordButton->setEnabled(m_loadError.isEmpty());

    auto *columns = new QGridLayout;
    columns->addWidget(m_howGroup, 0, 0);
    columns->addWidget(m_whoGroup, 0, 1);
    columns->addWidget(m_notesGroup, 1, 0);
    columns->addWidget(m_evidenceGroup, 1, 1);
    columns->setColumnStretch(0, 2);
    columns->setColumnStretch(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_ruleBanner);
    layout->addWidget(m_caution);
    layout->addWidget(m_mediaGroup, 1);
    layout->addLayout(columns);
    layout->addWidget(m_warnings);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    fillCodeCombo(m_kind, int(Codes::Kind), m_draft.kind);
    updateMethods();
    fillCodeCombo(m_verification, int(Codes::Verification), m_draft.verification);
    fillCodeCombo(m_destination, int(Codes::Destination), m_draft.destination);
    updateTechniques();
    m_technique->setCurrentIndex(std::max(0, m_technique->findData(m_draft.technique)));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DisposalDialog::updateKind);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateTechniques();
        updateRule();
    });
    connect(m_technique, &QComboBox::currentIndexChanged, this, &DisposalDialog::updateRule);
    // A media type chosen in the table changes the techniques that may be used on it.
    connect(m_items, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= DisposalItemsModel::MediaType &&
                    bottomRight.column() >= DisposalItemsModel::MediaType) {
                    updateTechniques();
                    updateRule();
                }
            });
    connect(m_destination, &QComboBox::currentIndexChanged, this, &DisposalDialog::updateRule);
    connect(m_overrideReason, &QPlainTextEdit::textChanged, this, &DisposalDialog::updateRule);
    connect(m_addEvidence, &QPushButton::clicked, this, &DisposalDialog::chooseEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &DisposalDialog::removeEvidence);
    connect(m_evidenceList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeEvidence->setEnabled(row >= 0); });
    connect(m_removeItem, &QPushButton::clicked, this, &DisposalDialog::removeSelectedItem);
    connect(
        m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_removeItem->setEnabled(current.isValid() && m_items->rowCount() > 1); });
    // The warnings and, after a refused record, the problems follow every change of the form.
    connect(m_items, &QAbstractItemModel::dataChanged, this, &DisposalDialog::updateChecks);
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &DisposalDialog::updateChecks);
    for (QDateEdit *date : {m_performedOn, m_validatedOn})
        connect(date, &QDateEdit::dateChanged, this, &DisposalDialog::updateChecks);
    for (QComboBox *combo : {m_verification, m_destination})
        connect(combo, &QComboBox::currentIndexChanged, this, &DisposalDialog::updateChecks);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DisposalDialog::updateChecks);
    connect(m_recordButton, &QPushButton::clicked, this, &DisposalDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    WindowGeometry::restore(this, QStringLiteral("disposal"), QSize(1180, 820));
}

void DisposalDialog::fillCodeCombo(QComboBox *combo, int list, const QString &current)
{
    const QSignalBlocker blocker(combo);
    const QString keep = combo->count() > 0 ? currentCode(combo) : current;
    combo->clear();
    const QStringList codes = DisposalCodes::codes(Codes(list));
    for (const QString &code : codes)
        combo->addItem(DisposalCodes::name(Codes(list), code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(keep)));
}

void DisposalDialog::updateMethods()
{
    const QSignalBlocker blocker(m_method);
    const QString keep = m_method->count() > 0 ? currentCode(m_method) : m_draft.method;
    m_method->clear();
    // A data deletion cannot destroy anything: only Clear and Purge are offered for it.
    const QStringList methods = SanitisationTechniques::methods(currentCode(m_kind));
    for (const QString &code : methods)
        m_method->addItem(DisposalCodes::name(Codes::Method, code), code);
    const int index = m_method->findData(keep);
    m_method->setCurrentIndex(index >= 0 ? index : m_method->count() - 1);
}

void DisposalDialog::updateKind()
{
    const QString kind = currentCode(m_kind);
    m_items->setKind(kind);
    const bool media = kind == QLatin1String("media");
    m_destination->setEnabled(media);
    m_destinationLabel->setEnabled(media);
    {
        // A data deletion has no destination: the box shows none, and the draft's comes back for media.
        const QSignalBlocker blocker(m_destination);
        if (!media)
            m_destination->setCurrentIndex(-1);
        else if (m_destination->currentIndex() < 0)
            m_destination->setCurrentIndex(std::max(0, m_destination->findData(m_draft.destination)));
    }
    // Start again from the method that meets every item's minimum for this kind.
    DisposalJob current = job();
    QString method = QStringLiteral("clear");
    for (const DisposalItem &item : std::as_const(current.items))
        method = DisposalRule::stronger(method, item.minimumMethod);
    {
        const QSignalBlocker blocker(m_method);
        updateMethods();
        m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
    }
    updateTechniques();
    updateRule();
}

void DisposalDialog::updateTechniques()
{
    const QSignalBlocker blocker(m_technique);
    const QString keep = currentCode(m_technique);
    m_technique->clear();
    // Only the techniques that achieve the chosen method on the media type of every item are offered.
    DisposalJob current = m_draft;
    current.kind = currentCode(m_kind);
    current.items = m_items->items();
    const QStringList techniques = DisposalService::allowedTechniques(current, currentCode(m_method));
    for (const QString &code : techniques)
        m_technique->addItem(DisposalCodes::name(Codes::Technique, code), code);
    m_technique->setCurrentIndex(std::max(0, m_technique->findData(keep)));
}

DisposalJob DisposalDialog::job() const
{
    DisposalJob job = m_draft;
    job.items = m_items->items();
    job.kind = currentCode(m_kind);
    job.method = currentCode(m_method);
    job.technique = currentCode(m_technique);
    job.tool = m_tool->text().trimmed();
    job.toolVersion = m_toolVersion->text().trimmed();
    job.verification = currentCode(m_verification);
    job.destination = job.kind == QLatin1String("data") ? QString() : currentCode(m_destination);
    job.performedBy = {m_performerName->text().trimmed(), m_performerTitle->text().trimmed(),
                       m_performerOrganisation->text().trimmed(), m_performedOn->date()};
    job.validatedBy = {m_validatorName->text().trimmed(), m_validatorTitle->text().trimmed(),
                       m_validatorOrganisation->text().trimmed(), m_validatedOn->date()};
    job.contractor = m_contractor->text().trimmed();
    job.certificateNo = m_certificateNo->text().trimmed();
    job.overrideReason = m_overrideReason->toPlainText().trimmed();
    job.notes = m_notes->toPlainText().trimmed();
    m_service.applyRule(&job);
    return job;
}

void DisposalDialog::updateRule()
{
    if (!m_loadError.isEmpty()) {
        m_ruleBanner->setStyleSheet(kOverrideStyle);
        m_ruleBanner->setText(m_loadError);
        return;
    }
    const DisposalJob current = job();
    const QString caution = SanitisationTechniques::caution(current.technique);
    m_caution->setText(caution);
    m_caution->setVisible(!caution.isEmpty());
    QStringList minimums;
    for (const DisposalItem &item : current.items)
        minimums << item.minimumMethod;
    m_items->setMinimumMethods(minimums);
    m_items->setMethod(current.method);
    const QStringList overrides = m_service.overrides(current);
    if (overrides.isEmpty()) {
        QStringList minimums;
        for (const DisposalItem &item : current.items)
            minimums << tr("%1: %2").arg(item.assetNo, DisposalCodes::name(Codes::Method, item.minimumMethod));
        m_ruleBanner->setStyleSheet(kInfoStyle);
        m_ruleBanner->setText(
            tr("Minimum method from each asset's confidentiality, personal information and the destination — %1. %2 "
               "meets it for every asset.")
                .arg(minimums.join(QStringLiteral(", ")), DisposalCodes::name(Codes::Method, current.method)));
        m_overrideLabel->setText(tr("Override reason:"));
        m_overrideLabel->setStyleSheet(QString());
        updateChecks();
        return;
    }
    m_ruleBanner->setStyleSheet(kOverrideStyle);
    m_ruleBanner->setText(
        current.overrideReason.isEmpty()
            ? tr("Override: %1 is weaker than the minimum method for %2. Choose a stronger method, "
                 "or enter the reason for the override below; the disposal will be flagged.")
                  .arg(DisposalCodes::name(Codes::Method, current.method), overrides.join(QStringLiteral(", ")))
            : tr("Override: %1 is weaker than the minimum method for %2. The disposal will be "
                 "flagged as an override with the reason given.")
                  .arg(DisposalCodes::name(Codes::Method, current.method), overrides.join(QStringLiteral(", "))));
    m_overrideLabel->setText(tr("Override reason (required):"));
    m_overrideLabel->setStyleSheet(QStringLiteral("QLabel { color: #8A1010; font-weight: bold; }"));
    updateChecks();
}

namespace {

QStringList messages(const QList<Problem> &problems)
{
    QStringList result;
    for (const Problem &problem : problems)
        result << problem.message;
    return result;
}

} // namespace

void DisposalDialog::updateChecks()
{
    if (!m_problems || !m_loadError.isEmpty())
        return;
    const DisposalJob current = job();
    const int files = int(m_evidence.size());
    m_warnings->setProblems(messages(m_service.warnings(current, files)), tr("Please check:"));
    if (m_checked)
        m_problems->setProblems(messages(m_service.validate(current, files)), tr("The disposal cannot be recorded:"));
}

bool DisposalDialog::removeItem(int row)
{
    if (row < 0 || row >= m_items->rowCount() || m_items->rowCount() <= 1)
        return false;
    m_items->removeItem(row);
    m_draft.items = m_items->items();
    if (m_inputGuard)
        m_inputGuard->setModified(true);
    m_mediaGroup->setTitle(tr("Media (%n asset(s))", nullptr, int(m_draft.items.size())));
    m_removeItem->setEnabled(false);
    // The remaining assets may need a weaker method, and other techniques may now be allowed.
    updateTechniques();
    updateRule();
    return true;
}

void DisposalDialog::removeSelectedItem()
{
    const QModelIndex current = m_itemsView->currentIndex();
    if (!current.isValid())
        return;
    const DisposalItem &item = m_items->items().at(current.row());
    const QString question = tr("Leave %1 (%2) out of this disposal? The asset stays in use; record its disposal "
                                "later, for example after its medium has been sanitised again.")
                                 .arg(item.assetNo, item.assetName);
    if (MessageBox::question(this, tr("Remove from Disposal"), question) != QMessageBox::Yes)
        return;
    removeItem(current.row());
}

void DisposalDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}

bool DisposalDialog::addEvidenceFile(const QString &path)
{
    const Result<EvidenceFile> file = DisposalService::readEvidenceFile(path);
    if (!file.ok()) {
        MessageBox::warning(this, tr("Cannot Add Evidence"), file.error);
        return false;
    }
    for (const EvidenceFile &existing : std::as_const(m_evidence)) {
        if (existing.content == file.value->content) {
            MessageBox::warning(
                this, tr("Cannot Add Evidence"),
                tr("%1 is already in the list as %2.").arg(file.value->originalName, existing.originalName));
            return false;
        }
    }
    m_evidence << *file.value;
    auto *item = new QListWidgetItem(
        tr("%1 (%2, %3)").arg(file.value->originalName, file.value->mimeType, fileSize(file.value->content.size())),
        m_evidenceList);
    item->setToolTip(QDir::toNativeSeparators(path));
    if (m_inputGuard)
        m_inputGuard->setModified(true);
    updateChecks();
    return true;
}

void DisposalDialog::chooseEvidence()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add Evidence File"), tr("Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)"));
    if (!path.isEmpty())
        addEvidenceFile(path);
}

void DisposalDialog::removeEvidence()
{
    const int row = m_evidenceList->currentRow();
    if (row < 0 || row >= m_evidence.size())
        return;
    m_evidence.removeAt(row);
    delete m_evidenceList->takeItem(row);
    updateChecks();
}

void DisposalDialog::record()
{
    if (!m_loadError.isEmpty())
        return;
    // An open cell editor holds a value the model has not seen yet.
    m_itemsView->setCurrentIndex(QModelIndex());
    const DisposalJob current = job();
    const int files = int(m_evidence.size());
    const QList<Problem> problems = m_service.validate(current, files);
    m_checked = true;
    if (!problems.isEmpty()) {
        m_problems->setProblems(messages(problems), tr("The disposal cannot be recorded:"));
        return;
    }
    QString question =
        tr("Record the disposal of %n asset(s)? The record is final: the assets become disposed and can no longer be "
           "edited. Corrections are made as amendments, which keep the original.",
           nullptr, int(current.items.size()));
    const QStringList warnings = messages(m_service.warnings(current, files));
    if (!warnings.isEmpty())
        question += QStringLiteral("\n\n") + tr("Please check:") + QStringLiteral("\n• ") +
                    warnings.join(QStringLiteral("\n• "));
    if (MessageBox::question(this, tr("Record Disposal"), question) != QMessageBox::Yes)
        return;
    const Result<DisposalJob> recorded = m_service.record(current, m_evidence);
    if (!recorded.ok()) {
        m_problems->setProblems({recorded.error}, tr("The disposal cannot be recorded:"));
        return;
    }
    m_recorded = *recorded.value;
    m_problems->setProblems({});
    QDialog::accept();
}

void DisposalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DisposalDialog::retranslateUi()
{
    setWindowTitle(tr("Record Disposal"));
    m_intro->setText(tr("Record how the media of the assets below were sanitised and verified (NIST SP 800-88). One "
                        "record covers all of them, e.g. a contractor pick-up; each keeps its own serial number and "
                        "result."));
    m_mediaGroup->setTitle(tr("Media (%n asset(s))", nullptr, int(m_draft.items.size())));
    m_howGroup->setTitle(tr("Sanitisation and verification"));
    m_kindLabel->setText(tr("Kind:"));
    m_kind->setToolTip(tr("Media sanitisation: devices, media and paper (ISO/IEC 27001 A.7.14). Data deletion: data "
                          "inside a live system or cloud service (A.8.10), with the deletion log or the provider's "
                          "certificate as evidence."));
    m_methodLabel->setText(tr("Method:"));
    m_techniqueLabel->setText(tr("Technique:"));
    m_toolLabel->setText(tr("Tool:"));
    m_toolVersionLabel->setText(tr("Tool version:"));
    m_verificationLabel->setText(tr("Verification:"));
    m_destinationLabel->setText(tr("Destination afterwards:"));
    m_whoGroup->setTitle(tr("Performed and validated by"));
    m_performerLabel->setText(tr("Performed by:"));
    m_performedOnLabel->setText(tr("Performed on:"));
    m_validatorLabel->setText(tr("Validated by:"));
    m_validatedOnLabel->setText(tr("Validated on:"));
    for (QLineEdit *name : {m_performerName, m_validatorName})
        name->setPlaceholderText(tr("Name (required)"));
    for (QLineEdit *title : {m_performerTitle, m_validatorTitle})
        title->setPlaceholderText(tr("Title"));
    for (QLineEdit *organisation : {m_performerOrganisation, m_validatorOrganisation})
        organisation->setPlaceholderText(tr("Organisation"));
    m_contractorLabel->setText(tr("Contractor:"));
    m_contractor->setPlaceholderText(tr("When a contractor did the work"));
    m_certificateNoLabel->setText(tr("Contractor's certificate No.:"));
    m_notesGroup->setTitle(tr("Override and notes"));
    m_notesLabel->setText(tr("Notes:"));
    m_notes->setPlaceholderText(tr("Required to describe an 'Other' technique, verification or destination"));
    m_evidenceGroup->setTitle(
        tr("Evidence files (kept in the registry, at most %1 each)").arg(fileSize(DisposalService::kMaxEvidenceBytes)));
    m_addEvidence->setText(tr("Add…"));
    m_removeEvidence->setText(tr("Remove"));
    m_removeItem->setText(tr("Remove from Disposal"));
    m_removeItem->setToolTip(tr("Leave the selected asset out of this disposal, e.g. when its medium failed "
                                "verification"));
    m_recordButton->setText(tr("Record Disposal"));
    fillCodeCombo(m_kind, int(Codes::Kind), m_draft.kind);
    updateMethods();
    fillCodeCombo(m_verification, int(Codes::Verification), m_draft.verification);
    fillCodeCombo(m_destination, int(Codes::Destination), m_draft.destination);
    if (currentCode(m_kind) == QLatin1String("data")) {
        const QSignalBlocker blocker(m_destination);
        m_destination->setCurrentIndex(-1);
    }
    updateTechniques();
    m_items->retranslate();
    updateRule();
}
