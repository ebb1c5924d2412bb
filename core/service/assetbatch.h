// Assets created in bulk (DESIGN.md §6, §12): an import of a file or a generated registry is one audit event for the
// whole batch instead of one per asset. The event names the file and its SHA-256, the number of assets, the fields
// of the value lists and the SHA-256 of all the value lists, one after the other; each asset keeps its value list
// (migration 10) under the event. An asset's history shows its creation from its value list, and verify recomputes
// every batch's digest from the stored lists, so a value changed afterwards is found as surely as a changed event.
#pragma once

#include "domain/asset.h"
#include "domain/auditevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class ClassificationScheme;
class Sha256;

// Where a batch comes from: the file imported (its name and SHA-256), or nothing for generated assets.
struct AssetBatchSource
{
    QString fileName;
    QString fileSha256;
};

namespace AssetBatch {

// The entity of batch events and the action of an import.
inline constexpr char kEntity[] = "asset_batch";

// The fields of a value list, in order: every field of the ledger except those derived from the classification.
QStringList fieldKeys();
// The value list of an asset as stored and hashed: a compact JSON array of the raw values in fieldKeys() order.
QByteArray values(const Asset &asset, const ClassificationScheme &scheme);
// Adds a value list to the digest of its batch (BatchDigests::addToDigest).
void addToDigest(Sha256 *digest, const QByteArray &values);
// The changes of the batch event: {"assets", "first", "last", "fields", "values_sha256"[, "file", "file_sha256"]},
// each as [null, value] like the changes of any created record.
QJsonObject eventChanges(int count, const QString &first, const QString &last, const QString &valuesSha256,
                         const AssetBatchSource &source);
// The creation of one asset as its history shows it: the batch event's time, actor and sequence number, the action
// "create" on the asset, its values as [null, value].
AuditEvent creationEvent(const AuditEvent &batchEvent, const QByteArray &values);

} // namespace AssetBatch
