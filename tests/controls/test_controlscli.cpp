// The control commands of asset-registry-cli, run in-process as a script runs them: catalog list and import (a bad file
// exits 1 and changes nothing), assign with its refusals, gaps with exit status 1 while gaps remain and 0 once they are
// closed, and the statement of applicability.
#include "clirunner.h"
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

} // namespace

class TestControlsCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void catalogList();
    void catalogImport();
    void catalogImportRefusesBadFile();
    void assignAndGaps();
    void usageErrors_data();
    void usageErrors();
    void statementOfApplicability();

private:
    Run run(const QStringList &arguments) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_assetNo;
};

void TestControlsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(m_path, {}, &error);
    QVERIFY2(registry, qPrintable(error));
    Asset asset = TestRegistry::asset(*registry, QStringLiteral("健康診断結果"), QStringLiteral("人事部"),
                                      QStringLiteral("佐藤 花子"));
    asset.personalInfo = QStringLiteral("sensitive");
    const QStringList numbers = TestRegistry::add(*registry, {asset});
    QCOMPARE(numbers.size(), 1);
    m_assetNo = numbers.constFirst();
}

void TestControlsCli::cleanup()
{
    m_dir.reset();
}

Run TestControlsCli::run(const QStringList &arguments) const
{
    return CliRunner::run(m_path, arguments);
}

void TestControlsCli::catalogList()
{
    const Run json =
        run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.status, 0);
    const QJsonArray controls = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(controls.size() >= 60);
    const QJsonObject first = controls.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("ORG-01"));
    QCOMPARE(first.value(QStringLiteral("area")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("catalog")).toString(), QStringLiteral("builtin"));
    QVERIFY(!first.value(QStringLiteral("title")).toString().isEmpty());

    const Run csv = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("catalog"),
                         QStringLiteral("list"), QStringLiteral("--catalog"), QStringLiteral("builtin")});
    QCOMPARE(csv.status, 0);
    QVERIFY(csv.out.startsWith(QLatin1String("code,title,area,")));
    QCOMPARE(csv.out.count(QLatin1Char('\n')), controls.size() + 1);
    // The catalogue's own Japanese title, whatever the state of the translation files.
    QVERIFY2(csv.out.contains(QStringLiteral("情報セキュリティ基本方針の策定と周知")), qPrintable(csv.out.left(300)));
}

void TestControlsCli::catalogImport()
{
    const QString file = QStringLiteral(SHARED_DATA_DIR "/oscal/basic-catalog.json");
    const Run imported = run({QStringLiteral("catalog"), QStringLiteral("import"), file});
    QCOMPARE(imported.status, 0);
    QCOMPARE(imported.out.trimmed(), QStringLiteral("74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724"));
    QVERIFY(imported.err.contains(QLatin1String("4 controls added")));
    const Run again = run({QStringLiteral("catalog"), QStringLiteral("import"), file});
    QCOMPARE(again.status, 0);
    QVERIFY(again.err.contains(QLatin1String("0 controls added")));
    const Run listed = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--catalog"),
                            QStringLiteral("Sample Security")});
    QCOMPARE(listed.status, 0);
    QCOMPARE(listed.out.count(QLatin1Char('\n')), 5);
}

void TestControlsCli::catalogImportRefusesBadFile()
{
    const QString bad = m_dir->filePath(QStringLiteral("profile.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"json({"profile": {"uuid": "x"}})json");
    file.close();
    QFile registryFile(m_path);
    QVERIFY(registryFile.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(registryFile.readAll(), QCryptographicHash::Sha256);
    registryFile.close();
    const Run refused = run({QStringLiteral("catalog"), QStringLiteral("import"), bad});
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QLatin1String("OSCAL profile")), qPrintable(refused.err));
    QVERIFY(registryFile.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(registryFile.readAll(), QCryptographicHash::Sha256), before);
}

void TestControlsCli::assignAndGaps()
{
    Run gaps = run({QStringLiteral("gaps"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(gaps.status, 1); // gaps exist
    const QJsonArray rows = QJsonDocument::fromJson(gaps.out.toUtf8()).array();
    QVERIFY(rows.size() > 3);
    QStringList codes;
    for (const QJsonValue row : rows) {
        QCOMPARE(row.toObject().value(QStringLiteral("asset_no")).toString(), m_assetNo);
        QCOMPARE(row.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
        codes << row.toObject().value(QStringLiteral("control")).toString();
    }
    QVERIFY(codes.contains(QStringLiteral("TEC-05"))); // sensitive personal information is encrypted

    // Not applicable without a reason is refused; nothing is written.
    Run assigned = run({QStringLiteral("assign"), m_assetNo, QStringLiteral("--control"), QStringLiteral("TEC-05"),
                        QStringLiteral("--applicable"), QStringLiteral("no")});
    QCOMPARE(assigned.status, 1);
    QVERIFY(assigned.err.contains(QLatin1String("without a reason")));
    // An unknown control names itself.
    assigned = run({QStringLiteral("assign"), m_assetNo, QStringLiteral("--control"), QStringLiteral("XX-99")});
    QCOMPARE(assigned.status, 1);
    QVERIFY(assigned.err.contains(QLatin1String("XX-99")));

    // Implementing every required control closes the report: exit status 0.
    QStringList arguments{QStringLiteral("assign"), m_assetNo};
    for (const QString &code : std::as_const(codes))
        arguments << QStringLiteral("--control") << code;
    arguments << QStringLiteral("--status") << QStringLiteral("一部実施") << QStringLiteral("--due")
              << QStringLiteral("2099-03-31") << QStringLiteral("--responsible") << QStringLiteral("人事課長");
    assigned = run(arguments);
    QCOMPARE(assigned.status, 0);
    QCOMPARE(assigned.out.trimmed(), QString::number(codes.size()));
    gaps = run({QStringLiteral("gaps"), QStringLiteral("--summary")});
    QCOMPARE(gaps.status, 1);
    QVERIFY2(gaps.out.contains(QLatin1String("Partially implemented")), qPrintable(gaps.out));
    arguments = QStringList{QStringLiteral("assign"), m_assetNo};
    for (const QString &code : std::as_const(codes))
        arguments << QStringLiteral("--control") << code;
    arguments << QStringLiteral("--status") << QStringLiteral("implemented");
    QCOMPARE(run(arguments).status, 0);
    gaps = run({QStringLiteral("gaps")});
    QCOMPARE(gaps.status, 0);
    QVERIFY(gaps.out.startsWith(QLatin1String("Gaps: 0 in 0 of 1 assets")));

    // The fields not given were kept.
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    const Control control = registry->catalogs().findControl(QStringLiteral("TEC-05")).value.value();
    const ControlAssignment stored =
        *registry->assignments().assignment(registry->assets().byAssetNo(m_assetNo)->id, control.id);
    QCOMPARE(stored.implementation, QStringLiteral("implemented"));
    QCOMPARE(stored.responsible, QStringLiteral("人事課長"));
    QCOMPARE(stored.dueDate, QDate(2099, 3, 31));
}

void TestControlsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("catalog without subcommand") << QStringList{QStringLiteral("catalog")};
    QTest::newRow("catalog unknown subcommand") << QStringList{QStringLiteral("catalog"), QStringLiteral("drop")};
    QTest::newRow("assign without control") << QStringList{QStringLiteral("assign"), QStringLiteral("IA-000001")};
    QTest::newRow("assign bad status") << QStringList{QStringLiteral("assign"),    QStringLiteral("IA-000001"),
                                                      QStringLiteral("--control"), QStringLiteral("ORG-01"),
                                                      QStringLiteral("--status"),  QStringLiteral("done")};
    QTest::newRow("assign bad date") << QStringList{QStringLiteral("assign"),    QStringLiteral("IA-000001"),
                                                    QStringLiteral("--control"), QStringLiteral("ORG-01"),
                                                    QStringLiteral("--due"),     QStringLiteral("soon")};
    QTest::newRow("gaps bad kind") << QStringList{QStringLiteral("gaps"), QStringLiteral("--kind"),
                                                  QStringLiteral("late")};
    QTest::newRow("gaps bad format") << QStringList{QStringLiteral("gaps"), QStringLiteral("--format"),
                                                    QStringLiteral("xml")};
}

void TestControlsCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestControlsCli::statementOfApplicability()
{
    const QString path = m_dir->filePath(QStringLiteral("soa.csv"));
    const Run written = run({QStringLiteral("soa"), QStringLiteral("--output"), path});
    QCOMPARE(written.status, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("Applicability")));
    const Run json = run({QStringLiteral("soa"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.status, 0);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(entries.size() >= 60);
    for (const QJsonValue entry : entries) {
        if (entry.toObject().value(QStringLiteral("code")).toString() == QLatin1String("AST-01")) {
            QCOMPARE(entry.toObject().value(QStringLiteral("required")).toInt(), 1);
            QCOMPARE(entry.toObject().value(QStringLiteral("applicability")).toString(), QStringLiteral("applicable"));
        }
    }
}

QTEST_GUILESS_MAIN(TestControlsCli)
#include "test_controlscli.moc"
