// Importance has one definition (ClassificationScheme::importance in core/domain); the SQL that computes it takes its
// text from one place in storage (Database::importance). Over all 27 classifications of the IPA scheme the SQL text,
// the asset table's generated column and the baseline's minimum-importance condition agree with the domain function.
#include "testregistry.h"

#include "domain/baselinerule.h"
#include "domain/classification.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "storage/database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <array>
#include <memory>

class TestImportanceSql final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sqlTextMatchesTheDomain();
    void storedColumnMatchesTheDomain();
    void baselineMinimumMatchesTheDomain();

private:
    // Every classification (c, i, a) of levels 1–3 as an asset saved through the service, by asset id.
    QHash<qint64, std::array<int, 3>> addEveryClassification();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestImportanceSql::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestImportanceSql::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

QHash<qint64, std::array<int, 3>> TestImportanceSql::addEveryClassification()
{
    QHash<qint64, std::array<int, 3>> result;
    for (int c = 1; c <= 3; ++c) {
        for (int i = 1; i <= 3; ++i) {
            for (int a = 1; a <= 3; ++a) {
                Asset asset =
                    TestRegistry::validAsset(*m_registry, QStringLiteral("資産 %1-%2-%3").arg(c).arg(i).arg(a));
                asset.confidentiality = c;
                asset.integrity = i;
                asset.availability = a;
                asset.confidentialityRationale = QStringLiteral("理由");
                asset.integrityRationale = QStringLiteral("理由");
                asset.availabilityRationale = QStringLiteral("理由");
                // No personal information, so that no rule raises the confidentiality of the combination.
                asset.personalInfo = QStringLiteral("none");
                TestRegistry::conform(&asset, m_registry->scheme());
                const Result<Asset> saved = m_registry->assets().createAsset(asset);
                if (!saved.ok()) {
                    qWarning("Asset %d-%d-%d refused: %s", c, i, a, qPrintable(saved.error));
                    return {};
                }
                result.insert(saved.value->id,
                              {saved.value->confidentiality, saved.value->integrity, saved.value->availability});
            }
        }
    }
    return result;
}

void TestImportanceSql::sqlTextMatchesTheDomain()
{
    QString error;
    const std::unique_ptr<Database> database = Database::open(m_registry->path(), &error);
    QVERIFY2(database, qPrintable(error));
    const QString sql =
        QStringLiteral("SELECT ") + database->importance(QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"));
    int compared = 0;
    for (int c = 1; c <= 3; ++c) {
        for (int i = 1; i <= 3; ++i) {
            for (int a = 1; a <= 3; ++a) {
                QSqlQuery query(database->connection());
                QVERIFY(query.prepare(sql));
                query.addBindValue(c);
                query.addBindValue(i);
                query.addBindValue(a);
                QVERIFY2(query.exec() && query.next(), qPrintable(sql));
                QCOMPARE(query.value(0).toInt(), ClassificationScheme::importance(c, i, a));
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 27);
}

void TestImportanceSql::storedColumnMatchesTheDomain()
{
    const QHash<qint64, std::array<int, 3>> assets = addEveryClassification();
    QCOMPARE(assets.size(), 27);
    QSet<int> combinations;
    for (const std::array<int, 3> &levels : assets)
        combinations.insert(levels[0] * 100 + levels[1] * 10 + levels[2]);
    QCOMPARE(combinations.size(), 27);
    QString error;
    const std::unique_ptr<Database> database = Database::open(m_registry->path(), &error);
    QVERIFY2(database, qPrintable(error));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, confidentiality, integrity, availability, importance, ") +
                       database->importance(QStringLiteral("confidentiality"), QStringLiteral("integrity"),
                                            QStringLiteral("availability")) +
                       QStringLiteral(" FROM asset")));
    int compared = 0;
    while (query.next()) {
        if (!assets.contains(query.value(0).toLongLong()))
            continue;
        const int expected =
            ClassificationScheme::importance(query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt());
        QCOMPARE(query.value(4).toInt(), expected);
        QCOMPARE(query.value(5).toInt(), expected);
        ++compared;
    }
    QCOMPARE(compared, 27);
}

void TestImportanceSql::baselineMinimumMatchesTheDomain()
{
    const QList<Control> controls = m_registry->catalogs().controls().mid(0, 3);
    QCOMPARE(controls.size(), 3);
    // One control per minimum importance 1, 2 and 3, and nothing else in the baseline.
    QList<BaselineRule> rules;
    for (int minimum = 1; minimum <= 3; ++minimum) {
        BaselineRule rule;
        rule.controlId = controls.at(minimum - 1).id;
        rule.minImportance = minimum;
        rules << rule;
    }
    const Result<int> set = m_registry->baseline().setBaseline(rules);
    QVERIFY2(set.ok(), qPrintable(set.error));
    const QHash<qint64, std::array<int, 3>> assets = addEveryClassification();
    QCOMPARE(assets.size(), 27);
    for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
        const int importance = ClassificationScheme::importance(it.value()[0], it.value()[1], it.value()[2]);
        for (int minimum = 1; minimum <= 3; ++minimum) {
            QString error;
            const bool required =
                !m_registry->baseline().requirementReasons(it.key(), controls.at(minimum - 1).id, &error).isEmpty();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(required == (importance >= minimum), qPrintable(QStringLiteral("C%1 I%2 A%3, minimum %4")
                                                                         .arg(it.value()[0])
                                                                         .arg(it.value()[1])
                                                                         .arg(it.value()[2])
                                                                         .arg(minimum)));
        }
    }
}

QTEST_GUILESS_MAIN(TestImportanceSql)
#include "test_importancesql.moc"
