// Small screens: on a 1366×768 laptop screen every window and dialog opens within the screen's available geometry,
// and every button it shows can be seen and reached, in English and Japanese.
#include "everywindow.h"
#include "testregistry.h"

#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"

#include "widgets/assettableview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>

namespace {

// What is wrong with window as shown on the screen: outside the available geometry, or a button cut off.
QStringList problemsOf(const QString &where, QWidget *window)
{
    window->show();
    QApplication::processEvents();
    QStringList problems;
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(window->frameGeometry()))
        problems << QStringLiteral("%1: %2×%3 at (%4, %5) is outside the screen's %6×%7 (smallest size %8×%9)")
                        .arg(where)
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height())
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(available.width())
                        .arg(available.height())
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height());
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(window) || button->window() != window || button->text().isEmpty())
            continue;
        // A button is reachable when it lies inside every widget that clips it (a scroll area shows it on demand).
        QRect shown(button->mapTo(window, QPoint(0, 0)), button->size());
        bool scrolled = false;
        for (QWidget *parent = button->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
            if (parent->inherits("QAbstractScrollArea") || parent->inherits("QScrollArea"))
                scrolled = true;
        }
        if (!scrolled && !window->rect().contains(shown))
            problems << QStringLiteral("%1: the button '%2' is cut off").arg(where, button->text());
    }
    return problems;
}

// SMALLSCREEN_SCREENSHOTS=folder keeps a picture of each window as the laptop screen shows it, for a person to look at.
void keepPicture(const QString &where, QWidget *window)
{
    const QString folder = qEnvironmentVariable("SMALLSCREEN_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QString name = Language::instance().current() + QLatin1Char('-') + where;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
    window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QStringList tabProblems(const QString &where, QWidget *window)
{
    QStringList problems = problemsOf(where, window);
    keepPicture(where, window);
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            problems << problemsOf(where + QStringLiteral(" [") + tabs->tabText(index) + QLatin1Char(']'), window);
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

class TestSmallScreen final : public QObject
{
    Q_OBJECT

private slots:
    void screenIsALaptop();
    void everyWindowFits_data();
    void everyWindowFits();
    void classificationInViewWithoutScrolling_data() { everyWindowFits_data(); }
    void classificationInViewWithoutScrolling();
};

void TestSmallScreen::screenIsALaptop()
{
    QCOMPARE(QApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestSmallScreen::everyWindowFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestSmallScreen::everyWindowFits()
{
    QFETCH(QString, language);
    QVERIFY(Language::instance().setLanguage(language, false));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);

    QStringList problems;
    {
        MainWindow window;
        Features::install(window);
        window.setRegistry(TestRegistry::open(path));
        problems << problemsOf(QStringLiteral("main window"), &window);
        keepPicture(QStringLiteral("main window"), &window);
    }
    const QList<EveryWindow::Entry> windows = EveryWindow::all(*registry, path);
    QVERIFY(!windows.isEmpty());
    for (const EveryWindow::Entry &entry : windows) {
        std::unique_ptr<QWidget> window(entry.make());
        problems << tabProblems(entry.name, window.get());
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "Windows do not fit a 1366×768 screen (listed above).");
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestSmallScreen::classificationInViewWithoutScrolling()
{
    QFETCH(QString, language);
    QVERIFY(Language::instance().setLanguage(language, false));
    QSettings().remove(QStringLiteral("assetTable/header"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    MainWindow window;
    Features::install(window);
    window.setRegistry(TestRegistry::open(path));
    window.showMaximized();
    QApplication::processEvents();
    QVERIFY(window.width() <= 1366);
    AssetTableView *view = window.assetView();
    const QHeaderView *header = view->horizontalHeader();
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    for (const AssetField::Id field :
         {AssetField::AssetNo, AssetField::Name, AssetField::Confidentiality, AssetField::Integrity,
          AssetField::Availability, AssetField::Importance, AssetField::Label}) {
        QVERIFY(view->isColumnShown(field));
        const int right = header->sectionViewportPosition(field) + header->sectionSize(field);
        QVERIFY2(header->sectionViewportPosition(field) >= 0 && right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 ends at %2 of %3 px")
                                .arg(AssetField::byId(field).label())
                                .arg(right)
                                .arg(view->viewport()->width())));
        // Each heading fits its column.
        QVERIFY2(header->fontMetrics().horizontalAdvance(AssetField::byId(field).label()) < header->sectionSize(field),
                 qPrintable(AssetField::byId(field).label()));
    }
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

int main(int argc, char *argv[])
{
    // Qt's offscreen platform takes its screens from a file: one laptop screen of 1366×768 at 96 dpi.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "dpr": 1}]})") < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
