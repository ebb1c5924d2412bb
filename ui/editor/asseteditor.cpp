// Asset editor dialog.
#include "asseteditor.h"
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
QString labelText(const QString &fieldKey)
{
    static const QHash<QString, const char *> texts = {
        {key(AssetField::AssetNo), QT_TRANSLATE_NOOP("AssetEditor", "Asset No.:")},
        {key(AssetField::BusinessCategory), QT_TRANSLATE_NOOP("AssetEditor", "&Business process:")},
        {key(AssetField::Name), QT_TRANSLATE_NOOP("AssetEditor", "Asset &name:")},
        {key(AssetField::Remarks), QT_TRANSLATE_NOOP("AssetEditor", "Re&marks:")},
        {key(AssetField::UserScope), QT_TRANSLATE_NOOP("AssetEditor", "Authorised &users:")},
        {key(AssetField::Department), QT_TRANSLATE_NOOP("AssetEditor", "Managing &department:")},
        {key(AssetField::Owner), QT_TRANSLATE_NOOP("AssetEditor", "&Owner:")},
        {key(AssetField::AssetType), QT_TRANSLATE_NOOP("AssetEditor", "Asset &type:")},
        {key(AssetField::Storage), QT_TRANSLATE_NOOP("AssetEditor", "Medium / &location:")},
        {key(AssetField::Confidentiality), QT_TRANSLATE_NOOP("AssetEditor", "&Confidentiality:")},
        {key(AssetField::Integrity), QT_TRANSLATE_NOOP("AssetEditor", "&Integrity:")},
        {key(AssetField::Availability), QT_TRANSLATE_NOOP("AssetEditor", "A&vailability:")},
        {key(AssetField::PersonalInfo), QT_TRANSLATE_NOOP("AssetEditor", "&Personal information:")},
        {key(AssetField::SubjectCount), QT_TRANSLATE_NOOP("AssetEditor", "Data sub&jects:")},
        {key(AssetField::PersonalInfoOverride), QT_TRANSLATE_NOOP("AssetEditor", "Override reason:")},
        {key(AssetField::Provider), QT_TRANSLATE_NOOP("AssetEditor", "Data p&rovider:")},
        {key(AssetField::ReceiptTerms), QT_TRANSLATE_NOOP("AssetEditor", "Receipt terms:")},
        {key(AssetField::Recipients), QT_TRANSLATE_NOOP("AssetEditor", "Recipients:")},
        {key(AssetField::UseTerms), QT_TRANSLATE_NOOP("AssetEditor", "Use terms:")},
        {key(AssetField::MediumClass), QT_TRANSLATE_NOOP("AssetEditor", "Medium class:")},
        {key(AssetField::Contractor), QT_TRANSLATE_NOOP("AssetEditor", "Contr&actor:")},
        {key(AssetField::RetentionUntil), QT_TRANSLATE_NOOP("AssetEditor", "R&etention until:")},
        {key(AssetField::RetentionBasis), QT_TRANSLATE_NOOP("AssetEditor", "Retention basis:")},
        {key(AssetField::RegisteredOn), QT_TRANSLATE_NOOP("AssetEditor", "Registered:")},
        {key(AssetField::NextReview), QT_TRANSLATE_NOOP("AssetEditor", "Ne&xt review:")},
        {key(AssetField::LastReviewedOn), QT_TRANSLATE_NOOP("AssetEditor", "Last reviewed:")},
        {key(AssetField::Status), QT_TRANSLATE_NOOP("AssetEditor", "&Status:")},
        {key(AssetField::HandlingRestrictions), QT_TRANSLATE_NOOP("AssetEditor", "Handlin&g restrictions:")},
    };
    const char *text = texts.value(fieldKey);
    return text ? AssetEditor::tr(text) : QString();
}

QPlainTextEdit *multiLine(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    // Tab moves on, as in every other field; Ctrl+Enter saves (Enter starts a new line here).
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    return combo;
}

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

QLabel *AssetEditor::addLabel(const QString &fieldKey, QWidget *buddy)
{
    auto *label = new QLabel(this);
    label->setBuddy(buddy);
    m_fieldLabels.insert(fieldKey, label);
    m_fieldWidgets.insert(fieldKey, buddy);
    return label;
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

    auto *content = new QWidget;
    auto makeGroup = [this, content] {
        auto *group = new QGroupBox(content);
        m_groups.append(group);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return form;
    };

    // Basic. Widgets are created in reading order (left column top to bottom, then the right column), which is
    // also the tab order.
    QFormLayout *basic = makeGroup();
    m_assetNo = new QLineEdit(content);
    m_assetNo->setReadOnly(true);
    m_assetNo->setFocusPolicy(Qt::ClickFocus);
    basic->addRow(addLabel(key(AssetField::AssetNo), m_assetNo), m_assetNo);
    m_name = new QLineEdit(content);
    m_name->setMaxLength(200);
    basic->addRow(addLabel(key(AssetField::Name), m_name), m_name);
    m_businessCategory = new QLineEdit(content);
    suggestOnFocus(m_businessCategory, AssetField::BusinessCategory);
    basic->addRow(addLabel(key(AssetField::BusinessCategory), m_businessCategory), m_businessCategory);
    m_department = editableCombo(content);
    suggestOnFocus(m_department, AssetField::Department);
    basic->addRow(addLabel(key(AssetField::Department), m_department), m_department);
    m_owner = new QLineEdit(content);
    suggestOnFocus(m_owner, AssetField::Owner);
    basic->addRow(addLabel(key(AssetField::Owner), m_owner), m_owner);
    m_userScope = editableCombo(content);
    suggestOnFocus(m_userScope, AssetField::UserScope);
    basic->addRow(addLabel(key(AssetField::UserScope), m_userScope), m_userScope);
    m_assetType = new QComboBox(content);
    const QStringList types = AssetCodes::assetTypes();
    for (const QString &code : types)
        m_assetType->addItem(QString(), code);
    basic->addRow(addLabel(key(AssetField::AssetType), m_assetType), m_assetType);
    m_storage = new QLineEdit(content);
    suggestOnFocus(m_storage, AssetField::Storage);
    basic->addRow(addLabel(key(AssetField::Storage), m_storage), m_storage);
    // Medium class: optional, as assets of earlier versions have none.
    m_mediumClass = new QComboBox(content);
    m_mediumClass->addItem(QString(), QString());
    const QStringList mediumClasses = AssetCodes::mediumClasses();
    for (const QString &code : mediumClasses)
        m_mediumClass->addItem(QString(), code);
    basic->addRow(addLabel(key(AssetField::MediumClass), m_mediumClass), m_mediumClass);
    m_remarks = multiLine(content, 3);
    basic->addRow(addLabel(key(AssetField::Remarks), m_remarks), m_remarks);

    // Personal information.
    QFormLayout *personal = makeGroup();
    m_personalInfo = new QComboBox(content);
    const QStringList kinds = AssetCodes::personalInfoKinds();
    for (const QString &code : kinds)
        m_personalInfo->addItem(QString(), code);
    personal->addRow(addLabel(key(AssetField::PersonalInfo), m_personalInfo), m_personalInfo);
    m_subjectCount = new QLineEdit(content);
    m_subjectCount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_subjectCount));
    m_subjectCount->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    personal->addRow(addLabel(key(AssetField::SubjectCount), m_subjectCount), m_subjectCount);
    m_personalInfoOverride = new QLineEdit(content);
    personal->addRow(addLabel(key(AssetField::PersonalInfoOverride), m_personalInfoOverride), m_personalInfoOverride);

    // Data provision and outsourcing: what was received under which terms, who the data go to under which terms,
    // and who handles them on the organisation's behalf.
    QFormLayout *sharing = makeGroup();
    m_provider = new QLineEdit(content);
    suggestOnFocus(m_provider, AssetField::Provider);
    sharing->addRow(addLabel(key(AssetField::Provider), m_provider), m_provider);
    m_receiptTerms = multiLine(content, 2);
    sharing->addRow(addLabel(key(AssetField::ReceiptTerms), m_receiptTerms), m_receiptTerms);
    m_recipients = new QLineEdit(content);
    suggestOnFocus(m_recipients, AssetField::Recipients);
    sharing->addRow(addLabel(key(AssetField::Recipients), m_recipients), m_recipients);
    m_useTerms = multiLine(content, 2);
    sharing->addRow(addLabel(key(AssetField::UseTerms), m_useTerms), m_useTerms);
    m_contractor = new QLineEdit(content);
    suggestOnFocus(m_contractor, AssetField::Contractor);
    sharing->addRow(addLabel(key(AssetField::Contractor), m_contractor), m_contractor);

    // Classification.
    QFormLayout *classification = makeGroup();
    classification->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    struct Row
    {
        LevelSelector **selector;
        Objective objective;
        AssetField::Id field;
        AssetField::Id rationale;
    };
    const Row rows[] = {
        {&m_confidentiality, Objective::Confidentiality, AssetField::Confidentiality,
         AssetField::ConfidentialityRationale},
        {&m_integrity, Objective::Integrity, AssetField::Integrity, AssetField::IntegrityRationale},
        {&m_availability, Objective::Availability, AssetField::Availability, AssetField::AvailabilityRationale},
    };
    for (const Row &row : rows) {
        auto *selector = new LevelSelector(m_scheme, row.objective, content);
        *row.selector = selector;
        QLabel *label = addLabel(key(row.field), selector->levelCombo());
        label->setMinimumHeight(selector->levelCombo()->sizeHint().height());
        classification->addRow(label, selector);
        m_fieldWidgets.insert(key(row.rationale), selector->rationaleEdit());
        m_fieldLabels.insert(key(row.rationale), selector->rationaleLabel());
        connect(selector, &LevelSelector::changed, this, &AssetEditor::updateDerived);
    }
    m_importanceCaption = new QLabel(content);
    m_importanceValue = new QLabel(content);
    m_handlingCaption = new QLabel(content);
    m_handlingValue = new QLabel(content);
    QFont bold = m_importanceValue->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_importanceValue->setFont(bold);
    m_handlingValue->setFont(bold);
    if (m_scheme.showsProtectionClasses()) {
        // The names of the protection classes are long: the handling label gets a row of its own.
        m_importanceValue->setWordWrap(true);
        classification->addRow(m_importanceCaption, m_importanceValue);
        classification->addRow(m_handlingCaption, m_handlingValue);
    } else {
        auto *derived = new QHBoxLayout;
        derived->addWidget(m_importanceValue);
        derived->addSpacing(24);
        derived->addWidget(m_handlingCaption);
        derived->addWidget(m_handlingValue);
        derived->addStretch(1);
        classification->addRow(m_importanceCaption, derived);
    }
    m_restrictions = new RestrictionSelector(m_registry.settings().ownHandlingRestrictions(), content);
    classification->addRow(addLabel(key(AssetField::HandlingRestrictions), m_restrictions), m_restrictions);
    connect(m_restrictions, &RestrictionSelector::changed, this,
            [this] { unmark(key(AssetField::HandlingRestrictions)); });

    // Lifecycle.
    QFormLayout *lifecycle = makeGroup();
    m_retentionMode = new QComboBox(content);
    m_retentionMode->addItem(QString(), NoRetention);
    m_retentionMode->addItem(QString(), RetentionDate);
    m_retentionMode->addItem(QString(), RetentionPermanent);
    m_retentionDate = new QDateEdit(content);
    m_retentionDate->setCalendarPopup(true);
    auto *retention = new QHBoxLayout;
    retention->addWidget(m_retentionMode);
    retention->addWidget(m_retentionDate);
    retention->addStretch(1);
    lifecycle->addRow(addLabel(key(AssetField::RetentionUntil), m_retentionMode), retention);
    m_fieldWidgets.insert(QStringLiteral("retention_date"), m_retentionDate);
    m_retentionBasis = new QLineEdit(content);
    lifecycle->addRow(addLabel(key(AssetField::RetentionBasis), m_retentionBasis), m_retentionBasis);
    m_registeredOn = new QLabel(content);
    m_fieldLabels.insert(key(AssetField::RegisteredOn), new QLabel(content));
    m_fieldLabels.value(key(AssetField::RegisteredOn))->setBuddy(m_registeredOn);
    lifecycle->addRow(m_fieldLabels.value(key(AssetField::RegisteredOn)), m_registeredOn);
    // Set by "Mark as reviewed" in the main window, never typed here.
    m_lastReviewed = new QLabel(content);
    m_lastReviewed->setObjectName(QStringLiteral("lastReviewed"));
    m_fieldLabels.insert(key(AssetField::LastReviewedOn), new QLabel(content));
    m_fieldLabels.value(key(AssetField::LastReviewedOn))->setBuddy(m_lastReviewed);
    lifecycle->addRow(m_fieldLabels.value(key(AssetField::LastReviewedOn)), m_lastReviewed);
    m_nextReview = new QDateEdit(content);
    m_nextReview->setCalendarPopup(true);
    m_nextReviewAuto = new QCheckBox(content);
    auto *review = new QHBoxLayout;
    review->addWidget(m_nextReview);
    review->addWidget(m_nextReviewAuto);
    review->addStretch(1);
    lifecycle->addRow(addLabel(key(AssetField::NextReview), m_nextReview), review);
    m_status = new QComboBox(content);
    const QStringList statuses = AssetCodes::statuses();
    for (const QString &code : statuses) {
        // Disposed is set only by recording a disposal; it is added back for a disposed asset shown read-only.
        if (code != QLatin1String("disposed"))
            m_status->addItem(QString(), code);
    }
    lifecycle->addRow(addLabel(key(AssetField::Status), m_status), m_status);

    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(m_groups.at(0));
    left->addWidget(m_groups.at(1));
    left->addWidget(m_groups.at(2));
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_groups.at(3));
    right->addWidget(m_groups.at(4));
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_content = content;
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssetEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssetEditor::reject);

    // The controls of the asset on a tab of their own (DESIGN.md §4).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assetEditorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, QString());
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

    connect(m_retentionMode, &QComboBox::currentIndexChanged, this, &AssetEditor::updateRetention);
    connect(m_nextReviewAuto, &QCheckBox::toggled, this, &AssetEditor::updateNextReview);
    connect(m_name, &QLineEdit::textChanged, this, &AssetEditor::updateTitle);

    connectChange(m_name, key(AssetField::Name));
    connectChange(m_businessCategory, key(AssetField::BusinessCategory));
    connectChange(m_owner, key(AssetField::Owner));
    connectChange(m_storage, key(AssetField::Storage));
    connectChange(m_provider, key(AssetField::Provider));
    connectChange(m_contractor, key(AssetField::Contractor));
    connectChange(m_subjectCount, key(AssetField::SubjectCount));
    connectChange(m_personalInfoOverride, key(AssetField::PersonalInfoOverride));
    connectChange(m_retentionBasis, key(AssetField::RetentionBasis));
    for (QLineEdit *edit : {m_subjectCount, m_personalInfoOverride, m_retentionBasis})
        connect(edit, &QLineEdit::textChanged, this, &AssetEditor::updateFlags);
    for (QComboBox *combo : {m_personalInfo, m_retentionMode})
        connect(combo, &QComboBox::currentIndexChanged, this, &AssetEditor::updateFlags);
    connectChange(m_department, key(AssetField::Department));
    connectChange(m_userScope, key(AssetField::UserScope));
    connectChange(m_assetType, key(AssetField::AssetType));
    connectChange(m_personalInfo, key(AssetField::PersonalInfo));
    connectChange(m_status, key(AssetField::Status));
    connectChange(m_retentionMode, key(AssetField::RetentionUntil));
    connectChange(m_retentionDate, key(AssetField::RetentionUntil));
    connectChange(m_nextReview, key(AssetField::NextReview));
    connectChange(m_remarks, key(AssetField::Remarks));
    connectChange(m_receiptTerms, key(AssetField::ReceiptTerms));
    connectChange(m_recipients, key(AssetField::Recipients));
    connectChange(m_useTerms, key(AssetField::UseTerms));
    connectChange(m_mediumClass, key(AssetField::MediumClass));
    connectChange(m_confidentiality->levelCombo(), key(AssetField::Confidentiality));
    connectChange(m_integrity->levelCombo(), key(AssetField::Integrity));
    connectChange(m_availability->levelCombo(), key(AssetField::Availability));
    connectChange(m_confidentiality->rationaleEdit(), key(AssetField::ConfidentialityRationale));
    connectChange(m_integrity->rationaleEdit(), key(AssetField::IntegrityRationale));
    connectChange(m_availability->rationaleEdit(), key(AssetField::AvailabilityRationale));
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

LevelSelector *AssetEditor::levelSelector(Objective objective) const
{
    switch (objective) {
    case Objective::Integrity:
        return m_integrity;
    case Objective::Availability:
        return m_availability;
    case Objective::Confidentiality:
        break;
    }
    return m_confidentiality;
}

QPushButton *AssetEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void AssetEditor::load(const Asset &asset)
{
    m_loading = true;
    m_asset = asset;
    m_assetNo->setText(asset.assetNo);
    m_name->setText(asset.name);
    m_businessCategory->setText(asset.businessCategory);
    m_department->setCurrentText(asset.department);
    m_owner->setText(asset.owner);
    m_userScope->setCurrentText(asset.userScope);
    m_assetType->setCurrentIndex(std::max(0, m_assetType->findData(asset.assetType)));
    m_storage->setText(asset.storage);
    m_remarks->setPlainText(asset.remarks);

    m_confidentiality->setLevel(asset.confidentiality);
    m_confidentiality->setRationale(asset.confidentialityRationale);
    m_integrity->setLevel(asset.integrity);
    m_integrity->setRationale(asset.integrityRationale);
    m_availability->setLevel(asset.availability);
    m_availability->setRationale(asset.availabilityRationale);

    m_personalInfo->setCurrentIndex(std::max(0, m_personalInfo->findData(asset.personalInfo)));
    m_subjectCount->setText(asset.subjectCount ? QString::number(*asset.subjectCount) : QString());
    m_personalInfoOverride->setText(asset.personalInfoOverride);
    m_retentionBasis->setText(asset.retentionBasis);
    m_provider->setText(asset.provider);
    m_receiptTerms->setPlainText(asset.receiptTerms);
    m_recipients->setText(asset.recipients);
    m_useTerms->setPlainText(asset.useTerms);
    m_mediumClass->setCurrentIndex(std::max(0, m_mediumClass->findData(asset.mediumClass)));
    m_restrictions->setRestrictions(asset.handlingRestrictions);
    m_contractor->setText(asset.contractor);

    const QDate today = QDate::currentDate();
    m_retentionMode->setCurrentIndex(asset.retentionPermanent         ? RetentionPermanent
                                     : asset.retentionUntil.isValid() ? RetentionDate
                                                                      : NoRetention);
    m_retentionDate->setDate(asset.retentionUntil.isValid() ? asset.retentionUntil : today.addYears(5));
    updateDateFormats();
    const QDate defaultReview =
        Review::defaultNextReview(m_scheme.reviewImportance(asset.confidentiality, asset.integrity, asset.availability),
                                  Review::reviewBase(asset.lastReviewedOn, asset.registeredOn));
    // The date follows importance when it was left at the default (always for a new asset).
    m_nextReviewAuto->setChecked(isNew() || !asset.nextReview.isValid() || asset.nextReview == defaultReview);
    m_nextReview->setDate(asset.nextReview.isValid() ? asset.nextReview : defaultReview);

    const int statusIndex = m_status->findData(asset.status);
    if (statusIndex < 0 && asset.status == QLatin1String("disposed")) {
        m_status->addItem(AssetCodes::statusName(asset.status), asset.status);
        m_status->setCurrentIndex(m_status->count() - 1);
    } else {
        m_status->setCurrentIndex(std::max(0, statusIndex));
    }

    setReadOnly(asset.status == QLatin1String("disposed"));
    updateRetention();
    m_loading = false;
    updateDerived();
    updateTitle();
    clearProblems();
    m_baseline = assetFromFields();
    m_name->setFocus();
}

Asset AssetEditor::assetFromFields() const
{
    Asset asset = m_asset;
    asset.name = m_name->text();
    asset.businessCategory = m_businessCategory->text().trimmed();
    asset.department = m_department->currentText();
    asset.owner = m_owner->text();
    asset.userScope = m_userScope->currentText().trimmed();
    asset.assetType = m_assetType->currentData().toString();
    asset.storage = m_storage->text().trimmed();
    asset.remarks = m_remarks->toPlainText();
    asset.confidentiality = m_confidentiality->level();
    asset.confidentialityRationale = m_confidentiality->rationale();
    asset.integrity = m_integrity->level();
    asset.integrityRationale = m_integrity->rationale();
    asset.availability = m_availability->level();
    asset.availabilityRationale = m_availability->rationale();
    asset.personalInfo = m_personalInfo->currentData().toString();
    const QString subjects = m_subjectCount->text().trimmed();
    if (subjects.isEmpty())
        asset.subjectCount.reset();
    else
        asset.subjectCount = subjects.toLongLong();
    asset.provider = m_provider->text().trimmed();
    asset.receiptTerms = m_receiptTerms->toPlainText();
    asset.recipients = m_recipients->text().trimmed();
    asset.useTerms = m_useTerms->toPlainText();
    asset.mediumClass = m_mediumClass->currentData().toString();
    asset.contractor = m_contractor->text().trimmed();
    asset.handlingRestrictions = m_restrictions->restrictions();
    const int retention = m_retentionMode->currentData().toInt();
    asset.retentionPermanent = retention == RetentionPermanent;
    asset.retentionUntil = retention == RetentionDate ? m_retentionDate->date() : QDate();
    asset.personalInfoOverride = m_personalInfoOverride->text().trimmed();
    asset.retentionBasis = m_retentionBasis->text().trimmed();
    asset.nextReview = m_nextReview->date();
    asset.status = m_status->currentData().toString();
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
    for (QLineEdit *edit : {m_name, m_businessCategory, m_owner, m_storage, m_subjectCount, m_provider, m_recipients,
                            m_contractor, m_personalInfoOverride, m_retentionBasis})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : {m_remarks, m_receiptTerms, m_useTerms})
        edit->setReadOnly(readOnly);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_department, m_userScope, m_assetType, m_mediumClass, m_personalInfo,
                                          m_retentionMode, m_nextReviewAuto, m_status})
        widget->setEnabled(!readOnly);
    for (LevelSelector *selector : {m_confidentiality, m_integrity, m_availability})
        selector->setReadOnly(readOnly);
    m_retentionDate->setReadOnly(readOnly);
    m_nextReview->setReadOnly(readOnly);
    m_restrictions->setReadOnly(readOnly);
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
    m_importanceValue->setText(
        m_scheme.importanceText(m_confidentiality->level(), m_integrity->level(), m_availability->level()));
    m_handlingValue->setText(m_registry.settings().handlingLabel(m_confidentiality->level()));
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
    const bool automatic = m_nextReviewAuto->isChecked();
    m_nextReview->setEnabled(!automatic && !m_readOnly);
    if (!automatic || m_readOnly)
        return;
    const int importance =
        m_scheme.reviewImportance(m_confidentiality->level(), m_integrity->level(), m_availability->level());
    // An unchanged importance keeps the stored date; a changed one counts from today, when it was reassessed.
    if (!isNew() &&
        importance == m_scheme.reviewImportance(m_asset.confidentiality, m_asset.integrity, m_asset.availability) &&
        m_asset.nextReview.isValid())
        m_nextReview->setDate(m_asset.nextReview);
    else
        m_nextReview->setDate(Review::defaultNextReview(importance, QDate::currentDate()));
}

void AssetEditor::updateRetention()
{
    m_retentionDate->setEnabled(m_retentionMode->currentData().toInt() == RetentionDate);
}

void AssetEditor::updateTitle()
{
    if (isNew())
        setWindowTitle(tr("New Asset"));
    else if (m_readOnly)
        setWindowTitle(tr("Asset %1 (disposed, read-only)").arg(m_asset.assetNo));
    else
        setWindowTitle(tr("Asset %1 – %2").arg(m_asset.assetNo, m_name->text().trimmed()));
}

void AssetEditor::updateDateFormats()
{
    m_retentionDate->setDisplayFormat(LocalDate::format());
    m_nextReview->setDisplayFormat(LocalDate::format());
    m_registeredOn->setText(
        LocalDate::toString(m_asset.registeredOn.isValid() ? m_asset.registeredOn : QDate::currentDate()));
    if (!m_asset.lastReviewedOn.isValid())
        m_lastReviewed->setText(tr("Not reviewed yet"));
    else if (m_asset.reviewedBy.isEmpty())
        m_lastReviewed->setText(LocalDate::toString(m_asset.lastReviewedOn));
    else
        m_lastReviewed->setText(tr("%1 by %2", "last review: date by reviewer")
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
        if (fieldKey == key(AssetField::RetentionUntil) && m_retentionMode->currentData().toInt() == RetentionDate)
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
    const int width = std::max(m_content->sizeHint().width(), fontMetrics().averageCharWidth() * 165);
    // As tall as the fields need at that width (a little narrower, to be safe), plus the tab bar and the buttons.
    QLayout *layout = m_content->layout();
    const int height =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width - 24) + 16 : m_content->sizeHint().height();
    const int extra = (m_banner->isVisible() ? m_banner->sizeHint().height() : 0) + m_buttons->sizeHint().height() +
                      fontMetrics().height() * 2;
    QSize wanted(width + 32, height + extra + 40);
    if (const QScreen *shown = screen())
        wanted = wanted.boundedTo(shown->availableSize() * 0.95);
    return wanted;
}

void AssetEditor::alignLabels(const QList<QGroupBox *> &groups)
{
    // Groups stacked in one column share one label width, so their fields line up.
    QList<QWidget *> labels;
    int width = 0;
    for (QGroupBox *group : groups) {
        auto *form = qobject_cast<QFormLayout *>(group->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels) {
        label->setMinimumWidth(width);
        if (auto *text = qobject_cast<QLabel *>(label))
            text->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
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
    m_groups.at(0)->setTitle(tr("Basic"));
    m_groups.at(1)->setTitle(tr("Personal information"));
    m_groups.at(2)->setTitle(tr("Data provision and outsourcing"));
    m_groups.at(3)->setTitle(tr("Classification"));
    m_groups.at(4)->setTitle(tr("Lifecycle"));
    for (auto it = m_fieldLabels.constBegin(); it != m_fieldLabels.constEnd(); ++it) {
        const QString text = labelText(it.key());
        if (!text.isEmpty())
            it.value()->setText(text);
    }
    m_banner->setText(tr("This asset has been disposed. Its record is final and can no longer be edited; corrections "
                         "are recorded as amendments to the disposal record."));
    m_assetNo->setPlaceholderText(tr("Assigned when the asset is saved"));
    m_name->setPlaceholderText(tr("Required, up to 200 characters"));
    m_department->lineEdit()->setPlaceholderText(tr("Required"));
    m_owner->setPlaceholderText(tr("Required: the person responsible for the asset"));
    m_userScope->lineEdit()->setPlaceholderText(tr("e.g. all staff, the department, named persons"));
    m_storage->setPlaceholderText(tr("e.g. file server, cloud service, cabinet"));
    m_subjectCount->setPlaceholderText(tr("Not recorded"));
    m_subjectCount->setToolTip(tr("How many people the personal information is about. Leave it empty when the "
                                  "number is not recorded."));
    m_provider->setPlaceholderText(tr("Public or private body the data was received from"));
    m_receiptTerms->setPlaceholderText(tr("Terms the provider set when the data were received"));
    m_recipients->setPlaceholderText(tr("Third parties the data are provided to or used by"));
    m_useTerms->setPlaceholderText(tr("Terms presented to the recipients for using the data"));
    m_mediumClass->setToolTip(tr("Where the asset is kept, as a class that baseline rules and risk threats use; "
                                 "the medium / location field says exactly where."));
    for (int index = 0; index < m_mediumClass->count(); ++index)
        m_mediumClass->setItemText(index, AssetCodes::mediumClassDisplay(m_mediumClass->itemData(index).toString()));
    m_contractor->setPlaceholderText(tr("Company the handling is outsourced to"));
    m_personalInfoOverride->setPlaceholderText(
        tr("Only when confidentiality stays below what the personal information calls for"));
    m_personalInfoOverride->setToolTip(
        tr("Why this asset keeps a lower confidentiality than its personal information calls for, e.g. a published "
           "list of office holders. The override is flagged in the table and on the ledger. Not accepted for My "
           "Number."));
    m_retentionBasis->setPlaceholderText(tr("Required for Permanent: 文書管理規程 or the name of a law"));
    for (int index = 0; index < m_assetType->count(); ++index)
        m_assetType->setItemText(index, AssetCodes::assetTypeName(m_assetType->itemData(index).toString()));
    for (int index = 0; index < m_personalInfo->count(); ++index)
        m_personalInfo->setItemText(index, AssetCodes::personalInfoName(m_personalInfo->itemData(index).toString()));
    for (int index = 0; index < m_status->count(); ++index)
        m_status->setItemText(index, AssetCodes::statusName(m_status->itemData(index).toString()));
    m_retentionMode->setItemText(NoRetention, tr("No date"));
    m_retentionMode->setItemText(RetentionDate, tr("Until"));
    m_retentionMode->setItemText(RetentionPermanent, tr("Permanent"));
    if (m_scheme.showsProtectionClasses()) {
        m_importanceCaption->setText(tr("Requiring protection:"));
        m_importanceCaption->setToolTip(tr("The classes of information requiring protection: confidential "
                                           "(confidentiality 2 or 3), integrity-critical (integrity 2) and "
                                           "availability-critical (availability 2); set by the registry."));
    } else {
        m_importanceCaption->setText(tr("Importance:"));
        m_importanceCaption->setToolTip(tr("The highest of the three levels; set by the registry."));
    }
    m_restrictions->retranslateUi();
    m_handlingCaption->setText(tr("Handling label:"));
    m_handlingCaption->setToolTip(tr("Follows the confidentiality level; set by the registry."));
    m_nextReviewAuto->setText(tr("&Follow importance"));
    m_nextReviewAuto->setToolTip(tr("Sets the next review from importance, counted from the last review: 6 months "
                                    "for the highest importance, 12 months for the others."));
    for (LevelSelector *selector : {m_confidentiality, m_integrity, m_availability})
        selector->retranslateUi();
    alignLabels({m_groups.at(0), m_groups.at(1), m_groups.at(2)});
    alignLabels({m_groups.at(3), m_groups.at(4)});
    updateDateFormats();
    updateDerived();
    updateTitle();
}
