// Table model of disposal items.
#include "disposalitemsmodel.h"
#include "service/settingsservice.h"

#include "domain/assetcodes.h"
#include "domain/disposalcodes.h"
#include "domain/disposalfield.h"
#include "service/registry.h"

#include <QBrush>
#include <QColor>

namespace {

using Codes = DisposalCodes::List;

const QColor kOverrideBackground(0xFF, 0xE0, 0xE0);
const QColor kOverrideText(0xA0, 0x10, 0x10);

} // namespace

DisposalItemsModel::DisposalItemsModel(const Registry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
}

void DisposalItemsModel::setItems(const QList<DisposalItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

bool DisposalItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return true;
}

void DisposalItemsModel::setMethod(const QString &method)
{
    if (m_method == method)
        return;
    m_method = method;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DisposalItemsModel::setMinimumMethods(const QStringList &methods)
{
    for (int row = 0; row < m_items.size() && row < methods.size(); ++row) {
        if (m_items.at(row).minimumMethod == methods.at(row))
            continue;
        m_items[row].minimumMethod = methods.at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void DisposalItemsModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    // A data deletion removes data from a system: the media types chosen for a media sanitisation no longer apply.
    if (kind == QLatin1String("data")) {
        for (DisposalItem &item : m_items)
            item.mediaType.clear();
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DisposalItemsModel::setAmended(const QHash<qint64, QStringList> &amended)
{
    beginResetModel();
    m_amended = amended;
    endResetModel();
}

QString DisposalItemsModel::fieldKey(int column)
{
    switch (column) {
    case AssetNo:
        return QStringLiteral("asset_no");
    case AssetName:
        return QStringLiteral("asset_name");
    case MinimumMethod:
        return QStringLiteral("minimum_method");
    case MediaType:
        return QStringLiteral("media_type");
    case MediaDescription:
        return QStringLiteral("media_description");
    case Make:
        return QStringLiteral("make");
    case Model:
        return QStringLiteral("model");
    case SerialNo:
        return QStringLiteral("serial_no");
    case PropertyNo:
        return QStringLiteral("property_no");
    case Source:
        return QStringLiteral("source");
    case Backup:
        return QStringLiteral("backup");
    case BackupLocation:
        return QStringLiteral("backup_location");
    case Result:
        return QStringLiteral("result");
    default:
        break;
    }
    return {};
}

int DisposalItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DisposalItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisposalItemsModel::classificationText(const DisposalItem &item) const
{
    if (!m_registry)
        return QString::number(item.confidentiality);
    const ClassificationScheme &scheme = m_registry->scheme();
    const QString levels = tr("C %1 (%2) · I %3 · A %4")
                               .arg(scheme.levelLabel(Objective::Confidentiality, item.confidentiality),
                                    m_registry->settings().handlingLabel(item.confidentiality),
                                    scheme.levelLabel(Objective::Integrity, item.integrity),
                                    scheme.levelLabel(Objective::Availability, item.availability));
    // Personal information raises the minimum method (practice.md PI-5), so it is shown next to the levels.
    if (item.personalInfo.isEmpty() || item.personalInfo == QLatin1String("none"))
        return levels;
    return tr("%1 · %2").arg(levels, AssetCodes::personalInfoName(item.personalInfo));
}

QVariant DisposalItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DisposalItem &item = m_items.at(index.row());
    const bool isOverride = !m_method.isEmpty() && item.isOverride(m_method);
    const int column = index.column();
    if (role == OverrideRole)
        return isOverride;
    if (column == MinimumMethod && isOverride) {
        if (role == Qt::BackgroundRole)
            return QBrush(kOverrideBackground);
        if (role == Qt::ForegroundRole)
            return QBrush(kOverrideText);
        if (role == Qt::ToolTipRole)
            return tr("The method chosen is weaker than the minimum for this asset: an override reason is needed and "
                      "the disposal is flagged.");
    }
    if (column == Classification) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return classificationText(item);
        return {};
    }
    const QString key = fieldKey(column);
    const QString value = DisposalField::value(item, key);
    if (role == Qt::EditRole || role == CodeRole)
        return value;
    if (role == Qt::DisplayRole) {
        const DisposalField *field = DisposalField::find(key);
        QString shown = field ? DisposalField::display(*field, value) : value;
        if (column == MinimumMethod && isOverride)
            shown = tr("%1 (override)").arg(shown);
        if (m_amended.value(item.id).contains(key))
            shown = tr("%1 (amended)").arg(shown);
        return shown;
    }
    return {};
}

bool DisposalItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    DisposalItem &item = m_items[index.row()];
    const QString key = fieldKey(index.column());
    QString text = value.toString();
    if (index.column() == Backup || index.column() == Result || index.column() == MediaType) {
        const Codes list = index.column() == Backup   ? Codes::Backup
                           : index.column() == Result ? Codes::Result
                                                      : Codes::MediaType;
        const QString code = DisposalCodes::fromText(list, text);
        if (code.isEmpty())
            return false;
        text = code;
    }
    if (DisposalField::value(item, key) == text)
        return true;
    DisposalField::setValue(&item, key, text);
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags DisposalItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() >= MediaType &&
        !(m_kind == QLatin1String("data") && (index.column() == MediaType || index.column() == MediaDescription)))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant DisposalItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == Classification)
        return tr("Classification before");
    const DisposalField *field = DisposalField::find(fieldKey(section));
    return field ? field->label() : QVariant();
}

void DisposalItemsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
