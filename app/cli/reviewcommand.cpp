// review: marks assets reviewed (practice.md §2) — the command-line form of the window's "Mark as reviewed". Sets the
// last review and the reviewer and counts the next review from that day, through AssetService::markReviewed, so the
// command line obeys the rules of the window: all or nothing, a disposed asset refused, one audit event per asset.
#include "command.h"
#include "commands.h"
#include "optionparser.h"

#include "service/assetservice.h"
#include "service/assetvalues.h"
#include "service/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int runReview(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("review"),
        translated(QT_TRANSLATE_NOOP("Cli", "Marks assets as reviewed: records the day of the review "
                                            "and the reviewer, and sets the next review from the "
                                            "importance (6 months for the highest, 12 months for the "
                                            "others). Prints each asset number with its next review.")));
    parser.addPositional(QStringLiteral("ASSET_NO…"),
                         translated(QT_TRANSLATE_NOOP("Cli", "The assets that were reviewed, e.g. IA-000001 "
                                                             "IA-000002.")));
    parser.setLastPositionalRepeats(true);
    parser.addOption(QStringLiteral("by"), QStringLiteral("NAME"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Who reviewed them (default: the user recorded in the audit "
                                                         "trail, user@host).")));
    parser.addOption(QStringLiteral("on"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "The day of the review, e.g. 2026-04-01 (default: today).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    QDate reviewedOn;
    if (parser.isSet(QStringLiteral("on"))) {
        reviewedOn = AssetValues::parseDate(parser.value(QStringLiteral("on")));
        if (!reviewedOn.isValid())
            return context.usageError(
                translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a date for --on. Write it as 2026-04-01."))
                    .arg(parser.value(QStringLiteral("on"))));
    }

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    if (!reviewedOn.isValid())
        reviewedOn = registry->clock().today();
    const QString reviewer = parser.value(QStringLiteral("by"), registry->actor());

    QList<qint64> ids;
    for (const QString &number : parser.positionals()) {
        const Result<Asset> asset = registry->assets().byAssetNo(number);
        if (!asset)
            return context.fail(asset.notFound
                                    ? translated(QT_TRANSLATE_NOOP("Cli", "There is no asset %1 in the registry %2. "
                                                                          "Nothing was marked as reviewed."))
                                          .arg(number.trimmed(), QDir::toNativeSeparators(registry->path()))
                                    : asset.error);
        ids << asset->id;
    }
    const Result<int> marked = registry->assets().markReviewed(ids, reviewedOn, reviewer);
    if (!marked)
        return context.fail(marked.error);
    for (const qint64 id : std::as_const(ids)) {
        const Result<Asset> asset = registry->assets().byId(id);
        if (asset)
            context.out() << asset->assetNo << '\t' << asset->nextReview.toString(Qt::ISODate) << '\n';
    }
    context.out().flush();
    context.message(QCoreApplication::translate("Cli", "Marked %n asset(s) as reviewed on %1 by %2.", nullptr, *marked)
                        .arg(reviewedOn.toString(Qt::ISODate), reviewer.trimmed()));
    return ExitCode::Success;
}
