// Benchmark of verifying the audit chain (DESIGN.md §12): verify over N events (default 1,000,000) against the must
// of 5 s, and against `sha256sum` over the same bytes (every event's previous hash and canonical serialisation, which
// is what verify hashes), measured in the same run; the aim is at most twice that. Fails when the must is broken.
// The events are single changes (reviews of 100,000 assets, round after round), not a few batch events.
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "storage/auditstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

namespace {

QTextStream out(stdout);

// Processor time in milliseconds of this process or of its finished children: on a machine shared with other work the
// wall clock measures the others too.
double cpuMilliseconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A registry whose trail holds at least `events` events, each an event of its own as the registry writes it: assets
// created in batches (one event a batch), then reviewed again and again with markReviewed, which writes one event per
// asset, until the count is reached. At most 100,000 assets, so that the file is about the history, not the assets.
std::unique_ptr<Registry> ensureRegistry(const QString &path, qint64 events)
{
    QString error;
    if (QFile::exists(path)) {
        auto registry = Registry::open(path, &error);
        if (registry && registry->audit().count() >= events)
            return registry;
        registry.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    auto registry = Registry::create(path, {}, &error);
    if (!registry) {
        out << error << Qt::endl;
        return nullptr;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 assets = std::min<qint64>(events, 100000);
    const int batch = 50000;
    for (qint64 done = 0; done < assets; done += batch) {
        const int count = int(std::min<qint64>(batch, assets - done));
        const Result<int> created = registry->assets().createAssets(
            SyntheticAssets::generate(count, registry->scheme(), quint32(done + 1), QDate::currentDate()));
        if (!created.ok()) {
            out << created.error << Qt::endl;
            return nullptr;
        }
    }
    QList<qint64> ids;
    if (!registry->assets().forEach(
            {}, {},
            [&ids](const Asset &asset) {
                ids << asset.id;
                return true;
            },
            &error)) {
        out << error << Qt::endl;
        return nullptr;
    }
    for (int round = 1; registry->audit().count() < events; ++round) {
        const qint64 missing = events - registry->audit().count();
        const QList<qint64> chunk = ids.mid(0, int(std::min<qint64>(missing, ids.size())));
        for (qsizetype from = 0; from < chunk.size(); from += batch) {
            const Result<int> marked = registry->assets().markReviewed(chunk.mid(from, batch), QDate::currentDate(),
                                                                       QStringLiteral("点検担当 %1").arg(round));
            if (!marked.ok()) {
                out << marked.error << Qt::endl;
                return nullptr;
            }
        }
        QTextStream(stderr) << "events " << registry->audit().count() << " / " << events << Qt::endl;
    }
    out << "generated " << assets << " assets and " << registry->audit().count() << " events in " << timer.elapsed()
        << " ms" << Qt::endl;
    return registry;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("events"), QStringLiteral("Number of audit events."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the registry file."), QStringLiteral("DIR"),
                      QDir::tempPath()});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QDir().mkpath(parser.value(QStringLiteral("dir")));
    const QString path = parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-audit-%1.sqlite").arg(events);
    std::unique_ptr<Registry> registry = ensureRegistry(path, events);
    if (!registry)
        return 1;

    const AuditLog &log = registry->audit();
    QList<double> verifyTimes;
    QList<double> verifyCpu;
    ChainCheck check;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMilliseconds(RUSAGE_SELF);
        check = log.verify();
        verifyTimes << double(timer.nsecsElapsed()) / 1e6;
        verifyCpu << cpuMilliseconds(RUSAGE_SELF) - cpu;
        if (!check.ok()) {
            out << "verify failed: " << check.message << Qt::endl;
            return 1;
        }
    }

    // The same bytes verify hashes, in one file for sha256sum.
    const QString bytesPath = parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-audit-%1.bytes").arg(events);
    qint64 bytes = 0;
    {
        QFile file(bytesPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out << "cannot write " << bytesPath << Qt::endl;
            return 1;
        }
        QString openError;
        const std::unique_ptr<Database> database = Database::open(registry->path(), &openError);
        if (!database) {
            out << openError << Qt::endl;
            return 1;
        }
        AuditStore store(*database);
        QString error;
        QByteArray buffer;
        store.forEachInChain(
            [&](const AuditChainRow &row) {
                buffer.append(row.previousHash);
                AuditStore::canonical(row, &buffer);
                if (buffer.size() > (1 << 20)) {
                    bytes += file.write(buffer);
                    buffer.clear();
                }
                return true;
            },
            &error);
        bytes += file.write(buffer);
    }
    QList<double> referenceTimes;
    QList<double> referenceCpu;
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    for (int run = 0; run < runs && !sha256sum.isEmpty(); ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMilliseconds(RUSAGE_CHILDREN);
        process.start(sha256sum, {bytesPath});
        process.waitForFinished(-1);
        referenceTimes << double(timer.nsecsElapsed()) / 1e6;
        referenceCpu << cpuMilliseconds(RUSAGE_CHILDREN) - cpu;
    }
    QFile::remove(bytesPath);

    const double verifyMs = median(verifyTimes);
    out << "events verified:        " << check.checked << Qt::endl;
    out << "bytes hashed:           " << bytes << Qt::endl;
    out << "verify (median of " << runs << "): " << QString::number(verifyMs, 'f', 0) << " ms wall, "
        << QString::number(median(verifyCpu), 'f', 0) << " ms CPU (must <= 5000 ms for 1,000,000)" << Qt::endl;
    if (!referenceTimes.isEmpty()) {
        const double referenceMs = median(referenceTimes);
        out << "sha256sum same bytes:   " << QString::number(referenceMs, 'f', 0) << " ms wall, "
            << QString::number(median(referenceCpu), 'f', 0) << " ms CPU" << Qt::endl;
        out << "ratio verify/sha256sum: " << QString::number(verifyMs / referenceMs, 'f', 2) << " wall, "
            << QString::number(median(verifyCpu) / median(referenceCpu), 'f', 2) << " CPU (aim <= 2)" << Qt::endl;
    }
    out << "checkpoint:             " << check.head.toString() << Qt::endl;
    // The must scales with the count, so that a smaller run still says whether the budget holds.
    const double must = 5000.0 * double(events) / 1e6;
    if (verifyMs > must) {
        out << "FAIL: verify took longer than " << must << " ms" << Qt::endl;
        return 1;
    }
    return 0;
}
