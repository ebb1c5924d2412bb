// SQL of moving a registry file to a server: the tables in the order of their references, the columns both schemas
// store (the server computes its generated columns itself), and the identity counters set past the copied keys.
#include "registrycopy.h"

#include "database.h"
#include "statement.h"
#include "unitofwork.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RegistryCopy", text);
}

// Referenced tables before the tables that reference them; the audit trail before the creation records that point
// into it.
const char *const kTables[] = {
    "control_catalog",    "control",       "asset",        "audit_event",   "asset_creation",
    "control_assignment", "baseline_rule", "disposal_job", "disposal_item", "disposal_evidence",
    "disposal_amendment", "threat",        "risk",         "risk_creation", "risk_control",
    "assessment_run"};

// Rows per progress report and per statement batch.
constexpr int kBatch = 500;

QStringList fileColumns(Database &from, const QString &table, QString *error)
{
    QStringList columns;
    QSqlQuery query(from.connection());
    if (!Statement::exec(query, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table))) {
        *error = Statement::errorText(query);
        return columns;
    }
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

QStringList serverColumns(Database &to, const QString &table, QString *error)
{
    QStringList columns;
    QSqlQuery query(to.connection());
    query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY "
                                 "ordinal_position"));
    query.addBindValue(table);
    if (!Statement::exec(query)) {
        *error = Statement::errorText(query);
        return columns;
    }
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

qint64 rowCount(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (Statement::exec(query, QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

} // namespace

namespace RegistryCopy {

bool copy(Database &from, Database &to, const Progress &progress, QList<TableCount> *counts, QString *error)
{
    const auto failed = [&](const QString &table, const QString &detail) {
        *error = translated(QT_TRANSLATE_NOOP("RegistryCopy", "Could not copy the table %1 into the registry %2: %3 "
                                                              "Nothing was kept."))
                     .arg(table, to.path(), detail);
        return false;
    };
    UnitOfWork work(to);
    if (!work.isOpen()) {
        *error = work.error();
        return false;
    }
    QSqlQuery target(to.connection());
    // The settings are the file's, not those the new registry was made with.
    if (!Statement::exec(target, QStringLiteral("SET LOCAL registry.copy_history = 'on'")) ||
        !Statement::exec(target, QStringLiteral("DELETE FROM registry_setting")))
        return failed(QStringLiteral("registry_setting"), Statement::errorText(target));
    QStringList tables{QStringLiteral("registry_setting")};
    for (const char *table : kTables)
        tables << QLatin1String(table);
    // What the new registry's schema brought along (its built-in catalogue row) gives way to the file's rows; a
    // history of its own it must not have.
    if (rowCount(to, QStringLiteral("audit_event")) != 0)
        return failed(
            QStringLiteral("audit_event"),
            translated(QT_TRANSLATE_NOOP("RegistryCopy", "the registry on the server has a history already.")));
    for (qsizetype i = tables.size() - 1; i > 0; --i) {
        if (!Statement::exec(target, QStringLiteral("DELETE FROM %1").arg(tables.at(i))))
            return failed(tables.at(i), Statement::errorText(target));
    }

    counts->clear();
    for (const QString &table : tables) {
        QString detail;
        const QStringList sourceColumns = fileColumns(from, table, &detail);
        const QStringList targetColumns = serverColumns(to, table, &detail);
        if (!detail.isEmpty())
            return failed(table, detail);
        QStringList columns;
        for (const QString &column : targetColumns) {
            // The server's own record of the writing transaction is not part of the file.
            if (sourceColumns.contains(column) && column != QLatin1String("xact"))
                columns << column;
        }
        if (columns.isEmpty())
            return failed(table, translated(QT_TRANSLATE_NOOP("RegistryCopy", "the two schemas share no column.")));
        const QString list = columns.join(QStringLiteral(", "));
        QSqlQuery source(from.connection());
        source.setForwardOnly(true);
        // In key order (the first column: the id, the key, the audit trail's sequence number).
        if (!Statement::exec(source, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table)))
            return failed(table, Statement::errorText(source));
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery insert(to.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, list, marks.join(QLatin1Char(','))));
        qint64 rows = 0;
        while (source.next()) {
            for (qsizetype i = 0; i < columns.size(); ++i)
                insert.addBindValue(source.value(int(i)));
            if (!Statement::exec(insert))
                return failed(table, Statement::errorText(insert));
            ++rows;
            if (rows % kBatch == 0 && progress && !progress(table, rows)) {
                *error = translated(QT_TRANSLATE_NOOP("RegistryCopy", "The copy was cancelled; nothing was kept."));
                return false;
            }
        }
        if (source.lastError().isValid())
            return failed(table, Statement::errorText(source));
        const qint64 stored = rowCount(to, table);
        if (stored != rows || rowCount(from, table) != rows)
            return failed(table, translated(QT_TRANSLATE_NOOP("RegistryCopy", "the file holds %1 rows and the server "
                                                                              "%2."))
                                     .arg(rowCount(from, table))
                                     .arg(stored));
        // The next key the server gives is past every copied one.
        if (columns.contains(QLatin1String("id")) &&
            !Statement::exec(target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                    "coalesce(max(id), 0) + 1, false) FROM %1")
                                         .arg(table)))
            return failed(table, Statement::errorText(target));
        // Nor does it give an entry an id that a creation record names already (an entry removed unassessed).
        if (table == QLatin1String("risk_creation") &&
            !Statement::exec(target, QStringLiteral("SELECT setval(pg_get_serial_sequence('risk', 'id'), "
                                                    "greatest((SELECT coalesce(max(id), 0) FROM risk), (SELECT "
                                                    "coalesce(max(risk_id), 0) FROM risk_creation)) + 1, false)")))
            return failed(table, Statement::errorText(target));
        counts->append({table, rows});
        if (progress && !progress(table, rows)) {
            *error = translated(QT_TRANSLATE_NOOP("RegistryCopy", "The copy was cancelled; nothing was kept."));
            return false;
        }
    }
    return work.commit(error);
}

} // namespace RegistryCopy
