// Counting assets on a worker thread.
#include "backgroundcount.h"

#include "service/assetservice.h"
#include "service/progress.h"
#include "service/registry.h"

#include <QThread>

BackgroundCount::BackgroundCount(QObject *parent)
    : QObject(parent)
{
}

BackgroundCount::~BackgroundCount()
{
    cancel();
}

void BackgroundCount::cancel()
{
    ++m_generation;
    if (!m_thread)
        return;
    // Stops the statement on the worker's connection (the storage checks the progress while SQLite works).
    m_progress->cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progress.reset();
}

void BackgroundCount::start(const Registry &registry, const AssetFilter &filter)
{
    cancel();
    const quint64 generation = m_generation;
    m_progress = std::make_shared<Progress>();
    const std::shared_ptr<Progress> progress = m_progress;
    // The worker counts on the registry's day (the overdue filter), which the window's registry keeps.
    const std::shared_ptr<const Clock> clock(&registry.clock(), [](const Clock *) {});
    m_thread = QThread::create([this, &registry, filter, progress, clock, generation] {
        const Progress::Scope scope(progress.get());
        QString error;
        qint64 count = -1;
        if (const std::unique_ptr<Registry> worker = registry.openAgain(&error)) {
            worker->setClock(clock);
            count = worker->assets().count(filter, &error);
        }
        if (progress->cancelled())
            return;
        // Back on the window's thread (this object outlives the thread: its destructor waits); a count overtaken by
        // a newer one, or by cancel(), is dropped there.
        QMetaObject::invokeMethod(
            this,
            [this, count, error, generation] {
                if (m_generation != generation)
                    return;
                cancel();
                if (count < 0)
                    emit failed(error);
                else
                    emit counted(count);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}
