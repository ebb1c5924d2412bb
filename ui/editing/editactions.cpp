// Undo, redo, duplicate and bulk edit in the main window.
#include "editactions.h"

#include "assetundo.h"
#include "assignmentundo.h"
#include "bulkeditdialog.h"

#include "mainwindow/mainwindow.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "widgets/assettableview.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>

namespace {
AssetUndoCommand::Hooks hooksFor(MainWindow *window);
} // namespace

EditActions::EditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_stack = new QUndoStack(this);
    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_duplicate = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bulkEdit = new QAction(this);
    m_bulkEdit->setObjectName(QStringLiteral("bulkEditAction"));
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("editMenu"));
    m_menu->addAction(m_undo);
    m_menu->addAction(m_redo);
    m_menu->addSeparator();
    m_menu->addAction(m_duplicate);
    m_menu->addAction(m_bulkEdit);
    window->menuBar()->insertMenu(window->assetMenu()->menuAction(), m_menu);
    // The table's context menu is the Asset menu: duplicate and bulk edit are there too.
    window->addAssetActions({m_duplicate, m_bulkEdit});

    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &EditActions::updateActions);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &EditActions::retranslate);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &EditActions::retranslate);
    connect(m_duplicate, &QAction::triggered, this, &EditActions::duplicateCurrent);
    connect(m_bulkEdit, &QAction::triggered, this, &EditActions::bulkEditSelected);
    connect(window, &MainWindow::assetWritten, this, &EditActions::assetWritten);
    connect(window, &MainWindow::assignmentsWritten, this,
            [this](const QList<AssignmentState> &before, const QList<AssignmentState> &after) {
                if (Registry *registry = m_window->registry())
                    m_stack->push(new AssignmentUndoCommand(*registry, before, after, hooksFor(m_window)));
            });
    connect(window, &MainWindow::registryChanged, this, [this] {
        // The steps were made in the registry that was open; they mean nothing in another one.
        m_stack->clear();
        updateActions();
    });
    connect(m_menu, &QMenu::aboutToShow, this, &EditActions::updateActions);
    connect(window->assetMenu(), &QMenu::aboutToShow, this, &EditActions::updateActions);
    if (QItemSelectionModel *selection = window->assetView()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &EditActions::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

bool EditActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void EditActions::retranslate()
{
    m_menu->setTitle(tr("&Edit"));
    const QString undoText = m_stack->undoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_undo->setToolTip(tr("Take back the last change made in this window; the undo is recorded in the audit log"));
    const QString redoText = m_stack->redoText();
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_duplicate->setText(tr("Du&plicate Asset…"));
    m_duplicate->setToolTip(tr("Register a new asset filled from the selected one (Ctrl+D)"));
    m_bulkEdit->setText(tr("&Bulk Edit…"));
    m_bulkEdit->setToolTip(tr("Change department, owner, status or medium class of the selected assets at once, or "
                              "mark them reviewed (Ctrl+Shift+E)"));
}

qint64 EditActions::selectedCount() const
{
    const QItemSelectionModel *selection = m_window->assetView()->selectionModel();
    if (!selection)
        return 0;
    qint64 rows = 0;
    const QItemSelection ranges = selection->selection();
    for (const QItemSelectionRange &range : ranges)
        rows += range.height();
    return rows;
}

void EditActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    m_undo->setEnabled(open && m_stack->canUndo());
    m_redo->setEnabled(open && m_stack->canRedo());
    m_duplicate->setEnabled(open && m_window->currentAsset().has_value());
    m_bulkEdit->setEnabled(open && selectedCount() > 0);
}

namespace {

AssetUndoCommand::Hooks hooksFor(MainWindow *window)
{
    AssetUndoCommand::Hooks hooks;
    hooks.refused = [window](const QString &message) {
        MessageBox::warning(window, EditActions::tr("Cannot Undo or Redo"),
                            EditActions::tr("%1\n\nThis step has been taken off the Undo list.").arg(message));
        window->reload();
    };
    hooks.changed = [window](qint64 assetId) {
        window->reload();
        if (assetId != 0)
            window->selectAsset(assetId);
    };
    return hooks;
}

} // namespace

void EditActions::assetWritten(const Asset &before, const Asset &after)
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    if (before.id == 0) {
        m_stack->push(new AssetUndoCommand(*registry, AssetUndoCommand::Kind::Create, {}, {after}, hooksFor(m_window)));
        return;
    }
    // Saving without a change writes nothing, and is nothing to undo.
    if (after.rowVersion == before.rowVersion)
        return;
    m_stack->push(new AssetUndoCommand(*registry, AssetUndoCommand::Kind::Edit, {before}, {after}, hooksFor(m_window)));
}

void EditActions::pushBulkEdit(const QList<Asset> &before, const QList<Asset> &after)
{
    if (Registry *registry = m_window->registry())
        m_stack->push(
            new AssetUndoCommand(*registry, AssetUndoCommand::Kind::BulkEdit, before, after, hooksFor(m_window)));
}

void EditActions::duplicateCurrent()
{
    const std::optional<Asset> current = m_window->currentAsset();
    Registry *registry = m_window->registry();
    if (!current || !registry)
        return;
    const Result<Asset> stored = registry->assets().byId(current->id);
    if (!stored)
        return;
    // A new asset with the values of the current one; what belongs to the original alone starts afresh.
    Asset draft = *stored;
    const Asset fresh = registry->assets().newAsset();
    draft.id = 0;
    draft.assetNo.clear();
    draft.rowVersion = 0;
    draft.registeredOn = fresh.registeredOn;
    draft.lastReviewedOn = {};
    draft.reviewedBy.clear();
    draft.nextReview = {};
    if (draft.status == QLatin1String("disposed"))
        draft.status = fresh.status;
    draft.name = tr("%1 (copy)").arg(draft.name);
    m_window->newAssetFrom(draft);
}

int EditActions::bulkEditSelected()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return 0;
    const qint64 count = selectedCount();
    if (count > kMaxAssetsPerBulkEdit) {
        MessageBox::information(m_window, tr("Bulk Edit"),
                                tr("%1 assets are selected. Change at most %2 assets at a time; select fewer, for "
                                   "example one department, and change the rest afterwards.")
                                    .arg(QLocale().toString(count), QLocale().toString(kMaxAssetsPerBulkEdit)));
        return 0;
    }
    QList<qint64> ids;
    QStringList disposed;
    const QList<Asset> selected = m_window->selectedAssets();
    for (const Asset &asset : selected) {
        if (asset.status == QLatin1String("disposed"))
            disposed << asset.assetNo;
        else
            ids << asset.id;
    }
    if (ids.isEmpty()) {
        MessageBox::information(m_window, tr("Bulk Edit"),
                                tr("Only disposed assets are selected; they can no longer be changed."));
        return 0;
    }
    BulkEditDialog dialog(*registry, ids, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    pushBulkEdit(dialog.before(), dialog.after());
    m_window->reload();
    QString message = tr("%n asset(s) changed.", nullptr, int(dialog.after().size()));
    if (!disposed.isEmpty())
        message += QLatin1Char(' ') + tr("%n disposed asset(s) left as they are.", nullptr, int(disposed.size()));
    m_window->statusBar()->showMessage(message, 8000);
    return int(dialog.after().size());
}
