// The risk register in the service: candidates (rule 10), the derived vulnerability recomputed and audited when an
// assignment changes (rule 3), needs reassessment (rule 4), next review and the due list (rule 8), disposal closing
// risks (rule 9), entries never deleted once assessed and numbers never reused (rule 11), the criteria as audited
// registry settings, and the migration of a registry of schema 3.
#include "domain/riskcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/catalogservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "testregistry.h"

#include "../rawsql.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestRiskService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void candidatesOfAnAsset();
    void candidatesFollowTheMediumClass_data();
    void candidatesFollowTheMediumClass();
    void candidatesForASelection();
    void candidateNotApplicable();
    void derivedVulnerabilityFollowsAssignments_data();
    void derivedVulnerabilityFollowsAssignments();
    void vulnerabilityByHandNeedsRationale();
    void needsReassessment_data();
    void needsReassessment();
    void nextReview_data();
    void nextReview();
    void dueList();
    void disposalClosesRisks();
    void assessedEntriesAreKept();
    void numbersAreNeverReused();
    void criteriaAreAuditedSettings();
    void criteriaRefused_data();
    void criteriaRefused();
    void registerFiltersAndCounts();
    void migrationFromSchema3();

private:
    Asset addAsset(int confidentiality, const QString &type = QStringLiteral("information"));
    qint64 controlId(const QString &code) const;
    QString entryFor(const Asset &asset, const QString &threat);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    std::shared_ptr<FixedClock> m_clock;
};

void TestRiskService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_clock = std::make_shared<FixedClock>(FixedClock::noonOf(QDate(2026, 4, 1)));
    m_registry->setClock(m_clock);
}

void TestRiskService::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestRiskService::addAsset(int confidentiality, const QString &type)
{
    Asset asset = TestRegistry::validAsset(*m_registry, QStringLiteral("住民台帳"));
    asset.assetType = type;
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("漏えい時の影響が大きい");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? *created : Asset();
}

qint64 TestRiskService::controlId(const QString &code) const
{
    const Result<Control> control = m_registry->catalogs().findControl(code, QStringLiteral("builtin"));
    return control ? control->id : 0;
}

// An identified entry for the asset and the threat, created from the candidates.
QString TestRiskService::entryFor(const Asset &asset, const QString &threat)
{
    Risk draft;
    draft.assetId = asset.id;
    draft.threatId = m_registry->threats().byCode(threat)->id;
    draft.scenario = QStringLiteral("%1 — %2").arg(threat, asset.name);
    const Result<Risk> created = m_registry->risks().create(draft);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? created->riskNo : QString();
}

void TestRiskService::candidatesOfAnAsset()
{
    const Asset asset = addAsset(3);
    const Result<QList<Risk>> candidates = m_registry->risks().candidates(asset.id);
    QVERIFY2(candidates, qPrintable(candidates.error));
    QStringList codes;
    for (const Risk &risk : *candidates) {
        codes << risk.threatCode;
        QCOMPARE(risk.importance, 3);
        QCOMPARE(risk.owner, asset.owner);
        QCOMPARE(risk.status, QStringLiteral("identified"));
        const Threat threat = *m_registry->threats().byCode(risk.threatCode);
        QCOMPARE(risk.likelihood, threat.likelihood);
        // No controls assigned: every derived vulnerability is 3.
        QVERIFY(risk.vulnerabilityDerived);
        QCOMPARE(risk.vulnerability, 3);
    }
    // Threats for information assets are candidates; a threat for facilities only is not.
    QVERIFY(codes.contains(QStringLiteral("T-INT-01")));
    QVERIFY(codes.contains(QStringLiteral("T-NEG-09")));
    QVERIFY(codes.contains(QStringLiteral("T-NEG-11"))); // no asset types: every asset
    QVERIFY(!codes.isEmpty());
    // A retired threat is not.
    QVERIFY(m_registry->threats().retire(QStringLiteral("T-NEG-09")));
    QCOMPARE(m_registry->risks().candidates(asset.id)->size(), candidates->size() - 1);
}

void TestRiskService::candidatesFollowTheMediumClass_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("threat");
    QTest::addColumn<bool>("candidate");
    QTest::newRow("paper: theft") << "paper"
                                  << "paper"
                                  << "T-INT-06" << true;
    QTest::newRow("paper: misdirected") << "paper"
                                        << "paper"
                                        << "T-NEG-02" << true;
    QTest::newRow("paper: malware") << "paper"
                                    << "paper"
                                    << "T-INT-02" << false;
    QTest::newRow("information in the cloud: service failure") << "information"
                                                               << "cloud"
                                                               << "T-INF-03" << true;
    QTest::newRow("information in the cloud: theft") << "information"
                                                     << "cloud"
                                                     << "T-INT-06" << false;
    QTest::newRow("information on a server: cloud failure") << "information"
                                                            << "onprem"
                                                            << "T-INF-03" << false;
    QTest::newRow("hardware, portable: loss") << "hardware"
                                              << "portable"
                                              << "T-NEG-03" << true;
    QTest::newRow("any class: contractors") << "information"
                                            << "cloud"
                                            << "T-NEG-08" << true;
    QTest::newRow("no class yet: matches the type") << "information"
                                                    << ""
                                                    << "T-INT-06" << true;
}

void TestRiskService::candidatesFollowTheMediumClass()
{
    QFETCH(QString, type);
    QFETCH(QString, medium);
    QFETCH(QString, threat);
    QFETCH(bool, candidate);
    const Asset asset = addAsset(2, type);
    QVERIFY(asset.id > 0);
    bool found = false;
    for (const Risk &risk : m_registry->risks().candidatesFor(asset, medium))
        found = found || risk.threatCode == threat;
    QCOMPARE(found, candidate);
}

void TestRiskService::candidatesForASelection()
{
    const Asset first = addAsset(3);
    const Asset second = addAsset(1, QStringLiteral("paper"));
    const int expected =
        int(m_registry->risks().candidates(first.id)->size() + m_registry->risks().candidates(second.id)->size());
    const Result<int> made = m_registry->risks().generateCandidates({first.id, second.id});
    QVERIFY2(made, qPrintable(made.error));
    QCOMPARE(*made, expected);
    QCOMPARE(m_registry->risks().ofAsset(first.id).size() + m_registry->risks().ofAsset(second.id).size(), expected);
    for (const Risk &risk : m_registry->risks().ofAsset(second.id))
        QCOMPARE(risk.importance, 1);
    // Generated again, nothing is doubled: each threat has its entry for the asset.
    QCOMPARE(*m_registry->risks().generateCandidates({first.id, second.id}), 0);
    QVERIFY(m_registry->risks().candidates(first.id)->isEmpty());
    // The step is one audit event for the batch (the second step made none), and every entry's history starts with
    // its creation, from its creation record under that event; verify checks the records against the event's digest.
    const Risk entry = m_registry->risks().ofAsset(first.id).first();
    const QList<AuditEvent> history = m_registry->audit().eventsFor(QStringLiteral("risk"), entry.riskNo);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().action, QStringLiteral("create"));
    QCOMPARE(history.constFirst().entityId, entry.riskNo);
    QCOMPARE(history.constFirst().changes.value(QStringLiteral("scenario")).toArray().at(1).toString(), entry.scenario);
    QCOMPARE(history.constFirst().changes.value(QStringLiteral("threat")).toArray().at(1).toString(), entry.threatCode);
    AuditFilter batches;
    batches.entity = QStringLiteral("risk_batch");
    QString error;
    const QList<AuditEvent> events = m_registry->audit().page(batches, 0, 10, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().changes.value(QStringLiteral("entries")).toArray().at(1).toInt(), expected);
    QCOMPARE(history.constFirst().seq, events.constFirst().seq);
    const ChainCheck check = m_registry->audit().verify();
    QVERIFY2(check.ok(), qPrintable(check.message));
}

void TestRiskService::candidateNotApplicable()
{
    const Asset asset = addAsset(2);
    const QString riskNo = entryFor(asset, QStringLiteral("T-NEG-09"));
    QVERIFY(!m_registry->risks().markNotApplicable(riskNo, QStringLiteral("  ")));
    const Result<Risk> closed = m_registry->risks().markNotApplicable(riskNo, QStringLiteral("外部提供していない"));
    QVERIFY2(closed, qPrintable(closed.error));
    QCOMPARE(closed->status, QStringLiteral("closed"));
    QVERIFY(closed->notApplicable);
    QCOMPARE(closed->closedReason, QStringLiteral("外部提供していない"));
    // It is not offered again.
    const QList<Risk> candidates = *m_registry->risks().candidates(asset.id);
    for (const Risk &risk : candidates)
        QVERIFY(risk.threatCode != QLatin1String("T-NEG-09"));
}

void TestRiskService::derivedVulnerabilityFollowsAssignments_data()
{
    QTest::addColumn<QStringList>("implementations"); // for the related controls of T-NEG-07: OPS-02, OPS-03
    QTest::addColumn<int>("vulnerability");
    QTest::newRow("none") << QStringList{} << 3;
    QTest::newRow("both not implemented") << QStringList{"not_implemented", "not_implemented"} << 3;
    QTest::newRow("one partial") << QStringList{"partial", "unknown"} << 2;
    QTest::newRow("one implemented") << QStringList{"implemented"} << 2;
    QTest::newRow("both implemented") << QStringList{"implemented", "implemented"} << 1;
    QTest::newRow("implemented and n/a with reason") << QStringList{"implemented", "n/a"} << 1;
}

void TestRiskService::derivedVulnerabilityFollowsAssignments()
{
    QFETCH(QStringList, implementations);
    QFETCH(int, vulnerability);
    const Asset asset = addAsset(3);
    const QString riskNo = entryFor(asset, QStringLiteral("T-NEG-07"));
    QCOMPARE(m_registry->risks().byNo(riskNo)->vulnerability, 3);
    const QStringList codes{QStringLiteral("OPS-02"), QStringLiteral("OPS-03")};
    for (int i = 0; i < implementations.size(); ++i) {
        ControlAssignment assignment;
        assignment.assetId = asset.id;
        assignment.controlId = controlId(codes.at(i));
        if (implementations.at(i) == QLatin1String("n/a")) {
            assignment.applicable = false;
            assignment.reason = QStringLiteral("冗長構成の対象外");
        } else {
            assignment.implementation = implementations.at(i);
        }
        const Result<ControlAssignment> saved = m_registry->assignments().assign(assignment);
        QVERIFY2(saved, qPrintable(saved.error));
    }
    const Risk risk = *m_registry->risks().byNo(riskNo);
    QCOMPARE(risk.vulnerability, vulnerability);
    QVERIFY(risk.vulnerabilityDerived);
    QCOMPARE(risk.riskValue, 3 * RiskMethod::damageLikelihood(risk.likelihood, vulnerability));
    // Each recomputation that changed the value is an audit event of the entry.
    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("risk"), riskNo);
    QCOMPARE(events.size() > 1, vulnerability != 3);
    if (vulnerability != 3)
        QVERIFY(events.last().changes.contains(QStringLiteral("vulnerability")));
    // Unassigning brings it back, also audited.
    for (int i = 0; i < implementations.size(); ++i)
        QVERIFY(m_registry->assignments().unassign(asset.id, controlId(codes.at(i))));
    QCOMPARE(m_registry->risks().byNo(riskNo)->vulnerability, 3);
}

void TestRiskService::vulnerabilityByHandNeedsRationale()
{
    // An organisation-wide risk has no asset: its vulnerability is entered by hand, with a rationale.
    Risk draft;
    draft.threatId = m_registry->threats().byCode(QStringLiteral("T-PAN-01"))->id;
    draft.scenario = QStringLiteral("感染症の流行で運用担当が不足する");
    draft.importance = 2;
    draft.owner = QStringLiteral("情報セキュリティ管理者");
    QVERIFY(!m_registry->risks().create(draft)); // no rationale for the importance
    draft.importanceRationale = QStringLiteral("基盤の運用が止まる");
    const Result<Risk> created = m_registry->risks().create(draft);
    QVERIFY2(created, qPrintable(created.error));
    QVERIFY(!created->vulnerabilityDerived);
    RiskService::Assessment assessment;
    assessment.likelihood = 2;
    const Result<Risk> refused = m_registry->risks().assess(created->riskNo, assessment);
    QVERIFY(!refused);
    QCOMPARE(refused.problems.first().field, QStringLiteral("vulnerability"));
    assessment.vulnerability = 2;
    const Result<Risk> noRationale = m_registry->risks().assess(created->riskNo, assessment);
    QVERIFY(!noRationale);
    QCOMPARE(noRationale.problems.first().field, QStringLiteral("vulnerability_rationale"));
    assessment.vulnerabilityRationale = QStringLiteral("代替要員の手順書が一部のみ");
    const Result<Risk> assessed = m_registry->risks().assess(created->riskNo, assessment);
    QVERIFY2(assessed, qPrintable(assessed.error));
    QCOMPARE(assessed->riskValue, 2);
    QCOMPARE(assessed->status, QStringLiteral("assessed"));
}

void TestRiskService::needsReassessment_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("needs");
    QTest::newRow("nothing") << "nothing" << false;
    QTest::newRow("importance") << "importance" << true;
    QTest::newRow("personal information") << "personal_info" << true;
    QTest::newRow("asset type") << "asset_type" << true;
    QTest::newRow("remarks only") << "remarks" << false;
    QTest::newRow("derived vulnerability") << "control" << true;
    QTest::newRow("acceptance expired") << "expiry" << true;
}

void TestRiskService::needsReassessment()
{
    QFETCH(QString, change);
    QFETCH(bool, needs);
    const Asset asset = addAsset(2);
    const QString riskNo = entryFor(asset, QStringLiteral("T-NEG-07"));
    RiskService::Assessment assessment;
    assessment.likelihood = 2;
    QVERIFY(m_registry->risks().assess(riskNo, assessment));
    QVERIFY(!m_registry->risks().byNo(riskNo)->needsReassessment());
    Asset edited = *m_registry->assets().byId(asset.id);
    if (change == QLatin1String("importance")) {
        edited.integrity = 3;
        edited.integrityRationale = QStringLiteral("改ざんの影響が大きい");
    } else if (change == QLatin1String("personal_info")) {
        edited.personalInfo = QStringLiteral("personal");
    } else if (change == QLatin1String("asset_type")) {
        edited.assetType = QStringLiteral("software");
    } else if (change == QLatin1String("remarks")) {
        edited.remarks = QStringLiteral("備考を追記");
    } else if (change == QLatin1String("control")) {
        ControlAssignment assignment;
        assignment.assetId = asset.id;
        assignment.controlId = controlId(QStringLiteral("OPS-02"));
        assignment.implementation = QStringLiteral("implemented");
        QVERIFY(m_registry->assignments().assign(assignment));
    } else if (change == QLatin1String("expiry")) {
        const RiskAcceptance acceptance{
            QStringLiteral("部長"), QStringLiteral("情報セキュリティ管理者"), QStringLiteral("security_manager"),
            QDate(2026, 4, 1),      QStringLiteral("影響が限定的"),           QDate(2026, 6, 30)};
        const Result<Risk> accepted = m_registry->risks().accept(riskNo, acceptance);
        QVERIFY2(accepted, qPrintable(accepted.error));
        m_clock->set(FixedClock::noonOf(QDate(2026, 7, 1)));
    }
    if (change != QLatin1String("control") && change != QLatin1String("expiry") && change != QLatin1String("nothing")) {
        const Result<Asset> saved = m_registry->assets().updateAsset(edited);
        QVERIFY2(saved, qPrintable(saved.error));
    }
    const Risk risk = *m_registry->risks().byNo(riskNo);
    QCOMPARE(risk.needsReassessment(), needs);
    RiskFilter stale;
    stale.staleOnly = true;
    QCOMPARE(*m_registry->risks().count(stale), needs ? 1 : 0);
    if (needs) {
        // Assessing again clears it (an expired acceptance is dropped, the entry is assessed again).
        QVERIFY(m_registry->risks().assess(riskNo, assessment));
        QVERIFY(!m_registry->risks().byNo(riskNo)->needsReassessment());
    }
}

void TestRiskService::nextReview_data()
{
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QDate>("nextReview");
    // No controls: vulnerability 3. Importance 3, threat 3 → 9 high: 6 months; importance 1 → 3 low: 12 months.
    QTest::newRow("high: 6 months") << 3 << 3 << "high" << QDate(2026, 10, 1);
    QTest::newRow("medium: 12 months") << 2 << 3 << "high" << QDate(2026, 10, 1);
    QTest::newRow("low: 12 months") << 1 << 3 << "low" << QDate(2027, 4, 1);
    QTest::newRow("importance 3, threat 1: low") << 3 << 1 << "low" << QDate(2027, 4, 1);
}

void TestRiskService::nextReview()
{
    QFETCH(int, confidentiality);
    QFETCH(int, likelihood);
    QFETCH(QString, level);
    QFETCH(QDate, nextReview);
    const Asset asset = addAsset(confidentiality);
    const QString riskNo = entryFor(asset, QStringLiteral("T-INT-01"));
    RiskService::Assessment assessment;
    assessment.likelihood = likelihood;
    const Result<Risk> assessed = m_registry->risks().assess(riskNo, assessment);
    QVERIFY2(assessed, qPrintable(assessed.error));
    QCOMPARE(assessed->riskLevel, level);
    QCOMPARE(assessed->assessedOn, QDate(2026, 4, 1));
    QCOMPARE(assessed->assessedBy, QStringLiteral("tester@test"));
    QCOMPARE(assessed->nextReview, nextReview);
}

void TestRiskService::dueList()
{
    const Asset asset = addAsset(1);
    const QString reviewed = entryFor(asset, QStringLiteral("T-INT-01"));
    const QString accepted = entryFor(asset, QStringLiteral("T-INT-02"));
    RiskService::Assessment assessment;
    assessment.likelihood = 3;
    QVERIFY(m_registry->risks().assess(reviewed, assessment));
    QVERIFY(m_registry->risks().assess(accepted, assessment));
    RiskAcceptance acceptance{QStringLiteral("課長"), QStringLiteral("総務課長"),     QStringLiteral("owner"),
                              QDate(2026, 4, 1),      QStringLiteral("影響が小さい"), QDate(2026, 9, 30)};
    QVERIFY(m_registry->risks().accept(accepted, acceptance));
    QVERIFY(m_registry->risks().due(30)->isEmpty());
    // Within 30 days of the end of the acceptance.
    m_clock->set(FixedClock::noonOf(QDate(2026, 9, 10)));
    QList<RiskService::DueEntry> due = *m_registry->risks().due(30);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().risk.riskNo, accepted);
    QVERIFY(m_registry->risks().due(10)->isEmpty());
    // A year on, the review is overdue and the acceptance expired.
    m_clock->set(FixedClock::noonOf(QDate(2027, 4, 2)));
    due = *m_registry->risks().due(0);
    QCOMPARE(due.size(), 2);
    RiskFilter overdue;
    overdue.overdue = true;
    QCOMPARE(*m_registry->risks().count(overdue), 2);
}

void TestRiskService::disposalClosesRisks()
{
    const Asset asset = addAsset(2, QStringLiteral("media"));
    const QString open = entryFor(asset, QStringLiteral("T-NEG-03"));
    const QString avoided = entryFor(asset, QStringLiteral("T-NEG-10"));
    RiskService::Assessment assessment;
    assessment.likelihood = 2;
    QVERIFY(m_registry->risks().assess(avoided, assessment));
    RiskService::Treatment avoid;
    avoid.treatment = QStringLiteral("avoid");
    avoid.plan = QStringLiteral("媒体を廃棄し、以後は使用しない");
    QVERIFY(m_registry->risks().planTreatment(avoided, avoid));

    Result<DisposalJob> job = m_registry->disposal().draft({asset.id});
    QVERIFY2(job, qPrintable(job.error));
    job->method = QStringLiteral("destroy");
    job->technique = QStringLiteral("shred");
    job->verification = QStringLiteral("full");
    job->destination = QStringLiteral("destroyed");
    job->performedBy = {QStringLiteral("作業者"), QString(), QString(), QDate(2026, 4, 1)};
    job->validatedBy = {QStringLiteral("確認者"), QString(), QString(), QDate(2026, 4, 1)};
    for (DisposalItem &item : job->items) {
        item.serialNo = QStringLiteral("SN-") + item.assetNo;
        item.mediaType = QStringLiteral("hdd");
    }
    const Result<DisposalJob> recorded = m_registry->disposal().record(*job);
    QVERIFY2(recorded, qPrintable(recorded.error));
    for (const QString &riskNo : {open, avoided}) {
        const Risk risk = *m_registry->risks().byNo(riskNo);
        QCOMPARE(risk.status, QStringLiteral("closed"));
        QCOMPARE(risk.closedReason, QStringLiteral("資産の廃棄（%1）").arg(recorded->jobNo));
        QCOMPARE(risk.disposalNo, recorded->jobNo);
        QCOMPARE(risk.closedOn, QDate(2026, 4, 1));
        QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("risk"), riskNo).last().action, QStringLiteral("close"));
    }
    // No new entries for a disposed asset.
    QVERIFY(!m_registry->risks().generateCandidates({asset.id}));
}

void TestRiskService::assessedEntriesAreKept()
{
    const Asset asset = addAsset(2);
    const QString identified = entryFor(asset, QStringLiteral("T-INT-01"));
    const QString assessed = entryFor(asset, QStringLiteral("T-INT-02"));
    RiskService::Assessment assessment;
    assessment.likelihood = 2;
    QVERIFY(m_registry->risks().assess(assessed, assessment));
    const Result<bool> refused = m_registry->risks().remove(assessed);
    QVERIFY(!refused);
    QVERIFY(refused.error.contains(assessed));
    QVERIFY(m_registry->risks().byNo(assessed));
    QVERIFY(m_registry->risks().remove(identified));
    QVERIFY(!m_registry->risks().byNo(identified));
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("risk"), identified).last().action, QStringLiteral("remove"));
    // The database itself keeps assessed entries, whoever asks.
    const QString path = m_registry->path();
    m_registry.reset();
    // A connection of its own, to the file or to the server's schema.
    QSqlDatabase db = RawSql::connection(path);
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM risk WHERE risk_no = '%1'").arg(assessed)));
    QVERIFY(query.lastError().text().contains(QStringLiteral("never deleted")));
}

void TestRiskService::numbersAreNeverReused()
{
    const Asset asset = addAsset(2);
    const QString first = entryFor(asset, QStringLiteral("T-INT-01"));
    const QString second = entryFor(asset, QStringLiteral("T-INT-02"));
    QCOMPARE(first, QStringLiteral("R-000001"));
    QCOMPARE(second, QStringLiteral("R-000002"));
    QVERIFY(m_registry->risks().remove(second));
    QCOMPARE(entryFor(asset, QStringLiteral("T-INT-03")), QStringLiteral("R-000003"));
}

void TestRiskService::criteriaAreAuditedSettings()
{
    const Asset asset = addAsset(2);
    const QString riskNo = entryFor(asset, QStringLiteral("T-INT-01"));
    RiskService::Assessment assessment;
    assessment.likelihood = 3;
    QCOMPARE(m_registry->risks().assess(riskNo, assessment)->riskLevel, QStringLiteral("high")); // 2 × 3 = 6
    RiskCriteria criteria = m_registry->risks().criteria();
    criteria.highThreshold = 9;
    criteria.ownerMayAccept = QStringLiteral("medium");
    const Result<RiskCriteria> saved = m_registry->risks().setCriteria(criteria);
    QVERIFY2(saved, qPrintable(saved.error));
    QCOMPARE(m_registry->risks().criteria().highThreshold, 9);
    QCOMPARE(m_registry->risks().criteria().ownerMayAccept, QStringLiteral("medium"));
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("setting"), QStringLiteral("risk.high_threshold")).size(), 1);
    // Open entries follow the new thresholds.
    QCOMPARE(m_registry->risks().byNo(riskNo)->riskLevel, QStringLiteral("medium"));
    // The alternative method: importance × threat × vulnerability = 2 × 3 × 3 = 18, high from 18.
    QVERIFY(m_registry->risks().setCriteria(RiskCriteria::defaults(QStringLiteral("product"))));
    const Risk risk = *m_registry->risks().byNo(riskNo);
    QCOMPARE(risk.riskValue, 18);
    QCOMPARE(risk.riskLevel, QStringLiteral("high"));
}

void TestRiskService::criteriaRefused_data()
{
    QTest::addColumn<int>("medium");
    QTest::addColumn<int>("high");
    QTest::addColumn<QString>("highApprover");
    QTest::newRow("medium not above 1") << 1 << 6 << "ciso";
    QTest::newRow("high not above medium") << 5 << 5 << "ciso";
    QTest::newRow("high above the maximum") << 4 << 12 << "ciso";
    QTest::newRow("high accepted by an owner") << 4 << 6 << "owner";
}

void TestRiskService::criteriaRefused()
{
    QFETCH(int, medium);
    QFETCH(int, high);
    QFETCH(QString, highApprover);
    RiskCriteria criteria;
    criteria.mediumThreshold = medium;
    criteria.highThreshold = high;
    criteria.highApprover = highApprover;
    const Result<RiskCriteria> refused = m_registry->risks().setCriteria(criteria);
    QVERIFY(!refused);
    QVERIFY(!refused.problems.isEmpty());
    QCOMPARE(m_registry->risks().criteria().toJson(), RiskCriteria().toJson());
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("setting"), QStringLiteral("risk.high_threshold")).size(), 0);
}

void TestRiskService::registerFiltersAndCounts()
{
    const Asset high = addAsset(3);
    const Asset low = addAsset(1);
    QVERIFY(m_registry->risks().generateCandidates({high.id, low.id}));
    RiskFilter all;
    const qint64 total = *m_registry->risks().count(all);
    QVERIFY(total > 10);
    // Paging in SQL.
    const QList<Risk> page = *m_registry->risks().list(all, 5, 5);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().riskNo, QStringLiteral("R-000006"));
    // The heat map: importance × likelihood of damage, with counts that open the matching entries.
    const QHash<QString, qint64> heat = *m_registry->risks().countBy(QStringLiteral("importance,damage_likelihood"));
    qint64 sum = 0;
    for (auto it = heat.constBegin(); it != heat.constEnd(); ++it) {
        sum += it.value();
        RiskFilter cell;
        cell.importance = it.key().section(QLatin1Char(','), 0, 0).toInt();
        cell.damageLikelihood = it.key().section(QLatin1Char(','), 1, 1).toInt();
        QCOMPARE(*m_registry->risks().count(cell), it.value());
    }
    QCOMPARE(sum, total);
    const QHash<QString, qint64> levels = *m_registry->risks().countBy(QStringLiteral("risk_level"));
    RiskFilter highOnly;
    highOnly.level = QStringLiteral("high");
    QCOMPARE(*m_registry->risks().count(highOnly), levels.value(QStringLiteral("high")));
    RiskFilter department;
    department.department = QStringLiteral("総務部");
    QCOMPARE(*m_registry->risks().count(department), total);
    department.department = QStringLiteral("経理部");
    QCOMPARE(*m_registry->risks().count(department), 0);
}

void TestRiskService::migrationFromSchema3()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-0003.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    qint64 assetsBefore = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM asset")) && query.next());
        assetsBefore = query.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QVERIFY(assetsBefore > 0);
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    QVERIFY(registry->schemaVersion() >= 9);
    // The threats are there, the register is empty, the assets kept their values and can get candidates.
    QCOMPARE(registry->threats().threats().size(), 24);
    // Installing the threats into an existing registry is audited.
    QCOMPARE(registry->audit().eventsFor(QStringLiteral("threat"), QStringLiteral("builtin")).size(), 1);
    QCOMPARE(*registry->risks().count(RiskFilter()), 0);
    QCOMPARE(registry->risks().criteria().toJson(), RiskCriteria().toJson());
    QString error;
    const QList<Asset> assets = registry->assets().page(AssetFilter(), AssetSort(), 0, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!assets.isEmpty());
    const Asset &asset = assets.first();
    if (asset.status != QLatin1String("disposed")) {
        const Result<QList<Risk>> candidates = registry->risks().candidates(asset.id);
        QVERIFY2(candidates, qPrintable(candidates.error));
        QVERIFY(!candidates->isEmpty());
        for (const Risk &risk : *candidates)
            QCOMPARE(risk.importance, RiskMethod::importanceRating(asset.importance()));
    }
}

QTEST_GUILESS_MAIN(TestRiskService)
#include "test_riskservice.moc"
