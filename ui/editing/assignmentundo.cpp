// Undo and redo of control assignments through the assignment service.
#include "assignmentundo.h"

#include "mainwindow/mainwindow.h"
#include "service/assignmentservice.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QWidget>

AssignmentUndoCommand::AssignmentUndoCommand(Registry &registry, const QList<AssignmentState> &before,
                                             const QList<AssignmentState> &after, AssetUndoCommand::Hooks hooks)
    : m_registry(registry)
    , m_before(before)
    , m_after(after)
    , m_hooks(std::move(hooks))
{
    setText(QCoreApplication::translate("AssignmentUndoCommand", "Control Assignment (%n change(s))", nullptr,
                                        int(m_after.size())));
}

void AssignmentUndoCommand::apply(const QList<AssignmentState> &expected, const QList<AssignmentState> &wanted)
{
    const Result<int> done = m_registry.assignments().replace(expected, wanted);
    if (!done) {
        // The registry no longer matches this step: it cannot be undone or redone any more.
        setObsolete(true);
        if (m_hooks.refused)
            m_hooks.refused(done.error);
        return;
    }
    if (m_hooks.changed)
        m_hooks.changed(wanted.isEmpty() ? 0 : wanted.constFirst().assetId);
}

void AssignmentUndoCommand::undo()
{
    apply(m_after, m_before);
}

void AssignmentUndoCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    apply(m_before, m_after);
}

void AssignmentUndoCommand::record(QWidget *from, const QList<AssignmentState> &before,
                                   const QList<AssignmentState> &after)
{
    QList<AssignmentState> was;
    QList<AssignmentState> now;
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        if (before.at(i).sameAssignment(after.at(i)))
            continue;
        was << before.at(i);
        now << after.at(i);
    }
    if (now.isEmpty())
        return;
    for (QWidget *widget = from; widget; widget = widget->parentWidget()) {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            emit window->assignmentsWritten(was, now);
            return;
        }
    }
}
