// The list of disposal records.
#include "disposalrecordsdialog.h"

#include "disposalrecorddialog.h"

#include "domain/disposalcodes.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/localdate.h"
#include "widgets/windowgeometry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Codes = DisposalCodes::List;

} // namespace

DisposalRecordsDialog::DisposalRecordsDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("disposalRecordsDialog"));
    m_summary = new QLabel(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("recordsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(9);
    m_tree->setSortingEnabled(false);
    m_open = new QPushButton(this);
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &DisposalRecordsDialog::openSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(m_tree->currentItem() != nullptr); });
    connect(m_open, &QPushButton::clicked, this, &DisposalRecordsDialog::openSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("disposalRecords"), QSize(1100, 560));
}

void DisposalRecordsDialog::refresh()
{
    m_tree->clear();
    DisposalService &service = m_registry.disposal();
    QString error;
    const QList<DisposalJob> jobs = service.jobs(0, kLimit, &error);
    for (const DisposalJob &listed : jobs) {
        // The list query leaves the items out; a record is read whole for its count and override flag.
        const DisposalJob job =
            DisposalService::effective(service.job(listed.id).value_or(listed), service.amendments(listed.id));
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, job.id);
        item->setText(0, job.jobNo);
        item->setText(1, LocalDate::toString(job.performedBy.date));
        item->setText(2, DisposalCodes::name(Codes::Method, job.method));
        item->setText(3, DisposalCodes::name(Codes::Destination, job.destination));
        QStringList assets;
        for (const DisposalItem &disposed : job.items)
            assets << disposed.assetNo;
        item->setText(4, assets.join(QStringLiteral(", ")));
        item->setText(5, job.performedBy.name);
        item->setText(6, job.validatedBy.name);
        item->setText(7, job.contractor);
        if (job.hasOverride()) {
            item->setText(8, tr("Override"));
            item->setForeground(8, QBrush(QColor(0xA0, 0x10, 0x10)));
            item->setToolTip(8, job.overrideReason);
        }
    }
    m_summary->setText(error.isEmpty() ? tr("%n disposal record(s).", nullptr, int(service.jobCount())) : error);
    m_open->setEnabled(false);
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
}

void DisposalRecordsDialog::openSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    DisposalRecordDialog dialog(m_registry, item->data(0, Qt::UserRole).toLongLong(), this);
    dialog.exec();
    refresh();
}

void DisposalRecordsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DisposalRecordsDialog::retranslateUi()
{
    setWindowTitle(tr("Disposal Records"));
    m_tree->setHeaderLabels({tr("Record No."), tr("Performed on"), tr("Method"), tr("Destination"), tr("Assets"),
                             tr("Performed by"), tr("Validated by"), tr("Contractor"), tr("Flag")});
    m_open->setText(tr("Open Record…"));
    m_close->setText(tr("Close"));
    refresh();
}
