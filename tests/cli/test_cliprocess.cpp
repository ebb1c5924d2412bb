// asset-registry-cli as a real process, for what in-process tests cannot see: the exit status the shell gets, what
// reaches the process's stdout and stderr, the application object main() picks (a ledger renders without a display),
// and a write error on stdout. Everything else about the commands is tested in-process (test_cli and the others).
#include "pdftext.h"
#include "testregistry.h"

#include "service/auditlog.h"
#include "service/progress.h"
#include "service/registry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliProcess final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void versionAndHelp();
    void usageErrorExitsTwo();
    void failureExitsOne();
    void addThenList();
    void ledgerPdfWithoutDisplay();
    void fullDiskIsAFailure();
    void ctrlCDuringAnImportKeepsNothing();

private:
    Run run(const QStringList &arguments, QProcess *process = nullptr) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(TestRegistry::create(*m_dir, 30));
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
}

void TestCliProcess::cleanup()
{
    m_dir.reset();
}

Run TestCliProcess::run(const QStringList &arguments, QProcess *given) const
{
    QProcess own;
    QProcess &process = given ? *given : own;
    process.start(QStringLiteral(CLI_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        qWarning("asset-registry-cli did not run: %s", qPrintable(process.errorString()));
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliProcess::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("asset-registry-cli " ASSET_REGISTRY_VERSION)),
             qPrintable(version.out));
    QCOMPARE(version.err, QString());

    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY2(help.out.startsWith(QLatin1String("Usage: asset-registry-cli [--database FILE]")), qPrintable(help.out));
    for (const char *command : {"list", "ledger", "dispose", "gaps", "help"})
        QVERIFY2(help.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
    QCOMPARE(help.err, QString());
}

void TestCliProcess::usageErrorExitsTwo()
{
    const Run result = run({QStringLiteral("--database"), m_path, QStringLiteral("frobnicate")});
    QCOMPARE(result.status, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("asset-registry-cli: Unknown command 'frobnicate'.\n"
                                        "asset-registry-cli: Run 'asset-registry-cli --help' for the commands and "
                                        "options.\n"));
}

void TestCliProcess::failureExitsOne()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    const Run result = run({QStringLiteral("--database"), missing, QStringLiteral("list")});
    QCOMPARE(result.status, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QLatin1String("asset-registry-cli: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("missing.sqlite")), qPrintable(result.err));
    QVERIFY(!QFile::exists(missing));
}

void TestCliProcess::addThenList()
{
    const Run added = run({QStringLiteral("--database"), m_path, QStringLiteral("add"),
                           QStringLiteral("--name=職員名簿"), QStringLiteral("--department=人事部"),
                           QStringLiteral("--owner=山田 太郎"), QStringLiteral("--retention-until=2031-03-31")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    QCOMPARE(added.out, QStringLiteral("IA-000031\n"));

    const Run listed = run({QStringLiteral("--database"), m_path, QStringLiteral("list"),
                            QStringLiteral("--format=json"), QStringLiteral("--department=人事部")});
    QCOMPARE(listed.status, 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QVERIFY(!array.isEmpty());
    QCOMPARE(array.last().toObject().value(QLatin1String("name")).toString(), QStringLiteral("職員名簿"));
}

void TestCliProcess::ledgerPdfWithoutDisplay()
{
    if (!PdfText::available())
        QSKIP("needs poppler-utils");
    // No platform given: main() picks a QGuiApplication on the offscreen platform for a command that renders.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    const QString file = m_dir->filePath(QStringLiteral("ledger.pdf"));
    const Run written = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_path,
                             QStringLiteral("ledger"), QStringLiteral("--pdf"), file},
                            &process);
    QVERIFY2(written.status == 0, qPrintable(written.err));
    QVERIFY2(written.err.contains(QLatin1String("Writing pages")), qPrintable(written.err));
    QVERIFY(PdfText::pages(file) >= 1);
    QVERIFY(PdfText::text(file).contains(QLatin1String("IA-000030")));
}

void TestCliProcess::fullDiskIsAFailure()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    const Run result = run({QStringLiteral("--database"), m_path, QStringLiteral("list")}, &process);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QLatin1String("Could not write the output")), qPrintable(result.err));
}

void TestCliProcess::ctrlCDuringAnImportKeepsNothing()
{
    // An import long enough to be interrupted after its first progress line.
    constexpr int kRows = 40000;
    const QString csv = m_dir->filePath(QStringLiteral("many.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "情報資産名称,管理部署,管理責任者,機密性,完全性,可用性\r\n";
        for (int row = 1; row <= kRows; ++row)
            text += QStringLiteral("取引記録 %1,営業部,佐藤,2,1,1\r\n").arg(row).toUtf8();
        file.write(text);
    }
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), {QStringLiteral("--database"), m_path, QStringLiteral("import"), csv});
    QVERIFY(process.waitForStarted(10000));
    QString err;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains(QLatin1String("Importing:")) && process.state() == QProcess::Running &&
           waited.elapsed() < 120000) {
        process.waitForReadyRead(100);
        err += QString::fromUtf8(process.readAllStandardError());
    }
    QVERIFY2(err.contains(QLatin1String("Importing:")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("40,000 / 40,000")), qPrintable(err));
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(120000));
    err += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains(Progress::cancelledMessage()), qPrintable(err));
    // The registry is as it was: its 30 assets, a chain that verifies, and it still takes writes.
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(m_path, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->assets().totalCount(), 30);
    QVERIFY(registry->audit().verify().ok());
    const Run list = run({QStringLiteral("--database"), m_path, QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(list.status, 0);
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "test_cliprocess.moc"
