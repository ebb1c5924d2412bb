// Main window of the registry application.
#include "mainwindow.h"

#include "service/assetservice.h"
#include "service/changewatch.h"
#include "service/settingsservice.h"

#include "connect/connectdialog.h"
#include "connect/serverconnection.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/newregistrydialog.h"
#include "domain/classification.h"
#include "domain/registrylocation.h"
#include "domain/serveraddress.h"
#include "editor/asseteditor.h"
#include "i18n/language.h"
#include "models/assettablemodel.h"
#include "recentfiles.h"
#include "service/registry.h"
#include "widgets/assettableview.h"
#include "widgets/filedialog.h"
#include "widgets/filterbar.h"
#include "widgets/messagebox.h"
#include "widgets/taborder.h"
#include "widgets/windowgeometry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <climits>

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kShowDisposedKey = QStringLiteral("mainWindow/showDisposed");

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

// What tells two registries apart: a file's canonical path, a server's address without its password; empty for a
// file that does not exist.
QString samePath(const QString &path)
{
    if (RegistryLocation::isServerAddress(path)) {
        ServerAddress address;
        QString unused;
        return ServerAddress::parse(path, &address, &unused) ? address.displayUrl() : QString();
    }
    return QFileInfo(path).canonicalFilePath();
}

// A registry as the window names it: a file by its native path, a server registry by its address.
QString shownLocation(const QString &path)
{
    return RegistryLocation::isServerAddress(path) ? ServerAddress::withoutPassword(path)
                                                   : QDir::toNativeSeparators(path);
}

// Short, for the window's title and the recent list: the file's name, or user@host:port/database.
QString shortName(const QString &path, bool fullPath)
{
    if (RegistryLocation::isServerAddress(path)) {
        ServerAddress address;
        QString unused;
        return ServerAddress::parse(path, &address, &unused) ? address.displayName()
                                                             : ServerAddress::withoutPassword(path);
    }
    return fullPath ? QDir::toNativeSeparators(path) : QFileInfo(path).fileName();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_model = new AssetTableModel(this);
    createActions();
    createMenus();
    createCentralWidgets();

    m_countLabel = new QLabel(this);
    m_registryLabel = new QLabel(this);
    m_registryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_registryLabel);

    connect(m_model, &AssetTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &AssetTableModel::errorOccurred, this, &MainWindow::showModelError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &MainWindow::editAsset);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::resultsWanted, m_view, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    connect(&Language::instance(), &Language::changed, this, &MainWindow::updateLanguageActions);

    retranslateUi();
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    restoreState(QSettings().value(kStateKey).toByteArray());
    if (!QSettings().contains(kGeometryKey)) {
        const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1400, 860);
        resize(QSize(1400, 860).boundedTo(room));
    }
    // A geometry remembered on a larger screen is brought back onto this one.
    WindowGeometry::keepOnScreen(this);
    showStartPage(QString());
}

MainWindow::~MainWindow()
{
    // The model and the filter bar read the registry; they let go of it before it closes.
    m_model->setRegistry(nullptr);
    m_filterBar->setRegistry(nullptr);
}

void MainWindow::createActions()
{
    m_newRegistry = new QAction(themeIcon("document-new", QStyle::SP_FileDialogNewFolder), QString(), this);
    m_newRegistry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newRegistry, &QAction::triggered, this, &MainWindow::newRegistry);

    m_openRegistry = new QAction(themeIcon("document-open", QStyle::SP_DialogOpenButton), QString(), this);
    m_openRegistry->setShortcut(QKeySequence::Open);
    connect(m_openRegistry, &QAction::triggered, this, &MainWindow::openRegistryFromDialog);

    m_connectRegistry = new QAction(themeIcon("network-server", QStyle::SP_DriveNetIcon), QString(), this);
    connect(m_connectRegistry, &QAction::triggered, this, &MainWindow::connectToSharedRegistry);

    m_quit = new QAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton), QString(), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);

    m_newAsset = new QAction(themeIcon("list-add", QStyle::SP_FileIcon), QString(), this);
    m_newAsset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAsset, &QAction::triggered, this, &MainWindow::newAsset);

    m_editAsset = new QAction(themeIcon("document-edit", QStyle::SP_FileDialogDetailedView), QString(), this);
    // Enter edits the current asset while the table has the focus (elsewhere Enter belongs to the focused field).
    m_editAsset->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAsset->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAsset, &QAction::triggered, this, &MainWindow::editAsset);

    m_find = new QAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), QString(), this);
    m_find->setShortcut(QKeySequence::Find);

    m_clearFilters = new QAction(this);
    m_reload = new QAction(themeIcon("view-refresh", QStyle::SP_BrowserReload), QString(), this);
    m_reload->setShortcut(QKeySequence::Refresh);
    connect(m_reload, &QAction::triggered, this, &MainWindow::reload);

    m_resetColumns = new QAction(this);
    m_showDisposed = new QAction(this);
    m_showDisposed->setCheckable(true);
    m_showDisposed->setChecked(QSettings().value(kShowDisposedKey, false).toBool());
    connect(m_showDisposed, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(kShowDisposedKey, shown);
        applyFilter();
    });

    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    const QStringList languages = Language::available();
    for (const QString &code : languages) {
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        QAction *action = m_languages->addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [code] { Language::instance().setLanguage(code); });
    }

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newRegistry);
    m_fileMenu->addAction(m_openRegistry);
    m_fileMenu->addAction(m_connectRegistry);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileExtensionsSeparator = m_fileMenu->addSeparator();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_assetMenu = menuBar()->addMenu(QString());
    m_assetMenu->addAction(m_newAsset);
    m_assetMenu->addAction(m_editAsset);
    m_assetExtensionsSeparator = m_assetMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_find);
    m_viewMenu->addAction(m_clearFilters);
    m_viewMenu->addAction(m_showDisposed);
    m_viewMenu->addSeparator();
    // The columns submenu belongs to the table view; it is added once the view exists.
    m_viewMenu->addAction(m_resetColumns);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reload);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newAsset);
    m_toolBar->addAction(m_editAsset);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openRegistry);
    m_toolBar->addAction(m_reload);
}

void MainWindow::createCentralWidgets()
{
    m_pages = new QStackedWidget(this);

    auto *tablePage = new QWidget(m_pages);
    m_filterBar = new FilterBar(tablePage);
    m_view = new AssetTableView(tablePage);
    m_view->setModel(m_model);
    m_view->addAction(m_editAsset);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_assetMenu->popup(m_view->viewport()->mapToGlobal(pos)); });
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_view, 1);
    m_tableLayout = tableLayout;
    m_pages->addWidget(tablePage);

    m_viewMenu->insertMenu(m_resetColumns, m_view->columnsMenu());
    connect(m_resetColumns, &QAction::triggered, m_view, &AssetTableView::resetColumns);
    connect(m_find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clear);

    m_startPage = new QWidget(m_pages);
    m_startTitle = new QLabel(m_startPage);
    QFont titleFont = m_startTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_startTitle->setFont(titleFont);
    m_startReason = new QLabel(m_startPage);
    m_startReason->setWordWrap(true);
    m_startReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startReason->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_startReason->setMinimumWidth(520);
    m_startReason->setMaximumWidth(720);
    m_startOpen = new QPushButton(m_openRegistry->icon(), QString(), m_startPage);
    m_startNew = new QPushButton(m_newRegistry->icon(), QString(), m_startPage);
    m_startConnect = new QPushButton(m_connectRegistry->icon(), QString(), m_startPage);
    m_startDefault = new QPushButton(m_startPage);
    connect(m_startOpen, &QPushButton::clicked, this, &MainWindow::openRegistryFromDialog);
    connect(m_startNew, &QPushButton::clicked, this, &MainWindow::newRegistry);
    connect(m_startConnect, &QPushButton::clicked, this, &MainWindow::connectToSharedRegistry);
    connect(m_startDefault, &QPushButton::clicked, this, &MainWindow::openDefaultRegistry);
    auto *startLayout = new QVBoxLayout(m_startPage);
    startLayout->addStretch(1);
    startLayout->addWidget(m_startTitle, 0, Qt::AlignHCenter);
    startLayout->addSpacing(12);
    // Centred by stretches rather than by alignment, so that a reason of several lines gets the height it needs.
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addStretch(1);
    reasonRow->addWidget(m_startReason);
    reasonRow->addStretch(1);
    startLayout->addLayout(reasonRow);
    startLayout->addSpacing(12);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_startOpen, m_startNew, m_startConnect, m_startDefault}) {
        button->setMinimumWidth(320);
        buttons->addWidget(button, 0, Qt::AlignHCenter);
    }
    m_startButtons = buttons;
    startLayout->addLayout(buttons);
    startLayout->addStretch(2);
    m_pages->addWidget(m_startPage);

    setCentralWidget(m_pages);
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    m_fileMenu->insertActions(m_fileExtensionsSeparator, actions);
    // Keeps the new section apart from the registry actions above it.
    m_fileMenu->insertSeparator(actions.isEmpty() ? m_fileExtensionsSeparator : actions.constFirst());
}

void MainWindow::addAssetActions(const QList<QAction *> &actions)
{
    m_assetMenu->addActions(actions);
}

void MainWindow::addBanner(QWidget *banner)
{
    QWidget *below = m_tableLayout->count() > 0 ? m_tableLayout->itemAt(0)->widget() : nullptr;
    m_tableLayout->insertWidget(0, banner);
    // Made after what it is put above: Tab reaches it first all the same.
    if (below)
        TabOrder::placeBefore(banner, below);
}

QMenu *MainWindow::columnsMenu() const
{
    return m_view->columnsMenu();
}

void MainWindow::setRegistry(std::unique_ptr<Registry> registry)
{
    m_changeWatch.reset();
    m_model->setRegistry(nullptr);
    m_filterBar->setRegistry(nullptr);
    m_registry = std::move(registry);
    if (m_registry)
        m_unopenedPath.clear();
    {
        // A new registry starts unfiltered; its departments are not the last one's.
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->clear();
    }
    m_model->setFilter(currentFilter());
    m_filterBar->setRegistry(m_registry.get());
    m_model->setRegistry(m_registry.get());
    if (m_registry) {
        // Other administrators' changes (another program's, on a file) show within seconds, at the same place.
        m_changeWatch = std::make_unique<ChangeWatch>(*m_registry);
        connect(m_changeWatch.get(), &ChangeWatch::changed, this, &MainWindow::reload);
        RecentFiles::add(m_registry->path());
        m_pages->setCurrentIndex(0);
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->makeRowCurrent(0);
    } else {
        m_pages->setCurrentWidget(m_startPage);
    }
    m_errorShown = false;
    updateRegistryInfo();
    updateCounts();
    updateActions();
    emit registryChanged(m_registry.get());
}

bool MainWindow::openRegistry(const QString &path)
{
    if (m_registry && samePath(m_registry->path()) == samePath(path) && !samePath(path).isEmpty())
        return true;
    QString error;
    const bool server = RegistryLocation::isServerAddress(path);
    std::unique_ptr<Registry> registry =
        server ? ServerConnection::open(this, path, &error) : Registry::open(path, &error);
    if (!registry) {
        // The user cancelled the password dialog: nothing to say.
        if (error.isEmpty())
            return false;
        // The page behind the message already says what happened and offers the way on.
        if (!m_registry)
            showStartPage(error, server ? ServerAddress::withoutPassword(path) : path);
        MessageBox::critical(this, tr("Cannot Open Registry"), error);
        return false;
    }
    setRegistry(std::move(registry));
    return true;
}

void MainWindow::showStartPage(const QString &reason, const QString &unopenedPath)
{
    if (m_registry)
        setRegistry(nullptr);
    m_startReasonText = reason;
    m_unopenedPath = unopenedPath;
    m_pages->setCurrentWidget(m_startPage);
    retranslateUi();
    updateActions();
    emit startPageShown();
}

void MainWindow::addStartPageAction(QAction *action)
{
    auto *button = new QPushButton(m_startPage);
    button->setMinimumWidth(320);
    const auto follow = [button, action] {
        // A button on the page has no access key of its own: "(&K)" of a Japanese menu text goes as a whole.
        button->setText(action->text().remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')));
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible() && action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    follow();
    m_startButtons->addWidget(button, 0, Qt::AlignHCenter);
}

void MainWindow::openRegistryFromDialog()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open Registry"), tr("Asset registries (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openRegistry(path);
}

void MainWindow::connectToSharedRegistry()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<Registry> registry = dialog.takeRegistry())
        setRegistry(std::move(registry));
}

void MainWindow::openDefaultRegistry()
{
    QString error;
    const bool creating = !QFileInfo::exists(Registry::defaultPath());
    std::unique_ptr<Registry> registry = Registry::openOrCreateDefault(&error);
    if (!registry) {
        if (!m_registry)
            showStartPage(error, Registry::defaultPath());
        MessageBox::critical(this, tr("Cannot Open Registry"), error);
        return;
    }
    setRegistry(std::move(registry));
    if (creating)
        emit registryCreated(m_registry.get());
}

void MainWindow::newRegistry()
{
    NewRegistryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<Registry> registry = dialog.takeRegistry())
        setRegistry(std::move(registry));
}

AssetFilter MainWindow::currentFilter() const
{
    AssetFilter filter = m_filterBar->filter();
    filter.includeDisposed = m_showDisposed->isChecked();
    return filter;
}

void MainWindow::applyFilter()
{
    m_model->setFilter(currentFilter());
    m_view->scrollToTop();
    if (m_model->rowCount() > 0)
        m_view->makeRowCurrent(0);
    updateActions();
}

std::optional<Asset> MainWindow::currentAsset() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->assetAt(current.row());
}

QList<Asset> MainWindow::selectedAssets() const
{
    QList<Asset> assets;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (std::optional<Asset> asset = m_model->assetAt(row.row()))
            assets << *asset;
    }
    return assets;
}

bool MainWindow::selectAsset(qint64 id)
{
    const int row = m_model->rowOfAsset(id);
    if (row < 0)
        return false;
    m_view->makeRowCurrent(row);
    return true;
}

void MainWindow::reload()
{
    if (!m_registry)
        return;
    const std::optional<Asset> current = currentAsset();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->refresh();
    m_filterBar->refreshDepartments();
    m_view->verticalScrollBar()->setValue(scroll);
    if (current)
        selectAsset(current->id);
    updateActions();
}

AssetEditor *MainWindow::newAsset()
{
    if (!m_registry)
        return nullptr;
    return openEditor(m_registry->assets().newAsset());
}

AssetEditor *MainWindow::editAsset()
{
    if (!m_registry)
        return nullptr;
    const std::optional<Asset> shown = currentAsset();
    if (!shown)
        return nullptr;
    // The editor starts from the stored asset, not from the cached row, so that its row version is current.
    const Result<Asset> stored = m_registry->assets().byId(shown->id);
    if (!stored) {
        MessageBox::warning(this, tr("Asset Not Found"),
                            tr("Asset %1 no longer exists in this registry.").arg(shown->assetNo));
        reload();
        return nullptr;
    }
    return openEditor(*stored);
}

AssetEditor *MainWindow::openAsset(qint64 id)
{
    if (!m_registry)
        return nullptr;
    const Result<Asset> asset = m_registry->assets().byId(id);
    if (!asset) {
        showModelError(asset.error);
        return nullptr;
    }
    return openEditor(*asset);
}

AssetEditor *MainWindow::newAssetFrom(const Asset &draft)
{
    if (!m_registry || draft.id != 0)
        return nullptr;
    return openEditor(draft);
}

AssetEditor *MainWindow::openEditor(const Asset &asset)
{
    auto *editor = new AssetEditor(*m_registry, asset, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, asset] {
        const Asset saved = editor->savedAsset();
        reload();
        if (selectAsset(saved.id))
            statusBar()->showMessage(tr("Asset %1 saved.").arg(saved.assetNo), 5000);
        else
            statusBar()->showMessage(tr("Asset %1 saved. The current filter does not show it.").arg(saved.assetNo),
                                     8000);
        emit assetSaved(saved);
        emit assetWritten(asset, saved);
        updateActions();
    });
    editor->open();
    return editor;
}

void MainWindow::updateActions()
{
    const bool open = m_registry != nullptr;
    m_newAsset->setEnabled(open);
    m_editAsset->setEnabled(open && m_view->currentIndex().isValid());
    m_find->setEnabled(open);
    m_clearFilters->setEnabled(open);
    m_reload->setEnabled(open);
    m_showDisposed->setEnabled(open);
}

void MainWindow::updateCounts()
{
    if (!m_registry) {
        m_countLabel->clear();
        return;
    }
    const qint64 shown = m_model->shownCount();
    const qint64 total = m_model->totalCount();
    if (total == 0)
        m_view->setPlaceholderText(tr("No assets are registered yet.\nChoose New Asset (Ctrl+N) to register the "
                                      "first one."));
    else if (shown == 0)
        m_view->setPlaceholderText(tr("No asset matches the search and the filters.\nClear Filters shows every "
                                      "asset again."));
    else
        m_view->setPlaceholderText(QString());
    if (!m_model->isCountExact())
        m_countLabel->setText(
            tr("%1 or more assets shown of %2 (counting…)").arg(QLocale().toString(shown), QLocale().toString(total)));
    else
        m_countLabel->setText(tr("%Ln asset(s) shown of %1", nullptr, int(std::min<qint64>(shown, INT_MAX)))
                                  .arg(QLocale().toString(total)));
}

void MainWindow::updateRegistryInfo()
{
    if (!m_registry) {
        m_registryLabel->clear();
        m_registryLabel->setToolTip(QString());
        setWindowTitle(tr("Information Asset Registry"));
        return;
    }
    const QString path = shownLocation(m_registry->path());
    m_registryLabel->setText(tr("%1 · scheme: %2").arg(path, m_registry->scheme().name()));
    const QString organisation = m_registry->settings().organisation();
    m_registryLabel->setToolTip(organisation.isEmpty() ? path : tr("%1\nOrganisation: %2").arg(path, organisation));
    setWindowTitle(tr("%1 – Information Asset Registry").arg(shortName(m_registry->path(), false)));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::files();
    int number = 0;
    for (const QString &path : files) {
        ++number;
        const QString text = tr("&%1 %2").arg(number).arg(shortName(path, true));
        QAction *action = m_recentMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_registry && samePath(m_registry->path()) == samePath(path));
        connect(action, &QAction::triggered, this, [this, path] { openRegistry(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent registries"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { RecentFiles::clear(); });
}

void MainWindow::updateLanguageActions()
{
    const QString current = Language::instance().current();
    const QList<QAction *> actions = m_languages->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == current);
}

void MainWindow::showAbout()
{
    // Window-modal without blocking, like the editor; it deletes itself when closed.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::noteErrorShown()
{
    m_errorShown = true;
}

void MainWindow::showModelError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // One message box per registry is enough; more would bury the window while the table repaints.
    if (m_errorShown)
        return;
    m_errorShown = true;
    MessageBox::warning(this, tr("Cannot Read Assets"), message);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_view->saveColumns();
    event->accept();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_assetMenu->setTitle(tr("&Asset"));
    m_viewMenu->setTitle(tr("&View"));
    m_view->columnsMenu()->setTitle(tr("&Columns"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_newRegistry->setText(tr("&New Registry…"));
    m_newRegistry->setToolTip(tr("Create a new registry file"));
    m_openRegistry->setText(tr("&Open Registry…"));
    m_openRegistry->setToolTip(tr("Open another registry file"));
    m_connectRegistry->setText(tr("&Connect to Shared Registry…"));
    m_connectRegistry->setToolTip(tr("Open a registry that several administrators share on a PostgreSQL server"));
    m_quit->setText(tr("&Quit"));
    m_newAsset->setText(tr("&New Asset…"));
    m_newAsset->setToolTip(tr("Register a new asset (Ctrl+N)"));
    m_editAsset->setText(tr("&Edit Asset…"));
    m_editAsset->setToolTip(tr("Edit the selected asset (Enter or double-click)"));
    m_find->setText(tr("&Search"));
    m_clearFilters->setText(tr("Cl&ear Filters"));
    m_reload->setText(tr("Re&load"));
    // Toolbar buttons show a short label: no mnemonic, no ellipsis (Japanese mnemonics "(&N)" would stay visible).
    m_newAsset->setIconText(tr("New Asset"));
    m_editAsset->setIconText(tr("Edit Asset"));
    m_openRegistry->setIconText(tr("Open Registry"));
    m_reload->setIconText(tr("Reload"));
    m_reload->setToolTip(tr("Read the registry again (F5)"));
    m_resetColumns->setText(tr("&Reset Columns"));
    m_showDisposed->setText(tr("Show &Disposed Assets"));
    m_about->setText(tr("&About Information Asset Registry"));
    m_aboutQt->setText(tr("About &Qt"));
    updateLanguageActions();

    m_startTitle->setText(tr("No registry is open"));
    m_startReason->setText(m_startReasonText.isEmpty()
                               ? tr("Open a registry file, create a new one, connect to a shared registry on a "
                                    "server, or use the default registry in your data folder.")
                               : m_startReasonText);
    m_startOpen->setText(tr("Open a registry…"));
    m_startNew->setText(tr("Create a new registry…"));
    m_startConnect->setText(tr("Connect to a shared registry…"));
    m_startDefault->setText(tr("Use the default registry"));

    m_model->retranslate();
    updateCounts();
    updateRegistryInfo();
}
