// SQL of the audit trail. The table itself refuses UPDATE and DELETE (migration 1).
#include "auditstore.h"

#include "database.h"
#include "io/jsontext.h"
#include "io/sha256.h"
#include "sqlitebulk.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <algorithm>

namespace {

const char kColumns[] = "seq, occurred_at, actor, action, entity, entity_id, changes, prev_hash, hash";

QString readError(const Database &database, const QSqlQuery &query)
{
    return database.sqlError(
        QCoreApplication::translate("AuditStore", "Could not read the audit trail of the registry %1: %2"),
        Statement::errorText(query));
}

AuditEvent eventFrom(const QSqlQuery &query)
{
    AuditEvent event;
    event.seq = query.value(0).toLongLong();
    event.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    event.actor = query.value(2).toString();
    event.action = query.value(3).toString();
    event.entity = query.value(4).toString();
    event.entityId = query.value(5).toString();
    event.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    event.previousHash = query.value(7).toString();
    event.hash = query.value(8).toString();
    return event;
}

// Start of a local calendar day as stored (UTC, ISO 8601 with milliseconds), so that text comparison orders times.
QString storedTime(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC().toString(Qt::ISODateWithMs);
}

// The WHERE clause of a filter with its bound values.
QString whereClause(const AuditFilter &filter, QVariantList *values)
{
    QStringList terms;
    if (filter.since.isValid()) {
        terms << QStringLiteral("occurred_at >= ?");
        *values << storedTime(filter.since);
    }
    if (filter.until.isValid()) {
        terms << QStringLiteral("occurred_at < ?");
        *values << storedTime(filter.until.addDays(1));
    }
    if (!filter.actor.trimmed().isEmpty()) {
        QString pattern = filter.actor.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        terms << QStringLiteral("actor LIKE ? ESCAPE '\\'");
        *values << QString(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (!filter.action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        *values << filter.action;
    }
    if (!filter.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        *values << filter.entity;
    }
    if (!filter.assetNo.trimmed().isEmpty()) {
        // The asset's own events, and those of its control assignments ("IA-000001/catalogue/code"): a range of the
        // (entity, entity_id) index, since '0' follows '/'.
        const QString assetNo = filter.assetNo.trimmed();
        terms << QStringLiteral("((entity = 'asset' AND entity_id = ?) OR (entity = 'control_assignment' AND "
                                "entity_id >= ? AND entity_id < ?))");
        *values << assetNo << QString(assetNo + QLatin1Char('/')) << QString(assetNo + QLatin1Char('0'));
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

QByteArray AuditStore::canonical(const AuditEvent &event)
{
    return AuditEvent::canonical(event);
}

void AuditStore::canonical(const AuditChainRow &row, QByteArray *out)
{
    // The keys in the order QJsonObject sorts them.
    out->append("{\"action\":", 10);
    JsonText::appendString(out, row.action);
    out->append(",\"actor\":", 9);
    JsonText::appendString(out, row.actor);
    out->append(",\"changes\":", 11);
    out->append(row.changes);
    out->append(",\"entity\":", 10);
    JsonText::appendString(out, row.entity);
    out->append(",\"entity_id\":", 13);
    JsonText::appendString(out, row.entityId);
    out->append(",\"occurred_at\":", 15);
    JsonText::appendString(out, row.occurredAt);
    out->append(",\"seq\":", 7);
    out->append(QByteArray::number(row.seq));
    out->append('}');
}

bool AuditStore::append(AuditEvent *event, QString *error)
{
    if (m_database.isServer())
        return appendOnServer(event, error);
    // Within one write transaction (BEGIN IMMEDIATE holds the write lock) nobody else can append, so the head read
    // at the first append stays valid until the transaction ends.
    if (m_headTransaction != m_database.transactionId()) {
        QSqlQuery head(m_database.connection());
        head.setForwardOnly(true);
        if (!Statement::exec(head, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
            *error = m_database.sqlError(
                QCoreApplication::translate("AuditStore", "Could not read the audit trail of the registry %1: %2"),
                Statement::errorText(head));
            return false;
        }
        if (head.next()) {
            m_headSeq = head.value(0).toLongLong();
            m_headHash = head.value(1).toString();
        } else {
            m_headSeq = 0;
            m_headHash = QString(64, QLatin1Char('0'));
        }
        m_headTransaction = m_database.transactionId();
    }
    event->seq = m_headSeq + 1;
    event->previousHash = m_headHash;
    if (!event->occurredAt.isValid())
        event->occurredAt = m_database.clock().nowUtc();
    event->hash = chainHash(event->previousHash, canonical(*event));

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        m_insert->prepare(QStringLiteral("INSERT INTO audit_event (seq, occurred_at, actor, action, entity, "
                                         "entity_id, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &query = *m_insert;
    query.addBindValue(event->seq);
    query.addBindValue(event->occurredAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(event->actor);
    query.addBindValue(event->action);
    query.addBindValue(event->entity);
    query.addBindValue(event->entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(event->changes).toJson(QJsonDocument::Compact)));
    query.addBindValue(event->previousHash);
    query.addBindValue(event->hash);
    if (!Statement::exec(query)) {
        *error = m_database.sqlError(
            QCoreApplication::translate("AuditStore", "Could not write the audit trail of the registry %1: %2"),
            Statement::errorText(query));
        // The transaction will be rolled back: read the head again next time.
        m_headTransaction = 0;
        return false;
    }
    m_headSeq = event->seq;
    m_headHash = event->hash;
    return true;
}

bool AuditStore::appendOnServer(AuditEvent *event, QString *error)
{
    // The server stamps the event (server schema 3): the signed-in user, its clock, the next sequence number and the
    // hash, whatever is sent here; the event as stored comes back.
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        m_insert->prepare(QStringLiteral("INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id, "
                                         "changes, prev_hash, hash) VALUES (0, '', '', ?, ?, ?, ?, '', '') "
                                         "RETURNING seq, occurred_at, actor, prev_hash, hash"));
    }
    QSqlQuery &query = *m_insert;
    query.addBindValue(event->action);
    query.addBindValue(event->entity);
    query.addBindValue(event->entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(event->changes).toJson(QJsonDocument::Compact)));
    if (!Statement::exec(query) || !query.next()) {
        *error = m_database.sqlError(
            QCoreApplication::translate("AuditStore", "Could not write the audit trail of the registry %1: %2"),
            Statement::errorText(query));
        return false;
    }
    event->seq = query.value(0).toLongLong();
    event->occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    event->actor = query.value(2).toString();
    event->previousHash = query.value(3).toString();
    event->hash = query.value(4).toString();
    query.finish();
    return true;
}

QList<AuditEvent> AuditStore::eventsFor(const QString &entity, const QString &entityId) const
{
    QList<AuditEvent> events;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY seq")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    if (!Statement::exec(query))
        return events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

qint64 AuditStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (Statement::exec(query, QStringLiteral("SELECT count(*) FROM audit_event")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QString AuditStore::chainHash(const QString &previousHash, const QByteArray &canonical)
{
    Sha256 hash;
    hash.add(previousHash.toLatin1());
    hash.add(canonical);
    return hash.finishHex();
}

std::optional<AuditCheckpoint> AuditStore::head(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
        *error = readError(m_database, query);
        return std::nullopt;
    }
    AuditCheckpoint checkpoint;
    if (query.next()) {
        checkpoint.seq = query.value(0).toLongLong();
        checkpoint.hash = query.value(1).toString();
    }
    return checkpoint;
}

bool AuditStore::forEachInChain(const std::function<bool(const AuditChainRow &)> &visit, QString *error) const
{
    // CAST AS BLOB hands over the UTF-8 bytes of the file as they are: no conversion to QString and back, and
    // exactly the bytes that were hashed.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QStringList columns;
    for (const char *column : {"occurred_at", "actor", "action", "entity", "entity_id", "changes", "prev_hash", "hash"})
        columns << m_database.utf8Bytes(QLatin1String(column));
    if (!Statement::exec(query, QStringLiteral("SELECT seq, ") + columns.join(QStringLiteral(", ")) +
                                    QStringLiteral(" FROM audit_event ORDER BY seq"))) {
        *error = readError(m_database, query);
        return false;
    }
    AuditChainRow row;
    while (query.next()) {
        row.seq = query.value(0).toLongLong();
        row.occurredAt = query.value(1).toByteArray();
        row.actor = query.value(2).toByteArray();
        row.action = query.value(3).toByteArray();
        row.entity = query.value(4).toByteArray();
        row.entityId = query.value(5).toByteArray();
        row.changes = query.value(6).toByteArray();
        row.previousHash = query.value(7).toByteArray();
        row.hash = query.value(8).toByteArray();
        if (!visit(row))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = readError(m_database, query);
        return false;
    }
    return true;
}

std::optional<qint64> AuditStore::seqWithHash(const QByteArray &hash) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq FROM audit_event WHERE hash = ? ORDER BY seq LIMIT 1"));
    query.addBindValue(QString::fromLatin1(hash));
    if (Statement::exec(query) && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

qint64 AuditStore::count(const AuditFilter &filter, QString *error) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_event") + whereClause(filter, &values));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!Statement::exec(query) || !query.next()) {
        *error = readError(m_database, query);
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<AuditEvent> AuditStore::page(const AuditFilter &filter, qint64 offset, int limit, qint64 beforeSeq,
                                   QString *error) const
{
    QVariantList values;
    QString where = whereClause(filter, &values);
    if (beforeSeq > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE seq < ?") : QStringLiteral(" AND seq < ?");
        values << beforeSeq;
        offset = 0;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_event%2 ORDER BY seq DESC LIMIT ? OFFSET ?")
                      .arg(QLatin1String(kColumns), where));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<AuditEvent> events;
    if (!Statement::exec(query)) {
        *error = readError(m_database, query);
        return events;
    }
    while (query.next())
        events.append(eventFrom(query));
    if (query.lastError().isValid())
        *error = readError(m_database, query);
    return events;
}

bool AuditStore::forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit,
                         QString *error) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_event%2 ORDER BY seq")
                      .arg(QLatin1String(kColumns), whereClause(filter, &values)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!Statement::exec(query)) {
        *error = readError(m_database, query);
        return false;
    }
    while (query.next()) {
        if (!visit(eventFrom(query)))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = readError(m_database, query);
        return false;
    }
    return true;
}

bool AuditStore::appendCreations(const QList<qint64> &assetIds, qint64 eventSeq, const QList<QByteArray> &values,
                                 QString *error)
{
    // Several rows a statement: on a server each statement is a round trip, which costs more than its rows.
    constexpr int kRows = 100;
    const auto prepared = [this](int rows) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->prepare(QStringLiteral("INSERT INTO asset_creation (asset_id, event_seq, vals) VALUES ") +
                       QStringList(rows, QStringLiteral("(?, ?, ?)")).join(QStringLiteral(", ")));
        return query;
    };
    std::unique_ptr<QSqlQuery> remainder;
    for (qsizetype first = 0; first < assetIds.size(); first += kRows) {
        const int rows = int(std::min<qsizetype>(kRows, assetIds.size() - first));
        if (rows == kRows && !m_insertCreations)
            m_insertCreations = prepared(kRows);
        if (rows < kRows)
            remainder = prepared(rows);
        QSqlQuery &query = rows == kRows ? *m_insertCreations : *remainder;
        for (int n = 0; n < rows; ++n) {
            query.addBindValue(assetIds.at(first + n));
            query.addBindValue(eventSeq);
            // Text, as the UTF-8 bytes the digest was taken over.
            query.addBindValue(QString::fromUtf8(values.at(first + n)));
        }
        if (!Statement::exec(query)) {
            *error = m_database.sqlError(
                QCoreApplication::translate("AuditStore", "Could not write the audit trail of the registry %1: %2"),
                Statement::errorText(query));
            m_headTransaction = 0;
            return false;
        }
    }
    return true;
}

std::optional<AuditStore::Creation> AuditStore::creationOf(const QString &assetNo, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.seq, e.occurred_at, e.actor, e.action, e.entity, e.entity_id, e.changes, "
                                 "e.prev_hash, e.hash, %1 FROM asset a JOIN asset_creation c ON c.asset_id = a.id "
                                 "JOIN audit_event e ON e.seq = c.event_seq WHERE a.asset_no = ?")
                      .arg(m_database.utf8Bytes(QStringLiteral("c.vals"))));
    query.addBindValue(assetNo);
    if (!Statement::exec(query)) {
        *error = readError(m_database, query);
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            *error = readError(m_database, query);
        return std::nullopt;
    }
    return Creation{eventFrom(query), query.value(9).toByteArray()};
}

bool AuditStore::forEachCreation(const std::function<bool(qint64, qint64, const QByteArray &)> &visit,
                                 QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QStringLiteral("SELECT asset_id, event_seq, %1 FROM asset_creation ORDER BY asset_id")
                                    .arg(m_database.utf8Bytes(QStringLiteral("vals"))))) {
        *error = readError(m_database, query);
        return false;
    }
    while (query.next()) {
        if (!visit(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toByteArray()))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = readError(m_database, query);
        return false;
    }
    return true;
}

bool AuditStore::appendRiskCreations(qint64 eventSeq, const QList<qint64> &riskIds, const QList<QByteArray> &values,
                                     QString *error)
{
    // The lists go in as the UTF-8 bytes the digest was taken over, stored as text: a file takes the bytes as they
    // are (one row a step through SQLite's own interface), the server converts them (64 rows a statement).
    const bool server = m_database.isServer();
    if (!server && SqliteBulk::applies(m_database.connection())) {
        SqliteBulk insert(m_database.connection(),
                          QStringLiteral("INSERT INTO risk_creation (risk_id, event_seq, vals) VALUES (?, ?, ?)"));
        for (qsizetype n = 0; n < riskIds.size(); ++n) {
            insert.bind(1, riskIds.at(n));
            insert.bind(2, eventSeq);
            insert.bindUtf8(3, values.at(n));
            if (!insert.insertRow()) {
                *error = m_database.sqlError(
                    QCoreApplication::translate("AuditStore", "Could not write the audit trail of the registry %1: %2"),
                    insert.errorText());
                m_headTransaction = 0;
                return false;
            }
        }
        return true;
    }
    constexpr int kRows = 64;
    const QString row = server ? QStringLiteral("(?,?,?)") : QStringLiteral("(?,?,CAST(? AS TEXT))");
    const auto prepared = [&](int rows) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->prepare(QStringLiteral("INSERT INTO risk_creation (risk_id, event_seq, vals) VALUES ") +
                       QStringList(rows, row).join(QLatin1Char(',')));
        return query;
    };
    std::unique_ptr<QSqlQuery> chunk;
    for (qsizetype first = 0; first < riskIds.size(); first += kRows) {
        const int rows = int(std::min<qsizetype>(kRows, riskIds.size() - first));
        if (rows < kRows || !chunk)
            chunk = prepared(rows);
        QSqlQuery &query = *chunk;
        for (qsizetype n = first; n < first + rows; ++n) {
            query.addBindValue(riskIds.at(n));
            query.addBindValue(eventSeq);
            query.addBindValue(server ? QVariant(QString::fromUtf8(values.at(n))) : QVariant(values.at(n)));
        }
        if (!Statement::exec(query)) {
            *error = m_database.sqlError(
                QCoreApplication::translate("AuditStore", "Could not write the audit trail of the registry %1: %2"),
                Statement::errorText(query));
            m_headTransaction = 0;
            return false;
        }
        if (rows < kRows)
            chunk.reset();
    }
    return true;
}

std::optional<AuditStore::Creation> AuditStore::riskCreationOf(const QString &riskNo, QString *error) const
{
    // By the entry's id, whose value list must name the entry: a file may give the id of an entry removed before it
    // was assessed to a later entry made on its own.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.seq, e.occurred_at, e.actor, e.action, e.entity, e.entity_id, e.changes, "
                                 "e.prev_hash, e.hash, %1 FROM risk r JOIN risk_creation c ON c.risk_id = r.id "
                                 "JOIN audit_event e ON e.seq = c.event_seq WHERE r.risk_no = ?")
                      .arg(m_database.utf8Bytes(QStringLiteral("c.vals"))));
    query.addBindValue(riskNo);
    if (!Statement::exec(query)) {
        *error = readError(m_database, query);
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            *error = readError(m_database, query);
        return std::nullopt;
    }
    return Creation{eventFrom(query), query.value(9).toByteArray()};
}

bool AuditStore::forEachRiskCreation(const std::function<bool(qint64, qint64, const QByteArray &)> &visit,
                                     QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!Statement::exec(query, QStringLiteral("SELECT risk_id, event_seq, %1 FROM risk_creation ORDER BY risk_id")
                                    .arg(m_database.utf8Bytes(QStringLiteral("vals"))))) {
        *error = readError(m_database, query);
        return false;
    }
    while (query.next()) {
        if (!visit(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toByteArray()))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = readError(m_database, query);
        return false;
    }
    return true;
}
