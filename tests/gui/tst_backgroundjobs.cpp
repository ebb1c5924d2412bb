// Long jobs of the window run off the GUI thread (issue "no frozen window"): while a large import runs, the window's
// event loop keeps turning (a timer keeps ticking and the progress dialog shows how far it is); Cancel half-way
// leaves the registry as it was — same assets, same audit chain — and a cancelled export, PDF or backup leaves no
// file behind.
#include "testregistry.h"

#include "audit/auditlogwindow.h"
#include "backup/backupactions.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/ledgeractions.h"
#include "i18n/language.h"
#include "jobs/backgroundjob.h"
#include "jobs/jobprogressdialog.h"
#include "mainwindow/mainwindow.h"
#include "pdftext.h"
#include "printing/printfonts.h"
#include "service/auditlog.h"
#include "service/progress.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int kRows = 6000;

// Watches the jobs of the window from its event loop: how often a timer ticked while a job's dialog was up, the
// longest pause between two ticks, and whether Cancel was clicked at a point where the job was part-way.
class JobWatcher final
{
public:
    // cancelAt: cancel once the job reports at least this share (0…1) of its work; a negative value never cancels.
    // withoutReport: cancel after a while also when the job has not reported that share.
    explicit JobWatcher(double cancelAt = -1, bool withoutReport = true)
        : m_cancelAt(cancelAt)
        , m_withoutReport(withoutReport)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
        m_clock.start();
    }

    int ticksDuringJob() const { return m_ticks; }
    qint64 longestPauseMs() const { return m_longest; }
    bool cancelled() const { return m_cancelled; }
    double cancelledAtShare() const { return m_share; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        JobProgressDialog *dialog = BackgroundJob::runningDialog();
        if (!dialog) {
            m_last = -1;
            m_shownAt = -1;
            return;
        }
        ++m_ticks;
        if (m_last >= 0)
            m_longest = std::max(m_longest, now - m_last);
        m_last = now;
        auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
        const double share = bar && bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
        if (m_shownAt < 0)
            m_shownAt = now;
        // Part-way by the job's own report, or after a while for a job that reports seldom.
        const bool partWay = share >= m_cancelAt || (m_withoutReport && now - m_shownAt > 800);
        if (m_cancelAt >= 0 && !m_cancelled && partWay && share < 1.0) {
            m_cancelled = true;
            m_share = share;
            dialog->findChild<QPushButton *>(QStringLiteral("jobCancelButton"))->click();
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_cancelAt;
    bool m_withoutReport;
    int m_ticks = 0;
    qint64 m_last = -1;
    qint64 m_shownAt = -1;
    qint64 m_longest = 0;
    bool m_cancelled = false;
    double m_share = 0;
};

QString csvOfAssets(int rows)
{
    QString text = QString::fromUtf8("情報資産名称,管理部署,管理責任者,機密性,完全性,可用性\r\n");
    for (int row = 1; row <= rows; ++row)
        text += QString::fromUtf8("取引記録 %1,営業部,佐藤,%2,1,1\r\n").arg(row).arg(1 + row % 2);
    return text;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBackgroundJobs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void jobsRunOnTheirOwnConnection();
    void cancelledImportKeepsNothing();
    void importKeepsTheWindowTurning();
    void cancelledExportLeavesNoFile();
    void cancelledBackupLeavesNoFile();
    void ledgerPdfInAnotherLanguageAndCancelled();
    void cancelledVerifySaysSo();
    void auditLogExportsRunOffTheWindowAndCancel();

private:
    bool importAll(ImportDialog *dialog);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Registry *m_registry = nullptr;
    QString m_csv;
};

void TestBackgroundJobs::initTestCase()
{
    // The dialog shows at once, so that the watcher sees every job.
    BackgroundJob::setShowDelay(0);
}

void TestBackgroundJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Registry> registry = TestRegistry::create(*m_dir, 5);
    QVERIFY(registry);
    m_registry = registry.get();
    m_window = std::make_unique<MainWindow>();
    m_window->setRegistry(std::move(registry));
    m_csv = m_dir->filePath(QStringLiteral("assets.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csvOfAssets(kRows).toUtf8());
}

void TestBackgroundJobs::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

bool TestBackgroundJobs::importAll(ImportDialog *dialog)
{
    if (!dialog->loadFile(m_csv) || !dialog->check()) {
        qWarning("%s", qPrintable(dialog->summaryLabel()->text()));
        return false;
    }
    return true;
}

void TestBackgroundJobs::jobsRunOnTheirOwnConnection()
{
    // The work runs on another thread than the window's, with a registry of its own on the same file, and what it
    // writes is seen by the window's registry afterwards.
    const qint64 before = m_registry->assets().totalCount();
    Qt::HANDLE workerThread = nullptr;
    Registry *workerRegistry = nullptr;
    BackgroundJob job(m_window.get(), QStringLiteral("Test"), QStringLiteral("Adding…"));
    const bool ok = job.run(*m_registry, [&](Registry &registry, Progress &, QString *error) {
        workerThread = QThread::currentThreadId();
        workerRegistry = &registry;
        const Result<Asset> created = registry.assets().createAsset(TestRegistry::validAsset(registry));
        *error = created.error;
        return created.ok();
    });
    QVERIFY2(ok, qPrintable(job.error()));
    QVERIFY(workerThread != QThread::currentThreadId());
    QVERIFY(workerRegistry != m_registry);
    QCOMPARE(m_registry->assets().totalCount(), before + 1);
    QVERIFY(m_registry->audit().verify().ok());
}

void TestBackgroundJobs::cancelledImportKeepsNothing()
{
    ImportDialog dialog(*m_registry);
    QVERIFY(importAll(&dialog));
    const qint64 assets = m_registry->assets().totalCount();
    const qint64 events = m_registry->audit().count();
    const ChainCheck chainBefore = m_registry->audit().verify();
    QVERIFY(chainBefore.ok());

    // Cancel once a quarter of the rows are in.
    JobWatcher watcher(0.25);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.importRows());
    QVERIFY(watcher.cancelled());
    qInfo("cancelled at %.0f %% of the rows", watcher.cancelledAtShare() * 100);
    QCOMPARE(MessageBox::lastText(), Progress::cancelledMessage());
    QCOMPARE(dialog.importedCount(), 0);
    QCOMPARE(m_registry->assets().totalCount(), assets);
    QCOMPARE(m_registry->audit().count(), events);
    const ChainCheck chainAfter = m_registry->audit().verify();
    QVERIFY(chainAfter.ok());
    QCOMPARE(chainAfter.head.toString(), chainBefore.head.toString());

    // The same plan imports completely afterwards.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog.importRows());
    QCOMPARE(m_registry->assets().totalCount(), assets + kRows);
}

void TestBackgroundJobs::importKeepsTheWindowTurning()
{
    ImportDialog dialog(*m_registry);
    QVERIFY(importAll(&dialog));
    JobWatcher watcher;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QElapsedTimer took;
    took.start();
    QVERIFY(dialog.importRows());
    const qint64 elapsed = took.elapsed();
    QCOMPARE(dialog.importedCount(), kRows);
    // The timer kept ticking while the rows were written: the import did not hold the event loop. (Not a budget:
    // the bound is a second, far beyond a timer's 5 ms, on a machine that may be busy.)
    qInfo("import of %d rows: %lld ms, %d ticks, longest pause %lld ms", kRows, elapsed, watcher.ticksDuringJob(),
          watcher.longestPauseMs());
    QVERIFY(watcher.ticksDuringJob() >= 3);
    QVERIFY2(watcher.longestPauseMs() < 1000, qPrintable(QString::number(watcher.longestPauseMs())));
}

void TestBackgroundJobs::cancelledExportLeavesNoFile()
{
    // Enough assets for an export of several pages.
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(kRows, m_registry->scheme(), 3, m_registry->clock().today()))
                .ok());
    m_window->reload();
    auto *actions = new LedgerActions(m_window.get());
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/assets.csv");
    FileDialog::setNextFileName(path);
    QTimer::singleShot(0, [] {
        for (int attempt = 0; attempt < 500; ++attempt) {
            if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
                dialog->accept();
                return;
            }
            QTest::qWait(10);
        }
    });
    JobWatcher watcher(0.0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->exportAssets();
    QVERIFY(watcher.cancelled());
    QCOMPARE(MessageBox::lastText(), Progress::cancelledMessage());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(folder), QStringList());
}

void TestBackgroundJobs::cancelledBackupLeavesNoFile()
{
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(kRows, m_registry->scheme(), 5, m_registry->clock().today()))
                .ok());
    auto *actions = new BackupActions(m_window.get());
    const QString folder = m_dir->filePath(QStringLiteral("backups-by-hand"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/copy.sqlite");
    FileDialog::setNextFileName(path);
    JobWatcher watcher(0.0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->backUp();
    QVERIFY(watcher.cancelled());
    QCOMPARE(MessageBox::lastText(), Progress::cancelledMessage());
    QCOMPARE(filesIn(folder), QStringList());

    // Not cancelled, the same backup is written.
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->backUp();
    QVERIFY(QFile::exists(path));
}

void TestBackgroundJobs::ledgerPdfInAnotherLanguageAndCancelled()
{
    if (PrintFonts::sourceFamily().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("needs fonts-noto-cjk and poppler-utils");
    // The window in English, the ledger in Japanese: the worker has the language switched on the window's thread.
    Language::instance().setLanguage(QStringLiteral("en"), false);
    auto *actions = new LedgerActions(m_window.get());
    LedgerOptions options = actions->currentOptions();
    options.language = QStringLiteral("ja");
    const QString path = m_dir->filePath(QStringLiteral("ledger.pdf"));
    QString error;
    QVERIFY2(actions->writeLedgerPdf(options, path, &error), qPrintable(error));
    QVERIFY(PdfText::text(path).contains(QString::fromUtf8("情報資産管理台帳")));
    QCOMPARE(Language::instance().current(), QStringLiteral("en"));

    // Cancelled, the PDF is not written.
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(kRows, m_registry->scheme(), 5, m_registry->clock().today()))
                .ok());
    const QString folder = m_dir->filePath(QStringLiteral("pdf"));
    QVERIFY(QDir().mkpath(folder));
    JobWatcher watcher(0.0);
    QVERIFY(!actions->writeLedgerPdf(options, folder + QStringLiteral("/ledger.pdf"), &error));
    QVERIFY(watcher.cancelled());
    QCOMPARE(error, Progress::cancelledMessage());
    QCOMPARE(filesIn(folder), QStringList());
    QCOMPARE(Language::instance().current(), QStringLiteral("en"));
}

void TestBackgroundJobs::cancelledVerifySaysSo()
{
    // More events than the verify checks between two reports of its progress: an import is one event for all its
    // assets, a review one event per asset.
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(2 * kRows, m_registry->scheme(), 5, m_registry->clock().today()))
                .ok());
    QString error;
    const QList<Asset> assets = m_registry->assets().page(AssetFilter(), AssetSort(), 0, 2 * kRows, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> ids;
    for (const Asset &asset : assets)
        ids << asset.id;
    QVERIFY(ids.size() > 8192);
    QVERIFY(m_registry->assets().markReviewed(ids, m_registry->clock().today(), QStringLiteral("Tester")).ok());
    // Cancelled once the verify has reported part of the events.
    JobWatcher watcher(0.5, false);
    BackgroundJob job(m_window.get(), QStringLiteral("Verify"), QStringLiteral("Verifying…"));
    ChainCheck check;
    job.run(*m_registry, [&check](Registry &registry, Progress &progress, QString *) {
        check = registry.audit().verify({}, [&progress](qint64 done, qint64 total) {
            progress.report(done, total);
            // A verify of a million events takes long enough to be cancelled; this one waits for the Cancel.
            QElapsedTimer waited;
            waited.start();
            while (!progress.cancelled() && waited.elapsed() < 10000)
                QThread::msleep(5);
            return !progress.cancelled();
        });
        return !progress.cancelled();
    });
    QVERIFY(watcher.cancelled());
    QVERIFY(job.wasCancelled());
    QCOMPARE(check.outcome, ChainCheck::Outcome::Cancelled);
    QCOMPARE(job.error(), Progress::cancelledMessage());
    // The window's own registry is untouched and still verifies.
    QVERIFY(m_registry->audit().verify().ok());
}

void TestBackgroundJobs::auditLogExportsRunOffTheWindowAndCancel()
{
    // A history long enough to be cancelled part-way: a review is one event per asset.
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(2 * kRows, m_registry->scheme(), 5, m_registry->clock().today()))
                .ok());
    QString error;
    const QList<Asset> assets = m_registry->assets().page(AssetFilter(), AssetSort(), 0, 2 * kRows, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> ids;
    for (const Asset &asset : assets)
        ids << asset.id;
    QVERIFY(m_registry->assets().markReviewed(ids, m_registry->clock().today(), QStringLiteral("Tester")).ok());
    AuditLogWindow window(*m_registry, m_window.get());
    const QString folder = m_dir->filePath(QStringLiteral("audit"));
    QVERIFY(QDir().mkpath(folder));

    // Written on the worker while the window keeps turning.
    {
        JobWatcher watcher;
        FileDialog::setNextFileName(folder + QStringLiteral("/audit.csv"));
        QVERIFY(window.exportCsv());
        QVERIFY(watcher.ticksDuringJob() >= 1);
        QFile file(folder + QStringLiteral("/audit.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().count('\n') > 2 * kRows);
        QVERIFY(file.remove());
    }
    // Cancelled part-way, no file is left and the user is told that nothing was kept.
    {
        JobWatcher watcher(0.0);
        FileDialog::setNextFileName(folder + QStringLiteral("/audit.csv"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.exportCsv());
        QVERIFY(watcher.cancelled());
        QCOMPARE(MessageBox::lastText(), Progress::cancelledMessage());
        QCOMPARE(filesIn(folder), QStringList());
    }
    // The PDF report: read and drawn on the worker; cancelled, it leaves no file.
    if (!PrintFonts::sourceFamily().isEmpty()) {
        JobWatcher watcher(0.0);
        FileDialog::setNextFileName(folder + QStringLiteral("/audit.pdf"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.savePdf());
        QVERIFY(watcher.cancelled());
        QCOMPARE(filesIn(folder), QStringList());
    }
}

QTEST_MAIN(TestBackgroundJobs)
#include "tst_backgroundjobs.moc"
