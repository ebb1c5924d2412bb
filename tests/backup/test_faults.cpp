// Faults (DESIGN.md §7, issue 10): asset-registry-cli killed with SIGKILL at many points of a large import, of
// generate and of a disposal leaves a registry that opens, passes integrity_check and the audit chain check and
// holds all or none of the operation; a full disk gives a clear error and loses nothing; a read-only file, a
// read-only folder and a missing folder give clear errors. FAULT_KILL_POINTS sets the kill points per operation
// (3 in the default run, more under the "long" label).
#include "faulthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace FaultHelpers;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

QStringList disposeArguments(int count)
{
    QStringList arguments{QStringLiteral("dispose")};
    for (int n = 1; n <= count; ++n)
        arguments << QStringLiteral("IA-%1").arg(n, 6, 10, QLatin1Char('0'));
    arguments << QStringList{QStringLiteral("--method"),       QStringLiteral("destroy"),
                             QStringLiteral("--technique"),    QStringLiteral("shred"),
                             QStringLiteral("--performed-by"), QStringLiteral("田中"),
                             QStringLiteral("--validated-by"), QStringLiteral("鈴木"),
                             QStringLiteral("--verification"), QStringLiteral("full"),
                             QStringLiteral("--result"),       QStringLiteral("passed"),
                             QStringLiteral("--media-type"),   QStringLiteral("hdd")};
    return arguments;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    return QFile::copy(from, to);
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedOperationLeavesAllOrNothing_data();
    void killedOperationLeavesAllOrNothing();
    void fullDisk_data();
    void fullDisk();
    void unwritablePlaces_data();
    void unwritablePlaces();

private:
    Run run(const QStringList &arguments, const QString &database) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Makes a full (or size-limited) place for a registry: a small tmpfs when this process may mount one, else a
    // limit on the size of files the command may write (RLIMIT_FSIZE). Returns the folder.
    QString fullPlace();

    QTemporaryDir m_dir;
    QString m_template; // 1,000 assets, checkpointed
    QString m_csv;      // 20,000 rows to import
    int m_killPoints = 3;
    QString m_mount;
    bool m_fileSizeLimit = false;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_killPoints = qEnvironmentVariableIntValue("FAULT_KILL_POINTS");
    if (m_killPoints <= 0)
        m_killPoints = 3;
    m_template = path(QStringLiteral("template.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(m_template, 1000, &error), qPrintable(error));
    const QString source = path(QStringLiteral("source.sqlite"));
    QVERIFY2(makeRegistry(source, 20000, &error), qPrintable(error));
    m_csv = path(QStringLiteral("assets.csv"));
    const Run exported = run({QStringLiteral("export"), m_csv}, source);
    QVERIFY2(exported.status == 0, qPrintable(exported.err));
}

void TestFaults::cleanupTestCase()
{
    if (!m_mount.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {m_mount});
}

Run TestFaults::run(const QStringList &arguments, const QString &database) const
{
    QProcess process;
    process.start(QStringLiteral(CLI_PATH),
                  QStringList{QStringLiteral("--database"), database, QStringLiteral("--lang"), QStringLiteral("en")} +
                      arguments);
    Run result;
    if (!process.waitForFinished(300000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestFaults::killedOperationLeavesAllOrNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("countSql");
    QTest::addColumn<qint64>("none");
    QTest::addColumn<qint64>("all");
    QTest::addColumn<qint64>("step"); // generate commits whole batches: every multiple of step is a finished batch
    QTest::newRow("import of 20,000 rows")
        << QStringList{QStringLiteral("import"), QString()} << QStringLiteral("SELECT count(*) FROM asset")
        << qint64(1000) << qint64(21000) << qint64(20000);
    QTest::newRow("generate 20,000 in one batch")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("20000"),
                       QStringLiteral("--batch"), QStringLiteral("20000")}
        << QStringLiteral("SELECT count(*) FROM asset") << qint64(1000) << qint64(21000) << qint64(20000);
    QTest::newRow("generate 20,000 in batches of 4,000")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("20000"),
                       QStringLiteral("--batch"), QStringLiteral("4000")}
        << QStringLiteral("SELECT count(*) FROM asset") << qint64(1000) << qint64(21000) << qint64(4000);
    QTest::newRow("disposal of 1,000 assets")
        << disposeArguments(1000) << QStringLiteral("SELECT count(*) FROM asset WHERE status = 'disposed'") << qint64(0)
        << qint64(1000) << qint64(1000);
}

void TestFaults::killedOperationLeavesAllOrNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, countSql);
    QFETCH(qint64, none);
    QFETCH(qint64, all);
    QFETCH(qint64, step);
    if (arguments.constFirst() == QLatin1String("import"))
        arguments[1] = m_csv;
    const QString work = path(QStringLiteral("work.sqlite"));
    const QStringList full = QStringList{QStringLiteral("--database"), work} + arguments;

    // The whole operation once, to spread the kill points over its length.
    QVERIFY(copyFile(m_template, work));
    QElapsedTimer timer;
    timer.start();
    const Run complete = run(arguments, work);
    const qint64 duration = timer.elapsed();
    QVERIFY2(complete.status == 0, qPrintable(complete.err));
    QCOMPARE(count(work, countSql), all);

    int killedMidway = 0, endedNone = 0, endedAll = 0, endedBetween = 0;
    for (int point = 1; point <= m_killPoints; ++point) {
        QVERIFY(copyFile(m_template, work));
        QProcess process;
        process.start(QStringLiteral(CLI_PATH), full);
        QVERIFY(process.waitForStarted());
        // From a third of the way to the very end, where the commit writes the log.
        QThread::msleep(ulong(duration * (0.3 + 0.7 * point / m_killPoints)));
        const bool running = process.state() == QProcess::Running;
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(30000));
        if (running && process.exitStatus() == QProcess::CrashExit)
            ++killedMidway;

        QString error;
        {
            auto registry = Registry::open(work, &error);
            QVERIFY2(registry, qPrintable(QStringLiteral("kill point %1: %2").arg(point).arg(error)));
        }
        QString problem;
        QVERIFY2(integrityOk(work, &problem), qPrintable(QStringLiteral("kill point %1: %2").arg(point).arg(problem)));
        const QString chain = chainProblem(work);
        QVERIFY2(chain.isEmpty(), qPrintable(QStringLiteral("kill point %1: %2").arg(point).arg(chain)));
        const qint64 held = count(work, countSql);
        QVERIFY2(held >= none && held <= all && (held - none) % step == 0,
                 qPrintable(QStringLiteral("kill point %1: %2 held, expected %3 or %4 (in steps of %5)")
                                .arg(point)
                                .arg(held)
                                .arg(none)
                                .arg(all)
                                .arg(step)));
        // Every asset added has its creation recorded, by an event of its own or as a value list under its batch's
        // event: the history holds exactly the assets that are there.
        if (countSql.contains(QLatin1String("count(*) FROM asset")) && !countSql.contains(QLatin1String("WHERE")))
            QCOMPARE(count(work, QStringLiteral("SELECT (SELECT count(*) FROM audit_event WHERE entity = 'asset' AND "
                                                "action = 'create') + (SELECT count(*) FROM asset_creation)")),
                     held);
        if (held == none)
            ++endedNone;
        else if (held == all)
            ++endedAll;
        else
            ++endedBetween;
    }
    qInfo("%s: operation %lld ms; %d kill points tried, %d killed mid-operation, all survived (%d held none, %d "
          "held all, %d held whole batches)",
          QTest::currentDataTag(), duration, m_killPoints, killedMidway, endedNone, endedAll, endedBetween);
    // At least one kill must land inside the operation, or the test proves nothing.
    QVERIFY(killedMidway > 0);
}

QString TestFaults::fullPlace()
{
    if (!m_mount.isEmpty() || m_fileSizeLimit)
        return m_mount.isEmpty() ? path(QStringLiteral("limited")) : m_mount;
    const QString folder = path(QStringLiteral("full"));
    QDir().mkpath(folder);
    if (::geteuid() == 0 &&
        QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=8m"), QStringLiteral("tmpfs"), folder}) == 0) {
        m_mount = folder;
        return m_mount;
    }
    m_fileSizeLimit = true;
    QDir().mkpath(path(QStringLiteral("limited")));
    return path(QStringLiteral("limited"));
}

void TestFaults::fullDisk_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("import") << "import";
    QTest::newRow("generate") << "generate";
    QTest::newRow("add") << "add";
    QTest::newRow("backup") << "backup";
    // The disk fills up while no program has the registry open: its shared-memory file cannot be made at open.
    QTest::newRow("open") << "open";
}

void TestFaults::fullDisk()
{
    QFETCH(QString, operation);
    const QString folder = fullPlace();
    const QString registry = folder + QStringLiteral("/registry.sqlite");
    QVERIFY(copyFile(m_template, registry));
    // The registry is open here while the disk fills up, as in a window left open: its log and shared-memory files
    // exist, and the command meets the full disk when it writes.
    QString error;
    std::unique_ptr<Registry> holder;
    if (operation != QLatin1String("open")) {
        holder = Registry::open(registry, &error);
        QVERIFY2(holder, qPrintable(error));
    } else {
        // Closed cleanly, the registry leaves no log or shared-memory file behind.
        QFile::remove(registry + QStringLiteral("-wal"));
        QFile::remove(registry + QStringLiteral("-shm"));
    }
    const QString filler = folder + QStringLiteral("/filler");
    if (!m_mount.isEmpty()) {
        // Fill the small file system to the last byte.
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
        const QByteArray byte(1, 'x');
        while (fill.write(byte) == 1 && fill.flush()) {
        }
    } else if (operation == QLatin1String("add") || operation == QLatin1String("open")) {
        QSKIP("a single asset fits under the file size limit; this case needs the tmpfs (run as root)");
    }

    QStringList arguments;
    if (operation == QLatin1String("import"))
        arguments = {QStringLiteral("import"), m_csv};
    else if (operation == QLatin1String("generate"))
        arguments = {QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("20000")};
    else if (operation == QLatin1String("add"))
        arguments = {QStringLiteral("add"),       QStringLiteral("--name"),
                     QStringLiteral("満杯"),      QStringLiteral("--department"),
                     QStringLiteral("総務部"),    QStringLiteral("--owner"),
                     QStringLiteral("山田"),      QStringLiteral("--retention-until"),
                     QStringLiteral("2031-03-31")};
    else if (operation == QLatin1String("open"))
        arguments = {QStringLiteral("info")};
    else
        arguments = {QStringLiteral("backup"), folder + QStringLiteral("/backup.sqlite")};

    QProcess process;
    if (m_fileSizeLimit) {
        // No file the command writes may grow past 256 KiB: the log of a large write and a backup hit the limit.
        process.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{256 * 1024, 256 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(CLI_PATH),
                  QStringList{QStringLiteral("--database"), registry, QStringLiteral("--lang"), QStringLiteral("en")} +
                      arguments);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    qInfo("%s on a %s: exit %d: %s", qPrintable(operation),
          m_mount.isEmpty() ? "256 KiB file size limit" : "full tmpfs", process.exitCode(), qPrintable(err.trimmed()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QDir::toNativeSeparators(registry)) ||
                 err.contains(QDir::toNativeSeparators(folder + QStringLiteral("/backup.sqlite"))),
             qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("full"), Qt::CaseInsensitive) ||
                 err.contains(QLatin1String("disk"), Qt::CaseInsensitive),
             qPrintable(err));
    // A full disk is not a damaged registry: the message must not send the administrator to restore a good file.
    QVERIFY2(!err.contains(QLatin1String("damaged")), qPrintable(err));

    // Nothing lost: with space again, the registry opens and holds exactly what it held.
    holder.reset();
    QFile::remove(filler);
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/backup.sqlite")));
    QString problem;
    QVERIFY2(integrityOk(registry, &problem), qPrintable(problem));
    QVERIFY(chainProblem(registry).isEmpty());
    QCOMPARE(count(registry, QStringLiteral("SELECT count(*) FROM asset")), 1000);
    auto reopened = Registry::open(registry, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->assets().totalCount(), 1000);
    reopened.reset();
    const QStringList left = QDir(folder).entryList(QDir::Files);
    QVERIFY2(std::none_of(left.begin(), left.end(),
                          [](const QString &name) { return name.endsWith(QLatin1String(".partial")); }),
             qPrintable(left.join(QLatin1Char(' '))));
    for (const QString &name : left)
        QFile::remove(folder + QLatin1Char('/') + name);
}

void TestFaults::unwritablePlaces_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    const QStringList add{QStringLiteral("add"),       QStringLiteral("--name"),
                          QStringLiteral("書けない"),  QStringLiteral("--department"),
                          QStringLiteral("総務部"),    QStringLiteral("--owner"),
                          QStringLiteral("山田"),      QStringLiteral("--retention-until"),
                          QStringLiteral("2031-03-31")};
    QTest::newRow("read-only file") << "file" << add << "read-only";
    QTest::newRow("read-only folder") << "folder" << add << "read-only";
    QTest::newRow("missing folder") << "missing" << QStringList{QStringLiteral("list")} << "does not exist";
    QTest::newRow("backup into a read-only folder")
        << "backup" << QStringList{QStringLiteral("backup"), QStringLiteral("@ro/backup.sqlite")} << "Cannot write";
}

void TestFaults::unwritablePlaces()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    // Root ignores permission bits: as root the command runs as an unprivileged user (nobody), which also proves the
    // case for the administrators who run it.
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    QVERIFY2(!root || !setpriv.isEmpty(), "running as root needs setpriv (util-linux) to drop privileges");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    // The executable is copied beside the files, so that an unprivileged user can run it from any build folder.
    const QString cli = dir.filePath(QStringLiteral("asset-registry-cli"));
    QVERIFY(QFile::copy(QStringLiteral(CLI_PATH), cli));
    const QString place = dir.filePath(QStringLiteral("place"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(place));
    QVERIFY(QDir().mkpath(home));
    QString registry = place + QStringLiteral("/registry.sqlite");
    QVERIFY(copyFile(m_template, registry));
    const QString ro = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(ro));
    if (root) {
        for (const QString &owned : {place, home, ro, registry})
            QVERIFY(::chown(QFile::encodeName(owned).constData(), 65534, 65534) == 0);
    }
    const QFileDevice::Permissions readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                    QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(ro, readOnlyFolder);
    if (kind == QLatin1String("file"))
        QVERIFY(QFile::setPermissions(registry, QFileDevice::ReadOwner));
    else if (kind == QLatin1String("folder"))
        QVERIFY(QFile::setPermissions(place, readOnlyFolder));
    else if (kind == QLatin1String("missing"))
        registry = dir.filePath(QStringLiteral("missing/registry.sqlite"));
    for (QString &argument : arguments)
        argument.replace(QLatin1String("@ro"), ro);
    const QByteArray before = fileHash(registry);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    const QStringList command =
        QStringList{QStringLiteral("--database"), registry, QStringLiteral("--lang"), QStringLiteral("en")} + arguments;
    if (root)
        process.start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                           QStringLiteral("--clear-groups"), QStringLiteral("--"), cli} +
                                   command);
    else
        process.start(cli, command);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    qInfo("%s: exit %d: %s", QTest::currentDataTag(), process.exitCode(), qPrintable(err.trimmed()));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(messagePart), qPrintable(err));
    // A file that cannot be written is never called damaged: that would send someone to overwrite a good file.
    QVERIFY2(!err.contains(QLatin1String("damaged")), qPrintable(err));
    QCOMPARE(fileHash(registry), before);
    QFile::setPermissions(place, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
