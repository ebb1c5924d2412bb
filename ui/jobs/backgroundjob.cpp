// Background jobs of the window.
#include "backgroundjob.h"

#include "jobprogressdialog.h"
#include "service/registry.h"

#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {

std::atomic<int> g_showDelayMs{400};
QPointer<JobProgressDialog> g_running;

} // namespace

BackgroundJob::BackgroundJob(QWidget *parent, const QString &title, const QString &label)
    : m_parent(parent)
    , m_title(title)
    , m_label(label)
{
}

void BackgroundJob::setShowDelay(int milliseconds)
{
    g_showDelayMs = std::max(0, milliseconds);
}

JobProgressDialog *BackgroundJob::runningDialog()
{
    return g_running.data();
}

bool BackgroundJob::run(Registry &registry, const RegistryWork &work)
{
    // Taken here, on the window's thread: the worker opens the same registry on a connection of its own (a shared
    // one with the password of this session), as the same actor on the same clock (the window's registry outlives
    // the job, which run() waits for).
    const QString actor = registry.actor();
    const std::shared_ptr<const Clock> clock(&registry.clock(), [](const Clock *) {});
    return runOnWorker([&](Progress &progress, QString *error) {
        // A file this process has open and found sound opens without being checked again.
        const std::unique_ptr<Registry> worker = registry.openAgain(error);
        if (!worker)
            return false;
        worker->setActor(actor);
        worker->setClock(clock);
        return work(*worker, progress, error);
    });
}

bool BackgroundJob::run(const FileWork &work)
{
    return runOnWorker(work);
}

bool BackgroundJob::runOnWorker(const std::function<bool(Progress &progress, QString *error)> &work)
{
    Progress progress;
    bool ok = false;
    QString error;
    JobProgressDialog dialog(m_title, m_label, &progress, m_parent);
    QThread *thread = QThread::create([&progress, &ok, &error, &work] {
        const Progress::Scope scope(&progress);
        ok = work(progress, &error);
    });
    bool ended = false;
    QEventLoop wait;
    QObject::connect(thread, &QThread::finished, &dialog, [&] {
        ended = true;
        wait.quit();
        dialog.finish();
    });
    thread->start();
    // A short job ends before anything is shown; meanwhile the window paints, but takes no input that could start
    // another job.
    QTimer::singleShot(g_showDelayMs.load(), &wait, &QEventLoop::quit);
    wait.exec(QEventLoop::ExcludeUserInputEvents);
    if (!ended) {
        const QPointer<JobProgressDialog> previous = g_running;
        g_running = &dialog;
        dialog.exec();
        g_running = previous;
    }
    thread->wait();
    delete thread;
    m_cancelled = progress.cancelled();
    if (m_cancelled) {
        ok = false;
        error = Progress::cancelledMessage();
    }
    m_error = ok ? QString() : error;
    return ok;
}
