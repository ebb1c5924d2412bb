// The rows of the control tables read and written by ControlStore (controlstore.cpp, controlassignments.cpp,
// controlgaps.cpp): the column lists, the readers of a result row and the conversions of bound values.
#pragma once

#include "internal.h"

#include "domain/control.h"
#include "domain/controlassignment.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace ControlRows {

// The columns of a control k joined to its catalogue c, in the order controlFromQuery reads them.
extern const QString kControlColumns;
constexpr int kControlColumnCount = 15;
// The columns of an assignment ca, in the order assignmentFromQuery reads them.
extern const QString kAssignmentColumns;
constexpr int kAssignmentColumnCount = 9;
// A catalogue c with the number of its controls in use, up to FROM; a WHERE or ORDER BY follows.
extern const QString kCatalogSelect;

// Read from the column c on.
Control controlFromQuery(const QSqlQuery &query, int c = 0);
ControlAssignment assignmentFromQuery(const QSqlQuery &query, int c = 0);
ControlCatalog catalogFromQuery(const QSqlQuery &query);

QString dateText(const QDate &date);
QVariant nullableDate(const QDate &date);
QVariant nullableInt(const std::optional<int> &value);
QVariant nullableText(const QString &text);
std::optional<int> optionalInt(const QVariant &value);
// Empty text is bound as '' and not as NULL: the text columns are NOT NULL.
QVariant text(const QString &value);
QString timeText(const QDateTime &time);

} // namespace ControlRows
