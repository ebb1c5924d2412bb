// Batch events of risk entries created in bulk and the value lists of their entries.
#include "riskbatch.h"

#include "io/jsontext.h"
#include "riskfields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QJsonValue created(const QJsonValue &value)
{
    return QJsonArray{QJsonValue(), value};
}

} // namespace

namespace RiskBatch {

QStringList fieldKeys()
{
    QStringList keys{QStringLiteral("risk_no")};
    for (const auto &pair : RiskFields::audited(Risk()))
        keys << pair.first;
    return keys;
}

QByteArray values(const Risk &risk)
{
    // Written by hand: a batch holds a hundred thousand lists or more, and QJsonDocument would cost more than the
    // rest of the list's way into the registry.
    QByteArray list;
    list.reserve(256);
    list.append('[');
    JsonText::appendString(&list, risk.riskNo);
    for (const auto &pair : RiskFields::audited(risk)) {
        list.append(',');
        JsonText::appendString(&list, pair.second);
    }
    list.append(']');
    return list;
}

QJsonObject eventChanges(qint64 count, const QString &first, const QString &last, const QString &valuesSha256)
{
    return {{QString::fromLatin1(kCountKey), created(count)},
            {QStringLiteral("first"), created(first)},
            {QStringLiteral("last"), created(last)},
            {QStringLiteral("fields"), created(fieldKeys().join(QLatin1Char(' ')))},
            {QStringLiteral("values_sha256"), created(valuesSha256)}};
}

AuditEvent creationEvent(const AuditEvent &batchEvent, const QByteArray &values)
{
    AuditEvent event = batchEvent;
    event.action = QStringLiteral("create");
    event.entity = QStringLiteral("risk");
    event.changes = {};
    const QStringList keys = batchEvent.changes.value(QStringLiteral("fields"))
                                 .toArray()
                                 .at(1)
                                 .toString()
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QJsonArray list = QJsonDocument::fromJson(values).array();
    for (qsizetype index = 0; index < std::min(keys.size(), list.size()); ++index) {
        const QString value = list.at(index).toString();
        if (keys.at(index) == QLatin1String("risk_no"))
            event.entityId = value;
        else if (!value.isEmpty())
            event.changes.insert(keys.at(index), created(value));
    }
    return event;
}

QString riskNoOf(const QByteArray &values)
{
    return QJsonDocument::fromJson(values).array().at(0).toString();
}

} // namespace RiskBatch
