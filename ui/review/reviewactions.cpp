// Mark as reviewed in the main window.
#include "reviewactions.h"

#include "reviewdialog.h"

#include "mainwindow/mainwindow.h"
#include "service/registry.h"
#include "widgets/assettableview.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

ReviewActions::ReviewActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_markReviewed = new QAction(this);
    m_markReviewed->setObjectName(QStringLiteral("markReviewedAction"));
    m_markReviewed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    window->addAssetActions({m_markReviewed});
    connect(m_markReviewed, &QAction::triggered, this, &ReviewActions::markSelected);
    connect(window->assetMenu(), &QMenu::aboutToShow, this, &ReviewActions::updateActions);
    connect(window, &MainWindow::registryChanged, this, &ReviewActions::updateActions);
    if (QItemSelectionModel *selection = window->assetView()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &ReviewActions::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

bool ReviewActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReviewActions::retranslate()
{
    m_markReviewed->setText(tr("Mark as Re&viewed…"));
    m_markReviewed->setToolTip(
        tr("Record that the selected assets were reviewed, and set their next review (Ctrl+Shift+R)"));
}

qint64 ReviewActions::selectedCount() const
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

void ReviewActions::updateActions()
{
    // Looks only at the size of the selection: reading every selected asset on each change would be slow.
    m_markReviewed->setEnabled(m_window->registry() && selectedCount() > 0);
}

void ReviewActions::markSelected()
{
    const qint64 count = selectedCount();
    if (count > kMaxAssetsPerMark) {
        MessageBox::information(m_window, tr("Mark as Reviewed"),
                                tr("%1 assets are selected. Mark at most %2 assets at a time; select fewer, for "
                                   "example one department, and mark the rest afterwards.")
                                    .arg(QLocale().toString(count), QLocale().toString(kMaxAssetsPerMark)));
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
        MessageBox::information(m_window, tr("Mark as Reviewed"),
                                ids.isEmpty()
                                    ? tr("The selected assets have been disposed of and are no longer reviewed: %1.")
                                          .arg(disposed.join(QStringLiteral(", ")))
                                    : tr("Disposed of, left out: %1.").arg(disposed.join(QStringLiteral(", "))));
    markReviewed(ids);
}

int ReviewActions::markReviewed(const QList<qint64> &assetIds)
{
    Registry *registry = m_window->registry();
    if (!registry || assetIds.isEmpty())
        return 0;
    ReviewDialog dialog(*registry, assetIds, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_window->reload();
    m_window->statusBar()->showMessage(tr("Marked %n asset(s) as reviewed.", nullptr, dialog.markedCount()), 5000);
    return dialog.markedCount();
}
