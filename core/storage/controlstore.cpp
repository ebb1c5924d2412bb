// SQL of control catalogues and controls. Assignments and the baseline are in controlassignments.cpp, the gap report
// and the statement of applicability in controlgaps.cpp.
#include "controlstore.h"

#include "controlrows.h"
#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace ControlRows;

QSqlDatabase ControlStore::db() const
{
    return m_database.connection();
}

QString ControlStore::failed(const char *context, const QString &detail) const
{
    return m_database.sqlError(QCoreApplication::translate("ControlStore", context), detail);
}

void ControlStore::readFailed(const QSqlQuery &query, QString *error) const
{
    if (error)
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not read the controls of the registry %1: %2"),
                        Statement::errorText(query));
}

QList<ControlCatalog> ControlStore::catalogs(QString *error) const
{
    QList<ControlCatalog> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!Statement::exec(query,
                         kCatalogSelect + QStringLiteral("ORDER BY CASE c.kind WHEN 'builtin' THEN 0 WHEN 'own' THEN 2 "
                                                         "ELSE 1 END, c.id"))) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.append(catalogFromQuery(query));
    return result;
}

std::optional<ControlCatalog> ControlStore::catalogById(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(kCatalogSelect + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return catalogFromQuery(query);
    return std::nullopt;
}

std::optional<ControlCatalog> ControlStore::catalogByKey(const QString &key, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(kCatalogSelect + QStringLiteral("WHERE c.catalog_key = ?"));
    query.addBindValue(key);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return catalogFromQuery(query);
    return std::nullopt;
}

std::optional<ControlCatalog> ControlStore::findOscalCatalog(const QString &uuid, const QString &title,
                                                             QString *error) const
{
    QSqlQuery query(db());
    query.prepare(kCatalogSelect + QStringLiteral("WHERE c.kind = 'oscal' AND (c.catalog_key = ? OR c.title = ?) "
                                                  "ORDER BY c.catalog_key = ? DESC LIMIT 1"));
    query.addBindValue(uuid);
    query.addBindValue(title);
    query.addBindValue(uuid);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return catalogFromQuery(query);
    return std::nullopt;
}

bool ControlStore::insertCatalog(ControlCatalog *catalog, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO control_catalog (catalog_key, kind, title, version, source, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    query.addBindValue(catalog->key);
    query.addBindValue(ControlCatalog::kindCode(catalog->kind));
    query.addBindValue(text(catalog->title));
    query.addBindValue(text(catalog->version));
    query.addBindValue(text(catalog->source));
    query.addBindValue(timeText(m_database.clock().nowUtc()));
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not save a control catalogue in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    catalog->id = Database::insertedId(query);
    return true;
}

bool ControlStore::updateCatalog(const ControlCatalog &catalog, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE control_catalog SET catalog_key = ?, title = ?, version = ?, source = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(catalog.key);
    query.addBindValue(text(catalog.title));
    query.addBindValue(text(catalog.version));
    query.addBindValue(text(catalog.source));
    query.addBindValue(timeText(m_database.clock().nowUtc()));
    query.addBindValue(catalog.id);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("ControlStore", "Could not save a control catalogue in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    return true;
}

QList<Control> ControlStore::controls(qint64 catalogId, bool includeRetired, QString *error) const
{
    QList<Control> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM control k JOIN control_catalog c ON c.id = k.catalog_id WHERE 1 = 1")
                      .arg(kControlColumns);
    if (catalogId > 0)
        sql += QStringLiteral(" AND k.catalog_id = ?");
    if (!includeRetired)
        sql += QStringLiteral(" AND k.retired = 0");
    sql += QStringLiteral(" ORDER BY CASE c.kind WHEN 'builtin' THEN 0 WHEN 'own' THEN 2 ELSE 1 END, c.id, "
                          "k.sort_order, k.id");
    query.prepare(sql);
    if (catalogId > 0)
        query.addBindValue(catalogId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.append(controlFromQuery(query));
    return result;
}

std::optional<Control> ControlStore::controlById(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM control k JOIN control_catalog c ON c.id = k.catalog_id "
                                 "WHERE k.id = ?")
                      .arg(kControlColumns));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return controlFromQuery(query);
    return std::nullopt;
}

std::optional<Control> ControlStore::controlByCode(qint64 catalogId, const QString &code, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM control k JOIN control_catalog c ON c.id = k.catalog_id "
                                 "WHERE k.catalog_id = ? AND k.code = ?")
                      .arg(kControlColumns));
    query.addBindValue(catalogId);
    query.addBindValue(code);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (query.next())
        return controlFromQuery(query);
    return std::nullopt;
}

QList<Control> ControlStore::controlsByCode(const QString &code, QString *error) const
{
    QList<Control> result;
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("SELECT %1 FROM control k JOIN control_catalog c ON c.id = k.catalog_id "
                       "WHERE %2 ORDER BY k.retired, c.id")
            .arg(kControlColumns, m_database.equalsIgnoringCase(QStringLiteral("k.code"), QStringLiteral("?"))));
    query.addBindValue(code);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return result;
    }
    while (query.next())
        result.append(controlFromQuery(query));
    return result;
}

int ControlStore::nextSortOrder(qint64 catalogId, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM control WHERE catalog_id = ?"));
    query.addBindValue(catalogId);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return 1;
    }
    if (query.next())
        return query.value(0).toInt();
    return 1;
}

bool ControlStore::insertControl(Control *control, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO control (catalog_id, code, parent_code, area, group_title, title_ja, "
                                 "title_en, description_ja, "
                                 "description_en, iso_refs, nist_refs, sort_order, retired, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    query.addBindValue(control->catalogId);
    query.addBindValue(control->code);
    query.addBindValue(text(control->parentCode));
    query.addBindValue(control->area);
    query.addBindValue(text(control->groupTitle));
    query.addBindValue(text(control->titleJa));
    query.addBindValue(text(control->titleEn));
    query.addBindValue(text(control->descriptionJa));
    query.addBindValue(text(control->descriptionEn));
    query.addBindValue(text(control->isoRefs.join(QLatin1Char(' '))));
    query.addBindValue(text(control->nistRefs.join(QLatin1Char(' '))));
    query.addBindValue(control->sortOrder);
    query.addBindValue(control->retired ? 1 : 0);
    query.addBindValue(timeText(m_database.clock().nowUtc()));
    if (!Statement::exec(query)) {
        *error = QCoreApplication::translate("ControlStore", "Could not save control %1 in the registry %2: %3")
                     .arg(control->code, m_database.path(), Statement::errorText(query));
        return false;
    }
    control->id = Database::insertedId(query);
    return true;
}

bool ControlStore::updateControl(const Control &control, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE control SET parent_code = ?, area = ?, group_title = ?, title_ja = ?, title_en = ?, "
        "description_ja = ?, description_en = ?, iso_refs = ?, nist_refs = ?, sort_order = ?, retired = ?, "
        "updated_at = ? WHERE id = ?"));
    query.addBindValue(text(control.parentCode));
    query.addBindValue(control.area);
    query.addBindValue(text(control.groupTitle));
    query.addBindValue(text(control.titleJa));
    query.addBindValue(text(control.titleEn));
    query.addBindValue(text(control.descriptionJa));
    query.addBindValue(text(control.descriptionEn));
    query.addBindValue(text(control.isoRefs.join(QLatin1Char(' '))));
    query.addBindValue(text(control.nistRefs.join(QLatin1Char(' '))));
    query.addBindValue(control.sortOrder);
    query.addBindValue(control.retired ? 1 : 0);
    query.addBindValue(timeText(m_database.clock().nowUtc()));
    query.addBindValue(control.id);
    if (!Statement::exec(query)) {
        *error = QCoreApplication::translate("ControlStore", "Could not save control %1 in the registry %2: %3")
                     .arg(control.code, m_database.path(), Statement::errorText(query));
        return false;
    }
    return true;
}
