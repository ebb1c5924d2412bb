// Risk assessment in the main window.
#include "riskactions.h"

#include "assessmentrunswindow.h"
#include "riskregisterwindow.h"
#include "threatcatalogwindow.h"

#include "mainwindow/mainwindow.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

RiskActions::RiskActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_register = new QAction(this);
    m_register->setObjectName(QStringLiteral("riskRegisterAction"));
    m_register->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_candidates = new QAction(this);
    m_candidates->setObjectName(QStringLiteral("riskCandidatesAction"));
    m_threats = new QAction(this);
    m_threats->setObjectName(QStringLiteral("threatCatalogAction"));
    m_runs = new QAction(this);
    m_runs->setObjectName(QStringLiteral("assessmentRunsAction"));

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("riskMenu"));
    m_menu->addAction(m_register);
    m_menu->addAction(m_candidates);
    m_menu->addSeparator();
    m_menu->addAction(m_threats);
    m_menu->addAction(m_runs);
    window->menuBar()->insertMenu(window->viewMenu()->menuAction(), m_menu);
    window->addAssetActions({m_candidates});

    connect(m_register, &QAction::triggered, this, &RiskActions::showRegister);
    connect(m_candidates, &QAction::triggered, this, &RiskActions::generateForSelected);
    connect(m_threats, &QAction::triggered, this, &RiskActions::showThreats);
    connect(m_runs, &QAction::triggered, this, &RiskActions::showRuns);
    connect(m_menu, &QMenu::aboutToShow, this, &RiskActions::updateActions);
    connect(window->assetMenu(), &QMenu::aboutToShow, this, &RiskActions::updateActions);
    connect(window, &MainWindow::registryChanged, this, [this] {
        // The windows belong to the registry they were opened on.
        for (QDialog *open :
             {static_cast<QDialog *>(m_registerWindow.data()), static_cast<QDialog *>(m_threatWindow.data()),
              static_cast<QDialog *>(m_runsWindow.data())})
            if (open)
                open->close();
        updateActions();
    });
    connect(window, &MainWindow::assetSaved, this, &RiskActions::refreshRegister);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

RiskRegisterWindow *RiskActions::registerWindow() const
{
    return m_registerWindow;
}

bool RiskActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RiskActions::retranslate()
{
    m_menu->setTitle(tr("Ris&k"));
    m_register->setText(tr("Risk &Register…"));
    m_register->setToolTip(tr("Every entry of the risk register, with filters"));
    m_candidates->setText(tr("Generate Risk &Candidates"));
    m_candidates->setToolTip(tr("Risk entries for the selected assets from the threat catalogue, one per threat that "
                                "applies and has no entry yet"));
    m_threats->setText(tr("&Threat Catalogue…"));
    m_runs->setText(tr("&Assessment Runs…"));
}

void RiskActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    for (QAction *action : {m_register, m_threats, m_runs})
        action->setEnabled(open);
    m_candidates->setEnabled(open && !m_window->selectedAssets().isEmpty());
}

void RiskActions::refreshRegister()
{
    if (m_registerWindow)
        m_registerWindow->refresh();
}

RiskRegisterWindow *RiskActions::showRegister()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return nullptr;
    if (!m_registerWindow) {
        m_registerWindow = new RiskRegisterWindow(*registry, m_window);
        m_registerWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_registerWindow->show();
    m_registerWindow->raise();
    m_registerWindow->activateWindow();
    return m_registerWindow;
}

int RiskActions::generateForSelected()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return -1;
    QList<qint64> ids;
    QStringList disposed;
    for (const Asset &asset : m_window->selectedAssets()) {
        if (asset.status == QLatin1String("disposed"))
            disposed << asset.assetNo;
        else
            ids << asset.id;
    }
    if (ids.isEmpty()) {
        MessageBox::information(m_window, tr("Generate Risk Candidates"),
                                disposed.isEmpty() ? tr("Select the assets to generate risk candidates for.")
                                                   : tr("The selected assets have been disposed of; no risks are "
                                                        "recorded for them any more."));
        return 0;
    }
    const Result<int> made = registry->risks().generateCandidates(ids);
    if (!made) {
        MessageBox::critical(m_window, tr("Generate Risk Candidates"), made.error);
        return -1;
    }
    QString message =
        tr("%1 risk entries identified for %2 assets").arg(QLocale().toString(*made), QLocale().toString(ids.size()));
    if (!disposed.isEmpty())
        message = tr("%1 — disposed assets left out: %2").arg(message, disposed.join(QStringLiteral(", ")));
    m_window->statusBar()->showMessage(message, 8000);
    refreshRegister();
    return *made;
}

ThreatCatalogWindow *RiskActions::showThreats()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return nullptr;
    if (!m_threatWindow) {
        m_threatWindow = new ThreatCatalogWindow(*registry, m_window);
        m_threatWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_threatWindow, &ThreatCatalogWindow::catalogChanged, this, &RiskActions::refreshRegister);
    }
    m_threatWindow->show();
    m_threatWindow->raise();
    m_threatWindow->activateWindow();
    return m_threatWindow;
}

AssessmentRunsWindow *RiskActions::showRuns()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return nullptr;
    if (!m_runsWindow) {
        m_runsWindow = new AssessmentRunsWindow(*registry, m_window);
        m_runsWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_runsWindow->show();
    m_runsWindow->raise();
    m_runsWindow->activateWindow();
    return m_runsWindow;
}
