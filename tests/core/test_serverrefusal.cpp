// Why a shared registry's server refused (DESIGN.md §14), decided from the SQLSTATE and libpq's connection status and
// never from the words of the server, which may be Japanese: every refusal maps to its own translated sentence, also
// when the server's text is in another language or says something misleading; and a server that does not answer
// keeps nobody waiting: the wait can be given up at once (the window's Cancel) or ends at its deadline.
#include "domain/serverrefusal.h"
#include "i18n/language.h"
#include "service/registry.h"
#include "silentserver.h"
#include "storage/serverprobe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <thread>

Q_DECLARE_METATYPE(ServerRefusal)

namespace {

const QList<ServerRefusal> kRefusals = {
    ServerRefusal::Unreachable,      ServerRefusal::PasswordNeeded,  ServerRefusal::WrongPassword,
    ServerRefusal::TlsMismatch,      ServerRefusal::DatabaseMissing, ServerRefusal::AccessDenied,
    ServerRefusal::NotARegistry,     ServerRefusal::EmptyDatabase,   ServerRefusal::SchemaNewer,
    ServerRefusal::PermissionDenied, ServerRefusal::OtherDepartment, ServerRefusal::Other};

} // namespace

class TestServerRefusal final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void connectionRefusals_data();
    void connectionRefusals();
    void statementRefusals_data();
    void statementRefusals();
    void everyRefusalHasItsTranslatedSentence();
    void silentServerIsGivenUpAtOnce();
    void silentServerEndsAtItsDeadline();
    void closedPortIsUnreachable();
};

void TestServerRefusal::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestServerRefusal::connectionRefusals_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("reachedServer");
    QTest::addColumn<bool>("failedInTlsStart");
    QTest::addColumn<bool>("passwordNeeded");
    QTest::addColumn<ServerRefusal>("expected");
    const auto row = [](const char *name, const char *message, bool reached, bool tls, bool needed,
                        ServerRefusal expected) {
        QTest::newRow(name) << QString::fromUtf8(message) << reached << tls << needed << expected;
    };
    // libpq's verbose messages as a server with lc_messages = ja_JP and as one in English write them.
    row("wrong password, Japanese", "致命的エラー:  28P01: ユーザー\"clerk\"のパスワード認証に失敗しました\n", true,
        false, false, ServerRefusal::WrongPassword);
    row("wrong password, English", "FATAL:  28P01: password authentication failed for user \"clerk\"\n", true, false,
        false, ServerRefusal::WrongPassword);
    row("database missing, Japanese", "致命的エラー:  3D000: データベース\"台帳\"は存在しません\n", true, false, false,
        ServerRefusal::DatabaseMissing);
    row("user unknown, Japanese", "致命的エラー:  28000: ロール\"tanaka\"は存在しません\n", true, false, false,
        ServerRefusal::AccessDenied);
    row("no pg_hba rule, Japanese",
        "致命的エラー:  28000: ホスト\"10.0.0.5\"、ユーザー\"tanaka\"、データベース\"registry\"用の pg_hba.conf "
        "エントリがありません\n場所:  ClientAuthentication, auth.c:542\n",
        true, false, false, ServerRefusal::AccessDenied);
    row("no CONNECT privilege", "致命的エラー:  42501: データベース\"registry\"へのアクセスが拒否されました\n", true,
        false, false, ServerRefusal::AccessDenied);
    row("misleading words", "FATAL:  3D000: password authentication failed (a joke of the server's translator)\n", true,
        false, false, ServerRefusal::DatabaseMissing);
    row("too many connections", "致命的エラー:  53300: 接続が多すぎます\n", true, false, false, ServerRefusal::Other);
    row("password needed", "fe_sendauth: パスワードが提供されませんでした\n", true, false, true,
        ServerRefusal::PasswordNeeded);
    row("TLS not offered", "サーバーはSSLをサポートしていませんが、SSLが要求されました\n", true, true, false,
        ServerRefusal::TlsMismatch);
    row("refused", "\"127.0.0.1\"、ポート1のサーバーへの接続に失敗しました: 接続を拒否されました\n", false, false,
        false, ServerRefusal::Unreachable);
    row("closed during start-up", "サーバーが予期せずクローズしました\n", true, false, false,
        ServerRefusal::Unreachable);
}

void TestServerRefusal::connectionRefusals()
{
    QFETCH(QString, message);
    QFETCH(bool, reachedServer);
    QFETCH(bool, failedInTlsStart);
    QFETCH(bool, passwordNeeded);
    QFETCH(ServerRefusal, expected);
    ServerConnectStage stage;
    stage.reachedServer = reachedServer;
    stage.failedInTlsStart = failedInTlsStart;
    stage.passwordNeeded = passwordNeeded;
    QCOMPARE(ServerRefusals::ofConnection(ServerRefusals::sqlStateIn(message), stage), expected);
}

void TestServerRefusal::statementRefusals_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<ServerRefusal>("expected");
    // Qt's driver puts the SQLSTATE in parentheses after the server's message.
    QTest::newRow("no privilege")
        << QString::fromUtf8(
               "エラー:  テーブル asset へのアクセスが拒否されました\n(42501) QPSQL: Unable to create query")
        << ServerRefusal::PermissionDenied;
    QTest::newRow("row-level security")
        << QString::fromUtf8(
               "エラー:  新しい行はテーブル\"asset\"の行レベルセキュリティポリシーに違反しています\n(42501)")
        << ServerRefusal::PermissionDenied;
    QTest::newRow("another department")
        << QString::fromUtf8(
               "エラー:  registry: user alice may not change the assets of department \"総務部\"\n(42R01)")
        << ServerRefusal::OtherDepartment;
    QTest::newRow("unique") << QString::fromUtf8("エラー:  重複したキー値は一意性制約に違反しています\n(23505)")
                            << ServerRefusal::None;
    QTest::newRow("no code") << QStringLiteral("permission denied for table asset") << ServerRefusal::None;
}

void TestServerRefusal::statementRefusals()
{
    QFETCH(QString, message);
    QFETCH(ServerRefusal, expected);
    QCOMPARE(ServerRefusals::ofStatement(ServerRefusals::sqlStateIn(message)), expected);
}

void TestServerRefusal::everyRefusalHasItsTranslatedSentence()
{
    const QString address = QStringLiteral("postgresql://tanaka@db.example.org/registry");
    QStringList english;
    for (ServerRefusal refusal : kRefusals) {
        const QString sentence = ServerRefusals::message(refusal, address);
        QVERIFY2(sentence.contains(address), qPrintable(sentence));
        QVERIFY(!english.contains(sentence));
        english << sentence;
    }
    QVERIFY(ServerRefusals::message(ServerRefusal::None, address).isEmpty());
    QVERIFY(ServerRefusals::message(ServerRefusal::Cancelled, address).isEmpty());
    QVERIFY(english.at(kRefusals.indexOf(ServerRefusal::PasswordNeeded)).contains(QLatin1String("~/.pgpass")));

    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QStringList japanese;
    for (int index = 0; index < kRefusals.size(); ++index) {
        const QString sentence = ServerRefusals::message(kRefusals.at(index), address);
        QVERIFY2(sentence.contains(address), qPrintable(sentence));
        QVERIFY2(sentence != english.at(index), qPrintable(sentence));
        QVERIFY2(!japanese.contains(sentence), qPrintable(sentence));
        // Written in Japanese: kana or kanji beyond the address and the names of files and settings.
        QVERIFY2(std::any_of(sentence.cbegin(), sentence.cend(), [](QChar c) { return c.unicode() >= 0x3040; }),
                 qPrintable(sentence));
        japanese << sentence;
    }
}

void TestServerRefusal::silentServerIsGivenUpAtOnce()
{
    SilentServer server;
    QVERIFY(server.port() > 0);
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
    ServerRefusal refusal = ServerRefusal::None;
    QString error;
    std::thread worker([&] {
        refusal = Registry::checkServer(server.url(), cancel, &error);
        done.store(true);
    });
    // The event loop keeps turning while the worker waits for the server.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(10);
    QEventLoop loop;
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(!done.load());
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    cancel.store(true);
    worker.join();
    QVERIFY2(sinceCancel.elapsed() < 250, qPrintable(QString::number(sinceCancel.elapsed())));
    QCOMPARE(refusal, ServerRefusal::Cancelled);
    QVERIFY(error.isEmpty());
}

void TestServerRefusal::silentServerEndsAtItsDeadline()
{
    SilentServer server;
    ServerAddress address;
    QString error;
    QVERIFY(ServerAddress::parse(server.url(), &address, &error));
    QElapsedTimer timer;
    timer.start();
    QString detail;
    QCOMPARE(ServerProbe::check(address, nullptr, &detail, 500), ServerRefusal::Unreachable);
    QVERIFY2(timer.elapsed() >= 450 && timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    const QString explained = ServerProbe::explained(ServerRefusal::Unreachable, address.displayUrl(), detail);
    QVERIFY2(explained.contains(QLatin1String("cannot be reached")), qPrintable(explained));
}

void TestServerRefusal::closedPortIsUnreachable()
{
    const std::atomic<bool> never{false};
    QString error;
    QElapsedTimer timer;
    timer.start();
    const QString url = QStringLiteral("postgresql://nobody@127.0.0.1:%1/registry").arg(SilentServer::closedPort());
    QCOMPARE(Registry::checkServer(url, never, &error), ServerRefusal::Unreachable);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(error.contains(QLatin1String("cannot be reached")), qPrintable(error));
    // Opening says the same, and why.
    ServerRefusal refusal = ServerRefusal::None;
    QVERIFY(!Registry::open(url, &error, &refusal));
    QCOMPARE(refusal, ServerRefusal::Unreachable);
}

QTEST_GUILESS_MAIN(TestServerRefusal)
#include "test_serverrefusal.moc"
