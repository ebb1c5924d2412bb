// Controls in the main window.
#include "controlactions.h"
#include "applicabilitydialog.h"

#include "assignmentdialog.h"
#include "baselinedialog.h"
#include "catalogdialog.h"
#include "controlpickerdialog.h"
#include "gapreportdialog.h"

#include "assetcontrolswidget.h"
#include "editor/asseteditor.h"
#include "jobs/backgroundjob.h"
#include "mainwindow/mainwindow.h"
#include "printing/applicabilitydocument.h"
#include "printing/pagedtablerenderer.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

ControlActions::ControlActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_gapReport = new QAction(this);
    m_gapReport->setObjectName(QStringLiteral("gapReportAction"));
    m_gapReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_assign = new QAction(this);
    m_assign->setObjectName(QStringLiteral("assignControlsAction"));
    m_catalogs = new QAction(this);
    m_catalogs->setObjectName(QStringLiteral("catalogsAction"));
    m_baseline = new QAction(this);
    m_baseline->setObjectName(QStringLiteral("baselineAction"));
    m_applicability = new QAction(this);
    m_applicability->setObjectName(QStringLiteral("applicabilityAction"));

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("controlsMenu"));
    m_menu->addAction(m_gapReport);
    m_menu->addAction(m_assign);
    m_menu->addSeparator();
    m_menu->addAction(m_catalogs);
    m_menu->addAction(m_baseline);
    m_menu->addSeparator();
    m_menu->addAction(m_applicability);
    window->menuBar()->insertMenu(window->viewMenu()->menuAction(), m_menu);
    window->addAssetActions({m_assign});

    connect(m_gapReport, &QAction::triggered, this, &ControlActions::showGapReport);
    connect(m_assign, &QAction::triggered, this, &ControlActions::assignToSelected);
    connect(m_catalogs, &QAction::triggered, this, &ControlActions::showCatalogs);
    connect(m_baseline, &QAction::triggered, this, &ControlActions::editBaseline);
    connect(m_applicability, &QAction::triggered, this, &ControlActions::exportApplicability);
    connect(m_menu, &QMenu::aboutToShow, this, &ControlActions::updateActions);
    connect(window->assetMenu(), &QMenu::aboutToShow, this, &ControlActions::updateActions);
    connect(window, &MainWindow::registryChanged, this, [this] {
        // The report belongs to the registry it was computed from.
        if (m_report)
            m_report->close();
        updateActions();
    });
    connect(window, &MainWindow::assetSaved, this, &ControlActions::refreshReport);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

GapReportDialog *ControlActions::gapReport() const
{
    return m_report;
}

bool ControlActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ControlActions::retranslate()
{
    m_menu->setTitle(tr("Con&trols"));
    m_gapReport->setText(tr("&Gap Report…"));
    m_gapReport->setToolTip(tr("Required controls that are missing, not implemented or overdue, per area and "
                               "department"));
    m_assign->setText(tr("&Assign Controls…"));
    m_assign->setToolTip(tr("Assign controls to the selected assets"));
    m_catalogs->setText(tr("&Catalogues…"));
    m_baseline->setText(tr("&Baseline…"));
    m_applicability->setText(tr("&Statement of Applicability…"));
}

void ControlActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    for (QAction *action : {m_gapReport, m_catalogs, m_baseline, m_applicability})
        action->setEnabled(open);
    m_assign->setEnabled(open && m_window->currentAsset().has_value());
}

GapReportDialog *ControlActions::showGapReport()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return nullptr;
    if (!m_report) {
        m_report = new GapReportDialog(*registry, m_window);
        m_report->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_report, &GapReportDialog::showAssetRequested, this, &ControlActions::showAsset);
    }
    m_report->show();
    m_report->raise();
    m_report->activateWindow();
    return m_report;
}

void ControlActions::refreshReport()
{
    if (m_report)
        m_report->refresh();
}

void ControlActions::showAsset(qint64 assetId)
{
    if (!m_window->selectAsset(assetId)) {
        MessageBox::information(m_report, tr("Show Asset"),
                                tr("The asset is hidden by the filter of the asset list. Clear the filter and try "
                                   "again."));
        return;
    }
    if (AssetEditor *editor = m_window->editAsset()) {
        editor->showControlsTab();
        connect(editor->controlsTab(), &AssetControlsWidget::changed, this, &ControlActions::refreshReport);
    }
}

int ControlActions::assignToSelected()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return 0;
    QList<qint64> ids;
    QStringList disposed;
    const QList<Asset> selected = m_window->selectedAssets();
    for (const Asset &asset : selected) {
        if (asset.status == QLatin1String("disposed"))
            disposed << asset.assetNo;
        else
            ids << asset.id;
    }
    if (ids.isEmpty()) {
        MessageBox::information(m_window, tr("Assign Controls"),
                                disposed.isEmpty() ? tr("Select the assets to assign controls to.")
                                                   : tr("The selected assets have been disposed of; their controls "
                                                        "can no longer be changed."));
        return 0;
    }
    ControlPickerDialog picker(*registry, true, m_window);
    if (picker.exec() != QDialog::Accepted)
        return 0;
    AssignmentDialog dialog(*registry, ids, picker.selectedControls(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    QString message = tr("%1 assignments saved").arg(QLocale().toString(dialog.savedCount()));
    if (!disposed.isEmpty())
        message += QStringLiteral(" — ") + tr("disposed assets left out: %1").arg(disposed.join(QStringLiteral(", ")));
    m_window->statusBar()->showMessage(message, 8000);
    refreshReport();
    return dialog.savedCount();
}

void ControlActions::showCatalogs()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    CatalogDialog dialog(*registry, m_window);
    dialog.exec();
    refreshReport();
}

void ControlActions::editBaseline()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    BaselineDialog dialog(*registry, m_window);
    if (dialog.exec() == QDialog::Accepted)
        refreshReport();
}

bool ControlActions::exportApplicability()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return false;
    // On screen first: the administrator reads the statement, then saves or prints it from there.
    ApplicabilityDialog dialog(*registry, m_window);
    const bool read = dialog.load();
    dialog.exec();
    return read;
}
