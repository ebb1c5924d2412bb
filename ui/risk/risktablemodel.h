// The entries of the risk register for a table view: a QAbstractTableModel over pages read from SQL through
// RiskService::list() with the filter of the window (or of one asset for the asset editor's Risks tab). The filter
// is counted once; pages are read when a view asks for them and only a bounded number is kept, like the asset table.
// High risks that were accepted and entries that need reassessment are marked.
#pragma once

#include "domain/risk.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class Registry;

class RiskTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;

    enum Column
    {
        NoColumn,
        AssetColumn,
        ThreatColumn,
        ImportanceColumn,
        LikelihoodColumn,
        VulnerabilityColumn,
        DamageColumn,
        ValueColumn,
        LevelColumn,
        TreatmentColumn,
        ResidualColumn,
        StatusColumn,
        OwnerColumn,
        NextReviewColumn,
        ColumnCount
    };

    explicit RiskTableModel(QObject *parent = nullptr);

    // The registry whose entries are shown; nullptr shows nothing. The model does not own it.
    void setRegistry(Registry *registry);
    RiskFilter filter() const { return m_filter; }
    void setFilter(const RiskFilter &filter);
    // Reads the count again and drops the cached pages (after a change).
    void refresh();
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<Risk> riskAt(int row) const;
    // The row of an entry among the pages read so far; -1 when it is not among them.
    int rowOf(const QString &riskNo) const;
    qint64 count() const { return m_count; }
    QString lastError() const { return m_lastError; }
    // For tests: page queries run since the last reset.
    int pagesFetched() const { return m_pagesFetched; }

signals:
    void countChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    const QList<Risk> &page(int index) const;

    Registry *m_registry = nullptr;
    RiskFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<int, QList<Risk>> m_pages;
    mutable QList<int> m_recent;
    mutable int m_pagesFetched = 0;
    mutable QString m_lastError;
};
