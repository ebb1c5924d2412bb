// Backups and restore (DESIGN.md §7), the integrity check of large files at open, the writer's note and the
// warning for network file systems — through the core services, on temporary registries.
#include "faulthelpers.h"
#include "testfiles.h"

#include "service/backupservice.h"
#include "service/integritycheck.h"
#include "service/networkfilesystem.h"
#include "service/progress.h"
#include "service/writernote.h"
#include "storage/registryfile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FaultHelpers;

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backupIsConsistentOwnerOnlyAndCarriesCheckpoint();
    void backupRefusesExistingFileAndItsOwnRegistry();
    void backupWhileAnotherConnectionWrites();
    void cancelledBackupStopsTheCopyPartWay();
    void automaticBackupOnceADayWithRotation();
    void automaticBackupsOff();
    void listShowsDatesCountsAndCheckpoints();
    void restoreReplacesAndKeepsTheReplacedFile();
    void restoreOverDamagedOrMissingRegistry();
    void restoreRefusesBadBackup_data();
    void restoreRefusesBadBackup();
    void restoreRefusedWhileAnotherProcessHasTheRegistryOpen();
    void largeFileIsCheckedBeforeTheFirstWrite();
    void damagedLargeFileRefusesWritesAndNamesTheLatestBackup();
    void writesWaitForABackgroundCheck();
    void busyRegistryNamesTheWriter();
    void networkFileSystemsAreRecognised();
    void upgradeOfAnOlderRegistryWritesABackupFirst();
    void upgradeRefusedWhenTheBackupCannotBeWritten();
    void sharedRegistryHasNoFileBackups();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackup::cleanup()
{
    IntegrityCheck::setDeferredCheckSize(64 * 1024 * 1024);
    m_dir.reset();
}

void TestBackup::backupIsConsistentOwnerOnlyAndCarriesCheckpoint()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 120, &error), qPrintable(error));
    const QString target = path(QStringLiteral("copies/one.sqlite"));
    const Result<BackupInfo> made = BackupService::backup(file, target);
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(made.value->path, target);
    QCOMPARE(made.value->assetCount, 120);
    QCOMPARE(QFile::permissions(target) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString problem;
    QVERIFY2(integrityOk(target, &problem), qPrintable(problem));
    QVERIFY2(chainProblem(target).isEmpty(), qPrintable(chainProblem(target)));
    // The checkpoint is the head of the chain: sequence and hash of the last event of the registry.
    QCOMPARE(made.value->headSeq, count(file, QStringLiteral("SELECT max(seq) FROM audit_event")));
    QVERIFY(made.value->headSeq > 0);
    QCOMPARE(made.value->headHash.size(), 64);
    QCOMPARE(made.value->checkpoint(), QStringLiteral("%1:%2").arg(made.value->headSeq).arg(made.value->headHash));
    // No partial files are left beside it.
    QCOMPARE(QDir(path(QStringLiteral("copies"))).entryList(QDir::Files), QStringList{QStringLiteral("one.sqlite")});
    auto copy = Registry::open(target, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->assets().totalCount(), 120);
}

void TestBackup::backupRefusesExistingFileAndItsOwnRegistry()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 3, &error), qPrintable(error));
    const QString existing = path(QStringLiteral("existing.sqlite"));
    {
        QFile out(existing);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("keep me");
    }
    Result<BackupInfo> made = BackupService::backup(file, existing);
    QVERIFY(!made.ok());
    QVERIFY2(made.error.contains(QLatin1String("already exists")), qPrintable(made.error));
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    made = BackupService::backup(file, file);
    QVERIFY(!made.ok());
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    // A backup is a snapshot: a write transaction open on the registry does not leak half into it.
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 10, &error), qPrintable(error));
    Result<BackupInfo> made;
    {
        WriteLock writer(file, QStringLiteral("import"));
        QVERIFY(writer.locked());
        QVERIFY(writer.exec(QStringLiteral("UPDATE asset SET name = 'half-written'")));
        made = BackupService::backup(file, path(QStringLiteral("snapshot.sqlite")));
    }
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(made.value->assetCount, 10);
    QCOMPARE(count(made.value->path, QStringLiteral("SELECT count(*) FROM asset WHERE name = 'half-written'")), 0);
}

void TestBackup::cancelledBackupStopsTheCopyPartWay()
{
    // A job whose user pressed Cancel stops SQLite's copy at its next step instead of copying the whole file first
    // (a registry of a million assets takes minutes to copy).
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 500, &error), qPrintable(error));
    Progress progress;
    progress.cancel();
    {
        const Progress::Scope scope(&progress);
        QString problem;
        QVERIFY(!RegistryFile::copyInto(file, path(QStringLiteral("raw-copy.sqlite")), &problem));
        QVERIFY2(problem.contains(QLatin1String("interrupt")), qPrintable(problem));
        const QString folder = path(QStringLiteral("cancelled"));
        const Result<BackupInfo> made = BackupService::backup(file, folder + QStringLiteral("/copy.sqlite"));
        QVERIFY(!made.ok());
        QCOMPARE(made.error, Progress::cancelledMessage());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
    // Without a cancelled job the same copy is made.
    const Result<BackupInfo> made = BackupService::backup(file, path(QStringLiteral("cancelled/copy.sqlite")));
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(made.value->assetCount, 500);
}

void TestBackup::automaticBackupOnceADayWithRotation()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 5, &error), qPrintable(error));
    BackupService::Settings settings;
    settings.keep = 3;
    const QDateTime first(QDate(2026, 3, 1), QTime(9, 0));
    Result<BackupInfo> made = BackupService::automaticBackup(file, settings, first);
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(QFileInfo(made.value->path).fileName(), QStringLiteral("registry-auto-20260301-090000.sqlite"));
    QCOMPARE(QFileInfo(made.value->path).absolutePath(), BackupService::defaultFolder(file));
    // The same day again: nothing new.
    made = BackupService::automaticBackup(file, settings, first.addSecs(3600 * 8));
    QVERIFY(made.ok());
    QVERIFY(made.value->path.isEmpty());
    // A backup made on demand neither counts as the day's automatic one nor is rotated away.
    QVERIFY(
        BackupService::backup(file, BackupService::suggestedPath(file, settings, first, BackupService::Kind::OnDemand))
            .ok());
    for (int day = 1; day <= 5; ++day) {
        made = BackupService::automaticBackup(file, settings, first.addDays(day));
        QVERIFY2(made.ok(), qPrintable(made.error));
        QVERIFY(!made.value->path.isEmpty());
    }
    QStringList names = QDir(BackupService::defaultFolder(file)).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, QStringList({QStringLiteral("registry-20260301-090000.sqlite"),
                                 QStringLiteral("registry-auto-20260304-090000.sqlite"),
                                 QStringLiteral("registry-auto-20260305-090000.sqlite"),
                                 QStringLiteral("registry-auto-20260306-090000.sqlite")}));
    // Files of another registry in the same folder are never touched.
    QFile other(BackupService::defaultFolder(file) + QStringLiteral("/other-auto-20200101-000000.sqlite"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QVERIFY(BackupService::automaticBackup(file, settings, first.addDays(6)).ok());
    QVERIFY(other.exists());
}

void TestBackup::automaticBackupsOff()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 1, &error), qPrintable(error));
    BackupService::Settings settings;
    settings.keep = 0;
    QVERIFY(!BackupService::automaticBackupDue(file, settings, QDateTime::currentDateTime()));
    const Result<BackupInfo> made = BackupService::automaticBackup(file, settings, QDateTime::currentDateTime());
    QVERIFY(made.ok());
    QVERIFY(made.value->path.isEmpty());
    QVERIFY(!QFileInfo::exists(BackupService::defaultFolder(file)));
}

void TestBackup::listShowsDatesCountsAndCheckpoints()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 4, &error), qPrintable(error));
    BackupService::Settings settings;
    settings.folder = QStringLiteral("elsewhere"); // relative to the registry's folder
    const QDateTime day(QDate(2026, 5, 1), QTime(8, 30));
    QVERIFY(BackupService::automaticBackup(file, settings, day).ok());
    {
        auto registry = Registry::open(file, &error);
        QVERIFY(registry->assets()
                    .createAssets(TestRegistry::generated(2, registry->scheme(), 7, QDate::currentDate()))
                    .ok());
    }
    QVERIFY(BackupService::backup(
                file, BackupService::suggestedPath(file, settings, day.addDays(1), BackupService::Kind::OnDemand))
                .ok());
    {
        QFile junk(path(QStringLiteral("elsewhere/registry-20260601-000000.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a registry");
    }
    const QList<BackupInfo> backups = BackupService::list(file, settings);
    QCOMPARE(backups.size(), 3);
    QVERIFY(!backups.at(0).problem.isEmpty()); // the newest name, but unreadable
    QCOMPARE(backups.at(1).assetCount, 6);
    QVERIFY(!backups.at(1).automatic);
    QCOMPARE(backups.at(1).createdAt, day.addDays(1));
    QCOMPARE(backups.at(2).assetCount, 4);
    QVERIFY(backups.at(2).automatic);
    QVERIFY(backups.at(1).headSeq > backups.at(2).headSeq);
    QCOMPARE(QFileInfo(backups.at(2).path).absolutePath(), path(QStringLiteral("elsewhere")));
}

void TestBackup::restoreReplacesAndKeepsTheReplacedFile()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 10, &error), qPrintable(error));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    const Result<BackupInfo> made = BackupService::backup(file, backup);
    QVERIFY(made.ok());
    {
        auto registry = Registry::open(file, &error);
        QVERIFY(registry->assets()
                    .createAssets(TestRegistry::generated(5, registry->scheme(), 3, QDate::currentDate()))
                    .ok());
    }
    const QDateTime now(QDate(2026, 7, 7), QTime(7, 7, 7));
    const Result<RestoreOutcome> restored = BackupService::restore(backup, file, now);
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    QCOMPARE(restored.value->replacedPath, file + QStringLiteral(".replaced-20260707-070707"));
    QCOMPARE(restored.value->backup.checkpoint(), made.value->checkpoint());
    QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM asset")), 10);
    QCOMPARE(count(restored.value->replacedPath, QStringLiteral("SELECT count(*) FROM asset")), 15);
    QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->assets().totalCount(), 10);
    QVERIFY(chainProblem(file).isEmpty());
    // The restored registry goes on from the backup's checkpoint.
    QVERIFY(
        registry->assets().createAssets(TestRegistry::generated(1, registry->scheme(), 9, QDate::currentDate())).ok());
    QVERIFY(chainProblem(file).isEmpty());
}

void TestBackup::restoreOverDamagedOrMissingRegistry()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 400, &error), qPrintable(error));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QVERIFY(BackupService::backup(file, backup).ok());
    QVERIFY(damage(file));
    QVERIFY(!Registry::open(file, &error));
    Result<RestoreOutcome> restored = BackupService::restore(backup, file, QDateTime::currentDateTime());
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    QVERIFY(QFileInfo::exists(restored.value->replacedPath));
    QVERIFY2(Registry::open(file, &error), qPrintable(error));

    const QString missing = path(QStringLiteral("new/folder/registry.sqlite"));
    restored = BackupService::restore(backup, missing, QDateTime::currentDateTime());
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    QVERIFY(restored.value->replacedPath.isEmpty());
    QCOMPARE(count(missing, QStringLiteral("SELECT count(*) FROM asset")), 400);
}

void TestBackup::restoreRefusesBadBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("text") << "text"
                          << "not a SQLite database";
    QTest::newRow("damaged") << "damaged"
                             << "damaged";
    QTest::newRow("other application") << "foreign"
                                       << "another application";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
    QTest::newRow("history rewritten") << "tampered"
                                       << "does not verify";
}

void TestBackup::restoreRefusesBadBackup()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 400, &error), qPrintable(error));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile out(backup);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("管理番号,情報資産名称\n");
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(BackupService::backup(file, backup).ok());
        QVERIFY(damage(backup));
    } else if (kind == QLatin1String("tampered")) {
        // Someone with the file drops the trigger that guards the values the assets were created with (the 400
        // were created together, under one event) and changes one of them.
        QVERIFY(BackupService::backup(file, backup).ok());
        QVERIFY(rawExec(backup, QStringLiteral("DROP TRIGGER asset_creation_no_update")));
        QVERIFY(rawExec(backup, QStringLiteral("UPDATE asset_creation SET vals = replace(vals, 'IA-000002', "
                                               "'IA-000003') WHERE asset_id = 2")));
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
        QVERIFY(BackupService::backup(file, backup).ok());
        QVERIFY(
            rawExec(backup, kind == QLatin1String("foreign")
                                ? QStringLiteral("PRAGMA application_id = 42")
                                : QStringLiteral("PRAGMA user_version = %1").arg(Registry::latestSchemaVersion() + 1)));
    }
    const QByteArray before = fileHash(file);
    const Result<RestoreOutcome> restored = BackupService::restore(backup, file, QDateTime::currentDateTime());
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error.contains(messagePart), qPrintable(restored.error));
    QVERIFY2(restored.error.contains(QLatin1String("was not changed")), qPrintable(restored.error));
    QCOMPARE(fileHash(file), before);
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files);
    QVERIFY2(std::none_of(left.begin(), left.end(),
                          [](const QString &name) {
                              return name.contains(QLatin1String("replaced")) ||
                                     name.endsWith(QLatin1String(".partial"));
                          }),
             qPrintable(left.join(QLatin1Char(' '))));
}

void TestBackup::restoreRefusedWhileAnotherProcessHasTheRegistryOpen()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        QSKIP("the sqlite3 shell is not installed (scripts/install-deps.sh installs it)");
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 3, &error), qPrintable(error));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QVERIFY(BackupService::backup(file, backup).ok());
    QProcess other;
    other.start(shell, {file});
    QVERIFY(other.waitForStarted());
    other.write("SELECT 'open', count(*) FROM asset;\n");
    QVERIFY(other.waitForReadyRead(5000));
    QVERIFY(other.readAll().startsWith("open|3"));
    QCOMPARE(BackupService::openedByAnotherProcess(file), other.processId());
    const QByteArray before = fileHash(file);
    const Result<RestoreOutcome> restored = BackupService::restore(backup, file, QDateTime::currentDateTime());
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error.contains(QString::number(other.processId())), qPrintable(restored.error));
    QCOMPARE(fileHash(file), before);
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished(5000));
    QCOMPARE(BackupService::openedByAnotherProcess(file), 0);
    QVERIFY(BackupService::restore(backup, file, QDateTime::currentDateTime()).ok());
}

void TestBackup::largeFileIsCheckedBeforeTheFirstWrite()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 50, &error), qPrintable(error));
    IntegrityCheck::setDeferredCheckSize(0); // every file counts as large
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(IntegrityCheck::pending(*registry));
    QCOMPARE(registry->assets().totalCount(), 50); // reads go on
    Asset asset = registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("新しい資産");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("山田");
    const Result<Asset> created = registry->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));
    QVERIFY(!IntegrityCheck::pending(*registry));
}

void TestBackup::damagedLargeFileRefusesWritesAndNamesTheLatestBackup()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 400, &error), qPrintable(error));
    const Result<BackupInfo> backup =
        BackupService::automaticBackup(file, BackupService::Settings(), QDateTime::currentDateTime());
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QVERIFY(damage(file));
    IntegrityCheck::setDeferredCheckSize(0);
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error)); // opened for reading: the first rows can be shown
    const QByteArray before = fileHash(file);
    QString message;
    QVERIFY(!IntegrityCheck::run(*registry, &message));
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(backup.value->path)), qPrintable(message));
    QVERIFY2(message.contains(backup.value->checkpoint()), qPrintable(message));
    Asset asset = registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("書いてはいけない");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("山田");
    const Result<Asset> created = registry->assets().createAsset(asset);
    QVERIFY(!created.ok());
    QVERIFY2(created.error.contains(QLatin1String("Restore it from the latest good backup")),
             qPrintable(created.error));
    registry.reset();
    QCOMPARE(fileHash(file), before);
}

void TestBackup::writesWaitForABackgroundCheck()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 5, &error), qPrintable(error));
    IntegrityCheck::setDeferredCheckSize(0);
    auto registry = Registry::open(file, &error);
    QVERIFY(registry);
    QVERIFY(IntegrityCheck::claim(*registry));
    QVERIFY(!IntegrityCheck::claim(*registry)); // one check at a time
    const Result<int> refused =
        registry->assets().createAssets(TestRegistry::generated(1, registry->scheme(), 2, QDate::currentDate()));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("still being checked")), qPrintable(refused.error));
    QString problem;
    const bool passed = IntegrityCheck::checkFile(file, &problem);
    QVERIFY2(passed, qPrintable(problem));
    QVERIFY(IntegrityCheck::finish(*registry, passed, problem).isEmpty());
    const Result<int> created =
        registry->assets().createAssets(TestRegistry::generated(1, registry->scheme(), 2, QDate::currentDate()));
    QVERIFY2(created.ok(), qPrintable(created.error));
}

void TestBackup::busyRegistryNamesTheWriter()
{
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 2, &error), qPrintable(error));
    auto second = Registry::open(file, &error);
    QVERIFY2(second, qPrintable(error));
    {
        WriteLock writer(file, QStringLiteral("import"));
        QVERIFY(writer.locked());
        QVERIFY(QFileInfo::exists(WriterNote::notePath(file)));
        const Result<int> refused =
            second->assets().createAssets(TestRegistry::generated(1, second->scheme(), 5, QDate::currentDate()));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("Another program is writing")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QLatin1String("an import of assets")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.error));
        QVERIFY2(!refused.error.contains(QLatin1String("database is locked")), qPrintable(refused.error));
        // The refused writer leaves the other program's note alone.
        QVERIFY(QFileInfo::exists(WriterNote::notePath(file)));
    }
    QVERIFY(!QFileInfo::exists(WriterNote::notePath(file)));
    QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM asset")), 2);
}

void TestBackup::networkFileSystemsAreRecognised()
{
    QCOMPARE(NetworkFileSystem::nameOfType(0x6969), QStringLiteral("NFS"));
    QCOMPARE(NetworkFileSystem::nameOfType(0xFF534D42), QStringLiteral("SMB/CIFS"));
    QCOMPARE(NetworkFileSystem::nameOfType(0xFE534D42), QStringLiteral("SMB/CIFS"));
    QCOMPARE(NetworkFileSystem::nameOfType(0x517B), QStringLiteral("SMB/CIFS"));
    QVERIFY(NetworkFileSystem::nameOfType(0xEF53).isEmpty());     // ext4
    QVERIFY(NetworkFileSystem::nameOfType(0x01021994).isEmpty()); // tmpfs
    QVERIFY(NetworkFileSystem::warning(path(QStringLiteral("registry.sqlite"))).isEmpty());
}

// A copy of the registry made by schema version 3 (tests/data/registries), to be upgraded by this version.
static QString copyOfSchema3(const QString &target)
{
    const QString fixture = QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite");
    if (!QFile::copy(fixture, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void TestBackup::upgradeOfAnOlderRegistryWritesABackupFirst()
{
    if (Registry::latestSchemaVersion() <= 3)
        QSKIP("This build has no migration after schema 3, so there is nothing to upgrade.");
    const QString file = copyOfSchema3(path(QStringLiteral("old.sqlite")));
    QVERIFY(!file.isEmpty());
    const QByteArray before = TestFiles::read(file);
    QString error;
    {
        auto registry = Registry::open(file, &error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->schemaVersion(), Registry::latestSchemaVersion());
        QCOMPARE(registry->assets().totalCount(), 65);
    }
    const QList<BackupInfo> backups = BackupService::list(file, BackupService::Settings());
    QCOMPARE(backups.size(), 1);
    const BackupInfo &backup = backups.first();
    QVERIFY(backup.beforeUpgrade);
    QVERIFY(!backup.automatic);
    QVERIFY(QFileInfo(backup.path).fileName().startsWith(QStringLiteral("old-before-upgrade-")));
    QCOMPARE(backup.schemaVersion, 3);
    QCOMPARE(backup.assetCount, 65);
    QCOMPARE(backup.headSeq, 71);
    QVERIFY2(BackupService::check(backup.path).ok(), qPrintable(BackupService::check(backup.path).error));
    QCOMPARE(QFile::permissions(backup.path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The backup holds the file as it was: the fixture's assets and events, at its schema (the fixture itself is never
    // opened, so that no journal file appears beside it).
    QCOMPARE(count(backup.path, QStringLiteral("SELECT count(*) FROM asset")), 65);
    QCOMPARE(count(backup.path, QStringLiteral("PRAGMA user_version")), 3);
    QVERIFY(TestFiles::read(file) != before);

    // Opening the upgraded registry again writes no further backup, and automatic rotation never removes it.
    {
        auto registry = Registry::open(file, &error);
        QVERIFY2(registry, qPrintable(error));
    }
    BackupService::Settings keepOne;
    keepOne.keep = 1;
    const QDateTime day(QDate(2027, 1, 10), QTime(9, 0));
    QVERIFY(BackupService::automaticBackup(file, keepOne, day).ok());
    QVERIFY(BackupService::automaticBackup(file, keepOne, day.addDays(1)).ok());
    const QList<BackupInfo> after = BackupService::list(file, keepOne);
    QCOMPARE(after.size(), 2);
    QVERIFY(std::any_of(after.begin(), after.end(), [](const BackupInfo &b) { return b.beforeUpgrade; }));
}

void TestBackup::upgradeRefusedWhenTheBackupCannotBeWritten()
{
    if (Registry::latestSchemaVersion() <= 3)
        QSKIP("This build has no migration after schema 3, so there is nothing to upgrade.");
    const QString file = copyOfSchema3(path(QStringLiteral("old.sqlite")));
    QVERIFY(!file.isEmpty());
    // A plain file where the backup folder should be: the folder cannot be made.
    QVERIFY(!TestFiles::write(*m_dir, QStringLiteral("backups"), QByteArrayLiteral("not a folder")).isEmpty());
    const QByteArray before = TestFiles::read(file);
    QString error;
    auto registry = Registry::open(file, &error);
    QVERIFY(!registry);
    QVERIFY2(error.contains(QStringLiteral("from schema 3")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not changed")), qPrintable(error));
    QCOMPARE(TestFiles::read(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
}

void TestBackup::sharedRegistryHasNoFileBackups()
{
    // A registry on a server is backed up there: nothing is written, no folder is made, and the message says where.
    const QString server = QStringLiteral("postgresql://suzuki@db.example.org/registry?sslmode=require");
    const QString target = path(QStringLiteral("copies/shared.sqlite"));
    const Result<BackupInfo> made = BackupService::backup(server, target);
    QVERIFY(!made.ok());
    QVERIFY2(made.error.contains(QLatin1String("pg_dump")), qPrintable(made.error));
    QVERIFY2(made.error.contains(server), qPrintable(made.error));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("copies"))));
    const QDateTime day(QDate(2027, 1, 10), QTime(9, 0));
    QVERIFY(!BackupService::automaticBackupDue(server, BackupService::Settings(), day));
    const Result<BackupInfo> automatic = BackupService::automaticBackup(server, BackupService::Settings(), day);
    QVERIFY(automatic.ok());
    QVERIFY(automatic.value->path.isEmpty());
    QVERIFY(BackupService::list(server, BackupService::Settings()).isEmpty());
    const QString file = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(file, 3, &error), qPrintable(error));
    const Result<BackupInfo> copy = BackupService::backup(file, path(QStringLiteral("one.sqlite")));
    QVERIFY2(copy.ok(), qPrintable(copy.error));
    const Result<RestoreOutcome> restored = BackupService::restore(copy.value->path, server, day);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error.contains(QLatin1String("pg_dump")), qPrintable(restored.error));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
