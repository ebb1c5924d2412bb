// Puts backups into the main window (DESIGN.md §7): File ▸ Back Up Registry… and Restore from Backup…, and the work
// that follows every opened registry on a worker thread once its first rows are shown: the integrity check of a file
// too large to check before opening (writes are refused until it passes) and the automatic backup, at most once a
// day, with rotation. Follows the window's registry and language.
#pragma once

#include "service/backupservice.h"

#include <QList>
#include <QObject>

class MainWindow;
class QAction;
class QThread;
class Registry;

class BackupActions final : public QObject
{
    Q_OBJECT

public:
    explicit BackupActions(MainWindow *window);
    ~BackupActions() override;

    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    // Delay between a registry being shown and the start of its background work (tests shorten it).
    void setBackgroundDelay(int milliseconds) { m_delay = milliseconds; }
    // True while the background work of the current registry has not finished.
    bool backgroundWorkRunning() const { return m_running; }
    // The automatic backup made for the current registry, empty when none was due.
    QString automaticBackupPath() const { return m_automaticBackup; }

public slots:
    void backUp();
    void restore();
    // Replaces the open registry (or the one that could not be opened) by the backup at path after asking; false when
    // refused or cancelled.
    bool restoreFrom(const QString &path);

signals:
    void backgroundWorkFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void registryChanged(Registry *registry);
    void startBackgroundWork(quint64 token);
    void finishBackgroundWork(quint64 token, bool checked, bool passed, const QString &problem,
                              const Result<BackupInfo> &backup);
    void updateActions();
    void retranslate();
    // The registry a restore replaces: the open one, or the one the start page says could not be opened.
    QString restoreTarget() const;
    BackupService::Settings restoreSettings() const;

    MainWindow *m_window;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    quint64 m_token = 0; // changes with every registry shown, so that late results of an old one are dropped
    bool m_running = false;
    int m_delay = 250;
    QString m_automaticBackup;
    QList<QThread *> m_threads;
};
