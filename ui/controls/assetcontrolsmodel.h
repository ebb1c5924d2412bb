// The controls of one asset as a table: those the baseline requires and those assigned, with their assignment and,
// for a gap, its kind. Gaps are coloured so that they stand out.
#pragma once

#include "domain/assetcontrol.h"

#include <QAbstractTableModel>
#include <QList>

class AssetControlsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        Area,
        Required,
        Applicability,
        Implementation,
        Responsible,
        DueDate,
        LastVerified,
        Gap,
        ColumnCount
    };

    explicit AssetControlsModel(QObject *parent = nullptr);

    void setRows(const QList<AssetControl> &rows);
    const QList<AssetControl> &rows() const { return m_rows; }
    const AssetControl *rowAt(int row) const;
    int rowOfControl(qint64 controlId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers and labels follow the UI language.
    void retranslate();

private:
    QList<AssetControl> m_rows;
};
