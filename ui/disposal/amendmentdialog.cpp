// The amendment dialog.
#include "amendmentdialog.h"

#include "domain/disposalfield.h"
#include "service/disposalservice.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

AmendmentDialog::AmendmentDialog(DisposalService &service, const DisposalJob &job, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_job(job)
{
    setObjectName(QStringLiteral("amendmentDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_fieldLabel = new QLabel(this);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("field"));
    m_currentLabel = new QLabel(this);
    m_current = new QLabel(this);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    m_newLabel = new QLabel(this);
    m_editors = new QStackedWidget(this);
    m_text = new QLineEdit(m_editors);
    m_text->setObjectName(QStringLiteral("newText"));
    m_code = new QComboBox(m_editors);
    m_code->setObjectName(QStringLiteral("newCode"));
    m_date = new QDateEdit(m_service.today(), m_editors);
    m_date->setObjectName(QStringLiteral("newDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocalDate::format());
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_code);
    m_editors->addWidget(m_date);
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #B00020; }"));
    m_problems->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_editors);
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &AmendmentDialog::fillFields);
    connect(m_field, &QComboBox::currentIndexChanged, this, &AmendmentDialog::showCurrent);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmendmentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("amendment"), QSize(620, 340));
    // Last, so that the values filled in above are not taken for the user's input.
    m_inputGuard = new InputGuard(this);
}

QString AmendmentDialog::currentField() const
{
    return m_field->currentData().toString();
}

qint64 AmendmentDialog::currentItem() const
{
    return m_target->currentData().toLongLong();
}

void AmendmentDialog::fillFields()
{
    const QString keep = currentField();
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    const DisposalField::Level level = currentItem() == 0 ? DisposalField::Level::Job : DisposalField::Level::Item;
    for (const DisposalField &field : DisposalField::all()) {
        if (field.amendable && field.level == level)
            m_field->addItem(field.label(), field.keyString());
    }
    m_field->setCurrentIndex(std::max(0, m_field->findData(keep)));
    showCurrent();
}

void AmendmentDialog::showCurrent()
{
    const DisposalField *field = DisposalField::find(currentField());
    if (!field)
        return;
    QString value;
    const qint64 itemId = currentItem();
    if (itemId == 0) {
        value = DisposalField::value(m_job, field->keyString());
    } else {
        for (const DisposalItem &item : std::as_const(m_job.items)) {
            if (item.id == itemId)
                value = DisposalField::value(item, field->keyString());
        }
    }
    const QString shown = DisposalField::display(*field, value);
    m_current->setText(shown.isEmpty() ? tr("(empty)") : shown);
    switch (field->kind) {
    case DisposalField::Kind::Code: {
        m_code->clear();
        const QStringList codes = DisposalCodes::codes(field->codes);
        for (const QString &code : codes)
            m_code->addItem(DisposalCodes::name(field->codes, code), code);
        m_code->setCurrentIndex(std::max(0, m_code->findData(value)));
        m_editors->setCurrentWidget(m_code);
        break;
    }
    case DisposalField::Kind::Date:
        m_date->setDate(QDate::fromString(value, Qt::ISODate));
        m_editors->setCurrentWidget(m_date);
        break;
    case DisposalField::Kind::Text:
        m_text->setText(value);
        m_editors->setCurrentWidget(m_text);
        break;
    }
}

bool AmendmentDialog::select(qint64 itemId, const QString &field)
{
    const int target = m_target->findData(itemId);
    if (target < 0)
        return false;
    m_target->setCurrentIndex(target);
    fillFields();
    const int index = m_field->findData(field);
    if (index < 0)
        return false;
    m_field->setCurrentIndex(index);
    showCurrent();
    return true;
}

void AmendmentDialog::setNewValue(const QString &value)
{
    if (m_editors->currentWidget() == m_code)
        m_code->setCurrentIndex(std::max(0, m_code->findData(value)));
    else if (m_editors->currentWidget() == m_date)
        m_date->setDate(QDate::fromString(value, Qt::ISODate));
    else
        m_text->setText(value);
}

void AmendmentDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString AmendmentDialog::newValue() const
{
    if (m_editors->currentWidget() == m_code)
        return m_code->currentData().toString();
    if (m_editors->currentWidget() == m_date)
        return m_date->date().toString(Qt::ISODate);
    return m_text->text();
}

void AmendmentDialog::save()
{
    const Result<DisposalAmendment> amended =
        m_service.amend(m_job.id, currentItem(), currentField(), newValue(), m_reason->text());
    if (!amended.ok()) {
        m_problems->setText(amended.error);
        m_problems->show();
        return;
    }
    accept();
}

void AmendmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AmendmentDialog::retranslateUi()
{
    setWindowTitle(tr("Amend Disposal Record %1").arg(m_job.jobNo));
    m_intro->setText(tr("A recorded disposal is final. A correction is appended as an amendment: the original value "
                        "stays in the record, and both are shown and printed."));
    m_targetLabel->setText(tr("Applies to:"));
    m_fieldLabel->setText(tr("Field:"));
    m_currentLabel->setText(tr("Value in force:"));
    m_newLabel->setText(tr("Corrected value:"));
    m_reasonLabel->setText(tr("Reason (required):"));
    const qint64 keep = m_target->count() > 0 ? currentItem() : 0;
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        m_target->addItem(tr("The whole record"), qint64(0));
        for (const DisposalItem &item : std::as_const(m_job.items))
            m_target->addItem(tr("%1 %2").arg(item.assetNo, item.assetName), item.id);
        m_target->setCurrentIndex(std::max(0, m_target->findData(keep)));
    }
    fillFields();
}

void AmendmentDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
