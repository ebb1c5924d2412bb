// The password of a shared registry on the command line (DESIGN.md §14): when the server asks for one that libpq's
// places (~/.pgpass, PGPASSWORD) do not hold, asset-registry-cli asks for it on the terminal with the echo off; when
// its input is not a terminal it fails with a message that says how to give one. The password is never printed.
// migrate asks the same way for the server it copies a registry file to.
#include "../rawsql.h"
#include "clirunner.h"
#include "passwordprompt.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "testregistry.h"
#include "testserver.h"

#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include <thread>

namespace {

const char kPassword[] = "Kagi-7731";

// Everything the pseudo-terminal's other end shows within `ms`.
QByteArray drain(int master, int ms)
{
    QByteArray shown;
    pollfd descriptor{master, POLLIN, 0};
    while (poll(&descriptor, 1, ms) > 0) {
        char buffer[256];
        const ssize_t got = read(master, buffer, sizeof buffer);
        if (got <= 0)
            break;
        shown.append(buffer, int(got));
    }
    return shown;
}

} // namespace

class TestServerPassword final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void noTerminalSaysHowToGiveOne();
    void terminalAsksWithoutEcho();
    void wrongPasswordOnTheTerminalIsRefused();
    void migrateAsksForTheTargetsPassword();

private:
    CliRun runOnTerminal(const QByteArray &typed, QByteArray *shown);
    CliRun runOnTerminal(const QStringList &arguments, const QByteArray &typed, QByteArray *shown);
    // A new empty database for migrate, owned by the user who signs in with a password; its superuser's URL.
    QString emptyDatabase();

    QString m_role; // a user who signs in with a password
    QString m_url;  // the registry, for that user, without the password
};

void TestServerPassword::initTestCase()
{
    REQUIRE_TEST_SERVER();
    // No password from libpq's own places.
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    QVERIFY(!QFile::exists(QDir::homePath() + QStringLiteral("/.pgpass")));
    const QString role = QStringLiteral("clerk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_role = role;
    QVERIFY(TestServer::execute({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE password_login")
                                     .arg(role, QLatin1String(kPassword))}));
    const QString superuserUrl = TestServer::createDatabase(role);
    QVERIFY(!superuserUrl.isEmpty());
    const QString database = TestServer::databaseOf(superuserUrl);
    QVERIFY(TestServer::execute({QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")}, database));
    QString error;
    QVERIFY2(Registry::create(TestServer::urlFor(database, role, QLatin1String(kPassword)), {}, &error),
             qPrintable(error));
    m_url = TestServer::urlFor(database, role);
}

void TestServerPassword::cleanup()
{
    PasswordPrompt::setTerminalForTests(-1);
}

void TestServerPassword::noTerminalSaysHowToGiveOne()
{
    int pipeEnds[2];
    QCOMPARE(pipe(pipeEnds), 0);
    PasswordPrompt::setTerminalForTests(pipeEnds[0]);
    const CliRun run = CliRunner::run(m_url, {QStringLiteral("info")});
    close(pipeEnds[0]);
    close(pipeEnds[1]);
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QLatin1String("its input is not a terminal")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("~/.pgpass")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("PGPASSWORD")), qPrintable(run.err));
    // server init asks the same way.
    const CliRun init = CliRunner::run(m_url, {QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(init.status, 1);
    QVERIFY2(init.err.contains(QLatin1String("its input is not a terminal")), qPrintable(init.err));
}

QString TestServerPassword::emptyDatabase()
{
    const QString superuserUrl = TestServer::createDatabase(m_role);
    if (superuserUrl.isEmpty() || !TestServer::execute({QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")},
                                                       TestServer::databaseOf(superuserUrl)))
        return {};
    return superuserUrl;
}

CliRun TestServerPassword::runOnTerminal(const QByteArray &typed, QByteArray *shown)
{
    return runOnTerminal({QStringLiteral("--database"), m_url, QStringLiteral("info")}, typed, shown);
}

CliRun TestServerPassword::runOnTerminal(const QStringList &arguments, const QByteArray &typed, QByteArray *shown)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return {};
    const int terminal = open(ptsname(master), O_RDWR | O_NOCTTY);
    if (terminal < 0)
        return {};
    PasswordPrompt::setTerminalForTests(terminal);
    // The person at the terminal: types the password once the question shows.
    std::thread person([master, typed, shown] {
        QByteArray seen;
        for (int round = 0; round < 100 && !seen.contains("Password of"); ++round)
            seen += drain(master, 100);
        if (write(master, typed.constData(), size_t(typed.size())) < 0)
            return;
        seen += drain(master, 300);
        *shown = seen;
    });
    const CliRun run = CliRunner::run(arguments);
    person.join();
    termios after{};
    tcgetattr(terminal, &after);
    close(terminal);
    close(master);
    // The terminal is as it was: its echo is on again.
    if (!(after.c_lflag & ECHO))
        return {};
    return run;
}

void TestServerPassword::terminalAsksWithoutEcho()
{
    QByteArray shown;
    const CliRun run = runOnTerminal(QByteArray(kPassword) + '\n', &shown);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(shown.contains("Password of"), shown.constData());
    QVERIFY2(!shown.contains(kPassword), shown.constData());
    QVERIFY(!run.out.contains(QLatin1String(kPassword)));
    QVERIFY(!run.err.contains(QLatin1String(kPassword)));
}

void TestServerPassword::wrongPasswordOnTheTerminalIsRefused()
{
    QByteArray shown;
    const CliRun run = runOnTerminal("not-the-one\n", &shown);
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QLatin1String("refused the user name or password")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("not-the-one")));
    QVERIFY(!shown.contains("not-the-one"));
}

void TestServerPassword::migrateAsksForTheTargetsPassword()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> file = TestRegistry::create(dir, 3);
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    const QString superuserUrl = emptyDatabase();
    QVERIFY(!superuserUrl.isEmpty());
    const QString database = TestServer::databaseOf(superuserUrl);
    const QString url = TestServer::urlFor(database, m_role);
    const QStringList migrate{QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"), url};
    const auto tablesOnServer = [&superuserUrl] {
        QSqlQuery query(RawSql::connection(superuserUrl));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) || !query.next())
            return -1;
        return query.value(0).toInt();
    };

    // No terminal: the same message as the other commands, and nothing is written on the server.
    int pipeEnds[2];
    QCOMPARE(pipe(pipeEnds), 0);
    PasswordPrompt::setTerminalForTests(pipeEnds[0]);
    const CliRun refused = CliRunner::run(migrate);
    close(pipeEnds[0]);
    close(pipeEnds[1]);
    PasswordPrompt::setTerminalForTests(-1);
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QLatin1String("its input is not a terminal")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("~/.pgpass")), qPrintable(refused.err));
    QCOMPARE(tablesOnServer(), 0);

    // A wrong password typed: refused, nothing written.
    QByteArray shown;
    const CliRun wrong = runOnTerminal(migrate, "not-the-one\n", &shown);
    QCOMPARE(wrong.status, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("refused the user name or password")), qPrintable(wrong.err));
    QCOMPARE(tablesOnServer(), 0);

    // The right one: asked without echo, the registry copied and checked, the password shown nowhere.
    shown.clear();
    const CliRun run = runOnTerminal(migrate, QByteArray(kPassword) + '\n', &shown);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(shown.contains("Password of"), shown.constData());
    QVERIFY2(!shown.contains(kPassword), shown.constData());
    QVERIFY2(run.out.contains(QLatin1String("asset\t3")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String(kPassword)));
    QVERIFY(!run.err.contains(QLatin1String(kPassword)));
    QString error;
    std::unique_ptr<Registry> copied =
        Registry::open(TestServer::urlFor(database, m_role, QLatin1String(kPassword)), &error);
    QVERIFY2(copied, qPrintable(error));
    QCOMPARE(copied->assets().totalCount(), qint64(3));
}

QTEST_GUILESS_MAIN(TestServerPassword)
#include "test_serverpassword.moc"
