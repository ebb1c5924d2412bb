// generate: fills a registry with realistic synthetic assets for demos, tests and benchmarks. Works in batches, each
// one transaction through Registry::createAssets, so a million assets need no more memory than one batch. Then, unless
// --assets-only, a few control assignments in every state and disposals with their records (SyntheticRecords), so the
// registry looks used.
#include "command.h"
#include "commands.h"
#include "optionparser.h"
#include "service/assetservice.h"

#include "service/registry.h"
#include "service/syntheticassets.h"
#include "service/syntheticrecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr int kMaxCount = 100'000'000;

} // namespace

int runGenerate(CommandContext &context)
{
    OptionParser parser(QStringLiteral("generate"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Adds synthetic assets drawn from the kinds of asset a "
                                                            "ledger holds (payroll with My Number, health checks, "
                                                            "contracts on paper, open data…), with control "
                                                            "assignments and a few disposals, for demos, tests and "
                                                            "benchmarks.")));
    parser.addOption(QStringLiteral("count"), QStringLiteral("N"),
                     translated(QT_TRANSLATE_NOOP("Cli", "How many assets to add (required).")));
    parser.addOption(QStringLiteral("seed"), QStringLiteral("S"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Seed of the random choices; the same seed gives the same "
                                                         "assets (default: 1).")));
    parser.addOption(QStringLiteral("batch"), QStringLiteral("N"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Assets per transaction (default: 10000).")));
    parser.addOption(QStringLiteral("assets-only"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Add only the assets: no control assignments and no "
                                                         "disposals.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;

    if (!parser.isSet(QStringLiteral("count")))
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "Say how many assets to add: --count N.")));
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > kMaxCount)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--count must be a whole number from 1 to %1, "
                                                                      "not '%2'."))
                                      .arg(kMaxCount)
                                      .arg(parser.value(QStringLiteral("count"))));
    const quint32 seed = parser.value(QStringLiteral("seed"), QStringLiteral("1")).toUInt(&ok);
    if (!ok)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--seed must be a whole number of 0 or more, "
                                                                      "not '%1'."))
                                      .arg(parser.value(QStringLiteral("seed"))));
    const int batch = parser.value(QStringLiteral("batch"), QStringLiteral("10000")).toInt(&ok);
    if (!ok || batch < 1 || batch > 1'000'000)
        return context.usageError(translated(QT_TRANSLATE_NOOP("Cli", "--batch must be a whole number from 1 to "
                                                                      "1000000, not '%1'."))
                                      .arg(parser.value(QStringLiteral("batch"))));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;

    // The last asset before this run: the sample assignments and disposals touch only the assets generated now.
    AssetFilter everything;
    everything.includeDisposed = true;
    QString readError;
    const QList<Asset> last =
        registry->assets().page(everything, {AssetField::AssetNo, Qt::DescendingOrder}, 0, 1, &readError);
    if (!readError.isEmpty())
        return context.fail(readError);
    const qint64 lastBefore = last.isEmpty() ? 0 : last.constFirst().id;

    QElapsedTimer timer;
    timer.start();
    int done = 0;
    for (quint32 batchIndex = 0; done < count; ++batchIndex) {
        const int size = std::min(batch, count - done);
        // Each batch has its own seed derived from the user's, so the whole run is reproducible.
        const QList<Asset> drafts = SyntheticAssets::generate(
            size, registry->scheme(), seed ^ (batchIndex * 0x9E3779B9u), registry->clock().today());
        const Result<int> result = registry->assets().createAssets(drafts);
        if (!result.ok()) {
            context.fail(result.error);
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "%1 of %2 assets were added before the failure."))
                                    .arg(done)
                                    .arg(count));
        }
        done += size;
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "generated %1 / %2")).arg(done).arg(count));
    }
    if (!parser.isSet(QStringLiteral("assets-only"))) {
        QString error;
        if (!SyntheticRecords::add(*registry, lastBefore, &error))
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "The %1 assets were added, but not the sample "
                                                                    "assignments and disposals: %2"))
                                    .arg(done)
                                    .arg(error));
    }
    context.message(translated(QT_TRANSLATE_NOOP("Cli", "Added %1 assets to %2 in %3 s."))
                        .arg(done)
                        .arg(QDir::toNativeSeparators(registry->path()))
                        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitCode::Success;
}
