// The write path of secure disposal: drafts, validation, recording and amending a record, and its reads. The minimum
// methods are in disposalrules.cpp, the evidence files in disposalevidence.cpp.
#include "disposalservice.h"

#include "assetvalues.h"
#include "domain/assetcodes.h"
#include "domain/disposalcodes.h"
#include "domain/disposalfield.h"
#include "domain/sanitisationtechniques.h"
#include "registrycontext.h"
#include "riskhooks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <array>
#include <utility>

namespace {

using Codes = DisposalCodes::List;

QString translated(const char *text)
{
    return QCoreApplication::translate("DisposalService", text);
}

QString methodName(const QString &code)
{
    return DisposalCodes::name(Codes::Method, code);
}

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray added(const QString &text)
{
    return QJsonArray{QJsonValue(), jsonValue(text)};
}

} // namespace

DisposalService::DisposalService(RegistryContext &context)
    : m_context(context)
{
}

void DisposalService::applyRule(DisposalJob *job) const
{
    const DisposalRule current = rule();
    for (DisposalItem &item : job->items)
        item.minimumMethod =
            current.minimumMethod(job->kind, item.confidentiality, item.personalInfo, job->destination);
}

Result<DisposalJob> DisposalService::draft(const QList<qint64> &assetIds) const
{
    DisposalJob job;
    const QDate today = m_context.today();
    job.performedBy.date = today;
    job.validatedBy.date = today;
    QSet<qint64> seen;
    for (qint64 id : assetIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        QString readError;
        const std::optional<Asset> asset = m_context.assetStore().byId(id, &readError);
        if (!readError.isEmpty())
            return Result<DisposalJob>::failure(readError);
        if (!asset)
            return Result<DisposalJob>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "Asset %1 does not exist in this registry.")).arg(id));
        if (asset->status == QLatin1String("disposed"))
            return Result<DisposalJob>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "Asset %1 has already been disposed of. Open its "
                                                                "disposal record to see or amend it."))
                    .arg(asset->assetNo));
        DisposalItem item;
        item.assetId = asset->id;
        item.assetNo = asset->assetNo;
        item.assetName = asset->name;
        item.confidentiality = asset->confidentiality;
        item.integrity = asset->integrity;
        item.availability = asset->availability;
        item.personalInfo = asset->personalInfo;
        // Paper can only be paper; for any other asset the administrator names the medium.
        if (asset->assetType == QLatin1String("paper"))
            item.mediaType = QStringLiteral("paper");
        job.items.append(item);
    }
    applyRule(&job);
    // Start from a method that satisfies every item, so that an override is always a deliberate choice.
    QString method = QStringLiteral("clear");
    for (const DisposalItem &item : std::as_const(job.items))
        method = DisposalRule::stronger(method, item.minimumMethod);
    job.method = method;
    const QStringList techniques = allowedTechniques(job, method);
    job.technique = techniques.isEmpty() ? QStringLiteral("other") : techniques.constFirst();
    return Result<DisposalJob>::success(job);
}

QStringList DisposalService::overrides(const DisposalJob &job) const
{
    QStringList result;
    for (const DisposalItem &item : job.items) {
        if (item.isOverride(job.method))
            result << QStringLiteral("%1 (%2)").arg(item.assetNo, methodName(item.minimumMethod));
    }
    return result;
}

QList<Problem> DisposalService::recordProblems(const DisposalJob &job, int evidenceFiles) const
{
    QList<Problem> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    auto checkCode = [&](const char *field, Codes list, const QString &code, const char *message) {
        if (!DisposalCodes::isCode(list, code))
            add(field, translated(message).arg(code, DisposalCodes::codeList(list)));
    };
    if (job.items.isEmpty())
        add("asset_no", translated(QT_TRANSLATE_NOOP("DisposalService", "A disposal needs at least one asset. Choose "
                                                                        "the assets whose media were sanitised.")));
    checkCode("method", Codes::Method, job.method,
              QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a sanitisation method. Choose one of: %2."));
    checkCode("technique", Codes::Technique, job.technique,
              QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a sanitisation technique. Choose one of: %2."));
    checkCode("verification", Codes::Verification, job.verification,
              QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a verification method. Choose one of: %2."));
    if (job.kind == QLatin1String("data")) {
        if (!job.destination.isEmpty())
            add("destination",
                translated(QT_TRANSLATE_NOOP("DisposalService", "A data deletion hands no medium over, so it has no "
                                                                "destination. Leave the destination empty, or record a "
                                                                "media sanitisation for the medium.")));
    } else {
        checkCode(
            "destination", Codes::Destination, job.destination,
            QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a destination after sanitisation. Choose one of: %2."));
    }
    const bool knownKind = DisposalCodes::isCode(Codes::Kind, job.kind);
    if (!knownKind)
        add("kind", translated(QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a kind of disposal. Choose one of: "
                                                                    "%2."))
                        .arg(job.kind, DisposalCodes::codeList(Codes::Kind)));
    if (knownKind)
        techniqueProblems(job, &problems);
    const bool data = job.kind == QLatin1String("data");
    if (data && evidenceFiles == 0 && job.certificateNo.trimmed().isEmpty())
        add("evidence", translated(QT_TRANSLATE_NOOP("DisposalService",
                                                     "A data deletion needs its evidence: attach the deletion log or "
                                                     "the provider's certificate of deletion, or enter the number of "
                                                     "the provider's certificate.")));
    if (job.technique == QLatin1String("provider_deletion") && job.contractor.trimmed().isEmpty())
        add("contractor", translated(QT_TRANSLATE_NOOP("DisposalService", "The service provider deleted the data: "
                                                                          "enter the provider as the contractor.")));
    const bool other = job.technique == QLatin1String("other") || job.verification == QLatin1String("other") ||
                       job.destination == QLatin1String("other");
    if (other && job.notes.trimmed().isEmpty())
        add("notes", translated(QT_TRANSLATE_NOOP("DisposalService", "'Other' is chosen for the technique, the "
                                                                     "verification or the destination. Describe it "
                                                                     "in the notes.")));

    const QDate today = m_context.today();
    struct Who
    {
        const DisposalPerson *person;
        const char *nameField;
        const char *dateField;
        const char *nameMissing;
        const char *dateMissing;
    };
    const Who people[] = {
        {&job.performedBy, "performed_by_name", "performed_on",
         QT_TRANSLATE_NOOP("DisposalService", "Enter the name of the person who performed the sanitisation."),
         QT_TRANSLATE_NOOP("DisposalService", "Enter the date on which the sanitisation was performed.")},
        {&job.validatedBy, "validated_by_name", "validated_on",
         QT_TRANSLATE_NOOP("DisposalService", "Enter the name of the person who validated the sanitisation."),
         QT_TRANSLATE_NOOP("DisposalService", "Enter the date on which the sanitisation was validated.")},
    };
    for (const Who &who : people) {
        if (who.person->name.trimmed().isEmpty())
            add(who.nameField, translated(who.nameMissing));
        if (!who.person->date.isValid())
            add(who.dateField, translated(who.dateMissing));
        else if (who.person->date > today)
            add(who.dateField, translated(QT_TRANSLATE_NOOP("DisposalService", "%1 is in the future (%2). A disposal "
                                                                               "is recorded after it was done."))
                                   .arg(DisposalField::find(QString::fromLatin1(who.dateField))->label(),
                                        who.person->date.toString(Qt::ISODate)));
    }
    if (job.performedBy.date.isValid() && job.validatedBy.date.isValid() && job.validatedBy.date < job.performedBy.date)
        add("validated_on",
            translated(QT_TRANSLATE_NOOP("DisposalService", "The sanitisation was validated (%1) "
                                                            "before it was performed (%2). Correct "
                                                            "one of the dates."))
                .arg(job.validatedBy.date.toString(Qt::ISODate), job.performedBy.date.toString(Qt::ISODate)));
    if (!job.certificateNo.trimmed().isEmpty() && job.contractor.trimmed().isEmpty())
        add("contractor", translated(QT_TRANSLATE_NOOP("DisposalService", "A certificate number is given but no "
                                                                          "contractor. Enter the contractor who "
                                                                          "issued the certificate.")));

    QSet<qint64> assets;
    QStringList belowMinimum;
    for (const DisposalItem &item : job.items) {
        if (assets.contains(item.assetId))
            add("asset_no", translated(QT_TRANSLATE_NOOP("DisposalService", "Asset %1 is listed twice. Each asset "
                                                                            "appears once in a disposal."))
                                .arg(item.assetNo));
        assets.insert(item.assetId);
        if (!DisposalCodes::isCode(Codes::Backup, item.backup))
            add("backup", translated(QT_TRANSLATE_NOOP("DisposalService", "%1: '%2' is not an answer for 'Data backed "
                                                                          "up'. Choose one of: %3."))
                              .arg(item.assetNo, item.backup, DisposalCodes::codeList(Codes::Backup)));
        if (item.result.isEmpty())
            add("result", translated(QT_TRANSLATE_NOOP("DisposalService", "Choose the verification result of %1: "
                                                                          "passed or failed."))
                              .arg(item.assetNo));
        else if (item.result == QLatin1String("failed"))
            add("result", translated(QT_TRANSLATE_NOOP("DisposalService",
                                                       "Verification of %1 failed, so its disposal cannot be "
                                                       "completed. Sanitise the medium again and verify it, or leave "
                                                       "the asset out of this disposal."))
                              .arg(item.assetNo));
        else if (!DisposalCodes::isCode(Codes::Result, item.result))
            add("result", translated(QT_TRANSLATE_NOOP("DisposalService", "%1: '%2' is not a verification result. "
                                                                          "Choose one of: %3."))
                              .arg(item.assetNo, item.result, DisposalCodes::codeList(Codes::Result)));
        if (DisposalCodes::isCode(Codes::Method, job.method) && item.isOverride(job.method))
            belowMinimum << QStringLiteral("%1 (%2)").arg(item.assetNo, methodName(item.minimumMethod));
    }
    if (!belowMinimum.isEmpty() && job.overrideReason.trimmed().isEmpty())
        add("override_reason",
            translated(QT_TRANSLATE_NOOP("DisposalService",
                                         "%1 is weaker than the minimum method for %2. Choose a stronger method, or "
                                         "enter the reason for using a weaker one; the disposal is then flagged as "
                                         "an override."))
                .arg(methodName(job.method), belowMinimum.join(QStringLiteral(", "))));
    return problems;
}

QList<Problem> DisposalService::validate(const DisposalJob &job, int evidenceFiles) const
{
    DisposalJob checked = job;
    applyRule(&checked);
    return recordProblems(checked, evidenceFiles);
}

namespace {

// A name as people compare it: spaces (also full-width ones) and letter case make no difference.
QString comparableName(const QString &name)
{
    QString simplified = name.normalized(QString::NormalizationForm_KC).simplified();
    simplified.remove(QLatin1Char(' '));
    return simplified.toCaseFolded();
}

} // namespace

QList<Problem> DisposalService::warnings(const DisposalJob &job, int evidenceFiles) const
{
    QList<Problem> result;
    const QString performer = comparableName(job.performedBy.name);
    if (!performer.isEmpty() && performer == comparableName(job.validatedBy.name))
        result.append({QStringLiteral("validated_by_name"),
                       translated(QT_TRANSLATE_NOOP("DisposalService",
                                                    "%1 both performed and validated the sanitisation. A second person "
                                                    "should validate it, so that the record does not rest on one "
                                                    "person's word."))
                           .arg(job.performedBy.name.trimmed())});
    // A data deletion without evidence is refused (recordProblems); a media sanitisation is only warned about.
    const bool refused = job.kind == QLatin1String("data") && job.certificateNo.trimmed().isEmpty();
    if (evidenceFiles == 0 && !refused)
        result.append({QStringLiteral("evidence"),
                       translated(QT_TRANSLATE_NOOP("DisposalService",
                                                    "No evidence file is attached. Attach the certificate, a photo "
                                                    "or the tool's report, so that the disposal can be proven later; "
                                                    "files can also be added to the record afterwards."))});
    return result;
}

Result<DisposalJob> DisposalService::record(const DisposalJob &draft, const QList<EvidenceFile> &evidence)
{
    QString error;
    QSet<QString> hashes;
    for (const EvidenceFile &file : evidence) {
        if (!checkEvidence(file, &error))
            return Result<DisposalJob>::failure(error);
        const QString hash = sha256(file.content);
        if (hashes.contains(hash))
            return Result<DisposalJob>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is attached twice. Attach each "
                                                                "file once."))
                    .arg(file.originalName));
        hashes.insert(hash);
    }
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<DisposalJob>::failure(work.error());
    auto fail = [](const QString &message) { return Result<DisposalJob>::failure(message); };

    // The assets are read again inside the transaction: the classification that decides the minimum method and
    // the status are those at the moment of recording, not those the dialog saw when it opened.
    DisposalJob job = draft;
    for (DisposalItem &item : job.items) {
        QString readError;
        const std::optional<Asset> asset = m_context.assetStore().byId(item.assetId, &readError);
        if (!readError.isEmpty())
            return fail(readError);
        if (!asset)
            return fail(translated(QT_TRANSLATE_NOOP("DisposalService", "Asset %1 no longer exists in this registry."))
                            .arg(item.assetNo.isEmpty() ? QString::number(item.assetId) : item.assetNo));
        if (asset->status == QLatin1String("disposed")) {
            const std::optional<DisposalJob> earlier = jobForAsset(asset->id, &readError);
            if (!readError.isEmpty())
                return fail(readError);
            return fail(translated(QT_TRANSLATE_NOOP("DisposalService", "Asset %1 has already been disposed of (%2). "
                                                                        "A disposal is recorded once; correct it with "
                                                                        "an amendment."))
                            .arg(asset->assetNo, earlier ? earlier->jobNo : QString()));
        }
        item.assetNo = asset->assetNo;
        item.assetName = asset->name;
        item.confidentiality = asset->confidentiality;
        item.integrity = asset->integrity;
        item.availability = asset->availability;
        item.personalInfo = asset->personalInfo;
    }
    applyRule(&job);
    const QList<Problem> problems = recordProblems(job, int(evidence.size()));
    if (!problems.isEmpty()) {
        return Result<DisposalJob>::invalid(problems);
    }

    job.performedBy.name = job.performedBy.name.trimmed();
    job.validatedBy.name = job.validatedBy.name.trimmed();
    job.overrideReason = job.overrideReason.trimmed();
    job.recordedBy = m_context.actor();
    job.recordedAt = m_context.clock().nowUtc();
    if (!m_context.disposalStore().insertJob(&job, &error))
        return fail(error);

    AuditEvent event;
    event.actor = m_context.actor();
    event.action = QStringLiteral("create");
    event.entity = QStringLiteral("disposal");
    event.entityId = job.jobNo;
    for (const DisposalField &field : DisposalField::all()) {
        if (field.level != DisposalField::Level::Job || field.keyString() == QLatin1String("job_no"))
            continue;
        const QString value = DisposalField::value(job, field.keyString());
        if (!value.isEmpty())
            event.changes.insert(field.keyString(), added(value));
    }
    for (const DisposalItem &item : std::as_const(job.items)) {
        QStringList parts;
        for (const DisposalField &field : DisposalField::all()) {
            if (field.level != DisposalField::Level::Item || field.keyString() == QLatin1String("asset_no"))
                continue;
            const QString value = DisposalField::value(item, field.keyString());
            if (!value.isEmpty())
                parts << field.keyString() + QLatin1Char('=') + value;
        }
        event.changes.insert(QStringLiteral("item ") + item.assetNo, added(parts.join(QStringLiteral("; "))));
    }
    const QStringList flagged = overrides(job);
    if (!flagged.isEmpty()) {
        QStringList codes;
        for (const DisposalItem &item : std::as_const(job.items)) {
            if (item.isOverride(job.method))
                codes << QStringLiteral("%1 (minimum %2)").arg(item.assetNo, item.minimumMethod);
        }
        event.changes.insert(QStringLiteral("override"), added(codes.join(QStringLiteral(", "))));
    }
    if (!m_context.appendAudit(&event, &error))
        return fail(error);

    for (const DisposalItem &item : std::as_const(job.items)) {
        // The status before is recorded in the asset's audit event: a failed read must not record it as empty.
        QString readError;
        const std::optional<Asset> asset = m_context.assetStore().byId(item.assetId, &readError);
        if (!readError.isEmpty())
            return fail(readError);
        bool changed = false;
        if (!m_context.disposalStore().markAssetDisposed(item.assetId, &changed, &error))
            return fail(error);
        if (!changed)
            return fail(translated(QT_TRANSLATE_NOOP("DisposalService", "Asset %1 was disposed of by someone else "
                                                                        "while this disposal was being recorded. "
                                                                        "Nothing was saved."))
                            .arg(item.assetNo));
        AuditEvent assetEvent;
        assetEvent.actor = m_context.actor();
        assetEvent.action = QStringLiteral("update");
        assetEvent.entity = QStringLiteral("asset");
        assetEvent.entityId = item.assetNo;
        assetEvent.changes.insert(QStringLiteral("status"),
                                  QJsonArray{jsonValue(asset ? asset->status : QString()), QStringLiteral("disposed")});
        assetEvent.changes.insert(QStringLiteral("disposal"), added(job.jobNo));
        if (!m_context.appendAudit(&assetEvent, &error) ||
            !RiskHooks::assetDisposed(m_context, item.assetId, job.jobNo, &error))
            return fail(error);
    }

    for (const EvidenceFile &file : evidence) {
        DisposalEvidence stored;
        if (!appendEvidence(job, file, &stored, &error))
            return fail(error);
    }
    if (!work.commit(&error))
        return Result<DisposalJob>::failure(error);
    return Result<DisposalJob>::success(job);
}

DisposalJob DisposalService::effective(const DisposalJob &job, const QList<DisposalAmendment> &amendments)
{
    DisposalJob result = job;
    for (const DisposalAmendment &amendment : amendments) {
        if (amendment.itemId == 0) {
            DisposalField::setValue(&result, amendment.field, amendment.newValue);
            // The minimum recorded per item included the destination; a corrected destination that leaves the
            // organisation raises it to Purge. A correction the other way keeps the stricter recorded minimum.
            if (amendment.field == QLatin1String("destination") &&
                DisposalRule::leavesOrganisation(amendment.newValue)) {
                for (DisposalItem &item : result.items)
                    item.minimumMethod = DisposalRule::stronger(item.minimumMethod, QStringLiteral("purge"));
            }
            continue;
        }
        for (DisposalItem &item : result.items) {
            if (item.id == amendment.itemId)
                DisposalField::setValue(&item, amendment.field, amendment.newValue);
        }
    }
    return result;
}

Result<DisposalAmendment> DisposalService::amend(qint64 jobId, qint64 itemId, const QString &fieldKey,
                                                 const QString &newValue, const QString &reason)
{
    QString readError;
    const std::optional<DisposalJob> job = m_context.disposalStore().jobById(jobId, &readError);
    if (!readError.isEmpty())
        return Result<DisposalAmendment>::failure(readError);
    if (!job)
        return Result<DisposalAmendment>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "Disposal record %1 does not exist in this registry."))
                .arg(jobId));
    const DisposalField *field = DisposalField::find(fieldKey);
    if (!field)
        return Result<DisposalAmendment>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a field of a disposal record."))
                .arg(fieldKey));
    if (!field->amendable)
        return Result<DisposalAmendment>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService",
                                         "%1 cannot be amended: it is taken from the asset or set by "
                                         "the rules when the disposal is recorded."))
                .arg(field->label()));
    if (reason.trimmed().isEmpty())
        return Result<DisposalAmendment>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "Enter the reason for the amendment; it is kept with the "
                                                            "record.")));

    const QList<DisposalAmendment> earlier = m_context.disposalStore().amendmentsFor(jobId, &readError);
    const int evidenceFiles = int(m_context.disposalStore().evidenceFor(jobId, &readError).size());
    if (!readError.isEmpty())
        return Result<DisposalAmendment>::failure(readError);
    const DisposalJob current = effective(*job, earlier);
    const DisposalItem *item = nullptr;
    if (field->level == DisposalField::Level::Item) {
        for (const DisposalItem &candidate : current.items) {
            if (candidate.id == itemId || (itemId == 0 && current.items.size() == 1))
                item = &candidate;
        }
        if (!item)
            return Result<DisposalAmendment>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "%1 belongs to one asset of the disposal. Choose the "
                                                                "asset of %2 whose %1 you correct."))
                    .arg(field->label(), current.jobNo));
    }

    // Codes and dates are stored in their canonical form, whatever language or format was typed.
    QString value = newValue.trimmed();
    if (field->kind == DisposalField::Kind::Code) {
        const QString code = DisposalCodes::fromText(field->codes, value);
        if (code.isEmpty())
            return Result<DisposalAmendment>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a value of %2. Choose one of: %3."))
                    .arg(value, field->label(), DisposalCodes::codeList(field->codes)));
        value = code;
    } else if (field->kind == DisposalField::Kind::Date) {
        const QDate date = AssetValues::parseDate(value);
        if (!date.isValid())
            return Result<DisposalAmendment>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a date. Write it as 2026-04-01."))
                    .arg(value));
        value = date.toString(Qt::ISODate);
    }
    const QString oldValue =
        item ? DisposalField::value(*item, field->keyString()) : DisposalField::value(current, field->keyString());
    if (oldValue == value)
        return Result<DisposalAmendment>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "%1 already reads '%2'. Nothing to amend."))
                .arg(field->label(), value));

    DisposalAmendment amendment;
    amendment.jobId = jobId;
    amendment.itemId = item ? item->id : 0;
    amendment.field = field->keyString();
    amendment.oldValue = oldValue;
    amendment.newValue = value;
    amendment.reason = reason.trimmed();
    amendment.amendedBy = m_context.actor();
    amendment.amendedAt = m_context.clock().nowUtc();

    // The corrected record must still be one that could have been recorded.
    const DisposalJob corrected = effective(current, {amendment});
    QList<Problem> problems = recordProblems(corrected, evidenceFiles);
    if (!problems.isEmpty())
        return Result<DisposalAmendment>::invalid(problems);

    QString error;
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<DisposalAmendment>::failure(work.error());
    AuditEvent event;
    event.actor = m_context.actor();
    event.action = QStringLiteral("amend");
    event.entity = QStringLiteral("disposal");
    event.entityId = job->jobNo;
    const QString key = item ? item->assetNo + QLatin1Char(' ') + amendment.field : amendment.field;
    event.changes.insert(key, QJsonArray{jsonValue(oldValue), jsonValue(value)});
    event.changes.insert(QStringLiteral("reason"), added(amendment.reason));
    if (!m_context.disposalStore().insertAmendment(&amendment, &error) || !m_context.appendAudit(&event, &error)) {
        return Result<DisposalAmendment>::failure(error);
    }
    if (!work.commit(&error))
        return Result<DisposalAmendment>::failure(error);
    return Result<DisposalAmendment>::success(amendment);
}

std::optional<DisposalJob> DisposalService::jobForAsset(qint64 assetId, QString *error) const
{
    const qint64 jobId = m_context.disposalStore().jobIdForAsset(assetId, error);
    if (jobId == 0)
        return std::nullopt;
    return m_context.disposalStore().jobById(jobId, error);
}

QList<DueAsset> DisposalService::due(int withinDays, int offset, int limit, QString *error) const
{
    const QDate today = m_context.today();
    return m_context.disposalStore().dueAssets(today.addDays(std::max(0, withinDays)), today, offset, limit, error);
}

qint64 DisposalService::dueCount(int withinDays, QString *error) const
{
    return m_context.disposalStore().dueCount(m_context.today().addDays(std::max(0, withinDays)), error);
}

QDate DisposalService::today() const
{
    return m_context.today();
}

std::optional<DisposalJob> DisposalService::job(qint64 id, QString *error) const
{
    return m_context.disposalStore().jobById(id, error);
}

std::optional<DisposalJob> DisposalService::jobByNo(const QString &jobNo, QString *error) const
{
    return m_context.disposalStore().jobByNo(jobNo, error);
}

QList<DisposalJob> DisposalService::jobs(int offset, int limit, QString *error) const
{
    return m_context.disposalStore().jobs(offset, limit, error);
}

qint64 DisposalService::jobCount(QString *error) const
{
    return m_context.disposalStore().jobCount(error);
}

QList<DisposalAmendment> DisposalService::amendments(qint64 jobId, QString *error) const
{
    return m_context.disposalStore().amendmentsFor(jobId, error);
}
