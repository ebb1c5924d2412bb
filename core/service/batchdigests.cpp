// Recomputing the digests of batches from their stored value lists.
#include "batchdigests.h"

#include "io/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

BatchDigests::BatchDigests(const QString &countKey)
    : m_countKey(countKey)
{
}

BatchDigests::~BatchDigests() = default;

void BatchDigests::addToDigest(Sha256 *digest, const QByteArray &values)
{
    digest->add(values);
    digest->add("\n");
}

void BatchDigests::expect(qint64 seq, const QByteArray &changes)
{
    const QJsonObject object = QJsonDocument::fromJson(changes).object();
    Batch &batch = m_batches[seq];
    batch.expectedDigest = object.value(QStringLiteral("values_sha256")).toArray().at(1).toString();
    batch.expectedCount = object.value(m_countKey).toArray().at(1).toInteger(-1);
    batch.hash = std::make_unique<Sha256>();
}

bool BatchDigests::add(qint64 eventSeq, const QByteArray &values)
{
    const auto found = m_batches.find(eventSeq);
    if (found == m_batches.end())
        return false;
    addToDigest(found->second.hash.get(), values);
    ++found->second.count;
    ++m_rows;
    return true;
}

qint64 BatchDigests::firstMismatch()
{
    for (auto &[seq, batch] : m_batches) {
        if (batch.count != batch.expectedCount || batch.hash->finishHex() != batch.expectedDigest)
            return seq;
    }
    return 0;
}
