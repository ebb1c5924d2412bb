// The gap report: each kind of gap, the change of requirement when an asset's classification changes, disposed
// assets and retired controls, assignments (single and bulk, audited, all or nothing), and the SQL computation
// checked against a straightforward computation over a generated registry.
#include "../rawsql.h"
#include "domain/assetcodes.h"
#include "domain/controlcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestGaps : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void kindOfGap_data();
    void kindOfGap();
    void classificationChangeChangesRequirement();
    void disposedAssetsAndRetiredControls();
    void assignmentValidation_data();
    void assignmentValidation();
    void assignmentsAudited();
    void bulkAssignmentAllOrNothing();
    void sqlAgreesWithStraightforwardComputation();
    void applicabilityStatement();

private:
    qint64 createAsset(int c = 1, const QString &department = QStringLiteral("総務部"),
                       const QString &personalInfo = QStringLiteral("none"));
    Control ownControl(const QString &code, int area = 7);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_count = 0;
    const QDate m_today = QDate(2026, 4, 1);
};

void TestGaps::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_registry = Registry::create(TestRegistry::location(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count))),
                                  Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@host"));
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(m_today)));
}

void TestGaps::cleanup()
{
    m_registry.reset();
}

qint64 TestGaps::createAsset(int c, const QString &department, const QString &personalInfo)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("顧客台帳");
    asset.department = department;
    asset.owner = QStringLiteral("鈴木 一郎");
    asset.confidentiality = c;
    asset.confidentialityRationale = QStringLiteral("漏えい時に重大な影響");
    asset.personalInfo = personalInfo;
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created.ok() ? created.value->id : 0;
}

Control TestGaps::ownControl(const QString &code, int area)
{
    Control draft;
    draft.code = code;
    draft.titleJa = QStringLiteral("独自管理策 ") + code;
    draft.titleEn = QStringLiteral("Own control ") + code;
    draft.area = area;
    return m_registry->customControls().addOwnControl(draft).value.value_or(Control());
}

void TestGaps::kindOfGap_data()
{
    QTest::addColumn<bool>("assigned");
    QTest::addColumn<bool>("applicable");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<int>("dueInDays"); // 0: no due date
    QTest::addColumn<QString>("kind");  // empty: no gap

    QTest::newRow("not assigned") << false << true << QString() << QString() << 0 << QStringLiteral("missing");
    QTest::newRow("implemented") << true << true << QString() << QStringLiteral("implemented") << 0 << QString();
    QTest::newRow("implemented after its due date")
        << true << true << QString() << QStringLiteral("implemented") << -30 << QString();
    QTest::newRow("partial") << true << true << QString() << QStringLiteral("partial") << 0
                             << QStringLiteral("partial");
    QTest::newRow("unknown") << true << true << QString() << QStringLiteral("unknown") << 0
                             << QStringLiteral("unknown");
    QTest::newRow("not implemented") << true << true << QString() << QStringLiteral("not_implemented") << 0
                                     << QStringLiteral("not_implemented");
    QTest::newRow("not implemented, due tomorrow")
        << true << true << QString() << QStringLiteral("not_implemented") << 1 << QStringLiteral("not_implemented");
    QTest::newRow("not implemented, due today")
        << true << true << QString() << QStringLiteral("not_implemented") << 0 << QStringLiteral("not_implemented");
    QTest::newRow("not implemented, overdue")
        << true << true << QString() << QStringLiteral("not_implemented") << -1 << QStringLiteral("overdue");
    QTest::newRow("partial, overdue") << true << true << QString() << QStringLiteral("partial") << -10
                                      << QStringLiteral("overdue");
    QTest::newRow("not applicable with a reason") << true << false << QStringLiteral("紙の資産で電子データを含まない")
                                                  << QStringLiteral("unknown") << 0 << QString();
    QTest::newRow("not applicable without a reason")
        << true << false << QString() << QStringLiteral("unknown") << 0 << QStringLiteral("no_reason");
}

void TestGaps::kindOfGap()
{
    QFETCH(bool, assigned);
    QFETCH(bool, applicable);
    QFETCH(QString, reason);
    QFETCH(QString, implementation);
    QFETCH(int, dueInDays);
    QFETCH(QString, kind);

    const Control control = ownControl(QStringLiteral("GAP-01"), 4);
    BaselineRule rule;
    rule.controlId = control.id;
    QVERIFY(m_registry->baseline().setBaseline({rule}).ok());
    const qint64 assetId = createAsset();
    if (assigned) {
        ControlAssignment assignment;
        assignment.assetId = assetId;
        assignment.controlId = control.id;
        assignment.applicable = applicable;
        assignment.reason = reason;
        assignment.implementation = implementation;
        if (dueInDays != 0)
            assignment.dueDate = m_today.addDays(dueInDays);
        if (QByteArray(QTest::currentDataTag()).endsWith("due today"))
            assignment.dueDate = m_today;
        if (!applicable && reason.isEmpty()) {
            // The service refuses this; a registry may still hold it (written by an older tool), so it is put there
            // directly and must show as a gap.
            QVERIFY(!m_registry->assignments().assign(assignment).ok());
            QSqlQuery query(RawSql::connection(m_registry->path()));
            query.prepare(QStringLiteral("INSERT INTO control_assignment (asset_id, control_id, applicable, reason, "
                                         "implementation, updated_at) VALUES (?, ?, 0, '  ', 'unknown', 'x')"));
            query.addBindValue(assetId);
            query.addBindValue(control.id);
            QVERIFY(query.exec());
        } else {
            const Result<ControlAssignment> saved = m_registry->assignments().assign(assignment);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
        }
    }

    const QList<AssetControl> rows = m_registry->assignments().controlsOfAsset(assetId).value.value();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.constFirst().required);
    QCOMPARE(rows.constFirst().gapKind, kind);

    const GapSummary summary = m_registry->gaps().gapSummary(GapFilter()).value.value();
    QCOMPARE(summary.total, kind.isEmpty() ? 0 : 1);
    QCOMPARE(summary.assetsWithGaps, kind.isEmpty() ? 0 : 1);
    QCOMPARE(summary.assetsChecked, 1);
    const QList<ControlGap> gaps = m_registry->gaps().gaps(GapFilter()).value.value();
    QCOMPARE(gaps.size(), kind.isEmpty() ? 0 : 1);
    if (!kind.isEmpty()) {
        QCOMPARE(gaps.constFirst().kind, kind);
        QCOMPARE(gaps.constFirst().controlCode, QStringLiteral("GAP-01"));
        QCOMPARE(gaps.constFirst().area, 4);
        QCOMPARE(summary.byKind().value(kind), 1);
        QCOMPARE(summary.byArea().value(4), 1);
        QCOMPARE(summary.byDepartment().value(QStringLiteral("総務部")), 1);
        GapFilter otherKind;
        otherKind.kind = kind == QLatin1String("missing") ? QStringLiteral("partial") : QStringLiteral("missing");
        QCOMPARE(m_registry->gaps().gapSummary(otherKind).value->total, 0);
        QCOMPARE(m_registry->gaps().gaps(otherKind).value->size(), 0);
    }
}

void TestGaps::classificationChangeChangesRequirement()
{
    const qint64 assetId = createAsset(1);
    const Control encryption = m_registry->catalogs().findControl(QStringLiteral("TEC-05")).value.value();
    auto gapCodes = [this, assetId]() {
        GapFilter filter;
        filter.assetId = assetId;
        QStringList codes;
        const QList<ControlGap> gaps = m_registry->gaps().gaps(filter).value.value();
        for (const ControlGap &gap : gaps)
            codes << gap.controlCode;
        return codes;
    };
    const QStringList before = gapCodes();
    QVERIFY(!before.isEmpty());
    QVERIFY(!before.contains(encryption.code));

    // Raising confidentiality to the highest level requires encryption at once; nothing else has to happen.
    Asset asset = *m_registry->assets().byId(assetId);
    asset.confidentiality = 3;
    const Result<Asset> raised = m_registry->assets().updateAsset(asset);
    QVERIFY2(raised.ok(), qPrintable(raised.error));
    QStringList after = gapCodes();
    QVERIFY(after.contains(encryption.code));
    QVERIFY(after.size() > before.size());
    QVERIFY(m_registry->baseline()
                .requirementReasons(assetId, encryption.id)
                .contains(QStringLiteral("Confidentiality ≥ 3")));

    // Implementing it closes that gap; lowering the level again removes the requirement, the assignment stays.
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = encryption.id;
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    QVERIFY(!gapCodes().contains(encryption.code));
    asset = *m_registry->assets().byId(assetId);
    asset.confidentiality = 1;
    QVERIFY(m_registry->assets().updateAsset(asset).ok());
    QCOMPARE(gapCodes(), before);
    bool shown = false;
    const QList<AssetControl> rows = m_registry->assignments().controlsOfAsset(assetId).value.value();
    for (const AssetControl &row : rows) {
        if (row.control.id == encryption.id)
            shown = !row.required && row.assignment.has_value() && row.gapKind.isEmpty();
    }
    QVERIFY(shown);

    // Personal information adds its own requirements.
    // My Number is held at the highest confidentiality only (practice.md PI-1).
    asset = *m_registry->assets().byId(assetId);
    asset.personalInfo = QStringLiteral("my_number");
    asset.confidentiality = 3;
    asset.confidentialityRationale = QStringLiteral("特定個人情報を含むため");
    const Result<Asset> withMyNumber = m_registry->assets().updateAsset(asset);
    QVERIFY2(withMyNumber.ok(), qPrintable(withMyNumber.error));
    after = gapCodes();
    QVERIFY(after.contains(QStringLiteral("AUD-08")));
    QVERIFY(after.contains(QStringLiteral("GOV-05")));
}

void TestGaps::disposedAssetsAndRetiredControls()
{
    const Control own = ownControl(QStringLiteral("OWN-01"));
    BaselineRule rule;
    rule.controlId = own.id;
    QVERIFY(m_registry->baseline().setBaseline({rule}).ok());
    const qint64 kept = createAsset();
    const qint64 disposed = createAsset();
    QCOMPARE(m_registry->gaps().gapSummary(GapFilter()).value->total, 2);
    {
        // Disposal is another service's business; the test only needs the status.
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE id = %1").arg(disposed)));
    }
    GapSummary summary = m_registry->gaps().gapSummary(GapFilter()).value.value();
    QCOMPARE(summary.total, 1);
    QCOMPARE(summary.assetsChecked, 1);
    QCOMPARE(m_registry->gaps().gaps(GapFilter()).value->constFirst().assetId, kept);
    ControlAssignment assignment;
    assignment.assetId = disposed;
    assignment.controlId = own.id;
    const Result<ControlAssignment> refused = m_registry->assignments().assign(assignment);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.contains(QLatin1String("disposed")));

    QVERIFY(m_registry->customControls().setRetired(own.id, true).ok());
    QCOMPARE(m_registry->gaps().gapSummary(GapFilter()).value->total, 0);
    assignment.assetId = kept;
    QVERIFY(!m_registry->assignments().assign(assignment).ok()); // a retired control is not assigned anew
    QVERIFY(m_registry->customControls().setRetired(own.id, false).ok());
    QCOMPARE(m_registry->gaps().gapSummary(GapFilter()).value->total, 1);
    // Only own controls are retired.
    QVERIFY(!m_registry->customControls()
                 .setRetired(m_registry->catalogs().findControl(QStringLiteral("ORG-01")).value->id, true)
                 .ok());
}

void TestGaps::assignmentValidation_data()
{
    QTest::addColumn<bool>("applicable");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<int>("verifiedInDays");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not applicable needs a reason")
        << false << QStringLiteral("   ") << QStringLiteral("unknown") << -1 << QStringLiteral("without a reason");
    QTest::newRow("unknown implementation") << true << QString() << QStringLiteral("done") << -1
                                            << QStringLiteral("'done' is not an implementation status");
    QTest::newRow("verified in the future")
        << true << QString() << QStringLiteral("implemented") << 3 << QStringLiteral("in the future");
}

void TestGaps::assignmentValidation()
{
    QFETCH(bool, applicable);
    QFETCH(QString, reason);
    QFETCH(QString, implementation);
    QFETCH(int, verifiedInDays);
    QFETCH(QString, expected);
    const qint64 assetId = createAsset();
    const qint64 events = m_registry->audit().count();
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = m_registry->catalogs().findControl(QStringLiteral("AST-01")).value->id;
    assignment.applicable = applicable;
    assignment.reason = reason;
    assignment.implementation = implementation;
    assignment.lastVerified = m_today.addDays(verifiedInDays);
    const Result<ControlAssignment> result = m_registry->assignments().assign(assignment);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(!m_registry->assignments().assignment(assetId, assignment.controlId));
    QCOMPARE(m_registry->audit().count(), events);
}

void TestGaps::assignmentsAudited()
{
    const qint64 assetId = createAsset();
    const QString assetNo = m_registry->assets().byId(assetId)->assetNo;
    const Control control = m_registry->catalogs().findControl(QStringLiteral("AST-01")).value.value();
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = control.id;
    assignment.implementation = QStringLiteral("partial");
    assignment.responsible = QStringLiteral("  高橋 美咲 ");
    assignment.dueDate = QDate(2026, 9, 30);
    assignment.evidenceNote = QStringLiteral("台帳の登録手順書 v2");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    QCOMPARE(m_registry->assignments().assignment(assetId, control.id)->responsible, QStringLiteral("高橋 美咲"));
    assignment.implementation = QStringLiteral("implemented");
    assignment.lastVerified = m_today;
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    QVERIFY(m_registry->assignments().assign(assignment).ok()); // unchanged: no event
    QVERIFY(m_registry->assignments().unassign(assetId, control.id).ok());
    QVERIFY(!m_registry->assignments().assignment(assetId, control.id));

    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("control_assignment"),
                                                                   assetNo + QStringLiteral("/builtin/AST-01"));
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).action, QStringLiteral("assign"));
    QCOMPARE(events.at(0).changes.value(QStringLiteral("implementation")).toArray().at(1).toString(),
             QStringLiteral("partial"));
    QCOMPARE(events.at(0).changes.value(QStringLiteral("due_date")).toArray().at(1).toString(),
             QStringLiteral("2026-09-30"));
    QCOMPARE(events.at(1).action, QStringLiteral("update"));
    QCOMPARE(events.at(1).changes.keys(),
             (QStringList{QStringLiteral("implementation"), QStringLiteral("last_verified")}));
    QCOMPARE(events.at(2).action, QStringLiteral("unassign"));
    QVERIFY(events.at(2).changes.value(QStringLiteral("implementation")).toArray().at(1).isNull());
}

void TestGaps::bulkAssignmentAllOrNothing()
{
    const qint64 first = createAsset(1, QStringLiteral("総務部"));
    const qint64 second = createAsset(2, QStringLiteral("人事部"));
    const qint64 third = createAsset(3, QStringLiteral("人事部"));
    const Control a = m_registry->catalogs().findControl(QStringLiteral("AST-01")).value.value();
    const Control b = m_registry->catalogs().findControl(QStringLiteral("AST-02")).value.value();
    // The first asset already has a reason for not applying b.
    ControlAssignment existing;
    existing.assetId = first;
    existing.controlId = b.id;
    existing.applicable = false;
    existing.reason = QStringLiteral("統合先の資産で管理");
    existing.responsible = QStringLiteral("伊藤 翔");
    QVERIFY(m_registry->assignments().assign(existing).ok());
    const qint64 events = m_registry->audit().count();

    // Marking both controls not applicable everywhere fails for the assets without a reason: nothing is written.
    AssignmentPatch notApplicable;
    notApplicable.applicable = false;
    const Result<int> refused =
        m_registry->assignments().assignMany({first, second, third}, {a.id, b.id}, notApplicable);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.size(), 5); // every pair except the first asset's b
    QVERIFY(refused.error.contains(m_registry->assets().byId(second)->assetNo));
    QCOMPARE(m_registry->audit().count(), events);
    QVERIFY(!m_registry->assignments().assignment(second, a.id));

    // Setting the implementation keeps each asset's other fields.
    AssignmentPatch implemented;
    implemented.implementation = QStringLiteral("implemented");
    implemented.lastVerified = m_today;
    int progressCalls = 0;
    const Result<int> done = m_registry->assignments().assignMany({first, second, third}, {a.id, b.id}, implemented,
                                                                  [&progressCalls](int) { ++progressCalls; });
    QVERIFY2(done.ok(), qPrintable(done.error));
    QCOMPARE(*done.value, 6);
    QVERIFY(progressCalls > 0);
    QCOMPARE(m_registry->audit().count(), events + 6);
    const ControlAssignment kept = *m_registry->assignments().assignment(first, b.id);
    QCOMPARE(kept.responsible, QStringLiteral("伊藤 翔"));
    QVERIFY(!kept.applicable);
    QCOMPARE(kept.reason, QStringLiteral("統合先の資産で管理"));
    QCOMPARE(kept.implementation, QStringLiteral("implemented"));
    QCOMPARE(m_registry->assignments().assignment(third, a.id)->implementation, QStringLiteral("implemented"));
    // The same patch again changes nothing and writes nothing.
    QCOMPARE(*m_registry->assignments().assignMany({first, second, third}, {a.id, b.id}, implemented).value, 0);
    QCOMPARE(m_registry->audit().count(), events + 6);
}

void TestGaps::sqlAgreesWithStraightforwardComputation()
{
    // A registry of generated assets with random assignments, compared with the gaps worked out one by one here.
    QList<Asset> drafts = TestRegistry::generated(1200, m_registry->scheme(), 7, m_today);
    // Recipients and medium classes in every combination with the generated providers and contractors, so that the
    // rules on parties and media are checked too.
    const QStringList mediumClasses = QStringList{QString()} + AssetCodes::mediumClasses();
    for (int index = 0; index < drafts.size(); ++index) {
        drafts[index].recipients = index % 3 == 0 ? QStringLiteral("△△大学") : QString();
        drafts[index].mediumClass = mediumClasses.at(index % mediumClasses.size());
    }
    QVERIFY(m_registry->assets().createAssets(drafts).ok());
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("UPDATE asset SET status = 'disposed' WHERE id % 17 = 0")));
    }
    QList<Asset> assets;
    AssetFilter all;
    all.includeDisposed = true;
    QString error;
    assets = m_registry->assets().page(all, AssetSort(), 0, 100000, &error);
    QCOMPARE(assets.size(), 1200);
    const QList<Control> controls = m_registry->catalogs().controls();
    QRandomGenerator random(42);
    const QStringList implementations = ControlCodes::implementations();
    QSqlQuery insert(RawSql::connection(m_registry->path()));
    insert.prepare(QStringLiteral("INSERT INTO control_assignment (asset_id, control_id, applicable, reason, "
                                  "implementation, due_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x')"));
    QHash<QPair<qint64, qint64>, ControlAssignment> assignments;
    // Written directly so that every combination occurs, including "not applicable" without a reason.
    QVERIFY(RawSql::connection(m_registry->path()).transaction());
    for (const Asset &asset : std::as_const(assets)) {
        const int count = int(random.bounded(30));
        for (int n = 0; n < count; ++n) {
            const Control &control = controls.at(random.bounded(int(controls.size())));
            const QPair<qint64, qint64> key{asset.id, control.id};
            if (assignments.contains(key))
                continue;
            ControlAssignment assignment;
            assignment.assetId = asset.id;
            assignment.controlId = control.id;
            assignment.applicable = random.bounded(10) > 1;
            assignment.reason = random.bounded(2) ? QStringLiteral("理由") : QString();
            assignment.implementation = implementations.at(random.bounded(int(implementations.size())));
            const int due = int(random.bounded(3));
            if (due > 0)
                assignment.dueDate = m_today.addDays(due == 1 ? -5 : 5);
            insert.addBindValue(assignment.assetId);
            insert.addBindValue(assignment.controlId);
            insert.addBindValue(assignment.applicable ? 1 : 0);
            insert.addBindValue(assignment.reason.isEmpty() ? QStringLiteral("") : assignment.reason);
            insert.addBindValue(assignment.implementation);
            insert.addBindValue(assignment.dueDate.isValid() ? QVariant(assignment.dueDate.toString(Qt::ISODate))
                                                             : QVariant(QMetaType(QMetaType::QString)));
            QVERIFY(insert.exec());
            assignments.insert(key, assignment);
        }
    }
    QVERIFY(RawSql::connection(m_registry->path()).commit());

    // The expected gaps, rule by rule and asset by asset.
    QHash<qint64, Control> controlById;
    for (const Control &control : controls)
        controlById.insert(control.id, control);
    const QList<BaselineRule> rules = m_registry->baseline().baseline();
    auto matches = [](const BaselineRule &rule, const Asset &asset) {
        if (rule.minConfidentiality && asset.confidentiality < *rule.minConfidentiality)
            return false;
        if (rule.minIntegrity && asset.integrity < *rule.minIntegrity)
            return false;
        if (rule.minAvailability && asset.availability < *rule.minAvailability)
            return false;
        if (rule.minImportance && asset.importance() < *rule.minImportance)
            return false;
        if (!rule.personalInfo.isEmpty() && rule.personalInfo != asset.personalInfo &&
            !(rule.personalInfo == QLatin1String("personal") && asset.personalInfo != QLatin1String("none")))
            return false;
        if (rule.hasProvider && asset.provider.trimmed().isEmpty())
            return false;
        if (rule.hasRecipients && asset.recipients.trimmed().isEmpty())
            return false;
        if (rule.hasContractor && asset.contractor.trimmed().isEmpty())
            return false;
        if (!rule.mediumClass.isEmpty() && rule.mediumClass != asset.mediumClass)
            return false;
        return rule.assetType.isEmpty() || rule.assetType == asset.assetType;
    };
    QMap<QString, qint64> expectedByKind, expectedByDepartment;
    QMap<int, qint64> expectedByArea;
    QSet<QString> expectedGaps;
    QSet<qint64> assetsWithGaps;
    qint64 expectedTotal = 0;
    qint64 checked = 0;
    for (const Asset &asset : std::as_const(assets)) {
        if (asset.status == QLatin1String("disposed"))
            continue;
        ++checked;
        QSet<qint64> required;
        for (const BaselineRule &rule : rules) {
            if (matches(rule, asset) && !controlById.value(rule.controlId).retired)
                required.insert(rule.controlId);
        }
        for (qint64 controlId : std::as_const(required)) {
            QString kind;
            const auto it = assignments.constFind({asset.id, controlId});
            if (it == assignments.constEnd())
                kind = QStringLiteral("missing");
            else if (!it->applicable)
                kind = it->reason.trimmed().isEmpty() ? QStringLiteral("no_reason") : QString();
            else if (it->implementation == QLatin1String("implemented"))
                kind = QString();
            else if (it->dueDate.isValid() && it->dueDate < m_today)
                kind = QStringLiteral("overdue");
            else
                kind = it->implementation;
            if (kind.isEmpty())
                continue;
            ++expectedTotal;
            ++expectedByKind[kind];
            ++expectedByDepartment[asset.department];
            ++expectedByArea[controlById.value(controlId).area];
            expectedGaps.insert(QStringLiteral("%1/%2/%3").arg(asset.id).arg(controlId).arg(kind));
            assetsWithGaps.insert(asset.id);
        }
    }
    QVERIFY(expectedTotal > 1000);
    QVERIFY(expectedByKind.size() == ControlCodes::gapKinds().size());

    const GapSummary summary = m_registry->gaps().gapSummary(GapFilter()).value.value();
    QCOMPARE(summary.total, expectedTotal);
    QCOMPARE(summary.assetsChecked, checked);
    QCOMPARE(summary.assetsWithGaps, qint64(assetsWithGaps.size()));
    QCOMPARE(summary.byKind(), expectedByKind);
    QCOMPARE(summary.byDepartment(), expectedByDepartment);
    QCOMPARE(summary.byArea(), expectedByArea);

    // The list, read in pages, is the same set of gaps, by asset and in catalogue order within an asset.
    QHash<qint64, int> position;
    for (int index = 0; index < controls.size(); ++index)
        position.insert(controls.at(index).id, index);
    QSet<QString> listed;
    ControlGap previous;
    for (qint64 offset = 0;; offset += 500) {
        const QList<ControlGap> page = m_registry->gaps().gaps(GapFilter(), offset, 500).value.value();
        for (const ControlGap &gap : page) {
            listed.insert(QStringLiteral("%1/%2/%3").arg(gap.assetId).arg(gap.controlId).arg(gap.kind));
            QVERIFY(gap.assetId >= previous.assetId);
            if (gap.assetId == previous.assetId)
                QVERIFY(position.value(gap.controlId) > position.value(previous.controlId));
            previous = gap;
        }
        if (page.size() < 500)
            break;
    }
    QCOMPARE(listed.size(), expectedGaps.size());
    QCOMPARE(listed, expectedGaps);
    // The streamed listing for exports gives the same rows in the same order.
    QList<ControlGap> streamed;
    const Result<qint64> visited = m_registry->gaps().forEachGap(GapFilter(), [&streamed](const ControlGap &gap) {
        streamed << gap;
        return true;
    });
    QCOMPARE(*visited.value, expectedTotal);
    for (const QString &kind : ControlCodes::gapKinds()) {
        GapFilter ofKind;
        ofKind.kind = kind;
        qint64 count = 0;
        const Result<qint64> streamedKind =
            m_registry->gaps().forEachGap(ofKind, [&count, &kind](const ControlGap &gap) {
                count += gap.kind == kind ? 1 : 0;
                return true;
            });
        QVERIFY2(streamedKind.ok(), qPrintable(streamedKind.error));
        QCOMPARE(*streamedKind.value, expectedByKind.value(kind));
        QCOMPARE(count, expectedByKind.value(kind));
    }
    const QList<ControlGap> firstPage = m_registry->gaps().gaps(GapFilter(), 0, 700).value.value();
    for (int index = 0; index < firstPage.size(); ++index) {
        QCOMPARE(streamed.at(index).assetId, firstPage.at(index).assetId);
        QCOMPARE(streamed.at(index).controlId, firstPage.at(index).controlId);
    }

    // Filters narrow the summary and the list alike.
    GapFilter filter;
    filter.department = expectedByDepartment.firstKey();
    filter.area = expectedByArea.lastKey();
    const GapSummary narrowed = m_registry->gaps().gapSummary(filter).value.value();
    QCOMPARE(qint64(m_registry->gaps().gaps(filter).value->size()), narrowed.total);
    QVERIFY(narrowed.total > 0 && narrowed.total < expectedTotal);
    for (const GapCount &count : narrowed.counts) {
        QCOMPARE(count.department, filter.department);
        QCOMPARE(count.area, filter.area);
    }
}

void TestGaps::applicabilityStatement()
{
    const qint64 first = createAsset(3, QStringLiteral("総務部"), QStringLiteral("personal"));
    const qint64 second = createAsset(1);
    const Control encryption = m_registry->catalogs().findControl(QStringLiteral("TEC-05")).value.value();
    const Control physical = m_registry->catalogs().findControl(QStringLiteral("PHY-04")).value.value();
    ControlAssignment assignment;
    assignment.assetId = first;
    assignment.controlId = encryption.id;
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    assignment.assetId = second;
    assignment.controlId = physical.id;
    assignment.applicable = false;
    assignment.reason = QStringLiteral("クラウド上のデータで、当組織の施設にない, 監視不要");
    QVERIFY(m_registry->assignments().assign(assignment).ok());

    const QList<ApplicabilityEntry> entries =
        m_registry->gaps()
            .applicability(m_registry->catalogs().findCatalog(QStringLiteral("builtin")).value->id)
            .value.value();
    QCOMPARE(entries.size(), m_registry->catalogs().controls(encryption.catalogId).size());
    bool sawEncryption = false, sawPhysical = false;
    for (const ApplicabilityEntry &entry : entries) {
        if (entry.control.id == encryption.id) {
            sawEncryption = true;
            QCOMPARE(entry.requiredAssets, 1);
            QCOMPARE(entry.applicableAssets, 1);
            QCOMPARE(entry.implemented, 1);
            QCOMPARE(entry.applicability(), QStringLiteral("applicable"));
            QCOMPARE(entry.implementation(), QStringLiteral("implemented"));
        } else if (entry.control.id == physical.id) {
            sawPhysical = true;
            QCOMPARE(entry.requiredAssets, 0);
            QCOMPARE(entry.notApplicableAssets, 1);
            QCOMPARE(entry.applicability(), QStringLiteral("not_applicable"));
            QCOMPARE(entry.reasons, QStringList{assignment.reason});
        } else if (entry.control.code == QLatin1String("AST-01")) {
            // Required for two assets and assigned to none: a gap on both, so not implemented.
            QCOMPARE(entry.requiredAssets, 2);
            QCOMPARE(entry.implementation(), QStringLiteral("not_implemented"));
        }
    }
    QVERIFY(sawEncryption && sawPhysical);
}

QTEST_GUILESS_MAIN(TestGaps)
#include "test_gaps.moc"
