// Where the guide is and which section each window opens.
#include "userguide.h"
#include "userguidewindow.h"

#include "i18n/language.h"

#include <QFile>
#include <QHash>
#include <QWidget>

namespace {

// The section of each window and dialog. A window added to the application gets a line here and its section in
// both guides (tst_userguide checks every window of EveryWindow).
const QHash<QString, QString> &sectionsByClass()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("MainWindow"), QStringLiteral("contents")},
        {QStringLiteral("AboutDialog"), QStringLiteral("contents")},
        {QStringLiteral("JobProgressDialog"), QStringLiteral("contents")},
        {QStringLiteral("NewRegistryDialog"), QStringLiteral("create-registry")},
        {QStringLiteral("ConnectDialog"), QStringLiteral("shared-registry")},
        {QStringLiteral("ConnectingDialog"), QStringLiteral("shared-registry")},
        {QStringLiteral("PasswordDialog"), QStringLiteral("shared-registry")},
        {QStringLiteral("OrganisationDialog"), QStringLiteral("create-registry")},
        {QStringLiteral("RegistrySettingsDialog"), QStringLiteral("settings")},
        {QStringLiteral("AssetEditor"), QStringLiteral("add-asset")},
        {QStringLiteral("BulkEditDialog"), QStringLiteral("add-asset")},
        {QStringLiteral("ImportDialog"), QStringLiteral("import-export")},
        {QStringLiteral("ExportDialog"), QStringLiteral("import-export")},
        {QStringLiteral("ReviewDialog"), QStringLiteral("review")},
        {QStringLiteral("RuleCheckDialog"), QStringLiteral("review")},
        {QStringLiteral("ControlPickerDialog"), QStringLiteral("assign-controls")},
        {QStringLiteral("AssignmentDialog"), QStringLiteral("assign-controls")},
        {QStringLiteral("BaselineDialog"), QStringLiteral("assign-controls")},
        {QStringLiteral("CatalogDialog"), QStringLiteral("assign-controls")},
        {QStringLiteral("ControlEditDialog"), QStringLiteral("assign-controls")},
        {QStringLiteral("GapReportDialog"), QStringLiteral("gaps")},
        {QStringLiteral("ApplicabilityDialog"), QStringLiteral("gaps")},
        {QStringLiteral("LedgerPrintDialog"), QStringLiteral("print-ledger")},
        {QStringLiteral("DisposalDialog"), QStringLiteral("record-disposal")},
        {QStringLiteral("DisposalRecordDialog"), QStringLiteral("record-disposal")},
        {QStringLiteral("DisposalRecordsDialog"), QStringLiteral("record-disposal")},
        {QStringLiteral("DueDisposalDialog"), QStringLiteral("record-disposal")},
        {QStringLiteral("MinimumMethodsDialog"), QStringLiteral("record-disposal")},
        {QStringLiteral("AmendmentDialog"), QStringLiteral("record-disposal")},
        {QStringLiteral("AuditLogWindow"), QStringLiteral("verify-history")},
        {QStringLiteral("RestoreDialog"), QStringLiteral("backups")},
        {QStringLiteral("DashboardWindow"), QStringLiteral("risk")},
        {QStringLiteral("RiskEntryListDialog"), QStringLiteral("risk")},
        {QStringLiteral("RiskPrintDialog"), QStringLiteral("risk")},
        {QStringLiteral("RiskRegisterWindow"), QStringLiteral("risk")},
        {QStringLiteral("RiskEntryEditor"), QStringLiteral("risk")},
        {QStringLiteral("AcceptanceDialog"), QStringLiteral("risk")},
        {QStringLiteral("ThreatCatalogWindow"), QStringLiteral("risk")},
        {QStringLiteral("ThreatEditDialog"), QStringLiteral("risk")},
        {QStringLiteral("AssessmentRunsWindow"), QStringLiteral("risk")},
        {QStringLiteral("AssessmentRunDialog"), QStringLiteral("risk")},
    };
    return table;
}

} // namespace

QStringList UserGuide::sections()
{
    return {QStringLiteral("contents"),
            QStringLiteral("create-registry"),
            QStringLiteral("add-asset"),
            QStringLiteral("classify"),
            QStringLiteral("assign-controls"),
            QStringLiteral("print-ledger"),
            QStringLiteral("record-disposal"),
            QStringLiteral("verify-history"),
            QStringLiteral("backups"),
            QStringLiteral("import-export"),
            QStringLiteral("review"),
            QStringLiteral("gaps"),
            QStringLiteral("risk"),
            QStringLiteral("settings"),
            QStringLiteral("shared-registry")};
}

QString UserGuide::sectionFor(const QWidget *window)
{
    if (!window)
        return {};
    return sectionsByClass().value(QString::fromLatin1(window->metaObject()->className()));
}

QString UserGuide::resourcePath(const QString &language)
{
    const QString path = QStringLiteral(":/guide/guide_%1.html").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/guide/guide_en.html");
}

QUrl UserGuide::url(const QString &language, const QString &section)
{
    QUrl address(QStringLiteral("qrc") + resourcePath(language));
    if (!section.isEmpty())
        address.setFragment(section);
    return address;
}

UserGuideWindow *UserGuide::show(QWidget *from, const QString &section)
{
    // The window of the dialog (or of a message box over it) whose section is asked for.
    QWidget *window = from ? from->window() : nullptr;
    QString wanted = section;
    for (QWidget *w = window; wanted.isEmpty() && w; w = w->parentWidget() ? w->parentWidget()->window() : nullptr)
        wanted = sectionFor(w);
    if (wanted.isEmpty())
        wanted = QStringLiteral("contents");

    // The guide is a window of the window it was asked from: a modal dialog blocks every other window, so from a
    // dialog it must be the dialog's own (and it closes with it); from the main window it is reused and closes with it.
    UserGuideWindow *guide =
        window ? window->findChild<UserGuideWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide)
        guide = new UserGuideWindow(window);
    guide->showSection(wanted);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}
