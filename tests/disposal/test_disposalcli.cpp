// The disposal commands of asset-registry-cli, run in-process as a user runs them: dispose with its refusals (exit 1
// with the reason, nothing changed) and usage errors (exit 2), due with its window, verify --evidence naming a changed
// file, and certificate writing a PDF. The registry is inspected through the service afterwards.
#include "clirunner.h"
#include "testfiles.h"
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/disposalservice.h"
#include "service/registry.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

} // namespace

class TestDisposalCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void disposeRefusals_data();
    void disposeRefusals();
    void disposeJobWithEvidence();
    void disposeDataDeletion();
    void disposeHelpListsKindsAndMediaTypes();
    void dueWithinWindow();
    void verifyNamesChangedEvidence();
    void certificatePdf();

private:
    Run run(const QStringList &arguments) const;
    QStringList disposeArguments(const QStringList &assets) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QStringList m_assets; // confidentiality 3, 2, 1
};

void TestDisposalCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(m_path, {}, &error);
    QVERIFY2(registry, qPrintable(error));
    const QDate today = QDate::currentDate();
    const QList<QDate> retention = {today.addDays(-1), today.addDays(10), today.addDays(100)};
    QList<Asset> assets;
    for (int level = 3; level >= 1; --level) {
        Asset asset = TestRegistry::asset(*registry, QStringLiteral("媒体 C%1").arg(level), QStringLiteral("総務課"),
                                          QStringLiteral("佐藤"));
        asset.confidentiality = level;
        asset.confidentialityRationale = QStringLiteral("根拠");
        asset.retentionUntil = retention.at(3 - level);
        assets << asset;
    }
    m_assets = TestRegistry::add(*registry, assets);
    QCOMPARE(m_assets.size(), 3);
}

void TestDisposalCli::cleanup()
{
    m_dir.reset();
}

Run TestDisposalCli::run(const QStringList &arguments) const
{
    return CliRunner::run(m_path, arguments);
}

QStringList TestDisposalCli::disposeArguments(const QStringList &assets) const
{
    return QStringList{QStringLiteral("dispose")} + assets +
           QStringList{QStringLiteral("--method"),       QStringLiteral("destroy"),
                       QStringLiteral("--technique"),    QStringLiteral("shred"),
                       QStringLiteral("--performed-by"), QStringLiteral("田中"),
                       QStringLiteral("--validated-by"), QStringLiteral("鈴木"),
                       QStringLiteral("--verification"), QStringLiteral("full"),
                       QStringLiteral("--result"),       QStringLiteral("passed"),
                       QStringLiteral("--media-type"),   QStringLiteral("hdd")};
}

void TestDisposalCli::disposeRefusals_data()
{
    QTest::addColumn<QStringList>("change"); // option, value pairs replacing those of a valid command
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("weaker method without reason")
        << QStringList{QStringLiteral("--method"), QStringLiteral("purge"), QStringLiteral("--technique"),
                       QStringLiteral("degauss")}
        << 1 << "weaker than the minimum method";
    QTest::newRow("failed verification") << QStringList{QStringLiteral("--result"), QStringLiteral("failed")} << 1
                                         << "cannot be completed";
    QTest::newRow("technique of another method")
        << QStringList{QStringLiteral("--technique"), QStringLiteral("overwrite")} << 1
        << "counts as Clear, Purge, not Destroy";
    QTest::newRow("unknown method") << QStringList{QStringLiteral("--method"), QStringLiteral("wipe")} << 2
                                    << "is not a value of --method";
    QTest::newRow("missing validator") << QStringList{QStringLiteral("--validated-by"), QString()} << 2
                                       << "--validated-by is required";
    QTest::newRow("serials do not match assets")
        << QStringList{QStringLiteral("--serial"), QStringLiteral("ONLY-ONE")} << 2 << "once per asset";
    QTest::newRow("evidence missing") << QStringList{QStringLiteral("--evidence"), QStringLiteral("nowhere.pdf")} << 1
                                      << "nowhere.pdf does not exist";
    // Media types and kinds (practice.md §5).
    QTest::newRow("degauss on an SSD") << QStringList{QStringLiteral("--media-type"), QStringLiteral("ssd"),
                                                      QStringLiteral("--method"),     QStringLiteral("purge"),
                                                      QStringLiteral("--technique"),  QStringLiteral("degauss")}
                                       << 1 << "Degauss does not sanitise Solid-state drive (SSD)";
    QTest::newRow("unknown media type") << QStringList{QStringLiteral("--media-type"), QStringLiteral("floppy")} << 2
                                        << "is not a value of --media-type";
    QTest::newRow("missing media type") << QStringList{QStringLiteral("--media-type"), QString()} << 1
                                        << "choose the media type";
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("tape")} << 2
                                  << "is not a value of --kind";
    QTest::newRow("data deletion without evidence")
        << QStringList{QStringLiteral("--kind"),       QStringLiteral("data"),
                       QStringLiteral("--method"),     QStringLiteral("purge"),
                       QStringLiteral("--technique"),  QStringLiteral("key-destruction"),
                       QStringLiteral("--media-type"), QString()}
        << 1 << "deletion log";
    QTest::newRow("data deletion with a destination")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("data"), QStringLiteral("--destination"),
                       QStringLiteral("recycling")}
        << 2 << "--destination is for media";
    QTest::newRow("shredding in a data deletion")
        << QStringList{QStringLiteral("--kind"),           QStringLiteral("data"),
                       QStringLiteral("--method"),         QStringLiteral("purge"),
                       QStringLiteral("--media-type"),     QString(),
                       QStringLiteral("--certificate-no"), QStringLiteral("LOG-1"),
                       QStringLiteral("--contractor"),     QStringLiteral("事業者")}
        << 1 << "is done to a medium";
    QTest::newRow("unknown asset") << QStringList{QStringLiteral("ASSET"), QStringLiteral("IA-999999")} << 1
                                   << "IA-999999";
}

void TestDisposalCli::disposeRefusals()
{
    QFETCH(QStringList, change);
    QFETCH(int, status);
    QFETCH(QString, message);
    QStringList arguments = disposeArguments({m_assets.at(0), m_assets.at(1)});
    for (int index = 0; index + 1 < change.size(); index += 2) {
        const QString &option = change.at(index);
        const QString &value = change.at(index + 1);
        if (option == QLatin1String("ASSET")) {
            arguments.insert(1, value);
            continue;
        }
        const qsizetype at = arguments.indexOf(option);
        if (at >= 0 && value.isEmpty()) {
            arguments.remove(at, 2);
        } else if (at >= 0) {
            arguments[at + 1] = value;
        } else {
            arguments << option << value;
        }
    }
    const Run result = run(arguments);
    QCOMPARE(result.status, status);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    QString error;
    std::unique_ptr<Registry> registry = Registry::open(m_path, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->disposal().jobCount(), 0);
    QCOMPARE(registry->assets().byAssetNo(m_assets.at(0))->status, QStringLiteral("in_use"));
}

void TestDisposalCli::disposeJobWithEvidence()
{
    const QString certificate =
        TestFiles::write(*m_dir, QStringLiteral("業者証明書.pdf"), QByteArrayLiteral("%PDF-1.4 contractor"));
    const QString photo =
        TestFiles::write(*m_dir, QStringLiteral("photo.jpg"), QByteArrayLiteral("\xFF\xD8\xFF\xE0 jpeg"));
    QStringList arguments = disposeArguments(m_assets);
    arguments << QStringLiteral("--method") << QStringLiteral("purge") << QStringLiteral("--technique")
              << QStringLiteral("degauss");
    arguments.remove(arguments.indexOf(QStringLiteral("--method")), 2);
    arguments.remove(arguments.indexOf(QStringLiteral("--technique")), 2);
    arguments << QStringLiteral("--override-reason") << QStringLiteral("リース返却") << QStringLiteral("--serial")
              << QStringLiteral("S-1") << QStringLiteral("--serial") << QStringLiteral("S-2")
              << QStringLiteral("--serial") << QStringLiteral("S-3") << QStringLiteral("--evidence") << certificate
              << QStringLiteral("--evidence") << photo << QStringLiteral("--destination") << QStringLiteral("recycling")
              << QStringLiteral("--performed-on") << QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    const Run result = run(arguments);
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral("D-000001"));
    QVERIFY2(result.err.contains(QStringLiteral("override")), qPrintable(result.err));
    QVERIFY(result.err.contains(m_assets.at(0)));

    QString error;
    std::unique_ptr<Registry> registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    DisposalService &service = registry->disposal();
    const std::optional<DisposalJob> job = service.jobByNo(QStringLiteral("D-000001"));
    QVERIFY(job);
    QCOMPARE(job->items.size(), 3);
    for (int index = 0; index < 3; ++index) {
        QCOMPARE(job->items.at(index).assetNo, m_assets.at(index));
        QCOMPARE(job->items.at(index).serialNo, QStringLiteral("S-%1").arg(index + 1));
        QCOMPARE(registry->assets().byAssetNo(m_assets.at(index))->status, QStringLiteral("disposed"));
    }
    QCOMPARE(job->destination, QStringLiteral("recycling"));
    QCOMPARE(job->performedBy.date, QDate::currentDate().addDays(-3));
    QVERIFY(job->hasOverride());
    const QList<DisposalEvidence> evidence = service.evidence(job->id);
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.at(0).originalName, QStringLiteral("業者証明書.pdf"));
    QCOMPARE(evidence.at(1).mimeType, QStringLiteral("image/jpeg"));

    // Disposing of an asset a second time is refused.
    const Run again = run(disposeArguments({m_assets.at(2)}));
    QCOMPARE(again.status, 1);
    QVERIFY(again.err.contains(QStringLiteral("already been disposed")));
}

void TestDisposalCli::disposeDataDeletion()
{
    // Restricted data in a cloud service, deleted by the provider: Purge meets the data-deletion minimum of C3.
    const QString certificate =
        TestFiles::write(*m_dir, QStringLiteral("削除証明書.pdf"), QByteArrayLiteral("%PDF-1.4 provider"));
    QStringList arguments = disposeArguments({m_assets.at(0)});
    arguments.remove(arguments.indexOf(QStringLiteral("--media-type")), 2);
    arguments[arguments.indexOf(QStringLiteral("--method")) + 1] = QStringLiteral("purge");
    arguments[arguments.indexOf(QStringLiteral("--technique")) + 1] = QStringLiteral("provider-deletion");
    arguments << QStringLiteral("--kind") << QStringLiteral("data") << QStringLiteral("--contractor")
              << QStringLiteral("クラウド事業者") << QStringLiteral("--source") << QStringLiteral("人事SaaS")
              << QStringLiteral("--evidence") << certificate;
    const Run result = run(arguments);
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("override")), qPrintable(result.err));
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    const std::optional<DisposalJob> job = registry->disposal().jobByNo(result.out.trimmed());
    QVERIFY(job);
    QCOMPARE(job->kind, QStringLiteral("data"));
    QCOMPARE(job->technique, QStringLiteral("provider_deletion"));
    QCOMPARE(job->destination, QString());
    QCOMPARE(job->items.at(0).mediaType, QString());
    QCOMPARE(job->items.at(0).minimumMethod, QStringLiteral("purge"));
    QVERIFY(!job->hasOverride());

    // Media types per asset, in their order.
    QStringList media = disposeArguments({m_assets.at(1), m_assets.at(2)});
    media[media.indexOf(QStringLiteral("--media-type")) + 1] = QStringLiteral("ssd");
    media << QStringLiteral("--media-type") << QStringLiteral("USB flash drive") << QStringLiteral("--technique")
          << QStringLiteral("crush");
    media.remove(media.indexOf(QStringLiteral("--technique")), 2);
    const Run recorded = run(media);
    QVERIFY2(recorded.status == 0, qPrintable(recorded.err));
    const std::optional<DisposalJob> second = registry->disposal().jobByNo(recorded.out.trimmed());
    QVERIFY(second);
    QCOMPARE(second->items.at(0).mediaType, QStringLiteral("ssd"));
    QCOMPARE(second->items.at(1).mediaType, QStringLiteral("usb_flash"));
    QCOMPARE(second->technique, QStringLiteral("crush"));
}

void TestDisposalCli::disposeHelpListsKindsAndMediaTypes()
{
    const Run result = run({QStringLiteral("dispose"), QStringLiteral("--help")});
    QCOMPARE(result.status, 0);
    for (const char *text : {"--kind", "media|data", "--media-type", "usb-flash", "magnetic-tape",
                             "--media-description", "provider-deletion", "drill"})
        QVERIFY2(result.out.contains(QLatin1String(text)), text);
}

void TestDisposalCli::dueWithinWindow()
{
    Run result = run({QStringLiteral("due")});
    QCOMPARE(result.status, 0);
    QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(m_assets.at(0)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("retention_passed")));

    result = run({QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("30")});
    lines = result.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).startsWith(m_assets.at(1)));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("retention_ending")));

    result = run({QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("-5")});
    QCOMPARE(result.status, 2);

    // Once disposed, an asset is no longer due.
    QCOMPARE(run(disposeArguments({m_assets.at(0)})).status, 0);
    result = run({QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.status, 0);
    QVERIFY2(!result.out.contains(m_assets.at(0)), qPrintable(result.out));
}

void TestDisposalCli::verifyNamesChangedEvidence()
{
    const QString photo = TestFiles::write(*m_dir, QStringLiteral("写真.jpg"), QByteArray(2048, 'x'));
    QStringList arguments = disposeArguments({m_assets.at(0)});
    arguments << QStringLiteral("--evidence") << photo;
    QCOMPARE(run(arguments).status, 0);
    Run result = run({QStringLiteral("verify"), QStringLiteral("--evidence")});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QStringLiteral("OK: 1")));

    // One byte changed in the file, past the triggers, as a SQLite tool would.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER disposal_evidence_no_update")));
        QByteArray changed(2048, 'x');
        changed[100] = 'y';
        query.prepare(QStringLiteral("UPDATE disposal_evidence SET content = ?"));
        query.addBindValue(changed);
        QVERIFY(query.exec());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    result = run({QStringLiteral("verify"), QStringLiteral("--evidence")});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.contains(QStringLiteral("写真.jpg")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("D-000001")));
}

void TestDisposalCli::certificatePdf()
{
    QCOMPARE(run(disposeArguments({m_assets.at(0), m_assets.at(1)})).status, 0);
    const QString pdf = m_dir->filePath(QStringLiteral("certificate.pdf"));
    Run result = run({QStringLiteral("certificate"), QStringLiteral("D-000001"), QStringLiteral("--language"),
                      QStringLiteral("ja"), QStringLiteral("--output"), pdf});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // For one asset, by its asset number.
    result = run({QStringLiteral("certificate"), m_assets.at(1), QStringLiteral("--output"), pdf});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    result = run({QStringLiteral("certificate"), QStringLiteral("D-000009"), QStringLiteral("--output"), pdf});
    QCOMPARE(result.status, 1);
    result = run({QStringLiteral("certificate"), QStringLiteral("D-000001")});
    QCOMPARE(result.status, 2);
}

QTEST_MAIN(TestDisposalCli)
#include "test_disposalcli.moc"
