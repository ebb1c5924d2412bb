// Paging through the risk register.
#include "risktablemodel.h"

#include "domain/riskcodes.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/localdate.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace {

// The tint of a level, the same in every risk window: high red, medium amber, low green.
QColor levelColour(const QString &level)
{
    if (level == QLatin1String("high"))
        return QColor(0xf4, 0xc7, 0xc3);
    if (level == QLatin1String("medium"))
        return QColor(0xfc, 0xe8, 0xb2);
    if (level == QLatin1String("low"))
        return QColor(0xd9, 0xea, 0xd3);
    return {};
}

} // namespace

RiskTableModel::RiskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RiskTableModel::setRegistry(Registry *registry)
{
    m_registry = registry;
    refresh();
}

void RiskTableModel::setFilter(const RiskFilter &filter)
{
    m_filter = filter;
    refresh();
}

void RiskTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_pagesFetched = 0;
    m_count = 0;
    m_lastError.clear();
    if (m_registry) {
        const Result<qint64> counted = m_registry->risks().count(m_filter);
        if (counted)
            m_count = *counted;
        else
            m_lastError = counted.error;
    }
    endResetModel();
    emit countChanged(m_count);
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

void RiskTableModel::retranslate()
{
    // Names of codes and the reasons for reassessment are translated when read.
    refresh();
}

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<Risk> &RiskTableModel::page(int index) const
{
    auto found = m_pages.find(index);
    if (found != m_pages.end()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return *found;
    }
    Result<QList<Risk>> rows = m_registry->risks().list(m_filter, qint64(index) * kPageSize, kPageSize);
    ++m_pagesFetched;
    if (!rows && rows.error != m_lastError) {
        m_lastError = rows.error;
        emit const_cast<RiskTableModel *>(this)->errorOccurred(rows.error);
    }
    if (m_recent.size() >= kMaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(index);
    return *m_pages.insert(index, rows ? std::move(*rows) : QList<Risk>());
}

std::optional<Risk> RiskTableModel::riskAt(int row) const
{
    if (!m_registry || row < 0 || row >= m_count)
        return std::nullopt;
    const QList<Risk> &rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    if (offset >= rows.size())
        return std::nullopt;
    return rows.at(offset);
}

int RiskTableModel::rowOf(const QString &riskNo) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).riskNo == riskNo)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const std::optional<Risk> risk = riskAt(index.row());
    if (!risk)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column >= ImportanceColumn && column <= ValueColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::BackgroundRole) {
        if (column == LevelColumn)
            return QBrush(levelColour(risk->riskLevel));
        if (column == ResidualColumn && risk->hasResidual())
            return QBrush(levelColour(risk->residualLevel));
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // The background is light whatever the style: the text stays dark on it.
        if (column == LevelColumn || (column == ResidualColumn && risk->hasResidual()))
            return QBrush(Qt::black);
        if (column == StatusColumn && (risk->isHighAccepted() || risk->needsReassessment()))
            return QBrush(QColor(0xa0, 0x10, 0x10));
        return {};
    }
    if (role == Qt::FontRole) {
        if (column == StatusColumn && (risk->isHighAccepted() || risk->needsReassessment())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn) {
            QStringList lines;
            if (risk->isHighAccepted())
                lines << tr("A high risk was accepted by %1 (%2) until %3.")
                             .arg(risk->acceptedBy, risk->acceptedTitle, LocalDate::toString(risk->acceptedUntil));
            lines << risk->reassessmentReasons;
            if (!risk->closedReason.isEmpty())
                lines << risk->closedReason;
            return lines.join(QLatin1Char('\n'));
        }
        if (column == ThreatColumn || column == AssetColumn)
            return risk->scenario;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NoColumn:
        return risk->riskNo;
    case AssetColumn:
        return risk->assetId > 0 ? QStringLiteral("%1 %2").arg(risk->assetNo, risk->assetName)
                                 : tr("(organisation-wide)");
    case ThreatColumn:
        return risk->threatName;
    case ImportanceColumn:
        return risk->importance > 0 ? QVariant(risk->importance) : QVariant();
    case LikelihoodColumn:
        return risk->likelihood > 0 ? QVariant(risk->likelihood) : QVariant();
    case VulnerabilityColumn:
        if (risk->vulnerability <= 0)
            return {};
        return risk->vulnerabilityDerived ? tr("%1 (derived)").arg(risk->vulnerability)
                                          : QString::number(risk->vulnerability);
    case DamageColumn:
        return risk->damageLikelihood > 0 ? QVariant(risk->damageLikelihood) : QVariant();
    case ValueColumn:
        return risk->riskValue > 0 ? QVariant(risk->riskValue) : QVariant();
    case LevelColumn:
        return RiskCodes::name(RiskCodes::List::Level, risk->riskLevel);
    case TreatmentColumn:
        return risk->treatment.isEmpty() ? QString() : RiskCodes::name(RiskCodes::List::Treatment, risk->treatment);
    case ResidualColumn:
        return risk->hasResidual() ? tr("%1 (%2)")
                                         .arg(risk->residualValue)
                                         .arg(RiskCodes::name(RiskCodes::List::Level, risk->residualLevel))
                                   : QString();
    case StatusColumn: {
        QString text = RiskCodes::name(RiskCodes::List::Status, risk->status);
        if (risk->notApplicable)
            text = tr("%1 (not applicable)").arg(text);
        if (risk->isHighAccepted())
            text = tr("%1 — high risk accepted").arg(text);
        if (risk->needsReassessment())
            text = tr("%1 — needs reassessment").arg(text);
        return text;
    }
    case OwnerColumn:
        return risk->owner;
    case NextReviewColumn:
        return LocalDate::toString(risk->nextReview);
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NoColumn:
        return tr("Risk No.");
    case AssetColumn:
        return tr("Asset");
    case ThreatColumn:
        return tr("Threat");
    case ImportanceColumn:
        return tr("Importance");
    case LikelihoodColumn:
        return tr("Threat likelihood");
    case VulnerabilityColumn:
        return tr("Vulnerability");
    case DamageColumn:
        return tr("Likelihood of damage");
    case ValueColumn:
        return tr("Risk value");
    case LevelColumn:
        return tr("Risk level");
    case TreatmentColumn:
        return tr("Treatment");
    case ResidualColumn:
        return tr("Residual risk");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Risk owner");
    case NextReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}
