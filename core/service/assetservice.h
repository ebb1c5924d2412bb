// The assets of a registry (DESIGN.md §3): the only way to add and change them, and the reads the windows and
// commands page through. Every write validates inside its unit of work and appends its audit event there.
#pragma once

#include "assetbatch.h"
#include "domain/asset.h"
#include "domain/assetquery.h"
#include "domain/assetrulefinding.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class RegistryContext;

class AssetService final
{
public:
    explicit AssetService(RegistryContext &context);

    // Where an asset comes from: typed in a window or on the command line, or read from a file (imports and bulk
    // additions), whose rows may lack a retention that the old ledger never recorded (flagged 保存期限未設定).
    enum class Origin
    {
        Entered,
        FromFile
    };

    // A draft with the lowest levels of the scheme, registered today.
    Asset newAsset() const;
    // Every problem that refuses a save, with the personal-information and retention rules.
    QList<Problem> validate(const Asset &asset, Origin origin = Origin::Entered) const;
    // What warns but does not refuse (PI-4: the number of data subjects not recorded).
    QList<Problem> warnings(const Asset &asset) const;
    // The personal-information and retention rules an asset breaks as entered today (the rule check, verify --rules).
    QList<AssetRuleFinding> ruleFindings(const Asset &asset) const;
    // 「漏えい時に報告対象」 with the registry's threshold for My Number.
    bool isReportableIfLeaked(const Asset &asset) const;
    // The asset keeps a lower confidentiality than its personal information calls for, with a recorded reason.
    bool hasPersonalInfoOverride(const Asset &asset) const;

    Result<Asset> createAsset(const Asset &draft);
    // Saves an edit of an asset read earlier; refused when someone else saved it since (asset.rowVersion is stale).
    Result<Asset> updateAsset(const Asset &edited);
    // Adds many assets in one transaction: all or nothing. Problems name the index of the draft as "#n". The drafts
    // come from a file (Origin::FromFile): a missing retention is accepted and flagged. One audit event records the
    // batch (AssetBatch): an import names its file. Drafts validated a moment ago under rulesStamp() (the import's
    // dry run) pass that stamp and are not validated again while it holds.
    Result<int> createAssets(const QList<Asset> &drafts, const std::function<void(int done)> &progress = {},
                             const AssetBatchSource &source = {}, const QString &validatedUnder = {});
    // What validation depends on besides the draft (registry, scheme, settings, today): equal stamps, equal verdicts.
    QString rulesStamp() const;
    // Marks assets reviewed on `reviewedOn` by `reviewedBy` (practice.md §2): sets their last review and reviewer and
    // counts their next review from that day (Review::defaultNextReview), in one unit of work with one audit event
    // per asset. All or nothing: a disposed or missing asset, a date after today or before an asset's registration,
    // or no reviewer refuses the whole mark. Returns the number of assets marked.
    Result<int> markReviewed(const QList<qint64> &assetIds, const QDate &reviewedOn, const QString &reviewedBy);

    // A review recorded together with a bulk edit ("review done").
    struct ReviewMark
    {
        QDate reviewedOn;
        QString reviewedBy;
    };
    // Saves edits of many assets read earlier in one transaction, all or nothing (bulk edit, the command line's edit
    // of several assets): each is validated and refused when it is disposed or someone else saved it since; problems
    // name the asset ("IA-000001: …"). With a review, every asset is also marked reviewed as markReviewed() does, in
    // the same transaction. One audit event per changed asset (and one per review). Returns the assets as saved.
    Result<QList<Asset>> updateAssets(const QList<Asset> &edited, const std::optional<ReviewMark> &review = {});
    // Puts assets back as they were (the undo of an edit or bulk edit): every field of previous, the last review too.
    // currentVersions[i] is the row version the i-th asset has now; an asset changed since then is a conflict and
    // nothing is restored. One transaction, audited as updates.
    Result<QList<Asset>> restoreAssets(const QList<Asset> &previous, const QList<int> &currentVersions);
    // Removes an asset registered by mistake (the undo of its registration): refused when it was changed since it was
    // read (created.rowVersion), is disposed, or has controls, risks or a disposal. Audited as "remove" with its
    // values; its asset number is not used again.
    Result<Asset> withdrawAsset(const Asset &created);

    // Reads. A lookup that finds nothing fails with a message naming the asset; a read error carries the error.
    Result<Asset> byId(qint64 id) const;
    Result<Asset> byAssetNo(const QString &assetNo) const;
    QList<Asset> page(const AssetFilter &filter, const AssetSort &sort, int offset, int limit, QString *error) const;
    // Visits every asset of the filter in order with one statement; visit returns false to stop early. Returns false
    // on a read error.
    bool forEach(const AssetFilter &filter, const AssetSort &sort, const std::function<bool(const Asset &)> &visit,
                 QString *error) const;
    qint64 count(const AssetFilter &filter, QString *error) const;
    // Counts no further than limit (> 0): at once even when the filter matches most of a million assets.
    qint64 countUpTo(const AssetFilter &filter, qint64 limit, QString *error) const;
    // Keyset paging: the rows after the asset afterId in the order of page(); empty when afterId is gone.
    QList<Asset> pageAfter(const AssetFilter &filter, const AssetSort &sort, qint64 afterId, int limit,
                           QString *error) const;
    // Row of an asset in the order of page() (0-based), or -1 when the filter leaves it out.
    qint64 position(const AssetFilter &filter, const AssetSort &sort, qint64 id, QString *error) const;
    // A read that fails sets *error (when given) and gives 0 or no values.
    qint64 totalCount(QString *error = nullptr) const;
    QStringList distinctValues(AssetField::Id field, QString *error = nullptr) const;

private:
    enum class Write
    {
        Edit,   // an edit: the last review stays as stored
        Restore // an undo: every field as given
    };
    Result<QList<Asset>> writeAssets(const QList<Asset> &edited, const QList<int> &expectedVersions, Write mode,
                                     const std::optional<ReviewMark> &review);
    // Changed fields of an asset as {key: [old, new]} for its audit event.
    QJsonObject changedFields(const Asset *before, const Asset &after) const;
    // Numbers a new asset and fills in what the registry decides for it (dates, trimmed names).
    void prepareNew(Asset *asset, const QString &assetNo) const;
    bool insertAsset(Asset *asset, const QString &assetNo, QString *error);
    // Takes count numbers from the registry's counter; returns the first, or 0 on failure.
    qint64 reserveAssetNumbers(int count, QString *error);
    static QString assetNumber(const QString &prefix, qint64 sequence);

    RegistryContext &m_context;
};
