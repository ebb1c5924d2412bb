// The check behind records created in bulk (assets, risk entries): one audit event names the number of records and the
// SHA-256 of their value lists, one after the other; verify recomputes each batch's digest from the value lists kept
// for its records and compares it with the event, so a value list changed, removed or added afterwards is found as
// surely as a changed event.
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>

class Sha256;

class BatchDigests final
{
public:
    // countKey: the field of the batch event that holds the number of records ("assets", "entries").
    explicit BatchDigests(const QString &countKey);
    ~BatchDigests();
    BatchDigests(const BatchDigests &) = delete;
    BatchDigests &operator=(const BatchDigests &) = delete;

    // Adds a value list to the digest of its batch: the list and a line break (what the writer hashes too).
    static void addToDigest(Sha256 *digest, const QByteArray &values);

    // A batch event read in the chain walk: its expected digest ("values_sha256") and count.
    void expect(qint64 seq, const QByteArray &changes);
    // A stored value list. False when it names an event that is not a batch event of this kind.
    bool add(qint64 eventSeq, const QByteArray &values);
    // The first batch, in sequence order, whose lists do not add up to its event; 0 when all match.
    qint64 firstMismatch();
    qint64 rowsChecked() const { return m_rows; }

private:
    struct Batch
    {
        QString expectedDigest;
        qint64 expectedCount = -1;
        qint64 count = 0;
        std::unique_ptr<Sha256> hash;
    };
    QString m_countKey;
    std::map<qint64, Batch> m_batches; // by sequence number
    qint64 m_rows = 0;
};
