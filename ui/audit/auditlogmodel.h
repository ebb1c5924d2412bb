// The events of the audit trail for a table view, newest first: a QAbstractTableModel over pages fetched from SQL.
// Like the asset table it never loads every row: the filter is counted once, pages are read when a view asks for
// them (the next page seeks on from the last event of the one before instead of using OFFSET), and only a bounded
// number of pages is kept.
#pragma once

#include "domain/auditevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class AuditLog;
class Registry;

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 32;

    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    // The registry whose trail is shown; nullptr shows nothing. The model does not own it.
    void setRegistry(Registry *registry);
    AuditFilter filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<AuditEvent> eventAt(int row) const;
    qint64 count() const { return m_count; }
    QString lastError() const { return m_lastError; }
    // For tests: page queries run since the last reset.
    int pagesFetched() const { return m_pagesFetched; }

    // "2026/04/01 9:05" in the UI language's locale with a four-digit year, local time.
    static QString timeText(const QDateTime &utc);

signals:
    void countChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    const QList<AuditEvent> &page(int index) const;

    Registry *m_registry = nullptr;
    const AuditLog *m_log = nullptr;
    AuditFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<int, QList<AuditEvent>> m_pages;
    mutable QList<int> m_recent;
    mutable int m_pagesFetched = 0;
    mutable QString m_lastError;
};
