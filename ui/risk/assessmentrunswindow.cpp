// The assessment runs window.
#include "assessmentrunswindow.h"

#include "assessmentrundialog.h"

#include "domain/riskcodes.h"
#include "domain/riskmethod.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/localdate.h"
#include "widgets/windowgeometry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    NoColumn,
    TitleColumn,
    ScopeColumn,
    PeriodColumn,
    AssessorColumn,
    ApprovalColumn,
    ColumnCount
};

// "大 3, 中 5, 小 12" in the order of the code list.
QString countsText(const QJsonObject &counts, RiskCodes::List list)
{
    QStringList parts;
    QStringList codes = RiskCodes::codes(list);
    if (list == RiskCodes::List::Level)
        std::reverse(codes.begin(), codes.end());
    for (const QString &code : std::as_const(codes))
        parts << QStringLiteral("%1 %2").arg(RiskCodes::name(list, code),
                                             QLocale().toString(counts.value(code).toInt()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

AssessmentRunsWindow::AssessmentRunsWindow(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("assessmentRunsWindow"));
    setSizeGripEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("assessmentRunList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("assessmentRunDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordAssessmentRun"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveAssessmentRun"));
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_approve);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AssessmentRunsWindow::updateDetails);
    connect(m_record, &QPushButton::clicked, this, &AssessmentRunsWindow::recordRun);
    connect(m_approve, &QPushButton::clicked, this, &AssessmentRunsWindow::approveRun);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("assessmentRuns"), QSize(960, 520));
}

void AssessmentRunsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AssessmentRunsWindow::retranslateUi()
{
    setWindowTitle(tr("Assessment Runs"));
    m_list->setHeaderLabels({tr("Run No."), tr("Title"), tr("Scope"), tr("Period"), tr("Assessor"), tr("Approved")});
    m_record->setText(tr("&Record Run…"));
    m_approve->setText(tr("&Approve Run…"));
    m_close->setText(tr("Close"));
    refresh();
}

void AssessmentRunsWindow::refresh()
{
    const QString current = currentRun() ? currentRun()->runNo : QString();
    m_readError.clear();
    m_runs = m_registry.risks().runs(&m_readError);
    m_list->clear();
    for (const AssessmentRun &run : std::as_const(m_runs)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NoColumn, run.runNo);
        item->setData(NoColumn, Qt::UserRole, run.runNo);
        item->setText(TitleColumn, run.title);
        item->setText(ScopeColumn,
                      run.scope.isEmpty() ? tr("Whole organisation") : run.scope.join(QStringLiteral(", ")));
        item->setText(PeriodColumn,
                      tr("%1 – %2").arg(LocalDate::toString(run.periodFrom), LocalDate::toString(run.periodTo)));
        item->setText(AssessorColumn, run.assessor);
        item->setText(
            ApprovalColumn,
            run.isApproved()
                ? tr("%1 (%2) on %3").arg(run.approver, run.approverTitle, LocalDate::toString(run.approvedOn))
                : tr("Not approved yet"));
    }
    for (int column : {NoColumn, ScopeColumn, PeriodColumn, AssessorColumn, ApprovalColumn})
        m_list->resizeColumnToContents(column);
    if (!current.isEmpty())
        select(current);
    updateDetails();
}

bool AssessmentRunsWindow::select(const QString &runNo)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NoColumn, Qt::UserRole).toString() == runNo) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

std::optional<AssessmentRun> AssessmentRunsWindow::currentRun() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    for (const AssessmentRun &run : m_runs)
        if (run.runNo == item->data(NoColumn, Qt::UserRole).toString())
            return run;
    return std::nullopt;
}

void AssessmentRunsWindow::updateDetails()
{
    const std::optional<AssessmentRun> run = currentRun();
    m_approve->setEnabled(run && !run->isApproved());
    if (!run) {
        // A read that failed says so, instead of "no run recorded".
        m_details->setText(!m_readError.isEmpty() ? m_readError
                           : m_runs.isEmpty()     ? tr("No assessment run has been recorded yet.")
                                                  : QString());
        return;
    }
    if (!run->isApproved()) {
        m_details->setText(tr("Recorded by %1. Approving it copies the criteria in force and the counts of the entries "
                              "in scope into the record.")
                               .arg(run->createdBy));
        return;
    }
    const RiskCriteria criteria = RiskCriteria::fromSettings([&run](const QString &key) {
        const QString field = key.startsWith(QLatin1String("risk.")) ? key.mid(5) : key;
        const QJsonValue value = run->criteria.value(field);
        return value.isDouble() ? QString::number(value.toInt()) : value.toString();
    });
    m_details->setText(
        tr("Criteria in force: %1\nEntries by level: %2\nEntries by treatment: %3")
            .arg(criteria.summary(),
                 countsText(run->counts.value(QStringLiteral("level")).toObject(), RiskCodes::List::Level),
                 countsText(run->counts.value(QStringLiteral("treatment")).toObject(), RiskCodes::List::Treatment)));
}

AssessmentRunDialog *AssessmentRunsWindow::showDialog(AssessmentRunDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString runNo = dialog->savedRun().runNo;
        refresh();
        select(runNo);
    });
    dialog->open();
    return dialog;
}

AssessmentRunDialog *AssessmentRunsWindow::recordRun()
{
    return showDialog(new AssessmentRunDialog(m_registry, this));
}

AssessmentRunDialog *AssessmentRunsWindow::approveRun()
{
    const std::optional<AssessmentRun> run = currentRun();
    if (!run || run->isApproved())
        return nullptr;
    return showDialog(new AssessmentRunDialog(m_registry, *run, this));
}
