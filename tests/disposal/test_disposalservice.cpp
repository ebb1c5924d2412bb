// The disposal service against a real registry: the minimum-method rule for every level × destination × method,
// refusals (weaker method without a reason, failed verification, technique that does not fit), jobs with several
// items, the asset and the record read-only after completion, amendments, audit events and the due list.
#include "domain/disposalfield.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testregistry.h"

namespace {

// A second connection to the registry file, as someone with the file and the sqlite3 shell would have.
QSqlDatabase rawConnection(const QString &path)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

} // namespace

class TestDisposalService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void minimumMethodRule_data();
    void minimumMethodRule();
    void overrideWithReasonIsFlagged();
    void failedVerificationCannotComplete();
    void missingResultAndWarnings();
    void techniqueMustFitMethod();
    void missingPeopleAndDatesAreRefused();
    void draftStartsCompliant();
    void jobWithSeveralItems();
    void readOnlyAfterCompletion();
    void databaseRefusesChangesToRecords();
    void amendmentsKeepTheOriginal();
    void amendmentMustKeepTheRules();
    void registryMinimumIsEditable();
    void dueForDisposal();

private:
    Asset createAsset(const QString &name, int confidentiality, const QString &status = QStringLiteral("in_use"),
                      const QDate &retention = {});
    DisposalJob completed(DisposalJob job) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDisposalService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry =
        Registry::create(TestRegistry::location(m_dir->filePath(QStringLiteral("registry.sqlite"))), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@workstation"));
}

void TestDisposalService::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestDisposalService::createAsset(const QString &name, int confidentiality, const QString &status,
                                       const QDate &retention)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = name;
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("佐藤 花子");
    asset.assetType = QStringLiteral("media");
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("住民の個人情報を含む");
    asset.status = status;
    asset.retentionUntil = retention;
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created.ok())
        qFatal("cannot create test asset: %s", qPrintable(created.error));
    return *created.value;
}

DisposalJob TestDisposalService::completed(DisposalJob job) const
{
    job.performedBy = {QStringLiteral("田中 太郎"), QStringLiteral("主任"), QStringLiteral("情報システム課"),
                       QDate::currentDate().addDays(-1)};
    job.validatedBy = {QStringLiteral("山本 次郎"), QStringLiteral("課長"), QStringLiteral("情報システム課"),
                       QDate::currentDate()};
    for (DisposalItem &item : job.items) {
        item.serialNo = QStringLiteral("SN-") + item.assetNo;
        // A medium of no particular type keeps the general technique rules of DESIGN.md §5.
        item.mediaType = QStringLiteral("other");
        item.mediaDescription = QStringLiteral("ノートPC内蔵ドライブ");
    }
    return job;
}

void TestDisposalService::minimumMethodRule_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("allowed");
    const QStringList destinations = DisposalCodes::codes(DisposalCodes::List::Destination);
    const QStringList methods = DisposalCodes::codes(DisposalCodes::List::Method);
    for (int level = 1; level <= 3; ++level) {
        for (const QString &destination : destinations) {
            // The expectation spelled out from DESIGN.md §5, independently of DisposalRule.
            int minimum = level; // 1 clear, 2 purge, 3 destroy
            const bool leaves = destination == QLatin1String("external_reuse") ||
                                destination == QLatin1String("recycling") ||
                                destination == QLatin1String("manufacturer");
            if (leaves)
                minimum = std::max(minimum, 2);
            for (int m = 0; m < methods.size(); ++m)
                QTest::addRow("C%d %s by %s", level, qPrintable(destination), qPrintable(methods.at(m)))
                    << level << destination << methods.at(m) << (m + 1 >= minimum);
        }
    }
}

void TestDisposalService::minimumMethodRule()
{
    QFETCH(int, level);
    QFETCH(QString, destination);
    QFETCH(QString, method);
    QFETCH(bool, allowed);
    const Asset asset = createAsset(QStringLiteral("業務用ノートPC"), level);
    Result<DisposalJob> draft = m_registry->disposal().draft({asset.id});
    QVERIFY2(draft.ok(), qPrintable(draft.error));
    DisposalJob job = completed(*draft.value);
    job.destination = destination;
    job.method = method;
    job.technique = QStringLiteral("other");
    job.notes = QStringLiteral("手順書 No.12 による");
    const qint64 eventsBefore = m_registry->audit().count();

    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QCOMPARE(recorded.ok(), allowed);
    if (allowed) {
        QVERIFY(!recorded.value->hasOverride());
        QCOMPARE(m_registry->assets().byId(asset.id)->status, QStringLiteral("disposed"));
        return;
    }
    // Refused without a reason: the message names the asset, nothing changed.
    QVERIFY(recorded.error.contains(asset.assetNo));
    QCOMPARE(recorded.problems.constFirst().field, QStringLiteral("override_reason"));
    QCOMPARE(m_registry->assets().byId(asset.id)->status, QStringLiteral("in_use"));
    QCOMPARE(m_registry->audit().count(), eventsBefore);
    QCOMPARE(m_registry->disposal().jobCount(), 0);

    // With a reason it is accepted and flagged.
    job.overrideReason = QStringLiteral("製造元の保守契約により返却が必要");
    const Result<DisposalJob> overridden = m_registry->disposal().record(job);
    QVERIFY2(overridden.ok(), qPrintable(overridden.error));
    QVERIFY(overridden.value->hasOverride());
}

void TestDisposalService::overrideWithReasonIsFlagged()
{
    const Asset asset = createAsset(QStringLiteral("人事評価データ"), 3);
    DisposalJob job = completed(*m_registry->disposal().draft({asset.id}).value);
    QCOMPARE(job.method, QStringLiteral("destroy"));
    job.method = QStringLiteral("purge");
    job.technique = QStringLiteral("crypto_erase");
    job.overrideReason = QStringLiteral("リース返却のため物理破壊できない");
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QVERIFY(recorded.value->hasOverride());
    QCOMPARE(recorded.value->items.constFirst().minimumMethod, QStringLiteral("destroy"));

    // The stored record and the audit trail both carry the flag.
    const std::optional<DisposalJob> stored = m_registry->disposal().job(recorded.value->id);
    QVERIFY(stored && stored->hasOverride());
    QCOMPARE(stored->overrideReason, job.overrideReason);
    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("disposal"), stored->jobNo);
    QCOMPARE(events.size(), 1);
    const QJsonObject changes = events.constFirst().changes;
    QVERIFY(changes.value(QStringLiteral("override")).toArray().at(1).toString().contains(asset.assetNo));
    QCOMPARE(changes.value(QStringLiteral("override_reason")).toArray().at(1).toString(), job.overrideReason);
}

void TestDisposalService::missingResultAndWarnings()
{
    const Asset asset = createAsset(QStringLiteral("USBメモリ"), 2);
    DisposalJob job = completed(*m_registry->disposal().draft({asset.id}).value);
    DisposalService &service = m_registry->disposal();
    // No result chosen is refused with a message that says what to choose.
    job.items[0].result.clear();
    QList<Problem> problems = service.validate(job, 0);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, QStringLiteral("result"));
    QVERIFY2(problems.at(0).message.contains(asset.assetNo), qPrintable(problems.at(0).message));
    QVERIFY(!service.record(job).ok());
    job.items[0].result = QStringLiteral("passed");
    QVERIFY(service.validate(job, 0).isEmpty());

    // Warnings: no evidence file; the same person (however the space is written) performed and validated.
    QList<Problem> warnings = service.warnings(job, 0);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).field, QStringLiteral("evidence"));
    QVERIFY(service.warnings(job, 1).isEmpty());
    job.validatedBy.name = QStringLiteral(" 田中　太郎 ");
    warnings = service.warnings(job, 1);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).field, QStringLiteral("validated_by_name"));
    job.validatedBy.name = QStringLiteral("田中 太");
    QVERIFY(service.warnings(job, 1).isEmpty());
    // A warning does not refuse the record.
    job.validatedBy.name = job.performedBy.name;
    QVERIFY(service.record(job).ok());
}

void TestDisposalService::failedVerificationCannotComplete()
{
    const Asset first = createAsset(QStringLiteral("USBメモリ 1"), 2);
    const Asset second = createAsset(QStringLiteral("USBメモリ 2"), 2);
    DisposalJob job = completed(*m_registry->disposal().draft({first.id, second.id}).value);
    job.items[1].result = QStringLiteral("failed");
    const qint64 eventsBefore = m_registry->audit().count();

    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY(!recorded.ok());
    QVERIFY2(recorded.error.contains(second.assetNo), qPrintable(recorded.error));
    QVERIFY(!recorded.error.contains(first.assetNo));
    QCOMPARE(recorded.problems.constFirst().field, QStringLiteral("result"));
    // All or nothing: the passed item was not completed either.
    QCOMPARE(m_registry->assets().byId(first.id)->status, QStringLiteral("in_use"));
    QCOMPARE(m_registry->assets().byId(second.id)->status, QStringLiteral("in_use"));
    QCOMPARE(m_registry->disposal().jobCount(), 0);
    QCOMPARE(m_registry->audit().count(), eventsBefore);

    // Even an override reason does not excuse a failed verification.
    job.overrideReason = QStringLiteral("急ぎのため");
    QVERIFY(!m_registry->disposal().record(job).ok());
}

void TestDisposalService::techniqueMustFitMethod()
{
    const Asset asset = createAsset(QStringLiteral("紙の申請書"), 3);
    DisposalJob job = completed(*m_registry->disposal().draft({asset.id}).value);
    job.technique = QStringLiteral("overwrite");
    Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.problems.constFirst().field, QStringLiteral("technique"));
    job.technique = QStringLiteral("melt");
    recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
}

void TestDisposalService::missingPeopleAndDatesAreRefused()
{
    const Asset asset = createAsset(QStringLiteral("外付けHDD"), 1);
    DisposalJob job = *m_registry->disposal().draft({asset.id}).value;
    const QList<Problem> problems = m_registry->disposal().validate(job);
    QStringList fields;
    for (const Problem &problem : problems)
        fields << problem.field;
    QVERIFY(fields.contains(QStringLiteral("performed_by_name")));
    QVERIFY(fields.contains(QStringLiteral("validated_by_name")));

    job = completed(job);
    job.validatedBy.date = job.performedBy.date.addDays(-1);
    QCOMPARE(m_registry->disposal().validate(job).constFirst().field, QStringLiteral("validated_on"));
    job = completed(job);
    job.performedBy.date = QDate::currentDate().addDays(1);
    QVERIFY(!m_registry->disposal().validate(job).isEmpty());
    job = completed(job);
    job.certificateNo = QStringLiteral("C-1");
    QCOMPARE(m_registry->disposal().validate(job).constFirst().field, QStringLiteral("contractor"));
    job.contractor = QStringLiteral("株式会社データ消去サービス");
    QVERIFY(m_registry->disposal().validate(job).isEmpty());
    job.destination = QStringLiteral("other");
    QCOMPARE(m_registry->disposal().validate(job).constFirst().field, QStringLiteral("notes"));
}

void TestDisposalService::draftStartsCompliant()
{
    const Asset low = createAsset(QStringLiteral("公開資料"), 1);
    const Asset high = createAsset(QStringLiteral("顧客台帳"), 3);
    const Result<DisposalJob> draft = m_registry->disposal().draft({low.id, high.id});
    QVERIFY(draft.ok());
    QCOMPARE(draft.value->method, QStringLiteral("destroy"));
    QCOMPARE(draft.value->items.at(0).minimumMethod, QStringLiteral("clear"));
    QCOMPARE(draft.value->items.at(1).minimumMethod, QStringLiteral("destroy"));
    QVERIFY(!draft.value->hasOverride());
    QVERIFY(DisposalRule::techniqueFits(draft.value->method, draft.value->technique));
}

void TestDisposalService::jobWithSeveralItems()
{
    QList<qint64> ids;
    QList<Asset> assets;
    for (int n = 1; n <= 4; ++n) {
        assets << createAsset(QStringLiteral("回収PC %1").arg(n), n == 4 ? 3 : 2);
        ids << assets.constLast().id;
    }
    DisposalJob job = completed(*m_registry->disposal().draft(ids).value);
    job.contractor = QStringLiteral("株式会社データ消去サービス");
    job.certificateNo = QStringLiteral("DS-2026-0042");
    job.method = QStringLiteral("destroy");
    job.technique = QStringLiteral("shred");
    for (int index = 0; index < job.items.size(); ++index) {
        job.items[index].serialNo = QStringLiteral("SER-%1").arg(100 + index);
        job.items[index].make = QStringLiteral("Acme");
        job.items[index].mediaType = QStringLiteral("hdd");
        job.items[index].backup = index == 0 ? QStringLiteral("yes") : QStringLiteral("no");
    }
    job.items[0].backupLocation = QStringLiteral("NAS-02");
    const Result<DisposalJob> recorded = m_registry->disposal().record(job);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QCOMPARE(recorded.value->jobNo, QStringLiteral("D-000001"));

    const std::optional<DisposalJob> stored = m_registry->disposal().jobByNo(QStringLiteral("D-000001"));
    QVERIFY(stored);
    QCOMPARE(stored->items.size(), 4);
    for (int index = 0; index < 4; ++index) {
        const DisposalItem &item = stored->items.at(index);
        QCOMPARE(item.assetNo, assets.at(index).assetNo);
        QCOMPARE(item.serialNo, QStringLiteral("SER-%1").arg(100 + index));
        QCOMPARE(item.result, QStringLiteral("passed"));
        QCOMPARE(item.confidentiality, assets.at(index).confidentiality);
        QCOMPARE(m_registry->disposal().jobForAsset(item.assetId)->jobNo, stored->jobNo);
        // Each asset is disposed and its history says by which record.
        QCOMPARE(m_registry->assets().byId(item.assetId)->status, QStringLiteral("disposed"));
        const QList<AuditEvent> history = m_registry->audit().eventsFor(QStringLiteral("asset"), item.assetNo);
        QCOMPARE(history.constLast().changes.value(QStringLiteral("status")).toArray().at(1).toString(),
                 QStringLiteral("disposed"));
        QCOMPARE(history.constLast().changes.value(QStringLiteral("disposal")).toArray().at(1).toString(),
                 stored->jobNo);
    }
    QCOMPARE(stored->items.at(0).backupLocation, QStringLiteral("NAS-02"));
    QCOMPARE(stored->certificateNo, QStringLiteral("DS-2026-0042"));
    QCOMPARE(stored->performedBy.title, QStringLiteral("主任"));
    QCOMPARE(stored->recordedBy, QStringLiteral("tester@workstation"));

    // Disposed assets leave the active list but can still be found.
    AssetFilter active;
    QCOMPARE(m_registry->assets().count(active, nullptr), 0);
    AssetFilter all;
    all.includeDisposed = true;
    all.search = QStringLiteral("回収PC");
    QCOMPARE(m_registry->assets().count(all, nullptr), 4);

    // A second job numbers on.
    const Asset more = createAsset(QStringLiteral("追加媒体"), 1);
    const Result<DisposalJob> second =
        m_registry->disposal().record(completed(*m_registry->disposal().draft({more.id}).value));
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.value->jobNo, QStringLiteral("D-000002"));
}

void TestDisposalService::readOnlyAfterCompletion()
{
    const Asset asset = createAsset(QStringLiteral("旧サーバ"), 2);
    const Result<DisposalJob> recorded =
        m_registry->disposal().record(completed(*m_registry->disposal().draft({asset.id}).value));
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));

    Asset disposed = *m_registry->assets().byId(asset.id);
    disposed.name = QStringLiteral("名前を変える");
    const Result<Asset> updated = m_registry->assets().updateAsset(disposed);
    QVERIFY(!updated.ok());
    QVERIFY(updated.error.contains(asset.assetNo));
    QCOMPARE(m_registry->assets().byId(asset.id)->name, QStringLiteral("旧サーバ"));

    // Disposing of the same asset again is refused, by the draft and by record().
    QVERIFY(!m_registry->disposal().draft({asset.id}).ok());
    DisposalJob again = completed(*recorded.value);
    again.id = 0;
    const Result<DisposalJob> second = m_registry->disposal().record(again);
    QVERIFY(!second.ok());
    QVERIFY(second.error.contains(recorded.value->jobNo));
    QCOMPARE(m_registry->disposal().jobCount(), 1);
}

void TestDisposalService::databaseRefusesChangesToRecords()
{
    const Asset asset = createAsset(QStringLiteral("旧サーバ"), 2);
    const Result<DisposalJob> recorded =
        m_registry->disposal().record(completed(*m_registry->disposal().draft({asset.id}).value));
    QVERIFY(recorded.ok());
    // Even SQL written past the service cannot change a final record or a disposed asset.
    QSqlDatabase raw = rawConnection(m_registry->path());
    QSqlQuery query(raw);
    const QStringList statements = {
        QStringLiteral("UPDATE disposal_job SET method = 'clear'"),
        QStringLiteral("DELETE FROM disposal_job"),
        QStringLiteral("UPDATE disposal_item SET serial_no = 'X'"),
        QStringLiteral("DELETE FROM disposal_item"),
        QStringLiteral("UPDATE asset SET name = 'X' WHERE id = %1").arg(asset.id),
        QStringLiteral("UPDATE asset SET status = 'in_use' WHERE id = %1").arg(asset.id),
        QStringLiteral("DELETE FROM asset WHERE id = %1").arg(asset.id),
    };
    for (const QString &statement : statements)
        QVERIFY2(!query.exec(statement), qPrintable(statement));
    QCOMPARE(m_registry->disposal().job(recorded.value->id)->method, recorded.value->method);
    QCOMPARE(m_registry->assets().byId(asset.id)->status, QStringLiteral("disposed"));
}

void TestDisposalService::amendmentsKeepTheOriginal()
{
    const Asset first = createAsset(QStringLiteral("PC-A"), 1);
    const Asset second = createAsset(QStringLiteral("PC-B"), 1);
    const Result<DisposalJob> recorded =
        m_registry->disposal().record(completed(*m_registry->disposal().draft({first.id, second.id}).value));
    QVERIFY(recorded.ok());
    const DisposalJob &job = *recorded.value;
    const qint64 secondItem = job.items.at(1).id;

    const Result<DisposalAmendment> amended = m_registry->disposal().amend(
        job.id, secondItem, QStringLiteral("serial_no"), QStringLiteral("WX-99"), QStringLiteral("ラベルの読み違い"));
    QVERIFY2(amended.ok(), qPrintable(amended.error));
    QCOMPARE(amended.value->oldValue, QStringLiteral("SN-") + second.assetNo);
    // A code typed in Japanese is stored as the code; dates in any accepted format as ISO.
    QVERIFY(m_registry->disposal()
                .amend(job.id, 0, QStringLiteral("verification"), QStringLiteral("抜き取り検証"),
                       QStringLiteral("実際は抜き取り"))
                .ok());
    QVERIFY(m_registry->disposal()
                .amend(job.id, 0, QStringLiteral("performed_on"),
                       job.performedBy.date.toString(QStringLiteral("yyyy/M/d")), QStringLiteral("同じ日"))
                .error.contains(QStringLiteral("Nothing to amend")));

    const std::optional<DisposalJob> original = m_registry->disposal().job(job.id);
    QCOMPARE(original->items.at(1).serialNo, QStringLiteral("SN-") + second.assetNo);
    QCOMPARE(original->verification, QStringLiteral("full"));
    const QList<DisposalAmendment> amendments = m_registry->disposal().amendments(job.id);
    QCOMPARE(amendments.size(), 2);
    QCOMPARE(amendments.at(1).newValue, QStringLiteral("sampling"));
    const DisposalJob corrected = DisposalService::effective(*original, amendments);
    QCOMPARE(corrected.items.at(1).serialNo, QStringLiteral("WX-99"));
    QCOMPARE(corrected.items.at(0).serialNo, QStringLiteral("SN-") + first.assetNo);
    QCOMPARE(corrected.verification, QStringLiteral("sampling"));

    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("disposal"), job.jobNo);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(1).action, QStringLiteral("amend"));
    const QJsonArray change = events.at(1).changes.value(second.assetNo + QStringLiteral(" serial_no")).toArray();
    QCOMPARE(change.at(1).toString(), QStringLiteral("WX-99"));
    QCOMPARE(events.at(1).changes.value(QStringLiteral("reason")).toArray().at(1).toString(),
             QStringLiteral("ラベルの読み違い"));

    // Amendments themselves are append-only.
    QSqlDatabase raw = rawConnection(m_registry->path());
    QSqlQuery query(raw);
    QVERIFY(!query.exec(QStringLiteral("UPDATE disposal_amendment SET new_value = 'X'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM disposal_amendment")));
}

void TestDisposalService::amendmentMustKeepTheRules()
{
    const Asset asset = createAsset(QStringLiteral("顧客DB"), 3);
    const Result<DisposalJob> recorded =
        m_registry->disposal().record(completed(*m_registry->disposal().draft({asset.id}).value));
    QVERIFY(recorded.ok());
    const qint64 id = recorded.value->id;
    const qint64 itemId = recorded.value->items.constFirst().id;
    const QString reason = QStringLiteral("訂正");

    QVERIFY(!m_registry->disposal().amend(id, itemId, QStringLiteral("result"), QStringLiteral("failed"), reason).ok());
    QVERIFY(!m_registry->disposal().amend(id, itemId, QStringLiteral("asset_no"), QStringLiteral("IA-9"), reason).ok());
    QVERIFY(
        !m_registry->disposal().amend(id, itemId, QStringLiteral("serial_no"), QStringLiteral("X"), QString()).ok());
    QVERIFY(!m_registry->disposal().amend(id, 0, QStringLiteral("method"), QStringLiteral("wipe"), reason).ok());
    QVERIFY(
        !m_registry->disposal().amend(id, 0, QStringLiteral("performed_by_name"), QStringLiteral("  "), reason).ok());
    // A weaker method needs the override reason first; the technique must follow the method.
    Result<DisposalAmendment> weaker =
        m_registry->disposal().amend(id, 0, QStringLiteral("technique"), QStringLiteral("degauss"), reason);
    QVERIFY(!weaker.ok());
    QVERIFY(!m_registry->disposal().amend(id, 0, QStringLiteral("method"), QStringLiteral("purge"), reason).ok());
    QVERIFY(m_registry->disposal()
                .amend(id, 0, QStringLiteral("override_reason"), QStringLiteral("媒体がリース品"), reason)
                .ok());
    QVERIFY(!m_registry->disposal().amend(id, 0, QStringLiteral("technique"), QStringLiteral("other"), reason).ok());
    QVERIFY(m_registry->disposal().amend(id, 0, QStringLiteral("notes"), QStringLiteral("手順は別紙"), reason).ok());
    QVERIFY(m_registry->disposal().amend(id, 0, QStringLiteral("technique"), QStringLiteral("other"), reason).ok());
    QVERIFY2(m_registry->disposal().amend(id, 0, QStringLiteral("method"), QStringLiteral("パージ"), reason).ok(),
             "purge");
    const DisposalJob corrected =
        DisposalService::effective(*m_registry->disposal().job(id), m_registry->disposal().amendments(id));
    QCOMPARE(corrected.method, QStringLiteral("purge"));
    QVERIFY(corrected.hasOverride());
    QCOMPARE(m_registry->disposal().amendments(id).size(), 4);
}

void TestDisposalService::registryMinimumIsEditable()
{
    QString error;
    QVERIFY2(m_registry->disposal().setMinimumMethod(2, QStringLiteral("destroy"), &error), qPrintable(error));
    QCOMPARE(m_registry->disposal().rule().levelMinimum(2), QStringLiteral("destroy"));
    // Level 3 may not become weaker than level 2.
    QVERIFY(!m_registry->disposal().setMinimumMethod(3, QStringLiteral("purge"), &error));
    QVERIFY(error.contains(QStringLiteral("level 2")));
    QVERIFY(!m_registry->disposal().setMinimumMethod(1, QStringLiteral("shred"), &error));
    QVERIFY(!m_registry->disposal().setMinimumMethod(4, QStringLiteral("destroy"), &error));
    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("setting"), DisposalRule::settingKey(2));
    QCOMPARE(events.size(), 1);

    // The edited rule applies to new disposals.
    const Asset asset = createAsset(QStringLiteral("社内資料"), 2);
    DisposalJob job = completed(*m_registry->disposal().draft({asset.id}).value);
    QCOMPARE(job.method, QStringLiteral("destroy"));
    job.method = QStringLiteral("purge");
    job.technique = QStringLiteral("block_erase");
    QVERIFY(!m_registry->disposal().record(job).ok());
}

void TestDisposalService::dueForDisposal()
{
    const QDate today = QDate::currentDate();
    const Asset passed = createAsset(QStringLiteral("期限切れ"), 1, QStringLiteral("stored"), today.addDays(-10));
    const Asset endsToday = createAsset(QStringLiteral("本日まで"), 1, QStringLiteral("in_use"), today);
    const Asset soon = createAsset(QStringLiteral("来月まで"), 1, QStringLiteral("in_use"), today.addDays(20));
    const Asset later = createAsset(QStringLiteral("来年まで"), 1, QStringLiteral("in_use"), today.addDays(400));
    const Asset pending = createAsset(QStringLiteral("廃棄予定"), 1, QStringLiteral("disposal_pending"));
    Asset permanent = m_registry->assets().newAsset();
    permanent.name = QStringLiteral("永年保存");
    permanent.department = QStringLiteral("総務部");
    permanent.owner = QStringLiteral("佐藤 花子");
    permanent.retentionPermanent = true;
    permanent.retentionBasis = QStringLiteral("文書管理規程");
    QVERIFY(m_registry->assets().createAsset(permanent).ok());
    const Asset gone = createAsset(QStringLiteral("廃棄済み"), 1, QStringLiteral("in_use"), today.addDays(-30));
    QVERIFY(m_registry->disposal().record(completed(*m_registry->disposal().draft({gone.id}).value)).ok());

    QString error;
    QList<DueAsset> due = m_registry->disposal().due(0, 0, 100, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList numbers;
    for (const DueAsset &row : due)
        numbers << row.asset.assetNo;
    QCOMPARE(numbers, (QStringList{passed.assetNo, endsToday.assetNo, pending.assetNo}));
    QCOMPARE(due.at(0).reason, DueAsset::Reason::RetentionPassed);
    QCOMPARE(due.at(1).reason, DueAsset::Reason::RetentionEnding);
    QCOMPARE(due.at(2).reason, DueAsset::Reason::Pending);
    QCOMPARE(m_registry->disposal().dueCount(0, &error), 3);

    due = m_registry->disposal().due(30, 0, 100, &error);
    QCOMPARE(due.size(), 4);
    QCOMPARE(due.at(2).asset.assetNo, soon.assetNo);
    QCOMPARE(m_registry->disposal().dueCount(365 * 2, &error), 5);
    Q_UNUSED(later);
}

QTEST_GUILESS_MAIN(TestDisposalService)
#include "test_disposalservice.moc"
