// The main window as a user meets it: counts in the status bar, search as you type, filters, sorting by a header
// click, columns shown, hidden and moved (remembered for the next start), new and edited assets shown and selected,
// registries opened, created and remembered as recent, and bad files refused without being changed.
#include "dialogs/newregistrydialog.h"
#include "editor/asseteditor.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "models/assettablemodel.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"
#include "testregistry.h"
#include "widgets/assettableview.h"
#include "widgets/filedialog.h"
#include "widgets/filterbar.h"
#include "widgets/messagebox.h"

#include "i18n/language.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

namespace {

constexpr int kAssets = 600;

QAction *columnAction(QMenu *menu, AssetField::Id field)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->data().toInt() == int(field))
            return action;
    }
    return nullptr;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsCountsAndRegistry();
    void searchFiltersAsYouType();
    void filterChoices();
    void ctrlFFocusesSearch();
    void headerClickSorts();
    void columnsShownHiddenAndRemembered();
    void resetColumnsRestoresDefaults();
    void showDisposedAssets();
    void newAssetIsShownAndSelected();
    void enterOpensEditorOfCurrentAsset();
    void badFileIsRefusedAndUnchanged();
    void startPageWhenNothingOpens();
    void recentRegistriesRemembered();
    void newRegistryDialogCreatesRegistry();
    void newRegistryDialogRefusesExistingFile();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    QVERIFY(m_template.isValid());
    QVERIFY(TestRegistry::create(m_template, kAssets));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("registry.sqlite")), m_path));
}

void TestMainWindow::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("main window not active");
    if (!window->openRegistry(m_path))
        qWarning("registry not opened");
    return window;
}

void TestMainWindow::showsCountsAndRegistry()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window->registry());
    QCOMPARE(window->assetModel()->rowCount(), kAssets);
    QVERIFY(window->countLabel()->text().contains(QStringLiteral("600")));
    QVERIFY(window->countLabel()->text().contains(QStringLiteral("shown of 600")));
    QVERIFY(window->registryLabel()->text().contains(QStringLiteral("registry.sqlite")));
    QVERIFY(window->registryLabel()->text().contains(QStringLiteral("IPA")));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("registry.sqlite")));
    // The first asset is current, so Enter edits it straight away.
    QVERIFY(window->currentAsset());
    QCOMPARE(window->currentAsset()->assetNo, QStringLiteral("IA-000001"));
    QVERIFY(window->editAssetAction()->isEnabled());
}

void TestMainWindow::searchFiltersAsYouType()
{
    std::unique_ptr<MainWindow> window = openWindow();
    AssetFilter filter;
    filter.search = QStringLiteral("IA-0001");
    const qint64 expected = window->registry()->assets().count(filter, nullptr);
    QVERIFY(expected > 0 && expected < kAssets);

    QSignalSpy counts(window->assetModel(), &AssetTableModel::countsChanged);
    QLineEdit *search = window->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("IA-0001"));
    // Typing is not filtered key by key: the table changes once the user pauses.
    QCOMPARE(window->assetModel()->rowCount(), kAssets);
    QTRY_COMPARE(window->assetModel()->rowCount(), int(expected));
    QCOMPARE(counts.size(), 1);
    QVERIFY(window->countLabel()->text().contains(QStringLiteral("%1").arg(expected)));
    QVERIFY(window->assetView()->placeholderText().isEmpty());
    for (int row = 0; row < window->assetModel()->rowCount(); ++row)
        QVERIFY(window->assetModel()->assetAt(row)->assetNo.startsWith(QStringLiteral("IA-0001")));

    // Down goes on to the results; Enter there edits the asset found.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), window->assetView());
    QVERIFY(window->currentAsset()->assetNo.startsWith(QStringLiteral("IA-0001")));
    search->setFocus();

    // A search that finds nothing says so, and how to see everything again.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzqqq"));
    QTRY_COMPARE(window->assetModel()->rowCount(), 0);
    QVERIFY(window->assetView()->placeholderText().contains(QStringLiteral("Clear Filters")));

    // Escape in the search box clears it.
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(window->assetModel()->rowCount(), kAssets);
}

void TestMainWindow::filterChoices()
{
    std::unique_ptr<MainWindow> window = openWindow();
    FilterBar *bar = window->filterBar();
    QComboBox *departments = bar->departmentCombo();
    QCOMPARE(departments->itemData(0).toString(), QString());
    const QStringList known = window->registry()->assets().distinctValues(AssetField::Department);
    QCOMPARE(departments->count(), known.size() + 1);

    departments->setCurrentIndex(1);
    AssetFilter filter;
    filter.department = known.constFirst();
    QCOMPARE(window->assetModel()->rowCount(), int(window->registry()->assets().count(filter, nullptr)));
    QComboBox *importance = bar->importanceCombo();
    importance->setCurrentIndex(importance->findData(3));
    filter.importance = 3;
    QCOMPARE(window->assetModel()->rowCount(), int(window->registry()->assets().count(filter, nullptr)));
    QComboBox *personal = bar->personalInfoCombo();
    personal->setCurrentIndex(personal->findData(QStringLiteral("any")));
    filter.personalInfo = QStringLiteral("any");
    QCOMPARE(window->assetModel()->rowCount(), int(window->registry()->assets().count(filter, nullptr)));
    QCOMPARE(window->currentFilter().department, filter.department);
    QVERIFY(window->assetModel()->rowCount() < kAssets);

    bar->clear();
    QCOMPARE(window->assetModel()->rowCount(), kAssets);
    QCOMPARE(departments->currentIndex(), 0);
    QCOMPARE(importance->currentIndex(), 0);
}

void TestMainWindow::ctrlFFocusesSearch()
{
    std::unique_ptr<MainWindow> window = openWindow();
    window->assetView()->setFocus();
    QTest::keyClick(window->assetView(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window->filterBar()->searchEdit());
}

void TestMainWindow::headerClickSorts()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QHeaderView *header = window->assetView()->horizontalHeader();
    const int x = header->sectionViewportPosition(AssetField::Name) + header->sectionSize(AssetField::Name) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(window->assetModel()->sortOrder().field, AssetField::Name);
    const Qt::SortOrder first = window->assetModel()->sortOrder().order;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(window->assetModel()->sortOrder().order != first);
    const QString top = window->assetModel()->assetAt(0)->name;
    const QString bottom = window->assetModel()->assetAt(kAssets - 1)->name;
    QVERIFY(window->assetModel()->sortOrder().order == Qt::AscendingOrder ? top <= bottom : top >= bottom);
}

void TestMainWindow::columnsShownHiddenAndRemembered()
{
    {
        std::unique_ptr<MainWindow> window = openWindow();
        AssetTableView *view = window->assetView();
        QVERIFY(view->isColumnShown(AssetField::Owner));
        QVERIFY(!view->isColumnShown(AssetField::Remarks));
        QAction *owner = columnAction(window->columnsMenu(), AssetField::Owner);
        QAction *remarks = columnAction(window->columnsMenu(), AssetField::Remarks);
        QVERIFY(owner && remarks);
        QCOMPARE(remarks->text(), QStringLiteral("Remarks"));
        owner->trigger();
        remarks->trigger();
        QVERIFY(!view->isColumnShown(AssetField::Owner));
        QVERIFY(view->isColumnShown(AssetField::Remarks));
        // Moves Name in front of Asset No.
        QHeaderView *header = view->horizontalHeader();
        header->moveSection(header->visualIndex(AssetField::Name), 0);
        QCOMPARE(view->shownColumnsInOrder().constFirst(), int(AssetField::Name));
        window->close();
    }
    std::unique_ptr<MainWindow> window = openWindow();
    AssetTableView *view = window->assetView();
    QVERIFY(!view->isColumnShown(AssetField::Owner));
    QVERIFY(view->isColumnShown(AssetField::Remarks));
    QCOMPARE(view->shownColumnsInOrder().constFirst(), int(AssetField::Name));
    window->columnsMenu()->popup(QPoint());
    QVERIFY(!columnAction(window->columnsMenu(), AssetField::Owner)->isChecked());
    window->columnsMenu()->hide();
}

void TestMainWindow::resetColumnsRestoresDefaults()
{
    std::unique_ptr<MainWindow> window = openWindow();
    AssetTableView *view = window->assetView();
    const QList<int> defaults = view->shownColumnsInOrder();
    view->setColumnShown(AssetField::Name, false);
    view->setColumnShown(AssetField::Contractor, true);
    view->horizontalHeader()->moveSection(0, 5);
    QVERIFY(view->shownColumnsInOrder() != defaults);
    view->resetColumns();
    QCOMPARE(view->shownColumnsInOrder(), defaults);
    // The last column shown cannot be hidden.
    for (int column : defaults)
        view->setColumnShown(column, false);
    QCOMPARE(view->shownColumnsInOrder().size(), 1);
}

void TestMainWindow::showDisposedAssets()
{
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(!window->currentFilter().includeDisposed);
    window->showDisposedAction()->trigger();
    QVERIFY(window->currentFilter().includeDisposed);
    QVERIFY(window->assetModel()->filter().includeDisposed);
    QCOMPARE(window->assetModel()->rowCount(), kAssets);
}

void TestMainWindow::newAssetIsShownAndSelected()
{
    std::unique_ptr<MainWindow> window = openWindow();
    // Sorted by name descending, so the new asset lands somewhere in the middle, not at the end.
    window->assetView()->sortByColumn(AssetField::Name, Qt::DescendingOrder);
    QSignalSpy saved(window.get(), &MainWindow::assetSaved);
    AssetEditor *editor = window->newAsset();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QTest::keyClicks(qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("name"))),
                     QStringLiteral("Mailing list"));
    qobject_cast<QComboBox *>(editor->fieldWidget(QStringLiteral("department")))
        ->setCurrentText(QStringLiteral("広報"));
    QTest::keyClicks(qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("owner"))), QStringLiteral("Ken"));
    editor->retentionMode()->setCurrentIndex(AssetEditor::RetentionDate);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(window->assetModel()->rowCount(), kAssets + 1);
    QVERIFY(window->countLabel()->text().contains(QStringLiteral("601")));
    QVERIFY(window->currentAsset());
    QCOMPARE(window->currentAsset()->name, QStringLiteral("Mailing list"));
    QCOMPARE(window->currentAsset()->assetNo, QStringLiteral("IA-000601"));
    // The department list of the filter bar knows the new department.
    QVERIFY(window->filterBar()->departmentCombo()->findData(QStringLiteral("広報")) >= 0);
}

void TestMainWindow::enterOpensEditorOfCurrentAsset()
{
    std::unique_ptr<MainWindow> window = openWindow();
    AssetTableView *view = window->assetView();
    view->setFocus();
    view->makeRowCurrent(4);
    QVERIFY(window->editAssetAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    auto *editor = window->findChild<AssetEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("asset_no")))->text(),
             QStringLiteral("IA-000005"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<AssetEditor *>());
    // Double-click opens it too.
    const QRect cell = view->visualRect(window->assetModel()->index(2, AssetField::Name));
    // As a window system delivers it: a click, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    editor = window->findChild<AssetEditor *>();
    QVERIFY(editor);
    QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("asset_no")))->text(),
             QStringLiteral("IA-000003"));
    editor->reject();
}

void TestMainWindow::badFileIsRefusedAndUnchanged()
{
    std::unique_ptr<MainWindow> window = openWindow();
    const QString bad = m_dir->filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a registry.\n");
    }
    const QByteArray before = fileHash(bad);
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int boxes = MessageBox::count();
    window->openRegistryFromDialog();
    QCOMPARE(MessageBox::count(), boxes + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("notes.sqlite")));
    QCOMPARE(fileHash(bad), before);
    // The registry that was open stays open.
    QVERIFY(window->registry());
    QCOMPARE(QFileInfo(window->registry()->path()).fileName(), QStringLiteral("registry.sqlite"));
    QCOMPARE(window->assetModel()->rowCount(), kAssets);
    // Cancelling the file dialog changes nothing.
    FileDialog::setNextFileName(QString());
    window->openRegistryFromDialog();
    QCOMPARE(MessageBox::count(), boxes + 1);
}

void TestMainWindow::startPageWhenNothingOpens()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.registry());
    QVERIFY(!window.newAssetAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openRegistry(m_dir->filePath(QStringLiteral("missing.sqlite"))));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QVERIFY(pages->currentWidget() != window.assetView()->parentWidget());
    // The reason is on the page, and the registry can be opened from there.
    QVERIFY(window.findChildren<QLabel *>().size() > 0);
    bool reasonShown = false;
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        reasonShown = reasonShown || (label->isVisible() && label->text().contains(QStringLiteral("missing.sqlite")));
    QVERIFY(reasonShown);
    QVERIFY(window.openRegistry(m_path));
    QCOMPARE(pages->currentWidget(), window.assetView()->parentWidget());
    QVERIFY(window.newAssetAction()->isEnabled());
}

void TestMainWindow::recentRegistriesRemembered()
{
    QTemporaryDir other;
    QVERIFY(TestRegistry::create(other, 3, QStringLiteral("fips199")));
    const QString otherPath = other.filePath(QStringLiteral("registry.sqlite"));
    std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window->openRegistry(otherPath));
    QCOMPARE(window->assetModel()->rowCount(), 3);
    QVERIFY(window->registryLabel()->text().contains(QStringLiteral("FIPS 199")));
    QStringList recent = RecentFiles::files();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0), QFileInfo(otherPath).canonicalFilePath());
    QCOMPARE(recent.at(1), QFileInfo(m_path).canonicalFilePath());

    // Switching back moves it to the top; a file that disappeared is forgotten.
    QVERIFY(window->openRegistry(m_path));
    QCOMPARE(RecentFiles::files().constFirst(), QFileInfo(m_path).canonicalFilePath());
    window.reset();
    QVERIFY(QFile::remove(otherPath));
    recent = RecentFiles::files();
    QCOMPARE(recent, QStringList{QFileInfo(m_path).canonicalFilePath()});
    for (int index = 0; index < 12; ++index)
        RecentFiles::add(m_path);
    QCOMPARE(RecentFiles::files().size(), 1);
}

void TestMainWindow::newRegistryDialogCreatesRegistry()
{
    NewRegistryDialog dialog;
    dialog.show();
    const QString path = m_dir->filePath(QStringLiteral("new/federal.sqlite"));
    FileDialog::setNextFileName(path);
    dialog.browse();
    QCOMPARE(QDir::fromNativeSeparators(dialog.fileEdit()->text()), path);
    dialog.schemeCombo()->setCurrentIndex(dialog.schemeCombo()->findData(QStringLiteral("fips199")));
    QTest::keyClicks(dialog.organisationEdit(), QStringLiteral("Data Platform Office"));
    dialog.prefixEdit()->clear();
    QTest::keyClicks(dialog.prefixEdit(), QStringLiteral("DP-"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Registry> registry = dialog.takeRegistry();
    QVERIFY(registry);
    QCOMPARE(registry->scheme().code(), QStringLiteral("fips199"));
    QCOMPARE(registry->settings().organisation(), QStringLiteral("Data Platform Office"));
    QCOMPARE(registry->settings().assetNoPrefix(), QStringLiteral("DP-"));
    QVERIFY(QFileInfo::exists(path));

    MainWindow window;
    window.setRegistry(std::move(registry));
    QCOMPARE(window.assetModel()->rowCount(), 0);
    QVERIFY(window.newAssetAction()->isEnabled());
    // An empty registry says how to begin.
    QVERIFY(window.assetView()->placeholderText().contains(QStringLiteral("Ctrl+N")));
}

void TestMainWindow::newRegistryDialogRefusesExistingFile()
{
    const QByteArray before = fileHash(m_path);
    NewRegistryDialog dialog;
    dialog.show();
    dialog.fileEdit()->setText(QDir::toNativeSeparators(m_path));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int boxes = MessageBox::count();
    dialog.accept();
    QCOMPARE(MessageBox::count(), boxes + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already exists")));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeRegistry());
    QCOMPARE(fileHash(m_path), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
