// The risk register window (design/risk.md "Outputs"): entries paged in SQL like the asset table, the filters by
// level, treatment, status, department, needs reassessment, overdue and expired acceptance, an entry opened by a double
// click, and candidates for a selection of assets in one step from the main window's Risk menu. Also the threat
// catalogue window, the assessment runs and the risk criteria in the registry settings.
#include "testregistry.h"

#include "dialogs/registrysettingsdialog.h"
#include "i18n/language.h"
#include "mainwindow/features.h"
#include "mainwindow/mainwindow.h"
#include "risk/assessmentrundialog.h"
#include "risk/assessmentrunswindow.h"
#include "risk/riskactions.h"
#include "risk/riskcriteriawidget.h"
#include "risk/riskentryeditor.h"
#include "risk/riskregisterwindow.h"
#include "risk/risktablemodel.h"
#include "risk/threatcatalogwindow.h"
#include "risk/threateditdialog.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "widgets/assettableview.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

class TestRiskRegister final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesInSql();
    void filters();
    void doubleClickOpensEntry();
    void candidatesForTheSelection();
    void threatCatalogue();
    void assessmentRuns();
    void criteriaInTheSettings();

private:
    Asset addAsset(const QString &name, const QString &department, int confidentiality);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    const QDate m_today{2026, 4, 1};
};

void TestRiskRegister::init()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(m_today)));
    m_registry->setActor(QStringLiteral("assessor@test"));
}

void TestRiskRegister::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestRiskRegister::addAsset(const QString &name, const QString &department, int confidentiality)
{
    Asset asset = TestRegistry::asset(*m_registry, name, department, QStringLiteral("鈴木"));
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("影響");
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? *created : Asset();
}

void TestRiskRegister::pagesInSql()
{
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << addAsset(QStringLiteral("資産%1").arg(i), QStringLiteral("総務課"), 2).id;
    const Result<int> made = m_registry->risks().generateCandidates(ids);
    QVERIFY(made);
    QVERIFY2(*made > 2 * RiskTableModel::kPageSize, "too few entries to page");
    RiskRegisterWindow window(*m_registry);
    RiskTableModel *model = window.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), *made);
    QVERIFY(window.countLabel()->text().contains(QString::number(*made)));
    model->refresh();
    QVERIFY(model->riskAt(0));
    const int fetched = model->pagesFetched();
    QVERIFY(fetched <= 1);
    QVERIFY(model->riskAt(5));
    QCOMPARE(model->pagesFetched(), fetched);
    // The last row is read from its own page, not by reading every row before it.
    const std::optional<Risk> last = model->riskAt(*made - 1);
    QVERIFY(last);
    QCOMPARE(model->pagesFetched(), 2);
    QCOMPARE(last->riskNo, QStringLiteral("R-%1").arg(*made, 6, 10, QLatin1Char('0')));
}

void TestRiskRegister::filters()
{
    const Asset general = addAsset(QStringLiteral("職員名簿"), QStringLiteral("総務課"), 3);
    const Asset finance = addAsset(QStringLiteral("会計データ"), QStringLiteral("会計課"), 1);
    QVERIFY(m_registry->risks().generateCandidates({general.id, finance.id}));
    const QList<Risk> ofGeneral = m_registry->risks().ofAsset(general.id);
    const QList<Risk> ofFinance = m_registry->risks().ofAsset(finance.id);
    const int total = int(ofGeneral.size() + ofFinance.size());
    // One high entry of 総務課, planned for transfer; one low entry of 会計課, accepted until the end of June.
    RiskService::Assessment assessment;
    assessment.likelihood = 3;
    assessment.vulnerability = 3;
    assessment.vulnerabilityRationale = QStringLiteral("未対策");
    const QString high = ofGeneral.first().riskNo;
    QVERIFY(m_registry->risks().assess(high, assessment));
    RiskService::Treatment transfer;
    transfer.treatment = QStringLiteral("transfer");
    transfer.plan = QStringLiteral("保険に加入する");
    transfer.transferTo = QStringLiteral("損害保険会社");
    QVERIFY(m_registry->risks().planTreatment(high, transfer));
    const QString low = ofFinance.first().riskNo;
    QVERIFY(m_registry->risks().assess(low, assessment));
    const RiskAcceptance acceptance{QStringLiteral("田中"),         QStringLiteral("課長"),
                                    QStringLiteral("owner"),        m_today,
                                    QStringLiteral("影響が小さい"), QDate(2026, 6, 30)};
    QVERIFY2(m_registry->risks().accept(low, acceptance), "not accepted");

    RiskRegisterWindow window(*m_registry);
    RiskTableModel *model = window.model();
    QCOMPARE(model->rowCount(), total);
    const auto choose = [](QComboBox *combo, const QString &code) {
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
    };
    // Candidates carry the derived level already: the finance asset (importance 1) has no high entry.
    int highCount = 0;
    for (const Risk &risk : m_registry->risks().ofAsset(general.id) + m_registry->risks().ofAsset(finance.id))
        highCount += risk.riskLevel == QLatin1String("high") ? 1 : 0;
    choose(window.levelCombo(), QStringLiteral("high"));
    QVERIFY(highCount > 0);
    QCOMPARE(model->rowCount(), highCount);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->riskAt(row)->riskLevel, QStringLiteral("high"));
        QCOMPARE(model->riskAt(row)->department, QStringLiteral("総務課"));
    }
    window.clearFilter();
    choose(window.treatmentCombo(), QStringLiteral("transfer"));
    QCOMPARE(model->rowCount(), 1);
    choose(window.treatmentCombo(), QStringLiteral("none"));
    QCOMPARE(model->rowCount(), total - 2);
    window.clearFilter();
    choose(window.statusCombo(), QStringLiteral("accepted"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->riskAt(0)->riskNo, low);
    window.clearFilter();
    choose(window.departmentCombo(), QStringLiteral("会計課"));
    QCOMPARE(model->rowCount(), int(ofFinance.size()));
    window.clearFilter();
    window.ownerEdit()->setText(QStringLiteral("鈴"));
    QTRY_COMPARE(model->rowCount(), total);
    window.ownerEdit()->setText(QStringLiteral("誰もいない"));
    QTRY_COMPARE(model->rowCount(), 0);
    window.clearFilter();

    // Time passes: the acceptance expires, the high entry's review (6 months) falls due.
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(QDate(2026, 10, 15))));
    window.refresh();
    window.acceptanceOverdueCheck()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->riskAt(0)->riskNo, low);
    window.acceptanceOverdueCheck()->setChecked(false);
    window.overdueCheck()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->riskAt(0)->riskNo, high);
    window.overdueCheck()->setChecked(false);
    // Needs reassessment: the expired acceptance.
    window.staleCheck()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->riskAt(0)->riskNo, low);
    QVERIFY(model->data(model->index(0, RiskTableModel::StatusColumn))
                .toString()
                .contains(QStringLiteral("needs reassessment")));
}

void TestRiskRegister::doubleClickOpensEntry()
{
    const Asset asset = addAsset(QStringLiteral("職員名簿"), QStringLiteral("総務課"), 2);
    QVERIFY(m_registry->risks().generateCandidates({asset.id}));
    RiskRegisterWindow window(*m_registry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.view();
    const QModelIndex second = window.model()->index(1, RiskTableModel::ThreatColumn);
    const QRect cell = view->visualRect(second);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(window.editor());
    QCOMPARE(window.editor()->risk().riskNo, window.model()->riskAt(1)->riskNo);
    // An organisation-wide risk from the window.
    window.editor()->close();
    QTRY_VERIFY(!window.editor());
    RiskEntryEditor *editor = window.newOrganisationWideRisk();
    QVERIFY(editor->importanceSpin()->isVisibleTo(editor));
    editor->threatCombo()->setCurrentIndex(
        editor->threatCombo()->findData(m_registry->threats().byCode(QStringLiteral("T-PAN-01"))->id));
    editor->ownerEdit()->setText(QStringLiteral("総務部長"));
    editor->importanceSpin()->setValue(3);
    editor->enteredButton()->setChecked(true);
    editor->vulnerabilityCombo()->setCurrentIndex(editor->vulnerabilityCombo()->findData(2));
    editor->vulnerabilityRationaleEdit()->setText(QStringLiteral("交代要員は一部の業務のみ"));
    QVERIFY(!editor->save());
    QVERIFY(editor->markedFields().contains(QStringLiteral("importance_rationale")));
    editor->importanceRationaleEdit()->setText(QStringLiteral("全業務が止まる"));
    QVERIFY2(editor->save(), qPrintable(editor->problemsLabel()->text()));
    QCOMPARE(editor->risk().assetId, 0);
    QCOMPARE(editor->risk().status, QStringLiteral("assessed"));
    QTRY_COMPARE(window.model()->rowCount(), int(m_registry->risks().ofAsset(asset.id).size()) + 1);
    editor->close();
}

void TestRiskRegister::candidatesForTheSelection()
{
    const Asset first = addAsset(QStringLiteral("職員名簿"), QStringLiteral("総務課"), 2);
    const Asset second = addAsset(QStringLiteral("会計データ"), QStringLiteral("会計課"), 2);
    const int expected =
        int(m_registry->risks().candidates(first.id)->size() + m_registry->risks().candidates(second.id)->size());
    MainWindow window;
    Features::install(window);
    window.setRegistry(std::move(m_registry));
    window.resize(1200, 600);
    window.show();
    auto *actions = window.findChild<RiskActions *>();
    QVERIFY(actions);
    QVERIFY(actions->menu()->title().contains(QStringLiteral("Ris")));
    window.assetView()->selectAll();
    QCOMPARE(window.selectedAssets().size(), 2);
    actions->updateActions();
    QVERIFY(actions->candidatesAction()->isEnabled());
    RiskRegisterWindow *registerWindow = actions->showRegister();
    QVERIFY(registerWindow);
    QCOMPARE(registerWindow->model()->rowCount(), 0);
    actions->candidatesAction()->trigger();
    QCOMPARE(window.registry()->risks().ofAsset(first.id).size() + window.registry()->risks().ofAsset(second.id).size(),
             expected);
    QCOMPARE(registerWindow->model()->rowCount(), expected);
    QVERIFY(actions->showThreats());
    QVERIFY(actions->showRuns());
}

void TestRiskRegister::threatCatalogue()
{
    ThreatCatalogWindow window(*m_registry);
    const int inForce = int(m_registry->threats().threats(false).size());
    QCOMPARE(window.list()->topLevelItemCount(), inForce);
    QVERIFY(window.reviewedLabel()->text().contains(QStringLiteral("not reviewed")));
    // An own threat.
    ThreatEditDialog *dialog = window.addThreat();
    QVERIFY(dialog);
    dialog->codeEdit()->setText(QStringLiteral("T-OWN-01"));
    dialog->nameJaEdit()->setText(QStringLiteral("委託先の倒産"));
    dialog->nameEnEdit()->setText(QStringLiteral("Insolvency of a contractor"));
    dialog->objectiveBox(0)->setChecked(false);
    dialog->objectiveBox(1)->setChecked(false);
    dialog->relatedControlsEdit()->setText(QStringLiteral("OUT-01, OUT-02"));
    dialog->likelihoodCombo()->setCurrentIndex(dialog->likelihoodCombo()->findData(1));
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(window.list()->topLevelItemCount(), inForce + 1);
    const Threat own = *m_registry->threats().byCode(QStringLiteral("T-OWN-01"));
    QCOMPARE(own.objectives, QStringLiteral("A"));
    QCOMPARE(own.relatedControls, (QStringList{QStringLiteral("OUT-01"), QStringLiteral("OUT-02")}));
    QCOMPARE(own.likelihood, 1);
    // The code is taken now: the core says so in the dialog.
    dialog = window.addThreat();
    dialog->codeEdit()->setText(QStringLiteral("T-OWN-01"));
    dialog->nameJaEdit()->setText(QStringLiteral("重複"));
    QVERIFY(!dialog->save());
    QVERIFY(!dialog->problemsLabel()->text().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    // A built-in threat: this registry's likelihood only.
    QVERIFY(window.select(QStringLiteral("T-DIS-01")));
    dialog = window.editThreat();
    QVERIFY(!dialog->nameJaEdit()->isEnabled());
    dialog->likelihoodCombo()->setCurrentIndex(dialog->likelihoodCombo()->findData(3));
    dialog->likelihoodRationaleEdit()->setText(QStringLiteral("活断層の近く"));
    dialog->accept();
    QCOMPARE(m_registry->threats().byCode(QStringLiteral("T-DIS-01"))->likelihood, 3);
    // Retire and reinstate.
    QVERIFY(window.select(QStringLiteral("T-DIS-01")));
    QVERIFY(window.retireThreat());
    QVERIFY(m_registry->threats().byCode(QStringLiteral("T-DIS-01"))->retired);
    QVERIFY(!window.select(QStringLiteral("T-DIS-01")));
    window.showRetiredCheck()->setChecked(true);
    QVERIFY(window.select(QStringLiteral("T-DIS-01")));
    QVERIFY(window.reinstateButton()->isEnabled());
    QVERIFY(window.reinstateThreat());
    QVERIFY(!m_registry->threats().byCode(QStringLiteral("T-DIS-01"))->retired);
    QVERIFY(window.markReviewed(m_today));
    QCOMPARE(m_registry->threats().catalogReviewedOn(), m_today);
    QVERIFY(!window.reviewedLabel()->text().contains(QStringLiteral("not reviewed")));
    QVERIFY(!window.markReviewed(m_today.addDays(1)));
}

void TestRiskRegister::assessmentRuns()
{
    addAsset(QStringLiteral("職員名簿"), QStringLiteral("総務課"), 2);
    AssessmentRunsWindow window(*m_registry);
    QCOMPARE(window.list()->topLevelItemCount(), 0);
    AssessmentRunDialog *dialog = window.recordRun();
    QVERIFY(!dialog->save());
    QVERIFY(!dialog->problemsLabel()->text().isEmpty());
    dialog->titleEdit()->setText(QStringLiteral("令和8年度リスクアセスメント"));
    dialog->assessorEdit()->setText(QStringLiteral("情報セキュリティ委員会"));
    QCOMPARE(dialog->scopeList()->count(), 1);
    dialog->scopeList()->item(0)->setCheckState(Qt::Checked);
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(window.list()->topLevelItemCount(), 1);
    QVERIFY(window.approveButton()->isEnabled());
    dialog = window.approveRun();
    QVERIFY(dialog->isApproval());
    dialog->approvedOnEdit()->setDate(m_today.addDays(3));
    dialog->approverEdit()->setText(QStringLiteral("CISO 佐藤"));
    QVERIFY(!dialog->save());
    QVERIFY(dialog->problemsLabel()->text().contains(QStringLiteral("future")));
    dialog->approvedOnEdit()->setDate(m_today);
    dialog->accept();
    const QList<AssessmentRun> runs = m_registry->risks().runs();
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.first().isApproved());
    QCOMPARE(runs.first().scope, QStringList{QStringLiteral("総務課")});
    QVERIFY(!window.approveButton()->isEnabled());
    QVERIFY(window.detailsLabel()->text().contains(QStringLiteral("Criteria in force")));
}

void TestRiskRegister::criteriaInTheSettings()
{
    RegistrySettingsDialog dialog(*m_registry);
    RiskCriteriaWidget *criteria = dialog.riskCriteria();
    QVERIFY(criteria);
    QCOMPARE(criteria->highSpin()->value(), 6);
    QCOMPARE(criteria->mediumSpin()->value(), 4);
    // Thresholds the method cannot have are the core's refusal, shown by the dialog.
    criteria->mediumSpin()->setValue(8);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.save());
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(m_registry->risks().criteria().mediumThreshold, 4);
    // The other method with its own thresholds and a longer review interval.
    criteria->methodCombo()->setCurrentIndex(criteria->methodCombo()->findData(QStringLiteral("product")));
    criteria->highSpin()->setValue(18);
    criteria->mediumSpin()->setValue(8);
    criteria->reviewMonthsSpin()->setValue(24);
    criteria->highApproverCombo()->setCurrentIndex(
        criteria->highApproverCombo()->findData(QStringLiteral("top_management")));
    QVERIFY(dialog.save());
    const RiskCriteria saved = m_registry->risks().criteria();
    QCOMPARE(saved.method, QStringLiteral("product"));
    QCOMPARE(saved.highThreshold, 18);
    QCOMPARE(saved.mediumThreshold, 8);
    QCOMPARE(saved.reviewMonths, 24);
    QCOMPARE(saved.highApprover, QStringLiteral("top_management"));
}

QTEST_MAIN(TestRiskRegister)
#include "tst_riskregister.moc"
