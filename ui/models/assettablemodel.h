// The asset table of the main window: a QAbstractTableModel over a sparse cache of pages fetched from SQL. It never
// loads every row: the row count is counted once per filter, pages of rows are read when a view asks for them, and
// only a bounded number of pages is kept (least recently used are dropped). Sorting and filtering run in SQL.
// A filter that matches more than countCap() assets shows that many rows at once and counts the rest on a worker
// thread (BackgroundCount): the rows are added when the count comes, a moment later.
#pragma once

#include "domain/asset.h"
#include "domain/assetquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class BackgroundCount;
class Registry;

class AssetTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 256;
    static constexpr int kDefaultMaxCachedPages = 64;
    static constexpr qint64 kDefaultCountCap = 10000;

    enum Role
    {
        AssetIdRole = Qt::UserRole + 1,
        AssetNoRole,
        FieldKeyRole,
        OverdueRole, // bool: the asset is overdue for review (Review::isOverdue)
        FlagsRole    // AssetFlags of the row's asset
    };

    explicit AssetTableModel(QObject *parent = nullptr);

    // The registry whose assets are shown; nullptr shows nothing. The model does not own it.
    void setRegistry(const Registry *registry);
    const Registry *registry() const { return m_registry; }

    AssetFilter filter() const { return m_filter; }
    void setFilter(const AssetFilter &filter);
    AssetSort sortOrder() const { return m_sort; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows read by one query, and how many such pages are kept; the least recently used page goes first.
    void setPaging(int pageSize, int maxCachedPages);
    int pageSize() const { return m_pageSize; }
    int maxCachedPages() const { return m_maxCachedPages; }

    // While paused (the user drags the scroll bar through a large table), rows not cached show empty instead of
    // being read; resuming reads the rows then in view. Saves reading a page for every position passed.
    void setFetchingPaused(bool paused);
    bool isFetchingPaused() const { return m_fetchingPaused; }

    // Reads the registry again after a change (an edit, an import): same filter and sort, counted again.
    void refresh();
    // Headers and cell texts follow the UI language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static AssetField::Id fieldAt(int column) { return AssetField::Id(column); }
    std::optional<Asset> assetAt(int row) const;
    // Row of an asset under the current filter and sort, or -1 when it is not shown.
    int rowOfAsset(qint64 id) const;

    // Every asset of the registry, and those the filter lets through.
    qint64 totalCount() const { return m_totalCount; }
    qint64 shownCount() const { return m_count; }
    // False while the count of the filter goes on in the background: there are at least shownCount() rows.
    bool isCountExact() const { return m_countExact; }
    qint64 countCap() const { return m_countCap; }
    // Tests: a smaller cap; 0 counts every filter at once.
    void setCountCap(qint64 cap) { m_countCap = cap; }
    QString lastError() const { return m_lastError; }

    // For tests and benchmarks: page queries run since the last reset, and pages held in the cache.
    int pagesFetched() const { return m_pagesFetched; }
    int cachedPageCount() const { return int(m_pages.size()); }
    // Pages read by seeking on from a neighbouring page rather than with OFFSET.
    int pagesSought() const { return m_seeks; }

signals:
    void countsChanged(qint64 shown, qint64 total);
    void errorOccurred(const QString &message);

private:
    const Asset *assetPointer(int row, bool fetch = true) const;
    const QList<Asset> &page(int index) const;
    QList<Asset> fetchPage(int index, QString *error) const;
    void recount(bool total = true);
    void exactCountArrived(qint64 count);
    void resetCache();
    void cacheHandlingLabels();
    static int flagsOfCell(int flags, AssetField::Id field);
    QString displayText(const Asset &asset, AssetField::Id field) const;
    void reportError(const QString &message) const;

    const Registry *m_registry = nullptr;
    AssetFilter m_filter;
    AssetSort m_sort;
    qint64 m_count = 0;
    qint64 m_totalCount = 0;
    bool m_countExact = true;
    qint64 m_countCap = kDefaultCountCap;
    BackgroundCount *m_background = nullptr;
    QString m_handlingLabels[4];
    // The registry's day, read with every count so that the overdue marks agree with the overdue filter.
    QDate m_today;
    qint64 m_myNumberThreshold = 100;
    int m_pageSize = kDefaultPageSize;
    int m_maxCachedPages = kDefaultMaxCachedPages;
    bool m_fetchingPaused = false;

    // Page index -> rows. m_recent lists cached pages, most recently used last.
    mutable QHash<int, QList<Asset>> m_pages;
    mutable QList<int> m_recent;
    mutable int m_pagesFetched = 0;
    mutable int m_seeks = 0;
    mutable QString m_lastError;
};
