// The audit trail as an auditor uses it (DESIGN.md §6): verifying the hash chain, optionally against a checkpoint kept
// outside the file; the checkpoint to print; the events a filter selects, page by page; and the events in words —
// actions, entities, fields and values in the UI language, codes shown as their labels. The GUI, the CLI and the
// printed report all go through this class; its SQL lives in AuditStore.
#pragma once

#include "domain/auditevent.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class BatchDigests;
class AuditStore;
class SettingsService;
class RegistryContext;

// The outcome of a chain verification.
struct ChainCheck
{
    enum class Outcome
    {
        Intact,
        Changed,             // an event no longer matches its hash
        Missing,             // a gap in the sequence: events deleted
        Inserted,            // an event put in between: the one after it is chained to the one before it
        Reordered,           // an event stands before one it was chained after
        Broken,              // an event is not chained to the one before it (removed, replaced or rewritten)
        CheckpointMismatch,  // the chain holds together but differs from the checkpoint: it was rewritten whole
        CheckpointBeyondEnd, // the trail ends before the checkpoint's event
        Cancelled,
        Failed // the trail could not be read
    };
    Outcome outcome = Outcome::Intact;
    qint64 checked = 0;   // events that matched
    qint64 total = 0;     // events in the trail
    qint64 seq = 0;       // the first event that does not match (for the outcomes that name one)
    AuditCheckpoint head; // the last event checked: the checkpoint to keep when the trail is intact
    bool checkpointConfirmed = false;
    QString message; // translated: what was found, which event, what to do

    bool ok() const { return outcome == Outcome::Intact; }
};

class AuditLog final
{
public:
    // Called now and then with the events checked so far; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The registry gives the scheme and labels that turn stored codes into words.
    AuditLog(RegistryContext &context, const SettingsService &settings);
    ~AuditLog() = default;
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Walks the whole chain in sequence order, recomputes every hash and names the first event that does not match.
    // With a checkpoint, also proves that the history up to it is the one the checkpoint was taken from.
    ChainCheck verify(const std::optional<AuditCheckpoint> &checkpoint = std::nullopt,
                      const Progress &progress = {}) const;
    // The head of the chain now (not verified): what reports and backups print. Invalid for an empty trail.
    std::optional<AuditCheckpoint> checkpoint(QString *error) const;

    qint64 count(const AuditFilter &filter, QString *error) const;
    // Every event in the trail, and the events of one record in order.
    qint64 count() const;
    QList<AuditEvent> eventsFor(const QString &entity, const QString &entityId) const;
    // Newest first; after the event beforeSeq when it is > 0 (the next page without OFFSET), else from offset.
    QList<AuditEvent> page(const AuditFilter &filter, qint64 offset, int limit, qint64 beforeSeq, QString *error) const;
    // Oldest first, until visit returns false.
    bool forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &event)> &visit,
                 QString *error) const;
    // Writes the events as CSV for people (UTF-8 with BOM, headings and values in the UI language, one row per changed
    // field), closed by a row with the checkpoint, through QSaveFile. Returns the number of events written.
    qint64 writeCsv(const AuditFilter &filter, const QString &path, AuditCheckpoint *checkpoint, QString *error) const;
    // Every event about one asset (its own and its control assignments), oldest first. eventsFor() of an asset or a
    // risk entry created in a batch starts with its creation from the batch's value list.
    QList<AuditEvent> assetHistory(const QString &assetNo, QString *error) const;

    // ---- in words ----
    struct Change
    {
        QString key;
        QString field; // label in the UI language
        QString before;
        QString after;
    };
    static QStringList actions();
    static QStringList entities();
    static QString actionName(const QString &action);
    static QString entityName(const QString &entity);
    static QString fieldName(const QString &entity, const QString &key);
    // A value of a change as people read it: labels for codes and levels, local dates, "—" for nothing.
    QString valueText(const QString &entity, const QString &key, const QJsonValue &value) const;
    // The changed fields of an event, in the order of the record's fields.
    QList<Change> changes(const AuditEvent &event) const;
    // "Asset IA-000001", "Setting organisation", "Control assignment IA-000001/builtin/A-1".
    static QString subject(const AuditEvent &event);
    // All changes of an event on one line each: "Field: old → new".
    QString changesText(const AuditEvent &event) const;

private:
    // After the chain walk: the value lists of the assets created in batches against their events' digests.
    bool verifyBatches(BatchDigests *batches, ChainCheck *check) const;
    // The same for the value lists of risk entries created in batches.
    bool verifyRiskBatches(BatchDigests *batches, ChainCheck *check) const;
    // The creation of an asset created in a batch, as an event of its own; nullopt for other assets.
    std::optional<AuditEvent> creationInBatch(const QString &assetNo, QString *error) const;
    // The creation of a risk entry created in a batch, as an event of its own; nullopt for other entries.
    std::optional<AuditEvent> riskCreationInBatch(const QString &riskNo, QString *error) const;

    const RegistryContext &m_context;
    const SettingsService &m_settings;
    AuditStore &m_store;
};
