// The Asset tab of the asset editor: the fields of the asset in their groups.
#include "assetdetailstab.h"

#include "asseteditor.h"
#include "levelselector.h"
#include "restrictionselector.h"

#include "domain/assetcodes.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

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
    return text ? QCoreApplication::translate("AssetEditor", text) : QString();
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

AssetDetailsTab::AssetDetailsTab(Registry &registry, const ClassificationScheme &scheme, QWidget *parent)
    : QScrollArea(parent)
    , m_registry(registry)
    , m_scheme(scheme)
{
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
    m_fields.assetNo = new QLineEdit(content);
    m_fields.assetNo->setReadOnly(true);
    m_fields.assetNo->setFocusPolicy(Qt::ClickFocus);
    basic->addRow(addLabel(key(AssetField::AssetNo), m_fields.assetNo), m_fields.assetNo);
    m_fields.name = new QLineEdit(content);
    m_fields.name->setMaxLength(200);
    basic->addRow(addLabel(key(AssetField::Name), m_fields.name), m_fields.name);
    m_fields.businessCategory = new QLineEdit(content);
    m_suggestions.append({m_fields.businessCategory, AssetField::BusinessCategory});
    basic->addRow(addLabel(key(AssetField::BusinessCategory), m_fields.businessCategory), m_fields.businessCategory);
    m_fields.department = editableCombo(content);
    m_suggestions.append({m_fields.department, AssetField::Department});
    basic->addRow(addLabel(key(AssetField::Department), m_fields.department), m_fields.department);
    m_fields.owner = new QLineEdit(content);
    m_suggestions.append({m_fields.owner, AssetField::Owner});
    basic->addRow(addLabel(key(AssetField::Owner), m_fields.owner), m_fields.owner);
    m_fields.userScope = editableCombo(content);
    m_suggestions.append({m_fields.userScope, AssetField::UserScope});
    basic->addRow(addLabel(key(AssetField::UserScope), m_fields.userScope), m_fields.userScope);
    m_fields.assetType = new QComboBox(content);
    const QStringList types = AssetCodes::assetTypes();
    for (const QString &code : types)
        m_fields.assetType->addItem(QString(), code);
    basic->addRow(addLabel(key(AssetField::AssetType), m_fields.assetType), m_fields.assetType);
    m_fields.storage = new QLineEdit(content);
    m_suggestions.append({m_fields.storage, AssetField::Storage});
    basic->addRow(addLabel(key(AssetField::Storage), m_fields.storage), m_fields.storage);
    // Medium class: optional, as assets of earlier versions have none.
    m_fields.mediumClass = new QComboBox(content);
    m_fields.mediumClass->addItem(QString(), QString());
    const QStringList mediumClasses = AssetCodes::mediumClasses();
    for (const QString &code : mediumClasses)
        m_fields.mediumClass->addItem(QString(), code);
    basic->addRow(addLabel(key(AssetField::MediumClass), m_fields.mediumClass), m_fields.mediumClass);
    m_fields.remarks = multiLine(content, 3);
    basic->addRow(addLabel(key(AssetField::Remarks), m_fields.remarks), m_fields.remarks);

    // Personal information.
    QFormLayout *personal = makeGroup();
    m_fields.personalInfo = new QComboBox(content);
    const QStringList kinds = AssetCodes::personalInfoKinds();
    for (const QString &code : kinds)
        m_fields.personalInfo->addItem(QString(), code);
    personal->addRow(addLabel(key(AssetField::PersonalInfo), m_fields.personalInfo), m_fields.personalInfo);
    m_fields.subjectCount = new QLineEdit(content);
    m_fields.subjectCount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_fields.subjectCount));
    m_fields.subjectCount->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    personal->addRow(addLabel(key(AssetField::SubjectCount), m_fields.subjectCount), m_fields.subjectCount);
    m_fields.personalInfoOverride = new QLineEdit(content);
    personal->addRow(addLabel(key(AssetField::PersonalInfoOverride), m_fields.personalInfoOverride),
                     m_fields.personalInfoOverride);

    // Data provision and outsourcing: what was received under which terms, who the data go to under which terms,
    // and who handles them on the organisation's behalf.
    QFormLayout *sharing = makeGroup();
    m_fields.provider = new QLineEdit(content);
    m_suggestions.append({m_fields.provider, AssetField::Provider});
    sharing->addRow(addLabel(key(AssetField::Provider), m_fields.provider), m_fields.provider);
    m_fields.receiptTerms = multiLine(content, 2);
    sharing->addRow(addLabel(key(AssetField::ReceiptTerms), m_fields.receiptTerms), m_fields.receiptTerms);
    m_fields.recipients = new QLineEdit(content);
    m_suggestions.append({m_fields.recipients, AssetField::Recipients});
    sharing->addRow(addLabel(key(AssetField::Recipients), m_fields.recipients), m_fields.recipients);
    m_fields.useTerms = multiLine(content, 2);
    sharing->addRow(addLabel(key(AssetField::UseTerms), m_fields.useTerms), m_fields.useTerms);
    m_fields.contractor = new QLineEdit(content);
    m_suggestions.append({m_fields.contractor, AssetField::Contractor});
    sharing->addRow(addLabel(key(AssetField::Contractor), m_fields.contractor), m_fields.contractor);

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
        {&m_fields.confidentiality, Objective::Confidentiality, AssetField::Confidentiality,
         AssetField::ConfidentialityRationale},
        {&m_fields.integrity, Objective::Integrity, AssetField::Integrity, AssetField::IntegrityRationale},
        {&m_fields.availability, Objective::Availability, AssetField::Availability, AssetField::AvailabilityRationale},
    };
    for (const Row &row : rows) {
        auto *selector = new LevelSelector(m_scheme, row.objective, content);
        *row.selector = selector;
        QLabel *label = addLabel(key(row.field), selector->levelCombo());
        label->setMinimumHeight(selector->levelCombo()->sizeHint().height());
        classification->addRow(label, selector);
        m_fieldWidgets.insert(key(row.rationale), selector->rationaleEdit());
        m_fieldLabels.insert(key(row.rationale), selector->rationaleLabel());
    }
    m_fields.importanceCaption = new QLabel(content);
    m_fields.importanceValue = new QLabel(content);
    m_fields.handlingCaption = new QLabel(content);
    m_fields.handlingValue = new QLabel(content);
    QFont bold = m_fields.importanceValue->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_fields.importanceValue->setFont(bold);
    m_fields.handlingValue->setFont(bold);
    if (m_scheme.showsProtectionClasses()) {
        // The names of the protection classes are long: the handling label gets a row of its own.
        m_fields.importanceValue->setWordWrap(true);
        classification->addRow(m_fields.importanceCaption, m_fields.importanceValue);
        classification->addRow(m_fields.handlingCaption, m_fields.handlingValue);
    } else {
        auto *derived = new QHBoxLayout;
        derived->addWidget(m_fields.importanceValue);
        derived->addSpacing(24);
        derived->addWidget(m_fields.handlingCaption);
        derived->addWidget(m_fields.handlingValue);
        derived->addStretch(1);
        classification->addRow(m_fields.importanceCaption, derived);
    }
    m_fields.restrictions = new RestrictionSelector(m_registry.settings().ownHandlingRestrictions(), content);
    classification->addRow(addLabel(key(AssetField::HandlingRestrictions), m_fields.restrictions),
                           m_fields.restrictions);

    // Lifecycle.
    QFormLayout *lifecycle = makeGroup();
    m_fields.retentionMode = new QComboBox(content);
    m_fields.retentionMode->addItem(QString(), AssetEditor::NoRetention);
    m_fields.retentionMode->addItem(QString(), AssetEditor::RetentionDate);
    m_fields.retentionMode->addItem(QString(), AssetEditor::RetentionPermanent);
    m_fields.retentionDate = new QDateEdit(content);
    m_fields.retentionDate->setCalendarPopup(true);
    auto *retention = new QHBoxLayout;
    retention->addWidget(m_fields.retentionMode);
    retention->addWidget(m_fields.retentionDate);
    retention->addStretch(1);
    lifecycle->addRow(addLabel(key(AssetField::RetentionUntil), m_fields.retentionMode), retention);
    m_fieldWidgets.insert(QStringLiteral("retention_date"), m_fields.retentionDate);
    m_fields.retentionBasis = new QLineEdit(content);
    lifecycle->addRow(addLabel(key(AssetField::RetentionBasis), m_fields.retentionBasis), m_fields.retentionBasis);
    m_fields.registeredOn = new QLabel(content);
    m_fields.registeredOn->setObjectName(QStringLiteral("registeredOn"));
    m_fieldLabels.insert(key(AssetField::RegisteredOn), new QLabel(content));
    m_fieldLabels.value(key(AssetField::RegisteredOn))->setBuddy(m_fields.registeredOn);
    lifecycle->addRow(m_fieldLabels.value(key(AssetField::RegisteredOn)), m_fields.registeredOn);
    // Set by "Mark as reviewed" in the main window, never typed here.
    m_fields.lastReviewed = new QLabel(content);
    m_fields.lastReviewed->setObjectName(QStringLiteral("lastReviewed"));
    m_fieldLabels.insert(key(AssetField::LastReviewedOn), new QLabel(content));
    m_fieldLabels.value(key(AssetField::LastReviewedOn))->setBuddy(m_fields.lastReviewed);
    lifecycle->addRow(m_fieldLabels.value(key(AssetField::LastReviewedOn)), m_fields.lastReviewed);
    m_fields.nextReview = new QDateEdit(content);
    m_fields.nextReview->setCalendarPopup(true);
    m_fields.nextReviewAuto = new QCheckBox(content);
    auto *review = new QHBoxLayout;
    review->addWidget(m_fields.nextReview);
    review->addWidget(m_fields.nextReviewAuto);
    review->addStretch(1);
    lifecycle->addRow(addLabel(key(AssetField::NextReview), m_fields.nextReview), review);
    m_fields.status = new QComboBox(content);
    const QStringList statuses = AssetCodes::statuses();
    for (const QString &code : statuses) {
        // Disposed is set only by recording a disposal; it is added back for a disposed asset shown read-only.
        if (code != QLatin1String("disposed"))
            m_fields.status->addItem(QString(), code);
    }
    lifecycle->addRow(addLabel(key(AssetField::Status), m_fields.status), m_fields.status);

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
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QLabel *AssetDetailsTab::addLabel(const QString &fieldKey, QWidget *buddy)
{
    auto *label = new QLabel(this);
    label->setBuddy(buddy);
    m_fieldLabels.insert(fieldKey, label);
    m_fieldWidgets.insert(fieldKey, buddy);
    return label;
}

void AssetDetailsTab::retranslateUi()
{
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
    m_fields.assetNo->setPlaceholderText(tr("Assigned when the asset is saved"));
    m_fields.name->setPlaceholderText(tr("Required, up to 200 characters"));
    m_fields.department->lineEdit()->setPlaceholderText(tr("Required"));
    m_fields.owner->setPlaceholderText(tr("Required: the person responsible for the asset"));
    m_fields.userScope->lineEdit()->setPlaceholderText(tr("e.g. all staff, the department, named persons"));
    m_fields.storage->setPlaceholderText(tr("e.g. file server, cloud service, cabinet"));
    m_fields.subjectCount->setPlaceholderText(tr("Not recorded"));
    m_fields.subjectCount->setToolTip(tr("How many people the personal information is about. Leave it empty when the "
                                         "number is not recorded."));
    m_fields.provider->setPlaceholderText(tr("Public or private body the data was received from"));
    m_fields.receiptTerms->setPlaceholderText(tr("Terms the provider set when the data were received"));
    m_fields.recipients->setPlaceholderText(tr("Third parties the data are provided to or used by"));
    m_fields.useTerms->setPlaceholderText(tr("Terms presented to the recipients for using the data"));
    m_fields.mediumClass->setToolTip(tr("Where the asset is kept, as a class that baseline rules and risk threats use; "
                                        "the medium / location field says exactly where."));
    for (int index = 0; index < m_fields.mediumClass->count(); ++index)
        m_fields.mediumClass->setItemText(
            index, AssetCodes::mediumClassDisplay(m_fields.mediumClass->itemData(index).toString()));
    m_fields.contractor->setPlaceholderText(tr("Company the handling is outsourced to"));
    m_fields.personalInfoOverride->setPlaceholderText(
        tr("Only when confidentiality stays below what the personal information calls for"));
    m_fields.personalInfoOverride->setToolTip(
        tr("Why this asset keeps a lower confidentiality than its personal information calls for, e.g. a published "
           "list of office holders. The override is flagged in the table and on the ledger. Not accepted for My "
           "Number."));
    m_fields.retentionBasis->setPlaceholderText(tr("Required for Permanent: 文書管理規程 or the name of a law"));
    for (int index = 0; index < m_fields.assetType->count(); ++index)
        m_fields.assetType->setItemText(index,
                                        AssetCodes::assetTypeName(m_fields.assetType->itemData(index).toString()));
    for (int index = 0; index < m_fields.personalInfo->count(); ++index)
        m_fields.personalInfo->setItemText(
            index, AssetCodes::personalInfoName(m_fields.personalInfo->itemData(index).toString()));
    for (int index = 0; index < m_fields.status->count(); ++index)
        m_fields.status->setItemText(index, AssetCodes::statusName(m_fields.status->itemData(index).toString()));
    m_fields.retentionMode->setItemText(AssetEditor::NoRetention, tr("No date"));
    m_fields.retentionMode->setItemText(AssetEditor::RetentionDate, tr("Until"));
    m_fields.retentionMode->setItemText(AssetEditor::RetentionPermanent, tr("Permanent"));
    if (m_scheme.showsProtectionClasses()) {
        m_fields.importanceCaption->setText(tr("Requiring protection:"));
        m_fields.importanceCaption->setToolTip(tr("The classes of information requiring protection: confidential "
                                                  "(confidentiality 2 or 3), integrity-critical (integrity 2) and "
                                                  "availability-critical (availability 2); set by the registry."));
    } else {
        m_fields.importanceCaption->setText(tr("Importance:"));
        m_fields.importanceCaption->setToolTip(tr("The highest of the three levels; set by the registry."));
    }
    m_fields.restrictions->retranslateUi();
    m_fields.handlingCaption->setText(tr("Handling label:"));
    m_fields.handlingCaption->setToolTip(tr("Follows the confidentiality level; set by the registry."));
    m_fields.nextReviewAuto->setText(tr("&Follow importance"));
    m_fields.nextReviewAuto->setToolTip(
        tr("Sets the next review from importance, counted from the last review: 6 months "
           "for the highest importance, 12 months for the others."));
    for (LevelSelector *selector : {m_fields.confidentiality, m_fields.integrity, m_fields.availability})
        selector->retranslateUi();
    alignLabels({m_groups.at(0), m_groups.at(1), m_groups.at(2)});
    alignLabels({m_groups.at(3), m_groups.at(4)});
}

void AssetDetailsTab::alignLabels(const QList<QGroupBox *> &groups)
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
