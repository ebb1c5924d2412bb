// The user guide: both languages' guides have every section, in particular the section F1 opens in each window and
// dialog of the application; their screenshots are bundled and small; F1 in a dialog opens its section, in the UI
// language, in a window that can be used while the dialog waits; Help ▸ User Guide opens the contents. And the first
// start of a new registry asks once for the organisation's name, which can be skipped.
#include "everywindow.h"
#include "testregistry.h"

#include "dialogs/ledgerprintdialog.h"
#include "dialogs/organisationdialog.h"
#include "help/helpactions.h"
#include "help/userguide.h"
#include "help/userguidewindow.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "service/auditlog.h"
#include "service/settingsservice.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTimer>

namespace {

QString guideText(const QString &language)
{
    QFile file(UserGuide::resourcePath(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool hasSection(const QString &guide, const QString &section)
{
    return guide.contains(QStringLiteral("name=\"%1\"").arg(section));
}

} // namespace

class TestUserGuide final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySectionInBothGuides_data();
    void everySectionInBothGuides();
    void everyWindowHasItsSection();
    void f1InADialogOpensItsSection();
    void helpMenuOpensTheContents();
    void guideFollowsTheLanguage();
    void newRegistryAsksForTheOrganisation();
    void skippingLeavesTheRegistryUnchanged();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QString m_path;
};

void TestUserGuide::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_registry = TestRegistry::open(m_path);
    QVERIFY(m_registry);
}

void TestUserGuide::cleanup()
{
    m_registry.reset();
    m_dir.reset();
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestUserGuide::everySectionInBothGuides_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestUserGuide::everySectionInBothGuides()
{
    QFETCH(QString, language);
    QCOMPARE(UserGuide::resourcePath(language), QStringLiteral(":/guide/guide_%1.html").arg(language));
    const QString guide = guideText(language);
    QVERIFY(!guide.isEmpty());
    for (const QString &section : UserGuide::sections())
        QVERIFY2(hasSection(guide, section), qPrintable(QStringLiteral("no section %1").arg(section)));
    // Every link inside the guide leads to a section of it.
    static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
    for (auto it = link.globalMatch(guide); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(hasSection(guide, target), qPrintable(QStringLiteral("link to a missing section %1").arg(target)));
    }
    // Screenshots of the guide's own language, bundled, small.
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (auto it = image.globalMatch(guide); it.hasNext(); ++images) {
        const QString source = it.next().captured(1);
        QVERIFY2(source.startsWith(QStringLiteral("images/%1/").arg(language)), qPrintable(source));
        QFile file(QStringLiteral(":/guide/") + source);
        QVERIFY2(file.exists(), qPrintable(source));
        QVERIFY2(file.size() < 150 * 1024, qPrintable(QStringLiteral("%1: %2 bytes").arg(source).arg(file.size())));
    }
    QVERIFY(images >= 6);
}

void TestUserGuide::everyWindowHasItsSection()
{
    const QString english = guideText(QStringLiteral("en"));
    const QString japanese = guideText(QStringLiteral("ja"));
    const QList<EveryWindow::Entry> windows = EveryWindow::all(*m_registry, m_path);
    QVERIFY(windows.size() > 30);
    for (const EveryWindow::Entry &entry : windows) {
        std::unique_ptr<QWidget> window(entry.make());
        const QString section = UserGuide::sectionFor(window.get());
        QVERIFY2(!section.isEmpty(), qPrintable(QStringLiteral("%1 has no section in the guide").arg(entry.name)));
        QVERIFY2(hasSection(english, section) && hasSection(japanese, section),
                 qPrintable(QStringLiteral("%1: section %2 is missing from a guide").arg(entry.name, section)));
    }
    MainWindow main;
    QCOMPARE(UserGuide::sectionFor(&main), QStringLiteral("contents"));
}

void TestUserGuide::f1InADialogOpensItsSection()
{
    Language::instance().setLanguage(QStringLiteral("ja"), false);
    MainWindow window;
    new HelpActions(&window);
    window.setRegistry(std::move(m_registry));
    // Opened as the application opens it: modal, so that only a window of the dialog's own can be used meanwhile.
    LedgerPrintDialog dialog(*window.registry(), LedgerOptions(), &window);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget *focus = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
    QTest::keyClick(focus, Qt::Key_F1);
    auto *guide = dialog.findChild<UserGuideWindow *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QCOMPARE(guide->parentWidget(), &dialog);
    QCOMPARE(guide->section(), QStringLiteral("print-ledger"));
    QCOMPARE(guide->browser()->source().fragment(), QStringLiteral("print-ledger"));
    QVERIFY(guide->browser()->source().path().endsWith(QLatin1String("guide_ja.html")));
    QVERIFY(guide->browser()->toPlainText().contains(QString::fromUtf8("台帳を印刷する")));
    // A second F1 shows the same window again rather than another one.
    QTest::keyClick(focus, Qt::Key_F1);
    QCOMPARE(dialog.findChildren<UserGuideWindow *>().size(), 1);
}

void TestUserGuide::helpMenuOpensTheContents()
{
    MainWindow window;
    auto *help = new HelpActions(&window);
    QCOMPARE(help->userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(window.helpMenu()->actions().contains(help->userGuideAction()));
    help->userGuideAction()->trigger();
    auto *guide = window.findChild<UserGuideWindow *>();
    QVERIFY(guide);
    QCOMPARE(guide->section(), QStringLiteral("contents"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Create the registry")));
}

void TestUserGuide::guideFollowsTheLanguage()
{
    MainWindow window;
    UserGuideWindow *guide = UserGuide::show(&window, QStringLiteral("record-disposal"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Record a disposal")));
    Language::instance().setLanguage(QStringLiteral("ja"), false);
    QTRY_VERIFY(guide->browser()->source().path().endsWith(QLatin1String("guide_ja.html")));
    QCOMPARE(guide->section(), QStringLiteral("record-disposal"));
    QVERIFY(guide->browser()->toPlainText().contains(QString::fromUtf8("廃棄を記録する")));
}

void TestUserGuide::newRegistryAsksForTheOrganisation()
{
    QString error;
    std::unique_ptr<Registry> created =
        Registry::create(m_dir->filePath(QStringLiteral("new.sqlite")), Registry::CreateOptions(), &error);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(created->settings().organisation().isEmpty());
    MainWindow window;
    new HelpActions(&window);
    window.setRegistry(std::move(created));
    bool asked = false;
    QTimer::singleShot(50, this, [&asked] {
        auto *dialog = qobject_cast<OrganisationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        asked = true;
        dialog->nameEdit()->setText(QString::fromUtf8("  サンプル市 デジタル推進課 "));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    emit window.registryCreated(window.registry());
    QTRY_VERIFY(asked);
    QTRY_COMPARE(window.registry()->settings().organisation(), QString::fromUtf8("サンプル市 デジタル推進課"));
    // Recorded in the history like any other change of a setting.
    const QList<AuditEvent> newest = window.registry()->audit().page(AuditFilter(), 0, 1, 0, &error);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.first().entity, QStringLiteral("setting"));
    QVERIFY(window.registry()->audit().changesText(newest.first()).contains(QString::fromUtf8("サンプル市")));
}

void TestUserGuide::skippingLeavesTheRegistryUnchanged()
{
    QString error;
    std::unique_ptr<Registry> created =
        Registry::create(m_dir->filePath(QStringLiteral("new.sqlite")), Registry::CreateOptions(), &error);
    QVERIFY2(created, qPrintable(error));
    const qint64 events = created->audit().count(AuditFilter(), &error);
    MainWindow window;
    auto *help = new HelpActions(&window);
    window.setRegistry(std::move(created));
    QTimer::singleShot(50, this, [] {
        auto *dialog = qobject_cast<OrganisationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Not saved"));
        dialog->skipButton()->click();
    });
    help->askOrganisation(window.registry());
    QVERIFY(window.registry()->settings().organisation().isEmpty());
    QCOMPARE(window.registry()->audit().count(AuditFilter(), &error), events);
    // A registry that already has a name is not asked.
    QVERIFY(window.registry()->settings().setSetting(QStringLiteral("organisation"), QStringLiteral("Example City"),
                                                     &error));
    help->askOrganisation(window.registry());
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
