// How a long operation (import, export, documents, verify, backup, generate) reports how far it is and learns that
// the user cancelled it. The window runs such an operation on a worker thread and polls its Progress; the command
// line may print it. Everything here may be called from any thread.
//
// A Progress made current on the worker's thread (Scope) also stops the registry's storage: once it is cancelled,
// every further statement on that thread fails and no unit of work commits, so a cancelled write leaves the registry
// as it was, whichever service it went through.
#pragma once

#include <QMutex>
#include <QString>

#include <atomic>

class Progress final
{
public:
    Progress() = default;
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    // done of total steps (rows, events, pages); total 0 while it is not known yet.
    void report(qint64 done, qint64 total);
    // What is being done now, in the UI language ("Writing the file…"); empty for the job's own label.
    void setStep(const QString &text);
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    QString step() const;

    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled.load(); }
    // The message of an operation stopped by its user: nothing of it was kept.
    static QString cancelledMessage();

    // The progress of the job the calling thread runs, or nullptr; cancelled() is false without one.
    static Progress *current();
    static bool currentCancelled();

    // Makes a progress current on the calling thread for its lifetime (the worker of a job).
    class Scope final
    {
    public:
        explicit Scope(Progress *progress);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Progress *m_previous;
    };

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_step; // guarded by m_mutex
};
