// The gap list of the gap report as a table model: the number of rows comes from the summary, the rows themselves
// are read in pages as the view scrolls to them, so that a registry with millions of gaps opens as fast as a small
// one. A bounded number of pages is kept.
#pragma once

#include "domain/controlgap.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Registry;

class GapTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AssetNo,
        AssetName,
        Department,
        Control,
        Title,
        Area,
        Kind,
        Responsible,
        DueDate,
        ColumnCount
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 24;

    explicit GapTableModel(Registry &registry, QObject *parent = nullptr);

    // Shows the gaps of a filter, whose total the caller read from the summary.
    void setFilter(const GapFilter &filter, qint64 total);
    const GapFilter &filter() const { return m_filter; }
    std::optional<ControlGap> gapAt(int row) const;
    // Pages read from the registry so far (tests check that scrolling reads only what is shown).
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

signals:
    void errorOccurred(const QString &message);

private:
    const ControlGap *fetch(int row) const;

    Registry &m_registry;
    GapFilter m_filter;
    qint64 m_total = 0;
    mutable QHash<int, QList<ControlGap>> m_pages;
    mutable QList<int> m_recent;
    mutable int m_pagesRead = 0;
};
