// A registry made before the personal-information and retention rules (the schema-3 fixture): migration 4 adds the
// override reason and the retention basis and keeps every value; the rule check lists the assets that break a rule
// without changing them; an edit of such an asset is refused until it is fixed, and the fixed asset leaves the list.
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/rulecheck.h"

#include "testregistry.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRuleCheck final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationKeepsTheData();
    void breachesOfTheFixture();
    void editRequiresTheFix();
    void cleanRegistryHasNoBreaches();

private:
    QStringList breachesOf(const QString &assetNo) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Registry> m_registry;
};

void TestRuleCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("schema-0003.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_SOURCE_DIR "/../data/registries/schema-0003.sqlite"), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_registry = TestRegistry::open(m_path);
    QVERIFY(m_registry);
    m_registry->setActor(QStringLiteral("tester@test"));
}

void TestRuleCheck::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

QStringList TestRuleCheck::breachesOf(const QString &assetNo) const
{
    QList<RuleBreach> breaches;
    QString error;
    if (!RuleCheck::run(*m_registry, &breaches, &error))
        return {error};
    QStringList found;
    for (const RuleBreach &breach : std::as_const(breaches)) {
        if (breach.assetNo == assetNo)
            found << breach.rule + QLatin1Char(':') + breach.field;
    }
    return found;
}

void TestRuleCheck::migrationKeepsTheData()
{
    QVERIFY(m_registry->schemaVersion() >= 4);
    QCOMPARE(m_registry->assets().totalCount(), 65);
    const Result<Asset> myNumber = m_registry->assets().byAssetNo(QStringLiteral("IA-000061"));
    QVERIFY(myNumber);
    // Existing values are never changed in meaning: still C1, still permanent; the new fields start empty.
    QCOMPARE(myNumber->personalInfo, QStringLiteral("my_number"));
    QCOMPARE(myNumber->confidentiality, 1);
    QVERIFY(myNumber->retentionPermanent);
    QVERIFY(myNumber->retentionBasis.isEmpty());
    QVERIFY(myNumber->personalInfoOverride.isEmpty());
    const Result<Asset> personal = m_registry->assets().byAssetNo(QStringLiteral("IA-000063"));
    QVERIFY(personal);
    QCOMPARE(personal->subjectCount.value_or(0), 1200);
    QVERIFY(!personal->retentionUntil.isValid());

    m_registry.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM asset WHERE personal_info_override = '' AND "
                                          "retention_basis = ''")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 65);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestRuleCheck::breachesOfTheFixture()
{
    QCOMPARE(breachesOf(QStringLiteral("IA-000061")),
             (QStringList{QStringLiteral("PI-1:confidentiality"), QStringLiteral("PI-6:retention_until"),
                          QStringLiteral("RET-2:retention_basis")}));
    QCOMPARE(breachesOf(QStringLiteral("IA-000062")), QStringList{QStringLiteral("PI-2:confidentiality")});
    QCOMPARE(breachesOf(QStringLiteral("IA-000063")),
             (QStringList{QStringLiteral("PI-3:confidentiality"), QStringLiteral("RET-1:retention_until")}));
    // A disposed asset is final and not listed.
    QVERIFY(breachesOf(QStringLiteral("IA-000065")).isEmpty());
    // The check changes nothing.
    QCOMPARE(m_registry->assets().byAssetNo(QStringLiteral("IA-000061"))->confidentiality, 1);
}

void TestRuleCheck::editRequiresTheFix()
{
    Asset asset = *m_registry->assets().byAssetNo(QStringLiteral("IA-000062"));
    asset.remarks = QStringLiteral("担当者を変更");
    Result<Asset> saved = m_registry->assets().updateAsset(asset);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.problems.size(), 1);
    QCOMPARE(saved.problems.constFirst().field, QStringLiteral("confidentiality"));
    QVERIFY2(saved.problems.constFirst().message.contains(QStringLiteral("Raise confidentiality to 3")),
             qPrintable(saved.problems.constFirst().message));
    QCOMPARE(m_registry->assets().byAssetNo(QStringLiteral("IA-000062"))->remarks, QString());

    asset.personalInfoOverride = QStringLiteral("匿名加工済みの集計値のみ");
    saved = m_registry->assets().updateAsset(asset);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QVERIFY(breachesOf(QStringLiteral("IA-000062")).isEmpty());
    QVERIFY(m_registry->assets().hasPersonalInfoOverride(*saved));
}

void TestRuleCheck::cleanRegistryHasNoBreaches()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir);
    QVERIFY(registry);
    Asset asset = TestRegistry::validAsset(*registry);
    asset.retentionUntil = QDate(2030, 3, 31);
    QVERIFY(registry->assets().createAsset(asset).ok());
    QList<RuleBreach> breaches;
    QString error;
    QVERIFY(RuleCheck::run(*registry, &breaches, &error));
    QVERIFY(breaches.isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleCheck)
#include "test_rulecheck.moc"
