// Every write path of the services rolls back completely: the fault-injection seam of core/storage makes the Nth
// statement fail, for every N up to the statements of a successful run, and the registry file must then be exactly as
// it was before the write (every table, row by row) — the proof behind "all or nothing".
#include "domain/disposalcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/settingsservice.h"
#include "service/threatservice.h"
#include "storage/statement.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

// Every row of every table of the file, as one hash per table, read through a connection of its own.
QMap<QString, QByteArray> fingerprint(const QString &path)
{
    QMap<QString, QByteArray> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fingerprint"));
        db.setDatabaseName(path);
        if (!db.open())
            return result;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &name : std::as_const(names)) {
            QSqlQuery rows(db);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name)))
                continue; // virtual tables whose module the plain driver lacks
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column)
                    hash.addData(QByteArray(rows.value(column).toString().toUtf8() + '\x1f'));
                hash.addData("\x1e");
            }
            result.insert(name, hash.result());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fingerprint"));
    return result;
}

} // namespace

class TestRollback final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyWriteRollsBack_data();
    void everyWriteRollsBack();

private:
    Asset validAsset(const QString &name) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_count = 0;
};

Asset TestRollback::validAsset(const QString &name) const
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = name;
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("山田 太郎");
    asset.confidentiality = 2;
    return asset;
}

void TestRollback::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_registry = Registry::create(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count)), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@host"));
}

void TestRollback::cleanup()
{
    Statement::failAt(0);
    m_registry.reset();
}

// What the writes work on, read before any fault is armed: the reads of a test are not the writes under test.
struct Fixture
{
    Asset asset;
    qint64 ast01 = 0;
    qint64 ast02 = 0;
    QList<BaselineRule> baseline;
    DisposalJob draft;
    QString riskNo; // an assessed risk of the asset whose threat relates to AST-01 and AST-02
    qint64 ownThreatId = 0;
    QString plannedRiskNo; // a risk of the asset whose plan is to reduce it with AST-01 and AST-02
};

using Write = std::function<bool(Registry &, const Fixture &)>;
Q_DECLARE_METATYPE(Write)

void TestRollback::everyWriteRollsBack_data()
{
    QTest::addColumn<Write>("write");
    auto asset = [](Registry &registry, const QString &name) {
        Asset draft = registry.assets().newAsset();
        draft.retentionUntil = QDate(2031, 3, 31);
        draft.name = name;
        draft.department = QStringLiteral("総務部");
        draft.owner = QStringLiteral("山田 太郎");
        draft.confidentiality = 2;
        return draft;
    };
    QTest::newRow("create asset") << Write([asset](Registry &r, const Fixture &) {
        return r.assets().createAsset(asset(r, QStringLiteral("職員名簿"))).ok();
    });
    QTest::newRow("create assets (bulk)") << Write([asset](Registry &r, const Fixture &) {
        return r.assets()
            .createAssets({asset(r, QStringLiteral("名簿1")), asset(r, QStringLiteral("名簿2")),
                           asset(r, QStringLiteral("名簿3"))})
            .ok();
    });
    QTest::newRow("update asset") << Write([](Registry &r, const Fixture &f) {
        Asset edited = f.asset;
        edited.remarks = QStringLiteral("見直し済み");
        edited.integrity = 3;
        edited.integrityRationale = QStringLiteral("改ざんは業務停止につながる");
        return r.assets().updateAsset(edited).ok();
    });
    QTest::newRow("mark reviewed") << Write([](Registry &r, const Fixture &f) {
        return r.assets().markReviewed({f.asset.id}, r.clock().today(), QStringLiteral("佐藤 花子")).ok();
    });
    QTest::newRow("settings") << Write([](Registry &r, const Fixture &) {
        QString error;
        return r.settings().setSettings({{QStringLiteral("organisation"), QStringLiteral("東京データ基盤")},
                                         {SettingsService::handlingLabelKey(3), QStringLiteral("極秘")}},
                                        &error);
    });
    QTest::newRow("minimum method") << Write([](Registry &r, const Fixture &) {
        QString error;
        return r.disposal().setMinimumMethod(2, QStringLiteral("destroy"), &error);
    });
    QTest::newRow("add custom control") << Write([](Registry &r, const Fixture &) {
        Control draft;
        draft.code = QStringLiteral("OWN-01");
        draft.titleJa = QStringLiteral("独自の管理策");
        draft.area = 6;
        return r.customControls().addOwnControl(draft).ok();
    });
    QTest::newRow("assign control") << Write([](Registry &r, const Fixture &f) {
        ControlAssignment assignment;
        assignment.assetId = f.asset.id;
        assignment.controlId = f.ast01;
        assignment.implementation = QStringLiteral("implemented");
        return r.assignments().assign(assignment).ok();
    });
    QTest::newRow("assign many") << Write([](Registry &r, const Fixture &f) {
        AssignmentPatch patch;
        patch.implementation = QStringLiteral("partial");
        return r.assignments().assignMany({f.asset.id}, {f.ast01, f.ast02}, patch).ok();
    });
    QTest::newRow("replace assignments (undo)") << Write([](Registry &r, const Fixture &f) {
        const Result<QList<AssignmentState>> now = r.assignments().states({f.asset.id}, {f.ast01, f.ast02});
        if (!now)
            return false;
        QList<AssignmentState> wanted = *now;
        for (AssignmentState &state : wanted) {
            if (!state.assignment) {
                state.assignment = ControlAssignment();
                state.assignment->assetId = state.assetId;
                state.assignment->controlId = state.controlId;
            }
            state.assignment->implementation = QStringLiteral("implemented");
            state.assignment->evidenceNote = QStringLiteral("点検記録 2026-11");
        }
        return r.assignments().replace(*now, wanted).ok();
    });
    QTest::newRow("baseline") << Write([](Registry &r, const Fixture &f) {
        QList<BaselineRule> rules = f.baseline;
        rules.removeLast();
        return r.baseline().setBaseline(rules).ok();
    });
    QTest::newRow("generate risk candidates")
        << Write([](Registry &r, const Fixture &f) { return r.risks().generateCandidates({f.asset.id}).ok(); });
    QTest::newRow("assess risk") << Write([](Registry &r, const Fixture &f) {
        RiskService::Assessment assessment;
        assessment.likelihood = 3;
        return r.risks().assess(f.riskNo, assessment).ok();
    });
    QTest::newRow("plan risk treatment") << Write([](Registry &r, const Fixture &f) {
        RiskService::Treatment treatment;
        treatment.treatment = QStringLiteral("reduce");
        treatment.plan = QStringLiteral("台帳を整備する");
        treatment.controls = {{f.ast01, QStringLiteral("山田"), QDate::currentDate().addMonths(1)}};
        const Result<Risk> result = r.risks().planTreatment(f.riskNo, treatment);
        if (!result && !Statement::faultFired())
            qWarning("%s", qPrintable(result.error));
        return result.ok();
    });
    QTest::newRow("remove control from treatment plan") << Write([](Registry &r, const Fixture &f) {
        RiskService::Treatment treatment;
        treatment.treatment = QStringLiteral("reduce");
        treatment.plan = QStringLiteral("台帳を整備する");
        treatment.removedControls = {f.ast02};
        return r.risks().planTreatment(f.plannedRiskNo, treatment).ok();
    });
    QTest::newRow("save risk entry in one step") << Write([](Registry &r, const Fixture &f) {
        RiskService::EntryChanges changes;
        RiskService::Assessment assessment;
        assessment.likelihood = 3;
        changes.assessment = assessment;
        RiskService::Treatment treatment;
        treatment.treatment = QStringLiteral("reduce");
        treatment.plan = QStringLiteral("台帳を整備する");
        treatment.controls = {{f.ast01, QStringLiteral("山田"), QDate::currentDate().addMonths(1)}};
        changes.treatment = treatment;
        changes.residual = std::pair{1, 1};
        return r.risks().saveEntry(f.riskNo, changes).ok();
    });
    QTest::newRow("save new risk entry in one step") << Write([](Registry &r, const Fixture &f) {
        RiskService::EntryChanges changes;
        Risk draft;
        draft.threatId = f.ownThreatId;
        draft.scenario = QStringLiteral("組織全体の台帳の不備");
        draft.owner = QStringLiteral("総務部長");
        draft.importance = 2;
        draft.importanceRationale = QStringLiteral("全庁の業務に及ぶ");
        draft.vulnerability = 2;
        draft.vulnerabilityRationale = QStringLiteral("点検が一部のみ");
        changes.draft = draft;
        RiskService::Assessment assessment;
        assessment.likelihood = 2;
        assessment.vulnerability = 2;
        assessment.vulnerabilityRationale = QStringLiteral("点検が一部のみ");
        changes.assessment = assessment;
        RiskService::Treatment treatment;
        treatment.treatment = QStringLiteral("avoid");
        treatment.plan = QStringLiteral("紙の台帳をやめる");
        changes.treatment = treatment;
        return r.risks().saveEntry(QString(), changes).ok();
    });
    QTest::newRow("accept risk") << Write([](Registry &r, const Fixture &f) {
        const RiskAcceptance acceptance{QStringLiteral("山田 太郎"),    QStringLiteral("課長"),
                                        QStringLiteral("ciso"),         QDate::currentDate(),
                                        QStringLiteral("影響が限定的"), QDate::currentDate().addMonths(3)};
        return r.risks().accept(f.riskNo, acceptance).ok();
    });
    QTest::newRow("risk criteria") << Write([](Registry &r, const Fixture &) {
        RiskCriteria criteria;
        criteria.highThreshold = 9;
        return r.risks().setCriteria(criteria).ok();
    });
    QTest::newRow("add threat") << Write([](Registry &r, const Fixture &) {
        Threat threat;
        threat.code = QStringLiteral("T-OWN-09");
        threat.nameJa = QStringLiteral("独自の脅威");
        threat.category = QStringLiteral("negligent");
        threat.objectives = QStringLiteral("C");
        return r.threats().add(threat).ok();
    });
    QTest::newRow("assessment run") << Write([](Registry &r, const Fixture &) {
        AssessmentRun run;
        run.title = QStringLiteral("令和8年度リスクアセスメント");
        run.periodFrom = QDate::currentDate();
        run.periodTo = QDate::currentDate().addMonths(1);
        run.assessor = QStringLiteral("担当者");
        return r.risks().createRun(run).ok();
    });
    QTest::newRow("record disposal") << Write([](Registry &r, const Fixture &f) {
        DisposalJob job = f.draft;
        job.performedBy = {QStringLiteral("田中 太郎"), QStringLiteral("主任"), QStringLiteral("情報システム課"),
                           QDate::currentDate().addDays(-1)};
        job.validatedBy = {QStringLiteral("山本 次郎"), QStringLiteral("課長"), QStringLiteral("情報システム課"),
                           QDate::currentDate()};
        for (DisposalItem &item : job.items) {
            item.serialNo = QStringLiteral("SN-1");
            item.mediaType = QStringLiteral("hdd");
        }
        const EvidenceFile evidence{QStringLiteral("certificate.pdf"), QStringLiteral("application/pdf"),
                                    QByteArray("%PDF-1.4 certificate")};
        return r.disposal().record(job, {evidence}).ok();
    });
}

void TestRollback::everyWriteRollsBack()
{
    QFETCH(Write, write);
    // State for the writes that change existing records: one asset, and one assignment for "assign many".
    const Result<Asset> existing = m_registry->assets().createAsset(validAsset(QStringLiteral("既存の資産")));
    QVERIFY(existing.ok());
    Fixture fixture;
    fixture.asset = *existing;
    fixture.ast01 = m_registry->catalogs().findControl(QStringLiteral("AST-01")).value->id;
    fixture.ast02 = m_registry->catalogs().findControl(QStringLiteral("AST-02")).value->id;
    fixture.baseline = m_registry->baseline().baseline();
    QVERIFY(!fixture.baseline.isEmpty());
    fixture.draft = *m_registry->disposal().draft({existing->id}).value;
    // A risk of the asset whose vulnerability follows AST-01 and AST-02: assignments and disposal change the register.
    Threat threat;
    threat.code = QStringLiteral("T-OWN-01");
    threat.nameJa = QStringLiteral("台帳の不備");
    threat.category = QStringLiteral("negligent");
    threat.objectives = QStringLiteral("CIA");
    threat.relatedControls = {QStringLiteral("AST-01"), QStringLiteral("AST-02")};
    const Result<Threat> own = m_registry->threats().add(threat);
    QVERIFY2(own.ok(), qPrintable(own.error));
    Risk risk;
    risk.assetId = existing->id;
    risk.threatId = own->id;
    risk.scenario = QStringLiteral("台帳の不備による管理漏れ");
    const Result<Risk> entry = m_registry->risks().create(risk);
    QVERIFY2(entry.ok(), qPrintable(entry.error));
    RiskService::Assessment assessment;
    assessment.likelihood = 2;
    QVERIFY(m_registry->risks().assess(entry->riskNo, assessment).ok());
    fixture.riskNo = entry->riskNo;
    fixture.ownThreatId = own->id;
    // A second risk of the asset, planned to be reduced with both controls.
    Threat second = threat;
    second.code = QStringLiteral("T-OWN-02");
    second.nameJa = QStringLiteral("台帳の記載漏れ");
    const Result<Threat> secondThreat = m_registry->threats().add(second);
    QVERIFY2(secondThreat.ok(), qPrintable(secondThreat.error));
    risk.threatId = secondThreat->id;
    const Result<Risk> planned = m_registry->risks().create(risk);
    QVERIFY2(planned.ok(), qPrintable(planned.error));
    QVERIFY(m_registry->risks().assess(planned->riskNo, assessment).ok());
    RiskService::Treatment plan;
    plan.treatment = QStringLiteral("reduce");
    plan.plan = QStringLiteral("台帳を整備する");
    plan.controls = {{fixture.ast01, QStringLiteral("山田"), QDate::currentDate().addMonths(1)},
                     {fixture.ast02, QStringLiteral("佐藤"), QDate::currentDate().addMonths(2)}};
    const Result<Risk> planDone = m_registry->risks().planTreatment(planned->riskNo, plan);
    QVERIFY2(planDone.ok(), qPrintable(planDone.error));
    fixture.plannedRiskNo = planned->riskNo;
    const QString path = m_registry->path();

    // ASSET_REGISTRY_FAULT_STRIDE=N fails only every Nth statement (and the first two): the sanitizer build, where
    // every statement costs several times as much, checks a sample; the default run checks every statement.
    const int stride = std::max(1, qEnvironmentVariableIntValue("ASSET_REGISTRY_FAULT_STRIDE"));
    int faults = 0;
    for (qint64 statement = 1;; statement += statement < 2 ? 1 : stride) {
        const QMap<QString, QByteArray> before = fingerprint(path);
        QVERIFY(!before.isEmpty());
        Statement::failAt(statement);
        const bool ok = write(*m_registry, fixture);
        const bool fired = Statement::faultFired();
        Statement::failAt(0);
        if (!fired) {
            // The write ran past its last statement: it must have succeeded and changed the file.
            QVERIFY2(ok, "a write without an injected fault failed");
            QVERIFY(fingerprint(path) != before);
            break;
        }
        ++faults;
        QVERIFY2(!ok, qPrintable(QStringLiteral("statement %1 failed but the write reported success").arg(statement)));
        const QMap<QString, QByteArray> after = fingerprint(path);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(
                after.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("statement %1 failed and table %2 changed").arg(statement).arg(it.key())));
        QVERIFY(statement < 2000);
    }
    QVERIFY(faults >= 2 || (stride > 1 && faults >= 1));
    qInfo("%d injected faults, each rolled back completely", faults);
}

QTEST_GUILESS_MAIN(TestRollback)

#include "test_rollback.moc"
