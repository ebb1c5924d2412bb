// The Edit menu of the main window: Undo and Redo of the changes made in this window (registration, edit, bulk edit,
// control assignment — one step per user action, each undo an audited change through the services), Duplicate
// Asset and Bulk Edit of the selected assets. The steps belong to the open registry and are forgotten when another one
// is opened.
#pragma once

#include "domain/asset.h"

#include <QObject>

class MainWindow;
class QAction;
class QMenu;
class QUndoStack;

class EditActions final : public QObject
{
    Q_OBJECT

public:
    // A bulk edit is one transaction with an audit event per asset; more than this is an import, not a selection.
    static constexpr qint64 kMaxAssetsPerBulkEdit = 10000;

    explicit EditActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QUndoStack *undoStack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *bulkEditAction() const { return m_bulkEdit; }

public slots:
    // Opens the editor on a copy of the current asset (a new asset until saved).
    void duplicateCurrent();
    // Opens the bulk edit for the selected assets; returns how many were changed (0 when cancelled).
    int bulkEditSelected();
    void updateActions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void assetWritten(const Asset &before, const Asset &after);
    void pushBulkEdit(const QList<Asset> &before, const QList<Asset> &after);
    qint64 selectedCount() const;

    MainWindow *m_window;
    QUndoStack *m_stack = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_bulkEdit = nullptr;
};
