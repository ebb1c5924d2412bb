// The rule check in the main window.
#include "ruleactions.h"

#include "rulecheckdialog.h"

#include "editor/asseteditor.h"
#include "mainwindow/mainwindow.h"
#include "service/registry.h"

#include <QAction>
#include <QEvent>

RuleActions::RuleActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_checkRules = new QAction(this);
    m_checkRules->setObjectName(QStringLiteral("checkRulesAction"));
    window->addAssetActions({m_checkRules});
    connect(m_checkRules, &QAction::triggered, this, &RuleActions::checkRules);
    connect(window, &MainWindow::registryChanged, this, [this] {
        // The list is of one registry.
        if (m_dialog)
            m_dialog->close();
        delete m_dialog;
        updateActions();
    });
    // A saved asset may have been fixed: the list is read again.
    connect(window, &MainWindow::assetSaved, this, [this] {
        if (m_dialog)
            m_dialog->refresh();
    });
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

RuleCheckDialog *RuleActions::dialog() const
{
    return m_dialog.data();
}

bool RuleActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RuleActions::retranslate()
{
    m_checkRules->setText(tr("Check Ru&les…"));
    m_checkRules->setToolTip(tr("List the assets that break a personal-information or retention rule, and fix them"));
}

void RuleActions::updateActions()
{
    m_checkRules->setEnabled(m_window->registry() != nullptr);
}

void RuleActions::checkRules()
{
    Registry *registry = m_window->registry();
    if (!registry)
        return;
    if (!m_dialog) {
        m_dialog = new RuleCheckDialog(*registry, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &RuleCheckDialog::assetActivated, m_window, &MainWindow::openAsset);
    } else {
        m_dialog->refresh();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}
