// The migration to recipients, receipt and use terms and medium class (schema 8) on a registry made by the previous
// version (tests/data/registries/schema-0003.sqlite): the sharing terms move to the receipt terms unchanged, the new
// fields start empty, the search index is rebuilt with recipients, the history stays intact; an unchanged default
// baseline receives the new default rules (audited) so that the gap report shows outsourcing and data-distribution
// gaps, and a customised baseline keeps exactly its rules.
#include "../rawsql.h"
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kFixture = QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0003.sqlite");
// The default baseline of catalogue 1.0, as every registry of schema 3 has it unless someone changed it.
constexpr int kOldDefaultRules = 53;
constexpr int kNewDefaultRules = 15;

} // namespace

class TestRecipientsMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fieldsMigrated();
    void searchIndexRebuilt();
    void defaultBaselineExtended();
    void gapReportShowsOutsourcingAndProviderGaps();
    void customisedBaselineKept();

private:
    // Copies the fixture to a new file of the temporary folder and returns its path.
    QString copyFixture();
    // Runs SQL on the copy before the program opens it, as someone with the previous version would have changed it.
    void rawExec(const QString &path, const QString &sql);
    QHash<QString, QString> oldSharingTerms(const QString &path);

    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestRecipientsMigration::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kFixture), qPrintable(kFixture));
}

QString TestRecipientsMigration::copyFixture()
{
    const QString path = m_dir.filePath(QStringLiteral("old%1.sqlite").arg(++m_count));
    if (!QFile::copy(kFixture, path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestRecipientsMigration::rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = RawSql::connection(path);
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path);
}

QHash<QString, QString> TestRecipientsMigration::oldSharingTerms(const QString &path)
{
    QHash<QString, QString> terms;
    {
        QSqlDatabase db = RawSql::connection(path);
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT asset_no, sharing_terms FROM asset"))) {
            while (query.next())
                terms.insert(query.value(0).toString(), query.value(1).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path);
    return terms;
}

void TestRecipientsMigration::fieldsMigrated()
{
    const QString path = copyFixture();
    QVERIFY(!path.isEmpty());
    const QHash<QString, QString> before = oldSharingTerms(path);
    QCOMPARE(before.size(), 65);
    QCOMPARE(before.value(QStringLiteral("IA-000064")), QStringLiteral("二次利用可（出典明記）"));

    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    QVERIFY(registry->schemaVersion() >= 8);
    AssetFilter all;
    all.includeDisposed = true;
    QString error;
    const QList<Asset> assets = registry->assets().page(all, AssetSort(), 0, 1000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(assets.size(), 65);
    int withTerms = 0;
    for (const Asset &asset : assets) {
        QCOMPARE(asset.receiptTerms, before.value(asset.assetNo));
        QVERIFY(asset.recipients.isEmpty());
        QVERIFY(asset.useTerms.isEmpty());
        QVERIFY(asset.mediumClass.isEmpty());
        if (!asset.receiptTerms.isEmpty())
            ++withTerms;
    }
    QVERIFY(withTerms >= 30);
    QCOMPARE(registry->assets().byAssetNo(QStringLiteral("IA-000064"))->receiptTerms,
             QStringLiteral("二次利用可（出典明記）"));

    // The history of every earlier change is intact, and the old events still name the field by its old key.
    const ChainCheck chain = registry->audit().verify();
    QVERIFY2(chain.ok(), qPrintable(chain.message));
    const QList<AuditEvent> history = registry->audit().eventsFor(QStringLiteral("asset"), QStringLiteral("IA-000064"));
    QVERIFY(!history.isEmpty());
    QVERIFY(history.constFirst().changes.contains(QStringLiteral("sharing_terms")));
    const QList<AuditLog::Change> changes = registry->audit().changes(history.constFirst());
    bool shown = false;
    for (const AuditLog::Change &change : changes) {
        if (change.key == QLatin1String("sharing_terms"))
            shown = change.field == AssetField::byId(AssetField::ReceiptTerms).label() &&
                    change.after == QStringLiteral("二次利用可（出典明記）");
    }
    QVERIFY(shown);

    // The new fields of an old asset can be set and are kept.
    Asset asset = *registry->assets().byAssetNo(QStringLiteral("IA-000004"));
    asset.recipients = QStringLiteral("△△大学（共同研究）");
    asset.useTerms = QStringLiteral("研究目的に限る・再提供不可");
    asset.mediumClass = QStringLiteral("cloud");
    const Result<Asset> saved = registry->assets().updateAsset(asset);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    registry.reset();
    registry = TestRegistry::open(path);
    QVERIFY(registry);
    const Asset reread = *registry->assets().byAssetNo(QStringLiteral("IA-000004"));
    QCOMPARE(reread.recipients, QStringLiteral("△△大学（共同研究）"));
    QCOMPARE(reread.useTerms, QStringLiteral("研究目的に限る・再提供不可"));
    QCOMPARE(reread.mediumClass, QStringLiteral("cloud"));
    QCOMPARE(reread.receiptTerms, before.value(QStringLiteral("IA-000004")));
}

void TestRecipientsMigration::searchIndexRebuilt()
{
    const QString path = copyFixture();
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    QString error;
    // Text indexed before the migration is still found after the index was made again.
    AssetFilter provider;
    provider.search = QStringLiteral("国土交通省");
    const qint64 byProvider = registry->assets().count(provider, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(byProvider > 0);
    AssetFilter name;
    name.search = QStringLiteral("人流データ");
    QVERIFY(registry->assets().count(name, &error) > 0);

    AssetFilter recipients;
    recipients.search = QStringLiteral("共同研究");
    QCOMPARE(registry->assets().count(recipients, &error), 0);
    Asset asset = *registry->assets().byAssetNo(QStringLiteral("IA-000004"));
    asset.recipients = QStringLiteral("△△大学（共同研究）");
    QVERIFY(registry->assets().updateAsset(asset).ok());
    QCOMPARE(registry->assets().count(recipients, &error), 1);
    const QList<Asset> found = registry->assets().page(recipients, AssetSort(), 0, 10, &error);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().assetNo, QStringLiteral("IA-000004"));
    // Its other text is still found, once: the update replaced the asset's row of the index.
    QCOMPARE(registry->assets().count(provider, &error), byProvider);
}

void TestRecipientsMigration::defaultBaselineExtended()
{
    const QString path = copyFixture();
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    const QList<BaselineRule> rules = registry->baseline().baseline();
    QCOMPARE(rules.size(), kOldDefaultRules + kNewDefaultRules);
    QVERIFY(registry->baseline().missingDefaultRules().value->isEmpty());
    int contractorRules = 0;
    for (const BaselineRule &rule : rules) {
        if (rule.hasContractor)
            ++contractorRules;
    }
    QCOMPARE(contractorRules, 6);
    QCOMPARE(registry->catalogs().builtInVersion(), QStringLiteral("1.1"));

    // The change is in the audit trail: the catalogue update names the rules it added.
    const QList<AuditEvent> events =
        registry->audit().eventsFor(QStringLiteral("control_catalog"), QStringLiteral("builtin"));
    QVERIFY(!events.isEmpty());
    const AuditEvent &update = events.constLast();
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.changes.value(QStringLiteral("baseline_rules_added")).toArray().at(1).toInt(), kNewDefaultRules);
    QVERIFY2(registry->audit().verify().ok(), "audit chain");

    // Opening the registry again adds nothing more.
    const qint64 count = registry->audit().count();
    registry.reset();
    registry = TestRegistry::open(path);
    QVERIFY(registry);
    QCOMPARE(registry->baseline().baseline().size(), kOldDefaultRules + kNewDefaultRules);
    QCOMPARE(registry->audit().count(), count);
}

void TestRecipientsMigration::gapReportShowsOutsourcingAndProviderGaps()
{
    const QString path = copyFixture();
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    AssetFilter filter;
    QString error;
    const QList<Asset> assets = registry->assets().page(filter, AssetSort(), 0, 1000, &error);
    QSet<QString> withContractor, withProvider;
    for (const Asset &asset : assets) {
        if (!asset.contractor.trimmed().isEmpty())
            withContractor.insert(asset.assetNo);
        if (!asset.provider.trimmed().isEmpty())
            withProvider.insert(asset.assetNo);
    }
    QVERIFY(withContractor.size() >= 20);
    QVERIFY(withProvider.size() >= 20);

    GapFilter outsourcing;
    outsourcing.area = 9;
    const Result<QList<ControlGap>> outsourcingGaps = registry->gaps().gaps(outsourcing);
    QVERIFY2(outsourcingGaps.ok(), qPrintable(outsourcingGaps.error));
    QSet<QString> outsourcingAssets;
    for (const ControlGap &gap : *outsourcingGaps.value) {
        if (gap.controlCode == QLatin1String("OUT-02"))
            outsourcingAssets.insert(gap.assetNo);
    }
    // Every asset with a contractor lacks the security clauses of its contract; no other asset needs them.
    QCOMPARE(outsourcingAssets, withContractor);

    GapFilter distribution;
    distribution.area = 8;
    const Result<QList<ControlGap>> distributionGaps = registry->gaps().gaps(distribution);
    QVERIFY2(distributionGaps.ok(), qPrintable(distributionGaps.error));
    QSet<QString> providerAssets;
    for (const ControlGap &gap : *distributionGaps.value) {
        if (gap.controlCode == QLatin1String("DST-03"))
            providerAssets.insert(gap.assetNo);
    }
    QCOMPARE(providerAssets, withProvider);

    const Result<GapSummary> summary = registry->gaps().gapSummary(GapFilter());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QVERIFY(summary.value->byArea().value(9) >= 5 * withContractor.size());
    QVERIFY(summary.value->byArea().value(8) >= withProvider.size());
}

void TestRecipientsMigration::customisedBaselineKept()
{
    // An administrator removed the rule of GOV-07 and added a rule of their own with the previous version.
    const QString path = copyFixture();
    rawExec(path, QStringLiteral("DELETE FROM baseline_rule WHERE control_id = (SELECT k.id FROM control k "
                                 "JOIN control_catalog c ON c.id = k.catalog_id WHERE c.kind = 'builtin' "
                                 "AND k.code = 'GOV-07')"));
    rawExec(path, QStringLiteral("INSERT INTO baseline_rule (control_id, min_confidentiality) SELECT k.id, 1 FROM "
                                 "control k JOIN control_catalog c ON c.id = k.catalog_id WHERE c.kind = 'builtin' "
                                 "AND k.code = 'PHY-04'"));
    std::unique_ptr<Registry> registry = TestRegistry::open(path);
    QVERIFY(registry);
    const QList<BaselineRule> rules = registry->baseline().baseline();
    // Exactly their rules: none dropped, none added.
    QCOMPARE(rules.size(), kOldDefaultRules);
    for (const BaselineRule &rule : rules) {
        QVERIFY(!rule.hasProvider && !rule.hasRecipients && !rule.hasContractor && rule.mediumClass.isEmpty());
        QVERIFY(registry->catalogs().control(rule.controlId)->code != QLatin1String("GOV-07"));
    }
    QCOMPARE(registry->catalogs().builtInVersion(), QStringLiteral("1.1"));
    // The new default rules and the removed one are offered, and adding them keeps their own rule.
    const Result<QList<BaselineRule>> missing = registry->baseline().missingDefaultRules();
    QVERIFY(missing.ok());
    QCOMPARE(missing.value->size(), kNewDefaultRules + 1);
    QCOMPARE(*registry->baseline().addMissingDefaultRules().value, kNewDefaultRules + 1);
    QCOMPARE(registry->baseline().baseline().size(), kOldDefaultRules + kNewDefaultRules + 1);
    QVERIFY2(registry->audit().verify().ok(), "audit chain");
}

QTEST_GUILESS_MAIN(TestRecipientsMigration)
#include "test_recipientsmigration.moc"
