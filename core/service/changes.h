// How services write the changed fields of an audit event (internal to core): {field: [old, new]}, with empty texts
// as null.
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Changes {

QJsonValue jsonValue(const QString &text);
QJsonArray jsonList(const QStringList &list);
QString dateText(const QDate &date);
// Changed fields as {key: [old, new]}; with no "before" every non-empty field is new, with no "after" every
// non-empty field is removed. Both lists hold the same keys in the same order.
QJsonObject fieldChanges(const QList<QPair<QString, QString>> *before, const QList<QPair<QString, QString>> *after);

} // namespace Changes
