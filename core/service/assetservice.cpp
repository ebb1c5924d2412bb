// Validation and the single write path for assets.
#include "assetservice.h"

#include "assetbatch.h"
#include "assetvalues.h"
#include "domain/assetcodes.h"
#include "domain/handlingrestriction.h"
#include "domain/personalinforules.h"
#include "domain/retentionrule.h"
#include "domain/review.h"
#include "io/sha256.h"
#include "registrycontext.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Registry", text);
}

// A name, as the other names of the ledger (DESIGN.md §3: 1–200 characters).
constexpr int kMaxReviewerLength = 200;

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Changed fields as {key: [old, new]}; with no previous asset every non-empty field is new.
QJsonObject changes(const Asset *before, const Asset &after, const ClassificationScheme &scheme)
{
    QJsonObject result;
    for (const AssetField &field : AssetField::all()) {
        if (field.id == AssetField::Importance || field.id == AssetField::Label)
            continue;
        const QString newValue = AssetValues::raw(after, field.id, scheme);
        const QString oldValue = before ? AssetValues::raw(*before, field.id, scheme) : QString();
        if (newValue != oldValue)
            result.insert(field.keyString(), QJsonArray{jsonValue(oldValue), jsonValue(newValue)});
    }
    return result;
}

} // namespace

AssetService::AssetService(RegistryContext &context)
    : m_context(context)
{
}

QJsonObject AssetService::changedFields(const Asset *before, const Asset &after) const
{
    return changes(before, after, m_context.scheme());
}

Asset AssetService::newAsset() const
{
    const ClassificationScheme &scheme = m_context.scheme();
    Asset asset;
    asset.confidentiality = scheme.lowest(Objective::Confidentiality);
    asset.integrity = scheme.lowest(Objective::Integrity);
    asset.availability = scheme.lowest(Objective::Availability);
    asset.registeredOn = m_context.today();
    return asset;
}

QList<Problem> AssetService::validate(const Asset &asset, Origin origin) const
{
    QList<Problem> problems;
    auto add = [&problems](AssetField::Id field, const QString &message) {
        problems.append({AssetField::byId(field).keyString(), message});
    };
    const QString name = asset.name.trimmed();
    if (name.isEmpty())
        add(AssetField::Name,
            translated(QT_TRANSLATE_NOOP("Registry", "Asset name is required. Enter the name of the asset.")));
    else if (name.size() > 200)
        add(AssetField::Name,
            translated(QT_TRANSLATE_NOOP("Registry", "Asset name is %1 characters long. Shorten it to 200 "
                                                     "characters or fewer."))
                .arg(name.size()));
    if (asset.department.trimmed().isEmpty())
        add(AssetField::Department,
            translated(QT_TRANSLATE_NOOP("Registry", "Managing department is required. Enter the "
                                                     "department that manages the asset.")));
    if (asset.owner.trimmed().isEmpty())
        add(AssetField::Owner,
            translated(QT_TRANSLATE_NOOP("Registry", "Owner is required. Enter the person responsible "
                                                     "for the asset.")));
    if (!AssetCodes::assetTypes().contains(asset.assetType))
        add(AssetField::AssetType,
            translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not an asset type. Choose one of: %2."))
                .arg(asset.assetType, AssetCodes::assetTypes().join(QStringLiteral(", "))));
    if (!AssetCodes::personalInfoKinds().contains(asset.personalInfo))
        add(AssetField::PersonalInfo,
            translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not a kind of personal information. Choose one of: %2."))
                .arg(asset.personalInfo, AssetCodes::personalInfoKinds().join(QStringLiteral(", "))));
    if (asset.subjectCount) {
        if (*asset.subjectCount < 0)
            add(AssetField::SubjectCount,
                translated(QT_TRANSLATE_NOOP("Registry", "The number of data subjects cannot be negative (%1). "
                                                         "Enter 0 or more, or leave it empty."))
                    .arg(*asset.subjectCount));
        else if (*asset.subjectCount > 0 && asset.personalInfo == QLatin1String("none"))
            add(AssetField::SubjectCount,
                translated(QT_TRANSLATE_NOOP(
                               "Registry",
                               "The number of data subjects is %1 but personal information is 'None'. Choose the "
                               "kind of personal information or clear the number."))
                    .arg(*asset.subjectCount));
    }

    struct Level
    {
        Objective objective;
        int ordinal;
        const QString *rationale;
        AssetField::Id field;
        AssetField::Id rationaleField;
    };
    const Level levels[] = {
        {Objective::Confidentiality, asset.confidentiality, &asset.confidentialityRationale,
         AssetField::Confidentiality, AssetField::ConfidentialityRationale},
        {Objective::Integrity, asset.integrity, &asset.integrityRationale, AssetField::Integrity,
         AssetField::IntegrityRationale},
        {Objective::Availability, asset.availability, &asset.availabilityRationale, AssetField::Availability,
         AssetField::AvailabilityRationale},
    };
    for (const Level &level : levels) {
        if (!m_context.scheme().isLevel(level.objective, level.ordinal)) {
            const QString objective = ClassificationScheme::objectiveName(level.objective);
            add(level.field,
                translated(QT_TRANSLATE_NOOP("Registry", "%1: level %2 does not exist in the %3 scheme. Choose "
                                                         "one of %4."))
                    .arg(objective)
                    .arg(level.ordinal)
                    .arg(m_context.scheme().name(), m_context.scheme().levelRange(level.objective)));
        } else if (level.ordinal == m_context.scheme().highest(level.objective) &&
                   level.rationale->trimmed().isEmpty()) {
            const QString objective = ClassificationScheme::objectiveName(level.objective);
            add(level.rationaleField,
                translated(QT_TRANSLATE_NOOP("Registry",
                                             "%1 is at its highest level (%2). Enter the rationale for this "
                                             "level."))
                    .arg(objective, m_context.scheme().levelLabel(level.objective, level.ordinal)));
        }
    }

    if (!AssetCodes::statuses().contains(asset.status))
        add(AssetField::Status, translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not a status. Choose one of: %2."))
                                    .arg(asset.status, AssetCodes::statuses().join(QStringLiteral(", "))));
    else if (asset.status == QLatin1String("disposed"))
        add(AssetField::Status,
            translated(QT_TRANSLATE_NOOP("Registry", "The status 'Disposed' is set only by recording a "
                                                     "disposal. Choose another status, or record the "
                                                     "disposal of the asset.")));
    // The review of a new asset (an import carrying an old ledger's dates) is checked; a stored asset's review was
    // set by the registry, which an edit keeps as it is.
    if (asset.id == 0 && asset.lastReviewedOn.isValid() && asset.lastReviewedOn > m_context.today())
        add(AssetField::LastReviewedOn,
            translated(QT_TRANSLATE_NOOP("Registry", "Last reviewed on %1 lies in the future. Enter the day the "
                                                     "review took place (today or earlier)."))
                .arg(asset.lastReviewedOn.toString(Qt::ISODate)));
    if (!asset.reviewedBy.trimmed().isEmpty() && !asset.lastReviewedOn.isValid())
        add(AssetField::LastReviewedOn,
            translated(QT_TRANSLATE_NOOP("Registry", "Reviewed by is '%1' but the date of the review is missing. "
                                                     "Enter the last review date or clear the reviewer."))
                .arg(asset.reviewedBy.trimmed()));
    if (asset.reviewedBy.size() > kMaxReviewerLength)
        add(AssetField::ReviewedBy,
            translated(QT_TRANSLATE_NOOP("Registry", "Reviewed by is %1 characters long. Shorten it to %2 "
                                                     "characters or fewer."))
                .arg(asset.reviewedBy.size())
                .arg(kMaxReviewerLength));
    if (!asset.mediumClass.isEmpty() && !AssetCodes::mediumClasses().contains(asset.mediumClass))
        add(AssetField::MediumClass,
            translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not a medium class. Choose one of: %2, or leave it "
                                                     "empty."))
                .arg(asset.mediumClass, AssetCodes::mediumClasses().join(QStringLiteral(", "))));
    // The registry's own restrictions are read only for an asset that names one (inside a write, a setting is a
    // query: a batch of a million assets would read it a million times).
    std::optional<QStringList> own;
    for (const QString &restriction : asset.handlingRestrictions) {
        if (HandlingRestrictions::isBuiltin(restriction))
            continue;
        if (!own)
            own = HandlingRestrictions::fromStored(m_context.setting(SettingsService::ownRestrictionsKey()));
        if (!own->contains(restriction)) {
            QStringList known;
            for (const QString &code : HandlingRestrictions::builtinCodes())
                known << HandlingRestrictions::name(code);
            known << *own;
            add(AssetField::HandlingRestrictions,
                translated(QT_TRANSLATE_NOOP("Registry", "'%1' is not a handling restriction of this registry. Choose "
                                                         "one of: %2; or add it to the registry's own handling "
                                                         "restrictions in the registry settings."))
                    .arg(restriction, known.join(QStringLiteral(", "))));
        }
    }
    if (asset.retentionPermanent && asset.retentionUntil.isValid())
        add(AssetField::RetentionUntil,
            translated(QT_TRANSLATE_NOOP("Registry", "Retention is both permanent and until %1. "
                                                     "Keep only one of them."))
                .arg(asset.retentionUntil.toString(Qt::ISODate)));
    if (asset.personalInfoOverride.size() > 500)
        add(AssetField::PersonalInfoOverride,
            translated(QT_TRANSLATE_NOOP("Registry", "The override reason is %1 characters long. Shorten it to 500 "
                                                     "characters or fewer."))
                .arg(asset.personalInfoOverride.size()));
    // The rules of design/practice.md §1–2, after the checks of the values they read.
    if (AssetCodes::personalInfoKinds().contains(asset.personalInfo) &&
        m_context.scheme().isLevel(Objective::Confidentiality, asset.confidentiality)) {
        for (const AssetRuleFinding &finding : PersonalInfoRules::refusals(asset, m_context.scheme()))
            add(finding.field, finding.message);
    }
    for (const AssetRuleFinding &finding : RetentionRule::refusals(asset, origin == Origin::Entered))
        add(finding.field, finding.message);
    return problems;
}

QList<Problem> AssetService::warnings(const Asset &asset) const
{
    QList<Problem> found;
    for (const AssetRuleFinding &finding : PersonalInfoRules::warnings(asset))
        found.append({AssetField::byId(finding.field).keyString(), finding.message});
    return found;
}

QList<AssetRuleFinding> AssetService::ruleFindings(const Asset &asset) const
{
    QList<AssetRuleFinding> findings = PersonalInfoRules::refusals(asset, m_context.scheme());
    findings.append(RetentionRule::refusals(asset, true));
    return findings;
}

bool AssetService::isReportableIfLeaked(const Asset &asset) const
{
    return PersonalInfoRules::isReportableIfLeaked(asset, SettingsService(m_context).myNumberReportThreshold());
}

bool AssetService::hasPersonalInfoOverride(const Asset &asset) const
{
    return PersonalInfoRules::isOverridden(asset, m_context.scheme());
}

qint64 AssetService::reserveAssetNumbers(int count, QString *error)
{
    bool ok = false;
    const qint64 sequence = m_context.setting(QStringLiteral("next_asset_seq"), QStringLiteral("1")).toLongLong(&ok);
    if (!ok || sequence < 1) {
        *error = translated(QT_TRANSLATE_NOOP("Registry", "The asset number counter of the registry is damaged."));
        return 0;
    }
    // The counter only grows, so a number is never given twice, even after a disposal.
    if (!m_context.database().setSetting(QStringLiteral("next_asset_seq"), QString::number(sequence + count), error))
        return 0;
    return sequence;
}

QString AssetService::assetNumber(const QString &prefix, qint64 sequence)
{
    return prefix + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));
}

void AssetService::prepareNew(Asset *asset, const QString &assetNo) const
{
    asset->assetNo = assetNo;
    if (!asset->registeredOn.isValid())
        asset->registeredOn = m_context.today();
    if (!asset->nextReview.isValid())
        asset->nextReview = Review::defaultNextReview(
            m_context.scheme().reviewImportance(asset->confidentiality, asset->integrity, asset->availability),
            Review::reviewBase(asset->lastReviewedOn, asset->registeredOn));
    asset->reviewedBy = asset->reviewedBy.trimmed();
    asset->name = asset->name.trimmed();
    asset->department = asset->department.trimmed();
    asset->owner = asset->owner.trimmed();
    asset->personalInfoOverride = asset->personalInfoOverride.trimmed();
    asset->retentionBasis = asset->retentionBasis.trimmed();
}

bool AssetService::insertAsset(Asset *asset, const QString &assetNo, QString *error)
{
    prepareNew(asset, assetNo);
    if (!m_context.assetStore().insert(asset, error))
        return false;
    AuditEvent event;
    event.action = QStringLiteral("create");
    event.entity = QStringLiteral("asset");
    event.entityId = asset->assetNo;
    event.changes = changes(nullptr, *asset, m_context.scheme());
    return m_context.appendAudit(&event, error);
}

Result<Asset> AssetService::createAsset(const Asset &draft)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Asset>::failure(work.error());
    const QList<Problem> problems = validate(draft);
    if (!problems.isEmpty())
        return Result<Asset>::invalid(problems);
    QString error;
    Asset asset = draft;
    const qint64 sequence = reserveAssetNumbers(1, &error);
    if (sequence == 0 ||
        !insertAsset(&asset,
                     assetNumber(m_context.setting(QStringLiteral("asset_no_prefix"), QStringLiteral("IA-")), sequence),
                     &error) ||
        !work.commit(&error))
        return Result<Asset>::failure(error);
    return Result<Asset>::success(asset);
}

QString AssetService::rulesStamp() const
{
    // What validate() depends on beyond the draft: the registry, its scheme, its own restrictions and today.
    return m_context.database().path() + QLatin1Char('\n') + m_context.scheme().name() + QLatin1Char('\n') +
           m_context.setting(SettingsService::ownRestrictionsKey()) + QLatin1Char('\n') +
           m_context.today().toString(Qt::ISODate);
}

Result<int> AssetService::createAssets(const QList<Asset> &drafts, const std::function<void(int)> &progress,
                                       const AssetBatchSource &source, const QString &validatedUnder)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<int>::failure(work.error());
    // A batch the caller validated a moment ago under the same rules is not validated again.
    if (validatedUnder.isEmpty() || validatedUnder != rulesStamp()) {
        QList<Problem> problems;
        for (int index = 0; index < drafts.size(); ++index) {
            const QList<Problem> found = validate(drafts.at(index), Origin::FromFile);
            for (const Problem &problem : found)
                problems.append(
                    {problem.field,
                     translated(QT_TRANSLATE_NOOP("Registry", "#%1: %2")).arg(index + 1).arg(problem.message)});
        }
        if (!problems.isEmpty())
            return Result<int>::invalid(problems);
    }
    if (drafts.isEmpty())
        return Result<int>::success(0);
    QString error;
    const qint64 first = reserveAssetNumbers(int(drafts.size()), &error);
    if (first == 0)
        return Result<int>::failure(error);
    const QString prefix = m_context.setting(QStringLiteral("asset_no_prefix"), QStringLiteral("IA-"));

    // The assets as they will be stored, their value lists and the digest of the lists, before the batch event that
    // names the digest.
    QList<Asset> assets;
    assets.reserve(drafts.size());
    QList<QByteArray> values;
    values.reserve(drafts.size());
    Sha256 digest;
    for (int index = 0; index < drafts.size(); ++index) {
        Asset asset = drafts.at(index);
        prepareNew(&asset, assetNumber(prefix, first + index));
        values.append(AssetBatch::values(asset, m_context.scheme()));
        AssetBatch::addToDigest(&digest, values.constLast());
        assets.append(std::move(asset));
    }
    AuditEvent event;
    event.action = source.fileName.isEmpty() ? QStringLiteral("create") : QStringLiteral("import");
    event.entity = QString::fromLatin1(AssetBatch::kEntity);
    event.entityId = assets.constFirst().assetNo + QStringLiteral("..") + assets.constLast().assetNo;
    event.changes = AssetBatch::eventChanges(int(assets.size()), assets.constFirst().assetNo,
                                             assets.constLast().assetNo, digest.finishHex(), source);
    if (!m_context.appendAudit(&event, &error))
        return Result<int>::failure(error);

    // A thousand assets at a time between reports of progress.
    constexpr qsizetype kStep = 1000;
    for (qsizetype first = 0; first < assets.size(); first += kStep) {
        const qsizetype count = std::min(kStep, assets.size() - first);
        if (!m_context.assetStore().insertMany(assets.data() + first, count, &error))
            return Result<int>::failure(error);
        QList<qint64> ids;
        ids.reserve(count);
        for (qsizetype index = first; index < first + count; ++index)
            ids.append(assets.at(index).id);
        if (!m_context.auditStore().appendCreations(ids, event.seq, values.mid(first, count), &error))
            return Result<int>::failure(error);
        if (progress && first + count < assets.size())
            progress(int(first + count));
    }
    if (!work.commit(&error))
        return Result<int>::failure(error);
    if (progress)
        progress(int(drafts.size()));
    return Result<int>::success(int(drafts.size()));
}

Result<Asset> AssetService::updateAsset(const Asset &edited)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Asset>::failure(work.error());
    Result<Asset> stored = byId(edited.id);
    if (!stored)
        return stored.notFound
                   ? Result<Asset>::failure(
                         translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 no longer exists in this registry."))
                             .arg(edited.assetNo))
                   : stored;
    if (stored->status == QLatin1String("disposed"))
        return Result<Asset>::failure(
            translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 has been disposed and can no longer "
                                                     "be edited. Corrections are recorded as "
                                                     "amendments to its disposal record."))
                .arg(stored->assetNo));
    Result<Asset> conflict = Result<Asset>::failure(
        translated(QT_TRANSLATE_NOOP("Registry",
                                     "Asset %1 was changed by someone else after you opened it. Your changes were "
                                     "not saved. Reopen the asset to see the current version and make your "
                                     "changes again."))
            .arg(stored->assetNo));
    conflict.conflict = true;
    if (stored->rowVersion != edited.rowVersion)
        return conflict;
    const QList<Problem> problems = validate(edited);
    if (!problems.isEmpty())
        return Result<Asset>::invalid(problems);

    Asset asset = edited;
    asset.assetNo = stored->assetNo;
    asset.registeredOn = stored->registeredOn;
    // Only marking the asset reviewed changes who reviewed it and when.
    asset.lastReviewedOn = stored->lastReviewedOn;
    asset.reviewedBy = stored->reviewedBy;
    asset.name = asset.name.trimmed();
    asset.department = asset.department.trimmed();
    asset.owner = asset.owner.trimmed();
    asset.personalInfoOverride = asset.personalInfoOverride.trimmed();
    asset.retentionBasis = asset.retentionBasis.trimmed();
    if (!asset.nextReview.isValid())
        asset.nextReview = Review::defaultNextReview(
            m_context.scheme().reviewImportance(asset.confidentiality, asset.integrity, asset.availability),
            Review::reviewBase(asset.lastReviewedOn, m_context.today()));
    const QJsonObject changed = changes(&*stored, asset, m_context.scheme());
    if (changed.isEmpty())
        return stored;

    QString error;
    bool isConflict = false;
    if (!m_context.assetStore().update(asset, edited.rowVersion, &isConflict, &error))
        return Result<Asset>::failure(error);
    if (isConflict)
        return conflict;
    AuditEvent event;
    event.action = QStringLiteral("update");
    event.entity = QStringLiteral("asset");
    event.entityId = asset.assetNo;
    event.changes = changed;
    if (!m_context.appendAudit(&event, &error) || !work.commit(&error))
        return Result<Asset>::failure(error);
    asset.rowVersion = edited.rowVersion + 1;
    return Result<Asset>::success(asset);
}

Result<int> AssetService::markReviewed(const QList<qint64> &assetIds, const QDate &reviewedOn,
                                       const QString &reviewedBy)
{
    const QString reviewer = reviewedBy.trimmed();
    const QString reviewField = AssetField::byId(AssetField::LastReviewedOn).keyString();
    const QString reviewerField = AssetField::byId(AssetField::ReviewedBy).keyString();
    QList<Problem> problems;
    if (assetIds.isEmpty())
        problems.append({QString(), translated(QT_TRANSLATE_NOOP("Registry", "No asset was chosen. Choose the assets "
                                                                             "to mark as reviewed."))});
    if (!reviewedOn.isValid())
        problems.append(
            {reviewField, translated(QT_TRANSLATE_NOOP("Registry", "The date of the review is missing. "
                                                                   "Enter the day the review took place."))});
    else if (reviewedOn > m_context.today())
        problems.append({reviewField, translated(QT_TRANSLATE_NOOP("Registry", "The review date %1 lies in the future. "
                                                                               "Enter the day the review took place "
                                                                               "(today or earlier)."))
                                          .arg(reviewedOn.toString(Qt::ISODate))});
    if (reviewer.isEmpty())
        problems.append({reviewerField, translated(QT_TRANSLATE_NOOP("Registry", "Reviewed by is required. Enter the "
                                                                                 "person who reviewed the assets."))});
    else if (reviewer.size() > kMaxReviewerLength)
        problems.append({reviewerField, translated(QT_TRANSLATE_NOOP("Registry", "Reviewed by is %1 characters long. "
                                                                                 "Shorten it to %2 characters or "
                                                                                 "fewer."))
                                            .arg(reviewer.size())
                                            .arg(kMaxReviewerLength)});
    if (!problems.isEmpty())
        return Result<int>::invalid(problems);

    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<int>::failure(work.error());
    // Each asset once, in the order given (a selection of thousands is checked in linear time).
    QList<qint64> ids;
    QSet<qint64> seen;
    ids.reserve(assetIds.size());
    for (const qint64 id : assetIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    QList<Asset> stored;
    stored.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        const Result<Asset> asset = byId(id);
        if (!asset)
            return asset.notFound
                       ? Result<int>::failure(translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 no longer exists in "
                                                                                       "this registry. Nothing was "
                                                                                       "marked as reviewed."))
                                                  .arg(id))
                       : Result<int>::failure(asset.error);
        if (asset->status == QLatin1String("disposed"))
            problems.append({AssetField::byId(AssetField::Status).keyString(),
                             translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 has been disposed; a disposed asset "
                                                                      "is no longer reviewed. Leave it out."))
                                 .arg(asset->assetNo)});
        else if (reviewedOn < asset->registeredOn)
            problems.append({reviewField, translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 was registered on %2, "
                                                                                   "after the review date %3. Enter "
                                                                                   "a later review date."))
                                              .arg(asset->assetNo, asset->registeredOn.toString(Qt::ISODate),
                                                   reviewedOn.toString(Qt::ISODate))});
        stored.append(*asset);
    }
    if (!problems.isEmpty()) {
        Result<int> refused = Result<int>::invalid(problems);
        refused.error = QCoreApplication::translate("Registry",
                                                    "Nothing was marked as reviewed: %n asset(s) cannot be. Correct "
                                                    "the selection and mark the assets again.",
                                                    nullptr, int(problems.size())) +
                        QLatin1Char('\n') + refused.error;
        return refused;
    }

    QString error;
    for (const Asset &before : std::as_const(stored)) {
        Asset after = before;
        after.lastReviewedOn = reviewedOn;
        after.reviewedBy = reviewer;
        after.nextReview = Review::defaultNextReview(
            m_context.scheme().reviewImportance(after.confidentiality, after.integrity, after.availability),
            reviewedOn);
        bool isConflict = false;
        if (!m_context.assetStore().update(after, before.rowVersion, &isConflict, &error))
            return Result<int>::failure(error);
        if (isConflict)
            return Result<int>::failure(
                translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 was changed by someone else while it was being "
                                                         "marked as reviewed. Nothing was marked; try again."))
                    .arg(before.assetNo));
        // The three fields of a review are always recorded, even when a second review on the same day by the same
        // person changes none of them: the event is the evidence that the review took place.
        QJsonObject changed;
        const ClassificationScheme &scheme = m_context.scheme();
        for (const AssetField::Id field : {AssetField::LastReviewedOn, AssetField::ReviewedBy, AssetField::NextReview})
            changed.insert(AssetField::byId(field).keyString(),
                           QJsonArray{jsonValue(AssetValues::raw(before, field, scheme)),
                                      jsonValue(AssetValues::raw(after, field, scheme))});
        AuditEvent event;
        event.action = QStringLiteral("review");
        event.entity = QStringLiteral("asset");
        event.entityId = before.assetNo;
        event.changes = changed;
        if (!m_context.appendAudit(&event, &error))
            return Result<int>::failure(error);
    }
    if (!work.commit(&error))
        return Result<int>::failure(error);
    return Result<int>::success(int(stored.size()));
}

Result<Asset> AssetService::byId(qint64 id) const
{
    QString error;
    std::optional<Asset> asset = m_context.assetStore().byId(id, &error);
    if (asset)
        return Result<Asset>::success(*asset);
    if (!error.isEmpty())
        return Result<Asset>::failure(error);
    return Result<Asset>::missing(
        translated(QT_TRANSLATE_NOOP("Registry", "Asset %1 no longer exists in this registry.")).arg(id));
}

Result<Asset> AssetService::byAssetNo(const QString &assetNo) const
{
    QString error;
    std::optional<Asset> asset = m_context.assetStore().byAssetNo(assetNo, &error);
    if (asset)
        return Result<Asset>::success(*asset);
    if (!error.isEmpty())
        return Result<Asset>::failure(error);
    return Result<Asset>::missing(
        translated(QT_TRANSLATE_NOOP("Registry", "There is no asset %1 in this registry.")).arg(assetNo));
}

QList<Asset> AssetService::page(const AssetFilter &filter, const AssetSort &sort, int offset, int limit,
                                QString *error) const
{
    return m_context.assetStore().page(filter, sort, offset, limit, error);
}

bool AssetService::forEach(const AssetFilter &filter, const AssetSort &sort,
                           const std::function<bool(const Asset &)> &visit, QString *error) const
{
    return m_context.assetStore().forEach(filter, sort, visit, error);
}

qint64 AssetService::count(const AssetFilter &filter, QString *error) const
{
    return m_context.assetStore().count(filter, error);
}

qint64 AssetService::countUpTo(const AssetFilter &filter, qint64 limit, QString *error) const
{
    return m_context.assetStore().countUpTo(filter, std::max<qint64>(1, limit), error);
}

QList<Asset> AssetService::pageAfter(const AssetFilter &filter, const AssetSort &sort, qint64 afterId, int limit,
                                     QString *error) const
{
    return m_context.assetStore().pageAfter(filter, sort, afterId, limit, error);
}

qint64 AssetService::position(const AssetFilter &filter, const AssetSort &sort, qint64 id, QString *error) const
{
    return m_context.assetStore().position(filter, sort, id, error);
}

qint64 AssetService::totalCount(QString *error) const
{
    return m_context.assetStore().totalCount(error);
}

QStringList AssetService::distinctValues(AssetField::Id field, QString *error) const
{
    return m_context.assetStore().distinctValues(field, error);
}
