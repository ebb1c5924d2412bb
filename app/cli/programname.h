// The name of the command-line program, as messages and usage lines print it. A header of its own so that the
// option parser, the command context and the entry point share it without including one another.
#pragma once

#include <QString>

namespace Cli {

inline QString programName()
{
    return QStringLiteral("asset-registry-cli");
}

} // namespace Cli
