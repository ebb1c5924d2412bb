// The verification dialog.
#include "verifyhistory.h"

#include "service/auditlog.h"
#include "service/registry.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLocale>
#include <QProgressDialog>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("VerifyHistory", text);
}

} // namespace

namespace VerifyHistory {

ChainCheck run(QWidget *parent, Registry &registry, const std::optional<AuditCheckpoint> &checkpoint)
{
    const AuditLog &log = registry.audit();
    QProgressDialog progress(translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verifying the history…")),
                             translated(QT_TRANSLATE_NOOP("VerifyHistory", "Cancel")), 0, 1000, parent);
    progress.setWindowTitle(translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verify History")));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const QLocale locale;
    const ChainCheck check = log.verify(checkpoint, [&](qint64 done, qint64 total) {
        progress.setLabelText(translated(QT_TRANSLATE_NOOP("VerifyHistory", "Verifying the history: %1 of %2 "
                                                                            "events…"))
                                  .arg(locale.toString(done), locale.toString(total)));
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
        return !progress.wasCanceled();
    });
    progress.reset();
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
