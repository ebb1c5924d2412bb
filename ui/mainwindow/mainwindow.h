// The main window: menus, toolbar, the filter bar over the asset table, and the status bar with counts and the
// registry file. It owns the open registry. Later features (printing, import and export, disposal) add their actions
// through fileMenu() / assetMenu() / addFileActions() and follow the registry through registryChanged().
#pragma once

#include "domain/asset.h"
#include "domain/assetquery.h"
#include "domain/controlassignment.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class AssetEditor;
class AssetTableModel;
class AssetTableView;
class FilterBar;
class QAction;
class QActionGroup;
class QLabel;
class QVBoxLayout;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;
class ChangeWatch;
class Registry;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open registry; nullptr closes the current one and shows the start page.
    void setRegistry(std::unique_ptr<Registry> registry);
    Registry *registry() const { return m_registry.get(); }
    // Opens a registry file or a shared registry by its server address (postgresql://…, asking for the password
    // when the server wants one); on failure shows why and keeps the current registry (or the start page).
    bool openRegistry(const QString &path);
    // No registry open: the start page says why and offers to open or create one. unopenedPath is the registry that
    // could not be opened, if any, so that a feature can offer a way out for it (restore from a backup).
    void showStartPage(const QString &reason, const QString &unopenedPath = QString());
    // The registry the start page is about (one that could not be opened), empty when none.
    QString unopenedPath() const { return m_unopenedPath; }
    // Adds a button for an action to the start page, below the others; it follows the action's text, icon, enabled
    // state and visibility.
    void addStartPageAction(QAction *action);

    // Extension points for the features that come later.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *assetMenu() const { return m_assetMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // Adds actions to the File menu in their own section, above Quit (print, import, export …).
    void addFileActions(const QList<QAction *> &actions);
    // Adds actions to the Asset menu (and the table's context menu) in their own section.
    void addAssetActions(const QList<QAction *> &actions);
    // Puts a bar above the filter bar of the asset table (reminders of what is due).
    void addBanner(QWidget *banner);

    AssetTableModel *assetModel() const { return m_model; }
    AssetTableView *assetView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The filter as shown (filter bar and View ▸ Show disposed assets), e.g. for printing what the user sees.
    AssetFilter currentFilter() const;
    std::optional<Asset> currentAsset() const;
    QList<Asset> selectedAssets() const;
    // Re-reads the assets after a change made elsewhere (an import, a disposal), keeping the current asset.
    void reload();
    // A message about this registry's trouble has been shown: the table's read errors then go to the status bar only.
    void noteErrorShown();
    // Shows the asset and makes it current; false when the filter hides it.
    bool selectAsset(qint64 id);

    QAction *connectAction() const { return m_connectRegistry; }
    QAction *newAssetAction() const { return m_newAsset; }
    QAction *editAssetAction() const { return m_editAsset; }
    QAction *showDisposedAction() const { return m_showDisposed; }
    QMenu *columnsMenu() const;
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *registryLabel() const { return m_registryLabel; }

public slots:
    // Open the editor window-modal (without blocking) and return it; it deletes itself when closed.
    AssetEditor *newAsset();
    AssetEditor *editAsset();
    // Opens the editor on the asset with this id (from a list elsewhere, e.g. the rule check); nullptr when it is gone.
    AssetEditor *openAsset(qint64 id);
    // Opens the editor on a new asset filled from draft (id 0), e.g. a duplicate of another asset.
    AssetEditor *newAssetFrom(const Asset &draft);
    void newRegistry();
    void openRegistryFromDialog();
    // File ▸ Connect to Shared Registry…
    void connectToSharedRegistry();
    void openDefaultRegistry();

signals:
    // The start page was shown, or shown for another registry that could not be opened.
    void startPageShown();
    void registryChanged(Registry *registry);
    // The registry shown was created just now by the application itself (the default registry on first start), not
    // through File ▸ New Registry, which asks for its details.
    void registryCreated(Registry *registry);
    // An asset was saved through the editor.
    void assetSaved(const Asset &asset);
    // The same with the asset as it was opened in the editor (id 0 for a new asset), for Edit ▸ Undo.
    void assetWritten(const Asset &before, const Asset &after);
    // Controls were assigned, changed or unassigned from this window or its editors (AssignmentUndoCommand::record),
    // for Edit ▸ Undo: each pair of asset and control as it was and as it is now.
    void assignmentsWritten(const QList<AssignmentState> &before, const QList<AssignmentState> &after);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidgets();
    void retranslateUi();
    void applyFilter();
    void updateActions();
    void updateCounts();
    void updateRegistryInfo();
    void fillRecentMenu();
    void updateLanguageActions();
    void showAbout();
    void showModelError(const QString &message);
    AssetEditor *openEditor(const Asset &asset);

    std::unique_ptr<Registry> m_registry;
    // Declared after the registry, so that it goes first.
    std::unique_ptr<ChangeWatch> m_changeWatch;
    AssetTableModel *m_model = nullptr;
    AssetTableView *m_view = nullptr;
    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_startPage = nullptr;
    QLabel *m_startTitle = nullptr;
    QLabel *m_startReason = nullptr;
    QPushButton *m_startOpen = nullptr;
    QPushButton *m_startNew = nullptr;
    QPushButton *m_startConnect = nullptr;
    QPushButton *m_startDefault = nullptr;
    QString m_startReasonText;
    QString m_unopenedPath;
    QVBoxLayout *m_startButtons = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_registryLabel = nullptr;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_assetMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_fileExtensionsSeparator = nullptr;
    QAction *m_assetExtensionsSeparator = nullptr;

    QAction *m_newRegistry = nullptr;
    QAction *m_openRegistry = nullptr;
    QAction *m_connectRegistry = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_newAsset = nullptr;
    QAction *m_editAsset = nullptr;
    QAction *m_find = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_resetColumns = nullptr;
    QAction *m_showDisposed = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_languages = nullptr;
    bool m_errorShown = false;
    QVBoxLayout *m_tableLayout = nullptr;
};
