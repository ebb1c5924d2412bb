// Benchmark of the gap report (DESIGN.md §4, issue 3): 100,000 assets against the default baseline, with a part of
// them assigned through the service in bulk. Prints the time of each step; the gap computation runs in SQL.
#include "../tests/rawsql.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

QTextStream out(stdout);

// Wall-clock time, and the processor time of this process: on a busy machine the second is the fairer figure.
template <typename F> qint64 timed(const char *what, F &&work)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    work();
    const qint64 elapsed = timer.elapsed();
    const qint64 cpu = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    out << what << ": " << elapsed << " ms (processor " << cpu << " ms)" << Qt::endl;
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("assets"), QStringLiteral("Number of assets."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("assigned"), QStringLiteral("Share of assets with assignments, in percent."),
                      QStringLiteral("p"), QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Folder for the registry."), QStringLiteral("dir"), QDir::tempPath()});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the registry file for inspection.")});
    parser.process(app);
    const int assets = parser.value(QStringLiteral("assets")).toInt();
    const int assignedPercent = parser.value(QStringLiteral("assigned")).toInt();
    QDir().mkpath(parser.value(QStringLiteral("dir")));
    const QString path = QDir(parser.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench-gaps.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    QString error;
    std::unique_ptr<Registry> registry = Registry::create(path, {}, &error);
    if (!registry) {
        out << error << Qt::endl;
        return 1;
    }
    timed("generate assets", [&] {
        for (int done = 0; done < assets; done += 50000) {
            const int count = std::min(50000, assets - done);
            registry->assets().createAssets(
                SyntheticAssets::generate(count, registry->scheme(), quint32(done + 1), QDate::currentDate()));
        }
    });

    // Assignments as an administrator makes them: a control at a time for a selection of assets.
    QList<qint64> ids;
    {
        QSqlQuery query(RawSql::connection(registry->path()));
        query.exec(QStringLiteral("SELECT id FROM asset ORDER BY id"));
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    const QList<Control> builtIn =
        registry->catalogs().controls(registry->catalogs().findCatalog(QStringLiteral("builtin")).value->id);
    QRandomGenerator random(3);
    QList<qint64> selection;
    for (qint64 id : std::as_const(ids)) {
        if (int(random.bounded(100)) < assignedPercent)
            selection << id;
    }
    const QStringList implementations = {QStringLiteral("implemented"), QStringLiteral("implemented"),
                                         QStringLiteral("partial"), QStringLiteral("not_implemented"),
                                         QStringLiteral("unknown")};
    qint64 assignments = 0;
    const qint64 assignTime = timed("bulk assignment through the service (audited)", [&] {
        for (int n = 0; n < 20; ++n) {
            AssignmentPatch patch;
            patch.implementation = implementations.at(n % implementations.size());
            patch.responsible = QStringLiteral("情報システム部");
            if (n % 4 == 3)
                patch.dueDate = QDate::currentDate().addDays(n % 8 == 3 ? -10 : 30);
            const Result<int> done =
                registry->assignments().assignMany(selection, {builtIn.at((n * 7) % builtIn.size()).id}, patch);
            if (!done.ok()) {
                out << done.error.left(300) << Qt::endl;
                return;
            }
            assignments += *done.value;
        }
    });
    out << "assignments: " << assignments << " (" << (assignTime > 0 ? assignments * 1000 / assignTime : 0)
        << " a second)" << Qt::endl;
    QSqlQuery(RawSql::connection(registry->path())).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    GapSummary summary;
    QList<qint64> runs;
    for (int run = 0; run < 3; ++run) {
        runs << timed("gap summary of the registry (counts per area, department and kind)",
                      [&] { summary = registry->gaps().gapSummary(GapFilter()).value.value_or(GapSummary()); });
    }
    std::sort(runs.begin(), runs.end());
    out << "gaps: " << summary.total << " in " << summary.assetsWithGaps << " of " << summary.assetsChecked
        << " assets; median " << runs.at(1) << " ms" << Qt::endl;
    GapFilter department;
    department.department = QStringLiteral("総務部");
    timed("gap summary of one department", [&] { registry->gaps().gapSummary(department); });
    timed("first page of the gap list (256 rows)", [&] { registry->gaps().gaps(GapFilter(), 0, 256); });
    timed("page in the middle of the gap list", [&] { registry->gaps().gaps(GapFilter(), summary.total / 2, 256); });
    timed("controls of one asset", [&] { registry->assignments().controlsOfAsset(ids.at(ids.size() / 2)); });
    timed("statement of applicability of the built-in catalogue",
          [&] { registry->gaps().applicability(builtIn.constFirst().catalogId); });
    registry.reset();
    if (!parser.isSet(QStringLiteral("keep"))) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return 0;
}
