// SQL of secure disposal. Records are only ever inserted; the triggers of migration 3 refuse anything else.
#include "disposalstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("DisposalStore", text);
}

const QString kJobColumns = QStringLiteral(
    "id, job_no, method, technique, tool, tool_version, verification, destination, performed_by_name, "
    "performed_by_title, performed_by_organisation, performed_on, validated_by_name, validated_by_title, "
    "validated_by_organisation, validated_on, contractor, certificate_no, override_reason, notes, recorded_by, "
    "recorded_at, kind");

const QString kItemColumns = QStringLiteral(
    "id, asset_id, asset_no, asset_name, media_type, make, model, serial_no, property_no, source, confidentiality, "
    "integrity, availability, backup, backup_location, minimum_method, result, media_description, personal_info");

const QString kEvidenceColumns =
    QStringLiteral("id, job_id, original_name, mime_type, size, sha256, added_by, added_at");

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "not given".
QVariant text(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime utcTime(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

DisposalJob jobFromQuery(const QSqlQuery &query)
{
    DisposalJob job;
    int c = 0;
    job.id = query.value(c++).toLongLong();
    job.jobNo = query.value(c++).toString();
    job.method = query.value(c++).toString();
    job.technique = query.value(c++).toString();
    job.tool = query.value(c++).toString();
    job.toolVersion = query.value(c++).toString();
    job.verification = query.value(c++).toString();
    job.destination = query.value(c++).toString();
    job.performedBy.name = query.value(c++).toString();
    job.performedBy.title = query.value(c++).toString();
    job.performedBy.organisation = query.value(c++).toString();
    job.performedBy.date = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    job.validatedBy.name = query.value(c++).toString();
    job.validatedBy.title = query.value(c++).toString();
    job.validatedBy.organisation = query.value(c++).toString();
    job.validatedBy.date = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    job.contractor = query.value(c++).toString();
    job.certificateNo = query.value(c++).toString();
    job.overrideReason = query.value(c++).toString();
    job.notes = query.value(c++).toString();
    job.recordedBy = query.value(c++).toString();
    job.recordedAt = utcTime(query.value(c++));
    job.kind = query.value(c++).toString();
    return job;
}

DisposalItem itemFromQuery(const QSqlQuery &query)
{
    DisposalItem item;
    int c = 0;
    item.id = query.value(c++).toLongLong();
    item.assetId = query.value(c++).toLongLong();
    item.assetNo = query.value(c++).toString();
    item.assetName = query.value(c++).toString();
    item.mediaType = query.value(c++).toString();
    item.make = query.value(c++).toString();
    item.model = query.value(c++).toString();
    item.serialNo = query.value(c++).toString();
    item.propertyNo = query.value(c++).toString();
    item.source = query.value(c++).toString();
    item.confidentiality = query.value(c++).toInt();
    item.integrity = query.value(c++).toInt();
    item.availability = query.value(c++).toInt();
    item.backup = query.value(c++).toString();
    item.backupLocation = query.value(c++).toString();
    item.minimumMethod = query.value(c++).toString();
    item.result = query.value(c++).toString();
    item.mediaDescription = query.value(c++).toString();
    item.personalInfo = query.value(c++).toString();
    return item;
}

DisposalEvidence evidenceFromQuery(const QSqlQuery &query)
{
    DisposalEvidence evidence;
    int c = 0;
    evidence.id = query.value(c++).toLongLong();
    evidence.jobId = query.value(c++).toLongLong();
    evidence.originalName = query.value(c++).toString();
    evidence.mimeType = query.value(c++).toString();
    evidence.size = query.value(c++).toLongLong();
    evidence.sha256 = query.value(c++).toString();
    evidence.addedBy = query.value(c++).toString();
    evidence.addedAt = utcTime(query.value(c++));
    return evidence;
}

} // namespace

QSqlDatabase DisposalStore::db() const
{
    return m_database.connection();
}

bool DisposalStore::insertJob(DisposalJob *job, QString *error)
{
    QSqlQuery query(db());
    // Inside the caller's IMMEDIATE transaction nobody else can take the same number.
    if (!Statement::exec(query, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM disposal_job")) || !query.next()) {
        *error =
            m_database.sqlError(translated(QT_TRANSLATE_NOOP(
                                    "DisposalStore", "Could not number the disposal record in the registry %1: %2")),
                                Statement::errorText(query));
        return false;
    }
    job->jobNo = QStringLiteral("D-%1").arg(query.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
    query.finish();

    query.prepare(QStringLiteral("INSERT INTO disposal_job (job_no, method, technique, tool, tool_version, "
                                 "verification, destination, performed_by_name, performed_by_title, "
                                 "performed_by_organisation, performed_on, validated_by_name, validated_by_title, "
                                 "validated_by_organisation, validated_on, contractor, certificate_no, "
                                 "override_reason, notes, recorded_by, recorded_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    const QVariantList values = {job->jobNo,
                                 job->method,
                                 job->technique,
                                 job->tool,
                                 job->toolVersion,
                                 job->verification,
                                 job->destination,
                                 job->performedBy.name,
                                 job->performedBy.title,
                                 job->performedBy.organisation,
                                 isoDate(job->performedBy.date),
                                 job->validatedBy.name,
                                 job->validatedBy.title,
                                 job->validatedBy.organisation,
                                 isoDate(job->validatedBy.date),
                                 job->contractor,
                                 job->certificateNo,
                                 job->overrideReason,
                                 job->notes,
                                 job->recordedBy,
                                 isoTime(job->recordedAt),
                                 job->kind};
    for (const QVariant &value : values)
        query.addBindValue(text(value));
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("DisposalStore", "Could not save the disposal record in the registry %1: %2")),
            Statement::errorText(query));
        return false;
    }
    job->id = Database::insertedId(query);

    query.prepare(QStringLiteral("INSERT INTO disposal_item (job_id, position, asset_id, asset_no, asset_name, "
                                 "media_type, make, model, serial_no, property_no, source, confidentiality, "
                                 "integrity, availability, backup, backup_location, minimum_method, result, "
                                 "media_description, personal_info) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    for (int position = 0; position < job->items.size(); ++position) {
        DisposalItem &item = job->items[position];
        const QVariantList itemValues = {job->id,
                                         position + 1,
                                         item.assetId,
                                         item.assetNo,
                                         item.assetName,
                                         item.mediaType,
                                         item.make,
                                         item.model,
                                         item.serialNo,
                                         item.propertyNo,
                                         item.source,
                                         item.confidentiality,
                                         item.integrity,
                                         item.availability,
                                         item.backup,
                                         item.backupLocation,
                                         item.minimumMethod,
                                         item.result,
                                         item.mediaDescription,
                                         item.personalInfo};
        for (const QVariant &value : itemValues)
            query.addBindValue(text(value));
        if (!Statement::exec(query)) {
            *error = m_database.sqlError(
                translated(QT_TRANSLATE_NOOP("DisposalStore",
                                             "Could not save an item of the disposal record in the registry %1: %2")),
                Statement::errorText(query));
            return false;
        }
        item.id = Database::insertedId(query);
    }
    return true;
}

bool DisposalStore::insertEvidence(DisposalEvidence *evidence, const QByteArray &content, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO disposal_evidence (job_id, original_name, mime_type, size, sha256, "
                                 "added_by, added_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    query.addBindValue(evidence->jobId);
    query.addBindValue(text(evidence->originalName));
    query.addBindValue(text(evidence->mimeType));
    query.addBindValue(evidence->size);
    query.addBindValue(text(evidence->sha256));
    query.addBindValue(text(evidence->addedBy));
    query.addBindValue(isoTime(evidence->addedAt));
    query.addBindValue(content);
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("DisposalStore", "Could not store the evidence file in the registry %1: %2")),
            Statement::errorText(query));
        return false;
    }
    evidence->id = Database::insertedId(query);
    return true;
}

bool DisposalStore::insertAmendment(DisposalAmendment *amendment, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO disposal_amendment (job_id, item_id, field, old_value, new_value, "
                                 "reason, amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    query.addBindValue(amendment->jobId);
    query.addBindValue(amendment->itemId > 0 ? QVariant(amendment->itemId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(text(amendment->field));
    query.addBindValue(text(amendment->oldValue));
    query.addBindValue(text(amendment->newValue));
    query.addBindValue(text(amendment->reason));
    query.addBindValue(text(amendment->amendedBy));
    query.addBindValue(isoTime(amendment->amendedAt));
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("DisposalStore", "Could not save the amendment in the registry %1: %2")),
            Statement::errorText(query));
        return false;
    }
    amendment->id = Database::insertedId(query);
    return true;
}

bool DisposalStore::markAssetDisposed(qint64 assetId, bool *changed, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE asset SET status = 'disposed', row_version = row_version + 1, "
                                 "updated_at = ? WHERE id = ? AND status <> 'disposed'"));
    query.addBindValue(isoTime(m_database.clock().nowUtc()));
    query.addBindValue(assetId);
    if (!Statement::exec(query)) {
        *error =
            m_database.sqlError(translated(QT_TRANSLATE_NOOP(
                                    "DisposalStore", "Could not mark the asset as disposed in the registry %1: %2")),
                                Statement::errorText(query));
        return false;
    }
    *changed = query.numRowsAffected() == 1;
    return true;
}

void DisposalStore::readFailed(const QSqlQuery &query, QString *error) const
{
    if (error)
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("DisposalStore", "Could not read disposal records from the registry %1: %2")),
            Statement::errorText(query));
}

QList<DisposalItem> DisposalStore::itemsFor(qint64 jobId, QString *error) const
{
    QList<DisposalItem> items;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kItemColumns +
                  QStringLiteral(" FROM disposal_item WHERE job_id = ? ORDER BY position"));
    query.addBindValue(jobId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return items;
    }
    while (query.next())
        items.append(itemFromQuery(query));
    return items;
}

std::optional<DisposalJob> DisposalStore::jobById(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM disposal_job WHERE id = ?"));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    DisposalJob job = jobFromQuery(query);
    QString itemsError;
    job.items = itemsFor(job.id, &itemsError);
    if (!itemsError.isEmpty()) {
        if (error)
            *error = itemsError;
        return std::nullopt;
    }
    return job;
}

std::optional<DisposalJob> DisposalStore::jobByNo(const QString &jobNo, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id FROM disposal_job WHERE job_no = ?"));
    query.addBindValue(jobNo.trimmed());
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return jobById(query.value(0).toLongLong(), error);
}

qint64 DisposalStore::jobIdForAsset(qint64 assetId, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT job_id FROM disposal_item WHERE asset_id = ?"));
    query.addBindValue(assetId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<DisposalJob> DisposalStore::jobs(int offset, int limit, QString *error) const
{
    QList<DisposalJob> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kJobColumns +
                  QStringLiteral(" FROM disposal_job ORDER BY id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!Statement::exec(query)) {
        if (error)
            *error =
                m_database.sqlError(translated(QT_TRANSLATE_NOOP(
                                        "DisposalStore", "Could not read disposal records from the registry %1: %2")),
                                    Statement::errorText(query));
        return result;
    }
    while (query.next())
        result.append(jobFromQuery(query));
    return result;
}

qint64 DisposalStore::jobCount(QString *error) const
{
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("SELECT count(*) FROM disposal_job"))) {
        readFailed(query, error);
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<DisposalEvidence> DisposalStore::evidenceFor(qint64 jobId, QString *error) const
{
    QList<DisposalEvidence> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kEvidenceColumns +
                  QStringLiteral(" FROM disposal_evidence WHERE job_id = ? ORDER BY id"));
    query.addBindValue(jobId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.append(evidenceFromQuery(query));
    return result;
}

std::optional<DisposalEvidence> DisposalStore::evidenceById(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT ") + kEvidenceColumns +
                  QStringLiteral(" FROM disposal_evidence WHERE id = ?"));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return evidenceFromQuery(query);
    return std::nullopt;
}

bool DisposalStore::evidenceContent(qint64 evidenceId, QByteArray *content, QString *error) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content FROM disposal_evidence WHERE id = ?"));
    query.addBindValue(evidenceId);
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("DisposalStore", "Could not read an evidence file from the registry %1: %2")),
            Statement::errorText(query));
        return false;
    }
    if (!query.next()) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalStore", "Evidence file %1 does not exist in this registry."))
                     .arg(evidenceId);
        return false;
    }
    *content = query.value(0).toByteArray();
    return true;
}

QList<qint64> DisposalStore::evidenceIds(QString *error) const
{
    QList<qint64> ids;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QStringLiteral("SELECT id FROM disposal_evidence ORDER BY id"))) {
        *error = m_database.sqlError(
            translated(QT_TRANSLATE_NOOP("DisposalStore", "Could not read the evidence files of the registry %1: %2")),
            Statement::errorText(query));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<DisposalAmendment> DisposalStore::amendmentsFor(qint64 jobId, QString *error) const
{
    QList<DisposalAmendment> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, job_id, item_id, field, old_value, new_value, reason, amended_by, "
                                 "amended_at FROM disposal_amendment WHERE job_id = ? ORDER BY id"));
    query.addBindValue(jobId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next()) {
        DisposalAmendment amendment;
        amendment.id = query.value(0).toLongLong();
        amendment.jobId = query.value(1).toLongLong();
        amendment.itemId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        amendment.field = query.value(3).toString();
        amendment.oldValue = query.value(4).toString();
        amendment.newValue = query.value(5).toString();
        amendment.reason = query.value(6).toString();
        amendment.amendedBy = query.value(7).toString();
        amendment.amendedAt = utcTime(query.value(8));
        result.append(amendment);
    }
    return result;
}

namespace {

// Retention dates are ISO text, so text comparison is date comparison; 'permanent' and NULL never fall due.
const QString kDueCondition =
    QStringLiteral("status <> 'disposed' AND (status = 'disposal_pending' OR (retention_until IS NOT NULL AND "
                   "retention_until <> 'permanent' AND retention_until <= ?))");

} // namespace

QList<DueAsset> DisposalStore::dueAssets(const QDate &until, const QDate &today, int offset, int limit,
                                         QString *error) const
{
    QList<DueAsset> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, asset_no, name, department, owner, asset_type, storage, confidentiality, "
                                 "integrity, availability, retention_until, status, row_version FROM asset WHERE ") +
                  kDueCondition +
                  QStringLiteral(" ORDER BY CASE WHEN retention_until IS NULL OR retention_until = 'permanent' "
                                 "THEN 1 ELSE 0 END, retention_until, asset_no LIMIT ? OFFSET ?"));
    query.addBindValue(isoDate(until));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!Statement::exec(query)) {
        if (error)
            *error = m_database.sqlError(
                translated(QT_TRANSLATE_NOOP("DisposalStore",
                                             "Could not read the assets due for disposal from the registry %1: %2")),
                Statement::errorText(query));
        return result;
    }
    while (query.next()) {
        DueAsset due;
        Asset &asset = due.asset;
        int c = 0;
        asset.id = query.value(c++).toLongLong();
        asset.assetNo = query.value(c++).toString();
        asset.name = query.value(c++).toString();
        asset.department = query.value(c++).toString();
        asset.owner = query.value(c++).toString();
        asset.assetType = query.value(c++).toString();
        asset.storage = query.value(c++).toString();
        asset.confidentiality = query.value(c++).toInt();
        asset.integrity = query.value(c++).toInt();
        asset.availability = query.value(c++).toInt();
        const QString retention = query.value(c++).toString();
        asset.retentionPermanent = retention == QLatin1String("permanent");
        if (!asset.retentionPermanent)
            asset.retentionUntil = QDate::fromString(retention, Qt::ISODate);
        asset.status = query.value(c++).toString();
        asset.rowVersion = query.value(c++).toInt();
        if (asset.retentionUntil.isValid() && asset.retentionUntil < today)
            due.reason = DueAsset::Reason::RetentionPassed;
        else if (asset.retentionUntil.isValid() && asset.retentionUntil <= until)
            due.reason = DueAsset::Reason::RetentionEnding;
        else
            due.reason = DueAsset::Reason::Pending;
        result.append(due);
    }
    return result;
}

qint64 DisposalStore::dueCount(const QDate &until, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM asset WHERE ") + kDueCondition);
    query.addBindValue(isoDate(until));
    if (!Statement::exec(query) || !query.next()) {
        if (error)
            *error = m_database.sqlError(
                translated(QT_TRANSLATE_NOOP("DisposalStore",
                                             "Could not count the assets due for disposal in the registry %1: %2")),
                Statement::errorText(query));
        return -1;
    }
    return query.value(0).toLongLong();
}
