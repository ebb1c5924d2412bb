// Disposal in the main window.
#include "disposalactions.h"

#include "disposaldialog.h"
#include "disposalrecorddialog.h"
#include "disposalrecordsdialog.h"
#include "duedisposaldialog.h"
#include "minimummethodsdialog.h"

#include "mainwindow/mainwindow.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "widgets/assettableview.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

DisposalActions::DisposalActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_record = new QAction(this);
    m_record->setObjectName(QStringLiteral("recordDisposalAction"));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showRecord = new QAction(this);
    m_showRecord->setObjectName(QStringLiteral("showDisposalRecordAction"));
    m_due = new QAction(this);
    m_due->setObjectName(QStringLiteral("dueForDisposalAction"));
    m_due->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_records = new QAction(this);
    m_records->setObjectName(QStringLiteral("disposalRecordsAction"));
    m_minimumMethods = new QAction(this);
    m_minimumMethods->setObjectName(QStringLiteral("minimumMethodsAction"));

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("disposalMenu"));
    m_menu->addAction(m_record);
    m_menu->addAction(m_showRecord);
    m_menu->addSeparator();
    m_menu->addAction(m_due);
    m_menu->addAction(m_records);
    m_menu->addSeparator();
    m_menu->addAction(m_minimumMethods);
    // Between the Asset and the View menus: disposal is something done to assets.
    window->menuBar()->insertMenu(window->viewMenu()->menuAction(), m_menu);
    window->addAssetActions({m_record, m_showRecord});

    connect(m_record, &QAction::triggered, this, &DisposalActions::recordSelected);
    connect(m_showRecord, &QAction::triggered, this, &DisposalActions::showRecordOfCurrent);
    connect(m_due, &QAction::triggered, this, &DisposalActions::showDue);
    connect(m_records, &QAction::triggered, this, &DisposalActions::showRecords);
    connect(m_minimumMethods, &QAction::triggered, this, &DisposalActions::editMinimumMethods);
    connect(m_menu, &QMenu::aboutToShow, this, &DisposalActions::updateActions);
    connect(window->assetMenu(), &QMenu::aboutToShow, this, &DisposalActions::updateActions);
    connect(window, &MainWindow::registryChanged, this, &DisposalActions::updateActions);
    if (QItemSelectionModel *selection = window->assetView()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &DisposalActions::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

bool DisposalActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DisposalActions::retranslate()
{
    m_menu->setTitle(tr("&Disposal"));
    m_record->setText(tr("&Record Disposal…"));
    m_record->setToolTip(tr("Record the secure disposal of the selected assets as one record (Ctrl+Shift+D)"));
    m_showRecord->setText(tr("Disposal Record of Asset…"));
    m_due->setText(tr("Assets &Due for Disposal…"));
    m_records->setText(tr("Disposal Re&cords…"));
    m_minimumMethods->setText(tr("&Minimum Methods…"));
}

void DisposalActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    // Runs on every selection change, so it looks only at the size of the selection and the current asset: reading
    // every selected asset would make "select all" over a large registry slow.
    const QItemSelectionModel *selection = m_window->assetView()->selectionModel();
    const qint64 selected = open && selection ? selectedCount() : 0;
    const std::optional<Asset> current = open ? m_window->currentAsset() : std::nullopt;
    const bool onlyCurrentDisposed = selected == 1 && current && current->status == QLatin1String("disposed");
    m_record->setEnabled(selected > 0 && !onlyCurrentDisposed);
    m_showRecord->setEnabled(current && current->status == QLatin1String("disposed"));
    m_due->setEnabled(open);
    m_records->setEnabled(open);
    m_minimumMethods->setEnabled(open);
}

bool DisposalActions::recordDisposal(const QList<qint64> &assetIds)
{
    Registry *registry = m_window->registry();
    if (!registry || assetIds.isEmpty())
        return false;
    DisposalDialog dialog(*registry, assetIds, m_window);
    if (!dialog.loadError().isEmpty()) {
        MessageBox::warning(m_window, tr("Cannot Record Disposal"), dialog.loadError());
        return false;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.recordedJob())
        return false;
    m_window->reload();
    // The record is where the certificate is printed, which is usually the next thing to do.
    showRecord(dialog.recordedJob()->id);
    return true;
}

qint64 DisposalActions::selectedCount() const
{
    const QItemSelectionModel *selection = m_window->assetView()->selectionModel();
    if (!selection)
        return 0;
    qint64 rows = 0;
    const QItemSelection ranges = selection->selection();
    for (const QItemSelectionRange &range : ranges)
        rows += range.height();
    return rows;
}

void DisposalActions::recordSelected()
{
    const qint64 count = selectedCount();
    if (count > kMaxAssetsPerRecord) {
        MessageBox::information(m_window, tr("Record Disposal"),
                                tr("%1 assets are selected. One disposal record covers at most %2 assets; select "
                                   "fewer and record the rest as further records.")
                                    .arg(QLocale().toString(count), QLocale().toString(kMaxAssetsPerRecord)));
        return;
    }
    QList<qint64> ids;
    QStringList disposed;
    const QList<Asset> selected = m_window->selectedAssets();
    for (const Asset &asset : selected) {
        if (asset.status == QLatin1String("disposed"))
            disposed << asset.assetNo;
        else
            ids << asset.id;
    }
    if (!disposed.isEmpty())
        MessageBox::information(
            m_window, tr("Record Disposal"),
            ids.isEmpty() ? tr("The selected assets have already been disposed of: %1. Open their disposal "
                               "records to see or amend them.")
                                .arg(disposed.join(QStringLiteral(", ")))
                          : tr("Already disposed of, left out: %1.").arg(disposed.join(QStringLiteral(", "))));
    recordDisposal(ids);
}

void DisposalActions::showRecordOfCurrent()
{
    Registry *registry = m_window->registry();
    const std::optional<Asset> asset = m_window->currentAsset();
    if (!registry || !asset)
        return;
    QString error;
    const std::optional<DisposalJob> job = registry->disposal().jobForAsset(asset->id, &error);
    if (!error.isEmpty()) {
        // A read that failed is not "no record".
        MessageBox::critical(m_window, tr("Disposal Record"), error);
        return;
    }
    if (!job) {
        MessageBox::information(m_window, tr("Disposal Record"),
                                tr("Asset %1 has no disposal record.").arg(asset->assetNo));
        return;
    }
    showRecord(job->id);
}

void DisposalActions::showRecord(qint64 jobId)
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    DisposalRecordDialog dialog(*registry, jobId, m_window);
    dialog.exec();
}

void DisposalActions::showDue()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    DueDisposalDialog dialog(registry, m_window);
    connect(&dialog, &DueDisposalDialog::recordDisposalRequested, this, [this, &dialog](const QList<qint64> &ids) {
        if (recordDisposal(ids))
            dialog.refresh();
    });
    connect(&dialog, &DueDisposalDialog::showAssetRequested, this, [this, &dialog](qint64 id) {
        if (m_window->selectAsset(id))
            dialog.accept();
        else
            MessageBox::information(m_window, tr("Show in Asset List"),
                                    tr("The asset is hidden by the current filter. Clear the filter and try again."));
    });
    dialog.exec();
}

void DisposalActions::showRecords()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    DisposalRecordsDialog dialog(*registry, m_window);
    dialog.exec();
}

void DisposalActions::editMinimumMethods()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    MinimumMethodsDialog dialog(*registry, m_window);
    dialog.exec();
}
