// The writes of AssetService that change many assets at once or take a change back: bulk edits in one transaction,
// the restore that undoes an edit, and the withdrawal of an asset registered by mistake.
#include "assetservice.h"

#include "assetvalues.h"
#include "changes.h"
#include "domain/review.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Registry", text);
}

constexpr int kMaxReviewerLength = 200;

const AssetField::Id kReviewFields[] = {AssetField::LastReviewedOn, AssetField::ReviewedBy, AssetField::NextReview};

} // namespace

Result<QList<Asset>> AssetService::updateAssets(const QList<Asset> &edited, const std::optional<ReviewMark> &review)
{
    QList<int> versions;
    versions.reserve(edited.size());
    for (const Asset &asset : edited)
        versions << asset.rowVersion;
    return writeAssets(edited, versions, Write::Edit, review);
}

Result<QList<Asset>> AssetService::restoreAssets(const QList<Asset> &previous, const QList<int> &currentVersions)
{
    if (previous.size() != currentVersions.size())
        return Result<QList<Asset>>::failure(
            translated(QT_TRANSLATE_NOOP("Registry", "The assets to restore and their versions do not match.")));
    return writeAssets(previous, currentVersions, Write::Restore, {});
}

Result<QList<Asset>> AssetService::writeAssets(const QList<Asset> &edited, const QList<int> &expectedVersions,
                                               Write mode, const std::optional<ReviewMark> &review)
{
    using Failure = Result<QList<Asset>>;
    QList<Problem> problems;
    const QString reviewField = AssetField::byId(AssetField::LastReviewedOn).keyString();
    const QString reviewerField = AssetField::byId(AssetField::ReviewedBy).keyString();
    if (edited.isEmpty())
        problems.append({QString(), translated(QT_TRANSLATE_NOOP("Registry", "No asset was chosen. Choose the assets "
                                                                             "to change."))});
    const QString reviewer = review ? review->reviewedBy.trimmed() : QString();
    if (review) {
        if (!review->reviewedOn.isValid())
            problems.append(
                {reviewField, translated(QT_TRANSLATE_NOOP("Registry", "The date of the review is missing. "
                                                                       "Enter the day the review took place."))});
        else if (review->reviewedOn > m_context.today())
            problems.append({reviewField, translated(QT_TRANSLATE_NOOP("Registry", "The review date %1 lies in the "
                                                                                   "future. Enter the day the review "
                                                                                   "took place (today or earlier)."))
                                              .arg(review->reviewedOn.toString(Qt::ISODate))});
        if (reviewer.isEmpty())
            problems.append({reviewerField, translated(QT_TRANSLATE_NOOP("Registry", "Reviewed by is required. Enter "
                                                                                     "the person who reviewed the "
                                                                                     "assets."))});
        else if (reviewer.size() > kMaxReviewerLength)
            problems.append({reviewerField, translated(QT_TRANSLATE_NOOP("Registry", "Reviewed by is %1 characters "
                                                                                     "long. Shorten it to %2 "
                                                                                     "characters or fewer."))
                                                .arg(reviewer.size())
                                                .arg(kMaxReviewerLength)});
    }
    if (!problems.isEmpty())
        return Failure::invalid(problems);

    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Failure::failure(work.error());
    QList<Asset> before;
    QList<Asset> after;
    before.reserve(edited.size());
    after.reserve(edited.size());
    QSet<qint64> seen;
    QString conflictWith;
    for (int index = 0; index < edited.size(); ++index) {
        const Asset &wanted = edited.at(index);
        const auto problem = [&problems](const QString &field, const QString &assetNo, const QString &message) {
            problems.append({field, translated(QT_TRANSLATE_NOOP("Registry", "%1: %2")).arg(assetNo, message)});
        };
        if (seen.contains(wanted.id)) {
            problem(QString(), wanted.assetNo,
                    translated(QT_TRANSLATE_NOOP("Registry", "The asset is listed twice. Change each asset once.")));
            continue;
        }
        seen.insert(wanted.id);
        const Result<Asset> stored = byId(wanted.id);
        if (!stored) {
            if (!stored.notFound)
                return Failure::failure(stored.error);
            problem(QString(), wanted.assetNo,
                    translated(QT_TRANSLATE_NOOP("Registry", "The asset no longer exists in this registry.")));
            continue;
        }
        if (stored->status == QLatin1String("disposed")) {
            problem(AssetField::byId(AssetField::Status).keyString(), stored->assetNo,
                    translated(QT_TRANSLATE_NOOP("Registry", "The asset has been disposed and can no longer be "
                                                             "edited. Leave it out.")));
            continue;
        }
        if (stored->rowVersion != expectedVersions.at(index) && conflictWith.isEmpty())
            conflictWith = stored->assetNo;
        Asset asset = wanted;
        asset.id = stored->id;
        asset.assetNo = stored->assetNo;
        asset.registeredOn = stored->registeredOn;
        if (mode == Write::Edit) {
            // Only a review changes who reviewed an asset and when.
            asset.lastReviewedOn = stored->lastReviewedOn;
            asset.reviewedBy = stored->reviewedBy;
        }
        asset.name = asset.name.trimmed();
        asset.department = asset.department.trimmed();
        asset.owner = asset.owner.trimmed();
        asset.personalInfoOverride = asset.personalInfoOverride.trimmed();
        asset.retentionBasis = asset.retentionBasis.trimmed();
        const int reviewImportance =
            m_context.scheme().reviewImportance(asset.confidentiality, asset.integrity, asset.availability);
        if (review) {
            if (review->reviewedOn < asset.registeredOn)
                problem(reviewField, asset.assetNo,
                        translated(QT_TRANSLATE_NOOP("Registry", "The asset was registered on %1, after the review "
                                                                 "date %2. Enter a later review date."))
                            .arg(asset.registeredOn.toString(Qt::ISODate), review->reviewedOn.toString(Qt::ISODate)));
            asset.lastReviewedOn = review->reviewedOn;
            asset.reviewedBy = reviewer;
            asset.nextReview = Review::defaultNextReview(reviewImportance, review->reviewedOn);
        } else if (!asset.nextReview.isValid()) {
            asset.nextReview = Review::defaultNextReview(reviewImportance,
                                                         Review::reviewBase(asset.lastReviewedOn, m_context.today()));
        }
        for (const Problem &found : validate(asset))
            problem(found.field, asset.assetNo, found.message);
        before << *stored;
        after << asset;
    }
    if (!problems.isEmpty()) {
        Failure refused = Failure::invalid(problems);
        refused.error = QCoreApplication::translate("Registry",
                                                    "Nothing was saved: %n problem(s) in the assets chosen. Correct "
                                                    "them and save again.",
                                                    nullptr, int(problems.size())) +
                        QLatin1Char('\n') + refused.error;
        return refused;
    }
    Failure conflict = Failure::failure(
        translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 was changed by someone else in the meantime. Nothing was "
                                                 "saved. Reload the assets and make the change again."))
            .arg(conflictWith));
    conflict.conflict = true;
    if (!conflictWith.isEmpty())
        return conflict;

    QString error;
    const ClassificationScheme &scheme = m_context.scheme();
    for (int index = 0; index < after.size(); ++index) {
        const Asset &old = before.at(index);
        Asset &asset = after[index];
        QJsonObject changed = changedFields(&old, asset);
        QJsonObject reviewed;
        if (review) {
            // As markReviewed(): the review is its own event, recorded even when it changes nothing.
            for (const AssetField::Id field : kReviewFields) {
                const QString key = AssetField::byId(field).keyString();
                changed.remove(key);
                reviewed.insert(key, QJsonArray{Changes::jsonValue(AssetValues::raw(old, field, scheme)),
                                                Changes::jsonValue(AssetValues::raw(asset, field, scheme))});
            }
        }
        if (changed.isEmpty() && reviewed.isEmpty()) {
            asset = old;
            continue;
        }
        bool isConflict = false;
        if (!m_context.assetStore().update(asset, old.rowVersion, &isConflict, &error))
            return Failure::failure(error);
        if (isConflict) {
            Failure late = Failure::failure(
                translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 was changed by someone else in the meantime. "
                                                         "Nothing was saved. Reload the assets and make the change "
                                                         "again."))
                    .arg(old.assetNo));
            late.conflict = true;
            return late;
        }
        asset.rowVersion = old.rowVersion + 1;
        for (const auto &[action, fields] :
             {std::pair{QStringLiteral("update"), changed}, std::pair{QStringLiteral("review"), reviewed}}) {
            if (fields.isEmpty())
                continue;
            AuditEvent event;
            event.action = action;
            event.entity = QStringLiteral("asset");
            event.entityId = asset.assetNo;
            event.changes = fields;
            if (!m_context.appendAudit(&event, &error))
                return Failure::failure(error);
        }
    }
    if (!work.commit(&error))
        return Failure::failure(error);
    return Failure::success(after);
}

Result<Asset> AssetService::withdrawAsset(const Asset &created)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Asset>::failure(work.error());
    Result<Asset> stored = byId(created.id);
    if (!stored)
        return stored.notFound
                   ? Result<Asset>::failure(
                         translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 no longer exists in this registry."))
                             .arg(created.assetNo))
                   : stored;
    if (stored->status == QLatin1String("disposed"))
        return Result<Asset>::failure(
            translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 has been disposed; its record stays in the registry."))
                .arg(stored->assetNo));
    Result<Asset> changedSince = Result<Asset>::failure(
        translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 was changed after it was registered, so it is not removed. "
                                                 "Change it back or set its status instead."))
            .arg(stored->assetNo));
    changedSince.conflict = true;
    if (stored->rowVersion != created.rowVersion)
        return changedSince;
    QString error;
    bool referenced = false;
    bool isConflict = false;
    if (!m_context.assetStore().remove(*stored, &referenced, &isConflict, &error))
        return Result<Asset>::failure(error);
    if (referenced)
        return Result<Asset>::failure(
            translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 already has controls, risks or a disposal, so it is "
                                                     "not removed. Set its status instead."))
                .arg(stored->assetNo));
    if (isConflict)
        return changedSince;
    AuditEvent event;
    event.action = QStringLiteral("remove");
    event.entity = QStringLiteral("asset");
    event.entityId = stored->assetNo;
    // Every value the asset had, as removed: the record of what was taken out.
    QJsonObject removed;
    const QJsonObject values = changedFields(nullptr, *stored);
    for (auto it = values.begin(); it != values.end(); ++it)
        removed.insert(it.key(), QJsonArray{it.value().toArray().at(1), QJsonValue()});
    event.changes = removed;
    if (!m_context.appendAudit(&event, &error) || !work.commit(&error))
        return Result<Asset>::failure(error);
    return stored;
}
