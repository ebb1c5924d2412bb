// The table of an asset's controls.
#include "assetcontrolsmodel.h"

#include "domain/controlcodes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

AssetControlsModel::AssetControlsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssetControlsModel::setRows(const QList<AssetControl> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const AssetControl *AssetControlsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AssetControlsModel::rowOfControl(qint64 controlId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).control.id == controlId)
            return row;
    }
    return -1;
}

int AssetControlsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetControlsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetControlsModel::data(const QModelIndex &index, int role) const
{
    const AssetControl *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const std::optional<ControlAssignment> &assignment = row->assignment;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return row->control.code;
        case Title:
            return row->control.title();
        case Area:
            return row->control.area ? ControlCodes::areaName(row->control.area) : QString();
        case Required:
            return row->required ? tr("Required") : QString();
        case Applicability:
            return assignment ? ControlCodes::applicabilityName(assignment->applicable) : QString();
        case Implementation:
            return assignment && assignment->applicable ? ControlCodes::implementationName(assignment->implementation)
                                                        : QString();
        case Responsible:
            return assignment ? assignment->responsible : QString();
        case DueDate:
            return assignment ? shortDate(assignment->dueDate) : QString();
        case LastVerified:
            return assignment ? shortDate(assignment->lastVerified) : QString();
        case Gap:
            return row->gapKind.isEmpty() ? QString() : ControlCodes::gapKindName(row->gapKind);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Title)
            return row->control.description();
        if (index.column() == Applicability && assignment && !assignment->applicable)
            return assignment->reason;
    }
    if (role == Qt::BackgroundRole && !row->gapKind.isEmpty())
        return QBrush(row->gapKind == QLatin1String("missing") || row->gapKind == QLatin1String("overdue") ||
                              row->gapKind == QLatin1String("no_reason")
                          ? QColor(0xfd, 0xec, 0xea)
                          : QColor(0xff, 0xf4, 0xd6));
    if (role == Qt::ForegroundRole && row->control.retired)
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

QVariant AssetControlsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Control");
    case Area:
        return tr("Area");
    case Required:
        return tr("Baseline");
    case Applicability:
        return tr("Applicability");
    case Implementation:
        return tr("Implementation");
    case Responsible:
        return tr("Responsible");
    case DueDate:
        return tr("Due date");
    case LastVerified:
        return tr("Last verified");
    case Gap:
        return tr("Gap");
    default:
        return {};
    }
}

void AssetControlsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
