// Keyboard shortcuts: within the main window (every feature installed) and within every dialog and window of the
// application, no key sequence starts two different actions or shortcuts, in English and Japanese; the everyday
// actions of the main window have one; and the tab order of a form follows its layout (top to bottom, left to right).
#include "everywindow.h"
#include "testregistry.h"

#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>

#include <map>

namespace {

// Key sequence → the texts of the actions and shortcuts it starts in root. An action shown in several menus is one
// action; actions whose shortcut only works inside a widget (WidgetShortcut) belong to that widget's focus.
QStringList clashesIn(const QString &where, QWidget *root)
{
    std::map<QString, QStringList> users;
    QSet<QObject *> seen;
    const auto add = [&](QObject *owner, const QList<QKeySequence> &keys, const QString &text) {
        if (seen.contains(owner))
            return;
        seen.insert(owner);
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty())
                users[key.toString(QKeySequence::PortableText)] << QString(text).remove(QLatin1Char('&'));
        }
    };
    QList<QAction *> actions = root->findChildren<QAction *>();
    // Actions owned by feature objects (QObject children of the window) are found through the widgets showing them.
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLineEdit *>(widget))
            continue; // a line edit's own context-menu actions (Undo, Copy …) work only while it has the focus
        for (QAction *action : widget->actions()) {
            if (!actions.contains(action))
                actions << action;
        }
    }
    for (QAction *action : std::as_const(actions)) {
        if (action->shortcutContext() == Qt::WidgetShortcut || action->isSeparator())
            continue;
        if (qobject_cast<QLineEdit *>(action->parent()))
            continue;
        add(action, action->shortcuts(), action->text().isEmpty() ? action->objectName() : action->text());
    }
    const QList<QShortcut *> shortcuts = root->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        if (shortcut->context() != Qt::WidgetShortcut)
            add(shortcut, shortcut->keys(), shortcut->objectName());
    }
    QStringList clashes;
    for (const auto &[key, texts] : users) {
        if (texts.size() > 1)
            clashes << QStringLiteral("%1: %2 is the shortcut of %3").arg(where, key, texts.join(QStringLiteral(", ")));
    }
    return clashes;
}

} // namespace

class TestShortcuts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noClashes_data();
    void noClashes();
    void everydayActionsHaveShortcuts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestShortcuts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestShortcuts::cleanup()
{
    m_dir.reset();
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestShortcuts::noClashes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestShortcuts::noClashes()
{
    QFETCH(QString, language);
    QVERIFY(Language::instance().setLanguage(language, false));
    QStringList found;
    {
        MainWindow window;
        Features::install(window);
        window.setRegistry(TestRegistry::open(m_path));
        window.show();
        found << clashesIn(QStringLiteral("main window"), &window);
    }
    std::unique_ptr<Registry> registry = TestRegistry::open(m_path);
    QVERIFY(registry);
    const QList<EveryWindow::Entry> windows = EveryWindow::all(*registry, m_path);
    QVERIFY(!windows.isEmpty());
    for (const EveryWindow::Entry &entry : windows) {
        std::unique_ptr<QWidget> window(entry.make());
        window->show();
        found << clashesIn(entry.name, window.get());
    }
    for (const QString &clash : std::as_const(found))
        qWarning().noquote() << clash;
    QVERIFY2(found.isEmpty(), "Shortcuts clash (listed above).");
}

void TestShortcuts::everydayActionsHaveShortcuts()
{
    MainWindow window;
    Features::install(window);
    window.setRegistry(TestRegistry::open(m_path));
    // What an administrator does many times a day is one key away.
    for (const char *name : {"undoAction", "redoAction", "duplicateAction", "bulkEditAction", "markReviewedAction",
                             "recordDisposalAction", "dueForDisposalAction"}) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
        // The menu says it, so that the key can be learnt.
        QVERIFY2(!action->shortcut().toString(QKeySequence::NativeText).isEmpty(), name);
    }
    for (QAction *action : {window.newAssetAction(), window.editAssetAction()})
        QVERIFY(!action->shortcut().isEmpty());
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
