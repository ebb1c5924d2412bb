// Verification of the audit chain and the audit trail in words.
#include "auditlog.h"

#include "assetbatch.h"
#include "assetvalues.h"
#include "batchdigests.h"
#include "domain/assetcodes.h"
#include "domain/assetfield.h"
#include "domain/disposalfield.h"
#include "io/csvwriter.h"
#include "io/sha256.h"
#include "progress.h"
#include "registrycontext.h"
#include "riskbatch.h"
#include "settingsservice.h"
#include "storage/auditstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditLog", text);
}

// Rows between two calls of the progress function.
constexpr qint64 kProgressStep = 8192;
// Events written to a CSV file between two reports (and looks at Cancel): writing costs more than checking.
constexpr qint64 kCsvProgressStep = 1024;

const QByteArray kGenesis(64, '0');

// hash = SHA-256(previous hash ‖ canonical serialisation), first from the stored bytes, and only where that differs
// from the stored hash once more from the parsed event, which is the definition (AuditStore::canonical).
class ChainHasher final
{
public:
    bool matches(const AuditChainRow &row)
    {
        m_buffer.clear();
        m_buffer.append(row.previousHash);
        AuditStore::canonical(row, &m_buffer);
        m_sha.add(m_buffer);
        char hex[64];
        m_sha.finishHex(hex);
        if (row.hash.size() == 64 && memcmp(hex, row.hash.constData(), 64) == 0)
            return true;
        AuditEvent event;
        event.seq = row.seq;
        event.occurredAt = QDateTime::fromString(QString::fromUtf8(row.occurredAt), Qt::ISODateWithMs);
        event.actor = QString::fromUtf8(row.actor);
        event.action = QString::fromUtf8(row.action);
        event.entity = QString::fromUtf8(row.entity);
        event.entityId = QString::fromUtf8(row.entityId);
        event.changes = QJsonDocument::fromJson(row.changes).object();
        return AuditStore::chainHash(QString::fromLatin1(row.previousHash), AuditStore::canonical(event)) ==
               QLatin1String(row.hash);
    }

private:
    Sha256 m_sha;
    QByteArray m_buffer;
};

QString shortHash(const QByteArray &hash)
{
    return QString::fromLatin1(hash.left(AuditCheckpoint::kShortHashLength));
}

} // namespace

AuditLog::AuditLog(RegistryContext &context, const SettingsService &settings)
    : m_context(context)
    , m_settings(settings)
    , m_store(context.auditStore())
{
}

ChainCheck AuditLog::verify(const std::optional<AuditCheckpoint> &checkpoint, const Progress &progress) const
{
    ChainCheck check;
    QString error;
    // The last sequence number, not count(*), which would read the whole table once more before the walk.
    const std::optional<AuditCheckpoint> last = m_store.head(&error);
    check.total = last ? last->seq : 0;
    if (!last) {
        check.outcome = ::Progress::currentCancelled() ? ChainCheck::Outcome::Cancelled : ChainCheck::Outcome::Failed;
        check.message = ::Progress::currentCancelled() ? ::Progress::cancelledMessage() : error;
        return check;
    }

    ChainHasher hasher;
    BatchDigests batches(QStringLiteral("assets"));
    BatchDigests riskBatches(QString::fromLatin1(RiskBatch::kCountKey));
    QByteArray head = kGenesis;   // hash of the last event that matched
    QByteArray before = kGenesis; // hash of the one before it
    qint64 expected = 1;
    // An event whose link is broken waits for the next one, which tells an insertion from a reordering.
    std::optional<AuditChainRow> suspect;
    bool cancelled = false;

    auto fail = [&](ChainCheck::Outcome outcome, qint64 seq, const QString &message) {
        check.outcome = outcome;
        check.seq = seq;
        check.message = message;
        return false;
    };
    auto diagnose = [&](const AuditChainRow *next) {
        const qint64 seq = suspect->seq;
        const auto reordered = [&](qint64 after) {
            return fail(ChainCheck::Outcome::Reordered, seq,
                        translated(QT_TRANSLATE_NOOP("AuditLog", "Event %1 is out of order: it was recorded after "
                                                                 "event %2."))
                            .arg(seq)
                            .arg(after));
        };
        const auto inserted = [&](qint64 at) {
            return fail(ChainCheck::Outcome::Inserted, at,
                        translated(QT_TRANSLATE_NOOP("AuditLog", "Event %1 was inserted into the audit trail: the "
                                                                 "event after it is chained to event %2."))
                            .arg(at)
                            .arg(at - 1));
        };
        // The suspect was chained after the next event: the two were swapped.
        if (next && next->hash == suspect->previousHash)
            return reordered(next->seq);
        // The next event follows the one before the suspect: the suspect was put in between.
        if (next && next->previousHash == head)
            return inserted(seq);
        // The suspect follows the event before the previous one, which therefore was put in between (and hashed well
        // enough to pass).
        if (seq > 2 && suspect->previousHash == before)
            return inserted(seq - 1);
        const std::optional<qint64> chainedAfter = m_store.seqWithHash(suspect->previousHash);
        if (chainedAfter && *chainedAfter > seq)
            return reordered(*chainedAfter);
        return fail(ChainCheck::Outcome::Broken, seq,
                    translated(QT_TRANSLATE_NOOP("AuditLog", "Event %1 is not chained to event %2: an event was "
                                                             "removed, replaced or rewritten before it."))
                        .arg(seq)
                        .arg(seq - 1));
    };

    const bool read = m_store.forEachInChain(
        [&](const AuditChainRow &row) {
            if (suspect)
                return diagnose(&row);
            if (row.seq != expected) {
                if (row.seq - 1 > expected)
                    return fail(ChainCheck::Outcome::Missing, expected,
                                translated(QT_TRANSLATE_NOOP("AuditLog", "Events %1 to %2 are missing from the audit "
                                                                         "trail (deleted): the next event is %3."))
                                    .arg(expected)
                                    .arg(row.seq - 1)
                                    .arg(row.seq));
                return fail(ChainCheck::Outcome::Missing, expected,
                            translated(QT_TRANSLATE_NOOP("AuditLog", "Event %1 is missing from the audit trail "
                                                                     "(deleted): the next event is %2."))
                                .arg(expected)
                                .arg(row.seq));
            }
            if (row.previousHash != head) {
                suspect = row;
                return true;
            }
            if (!hasher.matches(row))
                return fail(ChainCheck::Outcome::Changed, row.seq,
                            translated(QT_TRANSLATE_NOOP("AuditLog", "Event %1 (%2, %3 %4) was changed after it was "
                                                                     "recorded: it no longer matches its hash."))
                                .arg(row.seq)
                                .arg(QString::fromUtf8(row.occurredAt), actionName(QString::fromUtf8(row.action)),
                                     QString::fromUtf8(row.entityId)));
            if (row.entity == AssetBatch::kEntity)
                batches.expect(row.seq, row.changes);
            else if (row.entity == RiskBatch::kEntity)
                riskBatches.expect(row.seq, row.changes);
            if (checkpoint && row.seq == checkpoint->seq) {
                if (!checkpoint->matches(row.seq, QString::fromLatin1(row.hash)))
                    return fail(
                        ChainCheck::Outcome::CheckpointMismatch, row.seq,
                        translated(QT_TRANSLATE_NOOP("AuditLog",
                                                     "The history up to event %1 was rewritten: the checkpoint %2 "
                                                     "does not match the event now there (%3). The chain in the file "
                                                     "holds together, so it was recomputed after a change. Restore "
                                                     "the registry from a backup made before the checkpoint and "
                                                     "compare."))
                            .arg(row.seq)
                            .arg(checkpoint->toString(),
                                 QString::number(row.seq) + QLatin1Char(':') + shortHash(row.hash)));
                check.checkpointConfirmed = true;
            }
            before = head;
            head = row.hash;
            ++expected;
            ++check.checked;
            if (progress && check.checked % kProgressStep == 0 && !progress(check.checked, check.total)) {
                cancelled = true;
                return false;
            }
            return true;
        },
        &error);
    // Stopped by its user, the reading may end with an error of its own (a cancelled job's statements fail), also
    // before the first report of progress.
    cancelled = cancelled || ::Progress::currentCancelled();
    if (!read && !cancelled) {
        check.outcome = ChainCheck::Outcome::Failed;
        check.message = error;
        return check;
    }
    if (suspect && check.outcome == ChainCheck::Outcome::Intact)
        diagnose(nullptr);
    check.head.seq = expected - 1;
    check.head.hash = expected > 1 ? QString::fromLatin1(head) : QString();
    if (cancelled) {
        check.outcome = ChainCheck::Outcome::Cancelled;
        check.message = translated(QT_TRANSLATE_NOOP("AuditLog", "The verification was cancelled after %1 events."))
                            .arg(QLocale().toString(check.checked));
        return check;
    }
    if (!check.ok())
        return check;
    if (progress)
        progress(check.checked, check.total);
    if (checkpoint && !check.checkpointConfirmed) {
        check.outcome = ChainCheck::Outcome::CheckpointBeyondEnd;
        check.seq = checkpoint->seq;
        check.message =
            translated(QT_TRANSLATE_NOOP("AuditLog", "The audit trail ends at event %1, but the checkpoint %2 names "
                                                     "event %3: events recorded before the checkpoint were removed. "
                                                     "Restore the registry from a backup made after the checkpoint."))
                .arg(check.head.seq)
                .arg(checkpoint->toString())
                .arg(checkpoint->seq);
        return check;
    }
    if (!verifyBatches(&batches, &check) || !verifyRiskBatches(&riskBatches, &check))
        return check;
    if (check.checked == 0)
        check.message = translated(QT_TRANSLATE_NOOP("AuditLog", "The audit trail is empty."));
    else if (checkpoint)
        check.message = translated(QT_TRANSLATE_NOOP("AuditLog", "The audit trail is intact: %1 events match their "
                                                                 "hashes, and the history up to the checkpoint %2 "
                                                                 "is unchanged."))
                            .arg(QLocale().toString(check.checked), checkpoint->toString());
    else
        check.message =
            translated(QT_TRANSLATE_NOOP("AuditLog", "The audit trail is intact: %1 events match their hashes."))
                .arg(QLocale().toString(check.checked));
    return check;
}

std::optional<AuditCheckpoint> AuditLog::checkpoint(QString *error) const
{
    return m_store.head(error);
}

qint64 AuditLog::count(const AuditFilter &filter, QString *error) const
{
    return m_store.count(filter, error);
}

QList<AuditEvent> AuditLog::page(const AuditFilter &filter, qint64 offset, int limit, qint64 beforeSeq,
                                 QString *error) const
{
    return m_store.page(filter, offset, limit, beforeSeq, error);
}

bool AuditLog::forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit,
                       QString *error) const
{
    return m_store.forEach(filter, visit, error);
}

qint64 AuditLog::writeCsv(const AuditFilter &filter, const QString &path, AuditCheckpoint *checkpoint,
                          QString *error) const
{
    const std::optional<AuditCheckpoint> head = m_store.head(error);
    if (!head)
        return -1;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = translated(QT_TRANSLATE_NOOP("AuditLog", "Cannot write %1: %2")).arg(path, file.errorString());
        return -1;
    }
    file.write("\xEF\xBB\xBF");
    file.write(
        CsvWriter::record(
            {translated(QT_TRANSLATE_NOOP("AuditLog", "No.")), translated(QT_TRANSLATE_NOOP("AuditLog", "Recorded")),
             translated(QT_TRANSLATE_NOOP("AuditLog", "Who")), translated(QT_TRANSLATE_NOOP("AuditLog", "Action")),
             translated(QT_TRANSLATE_NOOP("AuditLog", "Record type")),
             translated(QT_TRANSLATE_NOOP("AuditLog", "Record")), translated(QT_TRANSLATE_NOOP("AuditLog", "Field")),
             translated(QT_TRANSLATE_NOOP("AuditLog", "Old value")),
             translated(QT_TRANSLATE_NOOP("AuditLog", "New value"))})
            .toUtf8());
    // A job of the window reports how far it is and stops when its user cancels; the unfinished file is discarded.
    ::Progress *progress = ::Progress::current();
    const qint64 total = progress ? m_store.count(filter, error) : 0;
    if (total < 0)
        return -1;
    qint64 written = 0;
    bool cancelled = false;
    const bool read = m_store.forEach(
        filter,
        [&](const AuditEvent &event) {
            if (event.seq > head->seq)
                return false;
            if (progress && written % kCsvProgressStep == 0) {
                progress->report(written, total);
                if (progress->cancelled()) {
                    cancelled = true;
                    return false;
                }
            }
            const QStringList common = {QString::number(event.seq),
                                        event.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                        event.actor,
                                        actionName(event.action),
                                        entityName(event.entity),
                                        event.entityId};
            const QList<Change> list = changes(event);
            if (list.isEmpty())
                file.write(CsvWriter::record(common + QStringList{QString(), QString(), QString()}).toUtf8());
            for (const Change &change : list)
                file.write(CsvWriter::record(common + QStringList{change.field, change.before, change.after}).toUtf8());
            ++written;
            return true;
        },
        error);
    if (!read || cancelled) {
        if (cancelled)
            *error = ::Progress::cancelledMessage();
        return -1;
    }
    if (head->isValid())
        file.write(
            CsvWriter::record({translated(QT_TRANSLATE_NOOP("AuditLog", "Checkpoint")), head->toString(), head->hash})
                .toUtf8());
    if (!file.commit()) {
        *error = translated(QT_TRANSLATE_NOOP("AuditLog", "Cannot write %1: %2")).arg(path, file.errorString());
        return -1;
    }
    if (checkpoint)
        *checkpoint = *head;
    return written;
}

bool AuditLog::verifyBatches(BatchDigests *batches, ChainCheck *check) const
{
    QString error;
    qint64 stray = 0;
    const bool read = m_store.forEachCreation(
        [&](qint64 assetId, qint64 eventSeq, const QByteArray &values) {
            if (batches->add(eventSeq, values))
                return true;
            stray = assetId;
            check->seq = eventSeq;
            return false;
        },
        &error);
    if (!read) {
        check->outcome = ChainCheck::Outcome::Failed;
        check->message = error;
        return false;
    }
    if (stray > 0) {
        check->outcome = ChainCheck::Outcome::Changed;
        check->message = translated(QT_TRANSLATE_NOOP("AuditLog", "The values recorded at the creation of asset "
                                                                  "record %1 name event %2, which created no batch of "
                                                                  "assets: they were added or changed afterwards."))
                             .arg(stray)
                             .arg(check->seq);
        return false;
    }
    const qint64 mismatch = batches->firstMismatch();
    if (mismatch > 0) {
        check->outcome = ChainCheck::Outcome::Changed;
        check->seq = mismatch;
        check->message = translated(QT_TRANSLATE_NOOP("AuditLog", "The values of the assets created by event %1 were "
                                                                  "changed, removed or added after they were recorded: "
                                                                  "they no longer match the digest in the event."))
                             .arg(mismatch);
        return false;
    }
    return true;
}

bool AuditLog::verifyRiskBatches(BatchDigests *batches, ChainCheck *check) const
{
    QString error;
    qint64 stray = 0;
    const bool read = m_store.forEachRiskCreation(
        [&](qint64 riskId, qint64 eventSeq, const QByteArray &values) {
            if (batches->add(eventSeq, values))
                return true;
            stray = riskId;
            check->seq = eventSeq;
            return false;
        },
        &error);
    if (!read) {
        check->outcome = ChainCheck::Outcome::Failed;
        check->message = error;
        return false;
    }
    if (stray > 0) {
        check->outcome = ChainCheck::Outcome::Changed;
        check->message = translated(QT_TRANSLATE_NOOP("AuditLog", "The values recorded at the creation of risk entry "
                                                                  "record %1 name event %2, which created no batch of "
                                                                  "risk entries: they were added or changed "
                                                                  "afterwards."))
                             .arg(stray)
                             .arg(check->seq);
        return false;
    }
    const qint64 mismatch = batches->firstMismatch();
    if (mismatch > 0) {
        check->outcome = ChainCheck::Outcome::Changed;
        check->seq = mismatch;
        check->message = translated(QT_TRANSLATE_NOOP("AuditLog", "The values of the risk entries created by event %1 "
                                                                  "were changed, removed or added after they were "
                                                                  "recorded: they no longer match the digest in the "
                                                                  "event."))
                             .arg(mismatch);
        return false;
    }
    return true;
}

std::optional<AuditEvent> AuditLog::riskCreationInBatch(const QString &riskNo, QString *error) const
{
    const std::optional<AuditStore::Creation> creation = m_store.riskCreationOf(riskNo, error);
    // The list must name the entry: a file may have given the id of an entry removed unassessed to a later one.
    if (!creation || RiskBatch::riskNoOf(creation->values) != riskNo)
        return std::nullopt;
    return RiskBatch::creationEvent(creation->event, creation->values);
}

std::optional<AuditEvent> AuditLog::creationInBatch(const QString &assetNo, QString *error) const
{
    const std::optional<AuditStore::Creation> creation = m_store.creationOf(assetNo, error);
    if (!creation)
        return std::nullopt;
    return AssetBatch::creationEvent(creation->event, creation->values);
}

QList<AuditEvent> AuditLog::assetHistory(const QString &assetNo, QString *error) const
{
    AuditFilter filter;
    filter.assetNo = assetNo;
    QList<AuditEvent> events;
    if (std::optional<AuditEvent> creation = creationInBatch(assetNo, error))
        events.append(*creation);
    m_store.forEach(
        filter,
        [&events](const AuditEvent &event) {
            events.append(event);
            return true;
        },
        error);
    return events;
}

// ---- in words ----

QStringList AuditLog::actions()
{
    return {QStringLiteral("create"),   QStringLiteral("update"),  QStringLiteral("assign"),
            QStringLiteral("unassign"), QStringLiteral("retire"),  QStringLiteral("reinstate"),
            QStringLiteral("install"),  QStringLiteral("amend"),   QStringLiteral("add_evidence"),
            QStringLiteral("review"),   QStringLiteral("accept"),  QStringLiteral("close"),
            QStringLiteral("remove"),   QStringLiteral("approve"), QStringLiteral("import")};
}

QStringList AuditLog::entities()
{
    return {QStringLiteral("asset"),       QStringLiteral("control_assignment"),
            QStringLiteral("control"),     QStringLiteral("control_catalog"),
            QStringLiteral("baseline"),    QStringLiteral("disposal"),
            QStringLiteral("setting"),     QStringLiteral("threat"),
            QStringLiteral("risk"),        QStringLiteral("assessment_run"),
            QStringLiteral("asset_batch"), QStringLiteral("risk_batch")};
}

QString AuditLog::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("AuditLog", "Created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("AuditLog", "Changed")},
        {QStringLiteral("assign"), QT_TRANSLATE_NOOP("AuditLog", "Assigned")},
        {QStringLiteral("unassign"), QT_TRANSLATE_NOOP("AuditLog", "Unassigned")},
        {QStringLiteral("retire"), QT_TRANSLATE_NOOP("AuditLog", "Retired")},
        {QStringLiteral("reinstate"), QT_TRANSLATE_NOOP("AuditLog", "Reinstated")},
        {QStringLiteral("install"), QT_TRANSLATE_NOOP("AuditLog", "Installed")},
        {QStringLiteral("amend"), QT_TRANSLATE_NOOP("AuditLog", "Amended")},
        {QStringLiteral("add_evidence"), QT_TRANSLATE_NOOP("AuditLog", "Evidence added")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("AuditLog", "Reviewed")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("AuditLog", "Accepted")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("AuditLog", "Closed")},
        {QStringLiteral("remove"), QT_TRANSLATE_NOOP("AuditLog", "Removed")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("AuditLog", "Approved")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditLog", "Imported")},
    };
    const char *name = names.value(action);
    return name ? translated(name) : action;
}

QString AuditLog::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("asset"), QT_TRANSLATE_NOOP("AuditLog", "Asset")},
        {QStringLiteral("control_assignment"), QT_TRANSLATE_NOOP("AuditLog", "Control assignment")},
        {QStringLiteral("control"), QT_TRANSLATE_NOOP("AuditLog", "Control")},
        {QStringLiteral("control_catalog"), QT_TRANSLATE_NOOP("AuditLog", "Control catalogue")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("AuditLog", "Baseline")},
        {QStringLiteral("disposal"), QT_TRANSLATE_NOOP("AuditLog", "Disposal record")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("AuditLog", "Registry setting")},
        {QStringLiteral("threat"), QT_TRANSLATE_NOOP("AuditLog", "Threat")},
        {QStringLiteral("risk"), QT_TRANSLATE_NOOP("AuditLog", "Risk entry")},
        {QStringLiteral("assessment_run"), QT_TRANSLATE_NOOP("AuditLog", "Risk assessment run")},
        {QStringLiteral("asset_batch"), QT_TRANSLATE_NOOP("AuditLog", "Assets added together")},
        {QStringLiteral("risk_batch"), QT_TRANSLATE_NOOP("AuditLog", "Risk entries added together")},
    };
    const char *name = names.value(entity);
    return name ? translated(name) : entity;
}

QString AuditLog::fieldName(const QString &entity, const QString &key)
{
    if (entity == QLatin1String("asset")) {
        if (const AssetField *field = AssetField::find(key))
            return field->label();
    }
    if (entity == QLatin1String("disposal")) {
        if (const DisposalField *field = DisposalField::find(key))
            return field->label();
    }
    if (entity == QLatin1String(RiskBatch::kEntity)) {
        if (key == QLatin1String("first"))
            return translated(QT_TRANSLATE_NOOP("AuditLog", "First risk entry"));
        if (key == QLatin1String("last"))
            return translated(QT_TRANSLATE_NOOP("AuditLog", "Last risk entry"));
    }
    static const QHash<QString, const char *> names = {
        {QStringLiteral("entries"), QT_TRANSLATE_NOOP("AuditLog", "Number of risk entries")},
        {QStringLiteral("applicable"), QT_TRANSLATE_NOOP("AuditLog", "Applicable")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditLog", "Reason")},
        {QStringLiteral("implementation"), QT_TRANSLATE_NOOP("AuditLog", "Implementation")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("AuditLog", "Responsible")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("AuditLog", "Due date")},
        {QStringLiteral("evidence_note"), QT_TRANSLATE_NOOP("AuditLog", "Evidence")},
        {QStringLiteral("last_verified"), QT_TRANSLATE_NOOP("AuditLog", "Last verified")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("AuditLog", "Evidence file")},
        {QStringLiteral("mime_type"), QT_TRANSLATE_NOOP("AuditLog", "File type")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("AuditLog", "Size (bytes)")},
        {QStringLiteral("assets"), QT_TRANSLATE_NOOP("AuditLog", "Number of assets")},
        {QStringLiteral("first"), QT_TRANSLATE_NOOP("AuditLog", "First asset")},
        {QStringLiteral("last"), QT_TRANSLATE_NOOP("AuditLog", "Last asset")},
        {QStringLiteral("fields"), QT_TRANSLATE_NOOP("AuditLog", "Fields recorded")},
        {QStringLiteral("values_sha256"), QT_TRANSLATE_NOOP("AuditLog", "SHA-256 of the values")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("AuditLog", "File")},
        {QStringLiteral("file_sha256"), QT_TRANSLATE_NOOP("AuditLog", "SHA-256 of the file")},
    };
    if (key == QLatin1String("sha256"))
        return QStringLiteral("SHA-256");
    const char *name = names.value(key);
    return name ? translated(name) : key;
}

QString AuditLog::valueText(const QString &entity, const QString &key, const QJsonValue &value) const
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QLocale().toString(value.toDouble(), 'g', 15);
    else if (value.isBool())
        text = value.toBool() ? translated(QT_TRANSLATE_NOOP("AuditLog", "Yes"))
                              : translated(QT_TRANSLATE_NOOP("AuditLog", "No"));
    else if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue part : array)
            parts << (part.isString()
                          ? part.toString()
                          : QString::fromUtf8(QJsonDocument(QJsonArray{part}).toJson(QJsonDocument::Compact)));
        text = parts.join(QStringLiteral(", "));
    }
    if (text.isEmpty())
        return QStringLiteral("—");
    if (entity == QLatin1String("asset")) {
        if (const AssetField *field = AssetField::find(key)) {
            Asset asset;
            QString ignored;
            if (field->id == AssetField::RegisteredOn) {
                asset.registeredOn = AssetValues::parseDate(text);
                if (asset.registeredOn.isValid())
                    return AssetValues::display(asset, field->id, m_context.scheme(), m_settings);
            } else if (AssetValues::setFromText(&asset, field->id, text, m_context.scheme(), &ignored)) {
                QString shown = AssetValues::display(asset, field->id, m_context.scheme(), m_settings);
                if (!shown.isEmpty())
                    return shown;
            }
        }
        return text;
    }
    if (entity == QLatin1String("disposal")) {
        if (const DisposalField *field = DisposalField::find(key))
            return DisposalField::display(*field, text);
        return text;
    }
    if (key == QLatin1String("applicable"))
        return text == QLatin1String("true") ? translated(QT_TRANSLATE_NOOP("AuditLog", "Yes"))
                                             : translated(QT_TRANSLATE_NOOP("AuditLog", "No"));
    return text;
}

QList<AuditLog::Change> AuditLog::changes(const AuditEvent &event) const
{
    QStringList keys;
    if (event.entity == QLatin1String("asset")) {
        for (const AssetField &field : AssetField::all()) {
            if (event.changes.contains(field.keyString()))
                keys << field.keyString();
        }
    } else if (event.entity == QLatin1String("disposal")) {
        for (const DisposalField &field : DisposalField::all()) {
            if (event.changes.contains(field.keyString()))
                keys << field.keyString();
        }
    }
    const QStringList all = event.changes.keys();
    for (const QString &key : all) {
        if (!keys.contains(key))
            keys << key;
    }
    QList<Change> result;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue change = event.changes.value(key);
        Change item;
        item.key = key;
        item.field = fieldName(event.entity, key);
        if (change.isArray() && change.toArray().size() == 2) {
            item.before = valueText(event.entity, key, change.toArray().at(0));
            item.after = valueText(event.entity, key, change.toArray().at(1));
        } else {
            item.before = QStringLiteral("—");
            item.after = valueText(event.entity, key, change);
        }
        result << item;
    }
    return result;
}

QString AuditLog::subject(const AuditEvent &event)
{
    return QStringLiteral("%1 %2").arg(entityName(event.entity), event.entityId);
}

QString AuditLog::changesText(const AuditEvent &event) const
{
    // A new record has no old values: its fields are listed with their values only.
    const bool created = event.action == QLatin1String("create");
    QStringList lines;
    const QList<Change> list = changes(event);
    for (const Change &change : list) {
        if (created)
            lines << translated(QT_TRANSLATE_NOOP("AuditLog", "%1: %2")).arg(change.field, change.after);
        else
            lines << translated(QT_TRANSLATE_NOOP("AuditLog", "%1: %2 → %3"))
                         .arg(change.field, change.before, change.after);
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 AuditLog::count() const
{
    return m_store.count();
}

QList<AuditEvent> AuditLog::eventsFor(const QString &entity, const QString &entityId) const
{
    if (entity == QLatin1String("asset")) {
        QString error;
        if (std::optional<AuditEvent> creation = creationInBatch(entityId, &error))
            return QList<AuditEvent>{*creation} + m_store.eventsFor(entity, entityId);
    }
    if (entity == QLatin1String("risk")) {
        QString error;
        if (std::optional<AuditEvent> creation = riskCreationInBatch(entityId, &error))
            return QList<AuditEvent>{*creation} + m_store.eventsFor(entity, entityId);
    }
    return m_store.eventsFor(entity, entityId);
}
