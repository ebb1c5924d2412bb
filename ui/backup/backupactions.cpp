// Backup and restore in the main window, and the background work after a registry is opened.
#include "backupactions.h"

#include "backup/restoredialog.h"
#include "domain/registrylocation.h"
#include "jobs/backgroundjob.h"
#include "mainwindow/mainwindow.h"
#include "service/integritycheck.h"
#include "service/networkfilesystem.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Runs work on a worker thread while a modal progress dialog keeps the window painted; returns when it is done.
template <typename T> T runWithProgress(QWidget *parent, const QString &label, const std::function<T()> &work)
{
    T result;
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    QThread *thread = QThread::create([&result, &work] { result = work(); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return result;
}

} // namespace

BackupActions::BackupActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_backup = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_restore = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), QString(), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    window->addFileActions({m_backup, m_restore});
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
    connect(window, &MainWindow::registryChanged, this, &BackupActions::registryChanged);
    // A registry that cannot be opened (damaged, say) can still be restored from its backups, from the start page.
    window->addStartPageAction(m_restore);
    connect(window, &MainWindow::startPageShown, this, &BackupActions::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

BackupActions::~BackupActions()
{
    // A worker reports back to this object: it must end first.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

bool BackupActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupActions::retranslate()
{
    m_backup->setText(tr("&Back Up Registry…"));
    m_backup->setToolTip(tr("Write a consistent copy of the registry, with the checkpoint of its history"));
    m_restore->setText(tr("Restore from Bac&kup…"));
    m_restore->setToolTip(tr("Replace the registry by one of its backups, after checking it"));
}

void BackupActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    // A shared registry is backed up on its server, not by this application.
    const bool file = !open || !RegistryLocation::isServerAddress(m_window->registry()->path());
    m_backup->setEnabled(open && file);
    const QString unopened = open ? QString() : restoreTarget();
    m_restore->setEnabled((open && file) ||
                          (!unopened.isEmpty() && !BackupService::list(unopened, BackupService::Settings()).isEmpty()));
}

QString BackupActions::restoreTarget() const
{
    if (Registry *registry = m_window->registry())
        return registry->path();
    return m_window->unopenedPath();
}

BackupService::Settings BackupActions::restoreSettings() const
{
    // A registry that could not be opened cannot tell its backup folder: its backups are looked for in the default.
    if (Registry *registry = m_window->registry())
        return registry->backupSettings();
    return BackupService::Settings();
}

void BackupActions::registryChanged(Registry *registry)
{
    ++m_token;
    m_running = false;
    m_automaticBackup.clear();
    updateActions();
    if (!registry)
        return;
    if (const QString warning = NetworkFileSystem::warning(registry->path()); !warning.isEmpty())
        MessageBox::warning(m_window, tr("Registry on a Network Drive"), warning);
    // The first rows are already in the table; the work starts once they are painted.
    m_running = true;
    const quint64 token = m_token;
    QTimer::singleShot(m_delay, this, [this, token] { startBackgroundWork(token); });
}

void BackupActions::startBackgroundWork(quint64 token)
{
    Registry *registry = m_window->registry();
    if (!registry || token != m_token)
        return;
    const QString path = registry->path();
    const bool check = IntegrityCheck::claim(*registry);
    const BackupService::Settings settings = registry->backupSettings();
    const QDateTime now = registry->clock().nowUtc().toLocalTime();
    QThread *thread = QThread::create([this, token, path, check, settings, now] {
        QString problem;
        const bool passed = !check || IntegrityCheck::checkFile(path, &problem);
        // A damaged file is never copied over a good backup.
        Result<BackupInfo> backup = Result<BackupInfo>::success(BackupInfo());
        if (passed)
            backup = BackupService::automaticBackup(path, settings, now);
        QMetaObject::invokeMethod(
            this, [=] { finishBackgroundWork(token, check, passed, problem, backup); }, Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void BackupActions::finishBackgroundWork(quint64 token, bool checked, bool passed, const QString &problem,
                                         const Result<BackupInfo> &backup)
{
    // Results for a registry that is no longer shown are dropped; the one shown now has work of its own.
    Registry *registry = m_window->registry();
    if (token != m_token || !registry)
        return;
    m_running = false;
    if (checked) {
        const QString message = IntegrityCheck::finish(*registry, passed, problem);
        if (!message.isEmpty()) {
            // This message says what to do; the table's own read errors of the same damage go to the status bar.
            m_window->noteErrorShown();
            MessageBox::critical(m_window, tr("Registry Damaged"), message);
        }
    }
    if (!backup.ok()) {
        MessageBox::warning(m_window, tr("Automatic Backup Failed"),
                            tr("The daily backup of the registry could not be written.\n%1").arg(backup.error));
    } else if (!backup.value->path.isEmpty()) {
        m_automaticBackup = backup.value->path;
        m_window->statusBar()->showMessage(tr("Automatic backup written: %1 (checkpoint %2)")
                                               .arg(native(m_automaticBackup), backup.value->checkpoint()),
                                           10000);
    }
    emit backgroundWorkFinished();
}

void BackupActions::backUp()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    const QString registryPath = registry->path();
    const BackupService::Settings settings = registry->backupSettings();
    const QString suggested = BackupService::suggestedPath(
        registryPath, settings, registry->clock().nowUtc().toLocalTime(), BackupService::Kind::OnDemand);
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = FileDialog::getSaveFileName(m_window, tr("Back Up Registry"), suggested,
                                                     tr("Registry backups (*.sqlite)"), QStringLiteral("sqlite"));
    if (path.isEmpty())
        return;
    // The copy is made on a worker by the file's path; Cancel leaves no backup file behind.
    Result<BackupInfo> result;
    BackgroundJob job(m_window, tr("Back Up Registry"), tr("Writing the backup…"));
    const QString target = QFileInfo(path).absoluteFilePath();
    job.run([&result, &registryPath, &target](Progress &, QString *error) {
        result = BackupService::backup(registryPath, target);
        *error = result.error;
        return result.ok();
    });
    if (job.wasCancelled()) {
        MessageBox::information(m_window, tr("Backup Cancelled"), job.error());
        return;
    }
    if (!result.ok()) {
        MessageBox::critical(m_window, tr("Backup Failed"), job.error());
        return;
    }
    MessageBox::information(
        m_window, tr("Backup Written"),
        tr("The registry was backed up to %1 (%2 assets).\n\nCheckpoint: %3\n\nKeep the "
           "checkpoint apart from the registry (e.g. printed): it proves later that the history "
           "up to this point was not changed.")
            .arg(native(result.value->path), QLocale().toString(result.value->assetCount), result.value->checkpoint()));
}

void BackupActions::restore()
{
    const QString registryPath = restoreTarget();
    if (registryPath.isEmpty())
        return;
    const BackupService::Settings settings = restoreSettings();
    RestoreDialog dialog(registryPath, BackupService::list(registryPath, settings),
                         BackupService::folder(registryPath, settings), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    restoreFrom(dialog.selectedPath());
}

bool BackupActions::restoreFrom(const QString &path)
{
    const QString registryPath = restoreTarget();
    if (registryPath.isEmpty())
        return false;
    Registry *registry = m_window->registry();
    const QDateTime now = (registry ? registry->clock() : Clock::system()).nowUtc().toLocalTime();
    const Result<BackupInfo> checked = runWithProgress<Result<BackupInfo>>(
        m_window, tr("Checking the backup…"), [path] { return BackupService::check(path); });
    if (!checked.ok()) {
        MessageBox::critical(m_window, tr("Cannot Restore"), checked.error);
        return false;
    }
    const QLocale locale;
    const QString question =
        tr("Replace the registry %1 by the backup %2?\n\nThe backup holds %3 assets; its checkpoint is %4.\n\nThe "
           "current registry file is kept beside it as %5.replaced-….")
            .arg(native(registryPath), native(path), locale.toString(checked.value->assetCount),
                 checked.value->checkpoint(), QFileInfo(registryPath).fileName());
    if (MessageBox::question(m_window, tr("Restore from Backup"), question) != QMessageBox::Yes)
        return false;
    // The registry is closed while its file is replaced, and opened again afterwards, restored or not.
    m_window->setRegistry(nullptr);
    const Result<RestoreOutcome> outcome =
        runWithProgress<Result<RestoreOutcome>>(m_window, tr("Restoring the backup…"), [path, registryPath, now] {
            return BackupService::restore(path, registryPath, now);
        });
    m_window->openRegistry(registryPath);
    if (!outcome.ok()) {
        MessageBox::critical(m_window, tr("Cannot Restore"), outcome.error);
        return false;
    }
    MessageBox::information(m_window, tr("Registry Restored"),
                            tr("The registry was restored from %1 (%2 assets, checkpoint %3).\n\nThe replaced file "
                               "was kept as %4.")
                                .arg(native(path), locale.toString(outcome.value->backup.assetCount),
                                     outcome.value->backup.checkpoint(), native(outcome.value->replacedPath)));
    return true;
}
