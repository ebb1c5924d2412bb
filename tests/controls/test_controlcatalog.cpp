// The built-in control catalogue: loaded into every new registry with the default baseline, in both languages,
// spread over the ten areas, with reference IDs that exist; updated by a later release without losing assignments.
#include "../rawsql.h"
#include "domain/controlcodes.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/builtincatalog.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "testregistry.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestControlCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newRegistryHasBuiltInCatalogue();
    void everyControlIsComplete();
    void defaultBaselineInstalled();
    void reopeningChangesNothing();
    void laterReleaseKeepsAssignments();
    void olderCatalogueIsNotInstalled();
    void registryUpgradedFromBeforeControls();

private:
    qint64 createAsset(int confidentiality = 1);
    QByteArray changedCatalogue(const QString &version, bool dropFirst, const QString &newCode) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestControlCatalog::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_registry = Registry::create(TestRegistry::location(m_dir.filePath(QStringLiteral("r.sqlite"))),
                                  Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@host"));
}

void TestControlCatalog::cleanup()
{
    m_registry.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("r.sqlite")));
    QFile::remove(m_dir.filePath(QStringLiteral("r.sqlite-wal")));
    QFile::remove(m_dir.filePath(QStringLiteral("r.sqlite-shm")));
}

qint64 TestControlCatalog::createAsset(int confidentiality)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("職員名簿");
    asset.department = QStringLiteral("総務部");
    asset.owner = QStringLiteral("山田 太郎");
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("漏えい時の影響が大きい");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created.ok() ? created.value->id : 0;
}

void TestControlCatalog::newRegistryHasBuiltInCatalogue()
{
    const QList<ControlCatalog> catalogs = m_registry->catalogs().catalogs();
    QCOMPARE(catalogs.size(), 2);
    QCOMPARE(catalogs.at(0).kind, ControlCatalog::Kind::BuiltIn);
    QCOMPARE(catalogs.at(1).kind, ControlCatalog::Kind::Own);
    QVERIFY(!m_registry->catalogs().builtInVersion().isEmpty());

    QString error;
    const std::optional<BuiltInCatalog> shipped = BuiltInCatalog::load(&error);
    QVERIFY2(shipped, qPrintable(error));
    const QList<Control> controls = m_registry->catalogs().controls(catalogs.at(0).id);
    QCOMPARE(controls.size(), shipped->controls.size());
    QVERIFY2(controls.size() >= 60, qPrintable(QString::number(controls.size())));
    QCOMPARE(catalogs.at(0).controlCount, int(controls.size()));

    QMap<int, int> perArea;
    for (const Control &control : controls)
        ++perArea[control.area];
    for (int area : ControlCodes::areas())
        QVERIFY2(perArea.value(area) >= 5,
                 qPrintable(QStringLiteral("area %1 has %2 controls").arg(area).arg(perArea.value(area))));
    // Creating a registry is not an audited change; the catalogue is part of its initial state.
    QCOMPARE(m_registry->audit().count(), 0);
}

void TestControlCatalog::everyControlIsComplete()
{
    const QList<Control> controls =
        m_registry->catalogs().controls(m_registry->catalogs().findCatalog(QStringLiteral("builtin")).value->id);
    QSet<QString> titles;
    for (const Control &control : controls) {
        const QString code = control.code;
        QVERIFY2(!control.titleJa.isEmpty() && !control.titleEn.isEmpty(), qPrintable(code));
        QVERIFY2(control.descriptionJa.size() >= 40, qPrintable(code));
        QVERIFY2(control.descriptionEn.size() >= 60, qPrintable(code));
        QVERIFY2(!control.isoRefs.isEmpty() || !control.nistRefs.isEmpty(), qPrintable(code));
        QVERIFY2(!titles.contains(control.titleEn), qPrintable(code));
        titles.insert(control.titleEn);
        // The reference IDs pass the same checks as an administrator's own control.
        Control copy = control;
        copy.code = QStringLiteral("CHECK-") + control.code;
        const QList<Problem> problems = m_registry->customControls().validate(copy, true);
        QVERIFY2(problems.isEmpty(), qPrintable(code + QLatin1String(": ") +
                                                (problems.isEmpty() ? QString() : problems.constFirst().message)));
        // The UI language picks the text.
        QCOMPARE(control.title(QStringLiteral("ja")), control.titleJa);
        QCOMPARE(control.title(QStringLiteral("en")), control.titleEn);
    }
}

void TestControlCatalog::defaultBaselineInstalled()
{
    QString error;
    const std::optional<BuiltInCatalog> shipped = BuiltInCatalog::load(&error);
    QVERIFY(shipped);
    const QList<BaselineRule> rules = m_registry->baseline().baseline();
    QCOMPARE(rules.size(), shipped->baseline.size());
    QVERIFY(rules.size() >= 30);
    // The shipped rules are accepted by the same validation as an edited baseline.
    QVERIFY(m_registry->baseline().validate(rules).isEmpty());
}

void TestControlCatalog::reopeningChangesNothing()
{
    const qint64 assetId = createAsset();
    const Control control = m_registry->catalogs().findControl(QStringLiteral("ORG-01")).value.value();
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = control.id;
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    const qint64 events = m_registry->audit().count();
    const QString path = m_registry->path();
    m_registry.reset();
    QString error;
    m_registry = Registry::open(path, &error);
    QVERIFY2(m_registry, qPrintable(error));
    QCOMPARE(m_registry->audit().count(), events);
    QVERIFY(m_registry->assignments().assignment(assetId, control.id).has_value());
}

QByteArray TestControlCatalog::changedCatalogue(const QString &version, bool dropFirst, const QString &newCode) const
{
    QJsonObject root = QJsonDocument::fromJson(BuiltInCatalog::resourceData()).object();
    root.insert(QStringLiteral("version"), version);
    QJsonArray controls = root.value(QStringLiteral("controls")).toArray();
    if (dropFirst)
        controls.removeFirst();
    // A reworded title of the control that was second.
    const int reworded = dropFirst ? 0 : 1;
    QJsonObject second = controls.at(reworded).toObject();
    QJsonObject title = second.value(QStringLiteral("title")).toObject();
    title.insert(QStringLiteral("en"), QStringLiteral("Reworded title"));
    second.insert(QStringLiteral("title"), title);
    controls.replace(reworded, second);
    if (!newCode.isEmpty()) {
        QJsonObject added = controls.at(0).toObject();
        added.insert(QStringLiteral("code"), newCode);
        QJsonObject addedTitle = added.value(QStringLiteral("title")).toObject();
        addedTitle.insert(QStringLiteral("en"), QStringLiteral("A control of the next release"));
        added.insert(QStringLiteral("title"), addedTitle);
        controls.append(added);
    }
    root.insert(QStringLiteral("controls"), controls);
    return QJsonDocument(root).toJson();
}

void TestControlCatalog::laterReleaseKeepsAssignments()
{
    const qint64 assetId = createAsset(3);
    const QList<Control> before =
        m_registry->catalogs().controls(m_registry->catalogs().findCatalog(QStringLiteral("builtin")).value->id);
    const Control &first = before.at(0);
    const Control &second = before.at(1);
    for (const Control &control : {first, second}) {
        ControlAssignment assignment;
        assignment.assetId = assetId;
        assignment.controlId = control.id;
        assignment.implementation = QStringLiteral("partial");
        assignment.responsible = QStringLiteral("佐藤 花子");
        QVERIFY(m_registry->assignments().assign(assignment).ok());
    }
    // The next release drops the first control, rewords the second and adds one with a rule in the default baseline.
    QJsonObject baseline = QJsonDocument::fromJson(BuiltInCatalog::baselineResourceData()).object();
    QJsonArray rules = baseline.value(QStringLiteral("rules")).toArray();
    rules.append(
        QJsonObject{{QStringLiteral("control"), QStringLiteral("NEW-01")}, {QStringLiteral("confidentiality"), 3}});
    QJsonArray kept;
    for (const QJsonValue rule : std::as_const(rules)) {
        if (rule.toObject().value(QStringLiteral("control")).toString() != first.code)
            kept.append(rule);
    }
    baseline.insert(QStringLiteral("rules"), kept);
    const int rulesBefore = int(m_registry->baseline().baseline().size());

    const Result<CatalogChange> change = m_registry->catalogs().updateBuiltInCatalog(
        changedCatalogue(QStringLiteral("99.0"), true, QStringLiteral("NEW-01")), QJsonDocument(baseline).toJson());
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.value->added, 1);
    QCOMPARE(change.value->updated, 1);
    QCOMPARE(change.value->retired, 1);
    QCOMPARE(change.value->baselineRulesAdded, 1);
    QCOMPARE(m_registry->catalogs().builtInVersion(), QStringLiteral("99.0"));

    // Assignments stay, also of the retired control; the retired control is no longer required.
    QVERIFY(m_registry->assignments().assignment(assetId, first.id).has_value());
    QCOMPARE(m_registry->assignments().assignment(assetId, second.id)->responsible, QStringLiteral("佐藤 花子"));
    QVERIFY(m_registry->catalogs().control(first.id)->retired);
    QCOMPARE(m_registry->catalogs().control(second.id)->titleEn, QStringLiteral("Reworded title"));
    QCOMPARE(m_registry->baseline().baseline().size(), rulesBefore + 1);
    const QList<AssetControl> rows = m_registry->assignments().controlsOfAsset(assetId).value.value();
    bool newRequired = false;
    for (const AssetControl &row : rows) {
        if (row.control.id == first.id)
            QVERIFY(!row.required);
        if (row.control.code == QLatin1String("NEW-01"))
            newRequired = row.required && row.gapKind == QLatin1String("missing");
    }
    QVERIFY(newRequired);
    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("control_catalog"), QStringLiteral("builtin"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().action, QStringLiteral("update"));
}

void TestControlCatalog::olderCatalogueIsNotInstalled()
{
    const QString version = m_registry->catalogs().builtInVersion();
    const qint64 events = m_registry->audit().count();
    const Result<CatalogChange> change = m_registry->catalogs().updateBuiltInCatalog(
        changedCatalogue(QStringLiteral("0.1"), false, QString()), BuiltInCatalog::baselineResourceData());
    QVERIFY(!change.ok());
    QVERIFY(change.error.contains(QStringLiteral("0.1")));
    QCOMPARE(m_registry->catalogs().builtInVersion(), version);
    QCOMPARE(m_registry->audit().count(), events);
}

void TestControlCatalog::registryUpgradedFromBeforeControls()
{
    SKIP_ON_SERVER("rewinds a registry file to an older schema");
    // A registry written before controls existed gets the catalogue when it is opened, as an audited change.
    const QString path = m_registry->path();
    const qint64 assetId = createAsset();
    {
        QSqlQuery query(RawSql::connection(m_registry->path()));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM baseline_rule")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM control")));
        QVERIFY(query.exec(QStringLiteral("UPDATE control_catalog SET version = ''")));
    }
    m_registry.reset();
    QString error;
    m_registry = Registry::open(path, &error);
    QVERIFY2(m_registry, qPrintable(error));
    QVERIFY(m_registry->catalogs().controls().size() >= 60);
    QVERIFY(!m_registry->baseline().baseline().isEmpty());
    const QList<AuditEvent> events =
        m_registry->audit().eventsFor(QStringLiteral("control_catalog"), QStringLiteral("builtin"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().action, QStringLiteral("install"));
    QVERIFY(!m_registry->assignments().controlsOfAsset(assetId).value->isEmpty());
}

QTEST_GUILESS_MAIN(TestControlCatalog)
#include "test_controlcatalog.moc"
