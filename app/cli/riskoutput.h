// The risk subcommands of riskoutputcommands.cpp (print, export) and the filter options that every risk listing
// shares (list, print, export), for the subcommand table of riskcommands.cpp.
#pragma once

#include <QStringList>

#include <optional>

class CommandContext;
class OptionParser;
struct RiskFilter;

// --level, --status, --department, --stale and --overdue.
void addRiskFilterOptions(OptionParser &parser);
// Reads them into *filter: the exit status when one is wrong (reported), empty when they are fine.
std::optional<int> readRiskFilter(CommandContext &context, const OptionParser &parser, RiskFilter *filter);

int riskPrint(CommandContext &context, const QStringList &arguments);
int riskExport(CommandContext &context, const QStringList &arguments);
