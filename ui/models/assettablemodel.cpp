// Paged asset table model.
#include "assettablemodel.h"

#include "backgroundcount.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"

#include "domain/assetfield.h"
#include "domain/review.h"
#include "service/assetflags.h"
#include "service/assetvalues.h"
#include "service/registry.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <climits>

namespace {

bool isLongText(AssetField::Id field)
{
    switch (field) {
    case AssetField::Remarks:
    case AssetField::ReceiptTerms:
    case AssetField::UseTerms:
    case AssetField::ConfidentialityRationale:
    case AssetField::IntegrityRationale:
    case AssetField::AvailabilityRationale:
        return true;
    default:
        return false;
    }
}

bool isCentred(AssetField::Id field)
{
    switch (field) {
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Importance:
        return true;
    default:
        return false;
    }
}

} // namespace

AssetTableModel::AssetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_background(new BackgroundCount(this))
{
    connect(m_background, &BackgroundCount::counted, this, &AssetTableModel::exactCountArrived);
    connect(m_background, &BackgroundCount::failed, this, [this](const QString &message) { reportError(message); });
}

void AssetTableModel::setRegistry(const Registry *registry)
{
    // The count of the registry that goes must not outlive it.
    m_background->cancel();
    beginResetModel();
    m_registry = registry;
    resetCache();
    cacheHandlingLabels();
    recount();
    endResetModel();
    emit countsChanged(m_count, m_totalCount);
}

void AssetTableModel::setFilter(const AssetFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    resetCache();
    // Only the filtered count changes with the filter: one count a keystroke.
    recount(false);
    endResetModel();
    emit countsChanged(m_count, m_totalCount);
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= AssetField::Count)
        return;
    if (m_sort.field == fieldAt(column) && m_sort.order == order)
        return;
    // The count does not change with the order, so it is not counted again.
    beginResetModel();
    m_sort.field = fieldAt(column);
    m_sort.order = order;
    resetCache();
    endResetModel();
}

void AssetTableModel::setPaging(int pageSize, int maxCachedPages)
{
    beginResetModel();
    m_pageSize = std::max(1, pageSize);
    m_maxCachedPages = std::max(2, maxCachedPages);
    resetCache();
    endResetModel();
}

void AssetTableModel::refresh()
{
    beginResetModel();
    resetCache();
    cacheHandlingLabels();
    recount();
    endResetModel();
    emit countsChanged(m_count, m_totalCount);
}

void AssetTableModel::retranslate()
{
    cacheHandlingLabels();
    emit headerDataChanged(Qt::Horizontal, 0, AssetField::Count - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, AssetField::Count - 1));
}

void AssetTableModel::resetCache()
{
    m_pages.clear();
    m_recent.clear();
    m_pagesFetched = 0;
    m_seeks = 0;
    m_lastError.clear();
}

void AssetTableModel::recount(bool total)
{
    m_background->cancel();
    m_count = 0;
    m_countExact = true;
    if (!m_registry) {
        m_totalCount = 0;
        return;
    }
    m_today = m_registry->clock().today();
    QString error;
    // A filtered list is counted up to the cap at once, and beyond it by the worker. The whole list is counted
    // from the table's own count at once.
    const bool capped = m_countCap > 0 && !m_filter.isEmpty();
    const qint64 count = capped ? m_registry->assets().countUpTo(m_filter, m_countCap, &error)
                                : m_registry->assets().count(m_filter, &error);
    if (count < 0) {
        reportError(error);
    } else {
        m_count = count;
        if (capped && count >= m_countCap) {
            m_countExact = false;
            m_background->start(*m_registry, m_filter);
        }
    }
    if (total)
        m_totalCount = m_registry->assets().totalCount();
}

void AssetTableModel::exactCountArrived(qint64 count)
{
    if (m_countExact || count == m_count) {
        m_countExact = true;
        emit countsChanged(m_count, m_totalCount);
        return;
    }
    // The page at the old end may be short of rows that now follow it: read it again when it is shown.
    const int lastPage = m_count > 0 ? int((m_count - 1) / m_pageSize) : 0;
    if (m_pages.contains(lastPage) && m_pages.value(lastPage).size() < m_pageSize) {
        m_pages.remove(lastPage);
        m_recent.removeOne(lastPage);
    }
    const int oldRows = rowCount();
    const int newRows = int(std::min<qint64>(count, INT_MAX));
    m_countExact = true;
    if (newRows > oldRows) {
        beginInsertRows(QModelIndex(), oldRows, newRows - 1);
        m_count = count;
        endInsertRows();
    } else if (newRows < oldRows) {
        // Fewer than the cap after all (rows went meanwhile): read again.
        beginResetModel();
        m_count = count;
        resetCache();
        endResetModel();
    } else {
        m_count = count;
    }
    emit countsChanged(m_count, m_totalCount);
}

void AssetTableModel::cacheHandlingLabels()
{
    // The registry reads its label texts from the settings table; asking once here keeps SQL out of painting.
    for (int ordinal = 0; ordinal < 4; ++ordinal)
        m_handlingLabels[ordinal] = m_registry ? m_registry->settings().handlingLabel(ordinal) : QString();
    if (m_registry)
        m_myNumberThreshold = m_registry->settings().myNumberReportThreshold();
}

void AssetTableModel::reportError(const QString &message) const
{
    if (message.isEmpty() || message == m_lastError)
        return;
    m_lastError = message;
    // Views ask for data while painting; the error is reported once the paint is over.
    QMetaObject::invokeMethod(
        const_cast<AssetTableModel *>(this),
        [this, message] { emit const_cast<AssetTableModel *>(this)->errorOccurred(message); }, Qt::QueuedConnection);
}

const QList<Asset> &AssetTableModel::page(int index) const
{
    auto found = m_pages.constFind(index);
    if (found != m_pages.constEnd()) {
        if (m_recent.constLast() != index) {
            m_recent.removeOne(index);
            m_recent.append(index);
        }
        return *found;
    }
    QString error;
    QList<Asset> rows = fetchPage(index, &error);
    ++m_pagesFetched;
    if (m_pages.size() >= m_maxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    if (!error.isEmpty())
        reportError(error);
    m_recent.append(index);
    // A failed read is kept as an empty page so that painting does not retry it row after row.
    return *m_pages.emplace(index, std::move(rows));
}

QList<Asset> AssetTableModel::fetchPage(int index, QString *error) const
{
    const AssetService &store = m_registry->assets();
    const int expected = int(std::min<qint64>(m_pageSize, m_count - qint64(index) * m_pageSize));
    // Scrolling on from a cached neighbour seeks from its last (or first) row, which costs the same at any depth;
    // a jump (the scroll bar dragged) counts rows off with OFFSET. If the registry changed meanwhile and the seek
    // does not give a whole page, OFFSET decides.
    const auto before = m_pages.constFind(index - 1);
    if (before != m_pages.constEnd() && before->size() == m_pageSize) {
        QList<Asset> rows = store.pageAfter(m_filter, m_sort, before->constLast().id, m_pageSize, error);
        if (rows.size() == expected) {
            ++m_seeks;
            return rows;
        }
    }
    const auto after = m_pages.constFind(index + 1);
    if (after != m_pages.constEnd() && !after->isEmpty()) {
        AssetSort reversed = m_sort;
        reversed.order = m_sort.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        QList<Asset> rows = store.pageAfter(m_filter, reversed, after->constFirst().id, m_pageSize, error);
        if (rows.size() == expected) {
            std::reverse(rows.begin(), rows.end());
            ++m_seeks;
            return rows;
        }
    }
    return store.page(m_filter, m_sort, index * m_pageSize, m_pageSize, error);
}

void AssetTableModel::setFetchingPaused(bool paused)
{
    if (m_fetchingPaused == paused)
        return;
    m_fetchingPaused = paused;
    // The views repaint what they show, which reads the pages now in view.
    if (!paused && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, AssetField::Count - 1));
}

const Asset *AssetTableModel::assetPointer(int row, bool fetch) const
{
    if (!m_registry || row < 0 || row >= rowCount())
        return nullptr;
    if (!fetch && !m_pages.contains(row / m_pageSize))
        return nullptr;
    const QList<Asset> &rows = page(row / m_pageSize);
    const int offset = row % m_pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

std::optional<Asset> AssetTableModel::assetAt(int row) const
{
    if (const Asset *asset = assetPointer(row))
        return *asset;
    return std::nullopt;
}

int AssetTableModel::rowOfAsset(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int offset = 0; offset < it.value().size(); ++offset) {
            if (it.value().at(offset).id == id)
                return it.key() * m_pageSize + offset;
        }
    }
    if (!m_registry)
        return -1;
    QString error;
    const qint64 row = m_registry->assets().position(m_filter, m_sort, id, &error);
    if (!error.isEmpty())
        reportError(error);
    return row >= 0 && row < rowCount() ? int(row) : -1;
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, INT_MAX));
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(AssetField::Count);
}

QString AssetTableModel::displayText(const Asset &asset, AssetField::Id field) const
{
    // The handling label comes from the registry's settings: cached, so that painting runs no SQL.
    if (field == AssetField::Label)
        return m_handlingLabels[std::clamp(asset.confidentiality, 0, 3)];
    const QString text = AssetValues::display(asset, field, m_registry->scheme(), m_registry->settings());
    // A cell shows one line; the tooltip shows the text as written.
    return isLongText(field) ? text.simplified() : text;
}

int AssetTableModel::flagsOfCell(int flags, AssetField::Id field)
{
    // Each flag marks the cells it is about: the personal information for 漏えい時に報告対象, the confidentiality and
    // the reason for an override, the retention when it is not set.
    switch (field) {
    case AssetField::PersonalInfo:
        return flags & AssetFlags::ReportableIfLeaked;
    case AssetField::Confidentiality:
    case AssetField::PersonalInfoOverride:
        return flags & AssetFlags::PersonalInfoOverride;
    case AssetField::RetentionUntil:
        return flags & AssetFlags::RetentionUnset;
    default:
        return 0;
    }
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetField::Id field = fieldAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case AssetIdRole:
    case AssetNoRole:
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
    case Qt::FontRole:
    case Qt::DecorationRole:
    case OverdueRole:
    case FlagsRole:
        break;
    case Qt::TextAlignmentRole:
        if (field == AssetField::SubjectCount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (isCentred(field))
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case FieldKeyRole:
        return AssetField::byId(field).keyString();
    default:
        return {};
    }
    const Asset *asset = assetPointer(index.row(), !m_fetchingPaused);
    if (!asset)
        return {};
    const bool overdue = Review::isOverdue(asset->nextReview, asset->status, m_today);
    // The retention has ended and the asset is still kept: it is due for disposal (Disposal ▸ Assets Due).
    const bool retentionEnded = field == AssetField::RetentionUntil && !asset->retentionPermanent &&
                                asset->retentionUntil.isValid() && asset->retentionUntil < m_today &&
                                asset->status != QLatin1String("disposed");
    const int flags = AssetFlags::of(*asset, m_registry->scheme(), m_myNumberThreshold);
    const int cellFlags = flagsOfCell(flags, field);
    switch (role) {
    case Qt::DisplayRole:
        // 保存期限未設定 stands out in its column until someone sets it.
        if (field == AssetField::RetentionUntil && (flags & AssetFlags::RetentionUnset))
            return AssetFlags::name(AssetFlags::RetentionUnset);
        return displayText(*asset, field);
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        // A cell that stands for a flag (an override, 漏えい時に報告対象, 保存期限未設定) in yellow; the whole row of
        // an overdue asset in a light orange; both tints keep the text readable.
        if (cellFlags != 0 && asset->status != QLatin1String("disposed"))
            return QColor(255, 240, 160);
        if (overdue)
            return QColor(255, 224, 178);
        return {};
    case Qt::FontRole:
        if ((overdue && field == AssetField::NextReview) || retentionEnded) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        // A mark beside the date, so that the state does not rest on colour alone.
        if ((overdue && field == AssetField::NextReview) || retentionEnded)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        if (overdue && field == AssetField::NextReview)
            return tr("Overdue for review: the next review was due on %1.").arg(displayText(*asset, field));
        if (retentionEnded)
            return tr("The retention ended on %1: the asset is due for disposal.").arg(displayText(*asset, field));
        // The whole text, for cells too narrow to show it, and the flags the cell stands for.
        QString text = isLongText(field)
                           ? AssetValues::display(*asset, field, m_registry->scheme(), m_registry->settings())
                           : displayText(*asset, field);
        if (cellFlags != 0)
            text = text.isEmpty() ? AssetFlags::names(cellFlags).join(QLatin1Char('\n'))
                                  : text + QLatin1Char('\n') + AssetFlags::names(cellFlags).join(QLatin1Char('\n'));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case FlagsRole:
        return flags;
    case AssetIdRole:
        return asset->id;
    case AssetNoRole:
        return asset->assetNo;
    case Qt::ForegroundRole:
        if (asset->status == QLatin1String("disposed"))
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        if (retentionEnded)
            return QColor(160, 0, 0);
        if (overdue) // dark on the tint, whatever the palette; the date itself in red
            return field == AssetField::NextReview ? QColor(160, 0, 0) : QColor(Qt::black);
        return {};
    default:
        return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < AssetField::Count) {
        const AssetField &field = AssetField::byId(fieldAt(section));
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_registry ? field.label(m_registry->scheme()) : field.label();
        if (role == FieldKeyRole)
            return field.keyString();
        return {};
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}
