// Backups and restore of a registry file (DESIGN.md §7): consistent copies made with VACUUM INTO, owner-only, each
// carrying the checkpoint of its audit chain (DESIGN.md §6); an automatic backup at most once a day kept by rotation;
// restore that checks a backup before it replaces anything and keeps the replaced file aside.
// Every function works on file paths and opens connections of its own, so it may run off the GUI thread while the
// registry is open there.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct BackupInfo
{
    QString path;
    QDateTime createdAt; // local time, from the file name (or the file's modification time)
    bool automatic = false;
    bool beforeUpgrade = false; // written before the program upgraded the registry's schema; never rotated away
    int schemaVersion = 0;
    qint64 size = 0;
    qint64 assetCount = 0;
    qint64 headSeq = 0;
    QString headHash;
    QString problem; // why the file cannot be read as a registry, empty when it can

    // The checkpoint of the backup's audit chain: sequence and hash of its last event, "SEQ:HASH".
    QString checkpoint() const;
};

struct RestoreOutcome
{
    BackupInfo backup;
    QString replacedPath; // where the replaced registry file was kept, empty when there was none
};

class BackupService final
{
public:
    struct Settings
    {
        QString folder; // empty: the default folder next to the registry
        int keep = 7;   // automatic backups kept; 0 turns them off
    };
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaxKeep = 365;
    static QString folderKey() { return QStringLiteral("backup.folder"); }
    static QString keepKey() { return QStringLiteral("backup.keep"); }

    // The folder "backups" beside the registry file.
    static QString defaultFolder(const QString &registryPath);
    static QString folder(const QString &registryPath, const Settings &settings);
    enum class Kind
    {
        OnDemand,
        Automatic,
        BeforeUpgrade,
    };
    // A file name in the backup folder that does not exist yet: <registry>-YYYYMMDD-HHMMSS.sqlite, or with "-auto-"
    // or "-before-upgrade-" before the date.
    static QString suggestedPath(const QString &registryPath, const Settings &settings, const QDateTime &now,
                                 Kind kind);

    // Writes a consistent, owner-only copy of the registry into target (which must not exist) and checks it.
    static Result<BackupInfo> backup(const QString &registryPath, const QString &target);
    // True when automatic backups are on and none was made on now's date.
    static bool automaticBackupDue(const QString &registryPath, const Settings &settings, const QDateTime &now);
    // Makes the automatic backup when it is due and removes the oldest automatic ones beyond settings.keep. The value
    // has an empty path when no backup was due.
    static Result<BackupInfo> automaticBackup(const QString &registryPath, const Settings &settings,
                                              const QDateTime &now);
    // The backup written before this program upgrades the schema of an existing registry (DESIGN.md §7), so that an
    // administrator can go back to the file as it was. The upgrade does not start when it fails.
    static Result<BackupInfo> backupBeforeUpgrade(const QString &registryPath, const Settings &settings,
                                                  const QDateTime &now);
    // The backups of this registry in its backup folder, newest first.
    static QList<BackupInfo> list(const QString &registryPath, const Settings &settings);

    // Checks that a file is a sound registry of a schema this program reads: integrity_check, application id,
    // schema version and the facts a backup list shows.
    static Result<BackupInfo> check(const QString &backupPath);
    // Replaces the registry at registryPath (which may be missing or damaged) by a checked copy of the backup. The
    // replaced file is kept as <registry>.replaced-YYYYMMDD-HHMMSS. Refused while another program has it open.
    static Result<RestoreOutcome> restore(const QString &backupPath, const QString &registryPath, const QDateTime &now);
    // The id of another process that has the registry open, 0 when none does.
    static qint64 openedByAnotherProcess(const QString &registryPath);

    BackupService() = delete;

private:
    // Why a shared registry (on a server) has no backups of this application.
    static QString serverRefusal(const QString &registryPath);
};
