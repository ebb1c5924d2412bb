// Benchmark of backups and integrity checks (issue 10): a backup of the registry, quick_check and integrity_check,
// the check of a backup before restore, and whether the work after opening (integrity check of a large file and the
// daily automatic backup, on a worker thread) slows the window's first rows. Shares the registry file of
// bench_registry (bench-N.sqlite in --dir), generating it when missing.
#include "backup/backupactions.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "service/assetservice.h"
#include "service/backupservice.h"
#include "service/integritycheck.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "widgets/assettableview.h"
#include "widgets/messagebox.h"

#include "../tests/rawsql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextStream>

namespace {

QTextStream out(stdout);

bool generate(const QString &path, int assets)
{
    QFile::remove(path);
    QString error;
    auto registry = Registry::create(path, {}, &error);
    if (!registry) {
        out << error << Qt::endl;
        return false;
    }
    for (int done = 0; done < assets; done += 50000) {
        const int count = std::min(50000, assets - done);
        if (!registry->assets()
                 .createAssets(
                     SyntheticAssets::generate(count, registry->scheme(), quint32(done + 1), QDate::currentDate()))
                 .ok())
            return false;
        QTextStream(stderr) << "generated " << done + count << " / " << assets << Qt::endl;
    }
    QSqlQuery(RawSql::connection(path)).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

void paint(MainWindow &window)
{
    QCoreApplication::processEvents();
    window.assetView()->viewport()->repaint();
}

// Opens the registry in a fresh window and returns the milliseconds to the first rows painted.
qint64 openToFirstRows(MainWindow &window, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    if (!window.openRegistry(path))
        return -1;
    paint(window);
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AssetRegistryBench"));
    QApplication::setApplicationName(QStringLiteral("bench_backup"));
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("assets"), QStringLiteral("Number of assets."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the registry file."), QStringLiteral("DIR"),
                      QDir::tempPath()});
    parser.process(app);
    const int assets = parser.value(QStringLiteral("assets")).toInt();
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/bench-%1.sqlite").arg(assets);
    {
        QString error;
        auto existing = QFile::exists(path) ? Registry::open(path, &error) : nullptr;
        if (!existing || existing->assets().totalCount() != assets) {
            existing.reset();
            if (!generate(path, assets))
                return 1;
        }
    }
    Language::instance().setLanguage(QStringLiteral("en"), false);
    const double mib = double(QFileInfo(path).size()) / (1024 * 1024);
    out << "registry: " << assets << " assets, " << QString::number(mib, 'f', 0) << " MiB" << Qt::endl;

    QElapsedTimer timer;
    QString problem;
    timer.start();
    const bool quick = IntegrityCheck::checkFile(path, &problem);
    out << "quick_check: " << timer.elapsed() << " ms (" << (quick ? "ok" : problem) << ")" << Qt::endl;
    timer.restart();
    QSqlQuery integrity(RawSql::connection(path));
    const bool full = integrity.exec(QStringLiteral("PRAGMA integrity_check(1)")) && integrity.next() &&
                      integrity.value(0).toString() == QLatin1String("ok");
    integrity.finish();
    out << "integrity_check: " << timer.elapsed() << " ms (" << (full ? "ok" : "DAMAGED") << ")" << Qt::endl;

    const QString backupDir = dir + QStringLiteral("/bench-backups");
    QDir(backupDir).removeRecursively();
    const QString target = backupDir + QStringLiteral("/bench.sqlite");
    timer.restart();
    const Result<BackupInfo> backup = BackupService::backup(path, target);
    if (!backup.ok()) {
        out << backup.error << Qt::endl;
        return 1;
    }
    out << "backup (VACUUM INTO, fsync, quick_check of the copy): " << timer.elapsed() << " ms, "
        << QString::number(double(backup.value->size) / (1024 * 1024), 'f', 0) << " MiB, checkpoint "
        << backup.value->checkpoint() << Qt::endl;
    timer.restart();
    const Result<BackupInfo> checked = BackupService::check(target);
    out << "check of a backup before restore (integrity_check, schema): " << timer.elapsed() << " ms" << Qt::endl;
    if (!checked.ok())
        return 1;

    // First rows without any background work, then with the deferred check and a due automatic backup.
    qint64 plain = 0;
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        plain = openToFirstRows(window, path);
    }
    IntegrityCheck::setDeferredCheckSize(0);
    const QString automaticFolder = BackupService::defaultFolder(path);
    QDir(automaticFolder).removeRecursively();
    qint64 withWork = 0;
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        auto *actions = new BackupActions(&window);
        actions->setBackgroundDelay(0);
        QSignalSpy finished(actions, &BackupActions::backgroundWorkFinished);
        withWork = openToFirstRows(window, path);
        // While the worker checks and copies, the window still scrolls.
        QElapsedTimer background;
        background.start();
        qint64 slowest = 0;
        QScrollBar *scroll = window.assetView()->verticalScrollBar();
        while (actions->backgroundWorkRunning() && background.elapsed() < 600000) {
            QElapsedTimer step;
            step.start();
            scroll->setValue(scroll->value() + 40);
            paint(window);
            slowest = std::max(slowest, step.elapsed());
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        out << "background work after opening (quick_check + automatic backup): " << background.elapsed()
            << " ms; slowest page scrolled meanwhile: " << slowest << " ms" << Qt::endl;
        out << "automatic backup: "
            << (actions->automaticBackupPath().isEmpty() ? QStringLiteral("none") : actions->automaticBackupPath())
            << Qt::endl;
    }
    out << "open to first rows painted: " << plain << " ms without background work, " << withWork << " ms with it"
        << Qt::endl;
    QDir(automaticFolder).removeRecursively();
    QDir(backupDir).removeRecursively();
    return 0;
}
