// The command table: every command of asset-registry-cli, its one-line summary for --help and its run function, in
// the order --help lists them (by name). The one place that says which commands exist.
#include "command.h"
#include "commands.h"

#include <QCoreApplication>

const QList<Command> &CommandTable::all()
{
    static const QList<Command> commands = {
        {"add", QT_TRANSLATE_NOOP("Cli", "Register a new asset; prints its asset number"), runAdd},
        {"assign", QT_TRANSLATE_NOOP("Cli", "Assign controls to assets: assign ASSET_NO… --control CODE [--status …]"),
         runAssign},
        {"audit", QT_TRANSLATE_NOOP("Cli", "List audit events: audit [--since DATE --until DATE --actor --asset]"),
         runAudit},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Write a consistent backup of the registry: backup [FILE]"), runBackup},
        {"backups", QT_TRANSLATE_NOOP("Cli", "List the registry's backups with their dates and checkpoints"),
         runBackups},
        {"baseline", QT_TRANSLATE_NOOP("Cli", "The baseline's rules: baseline list, add, remove, add-defaults, reset"),
         runBaseline},
        {"catalog", QT_TRANSLATE_NOOP("Cli", "Control catalogues: catalog list [--catalog NAME], catalog import FILE"),
         runCatalog},
        {"certificate",
         QT_TRANSLATE_NOOP("Cli", "Write a certificate of sanitisation as PDF: certificate D-000001 --output FILE"),
         runCertificate, true},
        {"dispose",
         QT_TRANSLATE_NOOP("Cli", "Record the disposal of assets: dispose ASSET_NO… --method … --performed-by … "
                                  "--validated-by …"),
         runDispose},
        {"due", QT_TRANSLATE_NOOP("Cli", "List assets due for disposal: due [--within DAYS]"), runDue},
        {"edit", QT_TRANSLATE_NOOP("Cli", "Change fields of assets: edit ASSET_NO… --field value…"), runEdit},
        {"export", QT_TRANSLATE_NOOP("Cli", "Export assets to CSV, Excel (XLSX) or JSON"), runExport},
        {"gaps", QT_TRANSLATE_NOOP("Cli", "The gap report of required controls; exit status 1 when there are gaps"),
         runGaps},
        {"generate", QT_TRANSLATE_NOOP("Cli", "Add synthetic assets for demos and benchmarks: generate --count N"),
         runGenerate},
        {"help", QT_TRANSLATE_NOOP("Cli", "Show the help of a command: help COMMAND"), runHelp},
        {"import",
         QT_TRANSLATE_NOOP("Cli", "Import assets from a CSV or Excel file, all or nothing (--dry-run checks)"),
         runImport},
        {"info", QT_TRANSLATE_NOOP("Cli", "Show the registry file, scheme, schema version and counts"), runInfo},
        {"init", QT_TRANSLATE_NOOP("Cli", "Create a new registry file: --database FILE init [--scheme ipa]"), runInit},
        {"ledger", QT_TRANSLATE_NOOP("Cli", "Write the asset ledger as a PDF file"), runLedger, true},
        {"list", QT_TRANSLATE_NOOP("Cli", "List assets as CSV, TSV or JSON, with filters"), runList},
        {"migrate",
         QT_TRANSLATE_NOOP("Cli", "Copy a registry file to a shared registry: migrate --from FILE --to postgresql://…"),
         runMigrate},
        {"restore", QT_TRANSLATE_NOOP("Cli", "Replace the registry by a checked backup: restore FILE [--to REGISTRY]"),
         runRestore},
        {"review",
         QT_TRANSLATE_NOOP("Cli", "Mark assets as reviewed and set their next review: review ASSET_NO… [--by NAME] "
                                  "[--on DATE]"),
         runReview},
        {"risk",
         QT_TRANSLATE_NOOP(
             "Cli", "The risk register: risk candidates|list|show|assess|treat|residual|accept|close|due|print|export"),
         runRisk, false, "print"},
        {"server", QT_TRANSLATE_NOOP("Cli", "A shared registry on PostgreSQL: server init|grant|revoke|members"),
         runServer},
        {"show", QT_TRANSLATE_NOOP("Cli", "Show an asset with its history: show ASSET_NO"), runShow},
        {"soa", QT_TRANSLATE_NOOP("Cli", "The statement of applicability of a catalogue"), runSoa},
        {"threat", QT_TRANSLATE_NOOP("Cli", "The threat catalogue: threat list|add|edit|retire|reinstate|reviewed"),
         runThreat},
        {"verify",
         QT_TRANSLATE_NOOP("Cli", "Check the audit trail, evidence and rules: verify [--checkpoint SEQ:HASH] "
                                  "[--evidence|--rules|--all]"),
         runVerify},
    };
    return commands;
}

const Command *CommandTable::find(const QString &name)
{
    for (const Command &command : all()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}
