// Edit ▸ Undo/Redo, Duplicate and Bulk Edit in the main window (offscreen): one undo step per user action (a
// registration, an edit in the editor, a bulk edit), each undo and redo an audited change through the asset service;
// a step the registry can no longer take back is refused with a message and leaves the list; the bulk edit changes
// all selected assets in one transaction or none; the command line's edit does the same for several assets or a filter.
#include "testregistry.h"

#include "clirunner.h"
#include "controls/assignmentdialog.h"
#include "editing/bulkeditdialog.h"
#include "editing/editactions.h"
#include "editor/asseteditor.h"
#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "widgets/assettableview.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace {

template <typename T> void whenShown(std::function<void(T *)> answer)
{
    QTimer::singleShot(0, [answer] {
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                answer(dialog);
                return;
            }
            QTest::qWait(10);
        }
        qWarning("the expected dialog was not shown");
    });
}

} // namespace

class TestEditing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editIsUndoneAndRedone();
    void registrationIsUndone();
    void undoRefusedWhenChangedElsewhere();
    void duplicateOpensFilledEditor();
    void assignmentIsUndoneAndRedone();
    void bulkEditChangesAllOrNone();
    void bulkEditWithReviewIsUndone();
    void serviceBulkRules();
    void commandLineEditsSeveral();
    // EVERYDAY_SCREENSHOTS=folder saves the main window at laptop and desktop sizes in both languages, for a person
    // to look at.
    void screenshots();

private:
    qint64 add(const QString &name, const QString &department);
    void select(const QList<qint64> &ids);
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    EditActions *m_actions = nullptr;
    Registry *m_registry = nullptr;
    QString m_path;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
};

qint64 TestEditing::add(const QString &name, const QString &department)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.department = department;
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created ? created->id : 0;
}

void TestEditing::select(const QList<qint64> &ids)
{
    AssetTableView *view = m_window->assetView();
    view->clearSelection();
    for (const qint64 id : ids) {
        const int row = m_window->assetModel()->rowOfAsset(id);
        QVERIFY(row >= 0);
        view->selectionModel()->select(m_window->assetModel()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(m_window->assetModel()->index(row, 0), QItemSelectionModel::NoUpdate);
    }
}

void TestEditing::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    std::unique_ptr<Registry> registry =
        TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("e%1.sqlite").arg(++count));
    QVERIFY(registry);
    m_registry = registry.get();
    m_path = registry->path();
    m_first = add(QStringLiteral("職員名簿"), QStringLiteral("人事課"));
    m_second = add(QStringLiteral("会議議事録"), QStringLiteral("総務課"));
    m_third = add(QStringLiteral("契約書"), QStringLiteral("総務課"));
    m_window = std::make_unique<MainWindow>();
    m_actions = new EditActions(m_window.get());
    m_window->setRegistry(std::move(registry));
    m_window->resize(1366, 700);
    m_window->show();
}

void TestEditing::cleanup()
{
    m_window.reset();
    m_registry = nullptr;
}

void TestEditing::editIsUndoneAndRedone()
{
    // The Edit menu sits before the Asset menu.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.indexOf(m_actions->menu()->menuAction()) + 1, menus.indexOf(m_window->assetMenu()->menuAction()));
    QVERIFY(!m_actions->undoAction()->isEnabled());
    QVERIFY(m_window->selectAsset(m_first));
    AssetEditor *editor = m_window->editAsset();
    QVERIFY(editor);
    auto *name = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("name")));
    name->setText(QStringLiteral("職員名簿 2026"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(m_registry->assets().byId(m_first)->name, QStringLiteral("職員名簿 2026"));
    QCOMPARE(m_actions->undoStack()->count(), 1);
    QVERIFY(m_actions->undoAction()->isEnabled());
    QVERIFY2(m_actions->undoAction()->text().contains(m_registry->assets().byId(m_first)->assetNo),
             qPrintable(m_actions->undoAction()->text()));

    const qint64 events = m_registry->audit().count();
    m_actions->undoAction()->trigger();
    QCOMPARE(m_registry->assets().byId(m_first)->name, QStringLiteral("職員名簿"));
    // The undo is a change of its own in the audit log, not an erasure.
    QCOMPARE(m_registry->audit().count(), events + 1);
    QVERIFY(m_actions->redoAction()->isEnabled());
    QCOMPARE(m_window->currentAsset()->name, QStringLiteral("職員名簿"));
    m_actions->redoAction()->trigger();
    QCOMPARE(m_registry->assets().byId(m_first)->name, QStringLiteral("職員名簿 2026"));
    QCOMPARE(m_registry->audit().count(), events + 2);

    // Saving without a change is no step.
    editor = m_window->editAsset();
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(m_actions->undoStack()->count(), 1);
}

void TestEditing::registrationIsUndone()
{
    Asset draft = TestRegistry::validAsset(*m_registry, QStringLiteral("受付簿"));
    AssetEditor *editor = m_window->newAssetFrom(draft);
    QVERIFY(editor);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    const qint64 total = m_registry->assets().totalCount();
    QCOMPARE(total, 4);
    const QString assetNo = m_window->currentAsset()->assetNo;
    m_actions->undoAction()->trigger();
    QCOMPARE(m_registry->assets().totalCount(), 3);
    QVERIFY(!m_registry->assets().byAssetNo(assetNo));
    QCOMPARE(m_window->assetModel()->rowCount(), 3);
    // Redo registers it again, under a new number: numbers are never given twice.
    m_actions->redoAction()->trigger();
    QCOMPARE(m_registry->assets().totalCount(), 4);
    QVERIFY(m_window->currentAsset());
    QCOMPARE(m_window->currentAsset()->name, QStringLiteral("受付簿"));
    QVERIFY(m_window->currentAsset()->assetNo != assetNo);
}

void TestEditing::undoRefusedWhenChangedElsewhere()
{
    QVERIFY(m_window->selectAsset(m_second));
    AssetEditor *editor = m_window->editAsset();
    auto *owner = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("owner")));
    owner->setText(QStringLiteral("佐藤 花子"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(m_actions->undoStack()->count(), 1);
    // Someone else changes the asset afterwards: the undo would overwrite their change, so it is refused.
    Asset other = *m_registry->assets().byId(m_second);
    other.storage = QStringLiteral("書庫B");
    QVERIFY(m_registry->assets().updateAsset(other));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int asked = MessageBox::count();
    m_actions->undoAction()->trigger();
    QCOMPARE(MessageBox::count(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_registry->assets().byId(m_second)->owner, QStringLiteral("佐藤 花子"));
    QCOMPARE(m_actions->undoStack()->count(), 0);
    QVERIFY(!m_actions->undoAction()->isEnabled());
}

void TestEditing::duplicateOpensFilledEditor()
{
    QVERIFY(m_window->selectAsset(m_first));
    QVERIFY(m_actions->duplicateAction()->isEnabled());
    QCOMPARE(m_actions->duplicateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_actions->duplicateAction()->trigger();
    auto *editor = m_window->findChild<AssetEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("name")))->text(),
             QStringLiteral("職員名簿 (copy)"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(m_registry->assets().totalCount(), 4);
    const Asset copy = *m_window->currentAsset();
    const Asset original = *m_registry->assets().byId(m_first);
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.department, original.department);
    QCOMPARE(copy.confidentiality, original.confidentiality);
    QCOMPARE(copy.retentionUntil, original.retentionUntil);
    // A duplicate is a registration: Undo takes it back.
    m_actions->undoAction()->trigger();
    QCOMPARE(m_registry->assets().totalCount(), 3);
}

void TestEditing::assignmentIsUndoneAndRedone()
{
    const QList<Control> controls = m_registry->catalogs().controls();
    QVERIFY(controls.size() >= 2);
    const Control first = controls.at(0);
    const Control second = controls.at(1);
    // One control already assigned to one of the assets: undo must put its fields back, not remove it.
    ControlAssignment kept;
    kept.assetId = m_second;
    kept.controlId = first.id;
    kept.implementation = QStringLiteral("partial");
    kept.responsible = QStringLiteral("総務課長");
    QVERIFY(m_registry->assignments().assign(kept));

    {
        AssignmentDialog dialog(*m_registry, {m_first, m_second}, {first, second}, m_window.get());
        QVERIFY(dialog.isBulk());
        QCheckBox *change = dialog.changeBox(QStringLiteral("implementation"));
        QVERIFY(change);
        change->setChecked(true);
        dialog.implementationCombo()->setCurrentIndex(
            dialog.implementationCombo()->findData(QStringLiteral("implemented")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedCount(), 4);
    }
    QCOMPARE(m_actions->undoStack()->count(), 1);
    QVERIFY2(m_actions->undoAction()->text().contains(QStringLiteral("4")),
             qPrintable(m_actions->undoAction()->text()));
    QCOMPARE(m_registry->assignments().assignment(m_first, second.id)->implementation, QStringLiteral("implemented"));

    const qint64 events = m_registry->audit().count();
    m_actions->undoAction()->trigger();
    // Three assignments that were new are gone; the one that existed is as it was, responsible person and all.
    QVERIFY(!m_registry->assignments().assignment(m_first, first.id));
    QVERIFY(!m_registry->assignments().assignment(m_first, second.id));
    QVERIFY(!m_registry->assignments().assignment(m_second, second.id));
    const std::optional<ControlAssignment> restored = m_registry->assignments().assignment(m_second, first.id);
    QVERIFY(restored);
    QCOMPARE(restored->implementation, QStringLiteral("partial"));
    QCOMPARE(restored->responsible, QStringLiteral("総務課長"));
    // Each undone change is audited: three unassignments and one update.
    QCOMPARE(m_registry->audit().count(), events + 4);

    m_actions->redoAction()->trigger();
    QCOMPARE(m_registry->assignments().assignment(m_second, first.id)->implementation, QStringLiteral("implemented"));
    QCOMPARE(m_registry->assignments().assignment(m_first, first.id)->implementation, QStringLiteral("implemented"));
    QCOMPARE(m_registry->audit().count(), events + 8);

    // Changed by someone else since: the undo is refused, changes nothing and leaves the list.
    ControlAssignment other = *m_registry->assignments().assignment(m_first, second.id);
    other.evidenceNote = QStringLiteral("点検記録 2026-11");
    QVERIFY(m_registry->assignments().assign(other));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int asked = MessageBox::count();
    m_actions->undoAction()->trigger();
    QCOMPARE(MessageBox::count(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed since")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_registry->assignments().assignment(m_first, first.id));
    QCOMPARE(m_registry->assignments().assignment(m_first, second.id)->evidenceNote,
             QStringLiteral("点検記録 2026-11"));
    QCOMPARE(m_actions->undoStack()->count(), 0);
}

void TestEditing::bulkEditChangesAllOrNone()
{
    select({m_first, m_second});
    QVERIFY(m_actions->bulkEditAction()->isEnabled());
    // An empty owner is refused for every asset: nothing changes and the dialog says why.
    bool refused = false;
    whenShown<BulkEditDialog>([&refused](BulkEditDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("department"))->setCurrentText(QStringLiteral("情報政策課"));
        dialog->findChild<QCheckBox *>(QStringLiteral("departmentBox"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("ownerBox"))->setChecked(true);
        dialog->findChild<QComboBox *>(QStringLiteral("owner"))->setCurrentText(QString());
        dialog->accept();
        auto *problems = dialog->findChild<QLabel *>(QStringLiteral("problems"));
        refused = dialog->isVisible() && !problems->isHidden() && problems->text().contains(QStringLiteral("IA-"));
        // Unticking the owner lets the rest through.
        dialog->findChild<QCheckBox *>(QStringLiteral("ownerBox"))->setChecked(false);
        QVERIFY(problems->isHidden());
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
        dialog->findChild<QCheckBox *>(QStringLiteral("statusBox"))->setChecked(true);
        status->setCurrentIndex(status->findData(QStringLiteral("stored")));
        QVERIFY(status->findData(QStringLiteral("disposed")) < 0);
        dialog->accept();
    });
    const qint64 events = m_registry->audit().count();
    QCOMPARE(m_actions->bulkEditSelected(), 2);
    QVERIFY(refused);
    for (const qint64 id : {m_first, m_second}) {
        QCOMPARE(m_registry->assets().byId(id)->department, QStringLiteral("情報政策課"));
        QCOMPARE(m_registry->assets().byId(id)->status, QStringLiteral("stored"));
    }
    QCOMPARE(m_registry->assets().byId(m_third)->department, QStringLiteral("総務課"));
    QCOMPARE(m_registry->audit().count(), events + 2);
    QCOMPARE(m_actions->undoStack()->count(), 1);
    m_actions->undoAction()->trigger();
    QCOMPARE(m_registry->assets().byId(m_first)->department, QStringLiteral("人事課"));
    QCOMPARE(m_registry->assets().byId(m_second)->department, QStringLiteral("総務課"));
    QCOMPARE(m_registry->assets().byId(m_second)->status, QStringLiteral("in_use"));
    QCOMPARE(m_registry->audit().count(), events + 4);
}

void TestEditing::bulkEditWithReviewIsUndone()
{
    select({m_second, m_third});
    const Asset before = *m_registry->assets().byId(m_third);
    whenShown<BulkEditDialog>([](BulkEditDialog *dialog) {
        auto *medium = dialog->findChild<QComboBox *>(QStringLiteral("medium"));
        dialog->findChild<QCheckBox *>(QStringLiteral("mediumBox"))->setChecked(true);
        medium->setCurrentIndex(1);
        dialog->findChild<QCheckBox *>(QStringLiteral("reviewed"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("reviewer"))->setText(QStringLiteral("山田"));
        dialog->accept();
    });
    QCOMPARE(m_actions->bulkEditSelected(), 2);
    const Asset after = *m_registry->assets().byId(m_third);
    QCOMPARE(after.reviewedBy, QStringLiteral("山田"));
    QCOMPARE(after.lastReviewedOn, m_registry->clock().today());
    QVERIFY(after.mediumClass != before.mediumClass);
    // The review has its own audit event, as Mark as Reviewed writes it.
    int reviews = 0;
    for (const qint64 id : {m_second, m_third}) {
        const QList<AuditEvent> events =
            m_registry->audit().eventsFor(QStringLiteral("asset"), m_registry->assets().byId(id)->assetNo);
        for (const AuditEvent &event : events)
            reviews += event.action == QLatin1String("review") ? 1 : 0;
    }
    QCOMPARE(reviews, 2);
    m_actions->undoAction()->trigger();
    const Asset undone = *m_registry->assets().byId(m_third);
    QCOMPARE(undone.reviewedBy, before.reviewedBy);
    QCOMPARE(undone.lastReviewedOn, before.lastReviewedOn);
    QCOMPARE(undone.mediumClass, before.mediumClass);
    QCOMPARE(undone.nextReview, before.nextReview);
}

void TestEditing::serviceBulkRules()
{
    AssetService &assets = m_registry->assets();
    Asset first = *assets.byId(m_first);
    Asset second = *assets.byId(m_second);
    // A stale version refuses everything, also the asset that was current.
    Asset stale = second;
    second.owner = QStringLiteral("別の人");
    QVERIFY(assets.updateAsset(second));
    first.owner = QStringLiteral("新しい人");
    stale.owner = QStringLiteral("新しい人");
    Result<QList<Asset>> result = assets.updateAssets({first, stale});
    QVERIFY(!result);
    QVERIFY(result.conflict);
    QCOMPARE(assets.byId(m_first)->owner, TestRegistry::validAsset(*m_registry).owner);
    // A withdrawal is refused after a change, allowed right after registration, and audited.
    Asset changed = *assets.byId(m_second);
    changed.rowVersion = 1;
    const Result<Asset> refused = assets.withdrawAsset(changed);
    QVERIFY(!refused);
    QVERIFY(refused.conflict);
    const Result<Asset> fresh = assets.createAsset(TestRegistry::validAsset(*m_registry, QStringLiteral("誤登録")));
    QVERIFY(fresh);
    const qint64 events = m_registry->audit().count();
    QVERIFY(assets.withdrawAsset(*fresh));
    QCOMPARE(m_registry->audit().count(), events + 1);
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("asset"), fresh->assetNo).constLast().action,
             QStringLiteral("remove"));
    QVERIFY(!assets.byId(fresh->id));
    // Full-text search no longer finds it.
    AssetFilter filter;
    filter.search = QStringLiteral("誤登録");
    QString error;
    QCOMPARE(assets.count(filter, &error), 0);
}

void TestEditing::commandLineEditsSeveral()
{
    const QString first = m_registry->assets().byId(m_first)->assetNo;
    const QString second = m_registry->assets().byId(m_second)->assetNo;
    const QString third = m_registry->assets().byId(m_third)->assetNo;
    m_window.reset(); // the command line opens the registry itself
    m_registry = nullptr;
    CliRun run = CliRunner::run(
        m_path, {QStringLiteral("edit"), first, second, QStringLiteral("--owner"), QStringLiteral("鈴木 一郎")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("2")), qPrintable(run.err));
    run = CliRunner::run(m_path, {QStringLiteral("edit"), QStringLiteral("--where-department"),
                                  QStringLiteral("総務課"), QStringLiteral("--status"), QStringLiteral("stored")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    // Asset numbers and --where together, or neither, are usage errors.
    QCOMPARE(CliRunner::run(m_path, {QStringLiteral("edit"), first, QStringLiteral("--where-department"),
                                     QStringLiteral("総務課"), QStringLiteral("--status"), QStringLiteral("stored")})
                 .status,
             2);
    QCOMPARE(
        CliRunner::run(m_path, {QStringLiteral("edit"), QStringLiteral("--status"), QStringLiteral("stored")}).status,
        2);
    // One bad asset refuses all: the owner of a third asset stays when the name of one would be empty.
    run = CliRunner::run(m_path, {QStringLiteral("edit"), first, QStringLiteral("IA-999999"), QStringLiteral("--owner"),
                                  QStringLiteral("誰か")});
    QCOMPARE(run.status, 1);
    std::unique_ptr<Registry> registry = TestRegistry::open(m_path);
    QVERIFY(registry);
    QCOMPARE(registry->assets().byAssetNo(first)->owner, QStringLiteral("鈴木 一郎"));
    QCOMPARE(registry->assets().byAssetNo(second)->owner, QStringLiteral("鈴木 一郎"));
    QCOMPARE(registry->assets().byAssetNo(second)->status, QStringLiteral("stored"));
    QCOMPARE(registry->assets().byAssetNo(third)->status, QStringLiteral("stored"));
    QCOMPARE(registry->assets().byAssetNo(first)->status, QStringLiteral("in_use"));
    // --reviewed-by marks them reviewed in the same transaction.
    run = CliRunner::run(m_path, {QStringLiteral("edit"), first, third, QStringLiteral("--storage"),
                                  QStringLiteral("書庫A"), QStringLiteral("--reviewed-by"), QStringLiteral("山田")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    registry = TestRegistry::open(m_path);
    QCOMPARE(registry->assets().byAssetNo(third)->reviewedBy, QStringLiteral("山田"));
    QCOMPARE(registry->assets().byAssetNo(third)->storage, QStringLiteral("書庫A"));
}

void TestEditing::screenshots()
{
    const QString folder = qEnvironmentVariable("EVERYDAY_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("EVERYDAY_SCREENSHOTS is not set");
    QDir().mkpath(folder);
    m_window.reset();
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir, 60);
    QVERIFY(registry);
    const QString path = registry->path();
    registry.reset();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(Language::instance().setLanguage(language, false));
        for (const QSize &size : {QSize(1366, 768), QSize(1600, 1000)}) {
            QSettings().remove(QStringLiteral("assetTable/header"));
            MainWindow window;
            Features::install(window);
            window.setRegistry(TestRegistry::open(path));
            window.resize(size);
            window.show();
            window.resize(size);
            QTest::qWait(50);
            window.grab().save(QDir(folder).filePath(QStringLiteral("main-%1-%2.png").arg(language).arg(size.width())));
            if (size.width() == 1366) {
                window.assetView()->selectAll();
                auto *edit = window.findChild<EditActions *>();
                QVERIFY(edit);
                QTimer::singleShot(200, [folder, language] {
                    if (QWidget *dialog = QApplication::activeModalWidget()) {
                        dialog->grab().save(QDir(folder).filePath(QStringLiteral("bulkedit-%1.png").arg(language)));
                        dialog->close();
                    }
                });
                edit->bulkEditSelected();
            }
        }
    }
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
