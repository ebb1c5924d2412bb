// Reading a subcommand's options.
#include "subcommand.h"

#include "command.h"
#include "optionparser.h"

#include <QTextStream>

std::optional<int> parseSubcommand(CommandContext &context, OptionParser &parser, const QStringList &arguments)
{
    QString error;
    if (!parser.parse(arguments, &error))
        return context.usageError(error);
    if (parser.helpRequested()) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitCode::Success;
    }
    return std::nullopt;
}
