// One asset's history.
#include "historywidget.h"

#include "auditlogmodel.h"

#include "service/auditlog.h"
#include "service/registry.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryWidget::HistoryWidget(Registry &registry, const QString &assetNo, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_assetNo(assetNo)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(6);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    // Old and new values share what the other columns leave.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

int HistoryWidget::eventCount() const
{
    return m_tree->topLevelItemCount();
}

void HistoryWidget::setAssetNo(const QString &assetNo)
{
    m_assetNo = assetNo;
    reload();
}

void HistoryWidget::reload()
{
    m_tree->clear();
    if (m_assetNo.isEmpty()) {
        m_summary->setText(tr("A new asset has no history yet. Its history starts when it is saved."));
        return;
    }
    const AuditLog &log = m_registry.audit();
    QString error;
    const QList<AuditEvent> events = log.assetHistory(m_assetNo, &error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    // Newest first: the last change is what people look for.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const AuditEvent &event = *it;
        QList<AuditLog::Change> changes = log.changes(event);
        // A new record has no old values.
        if (event.action == QLatin1String("create")) {
            for (AuditLog::Change &change : changes)
                change.before.clear();
        }
        const QString what = event.entity == QLatin1String("asset")
                                 ? AuditLog::actionName(event.action)
                                 : tr("%1: %2").arg(AuditLog::actionName(event.action), AuditLog::subject(event));
        auto *item = new QTreeWidgetItem(
            m_tree, {AuditLogModel::timeText(event.occurredAt), event.actor, what,
                     changes.size() == 1 ? changes.constFirst().field : tr("%n field(s)", nullptr, int(changes.size())),
                     changes.size() == 1 ? changes.constFirst().before : QString(),
                     changes.size() == 1 ? changes.constFirst().after : QString()});
        item->setToolTip(0, tr("Event %1, %2 UTC").arg(event.seq).arg(event.occurredAt.toUTC().toString(Qt::ISODate)));
        if (changes.size() > 1) {
            for (const AuditLog::Change &change : changes)
                new QTreeWidgetItem(item, {QString(), QString(), QString(), change.field, change.before, change.after});
        }
        item->setExpanded(true);
    }
    m_summary->setText(events.isEmpty()
                           ? tr("No events are recorded for %1.").arg(m_assetNo)
                           : tr("%n event(s) about %1, newest first.", nullptr, int(events.size())).arg(m_assetNo));
    for (int column = 0; column < 4; ++column)
        m_tree->resizeColumnToContents(column);
    m_tree->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(5, QHeaderView::Stretch);
}

void HistoryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryWidget::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Recorded"), tr("Who"), tr("What"), tr("Field"), tr("Old value"), tr("New value")});
    reload();
}
