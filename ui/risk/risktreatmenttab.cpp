// The Treatment tab of the risk entry editor.
#include "risktreatmenttab.h"

#include "controls/assignmentdialog.h"
#include "controls/controlpickerdialog.h"
#include "domain/controlcodes.h"
#include "domain/riskcodes.h"
#include "service/assignmentservice.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace RiskEditorFields;

namespace {

enum PlanColumn
{
    PlanControl,
    PlanResponsible,
    PlanDue,
    PlanImplementation,
    PlanColumnCount
};

} // namespace

RiskTreatmentTab::RiskTreatmentTab(Registry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
{
    auto *form = new QFormLayout;
    // The rows keep their height; what is left goes below them.
    auto *page = new QVBoxLayout(this);
    page->addLayout(form, 1);
    m_treatment = new QComboBox(this);
    m_treatment->setObjectName(QStringLiteral("riskTreatment"));
    form->addRow(m_marks.caption(QStringLiteral("treatment"), m_treatment, this), m_treatment);
    m_plan = new QPlainTextEdit(this);
    m_plan->setObjectName(QStringLiteral("riskPlan"));
    m_plan->setTabChangesFocus(true);
    m_plan->setFixedHeight(m_plan->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(m_marks.caption(QStringLiteral("treatment_plan"), m_plan, this), m_plan);
    m_transferTo = new QLineEdit(this);
    m_transferTo->setObjectName(QStringLiteral("riskTransferTo"));
    m_transferTo->setMaxLength(200);
    form->addRow(m_marks.caption(QStringLiteral("transfer_to"), m_transferTo, this), m_transferTo);
    m_hasDue = new QCheckBox(this);
    m_hasDue->setObjectName(QStringLiteral("riskHasDue"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("riskDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(LocalDate::format());
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due);
    due->addStretch(1);
    form->addRow(m_marks.caption(QStringLiteral("due"), nullptr, this), due);
    m_marks.fields.insert(QStringLiteral("due"), m_due);
    m_planned = new QTableWidget(0, PlanColumnCount, this);
    m_planned->setObjectName(QStringLiteral("riskPlannedControls"));
    m_planned->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planned->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planned->verticalHeader()->hide();
    m_planned->horizontalHeader()->setSectionResizeMode(PlanControl, QHeaderView::Stretch);
    m_planned->setMinimumHeight(m_planned->fontMetrics().lineSpacing() * 6);
    m_planned->setColumnWidth(PlanResponsible, m_planned->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_addControls = new QPushButton(this);
    m_addControls->setObjectName(QStringLiteral("riskAddControls"));
    m_editAssignment = new QPushButton(this);
    m_editAssignment->setObjectName(QStringLiteral("riskEditAssignment"));
    m_removeControl = new QPushButton(this);
    m_removeControl->setObjectName(QStringLiteral("riskRemoveControl"));
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_addControls);
    planButtons->addWidget(m_editAssignment);
    planButtons->addWidget(m_removeControl);
    planButtons->addStretch(1);
    auto *planned = new QVBoxLayout;
    planned->addWidget(m_planned, 1);
    planned->addLayout(planButtons);
    form->addRow(m_marks.caption(QStringLiteral("planned_controls"), m_planned, this), planned);

    connect(m_treatment, &QComboBox::currentIndexChanged, this, &RiskTreatmentTab::updateEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &RiskTreatmentTab::updateEnabled);
    connect(m_planned, &QTableWidget::itemSelectionChanged, this, &RiskTreatmentTab::updateEnabled);
    connect(m_addControls, &QPushButton::clicked, this, &RiskTreatmentTab::pickControls);
    connect(m_editAssignment, &QPushButton::clicked, this, &RiskTreatmentTab::editPlannedAssignment);
    connect(m_removeControl, &QPushButton::clicked, this, &RiskTreatmentTab::removePlannedControl);
}

void RiskTreatmentTab::retranslateUi()
{
    m_marks.captions[QStringLiteral("treatment")]->setText(tr("Treatment &option:"));
    m_marks.captions[QStringLiteral("treatment_plan")]->setText(tr("&Plan:"));
    m_plan->setPlaceholderText(tr("What is done, or for avoiding: which activity stops"));
    m_marks.captions[QStringLiteral("transfer_to")]->setText(tr("Trans&ferred to:"));
    m_transferTo->setPlaceholderText(tr("Contractor, insurer or cloud provider"));
    m_marks.captions[QStringLiteral("due")]->setText(tr("Treatment due:"));
    m_hasDue->setText(tr("D&ue by"));
    m_marks.captions[QStringLiteral("planned_controls")]->setText(tr("Planned controls:"));
    m_planned->setHorizontalHeaderLabels(
        {tr("Control"), tr("Responsible person"), tr("Due date"), tr("Implementation")});
    m_addControls->setText(tr("Pic&k Controls…"));
    m_addControls->setToolTip(tr("Choose controls to add or strengthen; they are assigned to the asset when the "
                                 "entry is saved"));
    m_editAssignment->setText(tr("Edit Assi&gnment…"));
    m_removeControl->setText(tr("Re&move from Plan"));
    m_removeControl->setToolTip(tr("Take the control off this entry's plan when the entry is saved; its assignment "
                                   "stays with the asset"));
    const QString current = m_treatment->currentData().toString();
    const QSignalBlocker blocker(m_treatment);
    m_treatment->clear();
    m_treatment->addItem(tr("Not chosen yet"), QString());
    for (const QString &code : RiskCodes::codes(RiskCodes::List::Treatment))
        m_treatment->addItem(RiskCodes::name(RiskCodes::List::Treatment, code), code);
    m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(current)));
    updateEnabled();
}

void RiskTreatmentTab::load(const Risk &risk, bool readOnly)
{
    m_risk = risk;
    m_readOnly = readOnly;
    m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(risk.treatment)));
    m_plan->setPlainText(risk.treatmentPlan);
    m_transferTo->setText(risk.transferTo);
    m_hasDue->setChecked(risk.due.isValid());
    m_due->setDate(risk.due.isValid() ? risk.due : m_registry.clock().today().addMonths(3));
    m_planned->setRowCount(0);
    m_removedControls.clear();
    for (qint64 controlId : risk.plannedControls) {
        const std::optional<ControlAssignment> assignment =
            m_registry.assignments().assignment(risk.assetId, controlId);
        addPlanRow(controlId, assignment ? assignment->responsible : QString(),
                   assignment ? assignment->dueDate : QDate(), true);
    }
    m_plan->setReadOnly(m_readOnly);
    m_transferTo->setReadOnly(m_readOnly);
    updateEnabled();
}

void RiskTreatmentTab::updateEnabled()
{
    const bool open = !m_readOnly;
    const bool organisationWide = m_risk.assetId <= 0;
    const QString treatment = m_treatment->currentData().toString();
    m_treatment->setEnabled(open && !isNew());
    m_plan->setEnabled(open && !isNew() && !treatment.isEmpty());
    m_transferTo->setEnabled(open && treatment == QLatin1String("transfer"));
    m_hasDue->setEnabled(open && !isNew() && !treatment.isEmpty());
    m_due->setEnabled(m_hasDue->isEnabled() && m_hasDue->isChecked());
    const bool plannable = open && !isNew() && !organisationWide && treatment == QLatin1String("reduce");
    m_planned->setEnabled(!isNew() && !organisationWide);
    m_addControls->setEnabled(plannable);
    const int row = m_planned->currentRow();
    m_editAssignment->setEnabled(open && !organisationWide && row >= 0 &&
                                 m_planned->item(row, PlanControl)->data(Qt::UserRole + 1).toBool());
    m_removeControl->setEnabled(open && !organisationWide && row >= 0);
}

void RiskTreatmentTab::addPlanRow(qint64 controlId, const QString &responsible, const QDate &due, bool saved)
{
    for (int row = 0; row < m_planned->rowCount(); ++row)
        if (m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong() == controlId)
            return;
    m_removedControls.removeAll(controlId);
    const std::optional<Control> control = m_registry.catalogs().control(controlId);
    const int row = m_planned->rowCount();
    m_planned->insertRow(row);
    auto *item = new QTableWidgetItem(control ? control->codeAndTitle() : QString::number(controlId));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setData(Qt::UserRole, controlId);
    item->setData(Qt::UserRole + 1, saved);
    m_planned->setItem(row, PlanControl, item);
    auto *person = new QLineEdit(responsible, m_planned);
    person->setObjectName(QStringLiteral("plannedResponsible%1").arg(row));
    person->setReadOnly(m_readOnly);
    m_planned->setCellWidget(row, PlanResponsible, person);
    auto *date = new QDateEdit(due.isValid() ? due : m_registry.clock().today().addMonths(3), m_planned);
    date->setObjectName(QStringLiteral("plannedDue%1").arg(row));
    date->setCalendarPopup(true);
    date->setDisplayFormat(LocalDate::format());
    date->setReadOnly(m_readOnly);
    m_planned->setCellWidget(row, PlanDue, date);
    const std::optional<ControlAssignment> assignment = m_registry.assignments().assignment(m_risk.assetId, controlId);
    auto *implementation = new QTableWidgetItem(
        assignment ? ControlCodes::implementationName(assignment->implementation) : tr("not yet assigned"));
    implementation->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    m_planned->setItem(row, PlanImplementation, implementation);
    if (m_inputGuard && !saved)
        m_inputGuard->setModified(true);
    // Typed into a row: the editor asks before it is lost.
    connect(person, &QLineEdit::textEdited, this, [this] {
        if (m_inputGuard)
            m_inputGuard->setModified(true);
    });
    connect(date, &QDateEdit::dateChanged, this, [this] {
        if (m_inputGuard)
            m_inputGuard->setModified(true);
    });
    m_planned->resizeColumnToContents(PlanDue);
    updateEnabled();
}

void RiskTreatmentTab::addPlannedControls(const QList<qint64> &controlIds, const QString &responsible, const QDate &due)
{
    for (qint64 id : controlIds)
        addPlanRow(id, responsible, due, false);
}

void RiskTreatmentTab::pickControls()
{
    auto *picker = new ControlPickerDialog(m_registry, true, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    if (!m_controlSearch.isEmpty())
        picker->setSearch(m_controlSearch);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QList<qint64> ids;
        for (const Control &control : picker->selectedControls())
            ids << control.id;
        addPlannedControls(ids);
    });
    picker->open();
}

void RiskTreatmentTab::editPlannedAssignment()
{
    const int row = m_planned->currentRow();
    if (row < 0)
        return;
    const std::optional<Control> control =
        m_registry.catalogs().control(m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong());
    if (!control)
        return;
    // The assignment's own dialog: the controls feature's, not a copy of it.
    AssignmentDialog dialog(m_registry, {m_risk.assetId}, {*control}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Only the plan's row follows the assignment; what was typed elsewhere stays.
    const bool modified = m_inputGuard && m_inputGuard->isModified();
    if (const std::optional<ControlAssignment> assignment =
            m_registry.assignments().assignment(m_risk.assetId, control->id)) {
        qobject_cast<QLineEdit *>(m_planned->cellWidget(row, PlanResponsible))->setText(assignment->responsible);
        if (assignment->dueDate.isValid())
            qobject_cast<QDateEdit *>(m_planned->cellWidget(row, PlanDue))->setDate(assignment->dueDate);
        m_planned->item(row, PlanImplementation)->setText(ControlCodes::implementationName(assignment->implementation));
    }
    if (m_inputGuard)
        m_inputGuard->setModified(modified);
    emit assignmentChanged();
}

void RiskTreatmentTab::removePlannedControl()
{
    const int row = m_planned->currentRow();
    if (m_readOnly || row < 0)
        return;
    // A saved control leaves the plan when the entry is saved; its assignment stays with the asset (the asset's
    // control, changed through its own dialog).
    if (m_planned->item(row, PlanControl)->data(Qt::UserRole + 1).toBool())
        m_removedControls << m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong();
    m_planned->removeRow(row);
    if (m_inputGuard)
        m_inputGuard->setModified(true);
    updateEnabled();
}

RiskService::Treatment RiskTreatmentTab::treatment() const
{
    RiskService::Treatment treatment;
    treatment.treatment = m_treatment->currentData().toString();
    treatment.plan = m_plan->toPlainText();
    treatment.transferTo = m_transferTo->text();
    treatment.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    for (int row = 0; row < m_planned->rowCount(); ++row)
        treatment.controls.append({m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong(),
                                   qobject_cast<QLineEdit *>(m_planned->cellWidget(row, PlanResponsible))->text(),
                                   qobject_cast<QDateEdit *>(m_planned->cellWidget(row, PlanDue))->date()});
    treatment.removedControls = m_removedControls;
    return treatment;
}

bool RiskTreatmentTab::changed() const
{
    const QString treatment = m_treatment->currentData().toString();
    if (treatment.isEmpty())
        return false;
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    bool planChanged = false;
    for (int row = 0; row < m_planned->rowCount(); ++row) {
        const qint64 id = m_planned->item(row, PlanControl)->data(Qt::UserRole).toLongLong();
        const std::optional<ControlAssignment> assignment = m_registry.assignments().assignment(m_risk.assetId, id);
        const QString person = qobject_cast<QLineEdit *>(m_planned->cellWidget(row, PlanResponsible))->text().trimmed();
        const QDate date = qobject_cast<QDateEdit *>(m_planned->cellWidget(row, PlanDue))->date();
        if (!m_risk.plannedControls.contains(id) || !assignment || assignment->responsible != person ||
            assignment->dueDate != date)
            planChanged = true;
    }
    return planChanged || !m_removedControls.isEmpty() || treatment != m_risk.treatment ||
           m_plan->toPlainText().trimmed() != m_risk.treatmentPlan ||
           m_transferTo->text().trimmed() != m_risk.transferTo || due != m_risk.due;
}
