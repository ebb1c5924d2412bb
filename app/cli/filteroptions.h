// The selection options shared by the commands that work on a set of assets (export, ledger): the filters of the
// asset table and the sort order, read and checked in one place.
#pragma once

#include "domain/assetquery.h"

#include <QString>

#include <optional>

class CommandContext;
class OptionParser;
class Registry;

namespace FilterOptions {

// --search, --department, --type, --importance, --status, --personal-info, --overdue, --retention-unset,
// --include-disposed, --sort, --desc. A prefix names them apart from a command's own options (edit: --where-status);
// with a prefix there is no sort order.
void add(OptionParser &parser, const QString &prefix = {});
// Fills filter and sort from the options; on a bad value reports a usage error and returns the exit status.
std::optional<int> read(CommandContext &context, const OptionParser &parser, const Registry &registry,
                        AssetFilter *filter, AssetSort *sort, const QString &prefix = {});
// Whether any selection option (not the sort order) of the prefix was given.
bool given(const OptionParser &parser, const QString &prefix = {});

} // namespace FilterOptions
