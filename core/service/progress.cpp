// Progress and cancellation of long operations.
#include "progress.h"

#include <QCoreApplication>

namespace {

thread_local Progress *t_current = nullptr;

} // namespace

void Progress::report(qint64 done, qint64 total)
{
    m_total = std::max<qint64>(0, total);
    m_done = std::max<qint64>(0, done);
}

void Progress::setStep(const QString &text)
{
    const QMutexLocker locker(&m_mutex);
    m_step = text;
}

QString Progress::step() const
{
    const QMutexLocker locker(&m_mutex);
    return m_step;
}

QString Progress::cancelledMessage()
{
    return QCoreApplication::translate("Progress", "Cancelled. Nothing was changed.");
}

Progress *Progress::current()
{
    return t_current;
}

bool Progress::currentCancelled()
{
    return t_current && t_current->cancelled();
}

Progress::Scope::Scope(Progress *progress)
    : m_previous(t_current)
{
    t_current = progress;
}

Progress::Scope::~Scope()
{
    t_current = m_previous;
}
