// Recording or approving an assessment run.
#include "assessmentrundialog.h"

#include "domain/assetfield.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/inputguard.h"
#include "widgets/localdate.h"
#include "widgets/windowgeometry.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QDateEdit *dateEdit(const QDate &date, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(LocalDate::format());
    return edit;
}

} // namespace

AssessmentRunDialog::AssessmentRunDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    build();
}

AssessmentRunDialog::AssessmentRunDialog(Registry &registry, const AssessmentRun &run, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_run(run)
{
    build();
}

void AssessmentRunDialog::build()
{
    setObjectName(QStringLiteral("assessmentRunDialog"));
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &key, const QString &text, QWidget *field) {
        auto *caption = new QLabel(text, this);
        caption->setBuddy(field);
        m_labels.insert(key, caption);
        form->addRow(caption, field);
    };
    const QDate today = m_registry.clock().today();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (!isApproval()) {
        setWindowTitle(tr("Record Assessment Run"));
        intro->setText(tr("The record of a risk assessment (ISO/IEC 27001 8.2). The criteria in force and the counts "
                          "of the entries in scope are copied into it when it is approved."));
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("runTitle"));
        m_title->setPlaceholderText(tr("e.g. Risk assessment of fiscal 2026"));
        row(QStringLiteral("title"), tr("&Title:"), m_title);
        m_scope = new QListWidget(this);
        m_scope->setObjectName(QStringLiteral("runScope"));
        for (const QString &department : m_registry.assets().distinctValues(AssetField::Department)) {
            auto *item = new QListWidgetItem(department, m_scope);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_scope->setFixedHeight(m_scope->fontMetrics().lineSpacing() * 6 + 8);
        row(QStringLiteral("scope"), tr("&Scope (none ticked: the whole organisation):"), m_scope);
        m_from = dateEdit(today.addMonths(-1), "runFrom", this);
        m_to = dateEdit(today, "runTo", this);
        auto *period = new QHBoxLayout;
        period->addWidget(m_from);
        period->addWidget(new QLabel(QStringLiteral("–"), this));
        period->addWidget(m_to);
        period->addStretch(1);
        auto *periodLabel = new QLabel(tr("&Period:"), this);
        periodLabel->setBuddy(m_from);
        m_labels.insert(QStringLiteral("period"), periodLabel);
        form->addRow(periodLabel, period);
        m_assessor = new QLineEdit(this);
        m_assessor->setObjectName(QStringLiteral("runAssessor"));
        row(QStringLiteral("assessor"), tr("&Assessor:"), m_assessor);
    } else {
        setWindowTitle(tr("Approve Assessment Run %1").arg(m_run.runNo));
        intro->setText(tr("%1 — %2, %3 to %4, assessed by %5. Once approved, the record is final.")
                           .arg(m_run.runNo, m_run.title, LocalDate::toString(m_run.periodFrom),
                                LocalDate::toString(m_run.periodTo), m_run.assessor));
        m_approver = new QLineEdit(this);
        m_approver->setObjectName(QStringLiteral("runApprover"));
        row(QStringLiteral("approver"), tr("A&pprover:"), m_approver);
        m_approverTitle = new QLineEdit(this);
        m_approverTitle->setObjectName(QStringLiteral("runApproverTitle"));
        m_approverTitle->setPlaceholderText(tr("e.g. Chief Information Security Officer"));
        row(QStringLiteral("approver_title"), tr("&Title:"), m_approverTitle);
        m_approvedOn = dateEdit(today, "runApprovedOn", this);
        row(QStringLiteral("approved_on"), tr("Approved &on:"), m_approvedOn);
    }
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("runProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_problems->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isApproval() ? tr("Appro&ve") : tr("&Record"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssessmentRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssessmentRunDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    WindowGeometry::restore(this, QStringLiteral("assessmentRun"), QSize(560, sizeHint().height()));
    m_inputGuard = new InputGuard(this);
}

bool AssessmentRunDialog::save()
{
    for (QLabel *caption : std::as_const(m_labels))
        caption->setStyleSheet(QString());
    Result<AssessmentRun> saved;
    if (isApproval()) {
        saved = m_registry.risks().approveRun(m_run.runNo, m_approver->text(), m_approverTitle->text(),
                                              m_approvedOn->date());
    } else {
        AssessmentRun draft;
        draft.title = m_title->text();
        for (int i = 0; i < m_scope->count(); ++i)
            if (m_scope->item(i)->checkState() == Qt::Checked)
                draft.scope << m_scope->item(i)->text();
        draft.periodFrom = m_from->date();
        draft.periodTo = m_to->date();
        draft.assessor = m_assessor->text();
        saved = m_registry.risks().createRun(draft);
    }
    if (!saved) {
        m_problems->setText(saved.error);
        m_problems->show();
        for (const Problem &problem : saved.problems)
            if (QLabel *caption = m_labels.value(problem.field))
                caption->setStyleSheet(QStringLiteral("color: #a01010; font-weight: bold;"));
        return false;
    }
    m_saved = *saved;
    m_inputGuard->setModified(false);
    return true;
}

void AssessmentRunDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AssessmentRunDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
