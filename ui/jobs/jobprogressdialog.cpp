// The progress dialog of a background job.
#include "jobprogressdialog.h"

#include "service/progress.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Often enough to look smooth, rarely enough to cost the worker nothing.
constexpr int kPollMs = 100;

} // namespace

JobProgressDialog::JobProgressDialog(const QString &title, const QString &label, Progress *progress, QWidget *parent)
    : QDialog(parent)
    , m_label(label)
    , m_progress(progress)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    // Nothing else may start while the job holds its own connection to the registry.
    setWindowModality(Qt::ApplicationModal);
    m_text->setObjectName(QStringLiteral("jobLabel"));
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(320);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressDialog::cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    connect(m_timer, &QTimer::timeout, this, &JobProgressDialog::update);
    m_timer->start(kPollMs);
    retranslate();
    update();
}

void JobProgressDialog::finish()
{
    m_finished = true;
    m_timer->stop();
    QDialog::done(QDialog::Accepted);
}

void JobProgressDialog::cancel()
{
    if (m_finished || m_progress->cancelled())
        return;
    m_progress->cancel();
    m_cancel->setEnabled(false);
    update();
}

void JobProgressDialog::reject()
{
    // The dialog lives as long as the job: rejecting it only asks the job to stop.
    if (m_finished)
        QDialog::reject();
    else
        cancel();
}

void JobProgressDialog::closeEvent(QCloseEvent *event)
{
    if (m_finished) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    cancel();
}

void JobProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void JobProgressDialog::retranslate()
{
    m_cancel->setText(tr("&Cancel"));
    update();
}

void JobProgressDialog::update()
{
    const qint64 done = m_progress->done();
    const qint64 total = m_progress->total();
    const QString step = m_progress->step();
    const QLocale locale;
    QString text = step.isEmpty() ? m_label : step;
    if (m_progress->cancelled())
        text = tr("Cancelling… Nothing of this job is kept.");
    else if (total > 0)
        text += QLatin1Char('\n') + tr("%1 of %2").arg(locale.toString(std::min(done, total)), locale.toString(total));
    m_text->setText(text);
    if (total > 0) {
        // The bar counts in thousandths, so that totals beyond an int still fit.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min(done, total) * 1000 / total));
    } else {
        m_bar->setRange(0, 0);
    }
}
