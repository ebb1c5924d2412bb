// The items of a disposal job as a table: one row per asset with its medium, classification before, the minimum
// method the rule gives it, serial number, backup and verification result. Editable in the recording dialog, read-only
// in the record view. A row whose minimum is stronger than the job's method is flagged as an override.
#pragma once

#include "domain/disposal.h"

#include <QAbstractTableModel>
#include <QList>

class Registry;

class DisposalItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AssetNo,
        AssetName,
        Classification,
        MinimumMethod,
        MediaType,
        MediaDescription,
        Make,
        Model,
        SerialNo,
        PropertyNo,
        Source,
        Backup,
        BackupLocation,
        Result,
        ColumnCount
    };
    // The stored code or text of a cell, for editors (Qt::EditRole gives the same).
    static constexpr int CodeRole = Qt::UserRole + 1;
    // True on rows whose minimum method is stronger than the job's method.
    static constexpr int OverrideRole = Qt::UserRole + 2;

    explicit DisposalItemsModel(const Registry *registry, QObject *parent = nullptr);

    void setItems(const QList<DisposalItem> &items);
    const QList<DisposalItem> &items() const { return m_items; }
    // Leaves the item of a row out of the job (a medium whose verification failed is disposed of later).
    bool removeItem(int row);
    // The job's method, against which each row's minimum is compared.
    void setMethod(const QString &method);
    // The minimum method of each row, in row order (after the destination changed).
    void setMinimumMethods(const QStringList &methods);
    void setEditable(bool editable) { m_editable = editable; }
    // The kind of the job: a data deletion has no media type to choose.
    void setKind(const QString &kind);
    // Keys of the fields amended per item id, shown with a marker.
    void setAmended(const QHash<qint64, QStringList> &amended);

    // The field key of a column ("serial_no"), empty for the classification.
    static QString fieldKey(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers follow the UI language.
    void retranslate();

private:
    QString classificationText(const DisposalItem &item) const;

    const Registry *m_registry;
    QList<DisposalItem> m_items;
    QString m_method;
    bool m_editable = true;
    QString m_kind = QStringLiteral("media");
    QHash<qint64, QStringList> m_amended;
};
