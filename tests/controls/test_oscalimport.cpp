// OSCAL catalogue import: the real NIST SP 800-53 Rev. 5 baseline catalogues and the OSCAL example import completely
// and fast, with parameters written out; importing again updates in place; malformed and non-OSCAL files are refused
// with a clear message and leave the registry unchanged.
#include "../rawsql.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "testregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kOscalDir = QStringLiteral(SHARED_DATA_DIR "/oscal/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isWithdrawn(const QJsonObject &control)
{
    const QJsonArray props = control.value(QStringLiteral("props")).toArray();
    for (const QJsonValue prop : props) {
        if (prop.toObject().value(QStringLiteral("name")).toString() == QLatin1String("status") &&
            prop.toObject().value(QStringLiteral("value")).toString() == QLatin1String("withdrawn"))
            return true;
    }
    return false;
}

// Counts the controls of a file independently of the importer: every control and enhancement at any depth of
// groups, except withdrawn ones.
void countControls(const QJsonObject &node, int *inForce, int *withdrawn)
{
    const QJsonArray groups = node.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue group : groups)
        countControls(group.toObject(), inForce, withdrawn);
    const QJsonArray controls = node.value(QStringLiteral("controls")).toArray();
    for (const QJsonValue value : controls) {
        const QJsonObject control = value.toObject();
        if (isWithdrawn(control))
            ++*withdrawn;
        else
            ++*inForce;
        countControls(control, inForce, withdrawn);
    }
}

// A snapshot of everything an import could change.
QString registryState(Registry &registry)
{
    QStringList state;
    QSqlQuery query(RawSql::connection(registry.path()));
    for (const QString &sql :
         {QStringLiteral("SELECT count(*), group_concat(catalog_key || title || version) FROM control_catalog"),
          QStringLiteral("SELECT count(*), total(length(title_en) + retired) FROM control"),
          QStringLiteral("SELECT count(*), max(hash) FROM audit_event")}) {
        if (query.exec(sql) && query.next())
            state << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
    }
    return state.join(QLatin1Char('\n'));
}

} // namespace

class TestOscalImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsRealFiles_data();
    void importsRealFiles();
    void parametersReadable();
    void enhancementsAndFamilies();
    void reimportUpdatesInPlace();
    void withdrawnControlsSkipped();
    void malformedFilesRefused_data();
    void malformedFilesRefused();
    void missingFileRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestOscalImport::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    m_registry = Registry::create(TestRegistry::location(path), Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestOscalImport::cleanup()
{
    m_registry.reset();
}

void TestOscalImport::importsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("SP 800-53 LOW") << QStringLiteral(
        "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json");
    QTest::newRow("SP 800-53 MODERATE") << QStringLiteral(
        "NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json");
    QTest::newRow("basic example") << QStringLiteral("basic-catalog.json");
}

void TestOscalImport::importsRealFiles()
{
    QFETCH(QString, file);
    const QByteArray data = readFile(kOscalDir + file);
    QVERIFY2(!data.isEmpty(), qPrintable(kOscalDir + file));
    const QJsonObject catalog = QJsonDocument::fromJson(data).object().value(QStringLiteral("catalog")).toObject();
    int inForce = 0;
    int withdrawn = 0;
    countControls(catalog, &inForce, &withdrawn);
    QVERIFY(inForce > 0);

    QElapsedTimer timer;
    timer.start();
    const Result<CatalogChange> change = m_registry->catalogs().importOscal(kOscalDir + file);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(change.ok(), qPrintable(change.error));
    qInfo("%s: %d controls imported in %lld ms", qPrintable(file), change.value->added, elapsed);
    QCOMPARE(change.value->added, inForce);
    QCOMPARE(change.value->withdrawn, withdrawn);
    QVERIFY(!change.value->replaced);
    // Well within what a person waits for; the import itself takes a few tens of milliseconds.
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));

    const std::optional<ControlCatalog> stored = m_registry->catalogs().catalog(change.value->catalogId);
    QVERIFY(stored);
    QCOMPARE(stored->kind, ControlCatalog::Kind::Oscal);
    QCOMPARE(stored->key, catalog.value(QStringLiteral("uuid")).toString());
    QCOMPARE(stored->version,
             catalog.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("version")).toString());
    QCOMPARE(stored->controlCount, inForce);
    QVERIFY(!stored->title.contains(QLatin1Char('*'))); // Markdown emphasis of the title is not shown
    const QList<Control> controls = m_registry->catalogs().controls(stored->id);
    QCOMPARE(controls.size(), inForce);
    for (const Control &control : controls) {
        QVERIFY2(!control.titleEn.isEmpty(), qPrintable(control.code));
        QVERIFY2(!control.description().isEmpty(), qPrintable(control.code));
        QVERIFY2(!control.description().contains(QLatin1String("{{")), qPrintable(control.code));
    }
    const QList<AuditEvent> events = m_registry->audit().eventsFor(QStringLiteral("control_catalog"), stored->key);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().action, QStringLiteral("import"));
}

void TestOscalImport::parametersReadable()
{
    const Result<CatalogChange> change = m_registry->catalogs().importOscal(
        kOscalDir + QStringLiteral("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json"));
    QVERIFY2(change.ok(), qPrintable(change.error));
    const Result<Control> ac1 = m_registry->catalogs().findControl(QStringLiteral("AC-1"));
    QVERIFY2(ac1.ok(), qPrintable(ac1.error));
    const QString text = ac1.value->descriptionEn;
    QVERIFY2(text.contains(QLatin1String(
                 "a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(
                 "[Selection (one or more): organization-level; mission/business process-level; system-level]")),
             qPrintable(text));
    // Items keep their labels and nesting.
    QVERIFY(text.contains(QLatin1String("\n  1. ")));
    QCOMPARE(ac1.value->title(), QStringLiteral("Policy and Procedures"));

    // The example catalogue: a selection whose choice contains another parameter.
    QVERIFY(m_registry->catalogs().importOscal(kOscalDir + QStringLiteral("basic-catalog.json")).ok());
    const Result<Control> basic = m_registry->catalogs().findControl(QStringLiteral("1.1.1"));
    QVERIFY2(basic.ok(), qPrintable(basic.error));
    QVERIFY2(basic.value->descriptionEn.contains(
                 QLatin1String("[Selection (one or more): initiating a device lock after [Assignment: a duration] of "
                               "inactivity; requiring the user to initiate a device lock before leaving the system "
                               "unattended]")),
             qPrintable(basic.value->descriptionEn));
    // Markdown links keep their text only.
    QVERIFY(basic.value->descriptionEn.contains(QLatin1String("syntax: (choppy).")));
}

void TestOscalImport::enhancementsAndFamilies()
{
    const Result<CatalogChange> change = m_registry->catalogs().importOscal(
        kOscalDir + QStringLiteral("NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json"));
    QVERIFY(change.ok());
    const Result<Control> enhancement = m_registry->catalogs().findControl(QStringLiteral("AC-2(1)"));
    QVERIFY2(enhancement.ok(), qPrintable(enhancement.error));
    QCOMPARE(enhancement.value->parentCode, QStringLiteral("AC-2"));
    QCOMPARE(enhancement.value->groupTitle, QStringLiteral("Access Control"));
    QCOMPARE(enhancement.value->area, 6); // technical
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("MP-6")).value->area,
             3); // media: asset management and disposal
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("IR-4")).value->area, 2); // incident response
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("ir-4")).value->code, QStringLiteral("IR-4"));
    QCOMPARE(enhancement.value->nistRefs, QStringList{QStringLiteral("AC-2(1)")});
}

void TestOscalImport::reimportUpdatesInPlace()
{
    const QString file =
        kOscalDir + QStringLiteral("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json");
    const Result<CatalogChange> first = m_registry->catalogs().importOscal(file);
    QVERIFY(first.ok());
    // An assignment to an imported control survives the import of the same catalogue again.
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("人事システム");
    asset.department = QStringLiteral("人事部");
    asset.owner = QStringLiteral("佐藤 花子");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    QVERIFY(created.ok());
    const Control ac2 = m_registry->catalogs().findControl(QStringLiteral("AC-2")).value.value();
    ControlAssignment assignment;
    assignment.assetId = created.value->id;
    assignment.controlId = ac2.id;
    assignment.implementation = QStringLiteral("implemented");
    QVERIFY(m_registry->assignments().assign(assignment).ok());

    const int catalogs = int(m_registry->catalogs().catalogs().size());
    const Result<CatalogChange> second = m_registry->catalogs().importOscal(file);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(second.value->replaced);
    QCOMPARE(second.value->catalogId, first.value->catalogId);
    QCOMPARE(second.value->added, 0);
    QCOMPARE(second.value->updated, 0);
    QCOMPARE(second.value->unchanged, first.value->added);
    QCOMPARE(m_registry->catalogs().catalogs().size(), catalogs);
    QCOMPARE(m_registry->catalogs().controls(first.value->catalogId).size(), first.value->added);
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("AC-2")).value->id, ac2.id);
    QVERIFY(m_registry->assignments().assignment(created.value->id, ac2.id).has_value());

    // A revised edition (same UUID) changes a title and drops a control: updated and retired in place.
    QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
    QJsonObject catalog = root.value(QStringLiteral("catalog")).toObject();
    QJsonArray groups = catalog.value(QStringLiteral("groups")).toArray();
    QJsonObject family = groups.at(0).toObject();
    QJsonArray controls = family.value(QStringLiteral("controls")).toArray();
    QJsonObject firstControl = controls.at(0).toObject();
    firstControl.insert(QStringLiteral("title"), QStringLiteral("Policies and Procedures, revised"));
    controls.replace(0, firstControl);
    controls.removeAt(controls.size() - 1);
    family.insert(QStringLiteral("controls"), controls);
    groups.replace(0, family);
    catalog.insert(QStringLiteral("groups"), groups);
    root.insert(QStringLiteral("catalog"), catalog);
    const Result<CatalogChange> third =
        m_registry->catalogs().importOscalData(QJsonDocument(root).toJson(), QStringLiteral("revised.json"));
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.value->catalogId, first.value->catalogId);
    QCOMPARE(third.value->updated, 1);
    QVERIFY(third.value->retired >= 1);
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("AC-1")).value->titleEn,
             QStringLiteral("Policies and Procedures, revised"));
    QCOMPARE(m_registry->catalogs().catalogs().size(), catalogs);
}

void TestOscalImport::withdrawnControlsSkipped()
{
    const QByteArray json = R"json({"catalog": {"uuid": "6b0f2a53-4d3c-4c47-9c5e-0a3f7f5b9e10",
        "metadata": {"title": "Test catalogue", "version": "1", "oscal-version": "1.1.2"},
        "groups": [{"id": "xx", "title": "Family", "controls": [
            {"id": "xx-1", "title": "In force", "parts": [{"id": "xx-1_smt", "name": "statement", "prose": "Do it."}],
             "controls": [{"id": "xx-1.1", "title": "Enhancement", "props": [{"name": "label", "value": "XX-1(1)"}]}]},
            {"id": "xx-2", "title": "Gone", "props": [{"name": "status", "value": "withdrawn"}]}]}]}})json";
    const Result<CatalogChange> change = m_registry->catalogs().importOscalData(json, QStringLiteral("test.json"));
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.value->added, 2);
    QCOMPARE(change.value->withdrawn, 1);
    QVERIFY(!m_registry->catalogs().findControl(QStringLiteral("XX-2")).ok());
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("XX-1(1)")).value->parentCode, QStringLiteral("XX-1"));
    QCOMPARE(m_registry->catalogs().findControl(QStringLiteral("XX-1")).value->descriptionEn, QStringLiteral("Do it."));
}

void TestOscalImport::malformedFilesRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // a part of the message

    const QByteArray real = readFile(kOscalDir + QStringLiteral("basic-catalog.json"));
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is not a JSON file");
    QTest::newRow("not JSON") << QByteArray("<catalog/>") << QStringLiteral("is not a JSON file");
    QTest::newRow("truncated") << real.left(real.size() / 2) << QStringLiteral("line");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("top level is not a JSON object");
    QTest::newRow("other JSON") << QByteArray(R"json({"name": "package", "version": "1.0"})json")
                                << QStringLiteral("has no \"catalog\" object");
    QTest::newRow("profile") << QByteArray(R"json({"profile": {"uuid": "x", "imports": []}})json")
                             << QStringLiteral("OSCAL profile, not a catalogue");
    QTest::newRow("no uuid") << QByteArray(R"json({"catalog": {"metadata": {"title": "T"}, "controls": []}})json")
                             << QStringLiteral("no uuid");
    QTest::newRow("no title") << QByteArray(R"json({"catalog": {"uuid": "u", "metadata": {}, "controls": []}})json")
                              << QStringLiteral("no title");
    QTest::newRow("no controls")
        << QByteArray(R"json({"catalog": {"uuid": "u", "metadata": {"title": "T"}, "groups": []}})json")
        << QStringLiteral("no controls");
    QTest::newRow("control without title")
        << QByteArray(R"json({"catalog": {"uuid": "u", "metadata": {"title": "T"}, "groups": [{"id": "g", "title": "G",
                         "controls": [{"id": "a-1", "title": "Fine"}, {"id": "a-2"}]}]}})json")
        << QStringLiteral("catalog.groups[0].controls[1]");
    QTest::newRow("controls not a list")
        << QByteArray(R"json({"catalog": {"uuid": "u", "metadata": {"title": "T"}, "controls": {"id": "a-1"}}})json")
        << QStringLiteral("must be a list");
    QTest::newRow("duplicate control")
        << QByteArray(
               R"json({"catalog": {"uuid": "u", "metadata": {"title": "T"}, "controls": [{"id": "a-1", "title": "A"},
                         {"id": "a-1", "title": "B"}]}})json")
        << QStringLiteral("appears twice");
}

void TestOscalImport::malformedFilesRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    // A catalogue is already there, so that "unchanged" also covers it.
    QVERIFY(m_registry->catalogs().importOscal(kOscalDir + QStringLiteral("basic-catalog.json")).ok());
    const QString before = registryState(*m_registry);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const Result<CatalogChange> change = m_registry->catalogs().importOscal(path);
    QVERIFY(!change.ok());
    QVERIFY2(change.error.contains(expected), qPrintable(change.error));
    QVERIFY2(change.error.contains(QLatin1String("bad.json")), qPrintable(change.error));
    QVERIFY2(change.error.contains(QLatin1String("Nothing was imported")), qPrintable(change.error));
    QCOMPARE(registryState(*m_registry), before);
}

void TestOscalImport::missingFileRefused()
{
    const QString before = registryState(*m_registry);
    const Result<CatalogChange> change =
        m_registry->catalogs().importOscal(m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!change.ok());
    QVERIFY(change.error.contains(QLatin1String("missing.json")));
    QCOMPARE(registryState(*m_registry), before);
}

QTEST_GUILESS_MAIN(TestOscalImport)
#include "test_oscalimport.moc"
