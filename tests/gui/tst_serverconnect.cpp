// File ▸ Connect to Shared Registry… against the tests' PostgreSQL server (scripts/with-postgres.sh): the dialog's
// fields make the address the core reads back (special characters, IPv6, a socket folder), a connection shows the
// registry in the main window and puts it in the recent list without a password, the password the server asks for is
// asked once and reaches background jobs but never the settings, a recent server entry opens again, and a wrong
// database gives the translated message with the dialog kept open on the values. Without a server the tests that need
// one skip (or fail, when the server is required) with the reason.
#include "backup/backupactions.h"
#include "connect/connectdialog.h"
#include "connect/connectingdialog.h"
#include "connect/passworddialog.h"
#include "domain/serveraddress.h"
#include "i18n/language.h"
#include "jobs/backgroundjob.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "models/assettablemodel.h"
#include "service/assetservice.h"
#include "silentserver.h"
#include "testregistry.h"
#include "testserver.h"
#include "widgets/messagebox.h"
#include "widgets/problempanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace {

// The folder of the test server's socket (or its host), and its superuser.
QString serverHost()
{
    const QUrl url(TestServer::url());
    const QString socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    return socket.isEmpty() ? url.host() : socket;
}

QString superuser()
{
    return QUrl(TestServer::url()).userName();
}

// Runs `act` on the modal dialog of type T once the event loop shows one (within 30 s).
template <typename T> void whenShown(const std::function<void(T *)> &act)
{
    auto *timer = new QTimer(qApp);
    const QDeadlineTimer deadline(30000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, deadline] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            act(dialog);
        } else if (deadline.hasExpired()) {
            qWarning("no %s was shown", T::staticMetaObject.className());
            timer->deleteLater();
            timer->stop();
        }
    });
    timer->start(20);
}

void fill(ConnectDialog *dialog, const QString &database, const QString &user, const QString &tls)
{
    dialog->hostEdit()->setText(serverHost());
    dialog->portSpin()->setValue(ServerAddress::kDefaultPort);
    dialog->databaseEdit()->setText(database);
    dialog->userEdit()->setText(user);
    dialog->tlsCombo()->setCurrentIndex(dialog->tlsCombo()->findData(tls));
}

QPushButton *connectButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// The File ▸ Open Recent entry whose text holds `text`, after the menu has been filled as it is before it shows.
QAction *recentEntry(MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.fileMenu()->actions();
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu(); menu && action->text().contains(QLatin1String("Recent"))) {
            emit menu->aboutToShow();
            const QList<QAction *> entries = menu->actions();
            for (QAction *entry : entries) {
                if (entry->text().contains(text))
                    return entry;
            }
        }
    }
    return nullptr;
}

QByteArray settingsFile()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerConnect final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fieldsMakeTheAddress();
    void badFieldsAreNamed();
    void tlsModesAreExplained();
    void connectShowsTheRegistry();
    void passwordIsAskedAndKeptForJobs();
    void wrongDatabaseKeepsTheValues();
    void silentServerCanBeCancelled();

private:
    // A new registry on the server with `assets` assets, in a database owned by `owner` (the superuser when empty),
    // opened by `url`; its database name, or empty after a warning.
    static QString serverRegistry(int assets, const QString &owner = {}, const QString &password = {});
    std::unique_ptr<MainWindow> newWindow();
};

void TestServerConnect::init()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    QSettings().clear();
}

void TestServerConnect::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

QString TestServerConnect::serverRegistry(int assets, const QString &owner, const QString &password)
{
    const QString url = TestServer::createDatabase(owner);
    if (url.isEmpty())
        return {};
    const QString database = TestServer::databaseOf(url);
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(
        owner.isEmpty() ? url : TestServer::urlFor(database, owner, password), Registry::CreateOptions(), &error);
    if (!registry) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    registry->setActor(QStringLiteral("tester@test"));
    for (int index = 0; index < assets; ++index) {
        if (!registry->assets()
                 .createAsset(TestRegistry::validAsset(*registry, QStringLiteral("共有資産 %1").arg(index + 1)))
                 .ok()) {
            qWarning("asset not saved");
            return {};
        }
    }
    return database;
}

std::unique_ptr<MainWindow> TestServerConnect::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    Features::install(*window);
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("main window not shown");
    return window;
}

void TestServerConnect::fieldsMakeTheAddress()
{
    ConnectDialog dialog;
    // Nothing remembered yet: libpq's port and TLS mode, the system's user name.
    QCOMPARE(dialog.portSpin()->value(), 5432);
    QCOMPARE(dialog.tlsCombo()->currentData().toString(), QStringLiteral("prefer"));
    QVERIFY(!connectButton(&dialog)->isEnabled());

    dialog.hostEdit()->setText(QStringLiteral(" [2001:db8::10] "));
    dialog.portSpin()->setValue(6432);
    dialog.databaseEdit()->setText(QStringLiteral("資産台帳 2026/本庁?#%"));
    dialog.userEdit()->setText(QStringLiteral("o'brien@corp:x"));
    dialog.tlsCombo()->setCurrentIndex(dialog.tlsCombo()->findData(QStringLiteral("verify-full")));
    QVERIFY(connectButton(&dialog)->isEnabled());
    ServerAddress address;
    QString error;
    QVERIFY2(dialog.address(&address, &error), qPrintable(error));
    QCOMPARE(address.host, QStringLiteral("2001:db8::10"));
    QVERIFY(address.password.isEmpty());
    const QString url = address.displayUrl();
    QVERIFY2(url.contains(QLatin1String("@[2001:db8::10]:6432/")), qPrintable(url));
    QVERIFY2(url.endsWith(QLatin1String("?sslmode=verify-full")), qPrintable(url));

    // The core reads the dialog's address back into the same fields.
    ServerAddress read;
    QVERIFY2(ServerAddress::parse(url, &read, &error), qPrintable(error));
    QCOMPARE(read.host, QStringLiteral("2001:db8::10"));
    QCOMPARE(read.port, 6432);
    QCOMPARE(read.database, QStringLiteral("資産台帳 2026/本庁?#%"));
    QCOMPARE(read.user, QStringLiteral("o'brien@corp:x"));
    QCOMPARE(read.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(read.displayName(), QStringLiteral("o'brien@corp:x@[2001:db8::10]:6432/資産台帳 2026/本庁?#%"));

    // And the fields show an address again as they were typed.
    ConnectDialog again;
    again.setAddress(read);
    QCOMPARE(again.hostEdit()->text(), QStringLiteral("[2001:db8::10]"));
    QCOMPARE(again.portSpin()->value(), 6432);
    QCOMPARE(again.databaseEdit()->text(), read.database);
    QCOMPARE(again.userEdit()->text(), read.user);
    QCOMPARE(again.tlsCombo()->currentData().toString(), QStringLiteral("verify-full"));

    // A socket folder goes into the address as libpq's host parameter.
    again.hostEdit()->setText(QStringLiteral("/run/postgresql"));
    QVERIFY2(again.address(&address, &error), qPrintable(error));
    QVERIFY2(address.displayUrl().contains(QLatin1String("?host=/run/postgresql")), qPrintable(address.displayUrl()));
    QVERIFY(ServerAddress::parse(address.displayUrl(), &read, &error));
    QCOMPARE(read.host, QStringLiteral("/run/postgresql"));

    // The values of the last connection come back in a new dialog.
    QSettings settings;
    settings.setValue(QStringLiteral("sharedRegistry/host"), QStringLiteral("db.example.org"));
    settings.setValue(QStringLiteral("sharedRegistry/port"), 6543);
    settings.setValue(QStringLiteral("sharedRegistry/database"), QStringLiteral("registry"));
    settings.setValue(QStringLiteral("sharedRegistry/user"), QStringLiteral("suzuki"));
    settings.setValue(QStringLiteral("sharedRegistry/sslMode"), QStringLiteral("require"));
    ConnectDialog remembered;
    QCOMPARE(remembered.hostEdit()->text(), QStringLiteral("db.example.org"));
    QCOMPARE(remembered.portSpin()->value(), 6543);
    QCOMPARE(remembered.databaseEdit()->text(), QStringLiteral("registry"));
    QCOMPARE(remembered.userEdit()->text(), QStringLiteral("suzuki"));
    QCOMPARE(remembered.tlsCombo()->currentData().toString(), QStringLiteral("require"));
}

void TestServerConnect::badFieldsAreNamed()
{
    ConnectDialog dialog;
    ServerAddress address;
    QString error;
    dialog.hostEdit()->setText(QStringLiteral("db.example.org:5433"));
    dialog.databaseEdit()->setText(QStringLiteral("registry"));
    QVERIFY(!dialog.address(&address, &error));
    QVERIFY2(error.contains(QLatin1String("'db.example.org:5433' is not a host name or an address")),
             qPrintable(error));
    dialog.hostEdit()->setText(QStringLiteral("db example"));
    QVERIFY(!dialog.address(&address, &error));
    QVERIFY2(error.contains(QLatin1String("is not a host name")), qPrintable(error));
    dialog.hostEdit()->setText(QStringLiteral("db.example.org"));
    dialog.databaseEdit()->setText(QStringLiteral("  "));
    QVERIFY(!connectButton(&dialog)->isEnabled());
    QVERIFY(!dialog.address(&address, &error));
    QVERIFY2(error.contains(QLatin1String("Enter the name of the registry's database")), qPrintable(error));

    // Connect with a bad host: the message, and the dialog stays with what was typed.
    dialog.hostEdit()->setText(QStringLiteral("db example"));
    dialog.databaseEdit()->setText(QStringLiteral("registry"));
    const int before = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.show();
    connectButton(&dialog)->click();
    QCOMPARE(MessageBox::count(), before + 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("is not a host name")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db example"));
}

void TestServerConnect::tlsModesAreExplained()
{
    ConnectDialog dialog;
    QStringList explanations;
    for (int index = 0; index < dialog.tlsCombo()->count(); ++index) {
        dialog.tlsCombo()->setCurrentIndex(index);
        const QString mode = dialog.tlsCombo()->currentData().toString();
        QVERIFY2(dialog.tlsCombo()->currentText().contains(QStringLiteral("(%1)").arg(mode)),
                 qPrintable(dialog.tlsCombo()->currentText()));
        QVERIFY(!dialog.tlsExplanation()->text().isEmpty());
        explanations << dialog.tlsExplanation()->text();
    }
    QCOMPARE(dialog.tlsCombo()->count(), 5);
    explanations.removeDuplicates();
    QCOMPARE(explanations.size(), 5);

    // In Japanese, the modes and their explanations are Japanese; the libpq names stay.
    Language::instance().setLanguage(QStringLiteral("ja"), false);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(dialog.tlsCombo()->currentData().toString(), QStringLiteral("verify-full"));
    QVERIFY2(dialog.tlsCombo()->currentText().contains(QStringLiteral("（verify-full）")),
             qPrintable(dialog.tlsCombo()->currentText()));
    QVERIFY2(dialog.tlsExplanation()->text().contains(QStringLiteral("証明書")),
             qPrintable(dialog.tlsExplanation()->text()));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("共有台帳に接続"));
}

void TestServerConnect::connectShowsTheRegistry()
{
    REQUIRE_TEST_SERVER();
    const QString database = serverRegistry(3);
    QVERIFY(!database.isEmpty());
    std::unique_ptr<MainWindow> window = newWindow();
    const int messages = MessageBox::count();

    bool filled = false;
    whenShown<ConnectDialog>([&](ConnectDialog *dialog) {
        // On a Unix socket libpq leaves TLS out whatever the mode.
        fill(dialog, database, superuser(), QStringLiteral("require"));
        filled = true;
        connectButton(dialog)->click();
    });
    window->connectAction()->trigger();
    QVERIFY(filled);
    QVERIFY(window->registry());
    QCOMPARE(window->assetModel()->rowCount(), 3);
    QCOMPARE(MessageBox::count(), messages);
    QVERIFY2(window->windowTitle().startsWith(superuser() + QLatin1Char('@')), qPrintable(window->windowTitle()));
    QVERIFY2(window->windowTitle().contains(QLatin1Char('/') + database), qPrintable(window->windowTitle()));
    QVERIFY2(window->registryLabel()->text().startsWith(QLatin1String("postgresql://")),
             qPrintable(window->registryLabel()->text()));
    // Backups of a shared registry are the server's: the file backup is not offered, and none is made.
    auto *backups = window->findChild<BackupActions *>();
    QVERIFY(backups);
    QVERIFY(!backups->backupAction()->isEnabled());
    QVERIFY(!backups->restoreAction()->isEnabled());
    if (backups->backgroundWorkRunning())
        QVERIFY(QSignalSpy(backups, &BackupActions::backgroundWorkFinished).wait(10000));
    QVERIFY(backups->automaticBackupPath().isEmpty());

    // The recent list holds the server entry, which opens again.
    const QStringList recent = RecentFiles::files();
    QCOMPARE(recent.size(), 1);
    QVERIFY2(recent.constFirst().startsWith(QLatin1String("postgresql://") + superuser() + QLatin1Char('@')),
             qPrintable(recent.constFirst()));
    QVERIFY2(recent.constFirst().contains(database), qPrintable(recent.constFirst()));
    QVERIFY2(recent.constFirst().contains(QLatin1String("sslmode=require")), qPrintable(recent.constFirst()));
    // The remembered values of the dialog.
    QCOMPARE(ConnectDialog::remembered().database, database);
    QCOMPARE(ConnectDialog::remembered().sslMode, QStringLiteral("require"));

    window->setRegistry(nullptr);
    QAction *entry = recentEntry(*window, superuser() + QLatin1Char('@'));
    QVERIFY(entry);
    QVERIFY2(entry->text().endsWith(QLatin1Char('/') + database), qPrintable(entry->text()));
    entry->trigger();
    QVERIFY(window->registry());
    QCOMPARE(window->assetModel()->rowCount(), 3);
    QCOMPARE(RecentFiles::files().size(), 1);
    QVERIFY(recentEntry(*window, database)->isChecked());
    // Opening it again while it is open keeps it.
    Registry *open = window->registry();
    QVERIFY(window->openRegistry(recent.constFirst()));
    QCOMPARE(window->registry(), open);
    QCOMPARE(MessageBox::count(), messages);
}

void TestServerConnect::passwordIsAskedAndKeptForJobs()
{
    REQUIRE_TEST_SERVER();
    const QString role = QStringLiteral("gui_clerk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString password = QStringLiteral("Tr0ub4dor&3:@/?");
    QVERIFY(TestServer::execute(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE password_login").arg(role, password)}));
    const QString database = serverRegistry(2, role, password);
    QVERIFY(!database.isEmpty());
    std::unique_ptr<MainWindow> window = newWindow();
    const int messages = MessageBox::count();

    // The first password is wrong: the dialog asks again and says why; the second is right.
    QStringList asked;
    const std::function<void(PasswordDialog *)> answerRight = [&](PasswordDialog *dialog) {
        asked << dialog->problemPanel()->text();
        dialog->passwordEdit()->setText(password);
        connectButton(dialog)->click();
    };
    const std::function<void(PasswordDialog *)> answerWrong = [&](PasswordDialog *dialog) {
        asked << dialog->problemPanel()->text();
        QVERIFY(!connectButton(dialog)->isEnabled());
        dialog->passwordEdit()->setText(QStringLiteral("wrong"));
        whenShown<PasswordDialog>(answerRight);
        connectButton(dialog)->click();
    };
    whenShown<ConnectDialog>([&](ConnectDialog *dialog) {
        fill(dialog, database, role, QStringLiteral("prefer"));
        whenShown<PasswordDialog>(answerWrong);
        connectButton(dialog)->click();
    });
    window->connectAction()->trigger();
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(0).isEmpty(), qPrintable(asked.at(0)));
    QVERIFY2(asked.at(1).contains(QLatin1String("refused the user name or password")), qPrintable(asked.at(1)));
    QVERIFY(window->registry());
    QCOMPARE(window->assetModel()->rowCount(), 2);
    QCOMPARE(MessageBox::count(), messages);

    // A background job opens its own connection: it gets the password of this session.
    qint64 counted = -1;
    BackgroundJob job(window.get(), QStringLiteral("Count"), QStringLiteral("Counting…"));
    QVERIFY(job.run(*window->registry(), [&counted](Registry &worker, Progress &, QString *error) {
        counted = worker.assets().count({}, error);
        return counted >= 0;
    }));
    QCOMPARE(counted, 2);

    // The password is nowhere the user or the disk could see it.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
    for (const QString &shown : {window->windowTitle(), window->registryLabel()->text(), window->registry()->path(),
                                 RecentFiles::files().join(QLatin1Char('\n'))}) {
        QVERIFY2(!shown.contains(QLatin1String("Tr0ub4dor")), qPrintable(shown));
        QVERIFY2(!shown.contains(encoded), qPrintable(shown));
    }
    const QByteArray written = settingsFile();
    QVERIFY2(written.contains(database.toUtf8()), written.constData());
    QVERIFY2(!written.contains("Tr0ub4dor"), written.constData());

    // The recent entry asks again (the password lived only as long as that registry's connections).
    window->setRegistry(nullptr);
    asked.clear();
    whenShown<PasswordDialog>(answerRight);
    QAction *entry = recentEntry(*window, role + QLatin1Char('@'));
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(asked.size(), 1);
    QVERIFY(window->registry());

    // Cancelling the password dialog leaves the window as it was, without a message.
    window->setRegistry(nullptr);
    whenShown<PasswordDialog>([](PasswordDialog *dialog) { dialog->reject(); });
    QVERIFY(!window->openRegistry(RecentFiles::files().constFirst()));
    QVERIFY(!window->registry());
    QCOMPARE(MessageBox::count(), messages);
}

void TestServerConnect::wrongDatabaseKeepsTheValues()
{
    REQUIRE_TEST_SERVER();
    Language::instance().setLanguage(QStringLiteral("ja"), false);
    std::unique_ptr<MainWindow> window = newWindow();
    const QString missing = QStringLiteral("no_such_registry_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const int messages = MessageBox::count();
    bool stayed = false;
    whenShown<ConnectDialog>([&](ConnectDialog *dialog) {
        fill(dialog, missing, superuser(), QStringLiteral("verify-full"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        connectButton(dialog)->click();
        // Still open, with every value as typed, for the user to correct.
        stayed = dialog->isVisible() && dialog->hostEdit()->text() == serverHost() &&
                 dialog->databaseEdit()->text() == missing && dialog->userEdit()->text() == superuser() &&
                 dialog->tlsCombo()->currentData().toString() == QLatin1String("verify-full");
        dialog->reject();
    });
    window->connectAction()->trigger();
    QVERIFY(stayed);
    QCOMPARE(MessageBox::count(), messages + 1);
    const QString message = MessageBox::lastText();
    QVERIFY2(message.contains(QStringLiteral("のデータベースがサーバにありません")), qPrintable(message));
    QVERIFY2(message.contains(missing), qPrintable(message));
    QVERIFY(!window->registry());
    // Nothing was remembered of a connection that failed.
    QVERIFY(ConnectDialog::remembered().database.isEmpty());
    QVERIFY(RecentFiles::files().isEmpty());
}

void TestServerConnect::silentServerCanBeCancelled()
{
    // A server that takes the connection and never answers (no test server needed): the window shows "Connecting
    // to …" and keeps turning its event loop; Cancel returns at once and leaves the window as it was.
    SilentServer server;
    QVERIFY(server.port() > 0);
    std::unique_ptr<MainWindow> window = newWindow();
    const QString titleBefore = window->windowTitle();
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    QElapsedTimer sinceCancel;
    int ticksAtCancel = 0;
    QString shownText;
    whenShown<ConnectingDialog>([&](ConnectingDialog *dialog) {
        QTimer::singleShot(400, dialog, [&, dialog] {
            ticksAtCancel = ticks;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                shownText += label->text();
            sinceCancel.start();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
    });
    QElapsedTimer all;
    all.start();
    QVERIFY(!window->openRegistry(server.url()));
    QVERIFY(sinceCancel.isValid());
    QVERIFY2(sinceCancel.elapsed() < 250, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY2(all.elapsed() < 5000, qPrintable(QString::number(all.elapsed())));
    QVERIFY2(ticksAtCancel >= 15, qPrintable(QString::number(ticksAtCancel)));
    QVERIFY2(shownText.contains(QStringLiteral("Connecting to nobody@127.0.0.1:%1/registry").arg(server.port())),
             qPrintable(shownText));
    QCOMPARE(window->windowTitle(), titleBefore);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!settingsFile().contains("127.0.0.1"));
}

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
