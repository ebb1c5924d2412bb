// Assessing and treating entries in the service: ratings outside 1–3 refused naming the field (rule 1), the test
// vectors through the service (rule 2), acceptance and its authority (rule 5), reduce with planned controls that are
// assignments of the asset, residual risk never above the inherent one, closing and the acceptance it may need
// (rule 6), transfer and avoid (rule 7), one audit event per change and nothing changed on a refusal (rule 11), and
// assessment runs.
#include "domain/riskcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/catalogservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QTest>

class TestRiskTreatment final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ratingsRefused_data();
    void ratingsRefused();
    void vectorsThroughTheService_data();
    void vectorsThroughTheService();
    void acceptanceAuthority_data();
    void acceptanceAuthority();
    void acceptanceFields_data();
    void acceptanceFields();
    void approverIsAssessorWarns();
    void reduceCreatesAssignments();
    void reduceNeedsADatedControl();
    void removeFromPlan();
    void entrySavedInOneStep();
    void residualNotAboveInherent();
    void closingNeedsResidualAndAcceptance();
    void transferAndAvoid_data();
    void transferAndAvoid();
    void organisationWideRisk();
    void assessmentRun();

private:
    // An assessed entry of an asset of the given importance, threat likelihood and hand-entered vulnerability.
    QString assessed(int importance, int likelihood, int vulnerability, const QString &threat = "T-INT-01");
    qint64 controlId(const QString &code) const;
    qint64 m_assetId = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestRiskTreatment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(QDate(2026, 4, 1))));
    m_registry->setActor(QStringLiteral("assessor@test"));
}

void TestRiskTreatment::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

qint64 TestRiskTreatment::controlId(const QString &code) const
{
    const Result<Control> control = m_registry->catalogs().findControl(code, QStringLiteral("builtin"));
    return control ? control->id : 0;
}

QString TestRiskTreatment::assessed(int importance, int likelihood, int vulnerability, const QString &threat)
{
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("住民基本台帳データ"));
    asset.confidentiality = importance;
    asset.confidentialityRationale = QStringLiteral("漏えい時の影響");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created) {
        qWarning("%s", qPrintable(created.error));
        return {};
    }
    m_assetId = created->id;
    Risk draft;
    draft.assetId = created->id;
    draft.threatId = m_registry->threats().byCode(threat)->id;
    draft.scenario = QStringLiteral("外部からの侵入による漏えい");
    const Result<Risk> risk = m_registry->risks().create(draft);
    if (!risk) {
        qWarning("%s", qPrintable(risk.error));
        return {};
    }
    RiskService::Assessment assessment;
    assessment.likelihood = likelihood;
    assessment.likelihoodRationale = QStringLiteral("公開サーバ");
    assessment.vulnerability = vulnerability;
    assessment.vulnerabilityRationale = QStringLiteral("点検結果による");
    const Result<Risk> done = m_registry->risks().assess(risk->riskNo, assessment);
    if (!done) {
        qWarning("%s", qPrintable(done.error));
        return {};
    }
    return done->riskNo;
}

void TestRiskTreatment::ratingsRefused_data()
{
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("vulnerability");
    QTest::addColumn<QString>("field");
    QTest::newRow("likelihood 0") << 0 << 2 << "likelihood";
    QTest::newRow("likelihood 4") << 4 << 2 << "likelihood";
    QTest::newRow("vulnerability 0") << 2 << 0 << "vulnerability";
    QTest::newRow("vulnerability 9") << 2 << 9 << "vulnerability";
}

void TestRiskTreatment::ratingsRefused()
{
    QFETCH(int, likelihood);
    QFETCH(int, vulnerability);
    QFETCH(QString, field);
    const QString riskNo = assessed(2, 2, 2);
    QVERIFY(!riskNo.isEmpty());
    const Risk before = *m_registry->risks().byNo(riskNo);
    const qint64 events = m_registry->audit().count();
    RiskService::Assessment assessment;
    assessment.likelihood = likelihood;
    assessment.vulnerability = vulnerability;
    assessment.vulnerabilityRationale = QStringLiteral("理由");
    const Result<Risk> refused = m_registry->risks().assess(riskNo, assessment);
    QVERIFY(!refused);
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().field, field);
    QVERIFY(refused.error.contains(likelihood == 2 ? QStringLiteral("vulnerability") : QStringLiteral("likelihood")));
    // Nothing changed.
    QCOMPARE(m_registry->risks().byNo(riskNo)->rowVersion, before.rowVersion);
    QCOMPARE(m_registry->audit().count(), events);
    // The residual ratings too.
    const Result<Risk> residual = m_registry->risks().setResidual(riskNo, likelihood, vulnerability);
    QVERIFY(!residual);
    QCOMPARE(residual.problems.first().field, QStringLiteral("residual_") + field);
}

void TestRiskTreatment::vectorsThroughTheService_data()
{
    QTest::addColumn<int>("importance");
    QTest::addColumn<int>("threat");
    QTest::addColumn<int>("vulnerability");
    QTest::addColumn<int>("damage");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("level");
    QTest::newRow("3 3 3") << 3 << 3 << 3 << 3 << 9 << "high";
    QTest::newRow("3 3 2") << 3 << 3 << 2 << 2 << 6 << "high";
    QTest::newRow("3 2 2") << 3 << 2 << 2 << 1 << 3 << "low";
    QTest::newRow("2 3 2") << 2 << 3 << 2 << 2 << 4 << "medium";
    QTest::newRow("2 3 3") << 2 << 3 << 3 << 3 << 6 << "high";
    QTest::newRow("1 3 3") << 1 << 3 << 3 << 3 << 3 << "low";
    QTest::newRow("2 1 3") << 2 << 1 << 3 << 1 << 2 << "low";
    QTest::newRow("3 1 1") << 3 << 1 << 1 << 1 << 3 << "low";
}

void TestRiskTreatment::vectorsThroughTheService()
{
    QFETCH(int, importance);
    QFETCH(int, threat);
    QFETCH(int, vulnerability);
    QFETCH(int, damage);
    QFETCH(int, value);
    QFETCH(QString, level);
    const QString riskNo = assessed(importance, threat, vulnerability);
    QVERIFY(!riskNo.isEmpty());
    const Risk risk = *m_registry->risks().byNo(riskNo);
    QCOMPARE(risk.importance, importance);
    QCOMPARE(risk.damageLikelihood, damage);
    QCOMPARE(risk.riskValue, value);
    QCOMPARE(risk.riskLevel, level);
    QVERIFY(!risk.vulnerabilityDerived);
}

void TestRiskTreatment::acceptanceAuthority_data()
{
    QTest::addColumn<int>("importance");
    QTest::addColumn<int>("threat");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("accepted");
    // Default criteria: owner up to low, security manager up to medium, high only by the CISO.
    QTest::newRow("low by owner") << 1 << 3 << "owner" << true;
    QTest::newRow("medium by owner") << 2 << 2 << "owner" << false;
    QTest::newRow("medium by manager") << 2 << 2 << "security_manager" << true;
    QTest::newRow("high by manager") << 3 << 3 << "security_manager" << false;
    QTest::newRow("high by owner") << 3 << 3 << "owner" << false;
    QTest::newRow("high by CISO") << 3 << 3 << "ciso" << true;
    QTest::newRow("high by top management") << 3 << 3 << "top_management" << true;
}

void TestRiskTreatment::acceptanceAuthority()
{
    QFETCH(int, importance);
    QFETCH(int, threat);
    QFETCH(QString, role);
    QFETCH(bool, accepted);
    // Vulnerability 3: damage = threat; value importance × threat.
    const QString riskNo = assessed(importance, threat, 3);
    QVERIFY(!riskNo.isEmpty());
    const bool high = m_registry->risks().byNo(riskNo)->riskLevel == QLatin1String("high");
    const RiskAcceptance acceptance{QStringLiteral("佐藤 花子"),
                                    QStringLiteral("部長"),
                                    role,
                                    QDate(2026, 4, 1),
                                    QStringLiteral("対策費用が影響を上回る"),
                                    QDate(2026, 4, 1).addMonths(high ? 6 : 12)};
    const Result<Risk> result = m_registry->risks().accept(riskNo, acceptance);
    QCOMPARE(result.ok(), accepted);
    const Risk risk = *m_registry->risks().byNo(riskNo);
    if (accepted) {
        QCOMPARE(risk.status, QStringLiteral("accepted"));
        QCOMPARE(risk.treatment, QStringLiteral("accept"));
        QCOMPARE(risk.acceptedBy, QStringLiteral("佐藤 花子"));
        // An accepted high risk is flagged, in the record and in its audit event.
        QCOMPARE(risk.isHighAccepted(), high);
        QCOMPARE(m_registry->audit()
                     .eventsFor(QStringLiteral("risk"), riskNo)
                     .last()
                     .changes.contains(QStringLiteral("high_accepted")),
                 high);
    } else {
        QCOMPARE(result.problems.first().field, QStringLiteral("accepted_role"));
        if (high)
            QVERIFY(result.error.contains(RiskCodes::name(RiskCodes::List::Role, QStringLiteral("ciso"))));
        QCOMPARE(risk.status, QStringLiteral("assessed"));
    }
}

void TestRiskTreatment::acceptanceFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("approver") << "accepted_by";
    QTest::newRow("title") << "accepted_title";
    QTest::newRow("date in the future") << "accepted_on";
    QTest::newRow("reason") << "acceptance_reason";
    QTest::newRow("no expiry") << "accepted_until";
    QTest::newRow("expiry too late") << "accepted_until";
    QTest::newRow("expiry before approval") << "accepted_until";
}

void TestRiskTreatment::acceptanceFields()
{
    QFETCH(QString, field);
    const QString riskNo = assessed(1, 3, 3); // low: 12 months at most
    RiskAcceptance acceptance{QStringLiteral("佐藤 花子"), QStringLiteral("課長"),         QStringLiteral("owner"),
                              QDate(2026, 3, 31),          QStringLiteral("影響が小さい"), QDate(2027, 3, 31)};
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("approver"))
        acceptance.approver.clear();
    else if (row == QLatin1String("title"))
        acceptance.title.clear();
    else if (row == QLatin1String("date in the future"))
        acceptance.on = QDate(2026, 4, 2);
    else if (row == QLatin1String("reason"))
        acceptance.reason = QStringLiteral("  ");
    else if (row == QLatin1String("no expiry"))
        acceptance.until = QDate();
    else if (row == QLatin1String("expiry too late"))
        acceptance.until = QDate(2027, 4, 1);
    else if (row == QLatin1String("expiry before approval"))
        acceptance.until = QDate(2026, 3, 30);
    const Result<Risk> refused = m_registry->risks().accept(riskNo, acceptance);
    QVERIFY(!refused);
    QCOMPARE(refused.problems.first().field, field);
    QCOMPARE(m_registry->risks().byNo(riskNo)->status, QStringLiteral("assessed"));
}

void TestRiskTreatment::approverIsAssessorWarns()
{
    const QString riskNo = assessed(1, 3, 3);
    RiskAcceptance acceptance{QStringLiteral("assessor@test"), QStringLiteral("課長"),
                              QStringLiteral("owner"),         QDate(2026, 4, 1),
                              QStringLiteral("影響が小さい"),  QDate(2026, 10, 1)};
    QCOMPARE(m_registry->risks().acceptanceWarnings(riskNo, acceptance).size(), 1);
    // A warning, not a refusal.
    QVERIFY(m_registry->risks().accept(riskNo, acceptance));
    acceptance.approver = QStringLiteral("別の承認者");
    QVERIFY(m_registry->risks().acceptanceWarnings(riskNo, acceptance).isEmpty());
}

void TestRiskTreatment::reduceCreatesAssignments()
{
    const QString riskNo = assessed(3, 3, 3);
    const qint64 mfa = controlId(QStringLiteral("TEC-04"));
    const qint64 patching = controlId(QStringLiteral("TEC-08"));
    // One control is assigned already, implemented partly: its implementation stays, person and date are set.
    ControlAssignment existing;
    existing.assetId = m_assetId;
    existing.controlId = patching;
    existing.implementation = QStringLiteral("partial");
    QVERIFY(m_registry->assignments().assign(existing));
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("多要素認証を導入し、修正プログラムを月次で適用する");
    treatment.controls = {{mfa, QStringLiteral("情報システム課 山田"), QDate(2026, 9, 30)},
                          {patching, QStringLiteral("情報システム課 鈴木"), QDate()}};
    treatment.due = QDate(2026, 12, 31);
    const Result<Risk> planned = m_registry->risks().planTreatment(riskNo, treatment);
    QVERIFY2(planned, qPrintable(planned.error));
    QCOMPARE(planned->status, QStringLiteral("planned"));
    QCOMPARE(planned->plannedControls, (QList<qint64>{mfa, patching}));
    const ControlAssignment first = *m_registry->assignments().assignment(m_assetId, mfa);
    QCOMPARE(first.responsible, QStringLiteral("情報システム課 山田"));
    QCOMPARE(first.dueDate, QDate(2026, 9, 30));
    QCOMPARE(first.implementation, QStringLiteral("not_implemented"));
    const ControlAssignment second = *m_registry->assignments().assignment(m_assetId, patching);
    QCOMPARE(second.implementation, QStringLiteral("partial"));
    QCOMPARE(second.dueDate, QDate(2026, 12, 31));
    QCOMPARE(second.responsible, QStringLiteral("情報システム課 鈴木"));
    // The assignments are audited as assignments.
    QVERIFY(!m_registry->audit()
                 .eventsFor(QStringLiteral("control_assignment"),
                            AssignmentService::entityId(m_registry->assets().byId(m_assetId)->assetNo,
                                                        *m_registry->catalogs().control(mfa)))
                 .isEmpty());
    QVERIFY(m_registry->risks().startTreatment(riskNo));
    QCOMPARE(m_registry->risks().byNo(riskNo)->status, QStringLiteral("in_treatment"));
}

void TestRiskTreatment::reduceNeedsADatedControl()
{
    const QString riskNo = assessed(3, 3, 3);
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("対策する");
    QCOMPARE(m_registry->risks().planTreatment(riskNo, treatment).problems.first().field,
             QStringLiteral("planned_controls"));
    treatment.controls = {{controlId(QStringLiteral("TEC-04")), QStringLiteral("山田"), QDate()}};
    const Result<Risk> refused = m_registry->risks().planTreatment(riskNo, treatment);
    QVERIFY(!refused);
    QCOMPARE(refused.problems.first().field, QStringLiteral("planned_controls"));
    // Nothing was assigned by the refused plan.
    QVERIFY(!m_registry->assignments().assignment(m_assetId, controlId(QStringLiteral("TEC-04"))));
    QCOMPARE(m_registry->risks().byNo(riskNo)->status, QStringLiteral("assessed"));
}

void TestRiskTreatment::removeFromPlan()
{
    const QString riskNo = assessed(3, 3, 3);
    const qint64 mfa = controlId(QStringLiteral("TEC-04"));
    const qint64 malware = controlId(QStringLiteral("TEC-07"));
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("多要素認証とマルウェア対策を導入する");
    treatment.controls = {{mfa, QStringLiteral("山田"), QDate(2026, 9, 30)},
                          {malware, QStringLiteral("鈴木"), QDate(2026, 10, 31)}};
    QVERIFY(m_registry->risks().planTreatment(riskNo, treatment));
    const qint64 events = m_registry->audit().count();
    const int riskEvents = m_registry->audit().eventsFor(QStringLiteral("risk"), riskNo).size();

    // Taken off the plan, audited with the entry; the assignment stays with the asset.
    RiskService::Treatment removal;
    removal.treatment = QStringLiteral("reduce");
    removal.plan = treatment.plan;
    removal.removedControls = {malware};
    const Result<Risk> removed = m_registry->risks().planTreatment(riskNo, removal);
    QVERIFY2(removed, qPrintable(removed.error));
    QCOMPARE(removed->plannedControls, QList<qint64>{mfa});
    QCOMPARE(m_registry->risks().byNo(riskNo)->plannedControls, QList<qint64>{mfa});
    QVERIFY(m_registry->assignments().assignment(m_assetId, malware));
    const QList<AuditEvent> trail = m_registry->audit().eventsFor(QStringLiteral("risk"), riskNo);
    QCOMPARE(trail.size(), riskEvents + 1);
    const QJsonArray change = trail.last().changes.value(QStringLiteral("planned_controls")).toArray();
    QCOMPARE(change.size(), 2);
    QCOMPARE(change.at(1).toString(), QString::number(mfa));
    QVERIFY(change.at(0).toString().contains(QString::number(malware)));
    QCOMPARE(m_registry->audit().count(), events + 1);

    // A control not in the plan cannot be removed; the last dated control of a reduction cannot go (rule 6).
    const qint64 before = m_registry->audit().count();
    const Result<Risk> notInPlan = m_registry->risks().planTreatment(riskNo, removal);
    QVERIFY(!notInPlan);
    QCOMPARE(notInPlan.problems.first().field, QStringLiteral("planned_controls"));
    QVERIFY2(notInPlan.problems.first().message.contains(QStringLiteral("TEC-07")),
             qPrintable(notInPlan.problems.first().message));
    removal.removedControls = {mfa};
    const Result<Risk> last = m_registry->risks().planTreatment(riskNo, removal);
    QVERIFY(!last);
    QCOMPARE(last.problems.first().field, QStringLiteral("planned_controls"));
    QCOMPARE(m_registry->audit().count(), before);
    QCOMPARE(m_registry->risks().byNo(riskNo)->plannedControls, QList<qint64>{mfa});
    // Replaced by another control in the same step, it may go.
    removal.controls = {{malware, QStringLiteral("鈴木"), QDate(2026, 11, 30)}};
    const Result<Risk> replaced = m_registry->risks().planTreatment(riskNo, removal);
    QVERIFY2(replaced, qPrintable(replaced.error));
    QCOMPARE(replaced->plannedControls, QList<qint64>{malware});
}

void TestRiskTreatment::entrySavedInOneStep()
{
    // A new entry created, assessed and planned in one call: a refusal of the plan leaves nothing, not even the entry
    // or its number.
    QVERIFY(!assessed(3, 3, 3).isEmpty());
    const qint64 events = m_registry->audit().count();
    const qint64 entries = *m_registry->risks().count(RiskFilter{});
    RiskService::EntryChanges changes;
    Risk draft;
    draft.assetId = m_assetId;
    draft.threatId = m_registry->threats().byCode(QStringLiteral("T-INT-02"))->id;
    draft.scenario = QStringLiteral("ランサムウェアによる暗号化");
    draft.vulnerability = 3;
    draft.vulnerabilityRationale = QStringLiteral("対策なし");
    changes.draft = draft;
    RiskService::Assessment assessment;
    assessment.likelihood = 3;
    assessment.likelihoodRationale = QStringLiteral("近隣自治体で被害");
    assessment.vulnerability = 3;
    assessment.vulnerabilityRationale = QStringLiteral("対策なし");
    changes.assessment = assessment;
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("対策する");
    changes.treatment = treatment; // no dated control: refused
    const Result<Risk> refused = m_registry->risks().saveEntry(QString(), changes);
    QVERIFY(!refused);
    QCOMPARE(refused.problems.first().field, QStringLiteral("planned_controls"));
    QCOMPARE(m_registry->audit().count(), events);
    QCOMPARE(*m_registry->risks().count(RiskFilter{}), entries);

    changes.treatment->controls = {{controlId(QStringLiteral("TEC-07")), QStringLiteral("山田"), QDate(2026, 9, 30)}};
    changes.residual = std::pair{1, 1}; // 3 × 1 — not above the inherent 9
    const Result<Risk> saved = m_registry->risks().saveEntry(QString(), changes);
    QVERIFY2(saved, qPrintable(saved.error));
    QCOMPARE(saved->status, QStringLiteral("planned"));
    QCOMPARE(saved->riskValue, 9);
    QCOMPARE(saved->residualValue, 3);
    QCOMPARE(saved->plannedControls, QList<qint64>{controlId(QStringLiteral("TEC-07"))});
    QCOMPARE(*m_registry->risks().count(RiskFilter{}), entries + 1);
    // The refused attempt used no number: the entry has the next one after the entries before.
    QCOMPARE(saved->riskNo, QStringLiteral("R-%1").arg(entries + 1, 6, 10, QLatin1Char('0')));

    // Changes to an existing entry: a residual value above the inherent one refuses the whole save, also the
    // assessment before it.
    RiskService::EntryChanges more;
    RiskService::Assessment lower = assessment;
    lower.likelihood = 1;
    more.assessment = lower;
    more.residual = std::pair{3, 3};
    const qint64 before = m_registry->audit().count();
    const Result<Risk> above = m_registry->risks().saveEntry(saved->riskNo, more);
    QVERIFY(!above);
    QCOMPARE(above.problems.first().field, QStringLiteral("residual_value"));
    QCOMPARE(m_registry->risks().byNo(saved->riskNo)->likelihood, 3);
    QCOMPARE(m_registry->audit().count(), before);
}

void TestRiskTreatment::residualNotAboveInherent()
{
    const QString riskNo = assessed(3, 2, 2);                                 // 3 × 1 = 3
    const Result<Risk> above = m_registry->risks().setResidual(riskNo, 3, 3); // 3 × 3 = 9
    QVERIFY(!above);
    QCOMPARE(above.problems.first().field, QStringLiteral("residual_value"));
    const Result<Risk> same = m_registry->risks().setResidual(riskNo, 2, 2);
    QVERIFY2(same, qPrintable(same.error));
    QCOMPARE(same->residualValue, 3);
    QCOMPARE(same->residualLevel, QStringLiteral("low"));
}

void TestRiskTreatment::closingNeedsResidualAndAcceptance()
{
    const QString riskNo = assessed(3, 3, 3); // 9 high
    QCOMPARE(m_registry->risks().close(riskNo, QStringLiteral("対応完了")).problems.first().field,
             QStringLiteral("residual_likelihood"));
    // Residual 3 × damage(3, 2) = 6: high, more than the owner may accept.
    QVERIFY(m_registry->risks().setResidual(riskNo, 3, 2));
    const Result<Risk> refused = m_registry->risks().close(riskNo, QStringLiteral("対応完了"));
    QVERIFY(!refused);
    QCOMPARE(refused.problems.first().field, QStringLiteral("accepted_by"));
    // The security manager may not accept it either; the CISO may.
    RiskAcceptance acceptance{QStringLiteral("高橋"),
                              QStringLiteral("部長"),
                              QStringLiteral("security_manager"),
                              QDate(2026, 4, 1),
                              QStringLiteral("残留リスクを受容"),
                              QDate(2026, 10, 1)};
    QVERIFY(!m_registry->risks().accept(riskNo, acceptance));
    acceptance.role = QStringLiteral("ciso");
    acceptance.title = QStringLiteral("最高情報セキュリティ責任者");
    QVERIFY(m_registry->risks().accept(riskNo, acceptance));
    QVERIFY(!m_registry->risks().close(riskNo, QString()));
    const Result<Risk> closed = m_registry->risks().close(riskNo, QStringLiteral("対応完了"));
    QVERIFY2(closed, qPrintable(closed.error));
    QCOMPARE(closed->status, QStringLiteral("closed"));
    QCOMPARE(closed->closedOn, QDate(2026, 4, 1));
    // Closed entries are not changed any more.
    QVERIFY(!m_registry->risks().setResidual(riskNo, 1, 1));
    // A residual risk the owner may accept closes without acceptance.
    const QString low = assessed(3, 3, 3);
    QVERIFY(m_registry->risks().setResidual(low, 1, 1));
    QVERIFY(m_registry->risks().close(low, QStringLiteral("対応完了")));
}

void TestRiskTreatment::transferAndAvoid_data()
{
    QTest::addColumn<QString>("treatment");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("transferTo");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::newRow("transfer without recipient") << "transfer"
                                                << "保険に加入"
                                                << ""
                                                << "transfer_to";
    QTest::newRow("transfer") << "transfer"
                              << "サイバー保険に加入"
                              << "○○損害保険"
                              << "";
    QTest::newRow("avoid without plan") << "avoid"
                                        << ""
                                        << ""
                                        << "treatment_plan";
    QTest::newRow("avoid") << "avoid"
                           << "外部公開を停止する"
                           << ""
                           << "";
    QTest::newRow("unknown treatment") << "ignore"
                                       << "何もしない"
                                       << ""
                                       << "treatment";
}

void TestRiskTreatment::transferAndAvoid()
{
    QFETCH(QString, treatment);
    QFETCH(QString, plan);
    QFETCH(QString, transferTo);
    QFETCH(QString, field);
    const QString riskNo = assessed(3, 3, 3);
    RiskService::Treatment entered;
    entered.treatment = treatment;
    entered.plan = plan;
    entered.transferTo = transferTo;
    const Result<Risk> result = m_registry->risks().planTreatment(riskNo, entered);
    if (field.isEmpty()) {
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result->treatment, treatment);
        QCOMPARE(result->transferTo, transferTo);
        QCOMPARE(result->status, QStringLiteral("planned"));
    } else {
        QVERIFY(!result);
        QCOMPARE(result.problems.first().field, field);
        QCOMPARE(m_registry->risks().byNo(riskNo)->treatment, QString());
    }
}

void TestRiskTreatment::organisationWideRisk()
{
    Risk draft;
    draft.threatId = m_registry->threats().byCode(QStringLiteral("T-DIS-01"))->id;
    draft.scenario = QStringLiteral("大地震で庁舎が使用できなくなる");
    draft.importance = 3;
    draft.importanceRationale = QStringLiteral("全業務が停止する");
    draft.owner = QStringLiteral("総務部長");
    draft.vulnerabilityDerived = false;
    draft.vulnerability = 2;
    draft.vulnerabilityRationale = QStringLiteral("耐震化済、代替拠点なし");
    const Result<Risk> created = m_registry->risks().create(draft);
    QVERIFY2(created, qPrintable(created.error));
    QCOMPARE(created->assetId, 0);
    QCOMPARE(created->importance, 3);
    draft.importance = 5;
    const Result<Risk> refused = m_registry->risks().create(draft);
    QVERIFY(!refused);
    QCOMPARE(refused.problems.first().field, QStringLiteral("importance"));
    draft.importance = 3;
    draft.objectives = QStringLiteral("C"); // an earthquake affects I and A only
    QCOMPARE(m_registry->risks().create(draft).problems.first().field, QStringLiteral("objectives"));
}

void TestRiskTreatment::assessmentRun()
{
    assessed(3, 3, 3);
    assessed(1, 1, 1);
    AssessmentRun draft;
    draft.title = QStringLiteral("令和8年度リスクアセスメント");
    draft.scope = {QStringLiteral("総務部")};
    draft.periodFrom = QDate(2026, 4, 1);
    draft.periodTo = QDate(2026, 6, 30);
    draft.assessor = QStringLiteral("情報セキュリティ担当");
    const Result<AssessmentRun> created = m_registry->risks().createRun(draft);
    QVERIFY2(created, qPrintable(created.error));
    QCOMPARE(created->runNo, QStringLiteral("RA-0001"));
    QVERIFY(!created->isApproved());
    QVERIFY(!m_registry->risks().approveRun(created->runNo, QString(), QString(), QDate(2026, 4, 1)));
    QVERIFY(!m_registry->risks().approveRun(created->runNo, QStringLiteral("CISO"), QString(), QDate(2026, 4, 2)));
    const Result<AssessmentRun> approved = m_registry->risks().approveRun(
        created->runNo, QStringLiteral("山本 一郎"), QStringLiteral("最高情報セキュリティ責任者"), QDate(2026, 4, 1));
    QVERIFY2(approved, qPrintable(approved.error));
    QCOMPARE(approved->criteria.value(QStringLiteral("method")).toString(), QStringLiteral("ipa"));
    QCOMPARE(approved->criteria.value(QStringLiteral("high_threshold")).toString(), QStringLiteral("6"));
    QCOMPARE(approved->counts.value(QStringLiteral("total")).toInt(), 2);
    const QJsonObject levels = approved->counts.value(QStringLiteral("level")).toObject();
    QCOMPARE(levels.value(QStringLiteral("high")).toInt(), 1);
    QCOMPARE(levels.value(QStringLiteral("low")).toInt(), 1);
    // A record: approved once, kept as it was.
    QVERIFY(!m_registry->risks().approveRun(created->runNo, QStringLiteral("別人"), QString(), QDate(2026, 4, 1)));
    const QList<AssessmentRun> runs = m_registry->risks().runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().approver, QStringLiteral("山本 一郎"));
    QCOMPARE(runs.first().counts, approved->counts);
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("assessment_run"), created->runNo).size(), 2);
    // Bad input is refused naming the field.
    AssessmentRun bad = draft;
    bad.periodTo = QDate(2026, 3, 1);
    QCOMPARE(m_registry->risks().createRun(bad).problems.first().field, QStringLiteral("period"));
}

QTEST_GUILESS_MAIN(TestRiskTreatment)
#include "test_risktreatment.moc"
