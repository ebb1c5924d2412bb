// The built-in threat catalogue (design/risk.md): it parses, is bilingual, maps every threat to the policy's §3
// categories, names only controls of the built-in control catalogue, and reaches every registry; the registry's own
// threats, retire/reinstate, the registry's likelihood and the catalogue's last-reviewed date, each audited.
#include "domain/riskcodes.h"
#include "domain/threat.h"
#include "service/auditlog.h"
#include "service/builtincatalog.h"
#include "service/registry.h"
#include "service/threatservice.h"
#include "testregistry.h"

#include <QSet>
#include <QTest>

class TestThreatCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void catalogParses();
    void relatedControlsExist_data();
    void relatedControlsExist();
    void categoriesFollowThePolicy_data();
    void categoriesFollowThePolicy();
    void registryHasTheCatalogue();
    void ownThreat();
    void ownThreatRefused_data();
    void ownThreatRefused();
    void builtInTextsAreKept();
    void retireAndReinstate();
    void likelihoodPerRegistry();
    void catalogReviewedOn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestThreatCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(QDate(2026, 4, 1))));
}

void TestThreatCatalog::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

void TestThreatCatalog::catalogParses()
{
    QString error;
    const std::optional<ThreatCatalog> catalog = ThreatCatalog::load(&error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->threats.size(), 24);
    QSet<QString> codes;
    for (const Threat &threat : catalog->threats) {
        QVERIFY2(!codes.contains(threat.code), qPrintable(threat.code));
        codes.insert(threat.code);
        QVERIFY2(!threat.nameJa.isEmpty() && !threat.nameEn.isEmpty(), qPrintable(threat.code));
        QVERIFY2(!threat.descriptionJa.isEmpty() && !threat.descriptionEn.isEmpty(), qPrintable(threat.code));
        QVERIFY2(!threat.relatedControls.isEmpty(), qPrintable(threat.code));
        QVERIFY2(threat.problems().isEmpty(), qPrintable(threat.code));
    }
    // A broken catalogue is refused with a message, not loaded half.
    QVERIFY(!ThreatCatalog::parse("{\"version\": \"x\", \"threats\": [{\"code\": \"bad code\"}]}", &error));
    QVERIFY(error.contains(QStringLiteral("bad code")));
}

void TestThreatCatalog::relatedControlsExist_data()
{
    QTest::addColumn<QString>("threat");
    QTest::addColumn<QStringList>("controls");
    QString error;
    const std::optional<ThreatCatalog> catalog = ThreatCatalog::load(&error);
    QVERIFY2(catalog, qPrintable(error));
    for (const Threat &threat : catalog->threats)
        QTest::newRow(qPrintable(threat.code)) << threat.code << threat.relatedControls;
}

void TestThreatCatalog::relatedControlsExist()
{
    QFETCH(QString, threat);
    QFETCH(QStringList, controls);
    QString error;
    const std::optional<BuiltInCatalog> builtIn = BuiltInCatalog::load(&error);
    QVERIFY2(builtIn, qPrintable(error));
    QSet<QString> codes;
    for (const Control &control : builtIn->controls)
        codes.insert(control.code);
    for (const QString &code : controls)
        QVERIFY2(codes.contains(code), qPrintable(threat + QStringLiteral(" names ") + code));
}

void TestThreatCatalog::categoriesFollowThePolicy_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("objectives");
    QTest::newRow("T-INT-01") << "T-INT-01"
                              << "intentional"
                              << "CI";
    QTest::newRow("T-INT-03") << "T-INT-03"
                              << "intentional"
                              << "A";
    QTest::newRow("T-NEG-02") << "T-NEG-02"
                              << "negligent"
                              << "C";
    QTest::newRow("T-NEG-09") << "T-NEG-09"
                              << "negligent"
                              << "C";
    QTest::newRow("T-DIS-01") << "T-DIS-01"
                              << "disaster"
                              << "IA";
    QTest::newRow("T-PAN-01") << "T-PAN-01"
                              << "pandemic"
                              << "A";
    QTest::newRow("T-INF-03") << "T-INF-03"
                              << "infrastructure"
                              << "CA";
}

void TestThreatCatalog::categoriesFollowThePolicy()
{
    QFETCH(QString, code);
    QFETCH(QString, category);
    QFETCH(QString, objectives);
    const Result<Threat> threat = m_registry->threats().byCode(code);
    QVERIFY2(threat, qPrintable(threat.error));
    QCOMPARE(threat->category, category);
    QCOMPARE(threat->objectives, objectives);
    QVERIFY(threat->builtIn);
    const QHash<QString, QString> policy{{QStringLiteral("intentional"), QStringLiteral("§3(1)")},
                                         {QStringLiteral("negligent"), QStringLiteral("§")},
                                         {QStringLiteral("disaster"), QStringLiteral("§3(3)")},
                                         {QStringLiteral("pandemic"), QStringLiteral("§3(4)")},
                                         {QStringLiteral("infrastructure"), QStringLiteral("§3(5)")}};
    QVERIFY(threat->policyRef.startsWith(policy.value(category)));
}

void TestThreatCatalog::registryHasTheCatalogue()
{
    const QList<Threat> threats = m_registry->threats().threats();
    QCOMPARE(threats.size(), 24);
    QCOMPARE(threats.first().code, QStringLiteral("T-INT-01"));
    QVERIFY(!m_registry->threats().catalogVersion().isEmpty());
    // Opening the registry again does not load it twice.
    const QString path = m_registry->path();
    m_registry.reset();
    m_registry = TestRegistry::open(path);
    QVERIFY(m_registry);
    QCOMPARE(m_registry->threats().threats(true).size(), 24);
    // A new registry starts with it like with the built-in controls, without an audit event.
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("threat"), QStringLiteral("builtin")).size(), 0);
}

void TestThreatCatalog::ownThreat()
{
    Threat threat;
    threat.code = QStringLiteral("t-own-01");
    threat.nameJa = QStringLiteral("ドローンによる撮影");
    threat.nameEn = QStringLiteral("Photography by drones");
    threat.category = QStringLiteral("intentional");
    threat.objectives = QStringLiteral("C");
    threat.assetTypes = {QStringLiteral("facility")};
    threat.mediumClasses = {QStringLiteral("facility")};
    threat.relatedControls = {QStringLiteral("PHY-01")};
    threat.defaultLikelihood = 1;
    const Result<Threat> added = m_registry->threats().add(threat);
    QVERIFY2(added, qPrintable(added.error));
    QCOMPARE(added->code, QStringLiteral("T-OWN-01"));
    QVERIFY(!added->builtIn);
    QCOMPARE(added->likelihood, 1);
    QCOMPARE(m_registry->audit().eventsFor(QStringLiteral("threat"), QStringLiteral("T-OWN-01")).size(), 1);
    Threat edited = *added;
    edited.nameEn = QStringLiteral("Drone photography");
    const Result<Threat> saved = m_registry->threats().edit(edited);
    QVERIFY2(saved, qPrintable(saved.error));
    QCOMPARE(m_registry->threats().byCode(QStringLiteral("T-OWN-01"))->nameEn, QStringLiteral("Drone photography"));
    // The code is taken now.
    const Result<Threat> again = m_registry->threats().add(threat);
    QVERIFY(!again);
    QCOMPARE(again.problems.first().field, QStringLiteral("code"));
}

void TestThreatCatalog::ownThreatRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("code") << "code"
                          << "with space";
    QTest::newRow("category") << "category"
                              << "accidental";
    QTest::newRow("objectives") << "objectives"
                                << "AC";
    QTest::newRow("asset type") << "asset_types"
                                << "car";
    QTest::newRow("medium class") << "medium_classes"
                                  << "usb";
    QTest::newRow("likelihood") << "likelihood"
                                << "4";
    QTest::newRow("name") << "name"
                          << "";
}

void TestThreatCatalog::ownThreatRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Threat threat;
    threat.code = QStringLiteral("T-OWN-02");
    threat.nameEn = QStringLiteral("Something");
    threat.category = QStringLiteral("negligent");
    threat.objectives = QStringLiteral("CIA");
    if (field == QLatin1String("code"))
        threat.code = value;
    else if (field == QLatin1String("category"))
        threat.category = value;
    else if (field == QLatin1String("objectives"))
        threat.objectives = value;
    else if (field == QLatin1String("asset_types"))
        threat.assetTypes = {value};
    else if (field == QLatin1String("medium_classes"))
        threat.mediumClasses = {value};
    else if (field == QLatin1String("likelihood"))
        threat.defaultLikelihood = value.toInt();
    else if (field == QLatin1String("name"))
        threat.nameEn = value;
    const Result<Threat> added = m_registry->threats().add(threat);
    QVERIFY(!added);
    QCOMPARE(added.problems.first().field, field);
    QCOMPARE(m_registry->threats().threats(true).size(), 24);
}

void TestThreatCatalog::builtInTextsAreKept()
{
    Threat threat = *m_registry->threats().byCode(QStringLiteral("T-NEG-03"));
    threat.nameEn = QStringLiteral("Losing things");
    const Result<Threat> refused = m_registry->threats().edit(threat);
    QVERIFY(!refused);
    QVERIFY(refused.error.contains(QStringLiteral("T-NEG-03")));
    QCOMPARE(m_registry->threats().byCode(QStringLiteral("T-NEG-03"))->nameEn,
             QStringLiteral("Loss of devices, media or papers"));
}

void TestThreatCatalog::retireAndReinstate()
{
    QVERIFY(m_registry->threats().retire(QStringLiteral("T-DIS-03")));
    QCOMPARE(m_registry->threats().threats().size(), 23);
    QCOMPARE(m_registry->threats().threats(true).size(), 24);
    QVERIFY(m_registry->threats().byCode(QStringLiteral("T-DIS-03"))->retired);
    QVERIFY(m_registry->threats().reinstate(QStringLiteral("T-DIS-03")));
    QCOMPARE(m_registry->threats().threats().size(), 24);
    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("threat"), QStringLiteral("T-DIS-03"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).action, QStringLiteral("retire"));
    QCOMPARE(events.at(1).action, QStringLiteral("reinstate"));
    QVERIFY(!m_registry->threats().retire(QStringLiteral("T-NONE-99")));
}

void TestThreatCatalog::likelihoodPerRegistry()
{
    const Result<Threat> changed =
        m_registry->threats().setLikelihood(QStringLiteral("T-DIS-01"), 3, QStringLiteral("首都直下地震の想定"));
    QVERIFY2(changed, qPrintable(changed.error));
    QCOMPARE(changed->likelihood, 3);
    QCOMPARE(changed->defaultLikelihood, 2);
    QVERIFY(!m_registry->threats().setLikelihood(QStringLiteral("T-DIS-01"), 4, QString()));
    QCOMPARE(m_registry->threats().byCode(QStringLiteral("T-DIS-01"))->likelihood, 3);
    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("threat"), QStringLiteral("T-DIS-01"));
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().changes.contains(QStringLiteral("likelihood")));
}

void TestThreatCatalog::catalogReviewedOn()
{
    QVERIFY(!m_registry->threats().catalogReviewedOn().isValid());
    QVERIFY(!m_registry->threats().markCatalogReviewed(QDate(2026, 4, 2)));
    QVERIFY(m_registry->threats().markCatalogReviewed(QDate(2026, 3, 31)));
    QCOMPARE(m_registry->threats().catalogReviewedOn(), QDate(2026, 3, 31));
    QCOMPARE(m_registry->audit()
                 .eventsFor(QStringLiteral("setting"), QStringLiteral("risk.threat_catalog_reviewed_on"))
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(TestThreatCatalog)
#include "test_threatcatalog.moc"
