// Risk entries created in bulk (design/risk.md rule 10, DESIGN.md §6, §12): the candidates of a selection of assets
// are one audit event for the whole batch instead of one per entry, as an import of assets is (AssetBatch). The
// event names the number of entries, the first and last risk numbers, the fields of the value lists and the SHA-256
// of all the value lists, one after the other; each entry keeps its value list (migration 12) under the event. An
// entry's history shows its creation from its value list, and verify recomputes every batch's digest from the stored
// lists (BatchDigests), so a value changed afterwards is found as surely as a changed event.
#pragma once

#include "domain/auditevent.h"
#include "domain/risk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace RiskBatch {

// The entity of batch events.
inline constexpr char kEntity[] = "risk_batch";
// The field of the batch event that holds the number of entries.
inline constexpr char kCountKey[] = "entries";

// The fields of a value list, in order: the risk number, then every audited field of an entry (RiskFields::audited).
QStringList fieldKeys();
// The value list of an entry as stored and hashed: a compact JSON array of texts in fieldKeys() order ("" for none).
QByteArray values(const Risk &risk);
// The changes of the batch event: {"entries", "first", "last", "fields", "values_sha256"}, each as [null, value] like
// the changes of any created record.
QJsonObject eventChanges(qint64 count, const QString &first, const QString &last, const QString &valuesSha256);
// The creation of one entry as its history shows it: the batch event's time, actor and sequence number, the action
// "create" on the entry, its non-empty values as [null, value] — what the entry's own creation event held before
// entries were created in batches.
AuditEvent creationEvent(const AuditEvent &batchEvent, const QByteArray &values);
// The risk number a value list names (its first value).
QString riskNoOf(const QByteArray &values);

} // namespace RiskBatch
