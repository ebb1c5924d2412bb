// Asset editor dialog.
#include "asseteditor.h"
#include "assetdetailstab.h"
#include "domain/review.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"

#include "audit/historywidget.h"
#include "controls/assetcontrolswidget.h"
#include "risk/assetriskswidget.h"

#include "domain/assetcodes.h"
#include "levelselector.h"
#include "restrictionselector.h"
#include "service/assetflags.h"
#include "service/assetvalues.h"
#include "service/registry.h"
#include "widgets/localdate.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("assetEditor/geometry");
const QColor kProblemText(0xb7, 0x1c, 0x1c);
const QColor kProblemBase(0xfd, 0xec, 0xec);

QString key(AssetField::Id field)
{
    return AssetField::byId(field).keyString();
}

// Labels carry mnemonics where a letter of the label is still free; their wording is the field's name in AssetField.
} // namespace

AssetEditor::AssetEditor(Registry &registry, const Asset &asset, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_scheme(registry.scheme())
    , m_asset(asset)
{
    setModal(true);
    buildUi();
    retranslateUi();
    load(m_asset);
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(sizeHint().width() + 40, sizeHint().height());
    // The form scrolls: on a small screen the editor is made to fit, its buttons in view.
    WindowGeometry::keepOnScreen(this);
}

AssetEditor::~AssetEditor()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void AssetEditor::buildUi()
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5d, 0x40, 0x00));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setMargin(8);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setAutoFillBackground(true);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::Window, kProblemBase);
    problemPalette.setColor(QPalette::WindowText, kProblemText);
    m_problems->setPalette(problemPalette);
    m_problems->hide();

    // The asset's flags (漏えい時に報告対象, an override of its confidentiality, 保存期限未設定) and the warnings of
    // the rules, live as the fields change.
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("assetFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    m_flags->setMargin(6);
    m_flags->setAutoFillBackground(true);
    QPalette flagPalette = m_flags->palette();
    flagPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xd2));
    flagPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x3a, 0x00));
    m_flags->setPalette(flagPalette);
    m_flags->hide();

    // The asset's fields on the first tab.
    m_details = new AssetDetailsTab(m_registry, m_scheme, this);
    m_f = &m_details->fields();
    m_fieldWidgets = m_details->fieldWidgets();
    m_fieldLabels = m_details->fieldLabels();
    for (const auto &[widget, field] : m_details->suggestions())
        suggestOnFocus(widget, field);
    for (LevelSelector *selector : {m_f->confidentiality, m_f->integrity, m_f->availability})
        connect(selector, &LevelSelector::changed, this, &AssetEditor::updateDerived);
    connect(m_f->restrictions, &RestrictionSelector::changed, this,
            [this] { unmark(key(AssetField::HandlingRestrictions)); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssetEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssetEditor::reject);

    // The controls of the asset on a tab of their own (DESIGN.md §4).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assetEditorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, QString());
    m_controls = new AssetControlsWidget(m_registry, m_asset.id, m_asset.status == QLatin1String("disposed"), m_tabs);
    m_tabs->addTab(m_controls, QString());
    // Its entries of the risk register (design/risk.md), saved at once like the controls.
    m_risks = new AssetRisksWidget(m_registry, m_asset.id, m_asset.status == QLatin1String("disposed"), m_tabs);
    m_tabs->addTab(m_risks, QString());
    // A control changed on the other tab can change the vulnerability derived for the risks.
    connect(m_controls, &AssetControlsWidget::changed, m_risks, &AssetRisksWidget::refresh);
    // Who changed what and when (DESIGN.md §6).
    m_history = new HistoryWidget(m_registry, m_asset.assetNo, m_tabs);
    m_tabs->addTab(m_history, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_problems);
    layout->addWidget(m_flags);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    // Enter saves from one-line fields (the default button); in multi-line fields Enter is a new line, so
    // Ctrl+Enter (and Ctrl+S) save from anywhere.
    for (const QKeySequence &sequence : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                         QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!m_readOnly)
                accept();
        });
    }

    connect(m_f->retentionMode, &QComboBox::currentIndexChanged, this, &AssetEditor::updateRetention);
    connect(m_f->nextReviewAuto, &QCheckBox::toggled, this, &AssetEditor::updateNextReview);
    connect(m_f->name, &QLineEdit::textChanged, this, &AssetEditor::updateTitle);

    connectChange(m_f->name, key(AssetField::Name));
    connectChange(m_f->businessCategory, key(AssetField::BusinessCategory));
    connectChange(m_f->owner, key(AssetField::Owner));
    connectChange(m_f->storage, key(AssetField::Storage));
    connectChange(m_f->provider, key(AssetField::Provider));
    connectChange(m_f->contractor, key(AssetField::Contractor));
    connectChange(m_f->subjectCount, key(AssetField::SubjectCount));
    connectChange(m_f->personalInfoOverride, key(AssetField::PersonalInfoOverride));
    connectChange(m_f->retentionBasis, key(AssetField::RetentionBasis));
    for (QLineEdit *edit : {m_f->subjectCount, m_f->personalInfoOverride, m_f->retentionBasis})
        connect(edit, &QLineEdit::textChanged, this, &AssetEditor::updateFlags);
    for (QComboBox *combo : {m_f->personalInfo, m_f->retentionMode})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssetEditor::updateFlags);
    connectChange(m_f->department, key(AssetField::Department));
    connectChange(m_f->userScope, key(AssetField::UserScope));
    connectChange(m_f->assetType, key(AssetField::AssetType));
    connectChange(m_f->personalInfo, key(AssetField::PersonalInfo));
    connectChange(m_f->status, key(AssetField::Status));
    connectChange(m_f->retentionMode, key(AssetField::RetentionUntil));
    connectChange(m_f->retentionDate, key(AssetField::RetentionUntil));
    connectChange(m_f->nextReview, key(AssetField::NextReview));
    connectChange(m_f->remarks, key(AssetField::Remarks));
    connectChange(m_f->receiptTerms, key(AssetField::ReceiptTerms));
    connectChange(m_f->recipients, key(AssetField::Recipients));
    connectChange(m_f->useTerms, key(AssetField::UseTerms));
    connectChange(m_f->mediumClass, key(AssetField::MediumClass));
    connectChange(m_f->confidentiality->levelCombo(), key(AssetField::Confidentiality));
    connectChange(m_f->integrity->levelCombo(), key(AssetField::Integrity));
    connectChange(m_f->availability->levelCombo(), key(AssetField::Availability));
    connectChange(m_f->confidentiality->rationaleEdit(), key(AssetField::ConfidentialityRationale));
    connectChange(m_f->integrity->rationaleEdit(), key(AssetField::IntegrityRationale));
    connectChange(m_f->availability->rationaleEdit(), key(AssetField::AvailabilityRationale));
}

void AssetEditor::suggestOnFocus(QWidget *widget, AssetField::Id field)
{
    // Suggestions are read when the user first enters the field, not when the editor opens: on a large registry
    // reading every field's values would delay each editor by a second.
    m_pendingSuggestions.insert(widget, field);
    widget->installEventFilter(this);
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        m_pendingSuggestions.insert(combo->lineEdit(), field);
        combo->lineEdit()->installEventFilter(this);
    }
}

void AssetEditor::fillSuggestions(AssetField::Id field)
{
    for (auto it = m_pendingSuggestions.begin(); it != m_pendingSuggestions.end();) {
        if (it.value() == field)
            it = m_pendingSuggestions.erase(it);
        else
            ++it;
    }
    const QStringList values = m_registry.assets().distinctValues(field);
    QWidget *widget = m_fieldWidgets.value(key(field));
    QCompleter *completer = nullptr;
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        // The text already there stays as it is: adding items must not pick the first one.
        const QSignalBlocker blocker(combo);
        const QString text = combo->currentText();
        combo->addItems(values);
        combo->setCurrentIndex(combo->findText(text));
        combo->setEditText(text);
        completer = combo->completer();
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        completer = new QCompleter(values, edit);
        edit->setCompleter(completer);
    }
    if (completer) {
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
    }
}

bool AssetEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const auto pending = m_pendingSuggestions.constFind(watched);
        if (pending != m_pendingSuggestions.constEnd())
            fillSuggestions(pending.value());
    }
    return QDialog::eventFilter(watched, event);
}

void AssetEditor::connectChange(QWidget *widget, const QString &fieldKey)
{
    // A field marked as wrong loses its mark as soon as the user changes it.
    auto clear = [this, fieldKey] { unmark(fieldKey); };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textEdited, this, clear);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, [this, clear] {
            if (!m_loading)
                clear();
        });
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentTextChanged, this, clear);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, clear);
}

QGroupBox *AssetEditor::group(int index) const
{
    return m_details->group(index);
}

LevelSelector *AssetEditor::levelSelector(Objective objective) const
{
    switch (objective) {
    case Objective::Integrity:
        return m_f->integrity;
    case Objective::Availability:
        return m_f->availability;
    case Objective::Confidentiality:
        break;
    }
    return m_f->confidentiality;
}

QPushButton *AssetEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void AssetEditor::load(const Asset &asset)
{
    m_loading = true;
    m_asset = asset;
    m_f->assetNo->setText(asset.assetNo);
    m_f->name->setText(asset.name);
    m_f->businessCategory->setText(asset.businessCategory);
    m_f->department->setCurrentText(asset.department);
    m_f->owner->setText(asset.owner);
    m_f->userScope->setCurrentText(asset.userScope);
    m_f->assetType->setCurrentIndex(std::max(0, m_f->assetType->findData(asset.assetType)));
    m_f->storage->setText(asset.storage);
    m_f->remarks->setPlainText(asset.remarks);

    m_f->confidentiality->setLevel(asset.confidentiality);
    m_f->confidentiality->setRationale(asset.confidentialityRationale);
    m_f->integrity->setLevel(asset.integrity);
    m_f->integrity->setRationale(asset.integrityRationale);
    m_f->availability->setLevel(asset.availability);
    m_f->availability->setRationale(asset.availabilityRationale);

    m_f->personalInfo->setCurrentIndex(std::max(0, m_f->personalInfo->findData(asset.personalInfo)));
    m_f->subjectCount->setText(asset.subjectCount ? QString::number(*asset.subjectCount) : QString());
    m_f->personalInfoOverride->setText(asset.personalInfoOverride);
    m_f->retentionBasis->setText(asset.retentionBasis);
    m_f->provider->setText(asset.provider);
    m_f->receiptTerms->setPlainText(asset.receiptTerms);
    m_f->recipients->setText(asset.recipients);
    m_f->useTerms->setPlainText(asset.useTerms);
    m_f->mediumClass->setCurrentIndex(std::max(0, m_f->mediumClass->findData(asset.mediumClass)));
    m_f->restrictions->setRestrictions(asset.handlingRestrictions);
    m_f->contractor->setText(asset.contractor);

    const QDate today = m_registry.clock().today();
    m_f->retentionMode->setCurrentIndex(asset.retentionPermanent         ? RetentionPermanent
                                        : asset.retentionUntil.isValid() ? RetentionDate
                                                                         : NoRetention);
    m_f->retentionDate->setDate(asset.retentionUntil.isValid() ? asset.retentionUntil : today.addYears(5));
    updateDateFormats();
    const QDate defaultReview =
        Review::defaultNextReview(m_scheme.reviewImportance(asset.confidentiality, asset.integrity, asset.availability),
                                  Review::reviewBase(asset.lastReviewedOn, asset.registeredOn));
    // The date follows importance when it was left at the default (always for a new asset).
    m_f->nextReviewAuto->setChecked(isNew() || !asset.nextReview.isValid() || asset.nextReview == defaultReview);
    m_f->nextReview->setDate(asset.nextReview.isValid() ? asset.nextReview : defaultReview);

    const int statusIndex = m_f->status->findData(asset.status);
    if (statusIndex < 0 && asset.status == QLatin1String("disposed")) {
        m_f->status->addItem(AssetCodes::statusName(asset.status), asset.status);
        m_f->status->setCurrentIndex(m_f->status->count() - 1);
    } else {
        m_f->status->setCurrentIndex(std::max(0, statusIndex));
    }

    setReadOnly(asset.status == QLatin1String("disposed"));
    updateRetention();
    m_loading = false;
    updateDerived();
    updateTitle();
    clearProblems();
    m_baseline = assetFromFields();
    m_f->name->setFocus();
}

Asset AssetEditor::assetFromFields() const
{
    Asset asset = m_asset;
    asset.name = m_f->name->text();
    asset.businessCategory = m_f->businessCategory->text().trimmed();
    asset.department = m_f->department->currentText();
    asset.owner = m_f->owner->text();
    asset.userScope = m_f->userScope->currentText().trimmed();
    asset.assetType = m_f->assetType->currentData().toString();
    asset.storage = m_f->storage->text().trimmed();
    asset.remarks = m_f->remarks->toPlainText();
    asset.confidentiality = m_f->confidentiality->level();
    asset.confidentialityRationale = m_f->confidentiality->rationale();
    asset.integrity = m_f->integrity->level();
    asset.integrityRationale = m_f->integrity->rationale();
    asset.availability = m_f->availability->level();
    asset.availabilityRationale = m_f->availability->rationale();
    asset.personalInfo = m_f->personalInfo->currentData().toString();
    const QString subjects = m_f->subjectCount->text().trimmed();
    if (subjects.isEmpty())
        asset.subjectCount.reset();
    else
        asset.subjectCount = subjects.toLongLong();
    asset.provider = m_f->provider->text().trimmed();
    asset.receiptTerms = m_f->receiptTerms->toPlainText();
    asset.recipients = m_f->recipients->text().trimmed();
    asset.useTerms = m_f->useTerms->toPlainText();
    asset.mediumClass = m_f->mediumClass->currentData().toString();
    asset.contractor = m_f->contractor->text().trimmed();
    asset.handlingRestrictions = m_f->restrictions->restrictions();
    const int retention = m_f->retentionMode->currentData().toInt();
    asset.retentionPermanent = retention == RetentionPermanent;
    asset.retentionUntil = retention == RetentionDate ? m_f->retentionDate->date() : QDate();
    asset.personalInfoOverride = m_f->personalInfoOverride->text().trimmed();
    asset.retentionBasis = m_f->retentionBasis->text().trimmed();
    asset.nextReview = m_f->nextReview->date();
    asset.status = m_f->status->currentData().toString();
    return asset;
}

bool AssetEditor::isModified() const
{
    if (m_readOnly)
        return false;
    const Asset now = assetFromFields();
    for (const AssetField &field : AssetField::all()) {
        if (AssetValues::raw(now, field.id, m_scheme) != AssetValues::raw(m_baseline, field.id, m_scheme))
            return true;
    }
    return false;
}

void AssetEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit :
         {m_f->name, m_f->businessCategory, m_f->owner, m_f->storage, m_f->subjectCount, m_f->provider, m_f->recipients,
          m_f->contractor, m_f->personalInfoOverride, m_f->retentionBasis})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : {m_f->remarks, m_f->receiptTerms, m_f->useTerms})
        edit->setReadOnly(readOnly);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_f->department, m_f->userScope, m_f->assetType, m_f->mediumClass,
                                          m_f->personalInfo, m_f->retentionMode, m_f->nextReviewAuto, m_f->status})
        widget->setEnabled(!readOnly);
    for (LevelSelector *selector : {m_f->confidentiality, m_f->integrity, m_f->availability})
        selector->setReadOnly(readOnly);
    m_f->retentionDate->setReadOnly(readOnly);
    m_f->nextReview->setReadOnly(readOnly);
    m_f->restrictions->setReadOnly(readOnly);
    m_banner->setVisible(readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    if (!readOnly)
        m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    updateRetention();
    updateNextReview();
}

void AssetEditor::updateDerived()
{
    if (m_loading)
        return;
    m_f->importanceValue->setText(
        m_scheme.importanceText(m_f->confidentiality->level(), m_f->integrity->level(), m_f->availability->level()));
    m_f->handlingValue->setText(m_registry.settings().handlingLabel(m_f->confidentiality->level()));
    updateNextReview();
    updateFlags();
}

void AssetEditor::updateFlags()
{
    if (m_loading)
        return;
    const Asset asset = assetFromFields();
    QStringList lines;
    const QStringList flags = AssetFlags::names(AssetFlags::of(m_registry.assets(), asset));
    if (!flags.isEmpty())
        lines << tr("Flags: %1").arg(flags.join(QStringLiteral(" / "))).toHtmlEscaped();
    if (!m_readOnly) {
        for (const Problem &warning : m_registry.assets().warnings(asset))
            lines << tr("Warning: %1").arg(warning.message).toHtmlEscaped();
    }
    m_flags->setText(lines.join(QStringLiteral("<br>")));
    m_flags->setVisible(!lines.isEmpty());
}

void AssetEditor::updateNextReview()
{
    if (m_loading)
        return;
    const bool automatic = m_f->nextReviewAuto->isChecked();
    m_f->nextReview->setEnabled(!automatic && !m_readOnly);
    if (!automatic || m_readOnly)
        return;
    const int importance =
        m_scheme.reviewImportance(m_f->confidentiality->level(), m_f->integrity->level(), m_f->availability->level());
    // An unchanged importance keeps the stored date; a changed one counts from today, when it was reassessed.
    if (!isNew() &&
        importance == m_scheme.reviewImportance(m_asset.confidentiality, m_asset.integrity, m_asset.availability) &&
        m_asset.nextReview.isValid())
        m_f->nextReview->setDate(m_asset.nextReview);
    else
        m_f->nextReview->setDate(Review::defaultNextReview(importance, m_registry.clock().today()));
}

void AssetEditor::updateRetention()
{
    m_f->retentionDate->setEnabled(m_f->retentionMode->currentData().toInt() == RetentionDate);
}

void AssetEditor::updateTitle()
{
    if (isNew())
        setWindowTitle(tr("New Asset"));
    else if (m_readOnly)
        setWindowTitle(tr("Asset %1 (disposed, read-only)").arg(m_asset.assetNo));
    else
        setWindowTitle(tr("Asset %1 – %2").arg(m_asset.assetNo, m_f->name->text().trimmed()));
}

void AssetEditor::updateDateFormats()
{
    m_f->retentionDate->setDisplayFormat(LocalDate::format());
    m_f->nextReview->setDisplayFormat(LocalDate::format());
    m_f->registeredOn->setText(
        LocalDate::toString(m_asset.registeredOn.isValid() ? m_asset.registeredOn : m_registry.clock().today()));
    if (!m_asset.lastReviewedOn.isValid())
        m_f->lastReviewed->setText(tr("Not reviewed yet"));
    else if (m_asset.reviewedBy.isEmpty())
        m_f->lastReviewed->setText(LocalDate::toString(m_asset.lastReviewedOn));
    else
        m_f->lastReviewed->setText(tr("%1 by %2", "last review: date by reviewer")
                                       .arg(LocalDate::toString(m_asset.lastReviewedOn), m_asset.reviewedBy));
}

bool AssetEditor::save()
{
    if (m_readOnly)
        return false;
    clearProblems();
    const Asset draft = assetFromFields();
    const Result<Asset> result =
        isNew() ? m_registry.assets().createAsset(draft) : m_registry.assets().updateAsset(draft);
    if (result.ok()) {
        m_saved = *result.value;
        m_asset = m_saved;
        m_baseline = assetFromFields();
        m_history->setAssetNo(m_saved.assetNo);
        return true;
    }
    if (!result.problems.isEmpty()) {
        showProblems(result.problems);
        return false;
    }
    if (result.conflict) {
        const MessageBox::Button answer =
            MessageBox::warning(this, tr("Asset Changed Elsewhere"),
                                tr("%1\n\nReload the current version now? The changes made in this window will be "
                                   "lost.")
                                    .arg(result.error),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            reloadFromRegistry();
        return false;
    }
    MessageBox::critical(this, tr("Asset Not Saved"), result.error);
    return false;
}

void AssetEditor::reloadFromRegistry()
{
    const Result<Asset> stored = m_registry.assets().byId(m_asset.id);
    if (!stored) {
        MessageBox::critical(this, tr("Asset Not Found"),
                             tr("Asset %1 no longer exists in this registry.").arg(m_asset.assetNo));
        QDialog::reject();
        return;
    }
    load(*stored);
}

void AssetEditor::showProblems(const QList<Problem> &problems)
{
    QStringList items;
    QWidget *first = nullptr;
    for (const Problem &problem : problems) {
        items << QStringLiteral("<li>") + problem.message.toHtmlEscaped() + QStringLiteral("</li>");
        QString fieldKey = problem.field;
        if (fieldKey == key(AssetField::RetentionUntil) && m_f->retentionMode->currentData().toInt() == RetentionDate)
            fieldKey = QStringLiteral("retention_date");
        QWidget *widget = m_fieldWidgets.value(fieldKey);
        if (!widget)
            continue;
        if (!first)
            first = widget;
        m_marked << problem.field;
        QPalette palette = widget->palette();
        palette.setColor(QPalette::Base, kProblemBase);
        palette.setColor(QPalette::Button, kProblemBase);
        widget->setPalette(palette);
        if (QLabel *label = m_fieldLabels.value(problem.field)) {
            QPalette labelPalette = label->palette();
            labelPalette.setColor(QPalette::WindowText, kProblemText);
            label->setPalette(labelPalette);
        }
    }
    m_problems->setText(tr("The asset was not saved:") + QStringLiteral("<ul style=\"margin:0\">") +
                        items.join(QString()) + QStringLiteral("</ul>"));
    m_problems->show();
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(first))
            edit->selectAll();
    }
}

void AssetEditor::unmark(const QString &fieldKey)
{
    if (!m_marked.removeAll(fieldKey))
        return;
    QStringList widgetKeys{fieldKey};
    if (fieldKey == key(AssetField::RetentionUntil))
        widgetKeys << QStringLiteral("retention_date");
    for (const QString &widgetKey : widgetKeys) {
        if (QWidget *widget = m_fieldWidgets.value(widgetKey))
            widget->setPalette(QPalette());
    }
    if (QLabel *label = m_fieldLabels.value(fieldKey))
        label->setPalette(QPalette());
    if (m_marked.isEmpty())
        m_problems->hide();
}

void AssetEditor::clearProblems()
{
    const QStringList marked = m_marked;
    for (const QString &fieldKey : marked)
        unmark(fieldKey);
    m_marked.clear();
    m_problems->hide();
}

void AssetEditor::accept()
{
    if (save())
        QDialog::accept();
}

void AssetEditor::reject()
{
    if (isModified()) {
        const MessageBox::Button answer = MessageBox::question(
            this, tr("Unsaved Changes"),
            isNew() ? tr("The new asset has not been saved. Save it before closing?")
                    : tr("The changes to asset %1 have not been saved. Save them before closing?").arg(m_asset.assetNo),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            accept();
            return;
        }
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

QSize AssetEditor::sizeHint() const
{
    // Everything visible without scrolling where the screen allows it.
    // Wide enough for the level definitions to take two lines.
    const int width = std::max(m_details->content()->sizeHint().width(), fontMetrics().averageCharWidth() * 165);
    // As tall as the fields need at that width (a little narrower, to be safe), plus the tab bar and the buttons.
    QLayout *layout = m_details->content()->layout();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width - 24) + 16
                                                   : m_details->content()->sizeHint().height();
    const int extra = (m_banner->isVisible() ? m_banner->sizeHint().height() : 0) + m_buttons->sizeHint().height() +
                      fontMetrics().height() * 2;
    QSize wanted(width + 32, height + extra + 40);
    if (const QScreen *shown = screen())
        wanted = wanted.boundedTo(shown->availableSize() * 0.95);
    return wanted;
}

void AssetEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AssetEditor::showControlsTab()
{
    m_tabs->setCurrentWidget(m_controls);
}

void AssetEditor::showRisksTab()
{
    m_tabs->setCurrentWidget(m_risks);
}

void AssetEditor::retranslateUi()
{
    m_tabs->setTabText(0, tr("Asset"));
    m_tabs->setTabText(1, tr("Controls"));
    m_tabs->setTabText(2, tr("Risks"));
    m_tabs->setTabText(3, tr("History"));
    m_details->retranslateUi();
    m_banner->setText(tr("This asset has been disposed. Its record is final and can no longer be edited; corrections "
                         "are recorded as amendments to the disposal record."));
    updateDateFormats();
    updateDerived();
    updateTitle();
}
