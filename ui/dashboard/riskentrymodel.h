// The entries of the risk register that a filter selects, as a table model that reads the register from SQL page by
// page (fetchMore), never all of it: the list the dashboard's heat map and figures open.
#pragma once

#include "domain/risk.h"

#include <QAbstractTableModel>
#include <QList>

class Registry;

class RiskEntryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RiskNo,
        Asset,
        Threat,
        Importance,
        DamageLikelihood,
        Value,
        Level,
        Treatment,
        Owner,
        Status,
        ColumnCount
    };
    static constexpr int kPage = 200;

    RiskEntryModel(const Registry &registry, const RiskFilter &filter, QObject *parent = nullptr);

    // Reads the first page again (after a change in the registry) and the number of matching entries.
    void reload();
    qint64 total() const { return m_total; }
    QString lastError() const { return m_error; }
    const Risk &risk(int row) const { return m_risks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const Registry &m_registry;
    RiskFilter m_filter;
    QList<Risk> m_risks;
    qint64 m_total = 0;
    bool m_atEnd = false;
    QString m_error;
};
