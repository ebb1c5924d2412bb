// The risk entry editor, the acceptance dialog and the Risks tab of the asset editor (design/risk.md "Outputs"): the
// vulnerability derived from the asset's controls and shown, the value and level as they follow, an assessment
// saved through the service, a treatment plan whose controls become assignments of the asset with the person and due
// date, the core's refusals shown in the editor with the field marked, acceptance by the right role, the
// needs-reassessment mark, and candidates generated from the tab.
#include "testregistry.h"

#include "controls/assetcontrolswidget.h"
#include "domain/riskcodes.h"
#include "editor/asseteditor.h"
#include "i18n/language.h"
#include "risk/acceptancedialog.h"
#include "risk/assetriskswidget.h"
#include "risk/riskentryeditor.h"
#include "risk/risktablemodel.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestRiskEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void derivedVulnerabilityShownAndSaved();
    void enteredVulnerabilityNeedsRationale();
    void newEntryForAnAsset();
    void planCreatesAssignments();
    void reduceWithoutControlRefused();
    void controlRemovedFromPlan();
    void refusedNewEntrySavesNothing();
    void residualAboveInherentRefused();
    void acceptanceAuthorityFromTheCore();
    void highAcceptedIsFlagged();
    void risksTabGeneratesCandidates();
    void needsReassessmentMarked();
    void typedInputIsGuarded();

private:
    Asset addAsset(int confidentiality, const QString &name = QStringLiteral("住民基本台帳データ"));
    Risk entry(const Asset &asset, const QString &threat = QStringLiteral("T-INT-01"));
    Risk assessed(const Asset &asset, int likelihood, int vulnerability);
    qint64 controlId(const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    const QDate m_today{2026, 4, 1};
};

void TestRiskEditor::init()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(m_today)));
    m_registry->setActor(QStringLiteral("assessor@test"));
}

void TestRiskEditor::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestRiskEditor::addAsset(int confidentiality, const QString &name)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("漏えい時の影響");
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? *created : Asset();
}

Risk TestRiskEditor::entry(const Asset &asset, const QString &threat)
{
    Risk draft;
    draft.assetId = asset.id;
    draft.threatId = m_registry->threats().byCode(threat)->id;
    draft.scenario = QStringLiteral("外部からの侵入による漏えい");
    const Result<Risk> risk = m_registry->risks().create(draft);
    if (!risk)
        qWarning("%s", qPrintable(risk.error));
    return risk ? *risk : Risk();
}

Risk TestRiskEditor::assessed(const Asset &asset, int likelihood, int vulnerability)
{
    const Risk risk = entry(asset);
    RiskService::Assessment assessment;
    assessment.likelihood = likelihood;
    assessment.vulnerability = vulnerability;
    assessment.vulnerabilityRationale = QStringLiteral("点検結果による");
    const Result<Risk> done = m_registry->risks().assess(risk.riskNo, assessment);
    if (!done)
        qWarning("%s", qPrintable(done.error));
    return done ? *done : Risk();
}

qint64 TestRiskEditor::controlId(const QString &code) const
{
    const Result<Control> control = m_registry->catalogs().findControl(code, QStringLiteral("builtin"));
    return control ? control->id : 0;
}

void TestRiskEditor::derivedVulnerabilityShownAndSaved()
{
    const Asset asset = addAsset(3);
    const Risk risk = entry(asset);
    QVERIFY(!risk.riskNo.isEmpty());
    // One related control of T-INT-01 implemented: rule 3 gives 2.
    ControlAssignment assignment;
    assignment.assetId = asset.id;
    assignment.controlId = controlId(QStringLiteral("TEC-01"));
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());

    RiskEntryEditor editor(*m_registry, *m_registry->risks().byNo(risk.riskNo));
    QVERIFY(editor.derivedButton()->isEnabled());
    QVERIFY(editor.derivedButton()->isChecked());
    QCOMPARE(editor.derivedLabel()->text(), QStringLiteral("2"));
    editor.likelihoodCombo()->setCurrentIndex(editor.likelihoodCombo()->findData(3));
    // 3 × damage(3, 2) = 3 × 2 = 6: high under the IPA defaults.
    QVERIFY2(editor.resultLabel()->text().contains(QStringLiteral("risk value 6")),
             qPrintable(editor.resultLabel()->text()));
    QVERIFY(editor.resultLabel()->text().contains(QStringLiteral("High")));
    QVERIFY(editor.save());
    const Risk saved = *m_registry->risks().byNo(risk.riskNo);
    QCOMPARE(saved.status, QStringLiteral("assessed"));
    QVERIFY(saved.vulnerabilityDerived);
    QCOMPARE(saved.vulnerability, 2);
    QCOMPARE(saved.riskValue, 6);
    QCOMPARE(saved.riskLevel, QStringLiteral("high"));
    QCOMPARE(editor.risk().status, QStringLiteral("assessed"));
    QVERIFY(!editor.isModified());
}

void TestRiskEditor::enteredVulnerabilityNeedsRationale()
{
    const Risk risk = entry(addAsset(2));
    RiskEntryEditor editor(*m_registry, risk);
    editor.enteredButton()->setChecked(true);
    QVERIFY(editor.vulnerabilityCombo()->isEnabled());
    editor.vulnerabilityCombo()->setCurrentIndex(editor.vulnerabilityCombo()->findData(1));
    QVERIFY(!editor.save());
    // The rule is the core's: its message is shown and the field marked.
    QVERIFY2(editor.problemsLabel()->text().contains(QStringLiteral("rationale")),
             qPrintable(editor.problemsLabel()->text()));
    QVERIFY(editor.markedFields().contains(QStringLiteral("vulnerability_rationale")));
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->status, QStringLiteral("identified"));
    editor.vulnerabilityRationaleEdit()->setText(QStringLiteral("全端末で多要素認証"));
    QVERIFY(editor.save());
    const Risk saved = *m_registry->risks().byNo(risk.riskNo);
    QVERIFY(!saved.vulnerabilityDerived);
    QCOMPARE(saved.vulnerability, 1);
    QCOMPARE(saved.vulnerabilityRationale, QStringLiteral("全端末で多要素認証"));
    QVERIFY(editor.markedFields().isEmpty());
}

void TestRiskEditor::newEntryForAnAsset()
{
    const Asset asset = addAsset(3);
    RiskEntryEditor editor(*m_registry, asset.id);
    QVERIFY(editor.isNew());
    QVERIFY(!editor.save());
    QVERIFY(editor.markedFields().contains(QStringLiteral("threat")));
    const qint64 threat = m_registry->threats().byCode(QStringLiteral("T-NEG-03"))->id;
    editor.threatCombo()->setCurrentIndex(editor.threatCombo()->findData(threat));
    // The threat's objectives and the asset's owner are filled in.
    QVERIFY(editor.objectiveBox(0)->isChecked());
    QVERIFY(!editor.objectiveBox(1)->isEnabled());
    QCOMPARE(editor.ownerEdit()->text(), asset.owner);
    QVERIFY2(editor.save(), qPrintable(editor.problemsLabel()->text()));
    QVERIFY(!editor.isNew());
    const QList<Risk> risks = m_registry->risks().ofAsset(asset.id);
    QCOMPARE(risks.size(), 1);
    QCOMPARE(risks.first().threatCode, QStringLiteral("T-NEG-03"));
    QCOMPARE(risks.first().status, QStringLiteral("assessed"));
    QCOMPARE(risks.first().importance, 3);
    QVERIFY(editor.windowTitle().contains(risks.first().riskNo));
}

void TestRiskEditor::planCreatesAssignments()
{
    const Asset asset = addAsset(3);
    const Risk risk = assessed(asset, 3, 3);
    RiskEntryEditor editor(*m_registry, risk);
    editor.treatmentCombo()->setCurrentIndex(editor.treatmentCombo()->findData(QStringLiteral("reduce")));
    QVERIFY(editor.planEdit()->isEnabled());
    editor.planEdit()->setPlainText(QStringLiteral("多要素認証を導入する"));
    const qint64 control = controlId(QStringLiteral("TEC-04"));
    QVERIFY(control > 0);
    editor.addPlannedControls({control}, QStringLiteral("情報システム課 山田"), QDate(2026, 9, 30));
    QCOMPARE(editor.plannedControlsTable()->rowCount(), 1);
    QVERIFY(editor.isModified());
    QVERIFY2(editor.save(), qPrintable(editor.problemsLabel()->text()));
    const Risk saved = *m_registry->risks().byNo(risk.riskNo);
    QCOMPARE(saved.status, QStringLiteral("planned"));
    QCOMPARE(saved.treatment, QStringLiteral("reduce"));
    QCOMPARE(saved.plannedControls, QList<qint64>{control});
    // The plan's control is an assignment of the asset, with the person and the date.
    const std::optional<ControlAssignment> assignment = m_registry->assignments().assignment(asset.id, control);
    QVERIFY(assignment);
    QCOMPARE(assignment->responsible, QStringLiteral("情報システム課 山田"));
    QCOMPARE(assignment->dueDate, QDate(2026, 9, 30));
    QVERIFY(editor.startButton()->isEnabled());
    QVERIFY(editor.startTreatment());
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->status, QStringLiteral("in_treatment"));
}

void TestRiskEditor::controlRemovedFromPlan()
{
    const Asset asset = addAsset(3);
    const Risk risk = assessed(asset, 3, 3);
    const qint64 mfa = controlId(QStringLiteral("TEC-04"));
    const qint64 malware = controlId(QStringLiteral("TEC-07"));
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("多要素認証とマルウェア対策");
    treatment.controls = {{mfa, QStringLiteral("山田"), QDate(2026, 9, 30)},
                          {malware, QStringLiteral("鈴木"), QDate(2026, 10, 31)}};
    const Result<Risk> planned = m_registry->risks().planTreatment(risk.riskNo, treatment);
    QVERIFY2(planned, qPrintable(planned.error));
    RiskEntryEditor editor(*m_registry, *planned);
    QCOMPARE(editor.plannedControlsTable()->rowCount(), 2);
    QPushButton *remove = editor.findChild<QPushButton *>(QStringLiteral("riskRemoveControl"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    // A saved control of the plan can be taken off it: gone from the table at once, from the entry when saved.
    editor.plannedControlsTable()->selectRow(1);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(editor.plannedControlsTable()->rowCount(), 1);
    QVERIFY(editor.isModified());
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->plannedControls.size(), 2);
    QVERIFY2(editor.save(), qPrintable(editor.problemsLabel()->text()));
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->plannedControls, QList<qint64>{mfa});
    QVERIFY(m_registry->assignments().assignment(asset.id, malware));
    QVERIFY(!editor.isModified());
    // The last dated control of a reduction cannot go: the core refuses, nothing changes, the field is marked.
    editor.plannedControlsTable()->selectRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(editor.plannedControlsTable()->rowCount(), 0);
    QVERIFY(!editor.save());
    QVERIFY(editor.markedFields().contains(QStringLiteral("planned_controls")));
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->plannedControls, QList<qint64>{mfa});
}

void TestRiskEditor::refusedNewEntrySavesNothing()
{
    // A new entry whose assessment is refused (a vulnerability entered without a rationale) is not created at all.
    const Asset asset = addAsset(3);
    RiskEntryEditor editor(*m_registry, asset.id);
    editor.threatCombo()->setCurrentIndex(
        editor.threatCombo()->findData(m_registry->threats().byCode(QStringLiteral("T-NEG-03"))->id));
    editor.enteredButton()->setChecked(true);
    editor.vulnerabilityCombo()->setCurrentIndex(editor.vulnerabilityCombo()->findData(2));
    const qint64 events = m_registry->audit().count();
    QVERIFY(!editor.save());
    QVERIFY(editor.markedFields().contains(QStringLiteral("vulnerability_rationale")));
    QVERIFY(editor.isNew());
    QVERIFY(m_registry->risks().ofAsset(asset.id).isEmpty());
    QCOMPARE(m_registry->audit().count(), events);
    editor.vulnerabilityRationaleEdit()->setText(QStringLiteral("一部の端末のみ暗号化"));
    QVERIFY2(editor.save(), qPrintable(editor.problemsLabel()->text()));
    QVERIFY(!editor.isNew());
    const QList<Risk> risks = m_registry->risks().ofAsset(asset.id);
    QCOMPARE(risks.size(), 1);
    QCOMPARE(risks.first().riskNo, QStringLiteral("R-000001"));
    QCOMPARE(risks.first().status, QStringLiteral("assessed"));
}

void TestRiskEditor::reduceWithoutControlRefused()
{
    const Risk risk = assessed(addAsset(3), 3, 3);
    RiskEntryEditor editor(*m_registry, risk);
    editor.treatmentCombo()->setCurrentIndex(editor.treatmentCombo()->findData(QStringLiteral("reduce")));
    editor.planEdit()->setPlainText(QStringLiteral("対策を検討する"));
    QVERIFY(!editor.save());
    QVERIFY2(editor.problemsLabel()->text().contains(QStringLiteral("planned control")),
             qPrintable(editor.problemsLabel()->text()));
    QVERIFY(editor.markedFields().contains(QStringLiteral("planned_controls")));
    QCOMPARE(editor.tabs()->currentIndex(), 1);
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->status, QStringLiteral("assessed"));
}

void TestRiskEditor::residualAboveInherentRefused()
{
    // Importance 3, likelihood 2, vulnerability 2: damage 1, value 3.
    const Risk risk = assessed(addAsset(3), 2, 2);
    QCOMPARE(risk.riskValue, 3);
    RiskEntryEditor editor(*m_registry, risk);
    editor.residualLikelihoodCombo()->setCurrentIndex(editor.residualLikelihoodCombo()->findData(3));
    editor.residualVulnerabilityCombo()->setCurrentIndex(editor.residualVulnerabilityCombo()->findData(3));
    QVERIFY(editor.residualLabel()->text().contains(QStringLiteral("9")));
    QVERIFY(!editor.save());
    QVERIFY2(editor.problemsLabel()->text().contains(QStringLiteral("may not be higher")),
             qPrintable(editor.problemsLabel()->text()));
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->residualLikelihood, 0);
    editor.residualLikelihoodCombo()->setCurrentIndex(editor.residualLikelihoodCombo()->findData(1));
    editor.residualVulnerabilityCombo()->setCurrentIndex(editor.residualVulnerabilityCombo()->findData(1));
    QVERIFY(editor.save());
    const Risk saved = *m_registry->risks().byNo(risk.riskNo);
    QCOMPARE(saved.residualValue, 3);
    QCOMPARE(saved.residualLevel, QStringLiteral("low"));
}

void TestRiskEditor::acceptanceAuthorityFromTheCore()
{
    const Risk risk = assessed(addAsset(3), 3, 3);
    QCOMPARE(risk.riskLevel, QStringLiteral("high"));
    AcceptanceDialog dialog(*m_registry, risk);
    dialog.approverEdit()->setText(QStringLiteral("佐藤 一郎"));
    dialog.titleEdit()->setText(QStringLiteral("情報システム課長"));
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("security_manager")));
    dialog.reasonEdit()->setPlainText(QStringLiteral("代替策の導入まで"));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.problemsLabel()->isHidden());
    QVERIFY2(dialog.problemsLabel()->text().contains(QStringLiteral("Chief information security officer")),
             qPrintable(dialog.problemsLabel()->text()));
    QCOMPARE(m_registry->risks().byNo(risk.riskNo)->status, QStringLiteral("assessed"));
    // An expiry beyond the criteria's limit for high risks (6 months) is the core's refusal too.
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("ciso")));
    dialog.untilEdit()->setDate(m_today.addMonths(12));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.problemsLabel()->text().isEmpty());
    dialog.untilEdit()->setDate(m_today.addMonths(6));
    QVERIFY2(dialog.save(), qPrintable(dialog.problemsLabel()->text()));
    const Risk accepted = *m_registry->risks().byNo(risk.riskNo);
    QCOMPARE(accepted.status, QStringLiteral("accepted"));
    QCOMPARE(accepted.acceptedBy, QStringLiteral("佐藤 一郎"));
    QCOMPARE(accepted.acceptedRole, QStringLiteral("ciso"));
    QCOMPARE(accepted.acceptedUntil, m_today.addMonths(6));
}

void TestRiskEditor::highAcceptedIsFlagged()
{
    const Asset asset = addAsset(3);
    const Risk risk = assessed(asset, 3, 3);
    RiskAcceptance acceptance{QStringLiteral("佐藤"),     QStringLiteral("CISO"), QStringLiteral("ciso"), m_today,
                              QStringLiteral("期限付き"), m_today.addMonths(3)};
    QVERIFY(m_registry->risks().accept(risk.riskNo, acceptance).ok());
    RiskEntryEditor editor(*m_registry, *m_registry->risks().byNo(risk.riskNo));
    QVERIFY(!editor.flagsLabel()->isHidden());
    QVERIFY(editor.flagsLabel()->text().contains(QStringLiteral("high risk has been accepted")));
    QVERIFY(editor.acceptanceLabel()->text().contains(QStringLiteral("佐藤")));

    RiskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RiskFilter filter;
    filter.assetId = asset.id;
    model.setFilter(filter);
    model.setRegistry(m_registry.get());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex status = model.index(0, RiskTableModel::StatusColumn);
    QVERIFY(model.data(status).toString().contains(QStringLiteral("high risk accepted")));
    QVERIFY(model.data(status, Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.data(status, Qt::ToolTipRole).toString().contains(QStringLiteral("佐藤")));
}

void TestRiskEditor::risksTabGeneratesCandidates()
{
    const Asset asset = addAsset(2);
    AssetEditor editor(*m_registry, asset);
    AssetRisksWidget *tab = editor.risksTab();
    QVERIFY(tab);
    QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(tab)), QStringLiteral("Risks"));
    QCOMPARE(tab->model()->rowCount(), 0);
    const int expected = int(m_registry->risks().candidates(asset.id)->size());
    QVERIFY(expected > 0);
    QCOMPARE(tab->generateCandidates(), expected);
    QCOMPARE(tab->model()->rowCount(), expected);
    QCOMPARE(m_registry->risks().ofAsset(asset.id).size(), expected);
    QVERIFY(tab->summaryLabel()->text().contains(QString::number(expected)));
    // Once more: nothing new, and the user is told so.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(tab->generateCandidates(), 0);
    QCOMPARE(tab->model()->rowCount(), expected);
    RiskEntryEditor *entry = tab->openEntry(0);
    QVERIFY(entry);
    QCOMPARE(entry->risk().riskNo, tab->model()->riskAt(0)->riskNo);
    entry->close();

    // A new asset gets risks once it is saved.
    AssetEditor fresh(*m_registry, TestRegistry::validAsset(*m_registry));
    QVERIFY(!fresh.risksTab()->candidatesButton()->isEnabled());
}

void TestRiskEditor::needsReassessmentMarked()
{
    Asset asset = addAsset(2);
    const Risk risk = assessed(asset, 3, 3);
    AssetRisksWidget tab(*m_registry, asset.id, false);
    const QModelIndex status = tab.model()->index(0, RiskTableModel::StatusColumn);
    QVERIFY(!tab.model()->data(status).toString().contains(QStringLiteral("needs reassessment")));
    // The asset's importance changes after the assessment (rule 4).
    asset = *m_registry->assets().byId(asset.id);
    asset.confidentiality = 3;
    TestRegistry::conform(&asset, m_registry->scheme());
    QVERIFY2(m_registry->assets().updateAsset(asset).ok(), "asset not saved");
    tab.refresh();
    const QModelIndex stale = tab.model()->index(0, RiskTableModel::StatusColumn);
    QVERIFY(tab.model()->data(stale).toString().contains(QStringLiteral("needs reassessment")));
    QVERIFY(tab.model()->data(stale, Qt::ToolTipRole).toString().contains(QStringLiteral("importance")));
    QVERIFY(tab.summaryLabel()->text().contains(QStringLiteral("1 needing reassessment")));
    RiskEntryEditor editor(*m_registry, *m_registry->risks().byNo(risk.riskNo));
    QVERIFY(editor.flagsLabel()->text().contains(QStringLiteral("Needs reassessment")));
}

void TestRiskEditor::typedInputIsGuarded()
{
    const Risk risk = entry(addAsset(2));
    RiskEntryEditor editor(*m_registry, risk);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.isModified());
    editor.likelihoodRationaleEdit()->setFocus();
    QTest::keyClicks(editor.likelihoodRationaleEdit(), QStringLiteral("typed"));
    QVERIFY(editor.isModified());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(editor.isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("has not been saved")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(!editor.isVisible());
}

QTEST_MAIN(TestRiskEditor)
#include "tst_riskeditor.moc"
