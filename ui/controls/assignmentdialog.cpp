// The assignment dialog.
#include "assignmentdialog.h"

#include "domain/controlcodes.h"
#include "editing/assignmentundo.h"
#include "service/assignmentservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"
#include "widgets/windowgeometry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

const QStringList kFields = {QStringLiteral("applicable"),    QStringLiteral("implementation"),
                             QStringLiteral("responsible"),   QStringLiteral("due_date"),
                             QStringLiteral("evidence_note"), QStringLiteral("last_verified")};

QString dateFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat);
}

} // namespace

AssignmentDialog::AssignmentDialog(Registry &registry, const QList<qint64> &assetIds, const QList<Control> &controls,
                                   QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_assetIds(assetIds)
    , m_controls(controls)
    , m_bulk(assetIds.size() != 1 || controls.size() != 1)
{
    m_subject = new QLabel(this);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; }"));
    m_problems->hide();

    auto *applicability = new QWidget(this);
    m_applicable = new QRadioButton(applicability);
    m_applicable->setObjectName(QStringLiteral("applicableButton"));
    m_notApplicable = new QRadioButton(applicability);
    m_notApplicable->setObjectName(QStringLiteral("notApplicableButton"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_applicable);
    group->addButton(m_notApplicable);
    m_applicable->setChecked(true);
    auto *applicabilityLayout = new QHBoxLayout(applicability);
    applicabilityLayout->setContentsMargins(0, 0, 0, 0);
    applicabilityLayout->addWidget(m_applicable);
    applicabilityLayout->addWidget(m_notApplicable);
    applicabilityLayout->addStretch(1);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_implementation = new QComboBox(this);
    m_implementation->setObjectName(QStringLiteral("implementationCombo"));
    for (const QString &code : ControlCodes::implementations())
        m_implementation->addItem(QString(), code);
    m_responsible = new QLineEdit(this);
    m_responsible->setObjectName(QStringLiteral("responsibleEdit"));
    m_responsible->setMaxLength(200);
    auto *due = new QWidget(this);
    m_hasDue = new QCheckBox(due);
    m_due = new QDateEdit(m_registry.clock().today().addMonths(3), due);
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(dateFormat());
    auto *dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due);
    dueLayout->addStretch(1);
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(m_evidence->fontMetrics().lineSpacing() * 5);
    auto *verified = new QWidget(this);
    m_hasVerified = new QCheckBox(verified);
    m_verified = new QDateEdit(m_registry.clock().today(), verified);
    m_verified->setObjectName(QStringLiteral("lastVerified"));
    m_verified->setCalendarPopup(true);
    m_verified->setDisplayFormat(dateFormat());
    m_verified->setMaximumDate(m_registry.clock().today());
    auto *verifiedLayout = new QHBoxLayout(verified);
    verifiedLayout->setContentsMargins(0, 0, 0, 0);
    verifiedLayout->addWidget(m_hasVerified);
    verifiedLayout->addWidget(m_verified);
    verifiedLayout->addStretch(1);

    // Rows: field label, (bulk) change box, editor. The reason belongs to the applicability row.
    auto *grid = new QGridLayout;
    const QList<QWidget *> editors = {applicability, m_implementation, m_responsible, due, m_evidence, verified};
    int row = 0;
    for (int index = 0; index < kFields.size(); ++index) {
        auto *label = new QLabel(this);
        label->setBuddy(editors.at(index) == applicability ? static_cast<QWidget *>(m_applicable)
                        : editors.at(index) == due         ? static_cast<QWidget *>(m_hasDue)
                        : editors.at(index) == verified    ? static_cast<QWidget *>(m_hasVerified)
                                                           : editors.at(index));
        m_labels << label;
        grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
        if (m_bulk) {
            auto *box = new QCheckBox(this);
            box->setObjectName(QStringLiteral("change_") + kFields.at(index));
            m_change.insert(kFields.at(index), box);
            grid->addWidget(box, row, 1, Qt::AlignTop);
            connect(box, &QCheckBox::toggled, this, &AssignmentDialog::updateEnabled);
        }
        grid->addWidget(editors.at(index), row, 2);
        ++row;
        if (index == 0) {
            auto *reasonLabel = new QLabel(this);
            reasonLabel->setBuddy(m_reason);
            m_labels << reasonLabel;
            grid->addWidget(reasonLabel, row, 0, Qt::AlignRight | Qt::AlignTop);
            grid->addWidget(m_reason, row, 2);
            ++row;
        }
    }
    grid->setColumnStretch(2, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_description);
    layout->addWidget(m_problems);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_notApplicable, &QRadioButton::toggled, this, &AssignmentDialog::updateEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &AssignmentDialog::updateEnabled);
    connect(m_hasVerified, &QCheckBox::toggled, this, &AssignmentDialog::updateEnabled);
    retranslateUi();
    load();
    updateEnabled();
    WindowGeometry::restore(this, QStringLiteral("assignment"), QSize(620, sizeHint().height()));
    // Last, so that the values filled in above are not taken for the user's input.
    m_inputGuard = new InputGuard(this);
}

QCheckBox *AssignmentDialog::changeBox(const QString &field) const
{
    return m_change.value(field);
}

void AssignmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AssignmentDialog::retranslateUi()
{
    setWindowTitle(m_bulk ? tr("Assign Controls") : tr("Control Assignment"));
    const QStringList labels = {tr("Applicability:"), tr("Reason:"),    tr("&Implementation:"), tr("&Responsible:"),
                                tr("&Due date:"),     tr("&Evidence:"), tr("Last &verified:")};
    for (int index = 0; index < m_labels.size() && index < labels.size(); ++index)
        m_labels.at(index)->setText(labels.at(index));
    m_applicable->setText(tr("&Applicable"));
    m_notApplicable->setText(tr("&Not applicable"));
    m_reason->setPlaceholderText(tr("Why the control does not apply to the asset (required)"));
    for (int index = 0; index < m_implementation->count(); ++index)
        m_implementation->setItemText(index,
                                      ControlCodes::implementationName(m_implementation->itemData(index).toString()));
    m_responsible->setPlaceholderText(tr("Person or role responsible"));
    m_hasDue->setText(tr("By"));
    m_hasVerified->setText(tr("On"));
    m_evidence->setPlaceholderText(tr("Where the evidence is: a document, a record, a ticket number"));
    for (QCheckBox *box : std::as_const(m_change))
        box->setToolTip(tr("Change this field for every assignment"));
    m_due->setDisplayFormat(dateFormat());
    m_verified->setDisplayFormat(dateFormat());
    if (m_bulk) {
        m_subject->setText(tr("%1 controls for %2 assets")
                               .arg(QLocale().toString(m_controls.size()), QLocale().toString(m_assetIds.size())));
        QStringList codes;
        for (const Control &control : std::as_const(m_controls))
            codes << control.codeAndTitle();
        m_description->setText(codes.mid(0, 8).join(QLatin1Char('\n')) +
                               (codes.size() > 8 ? QStringLiteral("\n…") : QString()) + QStringLiteral("\n\n") +
                               tr("Tick the fields to set. Fields left unticked keep each asset's current value "
                                  "(new assignments start as applicable, implementation unknown)."));
    } else if (!m_controls.isEmpty()) {
        m_subject->setText(m_controls.constFirst().codeAndTitle());
        m_description->setText(m_controls.constFirst().description());
    }
}

void AssignmentDialog::load()
{
    // A new assignment starts as the service would make it: applicable, implementation unknown.
    m_implementation->setCurrentIndex(std::max(0, m_implementation->findData(QStringLiteral("unknown"))));
    if (m_bulk || m_assetIds.isEmpty() || m_controls.isEmpty())
        return;
    const std::optional<ControlAssignment> stored =
        m_registry.assignments().assignment(m_assetIds.constFirst(), m_controls.constFirst().id);
    if (!stored)
        return;
    m_applicable->setChecked(stored->applicable);
    m_notApplicable->setChecked(!stored->applicable);
    m_reason->setPlainText(stored->reason);
    m_implementation->setCurrentIndex(std::max(0, m_implementation->findData(stored->implementation)));
    m_responsible->setText(stored->responsible);
    m_hasDue->setChecked(stored->dueDate.isValid());
    if (stored->dueDate.isValid())
        m_due->setDate(stored->dueDate);
    m_evidence->setPlainText(stored->evidenceNote);
    m_hasVerified->setChecked(stored->lastVerified.isValid());
    if (stored->lastVerified.isValid())
        m_verified->setDate(stored->lastVerified);
}

void AssignmentDialog::updateEnabled()
{
    auto changing = [this](const QString &field) { return !m_bulk || m_change.value(field)->isChecked(); };
    m_applicable->setEnabled(changing(QStringLiteral("applicable")));
    m_notApplicable->setEnabled(changing(QStringLiteral("applicable")));
    m_reason->setEnabled(changing(QStringLiteral("applicable")) && m_notApplicable->isChecked());
    m_implementation->setEnabled(changing(QStringLiteral("implementation")));
    m_responsible->setEnabled(changing(QStringLiteral("responsible")));
    m_hasDue->setEnabled(changing(QStringLiteral("due_date")));
    m_due->setEnabled(changing(QStringLiteral("due_date")) && m_hasDue->isChecked());
    m_evidence->setEnabled(changing(QStringLiteral("evidence_note")));
    m_hasVerified->setEnabled(changing(QStringLiteral("last_verified")));
    m_verified->setEnabled(changing(QStringLiteral("last_verified")) && m_hasVerified->isChecked());
}

bool AssignmentDialog::save()
{
    AssignmentPatch patch;
    auto changing = [this](const QString &field) { return !m_bulk || m_change.value(field)->isChecked(); };
    if (changing(QStringLiteral("applicable"))) {
        patch.applicable = m_applicable->isChecked();
        patch.reason = m_notApplicable->isChecked() ? m_reason->toPlainText() : QString();
    }
    if (changing(QStringLiteral("implementation")))
        patch.implementation = m_implementation->currentData().toString();
    if (changing(QStringLiteral("responsible")))
        patch.responsible = m_responsible->text();
    if (changing(QStringLiteral("due_date")))
        patch.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (changing(QStringLiteral("evidence_note")))
        patch.evidenceNote = m_evidence->toPlainText();
    if (changing(QStringLiteral("last_verified")))
        patch.lastVerified = m_hasVerified->isChecked() ? m_verified->date() : QDate();

    QList<qint64> controlIds;
    for (const Control &control : std::as_const(m_controls))
        controlIds << control.id;
    // As they were, for Edit ▸ Undo (a selection of assets and controls is read in one query a control).
    const Result<QList<AssignmentState>> before = m_registry.assignments().states(m_assetIds, controlIds);
    const Result<int> saved = m_registry.assignments().assignMany(m_assetIds, controlIds, patch);
    if (!saved.ok()) {
        m_problems->setText(saved.error);
        m_problems->show();
        if (!saved.problems.isEmpty() && saved.problems.constFirst().field == QLatin1String("reason"))
            m_reason->setFocus();
        return false;
    }
    m_problems->hide();
    m_saved = *saved.value;
    if (before && m_saved > 0)
        if (const Result<QList<AssignmentState>> after = m_registry.assignments().states(m_assetIds, controlIds))
            AssignmentUndoCommand::record(this, *before, *after);
    // What was typed is saved: closing the dialog now loses nothing.
    m_inputGuard->setModified(false);
    return true;
}

void AssignmentDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AssignmentDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
