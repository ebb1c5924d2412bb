// Every dialog and window of the application besides the main window.
#include "everywindow.h"

#include "testregistry.h"

#include "audit/auditlogwindow.h"
#include "backup/restoredialog.h"
#include "connect/connectdialog.h"
#include "connect/connectingdialog.h"
#include "connect/passworddialog.h"
#include "controls/applicabilitydialog.h"
#include "controls/assignmentdialog.h"
#include "controls/baselinedialog.h"
#include "controls/catalogdialog.h"
#include "controls/controleditdialog.h"
#include "controls/controlpickerdialog.h"
#include "controls/gapreportdialog.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/riskprintdialog.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/ledgerprintdialog.h"
#include "dialogs/newregistrydialog.h"
#include "dialogs/organisationdialog.h"
#include "dialogs/registrysettingsdialog.h"
#include "disposal/amendmentdialog.h"
#include "disposal/disposaldialog.h"
#include "disposal/disposalrecorddialog.h"
#include "disposal/disposalrecordsdialog.h"
#include "disposal/duedisposaldialog.h"
#include "disposal/minimummethodsdialog.h"
#include "editing/bulkeditdialog.h"
#include "editor/asseteditor.h"
#include "jobs/jobprogressdialog.h"
#include "review/reviewdialog.h"
#include "risk/acceptancedialog.h"
#include "risk/assessmentrundialog.h"
#include "risk/assessmentrunswindow.h"
#include "risk/riskentryeditor.h"
#include "risk/riskregisterwindow.h"
#include "risk/threatcatalogwindow.h"
#include "risk/threateditdialog.h"
#include "service/backupservice.h"
#include "service/catalogservice.h"
#include "service/disposalservice.h"
#include "service/progress.h"
#include "service/riskservice.h"
#include "service/threatservice.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTabWidget>

QList<EveryWindow::Entry> EveryWindow::all(Registry &registry, const QString &path)
{
    QString error;
    const QList<Asset> firstAssets = registry.assets().page(AssetFilter(), AssetSort(), 0, 3, &error);
    if (firstAssets.size() < 3) {
        qWarning("The registry has fewer than three assets: %s", qPrintable(error));
        return {};
    }
    QList<qint64> ids;
    for (const Asset &asset : firstAssets)
        ids << asset.id;
    const std::optional<DisposalJob> job = registry.disposal().jobByNo(QStringLiteral("D-000001"));
    if (!job) {
        qWarning("The registry has no disposal record D-000001.");
        return {};
    }
    const QList<Control> controls = registry.catalogs().controls().mid(0, 2);
    // The risk windows need an entry: the candidates of the first asset, made once.
    if (registry.risks().ofAsset(ids.first()).isEmpty() && !registry.risks().generateCandidates({ids.first()})) {
        qWarning("No risk candidates for the first asset.");
        return {};
    }
    const Risk risk = registry.risks().ofAsset(ids.first()).first();
    const Threat threat = registry.threats().threats().first();
    AssessmentRun run;
    run.runNo = QStringLiteral("RA-0001");
    run.title = QStringLiteral("令和8年度リスクアセスメント");
    run.periodFrom = QDate(2026, 4, 1);
    run.periodTo = QDate(2026, 6, 30);
    run.assessor = QStringLiteral("情報セキュリティ委員会");

    return {
        {QStringLiteral("asset editor (new)"),
         [=, &registry] { return new AssetEditor(registry, TestRegistry::validAsset(registry)); }},
        {QStringLiteral("asset editor"), [=, &registry] { return new AssetEditor(registry, firstAssets.first()); }},
        {QStringLiteral("audit log"), [=, &registry] { return new AuditLogWindow(registry); }},
        {QStringLiteral("control picker"), [=, &registry] { return new ControlPickerDialog(registry, true); }},
        {QStringLiteral("baseline"), [=, &registry] { return new BaselineDialog(registry); }},
        {QStringLiteral("catalogues"), [=, &registry] { return new CatalogDialog(registry); }},
        {QStringLiteral("assignment"), [=, &registry] { return new AssignmentDialog(registry, ids, controls); }},
        {QStringLiteral("gap report"), [=, &registry] { return new GapReportDialog(registry); }},
        {QStringLiteral("statement of applicability"),
         [=, &registry] {
             auto *dialog = new ApplicabilityDialog(registry);
             dialog->load();
             return dialog;
         }},
        {QStringLiteral("custom control"), [=, &registry] { return new ControlEditDialog(registry, Control()); }},
        {QStringLiteral("disposal"), [=, &registry] { return new DisposalDialog(registry, ids.mid(0, 2)); }},
        {QStringLiteral("disposal record"), [=, &registry] { return new DisposalRecordDialog(registry, job->id); }},
        {QStringLiteral("disposal records"), [=, &registry] { return new DisposalRecordsDialog(registry); }},
        {QStringLiteral("due disposals"), [=, &registry] { return new DueDisposalDialog(&registry); }},
        {QStringLiteral("minimum methods"), [=, &registry] { return new MinimumMethodsDialog(registry); }},
        {QStringLiteral("amendment"), [=, &registry] { return new AmendmentDialog(registry.disposal(), *job); }},
        {QStringLiteral("registry settings"), [=, &registry] { return new RegistrySettingsDialog(registry); }},
        {QStringLiteral("new registry"), [] { return new NewRegistryDialog; }},
        {QStringLiteral("connect to shared registry"), [] { return new ConnectDialog; }},
        {QStringLiteral("connecting to shared registry"),
         [] {
             // A long address, as the widest the dialog gets.
             return new ConnectingDialog(
                 QStringLiteral("registry_administrator@dbserver.joho-system.example.lg.jp:5432/joho_shisan_daicho"));
         }},
        {QStringLiteral("shared registry password"),
         [] {
             return new PasswordDialog(QStringLiteral("suzuki@db.example.org:5432/registry"), QStringLiteral("suzuki"),
                                       QStringLiteral("The server db.example.org refused the user name or password."));
         }},
        {QStringLiteral("organisation"), [=, &registry] { return new OrganisationDialog(registry); }},
        {QStringLiteral("about"), [] { return new AboutDialog; }},
        {QStringLiteral("import"), [=, &registry] { return new ImportDialog(registry); }},
        {QStringLiteral("ledger"), [=, &registry] { return new LedgerPrintDialog(registry, LedgerOptions()); }},
        {QStringLiteral("export"), [=, &registry] { return new ExportDialog(registry, AssetFilter(), AssetSort()); }},
        {QStringLiteral("mark as reviewed"), [=, &registry] { return new ReviewDialog(registry, ids); }},
        {QStringLiteral("dashboard"), [=, &registry] { return new DashboardWindow(registry); }},
        {QStringLiteral("risk documents"),
         [=, &registry] { return new RiskPrintDialog(registry, RiskPrintOptions()); }},
        {QStringLiteral("bulk edit"), [=, &registry] { return new BulkEditDialog(registry, ids); }},
        {QStringLiteral("risk register"), [=, &registry] { return new RiskRegisterWindow(registry); }},
        {QStringLiteral("risk entry"), [=, &registry] { return new RiskEntryEditor(registry, risk); }},
        {QStringLiteral("new risk entry"), [=, &registry] { return new RiskEntryEditor(registry, qint64(0)); }},
        {QStringLiteral("risk acceptance"), [=, &registry] { return new AcceptanceDialog(registry, risk); }},
        {QStringLiteral("threat catalogue"), [=, &registry] { return new ThreatCatalogWindow(registry); }},
        {QStringLiteral("threat"), [=, &registry] { return new ThreatEditDialog(registry, threat); }},
        {QStringLiteral("new threat"), [=, &registry] { return new ThreatEditDialog(registry, Threat()); }},
        {QStringLiteral("assessment runs"), [=, &registry] { return new AssessmentRunsWindow(registry); }},
        {QStringLiteral("assessment run"), [=, &registry] { return new AssessmentRunDialog(registry); }},
        {QStringLiteral("assessment run approval"), [=, &registry] { return new AssessmentRunDialog(registry, run); }},
        {QStringLiteral("restore"),
         [=, &registry] {
             return new RestoreDialog(path, BackupService::list(path, BackupService::Settings()),
                                      BackupService::defaultFolder(path));
         }},
        {QStringLiteral("background job"),
         [] {
             // A job half-way, with a long step text, as the largest the dialog gets.
             static Progress progress;
             progress.report(563350, 1000000);
             progress.setStep(QCoreApplication::translate("LedgerActions", "Writing the ledger…"));
             return new JobProgressDialog(QCoreApplication::translate("LedgerActions", "Save Ledger as PDF"),
                                          QCoreApplication::translate("ImportDialog", "Importing assets…"), &progress);
         }},
    };
}

QStringList EveryWindow::eachPage(const QString &where, QWidget *window,
                                  const std::function<QStringList(const QString &where, QWidget *window)> &check)
{
    window->show();
    QApplication::processEvents();
    QStringList found = check(where, window);
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        const int original = tabs->currentIndex();
        for (int index = 0; index < tabs->count(); ++index) {
            if (index == original || !tabs->isTabVisible(index))
                continue;
            tabs->setCurrentIndex(index);
            QApplication::processEvents();
            found << check(where + QStringLiteral(" [") + tabs->tabText(index) + QLatin1Char(']'), window);
        }
        tabs->setCurrentIndex(original);
    }
    found.removeDuplicates();
    return found;
}
