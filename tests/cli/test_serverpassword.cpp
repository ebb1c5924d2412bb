// The password of a shared registry on the command line (DESIGN.md §14): when the server asks for one that libpq's
// places (~/.pgpass, PGPASSWORD) do not hold, asset-registry-cli asks for it on the terminal with the echo off; when
// its input is not a terminal it fails with a message that says how to give one. The password is never printed.
#include "clirunner.h"
#include "passwordprompt.h"
#include "service/registry.h"
#include "testserver.h"

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

private:
    CliRun runOnTerminal(const QByteArray &typed, QByteArray *shown);

    QString m_url; // the registry, for a user who signs in with a password, without it
};

void TestServerPassword::initTestCase()
{
    REQUIRE_TEST_SERVER();
    // No password from libpq's own places.
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    QVERIFY(!QFile::exists(QDir::homePath() + QStringLiteral("/.pgpass")));
    const QString role = QStringLiteral("clerk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
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

CliRun TestServerPassword::runOnTerminal(const QByteArray &typed, QByteArray *shown)
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
    const CliRun run = CliRunner::run(m_url, {QStringLiteral("info")});
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

QTEST_GUILESS_MAIN(TestServerPassword)
#include "test_serverpassword.moc"
