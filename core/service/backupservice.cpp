// Backups, rotation and restore of registry files.
#include "backupservice.h"

#include "auditlog.h"
#include "progress.h"
#include "registrycontext.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/registryfile.h"
#include "writernote.h"

#include "domain/classification.h"
#include "domain/clock.h"

#include "domain/registrylocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("BackupService", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QRegularExpression namePattern(const QString &registryPath)
{
    const QString base = QRegularExpression::escape(QFileInfo(registryPath).completeBaseName());
    return QRegularExpression(
        QStringLiteral("^%1-(auto-|before-upgrade-)?(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$").arg(base));
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A copy of source made with VACUUM INTO in a new owner-only file in the target's folder, synced; its path.
Result<QString> copyBeside(const QString &source, const QString &target)
{
    QTemporaryFile temporary(QFileInfo(target).absolutePath() + QLatin1Char('/') + QFileInfo(target).fileName() +
                             QStringLiteral(".XXXXXX.partial"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return Result<QString>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "Cannot write in the folder %1: %2"))
                .arg(native(QFileInfo(target).absolutePath()), temporary.errorString()));
    const QString partial = temporary.fileName();
    temporary.close();
    QString problem;
    if (!RegistryFile::copyInto(source, partial, &problem) || !syncFile(partial)) {
        QFile::remove(partial);
        // A job of the window that its user cancelled stops the copy part-way (storage/sqliteinterrupt.h).
        if (Progress::currentCancelled())
            return Result<QString>::failure(Progress::cancelledMessage());
        if (problem.isEmpty())
            problem = QString::fromLocal8Bit(strerror(errno));
        return Result<QString>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "Could not copy the registry %1 to %2: %3. Nothing was "
                                                          "changed."))
                .arg(native(source), native(target), problem));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Result<QString>::success(partial);
}

// The audit chain of a registry file, opened (and migrated, when it is older) on a connection of its own: the check
// of a backup before it replaces a registry. *problem is set when the file cannot be opened as a registry.
ChainCheck verifyCopy(const QString &path, QString *problem)
{
    std::unique_ptr<Database> database = Database::open(path, problem);
    if (!database)
        return {};
    const QString scheme = database->setting(QStringLiteral("scheme"));
    if (!ClassificationScheme::fromCode(scheme)) {
        *problem = QCoreApplication::translate("Registry", "The registry %1 names an unknown classification scheme "
                                                           "'%2'.")
                       .arg(QDir::toNativeSeparators(path), scheme);
        return {};
    }
    RegistryContext context(std::move(database));
    const SettingsService settings(context);
    return AuditLog(context, settings).verify();
}

} // namespace

QString BackupInfo::checkpoint() const
{
    return QStringLiteral("%1:%2").arg(headSeq).arg(headHash);
}

QString BackupService::defaultFolder(const QString &registryPath)
{
    return QFileInfo(registryPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::folder(const QString &registryPath, const Settings &settings)
{
    if (settings.folder.trimmed().isEmpty())
        return defaultFolder(registryPath);
    // A relative folder is taken from the registry's folder, so that a registry and its backups can move together.
    return QDir::cleanPath(QFileInfo(registryPath).absoluteDir().absoluteFilePath(settings.folder.trimmed()));
}

QString BackupService::suggestedPath(const QString &registryPath, const Settings &settings, const QDateTime &now,
                                     Kind kind)
{
    const QDir dir(folder(registryPath, settings));
    const QString infix = kind == Kind::Automatic       ? QStringLiteral("-auto-")
                          : kind == Kind::BeforeUpgrade ? QStringLiteral("-before-upgrade-")
                                                        : QStringLiteral("-");
    const QString stem = QFileInfo(registryPath).completeBaseName() + infix + now.toString(kStamp);
    QString path = dir.filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(stem + QStringLiteral("-%1.sqlite").arg(n));
    return path;
}

QString BackupService::serverRefusal(const QString &registryPath)
{
    return translated(QT_TRANSLATE_NOOP("BackupService",
                                        "The shared registry %1 lives on a PostgreSQL server: it is backed up there, "
                                        "with the server's own tools (pg_dump), by the server's administrator. The "
                                        "backups of this application are copies of registry files."))
        .arg(registryPath);
}

Result<BackupInfo> BackupService::backup(const QString &registryPath, const QString &target)
{
    if (RegistryLocation::isServerAddress(registryPath))
        return Result<BackupInfo>::failure(serverRefusal(registryPath));
    if (QFileInfo::exists(target))
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "%1 already exists. Choose a new file for the backup."))
                .arg(native(target)));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(registryPath).absoluteFilePath())
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "A backup cannot replace its own registry %1."))
                .arg(native(target)));
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "Cannot create the backup folder %1. Check that its parent "
                                                          "folder exists and is writable."))
                .arg(native(dir)));
    const Result<QString> partial = copyBeside(registryPath, target);
    if (!partial.ok())
        return Result<BackupInfo>::failure(partial.error);
    // A backup its user cancelled (a job of the window) leaves no file, also when the cancel came as the copy ended.
    if (Progress::currentCancelled()) {
        QFile::remove(*partial.value);
        return Result<BackupInfo>::failure(Progress::cancelledMessage());
    }
    Result<BackupInfo> checked = check(*partial.value);
    if (!checked.ok() || Progress::currentCancelled()) {
        QFile::remove(*partial.value);
        if (checked.ok())
            return Result<BackupInfo>::failure(Progress::cancelledMessage());
        return checked;
    }
    if (!QFile::rename(*partial.value, target)) {
        QFile::remove(*partial.value);
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "Could not name the backup %1. Nothing was changed."))
                .arg(native(target)));
    }
    syncFile(dir);
    BackupInfo info = *checked.value;
    info.path = target;
    info.createdAt = Clock::system().nowUtc().toLocalTime();
    return Result<BackupInfo>::success(info);
}

bool BackupService::automaticBackupDue(const QString &registryPath, const Settings &settings, const QDateTime &now)
{
    if (settings.keep <= 0 || RegistryLocation::isServerAddress(registryPath))
        return false;
    const QList<BackupInfo> backups = list(registryPath, settings);
    return std::none_of(backups.begin(), backups.end(), [&now](const BackupInfo &backup) {
        return backup.automatic && backup.createdAt.date() == now.date();
    });
}

Result<BackupInfo> BackupService::automaticBackup(const QString &registryPath, const Settings &settings,
                                                  const QDateTime &now)
{
    if (!automaticBackupDue(registryPath, settings, now))
        return Result<BackupInfo>::success(BackupInfo());
    Result<BackupInfo> made = backup(registryPath, suggestedPath(registryPath, settings, now, Kind::Automatic));
    if (!made.ok())
        return made;
    made.value->createdAt = now;
    // Rotation only ever follows a good new backup, so a failing day never costs an older good one.
    QList<BackupInfo> automatic;
    for (const BackupInfo &backup : list(registryPath, settings)) {
        if (backup.automatic)
            automatic.append(backup);
    }
    for (qsizetype i = settings.keep; i < automatic.size(); ++i)
        QFile::remove(automatic.at(i).path);
    return made;
}

Result<BackupInfo> BackupService::backupBeforeUpgrade(const QString &registryPath, const Settings &settings,
                                                      const QDateTime &now)
{
    Result<BackupInfo> made = backup(registryPath, suggestedPath(registryPath, settings, now, Kind::BeforeUpgrade));
    if (made.ok()) {
        made.value->createdAt = now;
        made.value->beforeUpgrade = true;
    }
    return made;
}

QList<BackupInfo> BackupService::list(const QString &registryPath, const Settings &settings)
{
    QList<BackupInfo> backups;
    if (RegistryLocation::isServerAddress(registryPath))
        return backups;
    const QDir dir(folder(registryPath, settings));
    const QRegularExpression pattern = namePattern(registryPath);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.automatic = match.captured(1) == QLatin1String("auto-");
        info.beforeUpgrade = match.captured(1) == QLatin1String("before-upgrade-");
        info.createdAt = QDateTime::fromString(match.captured(2), kStamp);
        if (!info.createdAt.isValid())
            info.createdAt = file.lastModified();
        info.size = file.size();
        RegistryFileFacts facts;
        if (RegistryFile::readFacts(info.path, &facts, &info.problem)) {
            info.assetCount = facts.assetCount;
            info.headSeq = facts.headSeq;
            info.headHash = facts.headHash;
            info.schemaVersion = facts.schemaVersion;
        }
        backups.append(info);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return backups;
}

Result<BackupInfo> BackupService::check(const QString &backupPath)
{
    const QFileInfo file(backupPath);
    if (!file.isFile())
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The backup %1 does not exist.")).arg(native(backupPath)));
    if (!hasSqliteHeader(backupPath))
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "%1 is not a backup of a registry: it is not a SQLite "
                                                          "database."))
                .arg(native(backupPath)));
    QString problem;
    if (!RegistryFile::check(backupPath, RegistryFile::Check::Full, &problem))
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The backup %1 is damaged (%2). Choose another backup."))
                .arg(native(backupPath), problem));
    RegistryFileFacts facts;
    const bool read = RegistryFile::readFacts(backupPath, &facts, &problem);
    if (facts.applicationId != Database::applicationId())
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "%1 is not a backup of an asset registry: it is a SQLite "
                                                          "database of another application."))
                .arg(native(backupPath)));
    if (facts.schemaVersion > Database::latestSchemaVersion())
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The backup %1 was written by a newer version of this "
                                                          "application (schema %2; this version reads up to %3)."))
                .arg(native(backupPath))
                .arg(facts.schemaVersion)
                .arg(Database::latestSchemaVersion()));
    if (!read)
        return Result<BackupInfo>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The backup %1 cannot be read as a registry (%2)."))
                .arg(native(backupPath), problem));
    BackupInfo info;
    info.path = backupPath;
    info.createdAt = file.lastModified();
    info.size = file.size();
    info.assetCount = facts.assetCount;
    info.headSeq = facts.headSeq;
    info.headHash = facts.headHash;
    info.schemaVersion = facts.schemaVersion;
    return Result<BackupInfo>::success(info);
}

Result<RestoreOutcome> BackupService::restore(const QString &backupPath, const QString &registryPath,
                                              const QDateTime &now)
{
    if (RegistryLocation::isServerAddress(registryPath))
        return Result<RestoreOutcome>::failure(serverRefusal(registryPath));
    const QString registry = QFileInfo(registryPath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == registry)
        return Result<RestoreOutcome>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The backup and the registry are the same file %1."))
                .arg(native(registry)));
    const Result<BackupInfo> checked = check(backupPath);
    if (!checked.ok())
        return Result<RestoreOutcome>::failure(
            checked.error + QLatin1Char('\n') +
            translated(QT_TRANSLATE_NOOP("BackupService", "The registry %1 was not changed.")).arg(native(registry)));
    if (const qint64 pid = openedByAnotherProcess(registry))
        return Result<RestoreOutcome>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The registry %1 is open in another program (process %2). "
                                                          "Close it there, then restore again; nothing was changed."))
                .arg(native(registry))
                .arg(pid));
    const QString dir = QFileInfo(registry).absolutePath();
    if (!QDir().mkpath(dir))
        return Result<RestoreOutcome>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "Cannot create the folder %1.")).arg(native(dir)));

    const Result<QString> partial = copyBeside(backupPath, registry);
    if (!partial.ok())
        return Result<RestoreOutcome>::failure(partial.error);
    QString problem;
    RegistryFileFacts facts;
    if (!RegistryFile::check(*partial.value, RegistryFile::Check::Quick, &problem) ||
        !RegistryFile::readFacts(*partial.value, &facts, &problem) || facts.headSeq != checked.value->headSeq) {
        QFile::remove(*partial.value);
        return Result<RestoreOutcome>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "The copy of the backup %1 did not check out (%2); the "
                                                          "registry %3 was not changed."))
                .arg(native(backupPath), problem, native(registry)));
    }
    // The audit chain of the copy, on the copy itself (it becomes the registry): a backup whose history was changed
    // is never restored.
    {
        const ChainCheck chain = verifyCopy(*partial.value, &problem);
        if (problem.isEmpty() && !chain.ok())
            problem = chain.message;
        if (!problem.isEmpty()) {
            QFile::remove(*partial.value);
            QFile::remove(*partial.value + QStringLiteral("-wal"));
            QFile::remove(*partial.value + QStringLiteral("-shm"));
            return Result<RestoreOutcome>::failure(
                translated(QT_TRANSLATE_NOOP("BackupService", "The audit trail of the backup %1 does not verify: "
                                                              "%2\nThe registry %3 was not changed."))
                    .arg(native(backupPath), problem, native(registry)));
        }
    }

    RestoreOutcome outcome;
    outcome.backup = *checked.value;
    if (QFileInfo::exists(registry)) {
        // Fold the log into the file so that the file kept aside is the whole registry; a damaged registry may
        // refuse, and then its log goes aside with it.
        RegistryFile::checkpoint(registry, &problem);
        outcome.replacedPath = registry + QStringLiteral(".replaced-") + now.toString(kStamp);
        for (int n = 2; QFileInfo::exists(outcome.replacedPath); ++n)
            outcome.replacedPath =
                registry + QStringLiteral(".replaced-") + now.toString(kStamp) + QStringLiteral("-%1").arg(n);
        if (!QFile::rename(registry, outcome.replacedPath)) {
            QFile::remove(*partial.value);
            return Result<RestoreOutcome>::failure(
                translated(QT_TRANSLATE_NOOP("BackupService", "Could not move the registry %1 aside; nothing was "
                                                              "changed."))
                    .arg(native(registry)));
        }
        const QString wal = registry + QStringLiteral("-wal");
        if (QFileInfo::exists(wal) && QFileInfo(wal).size() > 0)
            QFile::rename(wal, outcome.replacedPath + QStringLiteral("-wal"));
        QFile::remove(wal);
        QFile::remove(registry + QStringLiteral("-shm"));
        QFile::remove(WriterNote::notePath(registry));
    }
    if (!QFile::rename(*partial.value, registry)) {
        QFile::remove(*partial.value);
        if (!outcome.replacedPath.isEmpty())
            QFile::rename(outcome.replacedPath, registry);
        return Result<RestoreOutcome>::failure(
            translated(QT_TRANSLATE_NOOP("BackupService", "Could not put the restored registry in place at %1; the "
                                                          "registry was left as it was."))
                .arg(native(registry)));
    }
    syncFile(dir);
    return Result<RestoreOutcome>::success(outcome);
}

qint64 BackupService::openedByAnotherProcess(const QString &registryPath)
{
    // Every SQLite connection in WAL mode holds a read lock on one byte of the shared-memory file (the "DMS" byte,
    // offset 128 in the unix VFS) while it is open. Asking for a write lock there names a process that has the
    // registry open; the locks of this process never conflict with its own question.
    const int fd = ::open(QFile::encodeName(registryPath + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    qint64 pid = 0;
    if (::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK)
        pid = lock.l_pid;
    ::close(fd);
    return pid;
}
