// The command line (DESIGN.md §11) as a script sees it: global options, the command table and each command's help,
// usage errors, bad registry files, init, Japanese messages and the terminal. asset-registry-cli's commands run
// in-process against a temporary registry, checking exit status 0 / 1 / 2 and the messages on stderr; the asset
// commands are in test_assetcli.cpp.
#include "clirunner.h"
#include "command.h"
#include "testfiles.h"
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

using Run = CliRun;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void versionAndHelp();
    void commandTable();
    void usageErrors_data();
    void usageErrors();
    void commandHelp_data();
    void commandHelp();
    void refusesBadRegistryFile_data();
    void refusesBadRegistryFile();
    void initCreatesRegistry();
    void japaneseMessages();
    void controlCharactersDoNotReachTheTerminal();

private:
    Run run(const QStringList &arguments, bool withDatabase = true) const;
    // Adds assets directly through the service, as a fixture.
    QStringList addAssets(const QList<Asset> &assets);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(Registry::create(m_path, {}, &error), qPrintable(error));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Run TestCli::run(const QStringList &arguments, bool withDatabase) const
{
    return withDatabase ? CliRunner::run(m_path, arguments) : CliRunner::run(arguments);
}

QStringList TestCli::addAssets(const QList<Asset> &assets)
{
    return TestRegistry::add(m_path, assets);
}

void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")}, false);
    QCOMPARE(version.status, 0);
    QVERIFY2(version.out.contains(QStringLiteral(ASSET_REGISTRY_VERSION)), qPrintable(version.out));

    const Run help = run({QStringLiteral("--help")}, false);
    QCOMPARE(help.status, 0);
    for (const char *command : {"list", "show", "add", "edit", "generate", "info"})
        QVERIFY2(help.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
}

void TestCli::commandTable()
{
    // The table is what --help lists, in its order: by name, each name once, each command answering --help with
    // its own usage line before it would open a registry.
    const QList<Command> &commands = CommandTable::all();
    QVERIFY(commands.size() >= 19);
    const Run help = run({QStringLiteral("--help")}, false);
    qsizetype position = 0;
    for (qsizetype index = 0; index < commands.size(); ++index) {
        const QString name = QString::fromLatin1(commands.at(index).name);
        if (index > 0)
            QVERIFY2(QString::fromLatin1(commands.at(index - 1).name) < name, qPrintable(name));
        QCOMPARE(CommandTable::find(name), &commands.at(index));
        const qsizetype found = help.out.indexOf(QLatin1String("\n  ") + name + QLatin1Char(' '), position);
        QVERIFY2(found > position, qPrintable(name));
        position = found;
        QVERIFY(commands.at(index).summary && *commands.at(index).summary);

        const Run own = run({QStringLiteral("--database"), m_dir->filePath(QStringLiteral("none.sqlite")), name,
                             QStringLiteral("--help")},
                            false);
        QVERIFY2(own.status == 0, qPrintable(name + QLatin1Char(' ') + own.err));
        const QRegularExpression usage(QStringLiteral("asset-registry-cli (\\[[^]]*\\] )*%1\\b").arg(name));
        QVERIFY2(own.out.contains(usage) || name == QLatin1String("help"),
                 qPrintable(name + QLatin1Char(' ') + own.out.left(200)));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.sqlite"))));
    QCOMPARE(CommandTable::find(QStringLiteral("frobnicate")), nullptr);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList() << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("list")} << QStringLiteral("--colour");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("list")}
                                  << QStringLiteral("fr");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")}
                                    << QStringLiteral("--colour");
    QTest::newRow("global option after command")
        << QStringList{QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("ja")}
        << QStringLiteral("--lang");
    QTest::newRow("missing value") << QStringList{QStringLiteral("list"), QStringLiteral("--format")}
                                   << QStringLiteral("--format");
    QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("xml");
    QTest::newRow("bad column") << QStringList{QStringLiteral("list"), QStringLiteral("--columns=name,colour")}
                                << QStringLiteral("colour");
    QTest::newRow("bad type") << QStringList{QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("boat")}
                              << QStringLiteral("boat");
    QTest::newRow("bad importance") << QStringList{QStringLiteral("list"), QStringLiteral("--importance=7")}
                                    << QStringLiteral("7");
    QTest::newRow("show without number") << QStringList{QStringLiteral("show")} << QStringLiteral("ASSET_NO");
    QTest::newRow("show two numbers") << QStringList{QStringLiteral("show"), QStringLiteral("IA-000001"),
                                                     QStringLiteral("IA-000002")}
                                      << QStringLiteral("IA-000002");
    QTest::newRow("option twice") << QStringList{QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("a"),
                                                 QStringLiteral("--name"), QStringLiteral("b")}
                                  << QStringLiteral("--name");
    QTest::newRow("edit without fields") << QStringList{QStringLiteral("edit"), QStringLiteral("IA-000001")}
                                         << QStringLiteral("--status");
    QTest::newRow("generate without count") << QStringList{QStringLiteral("generate")} << QStringLiteral("--count");
    QTest::newRow("generate bad count") << QStringList{QStringLiteral("generate"), QStringLiteral("--count"),
                                                       QStringLiteral("many")}
                                        << QStringLiteral("many");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QByteArray before = TestFiles::read(m_path);
    const Run result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.err)); // the usage hint
    QVERIFY(result.out.isEmpty());
    QCOMPARE(TestFiles::read(m_path), before);
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("list --help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")}
                                 << QStringLiteral("--personal-info");
    QTest::newRow("add -h") << QStringList{QStringLiteral("add"), QStringLiteral("-h")}
                            << QStringLiteral("--confidentiality-rationale");
    QTest::newRow("help edit") << QStringList{QStringLiteral("help"), QStringLiteral("edit")}
                               << QStringLiteral("ASSET_NO");
    QTest::newRow("generate --help") << QStringList{QStringLiteral("generate"), QStringLiteral("--help")}
                                     << QStringLiteral("--seed");
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // Help needs no registry: even a missing file does not stop it.
    QStringList withMissingFile{QStringLiteral("--database"), m_dir->filePath(QStringLiteral("missing.sqlite"))};
    withMissingFile << arguments;
    const Run result = run(withMissingFile, false);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing.sqlite"))));
}

void TestCli::refusesBadRegistryFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("asset_no,name\nIA-000001,not a registry\n");
    QTest::newRow("zip header") << QByteArray("PK\x03\x04 this is no database");
    QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3");
}

void TestCli::refusesBadRegistryFile()
{
    QFETCH(QByteArray, content);
    const QString path = TestFiles::write(*m_dir, QStringLiteral("bad.sqlite"), content);
    QVERIFY(!path.isEmpty());
    for (const QStringList &command : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("info")},
                                       QStringList{QStringLiteral("add"), QStringLiteral("--name=x"),
                                                   QStringLiteral("--department=y"), QStringLiteral("--owner=z")}}) {
        const Run result = run(QStringList{QStringLiteral("--database"), path} + command, false);
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains(QLatin1String("bad.sqlite")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(TestFiles::read(path), content);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    const Run missing = run(
        {QStringLiteral("--database"), m_dir->filePath(QStringLiteral("none.sqlite")), QStringLiteral("list")}, false);
    QCOMPARE(missing.status, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.sqlite"))));
}

void TestCli::initCreatesRegistry()
{
    const QString path = m_dir->filePath(QStringLiteral("fips.sqlite"));
    const Run created = run({QStringLiteral("--database"), path, QStringLiteral("init"), QStringLiteral("--scheme"),
                             QStringLiteral("fips199"), QStringLiteral("--prefix"), QStringLiteral("DX-"),
                             QStringLiteral("--organisation"), QStringLiteral("データ連携基盤")},
                            false);
    QVERIFY2(created.status == 0, qPrintable(created.err));
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    const Run added = run({QStringLiteral("--database"), path, QStringLiteral("add"), QStringLiteral("--name=API鍵"),
                           QStringLiteral("--department=情報システム部"), QStringLiteral("--owner=田中 健"),
                           QStringLiteral("--confidentiality"), QStringLiteral("Moderate"),
                           QStringLiteral("--retention-until=2031-03-31")},
                          false);
    QVERIFY2(added.status == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), QStringLiteral("DX-000001"));

    const Run info = run({QStringLiteral("--database"), path, QStringLiteral("info")}, false);
    QCOMPARE(info.status, 0);
    QVERIFY2(info.out.contains(QLatin1String("fips199")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("データ連携基盤")), qPrintable(info.out));

    const QByteArray before = TestFiles::read(m_path);
    const Run again = run({QStringLiteral("init")});
    QCOMPARE(again.status, 1);
    QCOMPARE(TestFiles::read(m_path), before);
}

void TestCli::japaneseMessages()
{
    const Run english = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("add"),
                             QStringLiteral("--department=総務部"), QStringLiteral("--owner=山田 太郎")});
    QCOMPARE(english.status, 1);
    QVERIFY2(english.err.contains(QLatin1String("Asset name is required")), qPrintable(english.err));

    const char *source = "Asset name is required. Enter the name of the asset.";
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/asset-registry_ja.qm")));
    const QString expected = translator.translate("Registry", source);
    if (expected.isEmpty())
        QSKIP("The Japanese translation of Registry \"Asset name is required. Enter the name of the asset.\" is not "
              "there yet.");
    const Run japanese = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("add"),
                              QStringLiteral("--department=総務部"), QStringLiteral("--owner=山田 太郎")});
    QCOMPARE(japanese.status, 1);
    QVERIFY2(japanese.err.contains(expected), qPrintable(japanese.err));
}

void TestCli::controlCharactersDoNotReachTheTerminal()
{
    // A name that would set the terminal's title and clear its screen.
    const QString hostile = QStringLiteral("Payroll\x1b]0;owned\x07\x1b[2J\u202Eeman");
    Asset asset;
    asset.name = hostile;
    asset.department = QStringLiteral("HR\x1b[31m");
    asset.owner = QStringLiteral("Emily Clark");
    const QStringList numbers = addAssets({asset});
    QCOMPARE(numbers.size(), 1);

    const Run shown = run({QStringLiteral("show"), numbers.constFirst()});
    QVERIFY2(shown.status == 0, qPrintable(shown.err));
    QVERIFY(!shown.out.contains(QChar(0x1b)));
    QVERIFY(!shown.out.contains(QChar(0x07)));
    QVERIFY(!shown.out.contains(QChar(0x202E)));
    QVERIFY2(shown.out.contains(QStringLiteral("Payroll\\x1b]0;owned\\x07\\x1b[2J\\u{202e}eman")),
             qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("HR\\x1b[31m")), qPrintable(shown.out));

    // Into a pipe or a file the data stay exact.
    const Run listed = run({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("name,department")});
    QVERIFY2(listed.status == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(hostile), qPrintable(listed.out));

    // On a terminal (a pseudo-terminal made by script(1)) they are escaped.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed: no pseudo-terminal to test with");
    QProcess process;
    const QString command =
        QStringLiteral("'%1' --database '%2' list --columns name,department").arg(QStringLiteral(CLI_PATH), m_path);
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(process.waitForFinished(60000));
    const QString terminal = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(terminal.contains(QStringLiteral("Payroll\\x1b]0;owned")), qPrintable(terminal));
    QVERIFY(!terminal.contains(QStringLiteral("\x1b]0;")));
    QVERIFY(!terminal.contains(QStringLiteral("\x1b[31m")));
}

QTEST_MAIN(TestCli)
#include "test_cli.moc"
