// Batch events of assets created in bulk and the check of their value lists.
#include "assetbatch.h"

#include "assetvalues.h"
#include "batchdigests.h"
#include "domain/assetfield.h"
#include "io/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

bool isListed(const AssetField &field)
{
    return field.id != AssetField::Importance && field.id != AssetField::Label;
}

QJsonValue created(const QJsonValue &value)
{
    return QJsonArray{QJsonValue(), value};
}

} // namespace

namespace AssetBatch {

QStringList fieldKeys()
{
    QStringList keys;
    for (const AssetField &field : AssetField::all()) {
        if (isListed(field))
            keys << field.keyString();
    }
    return keys;
}

QByteArray values(const Asset &asset, const ClassificationScheme &scheme)
{
    // Written straight as the compact JSON array QJsonDocument makes (a million assets are generated or imported at
    // once); a text with anything that JSON escapes besides quotes and backslashes goes through QJsonDocument itself.
    QStringList texts;
    texts.reserve(AssetField::Count);
    bool plain = true;
    for (const AssetField &field : AssetField::all()) {
        if (!isListed(field))
            continue;
        texts << AssetValues::raw(asset, field.id, scheme);
        for (const QChar c : std::as_const(texts.constLast()))
            plain = plain && c.unicode() >= 0x20 && c.unicode() != 0x7f && !c.isSurrogate();
    }
    if (!plain) {
        QJsonArray list;
        for (const QString &text : std::as_const(texts))
            list.append(text);
        return QJsonDocument(list).toJson(QJsonDocument::Compact);
    }
    QByteArray json;
    json.reserve(512);
    json.append('[');
    for (qsizetype index = 0; index < texts.size(); ++index) {
        if (index > 0)
            json.append(',');
        json.append('"');
        const QByteArray utf8 = texts.at(index).toUtf8();
        for (const char c : utf8) {
            if (c == '"' || c == '\\')
                json.append('\\');
            json.append(c);
        }
        json.append('"');
    }
    json.append(']');
    return json;
}

void addToDigest(Sha256 *digest, const QByteArray &values)
{
    BatchDigests::addToDigest(digest, values);
}

QJsonObject eventChanges(int count, const QString &first, const QString &last, const QString &valuesSha256,
                         const AssetBatchSource &source)
{
    QJsonObject changes{{QStringLiteral("assets"), created(count)},
                        {QStringLiteral("first"), created(first)},
                        {QStringLiteral("last"), created(last)},
                        {QStringLiteral("fields"), created(fieldKeys().join(QLatin1Char(' ')))},
                        {QStringLiteral("values_sha256"), created(valuesSha256)}};
    if (!source.fileName.isEmpty())
        changes.insert(QStringLiteral("file"), created(source.fileName));
    if (!source.fileSha256.isEmpty())
        changes.insert(QStringLiteral("file_sha256"), created(source.fileSha256));
    return changes;
}

AuditEvent creationEvent(const AuditEvent &batchEvent, const QByteArray &values)
{
    AuditEvent event = batchEvent;
    event.action = QStringLiteral("create");
    event.entity = QStringLiteral("asset");
    event.changes = {};
    const QStringList keys = batchEvent.changes.value(QStringLiteral("fields"))
                                 .toArray()
                                 .at(1)
                                 .toString()
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QJsonArray list = QJsonDocument::fromJson(values).array();
    for (qsizetype index = 0; index < std::min(keys.size(), list.size()); ++index) {
        const QString value = list.at(index).toString();
        if (keys.at(index) == QLatin1String("asset_no"))
            event.entityId = value;
        if (!value.isEmpty())
            event.changes.insert(keys.at(index), created(value));
    }
    return event;
}

} // namespace AssetBatch
