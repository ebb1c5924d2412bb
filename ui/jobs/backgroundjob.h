// A long job of the window (import, export, documents, verify, backup, generate) run off the GUI thread: the work
// runs on a worker thread with a connection of its own to the registry (a Qt Sql connection belongs to the thread
// that opened it) while the window's event loop keeps turning, with a progress dialog that can cancel it. run()
// returns when the worker has ended, so call sites stay linear.
//
// The work writes, as everywhere, only through the core services and their units of work, on the worker's
// registry. A cancelled job keeps nothing: once its Progress is cancelled every statement on the worker's
// connection fails and no unit of work commits (service/progress.h); work that writes files removes its partial
// file.
#pragma once

#include "service/progress.h"

#include <QString>

#include <functional>

class JobProgressDialog;
class QWidget;
class Registry;

class BackgroundJob final
{
public:
    // Runs on the worker: the worker's own registry, the progress to report to and to check. False with *error on
    // failure (for a cancelled job the error is replaced by Progress::cancelledMessage()).
    using RegistryWork = std::function<bool(Registry &registry, Progress &progress, QString *error)>;
    // Work on files by their path, which needs no connection of the window's.
    using FileWork = std::function<bool(Progress &progress, QString *error)>;

    // title: the dialog's title; label: what the job does ("Importing assets…").
    BackgroundJob(QWidget *parent, const QString &title, const QString &label);
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    // True when the work succeeded. A job that changed the registry is followed by the caller's reload of what the
    // window shows.
    bool run(Registry &registry, const RegistryWork &work);
    bool run(const FileWork &work);

    bool wasCancelled() const { return m_cancelled; }
    // Why the job failed, or the cancelled message.
    const QString &error() const { return m_error; }

    // The dialog shows only when a job takes longer than this, so that short jobs do not flash (tests set 0).
    static void setShowDelay(int milliseconds);
    // The dialog of the job that runs now, or nullptr (tests).
    static JobProgressDialog *runningDialog();

private:
    bool runOnWorker(const std::function<bool(Progress &progress, QString *error)> &work);

    QWidget *m_parent;
    QString m_title;
    QString m_label;
    bool m_cancelled = false;
    QString m_error;
};
