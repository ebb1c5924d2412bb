// Checkpoints as text.
#include "auditevent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

QString AuditCheckpoint::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + hash.left(kShortHashLength);
}

QString AuditCheckpoint::toFullString() const
{
    return QString::number(seq) + QLatin1Char(':') + hash;
}

bool AuditCheckpoint::matches(qint64 eventSeq, const QString &fullHash) const
{
    return isValid() && eventSeq == seq && fullHash.size() >= hash.size() &&
           fullHash.startsWith(hash, Qt::CaseInsensitive);
}

std::optional<AuditCheckpoint> AuditCheckpoint::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,18})\\s*:\\s*([0-9A-Fa-f]{16,64})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *error = QCoreApplication::translate("AuditCheckpoint",
                                             "'%1' is not a checkpoint. Write it as printed on the audit report: the "
                                             "sequence number, a colon and at least 16 hexadecimal digits of the hash, "
                                             "e.g. 1234:0123456789abcdef.")
                     .arg(text.trimmed().left(100));
        return std::nullopt;
    }
    AuditCheckpoint checkpoint;
    checkpoint.seq = match.captured(1).toLongLong();
    checkpoint.hash = match.captured(2).toLower();
    if (checkpoint.seq < 1) {
        *error = QCoreApplication::translate("AuditCheckpoint",
                                             "The checkpoint %1 names event 0. Sequence numbers start at 1.")
                     .arg(text.trimmed());
        return std::nullopt;
    }
    return checkpoint;
}

QByteArray AuditEvent::canonical(const AuditEvent &event)
{
    // QJsonObject keeps its keys sorted, so the compact form is the same for the same event.
    QJsonObject object;
    object.insert(QStringLiteral("seq"), event.seq);
    object.insert(QStringLiteral("occurred_at"), event.occurredAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("actor"), event.actor);
    object.insert(QStringLiteral("action"), event.action);
    object.insert(QStringLiteral("entity"), event.entity);
    object.insert(QStringLiteral("entity_id"), event.entityId);
    object.insert(QStringLiteral("changes"), event.changes);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
