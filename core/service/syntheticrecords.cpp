// Sample assignments and disposals for generated registries.
#include "syntheticrecords.h"

#include "assetservice.h"
#include "assignmentservice.h"
#include "catalogservice.h"
#include "disposalservice.h"
#include "registry.h"

namespace SyntheticRecords {

bool add(Registry &registry, qint64 afterAssetId, QString *error)
{
    const QDate today = registry.clock().today();
    AssetFilter current;
    // Asset numbers follow ids, so the generated assets are those after afterAssetId in asset number order.
    const QList<Asset> assets =
        afterAssetId > 0 ? registry.assets().pageAfter(current, AssetSort(), afterAssetId, kAssignedAssets, error)
                         : registry.assets().page(current, AssetSort(), 0, kAssignedAssets, error);
    if (!error->isEmpty())
        return false;
    if (assets.size() < 20)
        return true;
    const QList<Control> controls = registry.catalogs().controls();
    if (controls.size() < 10)
        return true;

    QList<qint64> assetIds;
    for (const Asset &asset : std::as_const(assets))
        assetIds << asset.id;
    struct State
    {
        bool applicable;
        const char *implementation;
        const char *reason;
        const char *evidence;
        int dueInDays; // 0: no due date
    };
    // Every state a gap report distinguishes.
    static const State states[] = {
        {true, "implemented", "", "運用手順書 第3版・年次点検記録", 0},
        {true, "partial", "", "一部の部署で未対応", 90},
        {true, "not_implemented", "", "", 180},
        {true, "unknown", "", "", 0},
        {false, "unknown", "当該資産は外部に持ち出さないため", "", 0},
    };
    int controlIndex = 0;
    for (const State &state : states) {
        AssignmentPatch patch;
        patch.applicable = state.applicable;
        if (*state.reason)
            patch.reason = QString::fromUtf8(state.reason);
        patch.implementation = QString::fromLatin1(state.implementation);
        patch.responsible = QStringLiteral("情報セキュリティ担当 木村 真理");
        if (*state.evidence)
            patch.evidenceNote = QString::fromUtf8(state.evidence);
        if (state.dueInDays > 0)
            patch.dueDate = today.addDays(state.dueInDays);
        if (QLatin1String(state.implementation) == QLatin1String("implemented"))
            patch.lastVerified = today.addDays(-30);
        const QList<qint64> pair{controls.at(controlIndex).id, controls.at(controlIndex + 1).id};
        controlIndex += 2;
        const Result<int> assigned = registry.assignments().assignMany(assetIds, pair, patch);
        if (!assigned) {
            *error = assigned.error;
            return false;
        }
    }

    // A contractor pick-up of media and paper marked for disposal: destroyed, which meets every minimum method.
    AssetFilter pending;
    pending.status = QStringLiteral("disposal_pending");
    QList<qint64> disposable;
    const bool read = registry.assets().forEach(
        pending, AssetSort(),
        [&disposable, afterAssetId](const Asset &asset) {
            if (asset.id > afterAssetId &&
                (asset.assetType == QLatin1String("paper") || asset.assetType == QLatin1String("media") ||
                 asset.assetType == QLatin1String("hardware")))
                disposable << asset.id;
            return disposable.size() < kMaxDisposed;
        },
        error);
    if (!read)
        return false;
    if (disposable.isEmpty())
        return true;
    Result<DisposalJob> draft = registry.disposal().draft(disposable);
    if (!draft) {
        *error = draft.error;
        return false;
    }
    DisposalJob job = *draft;
    job.method = QStringLiteral("destroy");
    job.technique = QStringLiteral("shred");
    job.destination = QStringLiteral("destroyed");
    job.verification = QStringLiteral("full");
    job.performedBy = {QStringLiteral("高橋 誠"), QStringLiteral("作業責任者"),
                       QStringLiteral("株式会社データ保管サービス"), today.addDays(-2)};
    job.validatedBy = {QStringLiteral("木村 真理"), QStringLiteral("情報セキュリティ担当"),
                       QStringLiteral("情報システム部"), today.addDays(-1)};
    job.contractor = QStringLiteral("株式会社データ保管サービス");
    job.certificateNo = QStringLiteral("DS-%1-0001").arg(today.year());
    int serial = 1;
    for (DisposalItem &item : job.items) {
        item.serialNo = QStringLiteral("SN-%1").arg(serial++, 5, 10, QLatin1Char('0'));
        // The draft fills in paper for paper assets; the other disposable assets are disks shredded by the contractor.
        if (item.mediaType.isEmpty())
            item.mediaType = QStringLiteral("hdd");
    }
    const Result<DisposalJob> recorded = registry.disposal().record(job);
    if (!recorded) {
        *error = recorded.error;
        return false;
    }
    return true;
}

} // namespace SyntheticRecords
