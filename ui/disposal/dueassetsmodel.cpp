// Table model of the assets due for disposal.
#include "dueassetsmodel.h"

#include "domain/assetcodes.h"
#include "domain/assetfield.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/localdate.h"

#include <QBrush>
#include <QColor>

DueAssetsModel::DueAssetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DueAssetsModel::setRegistry(Registry *registry)
{
    m_registry = registry;
    refresh();
}

void DueAssetsModel::setWithinDays(int days)
{
    if (m_withinDays == days)
        return;
    m_withinDays = days;
    refresh();
}

void DueAssetsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_registry) {
        DisposalService &service = m_registry->disposal();
        m_rows = service.due(m_withinDays, 0, m_limit, &m_error);
        m_total = m_rows.size() < m_limit ? m_rows.size() : service.dueCount(m_withinDays, &m_error);
    }
    endResetModel();
}

QString DueAssetsModel::reasonName(DueAsset::Reason reason)
{
    switch (reason) {
    case DueAsset::Reason::RetentionPassed:
        return tr("Retention passed");
    case DueAsset::Reason::RetentionEnding:
        return tr("Retention ends soon");
    case DueAsset::Reason::Pending:
        break;
    }
    return tr("Disposal pending");
}

int DueAssetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueAssetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueAssetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DueAsset &due = m_rows.at(index.row());
    const Asset &asset = due.asset;
    if (role == AssetIdRole)
        return asset.id;
    if (role == Qt::ForegroundRole && index.column() == Reason && due.reason == DueAsset::Reason::RetentionPassed)
        return QBrush(QColor(0xA0, 0x10, 0x10));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AssetNo:
        return asset.assetNo;
    case Name:
        return asset.name;
    case Department:
        return asset.department;
    case Owner:
        return asset.owner;
    case RetentionUntil:
        return asset.retentionUntil.isValid() ? LocalDate::toString(asset.retentionUntil) : QString();
    case Status:
        return AssetCodes::statusName(asset.status);
    case Reason:
        return reasonName(due.reason);
    default:
        break;
    }
    return {};
}

QVariant DueAssetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case AssetNo:
        return AssetField::byId(AssetField::AssetNo).label();
    case Name:
        return AssetField::byId(AssetField::Name).label();
    case Department:
        return AssetField::byId(AssetField::Department).label();
    case Owner:
        return AssetField::byId(AssetField::Owner).label();
    case RetentionUntil:
        return AssetField::byId(AssetField::RetentionUntil).label();
    case Status:
        return AssetField::byId(AssetField::Status).label();
    case Reason:
        return tr("Why due");
    default:
        break;
    }
    return {};
}

void DueAssetsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
