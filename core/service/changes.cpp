// The changed fields of audit events.
#include "changes.h"

namespace Changes {

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray jsonList(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject fieldChanges(const QList<QPair<QString, QString>> *before, const QList<QPair<QString, QString>> *after)
{
    QJsonObject result;
    const int count = int(before ? before->size() : after->size());
    for (int index = 0; index < count; ++index) {
        const QString key = before ? before->at(index).first : after->at(index).first;
        const QString oldValue = before ? before->at(index).second : QString();
        const QString newValue = after ? after->at(index).second : QString();
        if (oldValue != newValue)
            result.insert(key, QJsonArray{jsonValue(oldValue), jsonValue(newValue)});
    }
    return result;
}

} // namespace Changes
