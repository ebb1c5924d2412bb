// Paging through the audit trail.
#include "auditlogmodel.h"

#include "service/auditlog.h"
#include "service/registry.h"
#include "widgets/localdate.h"

#include <QLocale>

#include <limits>

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setRegistry(Registry *registry)
{
    m_registry = registry;
    m_log = registry ? &registry->audit() : nullptr;
    refresh();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AuditLogModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_pagesFetched = 0;
    m_count = 0;
    m_lastError.clear();
    if (m_log) {
        QString error;
        m_count = m_log->count(m_filter, &error);
        if (!error.isEmpty()) {
            m_lastError = error;
            m_count = 0;
        }
    }
    endResetModel();
    emit countChanged(m_count);
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<AuditEvent> &AuditLogModel::page(int index) const
{
    auto found = m_pages.find(index);
    if (found != m_pages.end()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return *found;
    }
    QString error;
    // Newest first: the page after a cached one starts below its last event, which the primary key finds at once.
    const auto before = m_pages.constFind(index - 1);
    const qint64 beforeSeq = before != m_pages.constEnd() && before->size() == kPageSize ? before->constLast().seq : 0;
    QList<AuditEvent> rows = m_log->page(m_filter, qint64(index) * kPageSize, kPageSize, beforeSeq, &error);
    ++m_pagesFetched;
    if (!error.isEmpty() && error != m_lastError) {
        m_lastError = error;
        emit const_cast<AuditLogModel *>(this)->errorOccurred(error);
    }
    if (m_recent.size() >= kMaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(index);
    return *m_pages.insert(index, std::move(rows));
}

std::optional<AuditEvent> AuditLogModel::eventAt(int row) const
{
    if (!m_log || row < 0 || row >= m_count)
        return std::nullopt;
    const QList<AuditEvent> &rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    if (offset >= rows.size())
        return std::nullopt;
    return rows.at(offset);
}

QString AuditLogModel::timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return LocalDate::toString(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QStringLiteral("H:mm:ss"));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == SeqColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const std::optional<AuditEvent> event = eventAt(index.row());
    if (!event)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return QString::number(event->seq);
    case TimeColumn:
        return role == Qt::ToolTipRole ? event->occurredAt.toUTC().toString(Qt::ISODateWithMs)
                                       : timeText(event->occurredAt);
    case ActorColumn:
        return event->actor;
    case ActionColumn:
        return AuditLog::actionName(event->action);
    case SubjectColumn:
        return AuditLog::subject(*event);
    case ChangesColumn: {
        const QString text = m_log->changesText(*event);
        if (role == Qt::ToolTipRole)
            return text;
        QString line = text;
        line.replace(QLatin1Char('\n'), QStringLiteral("; "));
        return line;
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Recorded");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changes (old → new)");
    default:
        return {};
    }
}
