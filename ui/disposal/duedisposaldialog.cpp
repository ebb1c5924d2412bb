// The due-for-disposal view.
#include "duedisposaldialog.h"

#include "dueassetsmodel.h"
#include "widgets/windowgeometry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

DueDisposalDialog::DueDisposalDialog(Registry *registry, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dueDisposalDialog"));
    m_model = new DueAssetsModel(this);
    m_withinLabel = new QLabel(this);
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("withinDays"));
    m_within->setRange(0, 3650);
    m_within->setValue(m_model->withinDays());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_show = new QPushButton(this);
    m_close = new QPushButton(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_withinLabel);
    top->addWidget(m_within);
    top->addStretch();
    top->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_show);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_within, &QSpinBox::valueChanged, this, [this](int days) {
        m_model->setWithinDays(days);
        updateSummary();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DueDisposalDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DueDisposalDialog::updateButtons);
    connect(m_record, &QPushButton::clicked, this, [this] { emit recordDisposalRequested(selectedAssetIds()); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedAssetIds();
        if (!ids.isEmpty())
            emit showAssetRequested(ids.constFirst());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit showAssetRequested(index.data(DueAssetsModel::AssetIdRole).toLongLong());
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    m_model->setRegistry(registry);
    retranslateUi();
    m_view->resizeColumnsToContents();
    WindowGeometry::restore(this, QStringLiteral("dueDisposals"), QSize(980, 600));
}

void DueDisposalDialog::setWithinDays(int days)
{
    m_within->setValue(days);
}

QList<qint64> DueDisposalDialog::selectedAssetIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(DueAssetsModel::AssetIdRole).toLongLong();
    return ids;
}

void DueDisposalDialog::refresh()
{
    m_model->refresh();
    updateSummary();
}

void DueDisposalDialog::updateSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    const QLocale locale;
    if (m_model->totalCount() > m_model->rowCount())
        m_summary->setText(tr("%1 assets due; the first %2 are shown.")
                               .arg(locale.toString(m_model->totalCount()), locale.toString(m_model->rowCount())));
    else
        m_summary->setText(tr("%n asset(s) due.", nullptr, m_model->rowCount()));
}

void DueDisposalDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_record->setEnabled(selected);
    m_show->setEnabled(selected);
}

void DueDisposalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DueDisposalDialog::retranslateUi()
{
    setWindowTitle(tr("Assets Due for Disposal"));
    m_withinLabel->setText(tr("Retention passed, or ending within:"));
    m_within->setSuffix(tr(" days"));
    m_record->setText(tr("Record Disposal of Selected…"));
    m_show->setText(tr("Show in Asset List"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updateSummary();
    updateButtons();
}
