// The deferred integrity check of large registry files.
#include "integritycheck.h"

#include "registry.h"
#include "registrycontext.h"
#include "storage/database.h"
#include "storage/registryfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

bool IntegrityCheck::pending(Registry &registry)
{
    return registry.m_context->database().integrity() == Database::Integrity::Unchecked;
}

bool IntegrityCheck::run(Registry &registry, QString *message)
{
    if (registry.m_context->database().runIntegrityCheck(message))
        return true;
    if (registry.m_context->database().integrity() == Database::Integrity::Damaged)
        *message += QLatin1Char('\n') + wayOut(registry.path(), registry.backupSettings());
    return false;
}

bool IntegrityCheck::claim(Registry &registry)
{
    return registry.m_context->database().claimIntegrityCheck();
}

bool IntegrityCheck::checkFile(const QString &path, QString *problem)
{
    return RegistryFile::check(path, RegistryFile::Check::Quick, problem);
}

QString IntegrityCheck::finish(Registry &registry, bool passed, const QString &problem)
{
    registry.m_context->database().finishIntegrityCheck(passed, problem);
    QString message;
    if (registry.m_context->database().runIntegrityCheck(&message))
        return {};
    return message + QLatin1Char('\n') + wayOut(registry.path(), registry.backupSettings());
}

QString IntegrityCheck::wayOut(const QString &registryPath, const BackupService::Settings &settings)
{
    const QList<BackupInfo> backups = BackupService::list(registryPath, settings);
    for (const BackupInfo &backup : backups) {
        if (backup.problem.isEmpty())
            return QCoreApplication::translate("IntegrityCheck",
                                               "The latest good backup is %1 of %2 (%3 assets, checkpoint %4).")
                .arg(QDir::toNativeSeparators(backup.path),
                     backup.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(backup.assetCount)
                .arg(backup.checkpoint());
    }
    return QCoreApplication::translate("IntegrityCheck",
                                       "No backup of it was found in %1; restore one you keep elsewhere.")
        .arg(QDir::toNativeSeparators(BackupService::folder(registryPath, settings)));
}

QString IntegrityCheck::wayOutIfDamaged(const QString &registryPath)
{
    QString problem;
    if (!QFileInfo(registryPath).isFile() || RegistryFile::check(registryPath, RegistryFile::Check::Quick, &problem))
        return {};
    return wayOut(registryPath, BackupService::Settings());
}

void IntegrityCheck::setDeferredCheckSize(qint64 bytes)
{
    Database::setDeferredCheckSize(bytes);
}
