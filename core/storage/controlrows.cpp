// The rows of the control tables: column lists, row readers and value conversions shared by the files of ControlStore.
#include "controlrows.h"

#include <QRegularExpression>

namespace {

QStringList splitRefs(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

namespace ControlRows {

const QString kControlColumns =
    QStringLiteral("k.id, k.catalog_id, c.catalog_key, k.code, k.parent_code, k.area, k.group_title, k.title_ja, "
                   "k.title_en, k.description_ja, k.description_en, k.iso_refs, k.nist_refs, k.sort_order, k.retired");

const QString kAssignmentColumns = QStringLiteral(
    "ca.asset_id, ca.control_id, ca.applicable, ca.reason, ca.implementation, ca.responsible, ca.due_date, "
    "ca.evidence_note, ca.last_verified");

const QString kCatalogSelect = QStringLiteral(
    "SELECT c.id, c.catalog_key, c.kind, c.title, c.version, c.source, c.updated_at, "
    "(SELECT count(*) FROM control k WHERE k.catalog_id = c.id AND k.retired = 0) FROM control_catalog c ");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}
QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString timeText(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

Control controlFromQuery(const QSqlQuery &query, int c)
{
    Control control;
    control.id = query.value(c++).toLongLong();
    control.catalogId = query.value(c++).toLongLong();
    control.catalogKey = query.value(c++).toString();
    control.code = query.value(c++).toString();
    control.parentCode = query.value(c++).toString();
    control.area = query.value(c++).toInt();
    control.groupTitle = query.value(c++).toString();
    control.titleJa = query.value(c++).toString();
    control.titleEn = query.value(c++).toString();
    control.descriptionJa = query.value(c++).toString();
    control.descriptionEn = query.value(c++).toString();
    control.isoRefs = splitRefs(query.value(c++).toString());
    control.nistRefs = splitRefs(query.value(c++).toString());
    control.sortOrder = query.value(c++).toInt();
    control.retired = query.value(c++).toInt() != 0;
    return control;
}

ControlAssignment assignmentFromQuery(const QSqlQuery &query, int c)
{
    ControlAssignment assignment;
    assignment.assetId = query.value(c++).toLongLong();
    assignment.controlId = query.value(c++).toLongLong();
    assignment.applicable = query.value(c++).toInt() != 0;
    assignment.reason = query.value(c++).toString();
    assignment.implementation = query.value(c++).toString();
    assignment.responsible = query.value(c++).toString();
    assignment.dueDate = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    assignment.evidenceNote = query.value(c++).toString();
    assignment.lastVerified = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    return assignment;
}

ControlCatalog catalogFromQuery(const QSqlQuery &query)
{
    ControlCatalog catalog;
    catalog.id = query.value(0).toLongLong();
    catalog.key = query.value(1).toString();
    catalog.kind = ControlCatalog::kindFromCode(query.value(2).toString()).value_or(ControlCatalog::Kind::Oscal);
    catalog.title = query.value(3).toString();
    catalog.version = query.value(4).toString();
    catalog.source = query.value(5).toString();
    catalog.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    catalog.controlCount = query.value(7).toInt();
    return catalog;
}

} // namespace ControlRows
