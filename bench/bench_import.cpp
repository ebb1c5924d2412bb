// Benchmark of importing a CSV file of 100,000 assets (DESIGN.md §12: ≤ 2 s, validated and audited; aim ≤ 1.5× the
// sqlite3 shell's .import of the same file). Prints where the time goes: reading and parsing, the dry run (values and
// validation), and the commit through Registry::createAssets. With --server URL (an empty database on a PostgreSQL
// server, e.g. from scripts/bench-postgres.sh) the same file is imported into a shared registry created there, and the
// reference is psql's \copy of the file into a table of text columns on the same server.
#include "domain/registrylocation.h"
#include "domain/serveraddress.h"
#include "io/csvreader.h"
#include "service/assetexport.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

namespace {

QTextStream out(stdout);

// The sqlite3 shell's .import of the same file into a table of text columns, for the "aim" ratio.
qint64 sqliteShellImport(const QString &csv, const QString &folder)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    QFile bomless(folder + QStringLiteral("/plain.csv"));
    QFile source(csv);
    if (!source.open(QIODevice::ReadOnly) || !bomless.open(QIODevice::WriteOnly))
        return -1;
    QByteArray data = source.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    bomless.write(data);
    bomless.close();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {folder + QStringLiteral("/shell.sqlite"), QStringLiteral(".mode csv"),
                          QStringLiteral(".import ") + bomless.fileName() + QStringLiteral(" asset")});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? timer.elapsed() : -1;
}

// psql's \copy of the same file into a table of text columns (one a column of the file) on the server, for
// the ratio.
qint64 psqlCopy(const QString &csv, const QString &url, int columns)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty() || columns <= 0)
        return -1;
    QStringList names;
    for (int column = 1; column <= columns; ++column)
        names << QStringLiteral("c%1 text").arg(column);
    const QString create = QStringLiteral("CREATE TABLE bench_plain_import (%1)").arg(names.join(QStringLiteral(", ")));
    const QString copy = QStringLiteral("\\copy bench_plain_import FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv);
    const auto run = [&psql, &url](const QString &command) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
        process.setProcessEnvironment(environment);
        process.start(psql, {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"),
                             QStringLiteral("--set=ON_ERROR_STOP=1"), QStringLiteral("--dbname=") + url,
                             QStringLiteral("--command=") + command});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            out << "psql: " << QString::fromLocal8Bit(process.readAllStandardError()) << Qt::endl;
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    if (!run(QStringLiteral("DROP TABLE IF EXISTS bench_plain_import")) || !run(create))
        return -1;
    QElapsedTimer timer;
    timer.start();
    const bool copied = run(copy);
    const qint64 elapsed = timer.elapsed();
    run(QStringLiteral("DROP TABLE bench_plain_import"));
    return copied ? elapsed : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("rows"), QStringLiteral("Rows to import."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("budget"), QStringLiteral("Budget in ms."), QStringLiteral("MS"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Import into a shared registry created in this empty database instead of a "
                                     "file: postgresql://…"),
                      QStringLiteral("URL")});
    parser.process(app);
    const QString server = parser.value(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("server")) && !RegistryLocation::isServerAddress(server)) {
        out << "--server takes a postgresql:// address" << Qt::endl;
        return 2;
    }
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const qint64 budget = parser.value(QStringLiteral("budget")).toLongLong();

    QTemporaryDir dir;
    QString error;
    const QString csv = dir.filePath(QStringLiteral("assets.csv"));
    {
        auto source = Registry::create(dir.filePath(QStringLiteral("source.sqlite")), {}, &error);
        if (!source ||
            !source->assets()
                 .createAssets(SyntheticAssets::generate(rows, source->scheme(), 11, QDate::currentDate()))
                 .ok() ||
            !AssetExport::write(*source, csv, {}).ok()) {
            out << "could not prepare the file: " << error << Qt::endl;
            return 1;
        }
    }
    out << "file: " << rows << " rows, " << QFile(csv).size() / 1024 << " KiB" << Qt::endl;

    auto registry =
        Registry::create(server.isEmpty() ? dir.filePath(QStringLiteral("target.sqlite")) : server, {}, &error);
    if (!registry) {
        out << error << Qt::endl;
        return 1;
    }
    if (!server.isEmpty())
        out << "target: shared registry " << registry->path() << Qt::endl;
    // Processor time too: on a machine shared with other work the wall clock says more about the others.
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    AssetImport import;
    if (!import.load(csv, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 read = step.restart();
    const std::clock_t cpuRead = std::clock();
    const AssetImport::Plan plan = import.check(*registry);
    const qint64 checked = step.restart();
    const std::clock_t cpuChecked = std::clock();
    if (!plan.problems.isEmpty()) {
        out << plan.problems.constFirst().text() << Qt::endl;
        return 1;
    }
    const Result<int> result = AssetImport::commit(*registry, plan);
    const qint64 committed = step.restart();
    const std::clock_t cpuCommitted = std::clock();
    const auto cpuMs = [](std::clock_t from, std::clock_t to) { return qint64(to - from) * 1000 / CLOCKS_PER_SEC; };
    const qint64 elapsed = total.elapsed();
    const qint64 cpu = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    if (!result.ok()) {
        out << result.error << Qt::endl;
        return 1;
    }
    out << "read and parse: " << read << " ms, processor " << cpuMs(cpuStart, cpuRead) << " ms" << Qt::endl;
    out << "dry run (values, validation): " << checked << " ms, processor " << cpuMs(cpuRead, cpuChecked) << " ms"
        << Qt::endl;
    out << "commit (inserts, audit, search index; validated by the dry run): " << committed << " ms, processor "
        << cpuMs(cpuChecked, cpuCommitted) << " ms" << Qt::endl;
    out << "import " << rows << " rows: " << elapsed << " ms, processor " << cpu << " ms (budget " << budget << " ms)"
        << Qt::endl;
    // The result is checked, not only timed: every row is there and the audit trail proves it.
    if (*result.value != rows || registry->assets().totalCount() != rows) {
        out << "wrong result: " << *result.value << " assets imported of " << rows << Qt::endl;
        return 1;
    }
    const ChainCheck check = registry->audit().verify();
    if (!check.ok()) {
        out << "the audit trail does not verify after the import: " << check.message << Qt::endl;
        return 1;
    }
    if (!server.isEmpty()) {
        const qint64 copy = psqlCopy(csv, server, int(import.columns().size()));
        if (copy > 0)
            out << "psql \\copy of the same file into a table of text columns: " << copy << " ms; ratio "
                << double(elapsed) / copy << Qt::endl;
        return elapsed <= budget ? 0 : 1;
    }
    const qint64 shell = sqliteShellImport(csv, dir.path());
    if (shell > 0)
        out << "sqlite3 shell .import of the same file: " << shell << " ms; ratio " << double(elapsed) / shell
            << " (aim <= 1.5)" << Qt::endl;
    return elapsed <= budget ? 0 : 1;
}
