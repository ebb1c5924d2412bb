// Width-insensitive search (DESIGN.md §12): the search index and the search both use the NFKC form of the text, so
// ABC finds ＡＢＣ, カナ finds ｶﾅ, and the reverse. Checked against a plain scan of every asset (NFKC, lower case,
// substring) over a generated registry with width variants mixed in, for queries in both scripts and of every length;
// after an edit the old text is no longer found and the new one is. The upgrade of a registry made by an earlier
// version (schema 9) indexes its existing assets the same way. The suite runs on both back ends: on the server the
// searched texts are kept in NFKC by server schema 5 under pg_trgm indexes, and a registry of server schema 4 is
// indexed the same way when its owner opens it.
#include "../rawsql.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"
#include "testserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

// What a person expects a search to find: every word in one of the searched fields (short words: in the short ones).
bool plainMatch(const Asset &asset, const QString &search)
{
    const QStringList longFields = {asset.assetNo,    asset.name,      asset.remarks,   asset.businessCategory,
                                    asset.department, asset.owner,     asset.storage,   asset.provider,
                                    asset.contractor, asset.userScope, asset.recipients};
    const QStringList shortFields = {asset.assetNo, asset.name, asset.department, asset.owner, asset.businessCategory};
    const QStringList words = folded(search).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QStringList &fields = word.size() >= 3 ? longFields : shortFields;
        bool found = false;
        for (const QString &field : fields)
            found = found || folded(field).contains(word);
        if (!found)
            return false;
    }
    return true;
}

const QString kFixture = QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0009.sqlite");

} // namespace

class TestWidthSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchEqualsPlainScan_data();
    void searchEqualsPlainScan();
    void editMovesTheIndex();
    void upgradedRegistryIsIndexedInNfkc();
    void upgradedServerRegistryIsIndexedInNfkc();

private:
    QList<qint64> searched(const QString &search);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    QList<Asset> m_assets;
};

void TestWidthSearch::initTestCase()
{
    QString error;
    m_registry = TestRegistry::create(m_dir, 0, QStringLiteral("ipa"), QStringLiteral("width.sqlite"));
    QVERIFY(m_registry);
    QList<Asset> drafts = SyntheticAssets::generate(600, m_registry->scheme(), 5, QDate(2026, 4, 1));
    // Width variants of Latin letters, digits and katakana in the names, owners and remarks.
    const QStringList names = {QString::fromUtf8("ＡＢＣ顧客名簿"),   QString::fromUtf8("ABC取引先一覧"),
                               QString::fromUtf8("ｶﾅ検索テスト"),     QString::fromUtf8("カナ入力規程"),
                               QString::fromUtf8("ｻｰﾊﾞｰ構成表"),      QString::fromUtf8("サーバー台帳"),
                               QString::fromUtf8("Ｘ線画像２０２６"), QString::fromUtf8("x線画像2026")};
    for (int index = 0; index < names.size() * 10; ++index) {
        Asset &asset = drafts[index * 7];
        asset.name = names.at(index % names.size()) + QString::number(index);
        if (index % 3 == 0)
            asset.remarks = QString::fromUtf8("備考 ｶﾞｲﾄﾞﾗｲﾝ Ｇｕｉｄｅ");
        if (index % 4 == 0)
            asset.owner = QString::fromUtf8("ﾔﾏﾀﾞ ﾀﾛｳ");
    }
    const Result<int> created = m_registry->assets().createAssets(drafts);
    QVERIFY2(created.ok(), qPrintable(created.error));
    AssetFilter all;
    all.includeDisposed = true;
    m_assets = m_registry->assets().page(all, AssetSort(), 0, 1000, &error);
    QCOMPARE(m_assets.size(), 600);
}

QList<qint64> TestWidthSearch::searched(const QString &search)
{
    AssetFilter filter;
    filter.search = search;
    filter.includeDisposed = true;
    QString error;
    QList<qint64> ids;
    for (const Asset &asset : m_registry->assets().page(filter, AssetSort(), 0, 1000, &error))
        ids << asset.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestWidthSearch::searchEqualsPlainScan_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("expectSome");
    const char *queries[] = {"ABC",    "ａｂｃ",     "abc顧客",  "ＡＢＣ顧客", "カナ",   "ｶﾅ",
                             "ｶﾅ検索", "カナ検索",   "サーバー", "ｻｰﾊﾞｰ",      "ガイド", "ｶﾞｲﾄﾞ",
                             "guide",  "ＧＵＩＤＥ", "x線",      "Ｘ線画像",   "2026",   "２０２６",
                             "ヤマダ", "ﾔﾏﾀﾞ",       "a",        "Ａ",         "c",      "ab"};
    for (const char *query : queries)
        QTest::newRow(query) << QString::fromUtf8(query) << true;
    QTest::newRow("two words") << QString::fromUtf8("ＡＢＣ 名簿") << true;
    QTest::newRow("nothing") << QString::fromUtf8("ｚｚｚｑ") << false;
}

void TestWidthSearch::searchEqualsPlainScan()
{
    QFETCH(QString, search);
    QFETCH(bool, expectSome);
    QList<qint64> expected;
    for (const Asset &asset : std::as_const(m_assets)) {
        if (plainMatch(asset, search))
            expected << asset.id;
    }
    QCOMPARE(!expected.isEmpty(), expectSome);
    QCOMPARE(searched(search), expected);
    AssetFilter filter;
    filter.search = search;
    filter.includeDisposed = true;
    QString error;
    QCOMPARE(m_registry->assets().count(filter, &error), qint64(expected.size()));
}

void TestWidthSearch::editMovesTheIndex()
{
    Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000002"));
    asset.name = QString::fromUtf8("ﾃｽﾄ専用ﾃﾞｰﾀ");
    const Result<Asset> saved = m_registry->assets().updateAsset(asset);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(searched(QString::fromUtf8("テスト専用")), QList<qint64>{asset.id});
    QCOMPARE(searched(QString::fromUtf8("専用データ")), QList<qint64>{asset.id});
    asset = *saved;
    asset.name = QString::fromUtf8("別の名前");
    QVERIFY(m_registry->assets().updateAsset(asset).ok());
    QVERIFY(searched(QString::fromUtf8("テスト専用")).isEmpty());
    QCOMPARE(searched(QString::fromUtf8("別の名前")), QList<qint64>{asset.id});
}

void TestWidthSearch::upgradedRegistryIsIndexedInNfkc()
{
    SKIP_ON_SERVER("a registry file of schema 9; the server's upgrade is upgradedServerRegistryIsIndexedInNfkc");
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(kFixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        // As someone with the previous version would have named an asset: its triggers keep the old index in step.
        QSqlDatabase db = RawSql::connection(path);
        QSqlQuery query(db);
        QVERIFY(query.exec(QString::fromUtf8("UPDATE asset SET name = 'ＡＢＣﾃﾞｰﾀ' WHERE asset_no = 'IA-000003'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw:") + path);
    std::unique_ptr<Registry> old = TestRegistry::open(path);
    QVERIFY(old);
    QVERIFY(old->schemaVersion() >= 11);
    AssetFilter filter;
    filter.includeDisposed = true;
    QString error;
    for (const QString &search :
         {QString::fromUtf8("abcデータ"), QString::fromUtf8("ＡＢＣデータ"), QString::fromUtf8("ａｂｃﾃﾞｰﾀ")}) {
        filter.search = search;
        const QList<Asset> found = old->assets().page(filter, AssetSort(), 0, 10, &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().assetNo, QStringLiteral("IA-000003"));
    }
    // Every old asset is found by its number, through both indexes.
    filter.search = QStringLiteral("IA-0000");
    QCOMPARE(old->assets().count(filter, &error), qint64(40));
    filter.search = QStringLiteral("IA");
    QCOMPARE(old->assets().count(filter, &error), qint64(40));
}

void TestWidthSearch::upgradedServerRegistryIsIndexedInNfkc()
{
    if (!TestServer::isServerRun())
        QSKIP("runs against the tests' server (test_widthsearch_postgresql)");
    REQUIRE_TEST_SERVER();
    // A registry as server schema 4 left it, with an asset named in full-width letters and half-width kana.
    const QString url = TestServer::createDatabase();
    QVERIFY(!url.isEmpty());
    const QString database = TestServer::databaseOf(url);
    QStringList statements;
    for (const char *name :
         {"0001_registry.sql", "0002_asset_creation.sql", "0003_roles.sql", "0004_change_notices.sql"}) {
        QFile file(QStringLiteral(TEST_SOURCE_DIR "/../../resources/migrations/postgresql/") + QLatin1String(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        statements << QString::fromUtf8(file.readAll());
    }
    statements << QStringLiteral("INSERT INTO registry_schema (version) VALUES (1), (2), (3), (4)")
               << QStringLiteral("INSERT INTO registry_setting (key, value) VALUES ('scheme', 'ipa'), "
                                 "('asset_no_prefix', 'IA-'), ('next_asset_seq', '2'), ('organisation', 'Old City')")
               << QString::fromUtf8("INSERT INTO asset (asset_no, name, department, owner, asset_type, "
                                    "confidentiality, integrity, availability, registered_on, updated_at) VALUES "
                                    "('IA-000001', 'ＡＢＣﾃﾞｰﾀ', '人事部', 'ﾔﾏﾀﾞ', 'information', 2, 1, 1, "
                                    "'2026-01-05', '2026-01-05T00:00:00.000Z')");
    QVERIFY(TestServer::execute(statements, database));
    QString error;
    std::unique_ptr<Registry> old = Registry::open(url, &error);
    QVERIFY2(old, qPrintable(error));
    QVERIFY(old->schemaVersion() >= 5);
    AssetFilter filter;
    filter.includeDisposed = true;
    for (const QString &search :
         {QString::fromUtf8("abcデータ"), QString::fromUtf8("ＡＢＣデータ"), QString::fromUtf8("ａｂｃﾃﾞｰﾀ"),
          QString::fromUtf8("ヤマダ"), QString::fromUtf8("ﾔﾏ")}) {
        filter.search = search;
        const QList<Asset> found = old->assets().page(filter, AssetSort(), 0, 10, &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().assetNo, QStringLiteral("IA-000001"));
    }
}

QTEST_GUILESS_MAIN(TestWidthSearch)
#include "test_widthsearch.moc"
