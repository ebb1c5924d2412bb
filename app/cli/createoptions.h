// The options of a new registry (--scheme, --prefix, --organisation), shared by init and server init.
#pragma once

#include "service/registry.h"

#include <optional>

class CommandContext;
class OptionParser;

namespace CreateOptions {

void add(OptionParser &parser);
// The options given; a usage error (and its exit status) for a scheme that does not exist.
std::optional<int> read(CommandContext &context, const OptionParser &parser, Registry::CreateOptions *options);

} // namespace CreateOptions
