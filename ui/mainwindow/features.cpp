// The features of the main window, installed in the order their menus appear.
#include "features.h"

#include "audit/auditactions.h"
#include "backup/backupactions.h"
#include "controls/controlactions.h"
#include "dashboard/dashboardactions.h"
#include "dialogs/ledgeractions.h"
#include "disposal/disposalactions.h"
#include "editing/editactions.h"
#include "help/helpactions.h"
#include "mainwindow/mainwindow.h"
#include "reminders/reminderbar.h"
#include "review/reviewactions.h"
#include "risk/riskactions.h"
#include "rules/ruleactions.h"

void Features::install(MainWindow &window)
{
    new EditActions(&window);
    new DisposalActions(&window);
    new LedgerActions(&window);
    new ControlActions(&window);
    new AuditActions(&window);
    new BackupActions(&window);
    new ReviewActions(&window);
    new RuleActions(&window);
    new RiskActions(&window);
    new DashboardActions(&window);
    new HelpActions(&window);
    // After the Disposal menu, whose list of due assets it opens.
    new ReminderBar(&window);
}
