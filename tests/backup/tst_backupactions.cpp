// Backups in the window: the automatic backup and the integrity check after a registry is opened, Back Up
// Registry…, Restore from Backup… with its list, and the backup settings of the registry settings dialog.
#include "faulthelpers.h"
#include "testfiles.h"

#include "backup/backupactions.h"
#include "backup/restoredialog.h"
#include "dialogs/registrysettingsdialog.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "service/auditlog.h"
#include "service/backupservice.h"
#include "service/integritycheck.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace FaultHelpers;

namespace {

// Answers every message box that comes up modally with its default button, so that a sequence of boxes (question,
// then result) does not wait for a click.
class BoxCloser final : public QObject
{
public:
    BoxCloser()
    {
        m_timer.setInterval(30);
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace

class TestBackupActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::instance().setLanguage(QStringLiteral("en"), false); }
    void init();
    void cleanup();
    void automaticBackupOnceADayAfterOpening();
    void backUpOnDemandShowsTheCheckpoint();
    void restoreReplacesTheOpenRegistry();
    void restoreDialogListsBackupsNewestFirst();
    void largeRegistryIsCheckedInTheBackground();
    void damagedLargeRegistryIsReportedWithTheWayOut();
    void damagedRegistryIsRestoredFromTheStartPage();
    void settingsDialogSavesBackupSettings();

private:
    bool openAndWait(const QString &file);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    BackupActions *m_actions = nullptr;
    QString m_registry;
};

void TestBackupActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = path(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(makeRegistry(m_registry, 500, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_actions = new BackupActions(m_window.get());
    m_actions->setBackgroundDelay(0);
    m_window->show();
}

void TestBackupActions::cleanup()
{
    m_window.reset();
    IntegrityCheck::setDeferredCheckSize(64 * 1024 * 1024);
    m_dir.reset();
}

bool TestBackupActions::openAndWait(const QString &file)
{
    QSignalSpy finished(m_actions, &BackupActions::backgroundWorkFinished);
    if (!m_window->openRegistry(file))
        return false;
    return finished.wait(30000);
}

void TestBackupActions::automaticBackupOnceADayAfterOpening()
{
    QVERIFY(openAndWait(m_registry));
    const QString made = m_actions->automaticBackupPath();
    QVERIFY(!made.isEmpty());
    QCOMPARE(QFileInfo(made).absolutePath(), path(QStringLiteral("backups")));
    QVERIFY(QFileInfo(made).fileName().startsWith(QLatin1String("registry-auto-")));
    QCOMPARE(count(made, QStringLiteral("SELECT count(*) FROM asset")), 500);
    // Opened again the same day: no second one.
    m_window->setRegistry(nullptr);
    QVERIFY(openAndWait(m_registry));
    QVERIFY(m_actions->automaticBackupPath().isEmpty());
    QCOMPARE(QDir(path(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
}

void TestBackupActions::backUpOnDemandShowsTheCheckpoint()
{
    QVERIFY(openAndWait(m_registry));
    const QString target = path(QStringLiteral("mine/backup.sqlite"));
    QDir().mkpath(path(QStringLiteral("mine")));
    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_actions->backUp();
    QVERIFY(QFileInfo::exists(target));
    const Result<BackupInfo> checked = BackupService::check(target);
    QVERIFY2(checked.ok(), qPrintable(checked.error));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Checkpoint: ") + checked.value->checkpoint()),
             qPrintable(MessageBox::lastText()));
}

void TestBackupActions::restoreReplacesTheOpenRegistry()
{
    QVERIFY(openAndWait(m_registry));
    const QString backup = m_actions->automaticBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(m_window->registry()
                ->assets()
                .createAssets(TestRegistry::generated(7, m_window->registry()->scheme(), 4, QDate::currentDate()))
                .ok());
    QCOMPARE(m_window->registry()->assets().totalCount(), 507);
    {
        // Yes to the question; the closer answers the result that follows.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        const BoxCloser closer;
        QVERIFY(m_actions->restoreFrom(backup));
    }
    QVERIFY(m_window->registry());
    QCOMPARE(m_window->registry()->path(), m_registry);
    QCOMPARE(m_window->registry()->assets().totalCount(), 500);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String(".replaced-")), qPrintable(MessageBox::lastText()));
    const QStringList replaced =
        QDir(m_dir->path()).entryList({QStringLiteral("registry.sqlite.replaced-*")}, QDir::Files);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(count(path(replaced.constFirst()), QStringLiteral("SELECT count(*) FROM asset")), 507);
}

void TestBackupActions::restoreDialogListsBackupsNewestFirst()
{
    BackupService::Settings settings;
    QVERIFY(BackupService::automaticBackup(m_registry, settings, QDateTime(QDate(2026, 1, 5), QTime(9, 0))).ok());
    QVERIFY(BackupService::backup(m_registry, BackupService::suggestedPath(m_registry, settings,
                                                                           QDateTime(QDate(2026, 1, 6), QTime(9, 0)),
                                                                           BackupService::Kind::OnDemand))
                .ok());
    const QList<BackupInfo> backups = BackupService::list(m_registry, settings);
    RestoreDialog dialog(m_registry, backups, BackupService::folder(m_registry, settings));
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("On demand"));
    QCOMPARE(dialog.list()->topLevelItem(1)->text(1), QStringLiteral("Automatic"));
    QCOMPARE(dialog.list()->topLevelItem(0)->text(2), QStringLiteral("500"));
    QVERIFY(
        dialog.list()->topLevelItem(0)->text(3).startsWith(QString::number(backups.at(0).headSeq) + QLatin1Char(':')));
    QCOMPARE(dialog.list()->topLevelItem(0)->toolTip(3), backups.at(0).checkpoint());
    QCOMPARE(dialog.selectedPath(), backups.at(0).path);
    dialog.selectPath(path(QStringLiteral("other.sqlite")));
    QCOMPARE(dialog.selectedPath(), path(QStringLiteral("other.sqlite")));
}

void TestBackupActions::largeRegistryIsCheckedInTheBackground()
{
    IntegrityCheck::setDeferredCheckSize(0);
    QSignalSpy finished(m_actions, &BackupActions::backgroundWorkFinished);
    QVERIFY(m_window->openRegistry(m_registry));
    // The first rows are there before the check has run.
    QVERIFY(m_window->assetModel()->rowCount() > 0);
    QVERIFY(m_actions->backgroundWorkRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!IntegrityCheck::pending(*m_window->registry()));
    QVERIFY(m_window->registry()
                ->assets()
                .createAssets(TestRegistry::generated(1, m_window->registry()->scheme(), 3, QDate::currentDate()))
                .ok());
}

void TestBackupActions::damagedLargeRegistryIsReportedWithTheWayOut()
{
    QVERIFY(BackupService::automaticBackup(m_registry, {}, QDateTime::currentDateTime().addDays(-1)).ok());
    QVERIFY(damage(m_registry));
    IntegrityCheck::setDeferredCheckSize(0);
    {
        // The table may report the damaged pages it meets first; the check's report comes last.
        const BoxCloser closer;
        QVERIFY(openAndWait(m_registry));
    }
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("is damaged")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("The latest good backup is")),
             qPrintable(MessageBox::lastText()));
    // No automatic backup of a damaged file: the good ones stay.
    QVERIFY(m_actions->automaticBackupPath().isEmpty());
    const Result<int> refused = m_window->registry()->assets().createAssets(
        TestRegistry::generated(1, m_window->registry()->scheme(), 3, QDate::currentDate()));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("damaged")), qPrintable(refused.error));
}

void TestBackupActions::damagedRegistryIsRestoredFromTheStartPage()
{
    QVERIFY(openAndWait(m_registry));
    const QString backup = m_actions->automaticBackupPath();
    QVERIFY(!backup.isEmpty());
    m_window->setRegistry(nullptr);
    QVERIFY(damage(m_registry));
    // Small files are checked before they are opened: this one is refused, and the start page is shown for it.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openRegistry(m_registry));
    QVERIFY(!m_window->registry());
    QCOMPARE(m_window->unopenedPath(), m_registry);
    QVERIFY(m_actions->restoreAction()->isEnabled());
    QPushButton *restoreButton = nullptr;
    const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("Restore from Backup…"))
            restoreButton = button;
    }
    QVERIFY(restoreButton);
    QVERIFY(restoreButton->isVisibleTo(m_window.get()));
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        const BoxCloser closer;
        QVERIFY(m_actions->restoreFrom(backup));
    }
    QVERIFY(m_window->registry());
    QCOMPARE(m_window->registry()->path(), m_registry);
    QCOMPARE(m_window->registry()->assets().totalCount(), 500);
    QVERIFY(m_window->unopenedPath().isEmpty());
    QVERIFY(!restoreButton->isVisibleTo(m_window.get()) || m_window->registry());
    // A registry without backups that cannot be opened offers no restore.
    m_window->setRegistry(nullptr);
    const QString other = path(QStringLiteral("elsewhere/other.sqlite"));
    QDir().mkpath(QFileInfo(other).absolutePath());
    QVERIFY(TestFiles::write(*m_dir, QStringLiteral("elsewhere/other.sqlite"), QByteArray(8192, 'x')).size() > 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openRegistry(other));
    QVERIFY(!m_actions->restoreAction()->isEnabled());
    QVERIFY(!restoreButton->isVisibleTo(m_window.get()));
}

void TestBackupActions::settingsDialogSavesBackupSettings()
{
    QVERIFY(openAndWait(m_registry));
    Registry &registry = *m_window->registry();
    const qint64 events = registry.audit().count();
    {
        RegistrySettingsDialog dialog(registry);
        QCOMPARE(dialog.backupKeepSpin()->value(), BackupService::kDefaultKeep);
        QVERIFY(dialog.backupFolderEdit()->text().isEmpty());
        QCOMPARE(dialog.backupFolderEdit()->placeholderText(),
                 QDir::toNativeSeparators(BackupService::defaultFolder(m_registry)));
        // Saving without changes writes nothing.
        QVERIFY(dialog.save());
        QCOMPARE(registry.audit().count(), events);
        dialog.backupFolderEdit()->setText(QStringLiteral("kept"));
        dialog.backupKeepSpin()->setValue(3);
        QVERIFY(dialog.save());
    }
    const BackupService::Settings settings = registry.backupSettings();
    QCOMPARE(settings.folder, QStringLiteral("kept"));
    QCOMPARE(settings.keep, 3);
    QCOMPARE(BackupService::folder(m_registry, settings), path(QStringLiteral("kept")));
    QCOMPARE(registry.audit().count(), events + 2); // each change audited
    RegistrySettingsDialog again(registry);
    QCOMPARE(again.backupKeepSpin()->value(), 3);
    again.backupKeepSpin()->setValue(0);
    QCOMPARE(again.backupKeepSpin()->text(), QStringLiteral("Off"));
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
