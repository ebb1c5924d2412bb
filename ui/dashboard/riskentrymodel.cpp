// The paged model of risk entries.
#include "riskentrymodel.h"

#include "domain/riskcodes.h"
#include "service/registry.h"
#include "service/riskservice.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

RiskEntryModel::RiskEntryModel(const Registry &registry, const RiskFilter &filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_filter(filter)
{
    reload();
}

void RiskEntryModel::reload()
{
    beginResetModel();
    m_risks.clear();
    m_atEnd = false;
    m_error.clear();
    const Result<qint64> total = m_registry.risks().count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        m_error = total.error;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int RiskEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_risks.size());
}

int RiskEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RiskEntryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void RiskEntryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Result<QList<Risk>> page = m_registry.risks().list(m_filter, m_risks.size(), kPage);
    if (!page) {
        m_error = page.error;
        m_atEnd = true;
        return;
    }
    if (page->size() < kPage)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_risks.size()), int(m_risks.size() + page->size() - 1));
    m_risks.append(*page);
    endInsertRows();
}

QVariant RiskEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_risks.size())
        return {};
    const Risk &risk = m_risks.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status && risk.isHighAccepted())
        return QBrush(QColor(0xb0, 0x00, 0x00));
    if (role == Qt::TextAlignmentRole && index.column() >= Importance && index.column() <= Value)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto number = [](int value) { return value > 0 ? QVariant(value) : QVariant(); };
    switch (index.column()) {
    case RiskNo:
        return risk.riskNo;
    case Asset:
        return risk.assetId > 0 ? QStringLiteral("%1 %2").arg(risk.assetNo, risk.assetName) : tr("Organisation-wide");
    case Threat:
        return QStringLiteral("%1 %2").arg(risk.threatCode, risk.threatName);
    case Importance:
        return number(risk.importance);
    case DamageLikelihood:
        return number(risk.damageLikelihood);
    case Value:
        return number(risk.riskValue);
    case Level:
        return risk.riskLevel.isEmpty() ? QVariant() : RiskCodes::name(RiskCodes::List::Level, risk.riskLevel);
    case Treatment:
        return risk.treatment.isEmpty() ? QVariant() : RiskCodes::name(RiskCodes::List::Treatment, risk.treatment);
    case Owner:
        return risk.owner;
    case Status: {
        QStringList parts{RiskCodes::name(RiskCodes::List::Status, risk.status)};
        if (risk.isHighAccepted())
            parts << tr("high risk accepted");
        if (risk.needsReassessment())
            parts << tr("needs reassessment");
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant RiskEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RiskNo:
        return tr("Risk No.");
    case Asset:
        return tr("Asset concerned");
    case Threat:
        return tr("Threat");
    case Importance:
        return tr("Importance");
    case DamageLikelihood:
        return tr("Likelihood of damage");
    case Value:
        return tr("Risk value");
    case Level:
        return tr("Risk level");
    case Treatment:
        return tr("Treatment");
    case Owner:
        return tr("Risk owner");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
