// backup, backups and restore of asset-registry-cli, and two programs on one registry: the CLI run as a second
// process next to this one (row versions hold across processes; a writer that keeps the lock is named).
#include "faulthelpers.h"

#include "service/backupservice.h"
#include "service/writernote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace FaultHelpers;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

QString headHash(const QString &path)
{
    const QString name = QStringLiteral("head");
    QString hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1")) && query.next())
            hash = query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash;
}

} // namespace

class TestBackupCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_dir.reset(); }
    void backupPrintsTheFileAndTheCheckpoint();
    void backupWithoutFileGoesToTheBackupFolder();
    void backupsListsDatesAndCheckpoints();
    void restoreReplacesAndKeepsTheReplacedFile();
    void restoreToAnotherRegistry();
    void restoreRefusesADamagedBackup();
    void damagedRegistryNamesTheLatestBackup();
    void rowVersionsHoldAcrossProcesses();
    void secondProgramWaitsThenSaysWhoIsWriting();

private:
    Run run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_registry;
};

void TestBackupCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_registry = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(m_registry, 600, &error), qPrintable(error));
}

Run TestBackupCli::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), QStringList{QStringLiteral("--database"), m_registry,
                                                        QStringLiteral("--lang"), QStringLiteral("en")} +
                                                arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.status = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestBackupCli::backupPrintsTheFileAndTheCheckpoint()
{
    const QString target = path(QStringLiteral("copy.sqlite"));
    const Run backup = run({QStringLiteral("backup"), target});
    QVERIFY2(backup.status == 0, qPrintable(backup.err));
    const QStringList lines = backup.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QDir::toNativeSeparators(target));
    const qint64 seq = count(m_registry, QStringLiteral("SELECT max(seq) FROM audit_event"));
    QCOMPARE(lines.at(1), QStringLiteral("Checkpoint (sequence:hash): %1:%2").arg(seq).arg(headHash(m_registry)));
    QVERIFY2(backup.err.contains(QLatin1String("Backed up 600 assets")), qPrintable(backup.err));
    QCOMPARE(QFile::permissions(target) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(count(target, QStringLiteral("SELECT count(*) FROM asset")), 600);
    // A second backup to the same file is refused and leaves the first alone.
    const QByteArray first = fileHash(target);
    const Run again = run({QStringLiteral("backup"), target});
    QCOMPARE(again.status, 1);
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
    QCOMPARE(fileHash(target), first);
}

void TestBackupCli::backupWithoutFileGoesToTheBackupFolder()
{
    const Run backup = run({QStringLiteral("backup")});
    QVERIFY2(backup.status == 0, qPrintable(backup.err));
    const QString file = backup.out.split(QLatin1Char('\n')).constFirst();
    QCOMPARE(QFileInfo(file).absolutePath(), path(QStringLiteral("backups")));
    QVERIFY2(QRegularExpression(QStringLiteral("^registry-\\d{8}-\\d{6}\\.sqlite$"))
                 .match(QFileInfo(file).fileName())
                 .hasMatch(),
             qPrintable(file));
    QVERIFY(QFileInfo::exists(file));
}

void TestBackupCli::backupsListsDatesAndCheckpoints()
{
    Run listed = run({QStringLiteral("backups")});
    QCOMPARE(listed.status, 0);
    QVERIFY2(listed.err.contains(QLatin1String("No backups")), qPrintable(listed.err));
    const Run backup = run({QStringLiteral("backup")});
    QVERIFY2(backup.status == 0, qPrintable(backup.err));
    listed = run({QStringLiteral("backups")});
    QCOMPARE(listed.status, 0);
    const QStringList fields = listed.out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(1), QStringLiteral("on demand"));
    QCOMPARE(fields.at(2), backup.out.split(QLatin1Char('\n')).constFirst());
    QCOMPARE(fields.at(3), QStringLiteral("600 assets"));
    QVERIFY(backup.out.contains(fields.at(4)));
}

void TestBackupCli::restoreReplacesAndKeepsTheReplacedFile()
{
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QCOMPARE(run({QStringLiteral("backup"), backup}).status, 0);
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("25")}).status, 0);
    QCOMPARE(count(m_registry, QStringLiteral("SELECT count(*) FROM asset")), 625);
    const Run restored = run({QStringLiteral("restore"), backup});
    QVERIFY2(restored.status == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(QLatin1String("Checkpoint (sequence:hash): ")), qPrintable(restored.out));
    const QRegularExpressionMatch kept =
        QRegularExpression(QStringLiteral("kept as (.*registry\\.sqlite\\.replaced-\\d{8}-\\d{6})\\."))
            .match(restored.err);
    QVERIFY2(kept.hasMatch(), qPrintable(restored.err));
    QCOMPARE(count(m_registry, QStringLiteral("SELECT count(*) FROM asset")), 600);
    QCOMPARE(count(kept.captured(1), QStringLiteral("SELECT count(*) FROM asset")), 625);
    QVERIFY(chainProblem(m_registry).isEmpty());
    const Run info = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(info.status, 0);
}

void TestBackupCli::restoreToAnotherRegistry()
{
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QCOMPARE(run({QStringLiteral("backup"), backup}).status, 0);
    const QString other = path(QStringLiteral("elsewhere/other.sqlite"));
    const Run restored = run({QStringLiteral("restore"), backup, QStringLiteral("--to"), other});
    QVERIFY2(restored.status == 0, qPrintable(restored.err));
    QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM asset")), 600);
    QVERIFY(!restored.err.contains(QLatin1String("kept as")));
}

void TestBackupCli::restoreRefusesADamagedBackup()
{
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QCOMPARE(run({QStringLiteral("backup"), backup}).status, 0);
    QVERIFY(damage(backup));
    const QByteArray before = fileHash(m_registry);
    const Run restored = run({QStringLiteral("restore"), backup});
    QCOMPARE(restored.status, 1);
    QVERIFY2(restored.err.contains(QLatin1String("is damaged")), qPrintable(restored.err));
    QVERIFY2(restored.err.contains(QLatin1String("was not changed")), qPrintable(restored.err));
    QCOMPARE(fileHash(m_registry), before);
}

void TestBackupCli::damagedRegistryNamesTheLatestBackup()
{
    const Run backup = run({QStringLiteral("backup")});
    QVERIFY2(backup.status == 0, qPrintable(backup.err));
    const QString file = backup.out.split(QLatin1Char('\n')).constFirst();
    QVERIFY(damage(m_registry));
    const Run listed = run({QStringLiteral("list")});
    QCOMPARE(listed.status, 1);
    QVERIFY2(listed.err.contains(QLatin1String("damaged")), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(QStringLiteral("The latest good backup is %1").arg(file)), qPrintable(listed.err));
    // The way out works: restore, and the registry opens again.
    const Run restored = run({QStringLiteral("restore"), file});
    QVERIFY2(restored.status == 0, qPrintable(restored.err));
    QCOMPARE(run({QStringLiteral("list")}).status, 0);
}

void TestBackupCli::rowVersionsHoldAcrossProcesses()
{
    QString error;
    auto registry = Registry::open(m_registry, &error);
    QVERIFY2(registry, qPrintable(error));
    const Result<Asset> read = registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    // Another program saves the same asset in between.
    const Run edited = run({QStringLiteral("edit"), QStringLiteral("IA-000001"), QStringLiteral("--name"),
                            QStringLiteral("別のプログラムの変更")});
    QVERIFY2(edited.status == 0, qPrintable(edited.err));
    Asset mine = *read.value;
    mine.name = QStringLiteral("こちらの変更");
    const Result<Asset> refused = registry->assets().updateAsset(mine);
    QVERIFY(!refused.ok());
    QVERIFY(refused.conflict);
    QCOMPARE(registry->assets().byAssetNo(QStringLiteral("IA-000001")).value->name,
             QStringLiteral("別のプログラムの変更"));
    // Read again, the edit goes through, and the other program sees it.
    Asset fresh = *registry->assets().byAssetNo(QStringLiteral("IA-000001")).value;
    fresh.name = QStringLiteral("こちらの変更");
    const Result<Asset> saved = registry->assets().updateAsset(fresh);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const Run shown = run({QStringLiteral("show"), QStringLiteral("IA-000001")});
    QVERIFY2(shown.out.contains(QStringLiteral("こちらの変更")), qPrintable(shown.out));
    QVERIFY(chainProblem(m_registry).isEmpty());
}

void TestBackupCli::secondProgramWaitsThenSaysWhoIsWriting()
{
    const QStringList add{QStringLiteral("add"),       QStringLiteral("--name"),
                          QStringLiteral("待つ資産"),  QStringLiteral("--department"),
                          QStringLiteral("総務部"),    QStringLiteral("--owner"),
                          QStringLiteral("山田"),      QStringLiteral("--retention-until"),
                          QStringLiteral("2031-03-31")};
    Run blocked;
    qint64 waited = 0;
    {
        WriteLock writer(m_registry, QStringLiteral("import"));
        QVERIFY(writer.locked());
        QElapsedTimer timer;
        timer.start();
        blocked = run(add);
        waited = timer.elapsed();
    }
    QCOMPARE(blocked.status, 1);
    QVERIFY2(waited >= 4500, qPrintable(QString::number(waited))); // the busy timeout, 5 s
    QVERIFY2(blocked.err.contains(QLatin1String("Another program is writing")), qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(QLatin1String("an import of assets")), qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(QLatin1String("Wait until it has finished")), qPrintable(blocked.err));
    // The messages of the command (not the storage log lines) never show SQLite's raw text.
    const QStringList lines = blocked.err.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("asset-registry-cli: ")))
            QVERIFY2(!line.contains(QLatin1String("database is locked")), qPrintable(line));
    }
    QCOMPARE(count(m_registry, QStringLiteral("SELECT count(*) FROM asset")), 600);
    // Once the writer is done, the same command goes through.
    const Run added = run(add);
    QVERIFY2(added.status == 0, qPrintable(added.err));
    QCOMPARE(count(m_registry, QStringLiteral("SELECT count(*) FROM asset")), 601);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "test_backupcli.moc"
