// Help ▸ User Guide, F1 in every window, and the organisation question of a new registry.
#include "helpactions.h"
#include "userguide.h"
#include "userguidewindow.h"

#include "dialogs/organisationdialog.h"
#include "mainwindow/mainwindow.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

HelpActions::HelpActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_userGuide = new QAction(this);
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    connect(m_userGuide, &QAction::triggered, this, &HelpActions::showUserGuide);
    QMenu *help = window->helpMenu();
    QAction *first = help->actions().value(0);
    help->insertAction(first, m_userGuide);
    help->insertSeparator(first);
    connect(window, &MainWindow::registryCreated, this, [this](Registry *registry) {
        // After the window has shown the new registry, not in the middle of opening it.
        QTimer::singleShot(0, this, [this, registry] {
            if (m_window->registry() == registry)
                askOrganisation(registry);
        });
    });
    // F1 in the other windows and dialogs: the application's key presses pass here first.
    qApp->installEventFilter(this);
    retranslate();
}

void HelpActions::showUserGuide()
{
    UserGuide::show(m_window, QStringLiteral("contents"));
}

void HelpActions::askOrganisation(Registry *registry)
{
    if (!registry || !registry->settings().organisation().isEmpty())
        return;
    OrganisationDialog dialog(*registry, m_window);
    dialog.exec();
}

bool HelpActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        // The main window's F1 is the User Guide action; in the guide itself F1 does nothing more.
        if (key->key() == Qt::Key_F1 && key->modifiers() == Qt::NoModifier && widget && widget->window() != m_window &&
            !qobject_cast<UserGuideWindow *>(widget->window())) {
            UserGuide::show(widget->window());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void HelpActions::retranslate()
{
    m_userGuide->setText(tr("&User Guide"));
    m_userGuide->setToolTip(tr("The guide to the first hour with the registry, in the language of the application "
                               "(F1; F1 in a window opens its section)"));
}
