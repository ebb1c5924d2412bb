// The single write path for assets: generated numbers, audit events in the same transaction, optimistic concurrency.
#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/settingsservice.h"
#include "service/syntheticassets.h"
#include "testregistry.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestAssetService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAuditsEveryField();
    void updateAuditsChangedFieldsOnly();
    void unchangedSaveWritesNothing();
    void secondEditorIsRefused();
    void assetNumbersAreSequentialAndNeverReused();
    void bulkCreateIsAllOrNothing();
    void auditChainLinks();
    void filtersAndSearch();
    void fixedSettingsAreRefused();

private:
    Asset draft(const QString &name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestAssetService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_registry =
        Registry::create(TestRegistry::location(m_dir->filePath(QStringLiteral("registry.sqlite"))), {}, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@workstation"));
}

void TestAssetService::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

Asset TestAssetService::draft(const QString &name) const
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = name;
    asset.department = QStringLiteral("情報システム部");
    asset.owner = QStringLiteral("鈴木 一郎");
    return asset;
}

void TestAssetService::createAuditsEveryField()
{
    Asset asset = draft(QStringLiteral("ファイルサーバ"));
    asset.remarks = QStringLiteral("週次バックアップ");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));
    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("asset"), created.value->assetNo);
    QCOMPARE(events.size(), 1);
    const AuditEvent &event = events.constFirst();
    QCOMPARE(event.action, QStringLiteral("create"));
    QCOMPARE(event.actor, TestServer::expectedActor(QStringLiteral("tester@workstation")));
    QCOMPARE(event.changes.value(QStringLiteral("name")).toArray().at(1).toString(), QStringLiteral("ファイルサーバ"));
    QVERIFY(event.changes.value(QStringLiteral("name")).toArray().at(0).isNull());
    QCOMPARE(event.changes.value(QStringLiteral("remarks")).toArray().at(1).toString(),
             QStringLiteral("週次バックアップ"));
    QVERIFY(event.changes.contains(QStringLiteral("asset_no")));
}

void TestAssetService::updateAuditsChangedFieldsOnly()
{
    const Result<Asset> created = m_registry->assets().createAsset(draft(QStringLiteral("契約書原本")));
    QVERIFY(created.ok());
    Asset edited = *created.value;
    edited.confidentiality = 3;
    edited.confidentialityRationale = QStringLiteral("取引先の秘密情報を含む");
    const Result<Asset> saved = m_registry->assets().updateAsset(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(saved.value->rowVersion, created.value->rowVersion + 1);
    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("asset"), edited.assetNo);
    QCOMPARE(events.size(), 2);
    const QJsonObject changes = events.at(1).changes;
    QCOMPARE(changes.keys(),
             (QStringList{QStringLiteral("confidentiality"), QStringLiteral("confidentiality_rationale")}));
    QCOMPARE(changes.value(QStringLiteral("confidentiality")).toArray(),
             (QJsonArray{QStringLiteral("1"), QStringLiteral("3")}));
    const Result<Asset> stored = m_registry->assets().byAssetNo(edited.assetNo);
    QCOMPARE(stored->confidentiality, 3);
    QCOMPARE(stored->importance(), 3);
}

void TestAssetService::unchangedSaveWritesNothing()
{
    const Result<Asset> created = m_registry->assets().createAsset(draft(QStringLiteral("会議議事録")));
    QVERIFY(created.ok());
    const Result<Asset> saved = m_registry->assets().updateAsset(*created.value);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value->rowVersion, created.value->rowVersion);
    QCOMPARE(m_registry->audit().count(), 1);
}

void TestAssetService::secondEditorIsRefused()
{
    const Result<Asset> created = m_registry->assets().createAsset(draft(QStringLiteral("健康診断結果")));
    QVERIFY(created.ok());
    // A second process opens the same file; both read version 1 of the asset.
    QString error;
    auto other = Registry::open(m_registry->path(), &error);
    QVERIFY2(other, qPrintable(error));
    Asset mine = *m_registry->assets().byAssetNo(created.value->assetNo);
    Asset theirs = *other->assets().byAssetNo(created.value->assetNo);

    theirs.owner = QStringLiteral("高橋 美咲");
    QVERIFY(other->assets().updateAsset(theirs).ok());

    mine.remarks = QStringLiteral("私の変更");
    const Result<Asset> refused = m_registry->assets().updateAsset(mine);
    QVERIFY(!refused.ok());
    QVERIFY(refused.conflict);
    QVERIFY2(refused.error.contains(QLatin1String("changed by someone else")), qPrintable(refused.error));
    const Result<Asset> stored = m_registry->assets().byAssetNo(created.value->assetNo);
    QCOMPARE(stored->owner, QStringLiteral("高橋 美咲"));
    QCOMPARE(stored->remarks, QString());
    QCOMPARE(m_registry->audit().count(), 2);
}

void TestAssetService::assetNumbersAreSequentialAndNeverReused()
{
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        const Result<Asset> created = m_registry->assets().createAsset(draft(QStringLiteral("資産%1").arg(i)));
        QVERIFY(created.ok());
        numbers << created.value->assetNo;
    }
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("IA-000001"), QStringLiteral("IA-000002"), QStringLiteral("IA-000003")}));
    // A refused creation does not consume a number.
    Asset bad = draft(QString());
    QVERIFY(!m_registry->assets().createAsset(bad).ok());
    QCOMPARE(m_registry->assets().createAsset(draft(QStringLiteral("次の資産"))).value->assetNo,
             QStringLiteral("IA-000004"));
}

void TestAssetService::bulkCreateIsAllOrNothing()
{
    QList<Asset> drafts = TestRegistry::generated(50, m_registry->scheme(), 1, QDate::currentDate());
    drafts[37].owner.clear();
    const Result<int> refused = m_registry->assets().createAssets(drafts);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.size(), 1);
    QVERIFY2(refused.problems.constFirst().message.startsWith(QLatin1String("#38:")),
             qPrintable(refused.problems.constFirst().message));
    QCOMPARE(m_registry->assets().totalCount(), 0);
    QCOMPARE(m_registry->audit().count(), 0);

    drafts[37].owner = QStringLiteral("伊藤 翔");
    const Result<int> created = m_registry->assets().createAssets(drafts);
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(*created.value, 50);
    QCOMPARE(m_registry->assets().totalCount(), 50);
    // One event for the batch; each asset's history shows its creation from it.
    QCOMPARE(m_registry->audit().count(), 1);
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("asset"), QStringLiteral("IA-000038")).size(), 1);
}

void TestAssetService::auditChainLinks()
{
    for (const Asset &draft : TestRegistry::generated(5, m_registry->scheme(), 1, QDate::currentDate()))
        QVERIFY(m_registry->assets().createAsset(draft).ok());
    QString previous = QString(64, QLatin1Char('0'));
    for (int n = 1; n <= 5; ++n) {
        const QString assetNo = QStringLiteral("IA-%1").arg(n, 6, 10, QLatin1Char('0'));
        const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("asset"), assetNo);
        QCOMPARE(events.size(), 1);
        const AuditEvent &event = events.constFirst();
        QCOMPARE(event.previousHash, previous);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(event.previousHash.toLatin1());
        hash.addData(AuditEvent::canonical(event));
        QCOMPARE(event.hash, QString::fromLatin1(hash.result().toHex()));
        previous = event.hash;
    }
}

void TestAssetService::filtersAndSearch()
{
    QList<Asset> drafts;
    Asset a = draft(QStringLiteral("住民基本台帳連携データ"));
    a.department = QStringLiteral("市民サービス課");
    a.personalInfo = QStringLiteral("my_number");
    a.confidentiality = 3;
    a.confidentialityRationale = QStringLiteral("特定個人情報");
    Asset b = draft(QStringLiteral("オープンデータ公開用統計"));
    b.status = QStringLiteral("stored");
    Asset c = draft(QStringLiteral("Sensor readings archive"));
    c.assetType = QStringLiteral("media");
    drafts << a << b << c;
    QVERIFY(m_registry->assets().createAssets(drafts).ok());

    auto names = [this](const AssetFilter &filter) {
        QStringList result;
        const QList<Asset> page = m_registry->assets().page(filter, AssetSort(), 0, 100, nullptr);
        for (const Asset &asset : page)
            result << asset.name;
        // The count of a filter agrees with its rows; a mismatch shows up as an extra name.
        if (m_registry->assets().count(filter, nullptr) != result.size())
            result << QStringLiteral("count mismatch");
        return result;
    };
    AssetFilter filter;
    QCOMPARE(names(filter).size(), 3);
    filter.search = QStringLiteral("基本台帳");
    QCOMPARE(names(filter), QStringList{QStringLiteral("住民基本台帳連携データ")});
    filter.search = QStringLiteral("統計"); // two characters: shorter than a trigram
    QCOMPARE(names(filter), QStringList{QStringLiteral("オープンデータ公開用統計")});
    filter.search = QStringLiteral("SENSOR archive");
    QCOMPARE(names(filter), QStringList{QStringLiteral("Sensor readings archive")});
    filter = {};
    filter.importance = 3;
    QCOMPARE(names(filter), QStringList{QStringLiteral("住民基本台帳連携データ")});
    filter = {};
    filter.personalInfo = QStringLiteral("any");
    QCOMPARE(names(filter).size(), 1);
    filter = {};
    filter.assetType = QStringLiteral("media");
    QCOMPARE(names(filter), QStringList{QStringLiteral("Sensor readings archive")});
    filter = {};
    filter.department = QStringLiteral("市民サービス課");
    filter.status = QStringLiteral("stored");
    QCOMPARE(names(filter).size(), 0);

    AssetSort sort;
    sort.field = AssetField::Importance;
    sort.order = Qt::DescendingOrder;
    QCOMPARE(m_registry->assets().page({}, sort, 0, 1, nullptr).constFirst().name,
             QStringLiteral("住民基本台帳連携データ"));
}

void TestAssetService::fixedSettingsAreRefused()
{
    QString error;
    QVERIFY(!m_registry->settings().setSetting(QStringLiteral("next_asset_seq"), QStringLiteral("1"), &error));
    QVERIFY2(error.contains(QLatin1String("cannot be changed")), qPrintable(error));
    QVERIFY(!m_registry->settings().setSetting(QStringLiteral("scheme"), QStringLiteral("fips199"), &error));
    QCOMPARE(m_registry->audit().count(), 0);
    QVERIFY2(
        m_registry->settings().setSetting(QStringLiteral("organisation"), QStringLiteral("株式会社サンプル"), &error),
        qPrintable(error));
    QCOMPARE(m_registry->settings().organisation(), QStringLiteral("株式会社サンプル"));
    QCOMPARE(m_registry->audit().count(), 1);
}

QTEST_GUILESS_MAIN(TestAssetService)
#include "test_assetservice.moc"
