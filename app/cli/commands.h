// The run function of every command of asset-registry-cli, each defined in the file named above its group. The
// command table (commandtable.cpp) names them; nothing else calls them.
#pragma once

class CommandContext;

// assetcommands.cpp
int runList(CommandContext &context);
int runShow(CommandContext &context);
int runAdd(CommandContext &context);
int runEdit(CommandContext &context);

// auditcommands.cpp
int runVerify(CommandContext &context);
int runAudit(CommandContext &context);

// backupcommands.cpp
int runBackup(CommandContext &context);
int runBackups(CommandContext &context);
int runRestore(CommandContext &context);

// baselinecommand.cpp
int runBaseline(CommandContext &context);

// controlcommands.cpp
int runCatalog(CommandContext &context);
int runAssign(CommandContext &context);
int runGaps(CommandContext &context);
int runSoa(CommandContext &context);

// disposalcommands.cpp
int runDispose(CommandContext &context);
int runDue(CommandContext &context);
int runCertificate(CommandContext &context);

// generatecommand.cpp
int runGenerate(CommandContext &context);

// ledgercommand.cpp
int runLedger(CommandContext &context);

// registrycommands.cpp
int runInit(CommandContext &context);
int runInfo(CommandContext &context);

// reviewcommand.cpp
int runReview(CommandContext &context);

// transfercommands.cpp
int runImport(CommandContext &context);
int runExport(CommandContext &context);

// cli.cpp
int runHelp(CommandContext &context);

// riskcommands.cpp
int runRisk(CommandContext &context);

// threatcommands.cpp
int runMigrate(CommandContext &context);
int runServer(CommandContext &context);
int runThreat(CommandContext &context);
