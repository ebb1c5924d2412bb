// Mark as reviewed: date and reviewer.
#include "reviewdialog.h"

#include "service/assetservice.h"
#include "service/registry.h"
#include "widgets/localdate.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ReviewDialog::ReviewDialog(Registry &registry, const QList<qint64> &assetIds, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_assetIds(assetIds)
{
    setWindowTitle(tr("Mark as Reviewed"));
    const QDate today = registry.clock().today();
    auto *intro = new QLabel(tr("Records that %n asset(s) were reviewed. The next review is set from each asset's "
                                "importance: 6 months after the review for the highest importance, 12 months for "
                                "the others.",
                                nullptr, int(assetIds.size())),
                             this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("reviewDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocalDate::format());
    m_date->setMaximumDate(today); // a review is recorded after it took place
    m_reviewer = new QLineEdit(registry.actor(), this);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setMaxLength(200);
    m_reviewer->setMinimumWidth(260);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Reviewed on:"), this);
    dateLabel->setBuddy(m_date);
    auto *reviewerLabel = new QLabel(tr("Reviewed &by:"), this);
    reviewerLabel->setBuddy(m_reviewer);
    form->addRow(dateLabel, m_date);
    form->addRow(reviewerLabel, m_reviewer);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark as Reviewed"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

void ReviewDialog::accept()
{
    const Result<int> marked = m_registry.assets().markReviewed(m_assetIds, m_date->date(), m_reviewer->text());
    if (!marked) {
        m_problem->setText(marked.error);
        m_problem->show();
        return;
    }
    m_marked = *marked;
    QDialog::accept();
}
