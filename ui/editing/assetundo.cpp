// Undo and redo of asset changes through the asset service.
#include "assetundo.h"

#include "service/assetservice.h"
#include "service/registry.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("AssetUndoCommand", text, nullptr, n);
}

QList<int> versions(const QList<Asset> &assets)
{
    QList<int> result;
    result.reserve(assets.size());
    for (const Asset &asset : assets)
        result << asset.rowVersion;
    return result;
}

} // namespace

AssetUndoCommand::AssetUndoCommand(Registry &registry, Kind kind, const QList<Asset> &before, const QList<Asset> &after,
                                   Hooks hooks)
    : m_registry(registry)
    , m_kind(kind)
    , m_before(before)
    , m_after(after)
    , m_hooks(std::move(hooks))
{
    updateText();
}

void AssetUndoCommand::updateText()
{
    const QString assetNo = m_after.isEmpty() ? QString() : m_after.constFirst().assetNo;
    switch (m_kind) {
    case Kind::Create:
        setText(translated(QT_TRANSLATE_NOOP("AssetUndoCommand", "Registration of %1")).arg(assetNo));
        break;
    case Kind::Edit:
        setText(translated(QT_TRANSLATE_NOOP("AssetUndoCommand", "Edit of %1")).arg(assetNo));
        break;
    case Kind::BulkEdit:
        setText(translated(QT_TRANSLATE_N_NOOP("AssetUndoCommand", "Bulk Edit of %n Asset(s)"), int(m_after.size())));
        break;
    }
}

void AssetUndoCommand::refuse(const QString &message)
{
    // The registry no longer matches this step: it cannot be undone or redone any more.
    setObsolete(true);
    if (m_hooks.refused)
        m_hooks.refused(message);
}

void AssetUndoCommand::undo()
{
    AssetService &assets = m_registry.assets();
    if (m_kind == Kind::Create) {
        const Result<Asset> withdrawn = assets.withdrawAsset(m_after.constFirst());
        if (!withdrawn)
            return refuse(withdrawn.error);
        if (m_hooks.changed)
            m_hooks.changed(0);
        return;
    }
    const Result<QList<Asset>> restored = assets.restoreAssets(m_before, versions(m_after));
    if (!restored)
        return refuse(restored.error);
    m_before = *restored;
    if (m_hooks.changed)
        m_hooks.changed(m_before.constFirst().id);
}

void AssetUndoCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    AssetService &assets = m_registry.assets();
    if (m_kind == Kind::Create) {
        // Registered again as it was saved; the withdrawn asset number is not used again.
        Asset draft = m_after.constFirst();
        draft.id = 0;
        draft.assetNo.clear();
        draft.rowVersion = 0;
        const Result<Asset> created = assets.createAsset(draft);
        if (!created)
            return refuse(created.error);
        m_after = {*created};
        updateText();
        if (m_hooks.changed)
            m_hooks.changed(created->id);
        return;
    }
    const Result<QList<Asset>> redone = assets.restoreAssets(m_after, versions(m_before));
    if (!redone)
        return refuse(redone.error);
    m_after = *redone;
    if (m_hooks.changed)
        m_hooks.changed(m_after.constFirst().id);
}
