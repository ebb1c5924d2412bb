// Review in the window (practice.md §2): overdue assets stand out in the asset table (tint on the row, mark and colour
// on the next review) and have a filter in the filter bar; "Mark as reviewed" marks the selected assets through a small
// dialog that proposes today and the current actor, and shows a refusal without changing anything.
#include "../rawsql.h"
#include "testregistry.h"

#include "disposal/disposalactions.h"
#include "disposal/duedisposaldialog.h"
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "reminders/reminderbar.h"
#include "review/reviewactions.h"
#include "review/reviewdialog.h"
#include "risk/riskactions.h"
#include "risk/riskregisterwindow.h"
#include "risk/risktablemodel.h"
#include "service/auditlog.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "widgets/assettableview.h"
#include "widgets/filterbar.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFont>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSqlQuery>
#include <QTimer>
#include <QToolButton>

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

class TestReviewGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overdueRowsStandOut();
    void overdueFilterInTheBar();
    void markSelectedReviewed();
    void dialogShowsRefusal();
    void remindersOnOpening();

private:
    qint64 add(const QString &name, const QDate &nextReview);
    int rowOf(qint64 id) const;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ReviewActions *m_actions = nullptr;
    Registry *m_registry = nullptr;
    const QDate m_today = QDate(2026, 4, 1);
    qint64 m_late = 0;
    qint64 m_onTime = 0;
    qint64 m_gone = 0;
};

qint64 TestReviewGui::add(const QString &name, const QDate &nextReview)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.registeredOn = QDate(2024, 4, 1);
    asset.nextReview = nextReview;
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created ? created->id : 0;
}

int TestReviewGui::rowOf(qint64 id) const
{
    return m_window->assetModel()->rowOfAsset(id);
}

void TestReviewGui::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    std::unique_ptr<Registry> registry =
        TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("r%1.sqlite").arg(++count));
    QVERIFY(registry);
    registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(m_today)));
    m_registry = registry.get();
    m_late = add(QStringLiteral("職員名簿"), m_today.addDays(-10));
    m_onTime = add(QStringLiteral("会議議事録"), m_today.addDays(60));
    m_gone = add(QStringLiteral("旧ファイルサーバ"), m_today.addDays(-400));
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE id = %1").arg(m_gone)));
    }
    m_window = std::make_unique<MainWindow>();
    m_actions = new ReviewActions(m_window.get());
    m_window->setRegistry(std::move(registry));
    m_window->showDisposedAction()->setChecked(true);
    m_window->resize(1200, 600);
    m_window->show();
}

void TestReviewGui::cleanup()
{
    m_window.reset();
    m_registry = nullptr;
}

void TestReviewGui::overdueRowsStandOut()
{
    AssetTableModel *model = m_window->assetModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    const int next = AssetField::NextReview;
    const QModelIndex late = model->index(rowOf(m_late), next);
    QVERIFY(model->data(late, AssetTableModel::OverdueRole).toBool());
    QVERIFY(model->data(late, Qt::BackgroundRole).isValid());
    // The row stands out, not only the cell; the cell has its mark, so colour is not the only sign.
    QVERIFY(model->data(model->index(late.row(), AssetField::Name), Qt::BackgroundRole).isValid());
    QVERIFY(!model->data(late, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->data(late, Qt::FontRole).value<QFont>().bold());
    QVERIFY(model->data(late, Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue")));
    for (const qint64 id : {m_onTime, m_gone}) {
        const QModelIndex cell = model->index(rowOf(id), next);
        QVERIFY(!model->data(cell, AssetTableModel::OverdueRole).toBool());
        QVERIFY(!model->data(cell, Qt::BackgroundRole).isValid());
        QVERIFY(!model->data(cell, Qt::DecorationRole).isValid());
    }
}

void TestReviewGui::overdueFilterInTheBar()
{
    FilterBar *bar = m_window->filterBar();
    QCheckBox *overdue = bar->overdueCheck();
    QVERIFY(overdue);
    QVERIFY(!overdue->text().isEmpty());
    overdue->setChecked(true);
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 1);
    QCOMPARE(m_window->assetModel()->assetAt(0)->id, m_late);
    QVERIFY(m_window->currentFilter().overdueForReview);
    // Clear filters clears it too.
    bar->clear();
    QVERIFY(!overdue->isChecked());
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 3);
}

void TestReviewGui::markSelectedReviewed()
{
    QAction *action = m_actions->markReviewedAction();
    m_window->assetView()->clearSelection();
    m_actions->updateActions();
    QVERIFY(!action->isEnabled());
    QVERIFY(m_window->assetMenu()->actions().contains(action)); // the Asset menu is also the context menu

    AssetTableView *view = m_window->assetView();
    QItemSelectionModel *selection = view->selectionModel();
    selection->select(m_window->assetModel()->index(rowOf(m_late), 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(m_window->assetModel()->index(rowOf(m_onTime), 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(action->isEnabled());

    bool proposed = false;
    whenShown<ReviewDialog>([&proposed, this](ReviewDialog *dialog) {
        // Today by the registry's clock and the actor of the audit trail.
        proposed =
            dialog->dateEdit()->date() == m_today && dialog->reviewerEdit()->text() == QStringLiteral("tester@test");
        dialog->dateEdit()->setDate(m_today.addDays(-1));
        dialog->reviewerEdit()->setText(QStringLiteral("佐藤 花子"));
        dialog->accept();
    });
    action->trigger();
    QVERIFY(proposed);
    for (const qint64 id : {m_late, m_onTime}) {
        const Asset stored = *m_registry->assets().byId(id);
        QCOMPARE(stored.lastReviewedOn, m_today.addDays(-1));
        QCOMPARE(stored.reviewedBy, QStringLiteral("佐藤 花子"));
        QCOMPARE(stored.nextReview, m_today.addDays(-1).addMonths(12));
    }
    // The table shows it at once: the overdue asset is no longer marked.
    QVERIFY(
        !m_window->assetModel()
             ->data(m_window->assetModel()->index(rowOf(m_late), AssetField::NextReview), AssetTableModel::OverdueRole)
             .toBool());
}

void TestReviewGui::dialogShowsRefusal()
{
    const qint64 events = m_registry->audit().count();
    ReviewDialog dialog(*m_registry, {m_late, m_gone}, m_window.get());
    dialog.show();
    QVERIFY(dialog.dateEdit()->maximumDate() == m_today);
    dialog.accept();
    // Refused (a disposed asset is among them): the dialog stays open, says why and nothing changed.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY(dialog.problemLabel()->text().contains(m_registry->assets().byId(m_gone)->assetNo));
    QCOMPARE(dialog.markedCount(), 0);
    QCOMPARE(m_registry->audit().count(), events);
    QVERIFY(!m_registry->assets().byId(m_late)->lastReviewedOn.isValid());
    dialog.reviewerEdit()->clear();
    dialog.accept();
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Reviewed by")));
}

void TestReviewGui::remindersOnOpening()
{
    // The retention of the asset on time ended a month ago: it is due for disposal.
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE asset SET retention_until = '2026-03-01' WHERE id = %1").arg(m_onTime)));
    }
    // Two risk entries: one whose review was due in January, one not due.
    qint64 dueRisk = 0;
    for (const QString &scenario : {QStringLiteral("名簿の漏えい"), QStringLiteral("議事録の改ざん")}) {
        Risk draft;
        draft.assetId = m_late;
        draft.threatId = m_registry->threats().byCode(QStringLiteral("T-DIS-01"))->id;
        draft.scenario = scenario;
        const Result<Risk> risk = m_registry->risks().create(draft);
        QVERIFY2(risk, qPrintable(risk.error));
        if (dueRisk == 0)
            dueRisk = risk->id;
    }
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("UPDATE risk SET next_review = '2026-01-15' WHERE id = %1").arg(dueRisk)));
    }
    new DisposalActions(m_window.get());
    new RiskActions(m_window.get());
    auto *bar = new ReminderBar(m_window.get());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->overdueCount(), 1);
    QCOMPARE(bar->disposalCount(), 1);
    QCOMPARE(bar->retentionUnsetCount(), 0);
    QCOMPARE(bar->risksDueCount(), 1);
    const QString text = bar->textLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("overdue for review")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("due for disposal")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("href=\"risks\">1 risk entr")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("retention period")), qPrintable(text));

    // The risk item opens the register with only the due entry.
    bar->open(QStringLiteral("risks"));
    auto *risks = m_window->findChild<RiskRegisterWindow *>();
    QVERIFY(risks);
    QTRY_COMPARE(risks->model()->rowCount(), 1);
    QVERIFY(risks->extraFilterLabel()->isVisibleTo(risks));
    risks->close();

    // Each reminder is a click away from its list.
    bar->open(QStringLiteral("overdue"));
    QVERIFY(m_window->filterBar()->overdueCheck()->isChecked());
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 1);
    QCOMPARE(m_window->assetModel()->assetAt(0)->id, m_late);
    bool listed = false;
    whenShown<DueDisposalDialog>([&listed](DueDisposalDialog *dialog) {
        listed = true;
        dialog->reject();
    });
    bar->open(QStringLiteral("disposal"));
    QVERIFY(listed);

    // The ended retention is marked in its cell, with a tooltip that says why.
    m_window->filterBar()->clear();
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 3);
    AssetTableModel *model = m_window->assetModel();
    const QModelIndex ended = model->index(rowOf(m_onTime), AssetField::RetentionUntil);
    QVERIFY(!model->data(ended, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->data(ended, Qt::ToolTipRole).toString().contains(QStringLiteral("due for disposal")));
    QVERIFY(!model->data(model->index(rowOf(m_gone), AssetField::RetentionUntil), Qt::DecorationRole).isValid());

    // Closed, it stays away until a registry is opened again; with nothing due it does not show.
    bar->findChild<QToolButton *>(QStringLiteral("closeReminders"))->click();
    QVERIFY(bar->isHidden());
    bar->refresh();
    QVERIFY(bar->isHidden());
}

QTEST_MAIN(TestReviewGui)
#include "tst_review.moc"
