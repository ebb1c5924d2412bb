// The paged gap list.
#include "gaptablemodel.h"

#include "domain/assetfield.h"
#include "domain/controlcodes.h"
#include "service/gapreportservice.h"
#include "service/registry.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

GapTableModel::GapTableModel(Registry &registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
}

void GapTableModel::setFilter(const GapFilter &filter, qint64 total)
{
    beginResetModel();
    m_filter = filter;
    m_total = total;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

const ControlGap *GapTableModel::fetch(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const Result<QList<ControlGap>> read = m_registry.gaps().gaps(m_filter, qint64(page) * kPageSize, kPageSize);
        ++m_pagesRead;
        if (!read.ok()) {
            emit const_cast<GapTableModel *>(this)->errorOccurred(read.error);
            it = m_pages.insert(page, {});
        } else {
            it = m_pages.insert(page, *read.value);
        }
        m_recent.append(page);
        while (m_recent.size() > kMaxPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.find(page);
    } else {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

std::optional<ControlGap> GapTableModel::gapAt(int row) const
{
    if (const ControlGap *gap = fetch(row))
        return *gap;
    return std::nullopt;
}

int GapTableModel::rowCount(const QModelIndex &parent) const
{
    // A view holds row counts as int; a report longer than that is read through the CSV export.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int GapTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole))
        return {};
    const ControlGap *gap = fetch(index.row());
    if (!gap)
        return {};
    if (role == Qt::BackgroundRole) {
        if (index.column() != Kind)
            return {};
        return QBrush(gap->kind == QLatin1String("missing") || gap->kind == QLatin1String("overdue") ||
                              gap->kind == QLatin1String("no_reason")
                          ? QColor(0xfd, 0xec, 0xea)
                          : QColor(0xff, 0xf4, 0xd6));
    }
    switch (index.column()) {
    case AssetNo:
        return gap->assetNo;
    case AssetName:
        return gap->assetName;
    case Department:
        return gap->department;
    case Control:
        return gap->controlCode;
    case Title:
        return gap->controlTitle;
    case Area:
        return gap->area ? ControlCodes::areaName(gap->area) : QString();
    case Kind:
        return ControlCodes::gapKindName(gap->kind);
    case Responsible:
        return gap->responsible;
    case DueDate:
        return gap->dueDate.isValid() ? QLocale().toString(gap->dueDate, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant GapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssetNo:
        return AssetField::byId(AssetField::AssetNo).label();
    case AssetName:
        return AssetField::byId(AssetField::Name).label();
    case Department:
        return AssetField::byId(AssetField::Department).label();
    case Control:
        return tr("Control");
    case Title:
        return tr("Control title");
    case Area:
        return tr("Area");
    case Kind:
        return tr("Gap");
    case Responsible:
        return tr("Responsible");
    case DueDate:
        return tr("Due date");
    default:
        return {};
    }
}

void GapTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Control titles and kinds are read in the UI language: read the pages again.
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}
