// One step of Edit ▸ Undo for assets: a registration, an edit in the editor or a bulk edit. The change is already made
// when the command is pushed; undo and redo are new changes through AssetService, audited like any other: undoing a
// registration withdraws the asset, undoing an edit restores every field as it was. When the registry refuses (the
// asset was changed by someone else since), the user is told and the step leaves the stack.
#pragma once

#include "domain/asset.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

class Registry;

class AssetUndoCommand final : public QUndoCommand
{
public:
    enum class Kind
    {
        Create,
        Edit,
        BulkEdit
    };
    // What the window does after each step: refuse tells why a step could not be made, changed re-reads the table
    // and shows the asset of that id (0 when it is gone).
    struct Hooks
    {
        std::function<void(const QString &message)> refused;
        std::function<void(qint64 assetId)> changed;
    };

    // before: the assets as they were (empty for a registration); after: as saved, with their row versions.
    AssetUndoCommand(Registry &registry, Kind kind, const QList<Asset> &before, const QList<Asset> &after, Hooks hooks);

    void undo() override;
    void redo() override;

    Kind kind() const { return m_kind; }
    const QList<Asset> &before() const { return m_before; }
    const QList<Asset> &after() const { return m_after; }

private:
    void updateText();
    void refuse(const QString &message);

    Registry &m_registry;
    Kind m_kind;
    QList<Asset> m_before;
    QList<Asset> m_after;
    Hooks m_hooks;
    // The change was made before the command was pushed: the push's redo() does nothing.
    bool m_pushed = false;
};
