// The audit trail in the window (offscreen): the History tab of the asset editor (who, when, old → new, codes as
// labels, in the UI language), the audit log window's filters paged in SQL, the printed report's checkpoint on its
// last page (through the PDF text poppler extracts), CSV export, and verification with its result.
#include "testregistry.h"

#include "audit/auditactions.h"
#include "audit/auditlogmodel.h"
#include "audit/auditlogwindow.h"
#include "audit/historywidget.h"
#include "audit/verifyhistory.h"
#include "editor/asseteditor.h"
#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>

class TestAuditGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyTabShowsChanges();
    void historyTabFollowsLanguage();
    void logWindowFilters();
    void logModelPagesInSql();
    void reportPdfEndsWithCheckpoint();
    void csvExportCarriesCheckpoint();
    void verifyShowsResult();
    void mainWindowOffersTheAuditLog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestAuditGui::init()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    // One by one, so that each asset has a creation event of its own in the trail.
    for (const Asset &draft : TestRegistry::generated(30, m_registry->scheme(), 7, QDate::currentDate()))
        QVERIFY(m_registry->assets().createAsset(draft).ok());
    // IA-000005: created, put in use with a remark by the tester, then given a new owner and stored by the auditor.
    Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000005"));
    asset.status = QStringLiteral("in_use");
    asset.remarks = QStringLiteral("点検済み");
    QVERIFY(m_registry->assets().updateAsset(asset).ok());
    asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000005"));
    asset.owner = QStringLiteral("佐藤 花子");
    m_registry->setActor(QStringLiteral("auditor@laptop"));
    asset.status = QStringLiteral("stored");
    QVERIFY(m_registry->assets().updateAsset(asset).ok());
}

void TestAuditGui::cleanup()
{
    m_registry.reset();
    m_dir.reset();
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestAuditGui::historyTabShowsChanges()
{
    const Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000005"));
    AssetEditor editor(*m_registry, asset);
    QCOMPARE(editor.tabs()->count(), 4);
    QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(editor.historyTab())), QStringLiteral("History"));
    HistoryWidget *history = editor.historyTab();
    QCOMPARE(history->eventCount(), 3);
    QTreeWidgetItem *latest = history->tree()->topLevelItem(0);
    QCOMPARE(latest->text(1), QStringLiteral("auditor@laptop"));
    QCOMPARE(latest->text(2), QStringLiteral("Changed"));
    QVERIFY2(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QDate::currentDate().year()))
                 .match(latest->text(0))
                 .hasMatch(),
             qPrintable(latest->text(0)));
    QCOMPARE(latest->childCount(), 2);
    QHash<QString, QPair<QString, QString>> changes;
    for (int index = 0; index < latest->childCount(); ++index)
        changes.insert(latest->child(index)->text(3), {latest->child(index)->text(4), latest->child(index)->text(5)});
    QCOMPARE(changes.value(QStringLiteral("Owner")).second, QStringLiteral("佐藤 花子"));
    // Codes are shown as their labels.
    QCOMPARE(changes.value(QStringLiteral("Status")), qMakePair(QStringLiteral("In use"), QStringLiteral("Stored")));
    QTreeWidgetItem *created = history->tree()->topLevelItem(2);
    QCOMPARE(created->text(1), QStringLiteral("tester@test"));
    QCOMPARE(created->text(2), QStringLiteral("Created"));
    QVERIFY(created->childCount() > 5);

    // A save adds to the history at once.
    QLineEdit *owner = qobject_cast<QLineEdit *>(editor.fieldWidget(QStringLiteral("owner")));
    QVERIFY(owner);
    owner->setText(QStringLiteral("鈴木 一郎"));
    QVERIFY(editor.save());
    QCOMPARE(history->eventCount(), 4);
    QCOMPARE(history->tree()->topLevelItem(0)->text(3), QStringLiteral("Owner"));
    QCOMPARE(history->tree()->topLevelItem(0)->text(4), QStringLiteral("佐藤 花子"));
    QCOMPARE(history->tree()->topLevelItem(0)->text(5), QStringLiteral("鈴木 一郎"));

    // A new asset has none until it is saved.
    AssetEditor fresh(*m_registry, m_registry->assets().newAsset());
    QCOMPARE(fresh.historyTab()->eventCount(), 0);
}

void TestAuditGui::historyTabFollowsLanguage()
{
    const Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000005"));
    AssetEditor editor(*m_registry, asset);
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents();
    QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(editor.historyTab())), QStringLiteral("履歴"));
    QTreeWidgetItem *latest = editor.historyTab()->tree()->topLevelItem(0);
    QCOMPARE(latest->text(2), QStringLiteral("変更"));
    QHash<QString, QString> after;
    for (int index = 0; index < latest->childCount(); ++index)
        after.insert(latest->child(index)->text(3), latest->child(index)->text(5));
    QCOMPARE(after.value(QStringLiteral("状態")), QStringLiteral("保管中"));
    QCOMPARE(editor.historyTab()->tree()->headerItem()->text(0), QStringLiteral("記録日時"));
    // Japanese dates keep a four-digit year: 2026/12/01.
    QVERIFY2(latest->text(0).startsWith(QString::number(QDate::currentDate().year()) + QLatin1Char('/')),
             qPrintable(latest->text(0)));
}

void TestAuditGui::logWindowFilters()
{
    AuditLogWindow window(*m_registry);
    QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 all = m_registry->audit().count();
    QCOMPARE(window.model()->count(), all);
    QCOMPARE(window.model()->rowCount(), int(all));
    QVERIFY(window.countLabel()->text().contains(QString::number(all)));
    QString error;
    const AuditCheckpoint head = *m_registry->audit().checkpoint(&error);
    QCOMPARE(window.checkpointLabel()->text(), QStringLiteral("Checkpoint: %1").arg(head.toString()));
    // Newest first.
    QCOMPARE(window.model()->eventAt(0)->seq, head.seq);

    window.actorEdit()->setText(QStringLiteral("AUDITOR"));
    window.applyFilter();
    QCOMPARE(window.model()->count(), 1);
    QCOMPARE(window.model()->index(0, AuditLogModel::ActorColumn).data().toString(), QStringLiteral("auditor@laptop"));
    QVERIFY(
        window.model()->index(0, AuditLogModel::ChangesColumn).data().toString().contains(QStringLiteral("Stored")));

    window.clearFilter();
    QCOMPARE(window.model()->count(), all);
    window.actionCombo()->setCurrentIndex(window.actionCombo()->findData(QStringLiteral("update")));
    QCOMPARE(window.model()->count(), 2);
    window.actionCombo()->setCurrentIndex(window.actionCombo()->findData(QStringLiteral("create")));
    window.entityCombo()->setCurrentIndex(window.entityCombo()->findData(QStringLiteral("asset")));
    QCOMPARE(window.model()->count(), 30);

    window.clearFilter();
    window.assetEdit()->setText(QStringLiteral("IA-000005"));
    window.applyFilter();
    QCOMPARE(window.model()->count(), 3);
    QCOMPARE(window.model()->index(2, AuditLogModel::SubjectColumn).data().toString(),
             QStringLiteral("Asset IA-000005"));

    window.clearFilter();
    window.sinceCheck()->setChecked(true);
    window.sinceEdit()->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(window.model()->count(), 0);
    window.sinceEdit()->setDate(QDate::currentDate());
    window.untilCheck()->setChecked(true);
    window.untilEdit()->setDate(QDate::currentDate());
    QCOMPARE(window.model()->count(), all);
    window.untilEdit()->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(window.model()->count(), 0);

    // The labels and combos follow the language.
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents();
    QCOMPARE(window.windowTitle(), QStringLiteral("監査ログ"));
    QCOMPARE(window.actionCombo()->itemText(window.actionCombo()->findData(QStringLiteral("update"))),
             QStringLiteral("変更"));
}

void TestAuditGui::logModelPagesInSql()
{
    QVERIFY(m_registry->assets()
                .createAssets(TestRegistry::generated(1000, m_registry->scheme(), 3, QDate::currentDate()))
                .ok());
    // The batch is one event; marking the assets reviewed adds one each, enough for several pages.
    QList<qint64> ids;
    for (qint64 id = 31; id <= 1030; ++id)
        ids << id;
    const Result<int> reviewed =
        m_registry->assets().markReviewed(ids, m_registry->clock().today(), QStringLiteral("山田 太郎"));
    QVERIFY2(reviewed.ok(), qPrintable(reviewed.error));
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistry(m_registry.get());
    const qint64 all = m_registry->audit().count();
    QCOMPARE(model.rowCount(), int(all));
    // Only the pages asked for are read (the tester reads the first rows after a reset).
    QVERIFY(model.pagesFetched() <= 1);
    QCOMPARE(model.index(0, 0).data().toString(), QString::number(all));
    QCOMPARE(model.pagesFetched(), 1);
    QCOMPARE(model.index(AuditLogModel::kPageSize + 3, 0).data().toString(),
             QString::number(all - AuditLogModel::kPageSize - 3));
    QCOMPARE(model.pagesFetched(), 2);
    const int last = int(all) - 1;
    QCOMPARE(model.index(last, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.pagesFetched(), 3);
    QCOMPARE(model.index(5, 0).data().toString(), QString::number(all - 5));
    QCOMPARE(model.pagesFetched(), 3);
}

void TestAuditGui::reportPdfEndsWithCheckpoint()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(Language::instance().setLanguage(language, false));
        QCoreApplication::processEvents();
        AuditLogWindow window(*m_registry);
        const QString pdf = m_dir->filePath(QStringLiteral("audit-%1.pdf").arg(language));
        FileDialog::setNextFileName(pdf);
        QVERIFY(window.savePdf());
        QString error;
        const AuditCheckpoint head = *m_registry->audit().checkpoint(&error);
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(!pages.isEmpty());
        QVERIFY2(pages.constLast().contains(head.toString()), qPrintable(pages.constLast()));
        QVERIFY(pages.constLast().contains(head.hash));
        QVERIFY(text.contains(QStringLiteral("佐藤 花子")));
        QVERIFY(text.contains(language == QLatin1String("ja") ? QStringLiteral("監査報告書")
                                                              : QStringLiteral("Audit Report")));
    }
}

void TestAuditGui::csvExportCarriesCheckpoint()
{
    AuditLogWindow window(*m_registry);
    window.assetEdit()->setText(QStringLiteral("IA-000005"));
    window.applyFilter();
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    FileDialog::setNextFileName(csv);
    QVERIFY(window.exportCsv());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QString error;
    const AuditCheckpoint head = *m_registry->audit().checkpoint(&error);
    QVERIFY(text.contains(QStringLiteral(",auditor@laptop,Changed,Asset,IA-000005,Status,In use,Stored")));
    QVERIFY(!text.contains(QStringLiteral("IA-000006")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("Checkpoint,%1,%2").arg(head.toString(), head.hash)));
}

void TestAuditGui::verifyShowsResult()
{
    QWidget parent;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const ChainCheck intact = VerifyHistory::run(&parent, *m_registry);
    QVERIFY(intact.ok());
    QVERIFY2(MessageBox::lastText().contains(intact.head.toString()), qPrintable(MessageBox::lastText()));

    const QString path = m_registry->path();
    m_registry.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = 12")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    QString error;
    m_registry = Registry::open(path, &error);
    QVERIFY2(m_registry, qPrintable(error));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const ChainCheck broken = VerifyHistory::run(&parent, *m_registry);
    QCOMPARE(broken.outcome, ChainCheck::Outcome::Changed);
    QCOMPARE(broken.seq, 12);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Event 12")));
}

void TestAuditGui::mainWindowOffersTheAuditLog()
{
    const QString path = m_registry->path();
    m_registry.reset();
    MainWindow window;
    auto *actions = new AuditActions(&window);
    QVERIFY(!actions->auditLogAction()->isEnabled());
    QVERIFY(window.fileMenu()->actions().contains(actions->auditLogAction()));
    QVERIFY(window.fileMenu()->actions().contains(actions->verifyAction()));
    QVERIFY(window.openRegistry(path));
    QVERIFY(actions->auditLogAction()->isEnabled());
    actions->auditLogAction()->trigger();
    AuditLogWindow *log = actions->auditLogWindow();
    QVERIFY(log);
    QVERIFY(log->isVisible());
    QCOMPARE(log->model()->count(), window.registry()->audit().count());
    // Another registry gets a window of its own.
    QTemporaryDir other;
    std::unique_ptr<Registry> second = TestRegistry::create(other, 2);
    QVERIFY(second);
    const QString secondPath = second->path();
    second.reset();
    QVERIFY(window.openRegistry(secondPath));
    QTRY_VERIFY(!actions->auditLogWindow());
    actions->auditLogAction()->trigger();
    QVERIFY(actions->auditLogWindow());
    QCOMPARE(actions->auditLogWindow()->model()->count(), window.registry()->audit().count());
    QCOMPARE(actions->auditLogAction()->text(), QStringLiteral("Audit Lo&g…"));
}

QTEST_MAIN(TestAuditGui)
#include "tst_auditgui.moc"
