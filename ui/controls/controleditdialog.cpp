// The own-control editor.
#include "controleditdialog.h"

#include "domain/controlcodes.h"
#include "service/customcontrolservice.h"
#include "service/registry.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

QStringList references(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;、，]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ControlEditDialog::ControlEditDialog(Registry &registry, const Control &control, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_control(control)
{
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; }"));
    m_problems->hide();
    m_code = new QLineEdit(control.code, this);
    m_code->setMaxLength(40);
    m_code->setReadOnly(control.id != 0);
    m_area = new QComboBox(this);
    for (int area : ControlCodes::areas())
        m_area->addItem(QString(), area);
    m_area->setCurrentIndex(std::max(0, m_area->findData(control.area)));
    m_titleJa = new QLineEdit(control.titleJa, this);
    m_titleEn = new QLineEdit(control.titleEn, this);
    m_descriptionJa = new QPlainTextEdit(control.descriptionJa, this);
    m_descriptionEn = new QPlainTextEdit(control.descriptionEn, this);
    for (QPlainTextEdit *edit : {m_descriptionJa, m_descriptionEn}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    }
    m_iso = new QLineEdit(control.isoRefs.join(QStringLiteral(", ")), this);
    m_nist = new QLineEdit(control.nistRefs.join(QStringLiteral(", ")), this);

    auto *form = new QFormLayout;
    const QList<QWidget *> fields = {m_code,          m_area,          m_titleJa, m_titleEn,
                                     m_descriptionJa, m_descriptionEn, m_iso,     m_nist};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ControlEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("customControl"), QSize(680, sizeHint().height()));
}

void ControlEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ControlEditDialog::retranslateUi()
{
    setWindowTitle(m_control.id == 0 ? tr("New Own Control") : tr("Own Control %1").arg(m_control.code));
    const QStringList labels = {tr("&Code:"),
                                tr("&Area:"),
                                tr("Title (&Japanese):"),
                                tr("Title (&English):"),
                                tr("Description (Japanese):"),
                                tr("Description (English):"),
                                tr("&ISO/IEC 27001:2022:"),
                                tr("&NIST SP 800-53:")};
    for (int index = 0; index < labels.size(); ++index)
        m_labels.at(index)->setText(labels.at(index));
    for (int index = 0; index < m_area->count(); ++index)
        m_area->setItemText(index, QStringLiteral("%1 %2").arg(index + 1).arg(ControlCodes::areaName(index + 1)));
    m_code->setPlaceholderText(tr("e.g. OWN-01"));
    m_iso->setPlaceholderText(tr("Annex A control IDs, e.g. A.5.9, A.8.10"));
    m_nist->setPlaceholderText(tr("Control IDs, e.g. CM-8, MP-6"));
}

bool ControlEditDialog::save()
{
    Control control = m_control;
    control.code = m_code->text();
    control.area = m_area->currentData().toInt();
    control.titleJa = m_titleJa->text();
    control.titleEn = m_titleEn->text();
    control.descriptionJa = m_descriptionJa->toPlainText();
    control.descriptionEn = m_descriptionEn->toPlainText();
    control.isoRefs = references(m_iso->text());
    control.nistRefs = references(m_nist->text());
    const Result<Control> saved = control.id == 0 ? m_registry.customControls().addOwnControl(control)
                                                  : m_registry.customControls().updateOwnControl(control);
    if (!saved.ok()) {
        m_problems->setText(saved.error);
        m_problems->show();
        return false;
    }
    m_saved = *saved.value;
    return true;
}

void ControlEditDialog::accept()
{
    if (save())
        QDialog::accept();
}
