// Assets due for disposal as a table: retention passed, retention ending within the chosen window, or marked disposal
// pending, most urgent first. Reads at most a bounded number of rows (the rest are counted) so that a registry with
// very many due assets still opens at once.
#pragma once

#include "domain/disposal.h"

#include <QAbstractTableModel>
#include <QList>

class Registry;

class DueAssetsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AssetNo,
        Name,
        Department,
        Owner,
        RetentionUntil,
        Status,
        Reason,
        ColumnCount
    };
    static constexpr int AssetIdRole = Qt::UserRole + 1;
    static constexpr int kDefaultLimit = 10000;

    explicit DueAssetsModel(QObject *parent = nullptr);

    void setRegistry(Registry *registry);
    void setWithinDays(int days);
    int withinDays() const { return m_withinDays; }
    void setLimit(int limit) { m_limit = limit; }
    // Reads the list again (after a disposal, a change of window or registry).
    void refresh();
    // How many assets are due in all; rowCount() may be fewer (the limit).
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    const DueAsset &dueAt(int row) const { return m_rows.at(row); }
    static QString reasonName(DueAsset::Reason reason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    Registry *m_registry = nullptr;
    int m_withinDays = 30;
    int m_limit = kDefaultLimit;
    QList<DueAsset> m_rows;
    qint64 m_total = 0;
    QString m_error;
};
