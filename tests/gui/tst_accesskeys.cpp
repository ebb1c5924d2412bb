// Access keys (Alt+letter): no two in one window, dialog, tab page or menu share a letter, in English and Japanese.
// Walks the main window with every feature installed, each of its menus, and every dialog and window of the
// application, shown as a user sees them, tab page by tab page.
#include "everywindow.h"
#include "testregistry.h"

#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>

#include <map>

namespace {

// The access key of a text: the character after a single '&' ("&&" is a literal ampersand), upper-cased.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

struct Key
{
    QChar key;
    QString text;
};

// The access keys active at once in root as it is shown: visible buttons, labels with a buddy, group boxes and tabs.
QList<Key> keysOf(QWidget *root)
{
    QList<Key> keys;
    const auto add = [&keys](const QString &text) {
        if (const QChar key = accessKey(text); !key.isNull())
            keys.append({key, text});
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->window() != root)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index) {
                if (tabs->isTabVisible(index))
                    add(tabs->tabText(index));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible())
                    add(action->text());
            }
        }
    }
    return keys;
}

// "where: key X is used by 'a' and 'b'" for every letter used more than once.
QStringList clashes(const QString &where, const QList<Key> &keys)
{
    if (qEnvironmentVariableIsSet("ACCESS_KEYS_LIST")) {
        QStringList all;
        for (const Key &key : keys)
            all << QString(key.key) + QLatin1Char('=') + key.text;
        qInfo().noquote() << where << ":" << all.join(QStringLiteral("  "));
    }
    std::map<QChar, QStringList> byKey;
    for (const Key &key : keys)
        byKey[key.key].append(key.text);
    QStringList found;
    for (const auto &[key, texts] : byKey) {
        if (texts.size() > 1)
            found << QStringLiteral("%1: %2 is used by %3").arg(where, QString(key), texts.join(QStringLiteral(" | ")));
    }
    return found;
}

QStringList menuClashes(const QString &where, QMenu *menu)
{
    QList<Key> keys;
    QStringList found;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        if (const QChar key = accessKey(action->text()); !key.isNull())
            keys.append({key, action->text()});
        if (action->menu())
            found << menuClashes(where + QStringLiteral(" ▸ ") + action->text(), action->menu());
    }
    return clashes(where, keys) + found;
}

// The clashes of a shown window: its widgets as they are, and again with each page of each tab widget current.
QStringList windowClashes(const QString &where, QWidget *window)
{
    return EveryWindow::eachPage(where, window,
                                 [](const QString &page, QWidget *shown) { return clashes(page, keysOf(shown)); });
}

} // namespace

class TestAccessKeys final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noClashes_data();
    void noClashes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QString m_path;
};

void TestAccessKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // The registry made by an earlier version has assets, assignments and a disposal record for every dialog.
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_registry = TestRegistry::open(m_path);
    QVERIFY(m_registry);
}

void TestAccessKeys::cleanup()
{
    m_registry.reset();
    m_dir.reset();
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestAccessKeys::noClashes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestAccessKeys::noClashes()
{
    QFETCH(QString, language);
    QVERIFY(Language::instance().setLanguage(language, false));
    Registry &registry = *m_registry;
    QStringList found;

    {
        MainWindow window;
        Features::install(window);
        window.resize(1600, 1000);
        window.setRegistry(TestRegistry::open(m_path));
        found << windowClashes(QStringLiteral("main window"), &window);
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *action : menus) {
            if (action->menu())
                found << menuClashes(action->text(), action->menu());
        }
    }

    const QList<EveryWindow::Entry> windows = EveryWindow::all(registry, m_path);
    QVERIFY(!windows.isEmpty());
    for (const EveryWindow::Entry &entry : windows) {
        std::unique_ptr<QWidget> window(entry.make());
        found << windowClashes(entry.name, window.get());
    }
    for (const QString &clash : std::as_const(found))
        qWarning().noquote() << clash;
    QVERIFY2(found.isEmpty(), "Access keys clash (listed above).");
}

QTEST_MAIN(TestAccessKeys)
#include "tst_accesskeys.moc"
