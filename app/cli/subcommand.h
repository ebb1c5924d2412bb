// Commands with subcommands (catalog, baseline, risk, threat): the one way they read a subcommand's options.
#pragma once

#include <QStringList>

#include <optional>

class CommandContext;
class OptionParser;

// Parses a subcommand's arguments: the exit status when there is nothing more to do (a usage error reported, or
// --help printed), empty when the subcommand goes on.
std::optional<int> parseSubcommand(CommandContext &context, OptionParser &parser, const QStringList &arguments);
