// The audit trail in the main window.
#include "auditactions.h"

#include "auditlogmodel.h"
#include "auditlogwindow.h"
#include "verifyhistory.h"

#include "mainwindow/mainwindow.h"
#include "service/registry.h"

#include <QAction>
#include <QEvent>

AuditActions::AuditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_auditLog = new QAction(this);
    m_auditLog->setObjectName(QStringLiteral("auditLogAction"));
    m_verify = new QAction(this);
    m_verify->setObjectName(QStringLiteral("verifyHistoryAction"));
    window->addFileActions({m_auditLog, m_verify});
    connect(m_auditLog, &QAction::triggered, this, &AuditActions::showAuditLog);
    connect(m_verify, &QAction::triggered, this, &AuditActions::verifyHistory);
    connect(window, &MainWindow::registryChanged, this, [this] {
        // The window shows one registry's trail; another registry gets a window of its own.
        if (m_logWindow)
            m_logWindow->close();
        delete m_logWindow;
        updateActions();
    });
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

AuditLogWindow *AuditActions::auditLogWindow() const
{
    return m_logWindow.data();
}

bool AuditActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AuditActions::retranslate()
{
    m_auditLog->setText(tr("Audit Lo&g…"));
    m_auditLog->setToolTip(tr("Every change to the registry: who, when, what — filter, print and export it"));
    m_verify->setText(tr("Verify &History…"));
    m_verify->setToolTip(tr("Check that no event of the audit trail was changed, removed, inserted or reordered"));
}

void AuditActions::updateActions()
{
    const bool open = m_window->registry() != nullptr;
    m_auditLog->setEnabled(open);
    m_verify->setEnabled(open);
}

void AuditActions::showAuditLog()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    if (!m_logWindow) {
        m_logWindow = new AuditLogWindow(*registry, m_window);
        m_logWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_logWindow->resize(m_logWindow->sizeHint().boundedTo(m_window->size()));
    } else {
        m_logWindow->model()->refresh();
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void AuditActions::verifyHistory()
{
    if (Registry *registry = m_window->registry())
        VerifyHistory::ask(m_window, *registry);
}
