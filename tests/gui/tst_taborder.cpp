// Tab order follows the layout: in the main window and in every dialog and window of the application, shown as a
// user sees them, tab page by tab page, Tab reaches the parts of each layout in the order they are laid out — the
// rows of a form from top to bottom, the items of a row or column one after the other, a grid row by row — so that
// the buttons at the bottom of a dialog come after its fields, and a form is never walked backwards.
#include "everywindow.h"
#include "testregistry.h"

#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QMainWindow>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <climits>

namespace {

// Whether Tab stops at a widget of this window as it is shown now.
bool takesTab(const QWidget *widget, const QWidget *window)
{
    if (widget == window || widget->window() != window || !widget->isVisibleTo(window) || !widget->isEnabled())
        return false;
    if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
        return false;
    // The editor inside a spin box or combo box is part of it, not a stop of its own.
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
            return false;
    return true;
}

// Position of each Tab stop in the focus chain. Tab goes round: the chain is a ring, read from `start` (the first stop
// of the layout) when given.
QHash<const QWidget *, int> tabStops(QWidget *window, const QWidget *start = nullptr)
{
    QList<const QWidget *> ring;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window && ring.size() < 10000;
         widget = widget->nextInFocusChain()) {
        if (takesTab(widget, window) && !ring.contains(widget))
            ring << widget;
    }
    const qsizetype offset = start ? std::max<qsizetype>(0, ring.indexOf(start)) : 0;
    QHash<const QWidget *, int> stops;
    for (qsizetype index = 0; index < ring.size(); ++index)
        stops.insert(ring.at((index + offset) % ring.size()), int(index));
    return stops;
}

// The first Tab stop among the widgets of a layout item (the widget and what it holds, or a whole nested layout);
// INT_MAX when none takes Tab.
int firstStop(QLayoutItem *item, const QHash<const QWidget *, int> &stops)
{
    int first = INT_MAX;
    if (QWidget *widget = item->widget()) {
        first = stops.value(widget, INT_MAX);
        const QList<QWidget *> inside = widget->findChildren<QWidget *>();
        for (const QWidget *child : inside)
            first = std::min(first, stops.value(child, INT_MAX));
    } else if (QLayout *layout = item->layout()) {
        for (int index = 0; index < layout->count(); ++index)
            first = std::min(first, firstStop(layout->itemAt(index), stops));
    }
    return first;
}

QString describe(QLayoutItem *item)
{
    if (QWidget *widget = item->widget()) {
        QString name = widget->objectName();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && name.isEmpty())
            name = button->text();
        return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()), name);
    }
    if (QLayout *layout = item->layout()) {
        for (int index = 0; index < layout->count(); ++index)
            if (layout->itemAt(index)->widget())
                return QStringLiteral("the %1 of %2")
                    .arg(QString::fromLatin1(layout->metaObject()->className()), describe(layout->itemAt(index)));
        return QString::fromLatin1(layout->metaObject()->className());
    }
    return QStringLiteral("a spacer");
}

// The items of a layout in reading order: form rows top to bottom (label, then field), grid cells row by row, box
// items first to last in the direction they are laid out.
QList<QLayoutItem *> readingOrder(QLayout *layout)
{
    QList<QLayoutItem *> items;
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (const QFormLayout::ItemRole role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                if (QLayoutItem *item = form->itemAt(row, role))
                    items << item;
        return items;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        QList<std::pair<std::pair<int, int>, QLayoutItem *>> cells;
        for (int index = 0; index < grid->count(); ++index) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            cells.append({{row, column}, grid->itemAt(index)});
        }
        std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &cell : std::as_const(cells))
            items << cell.second;
        return items;
    }
    for (int index = 0; index < layout->count(); ++index)
        items << layout->itemAt(index);
    if (auto *box = qobject_cast<QBoxLayout *>(layout);
        box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop))
        std::reverse(items.begin(), items.end());
    return items;
}

// The Tab stop that comes first in reading order: the first item of the window's layout that holds one, and within
// it the first again.
const QWidget *firstInLayout(QLayout *layout, const QHash<const QWidget *, int> &stops)
{
    if (!layout)
        return nullptr;
    const QList<QLayoutItem *> items = readingOrder(layout);
    for (QLayoutItem *item : items) {
        if (firstStop(item, stops) == INT_MAX)
            continue;
        if (item->layout())
            return firstInLayout(item->layout(), stops);
        QWidget *widget = item->widget();
        if (stops.contains(widget))
            return widget;
        if (const QWidget *inner = firstInLayout(widget->layout(), stops))
            return inner;
        return nullptr;
    }
    return nullptr;
}

// Every place in the window where Tab goes back against the layout.
QStringList orderProblems(const QString &where, QWidget *window)
{
    // A main window is read from its central widget (the menus and tool bars are not in its layout).
    auto *main = qobject_cast<QMainWindow *>(window);
    QLayout *top = main && main->centralWidget() ? main->centralWidget()->layout() : window->layout();
    const QHash<const QWidget *, int> stops = tabStops(window, firstInLayout(top, tabStops(window)));
    QStringList found;
    const QList<QLayout *> layouts = window->findChildren<QLayout *>();
    for (QLayout *layout : layouts) {
        if (!layout->parentWidget() || layout->parentWidget()->window() != window ||
            !layout->parentWidget()->isVisibleTo(window))
            continue;
        int previous = -1;
        QLayoutItem *previousItem = nullptr;
        const QList<QLayoutItem *> items = readingOrder(layout);
        for (QLayoutItem *item : items) {
            const int first = firstStop(item, stops);
            if (first == INT_MAX)
                continue;
            if (first < previous)
                found << QStringLiteral("%1: Tab reaches %2 before %3, which is laid out before it")
                             .arg(where, describe(item), describe(previousItem));
            previous = first;
            previousItem = item;
        }
    }
    return found;
}

// The problems of a shown window, as it opens and with each page of each tab widget current.
QStringList windowProblems(const QString &where, QWidget *window)
{
    return EveryWindow::eachPage(where, window,
                                 [](const QString &page, QWidget *shown) { return orderProblems(page, shown); });
}

} // namespace

class TestTabOrder final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsTheLayout();
    void problemIsFound();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QString m_path;
};

void TestTabOrder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // The registry made by an earlier version has assets, assignments and a disposal record for every dialog.
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_registry = TestRegistry::open(m_path);
    QVERIFY(m_registry);
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestTabOrder::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

void TestTabOrder::followsTheLayout()
{
    QStringList found;
    {
        MainWindow window;
        Features::install(window);
        window.resize(1600, 1000);
        window.setRegistry(TestRegistry::open(m_path));
        found << windowProblems(QStringLiteral("main window"), &window);
        if (qEnvironmentVariableIsSet("TAB_ORDER_LIST")) {
            QStringList chain;
            for (QWidget *w = window.nextInFocusChain(); w && w != &window; w = w->nextInFocusChain())
                if (takesTab(w, &window))
                    chain << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') + w->objectName() +
                                 QLatin1Char('/') + (w->parentWidget() ? w->parentWidget()->objectName() : QString());
            qInfo().noquote() << chain.join(QStringLiteral(" → "));
        }
    }
    const QList<EveryWindow::Entry> windows = EveryWindow::all(*m_registry, m_path);
    QVERIFY(!windows.isEmpty());
    for (const EveryWindow::Entry &entry : windows) {
        std::unique_ptr<QWidget> window(entry.make());
        found << windowProblems(entry.name, window.get());
    }
    for (const QString &problem : std::as_const(found))
        qWarning().noquote() << problem;
    QVERIFY2(found.isEmpty(), "Tab goes against the layout (listed above).");
}

void TestTabOrder::problemIsFound()
{
    // The check itself: Tab goes round, so the order is read from the first field. Fields made in the order a, c, b
    // but laid out a, b, c are walked a, c, b: c comes too early, and is reported.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *form = new QFormLayout;
    auto *a = new QComboBox(&window);
    a->setObjectName(QStringLiteral("a"));
    auto *c = new QComboBox(&window);
    c->setObjectName(QStringLiteral("c"));
    auto *b = new QComboBox(&window);
    b->setObjectName(QStringLiteral("b"));
    form->addRow(QStringLiteral("A:"), a);
    form->addRow(QStringLiteral("B:"), b);
    form->addRow(QStringLiteral("C:"), c);
    layout->addLayout(form);
    const QStringList backwards = windowProblems(QStringLiteral("test"), &window);
    QCOMPARE(backwards.size(), 1);
    QVERIFY2(backwards.constFirst().contains(QStringLiteral("'c' before QComboBox 'b'")),
             qPrintable(backwards.constFirst()));
    QWidget::setTabOrder(b, c);
    const QStringList fixed = windowProblems(QStringLiteral("test"), &window);
    QVERIFY2(fixed.isEmpty(), qPrintable(fixed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
