// backup, backups and restore: consistent copies of the registry with their checkpoints, and restore that checks a
// backup before it replaces anything (DESIGN.md §7).
#include "command.h"
#include "commands.h"
#include "optionparser.h"

#include "domain/clock.h"
#include "service/backupservice.h"
#include "service/registry.h"
#include "service/writernote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void printCheckpoint(CommandContext &context, const BackupInfo &info)
{
    context.out() << translated(QT_TRANSLATE_NOOP("Cli", "Checkpoint (sequence:hash): %1")).arg(info.checkpoint())
                  << QLatin1Char('\n');
}

} // namespace

int runBackup(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("backup"),
        translated(QT_TRANSLATE_NOOP("Cli", "Writes a consistent, owner-only copy of the registry and prints its "
                                            "checkpoint (sequence and hash of the last audit event). Safe while "
                                            "other programs use the registry.")));
    parser.addOptionalPositional(QStringLiteral("FILE"),
                                 translated(QT_TRANSLATE_NOOP("Cli", "The backup file to write (default: a new file "
                                                                     "named by date in the registry's backup "
                                                                     "folder).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const BackupService::Settings settings = registry->backupSettings();
    const QString target =
        parser.positionals().isEmpty()
            ? BackupService::suggestedPath(registry->path(), settings, registry->clock().nowUtc().toLocalTime(),
                                           BackupService::Kind::OnDemand)
            : QFileInfo(parser.positionals().constFirst()).absoluteFilePath();
    const Result<BackupInfo> result = BackupService::backup(registry->path(), target);
    if (!result.ok())
        return context.fail(result.error);
    context.out() << native(result.value->path) << QLatin1Char('\n');
    printCheckpoint(context, *result.value);
    context.message(translated(QT_TRANSLATE_NOOP("Cli", "Backed up %1 assets of %2."))
                        .arg(QLocale().toString(result.value->assetCount), native(registry->path())));
    return ExitCode::Success;
}

int runBackups(CommandContext &context)
{
    OptionParser parser(QStringLiteral("backups"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the backups of the registry in its backup folder, "
                                                            "newest first, with their dates and checkpoints.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const BackupService::Settings settings = registry->backupSettings();
    const QList<BackupInfo> backups = BackupService::list(registry->path(), settings);
    if (backups.isEmpty()) {
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "No backups in %1."))
                            .arg(native(BackupService::folder(registry->path(), settings))));
        return ExitCode::Success;
    }
    const QLocale locale;
    for (const BackupInfo &backup : backups) {
        const QString kind = backup.automatic       ? translated(QT_TRANSLATE_NOOP("Cli", "automatic"))
                             : backup.beforeUpgrade ? translated(QT_TRANSLATE_NOOP("Cli", "before upgrade"))
                                                    : translated(QT_TRANSLATE_NOOP("Cli", "on demand"));
        if (!backup.problem.isEmpty()) {
            context.out() << translated(QT_TRANSLATE_NOOP("Cli", "%1\t%2\t%3\tunreadable: %4"))
                                 .arg(backup.createdAt.toString(Qt::ISODate), kind, native(backup.path), backup.problem)
                          << QLatin1Char('\n');
            continue;
        }
        context.out() << translated(QT_TRANSLATE_NOOP("Cli", "%1\t%2\t%3\t%4 assets\t%5"))
                             .arg(backup.createdAt.toString(Qt::ISODate), kind, native(backup.path),
                                  locale.toString(backup.assetCount), backup.checkpoint())
                      << QLatin1Char('\n');
    }
    return ExitCode::Success;
}

int runRestore(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("restore"),
        translated(QT_TRANSLATE_NOOP("Cli", "Replaces the registry by a backup. The backup is checked first "
                                            "(integrity, schema); the replaced file is kept beside it as "
                                            "<registry>.replaced-DATE-TIME.")));
    parser.addPositional(QStringLiteral("FILE"), translated(QT_TRANSLATE_NOOP("Cli", "The backup to restore.")));
    parser.addOption(QStringLiteral("to"), QStringLiteral("REGISTRY"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The registry file to replace (default: --database, or "
                                                         "your default registry). It may be missing or damaged.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    QString target = parser.value(QStringLiteral("to"));
    if (target.isEmpty())
        target = context.databasePath().isEmpty() ? Registry::defaultPath() : context.databasePath();
    target = QFileInfo(target).absoluteFilePath();
    // The registry is never opened here: it may be the damaged file being replaced.
    WriterNote::setOperation(QStringLiteral("restore"));
    const Result<RestoreOutcome> result =
        BackupService::restore(parser.positionals().constFirst(), target,
                               // No registry is open to give the time: the replaced file is named by the system clock.
                               Clock::system().nowUtc().toLocalTime());
    if (!result.ok())
        return context.fail(result.error);
    context.out() << native(target) << QLatin1Char('\n');
    printCheckpoint(context, result.value->backup);
    context.message(translated(QT_TRANSLATE_NOOP("Cli", "Restored %1 assets from %2."))
                        .arg(QLocale().toString(result.value->backup.assetCount),
                             native(QFileInfo(parser.positionals().constFirst()).absoluteFilePath())));
    if (!result.value->replacedPath.isEmpty())
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "The replaced registry was kept as %1."))
                            .arg(native(result.value->replacedPath)));
    return ExitCode::Success;
}
