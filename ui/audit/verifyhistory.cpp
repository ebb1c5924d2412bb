// The verification dialog.
#include "verifyhistory.h"

#include "jobs/backgroundjob.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLocale>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("VerifyHistory", text);
}

} // namespace

namespace VerifyHistory {

ChainCheck run(QWidget *parent, Registry &registry, const std::optional<AuditCheckpoint> &checkpoint)
{
    // The chain is read and hashed on the worker's own connection; the window keeps painting and Cancel stops it.
    ChainCheck check;
    BackgroundJob job(parent, translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verify History")),
                      translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verifying the history…")));
    const bool finished =
        job.run(registry, [&check, &checkpoint](Registry &worker, Progress &progress, QString *error) {
            check = worker.audit().verify(checkpoint, [&progress](qint64 done, qint64 total) {
                progress.report(done, total);
                return !progress.cancelled();
            });
            *error = check.message;
            return !progress.cancelled();
        });
    if (job.wasCancelled()) {
        check.outcome = ChainCheck::Outcome::Cancelled;
        check.message = job.error();
    } else if (!finished) {
        // The worker could not open its connection.
        check.outcome = ChainCheck::Outcome::Failed;
        check.message = job.error();
    }
    const QString title = translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verify History"));
    if (check.outcome == ChainCheck::Outcome::Cancelled)
        MessageBox::information(parent, title, check.message);
    else if (check.ok())
        MessageBox::information(
            parent, title,
            check.head.isValid()
                ? translated(QT_TRANSLATE_NOOP("VerifyHistory", "%1\n\nCheckpoint: %2\nKeep it apart from the "
                                                                "registry; verify --checkpoint %2 proves later that "
                                                                "the history up to here is unchanged."))
                      .arg(check.message, check.head.toString())
                : check.message);
    else
        MessageBox::critical(parent, title,
                             translated(QT_TRANSLATE_NOOP("VerifyHistory", "The history does not match.\n\n%1\n\n"
                                                                           "Restore the registry from a backup and "
                                                                           "compare."))
                                 .arg(check.message));
    return check;
}

bool ask(QWidget *parent, Registry &registry)
{
    bool ok = false;
    QString text;
    for (;;) {
        text = QInputDialog::getText(
            parent, translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verify History")),
            translated(QT_TRANSLATE_NOOP("VerifyHistory", "Checkpoint from an earlier audit report or backup "
                                                          "(optional), e.g. 1234:0123456789abcdef:")),
            QLineEdit::Normal, text, &ok);
        if (!ok)
            return false;
        if (text.trimmed().isEmpty()) {
            run(parent, registry);
            return true;
        }
        QString error;
        const std::optional<AuditCheckpoint> checkpoint = AuditCheckpoint::parse(text, &error);
        if (checkpoint) {
            run(parent, registry, checkpoint);
            return true;
        }
        MessageBox::warning(parent, translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verify History")), error);
    }
}

} // namespace VerifyHistory
