// One step of Edit ▸ Undo for control assignments: controls assigned to assets (Controls ▸ Assign, or the asset
// editor's Controls tab), an assignment edited or a control unassigned. Like the asset steps, the change is already
// made when the step is pushed, and undo and redo are new changes through AssignmentService, audited like any other;
// when an assignment was changed by someone else since, the user is told and the step leaves the stack.
#pragma once

#include "assetundo.h"
#include "domain/controlassignment.h"

#include <QList>
#include <QUndoCommand>

class QWidget;
class Registry;

class AssignmentUndoCommand final : public QUndoCommand
{
public:
    // before and after: every pair of asset and control the step touched, as it was and as it is now.
    AssignmentUndoCommand(Registry &registry, const QList<AssignmentState> &before, const QList<AssignmentState> &after,
                          AssetUndoCommand::Hooks hooks);

    void undo() override;
    void redo() override;

    // Hands a step made in `from` (a dialog or widget of a main window) to that window's Undo list; the states that
    // did not change are left out, and a step that changed nothing is not pushed.
    static void record(QWidget *from, const QList<AssignmentState> &before, const QList<AssignmentState> &after);

private:
    void apply(const QList<AssignmentState> &expected, const QList<AssignmentState> &wanted);

    Registry &m_registry;
    QList<AssignmentState> m_before;
    QList<AssignmentState> m_after;
    AssetUndoCommand::Hooks m_hooks;
    bool m_pushed = false;
};
