// Reading the options of a new registry.
#include "createoptions.h"

#include "command.h"
#include "optionparser.h"

#include <QCoreApplication>

namespace CreateOptions {

void add(OptionParser &parser)
{
    parser.addOption(QStringLiteral("scheme"), QStringLiteral("ipa|government|fips199"),
                     QCoreApplication::translate("Cli", "Classification scheme of the registry (default: ipa). It "
                                                        "cannot be changed later."));
    parser.addOption(QStringLiteral("prefix"), QStringLiteral("TEXT"),
                     QCoreApplication::translate("Cli", "Prefix of asset numbers (default: IA-)."));
    parser.addOption(QStringLiteral("organisation"), QStringLiteral("NAME"),
                     QCoreApplication::translate("Cli", "Name of the organisation, printed on the ledger."));
}

std::optional<int> read(CommandContext &context, const OptionParser &parser, Registry::CreateOptions *options)
{
    options->scheme = parser.value(QStringLiteral("scheme"), options->scheme).trimmed().toLower();
    if (!ClassificationScheme::fromCode(options->scheme))
        return context.usageError(
            QCoreApplication::translate("Cli", "'%1' is not a classification scheme. Use one of: %2.")
                .arg(options->scheme, ClassificationScheme::codes().join(QStringLiteral(", "))));
    options->assetNoPrefix = parser.value(QStringLiteral("prefix"), options->assetNoPrefix);
    options->organisation = parser.value(QStringLiteral("organisation"));
    return std::nullopt;
}

} // namespace CreateOptions
