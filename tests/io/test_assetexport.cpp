// Export and import round trips: every field of every asset comes back from CSV (UTF-8 with BOM, CP932) and XLSX,
// in English and Japanese headings, for each classification scheme; CP932 refuses what it cannot hold, naming it.
#include "i18n/language.h"
#include "io/csvreader.h"
#include "io/formulaguard.h"
#include "io/xlsxworkbookreader.h"
#include "service/assetexport.h"
#include "service/assetimport.h"
#include "service/assetservice.h"
#include "service/assetvalues.h"
#include "service/registry.h"
#include "service/syntheticassets.h"
#include "testregistry.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAssetExport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void cp932ReportsWhatItCannotHold();
    void csvStartsWithBom();
    void json();
    void filterAndColumns();
    void formulaGuard_data();
    void formulaGuard();
    void formulasAreGuardedAndComeBack_data();
    void formulasAreGuardedAndComeBack();
    void exportsAreOwnerOnly_data();
    void exportsAreOwnerOnly();
    void failedReadStopsExport_data();
    void failedReadStopsExport();

private:
    std::unique_ptr<Registry> createRegistry(const QString &name, const QString &scheme);
    void fill(Registry &registry);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAssetExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestAssetExport::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_dir.reset();
}

std::unique_ptr<Registry> TestAssetExport::createRegistry(const QString &name, const QString &scheme)
{
    QString error;
    Registry::CreateOptions options;
    options.scheme = scheme;
    options.organisation = QString::fromUtf8("株式会社サンプル");
    auto registry = Registry::create(TestRegistry::location(m_dir->filePath(name)), options, &error);
    if (!registry)
        qWarning() << error;
    else
        registry->setActor(QStringLiteral("tester@workstation"));
    return registry;
}

void TestAssetExport::fill(Registry &registry)
{
    QList<Asset> assets = TestRegistry::generated(150, registry.scheme(), 7, QDate::currentDate());
    // The values files break on: quotes, commas, line breaks, spaces at the ends, characters Excel users type.
    Asset edge = registry.assets().newAsset();
    edge.retentionUntil = QDate(2031, 3, 31);
    edge.name = QString::fromUtf8("①顧客台帳「本番」, \"特別\" ㈱髙﨑～ＡＢＣ");
    edge.businessCategory = QString::fromUtf8("契約管理");
    edge.remarks = QString::fromUtf8("  1行目, 続き\r\n2行目 \"引用\"\n3行目　全角スペース  ");
    edge.userScope = QString::fromUtf8("特定者");
    edge.department = QString::fromUtf8("法務部");
    edge.owner = QString::fromUtf8("山﨑 葵");
    edge.assetType = QStringLiteral("media");
    edge.storage = QStringLiteral("\\\\fs01\\share;legal");
    edge.personalInfo = QStringLiteral("my_number");
    edge.subjectCount = 0;
    edge.confidentiality = registry.scheme().highest(Objective::Confidentiality);
    edge.confidentialityRationale = QString::fromUtf8("番号法の対象");
    edge.integrity = registry.scheme().highest(Objective::Integrity);
    edge.integrityRationale = QStringLiteral("=SUM(A1:A2)");
    edge.availability = registry.scheme().highest(Objective::Availability);
    edge.availabilityRationale = QStringLiteral("-");
    edge.provider = QString::fromUtf8("○○市");
    edge.receiptTerms = QString::fromUtf8("目的外利用禁止\n第三者提供不可");
    edge.contractor = QString::fromUtf8("㈱セキュア保守");
    edge.recipients = QString::fromUtf8("△△大学, ○○研究所");
    edge.useTerms = QString::fromUtf8("研究目的に限る\n再提供不可 \"要承認\"");
    edge.mediumClass = QStringLiteral("cloud");
    edge.retentionUntil = QDate(2099, 12, 31);
    edge.registeredOn = QDate(2020, 2, 29);
    edge.nextReview = QDate(2026, 4, 1);
    edge.status = QStringLiteral("disposal_pending");
    assets.append(edge);
    const Result<int> created = registry.assets().createAssets(assets);
    QVERIFY2(created.ok(), qPrintable(created.error));
}

void TestAssetExport::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("CSV UTF-8 BOM, English, IPA") << "csv"
                                                 << "utf-8-bom"
                                                 << "en"
                                                 << "ipa";
    QTest::newRow("CSV UTF-8 BOM, Japanese, IPA") << "csv"
                                                  << "utf-8-bom"
                                                  << "ja"
                                                  << "ipa";
    QTest::newRow("CSV CP932, Japanese, government") << "csv"
                                                     << "cp932"
                                                     << "ja"
                                                     << "government";
    QTest::newRow("CSV UTF-8, English, FIPS 199") << "csv"
                                                  << "utf-8"
                                                  << "en"
                                                  << "fips199";
    QTest::newRow("XLSX, Japanese, IPA") << "xlsx"
                                         << ""
                                         << "ja"
                                         << "ipa";
    QTest::newRow("XLSX, English, FIPS 199") << "xlsx"
                                             << ""
                                             << "en"
                                             << "fips199";
}

void TestAssetExport::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, language);
    QFETCH(QString, scheme);
    QVERIFY(Language::instance().setLanguage(language, false));

    auto source = createRegistry(QStringLiteral("source.sqlite"), scheme);
    QVERIFY(source);
    fill(*source);
    AssetExport::Options options;
    QVERIFY(AssetExport::formatFromName(format, &options.format));
    if (!encoding.isEmpty())
        QVERIFY(TextEncoding::encodingFromName(encoding, &options.encoding));
    const QString path = m_dir->filePath(QStringLiteral("assets.") + format);
    const Result<int> exported = AssetExport::write(*source, path, options);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QCOMPARE(*exported.value, int(source->assets().totalCount()));

    auto target = createRegistry(QStringLiteral("target.sqlite"), scheme);
    QVERIFY(target);
    AssetImport import;
    QString error;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    const Result<int> imported = import.commit(*target);
    QVERIFY2(imported.ok(), qPrintable(imported.error + QLatin1Char('\n') + imported.problems.value(0).message));
    QCOMPARE(*imported.value, *exported.value);

    // Same order, same numbers (both registries number from 1), and every field equal.
    const QList<Asset> before = source->assets().page({}, {}, 0, 100000, nullptr);
    const QList<Asset> after = target->assets().page({}, {}, 0, 100000, nullptr);
    QCOMPARE(after.size(), before.size());
    for (int index = 0; index < before.size(); ++index) {
        for (const AssetField &field : AssetField::all()) {
            const QString expected = AssetValues::raw(before.at(index), field.id, source->scheme());
            const QString actual = AssetValues::raw(after.at(index), field.id, target->scheme());
            if (expected != actual)
                QFAIL(qPrintable(QStringLiteral("%1 %2: '%3' came back as '%4'")
                                     .arg(before.at(index).assetNo, field.keyString(), expected, actual)));
        }
    }
}

void TestAssetExport::cp932ReportsWhatItCannotHold()
{
    auto registry = createRegistry(QStringLiteral("r.sqlite"), QStringLiteral("ipa"));
    QVERIFY(registry);
    Asset asset = registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QString::fromUtf8("𠮷野家の契約書");
    asset.department = QString::fromUtf8("総務部");
    asset.owner = QString::fromUtf8("山田 太郎");
    asset.remarks = QString::fromUtf8("波ダッシュ〜（Mac で入力）");
    QVERIFY(registry->assets().createAsset(asset).ok());
    asset.name = QString::fromUtf8("問題のない名前 ①㈱髙﨑～");
    asset.remarks.clear();
    QVERIFY(registry->assets().createAsset(asset).ok());

    AssetExport::Options options;
    options.encoding = TextEncoding::Encoding::Cp932;
    const QString path = m_dir->filePath(QStringLiteral("sjis.csv"));
    const Result<int> result = AssetExport::write(*registry, path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("IA-000001 Asset name: '𠮷' (U+20BB7)")), qPrintable(result.error));
    // The wave dash typed on a Mac is written as the full-width tilde Windows uses, not refused.
    QVERIFY2(!result.error.contains(QStringLiteral("U+301C")), qPrintable(result.error));
    QVERIFY(!result.error.contains(QStringLiteral("IA-000002")));
    QVERIFY(!QFile::exists(path));

    // UTF-8 holds everything.
    options.encoding = TextEncoding::Encoding::Utf8Bom;
    QVERIFY(AssetExport::write(*registry, path, options).ok());
}

void TestAssetExport::csvStartsWithBom()
{
    auto registry = createRegistry(QStringLiteral("r.sqlite"), QStringLiteral("ipa"));
    fill(*registry);
    const QString path = m_dir->filePath(QStringLiteral("bom.csv"));
    QVERIFY(AssetExport::write(*registry, path, {}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));
}

void TestAssetExport::json()
{
    auto registry = createRegistry(QStringLiteral("r.sqlite"), QStringLiteral("ipa"));
    fill(*registry);
    AssetExport::Options options;
    options.format = AssetExport::Format::Json;
    const QString path = m_dir->filePath(QStringLiteral("assets.json"));
    const Result<int> result = AssetExport::write(*registry, path, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("organisation")).toString(), QString::fromUtf8("株式会社サンプル"));
    const QJsonArray assets = document.value(QStringLiteral("assets")).toArray();
    QCOMPARE(assets.size(), 151);
    const QJsonObject last = assets.last().toObject();
    QCOMPARE(last.value(QStringLiteral("asset_no")).toString(), QStringLiteral("IA-000151"));
    QCOMPARE(last.value(QStringLiteral("personal_info")).toString(), QStringLiteral("my_number"));
    QCOMPARE(last.value(QStringLiteral("subject_count")).toDouble(), 0.0);
    QCOMPARE(last.value(QStringLiteral("registered_on")).toString(), QStringLiteral("2020-02-29"));
}

void TestAssetExport::filterAndColumns()
{
    auto registry = createRegistry(QStringLiteral("r.sqlite"), QStringLiteral("ipa"));
    fill(*registry);
    AssetExport::Options options;
    options.filter.department = QString::fromUtf8("法務部");
    options.columns = {AssetField::AssetNo, AssetField::Name};
    options.sort.order = Qt::DescendingOrder;
    const QString path = m_dir->filePath(QStringLiteral("some.csv"));
    const Result<int> result = AssetExport::write(*registry, path, options);
    QVERIFY(result.ok());
    SheetData sheet;
    QString error;
    QVERIFY(CsvReader::readFile(path, &sheet, &error));
    QCOMPARE(sheet.rows.size(), *result.value + 1);
    QCOMPARE(sheet.rows.at(0), (QStringList{QStringLiteral("Asset No."), QStringLiteral("Asset name")}));
    QCOMPARE(sheet.rows.at(1).at(0), QStringLiteral("IA-000151"));
    for (int row = 1; row < sheet.rows.size(); ++row)
        QCOMPARE(registry->assets().byAssetNo(sheet.rows.at(row).at(0))->department, QString::fromUtf8("法務部"));
}

void TestAssetExport::formulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << "=SUM(A1:A2)"
                             << "'=SUM(A1:A2)";
    QTest::newRow("plus") << "+81-3-1234-5678"
                          << "'+81-3-1234-5678";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(1)"
                        << "'@SUM(1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("carriage return") << "\rx"
                                     << "'\rx";
    QTest::newRow("already quoted formula") << "'=1"
                                            << "''=1";
    QTest::newRow("quote, no formula") << "'abc"
                                       << "'abc";
    QTest::newRow("formula sign inside") << "a=b"
                                         << "a=b";
    QTest::newRow("only quotes") << "''"
                                 << "''";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("Japanese") << QString::fromUtf8("＝全角は式でない") << QString::fromUtf8("＝全角は式でない");
}

void TestAssetExport::formulaGuard()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(FormulaGuard::guarded(text), written);
    QCOMPARE(FormulaGuard::unguarded(written), text);
}

void TestAssetExport::formulasAreGuardedAndComeBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("CSV") << "csv";
    QTest::newRow("XLSX") << "xlsx";
}

void TestAssetExport::formulasAreGuardedAndComeBack()
{
    QFETCH(QString, format);
    auto source = createRegistry(QStringLiteral("source.sqlite"), QStringLiteral("ipa"));
    QVERIFY(source);
    Asset asset = source->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = QStringLiteral("=HYPERLINK(\"http://example.com/\",\"open\")");
    asset.remarks = QStringLiteral("+cmd|' /C calc'!A0");
    asset.department = QStringLiteral("-2+3");
    asset.owner = QStringLiteral("@SUM(1+1)");
    asset.businessCategory = QStringLiteral("=1+1");
    asset.provider = QStringLiteral("'=already quoted");
    asset.contractor = QStringLiteral("'plain quote");
    const Result<Asset> created = source->assets().createAsset(asset);
    QVERIFY2(created.ok(), qPrintable(created.error));

    AssetExport::Options options;
    QVERIFY(AssetExport::formatFromName(format, &options.format));
    const QString path = m_dir->filePath(QStringLiteral("hostile.") + format);
    const Result<int> exported = AssetExport::write(*source, path, options);
    QVERIFY2(exported.ok(), qPrintable(exported.error));

    // In the file, no cell begins with what a spreadsheet would run.
    SheetData sheet;
    QString error;
    if (format == QLatin1String("csv")) {
        QVERIFY2(CsvReader::readFile(path, &sheet, &error), qPrintable(error));
    } else {
        XlsxWorkbookReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QVERIFY2(reader.readSheet(0, &sheet, &error), qPrintable(error));
    }
    QStringList cells;
    for (const QStringList &row : std::as_const(sheet.rows))
        cells += row;
    for (const QString &cell : std::as_const(cells)) {
        if (!cell.isEmpty())
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
    QVERIFY(cells.contains(QStringLiteral("'=HYPERLINK(\"http://example.com/\",\"open\")")));
    QVERIFY(cells.contains(QStringLiteral("'-2+3")));
    QVERIFY(cells.contains(QStringLiteral("''=already quoted")));
    QVERIFY(cells.contains(QStringLiteral("'plain quote")));

    // Importing the file gives back the text as it was.
    auto target = createRegistry(QStringLiteral("target.sqlite"), QStringLiteral("ipa"));
    QVERIFY(target);
    AssetImport import;
    QVERIFY2(import.load(path, &error), qPrintable(error));
    const Result<int> imported = import.commit(*target);
    QVERIFY2(imported.ok(), qPrintable(imported.error + QLatin1Char('\n') + imported.problems.value(0).message));
    const Result<Asset> found = target->assets().byAssetNo(created.value->assetNo);
    QVERIFY2(found.ok(), qPrintable(found.error));
    const std::optional<Asset> &back = found.value;
    QCOMPARE(back->name, asset.name);
    QCOMPARE(back->remarks, asset.remarks);
    QCOMPARE(back->department, asset.department);
    QCOMPARE(back->owner, asset.owner);
    QCOMPARE(back->businessCategory, asset.businessCategory);
    QCOMPARE(back->provider, asset.provider);
    QCOMPARE(back->contractor, asset.contractor);
}

void TestAssetExport::exportsAreOwnerOnly_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("existing");
    QTest::newRow("CSV") << "csv" << false;
    QTest::newRow("XLSX") << "xlsx" << false;
    QTest::newRow("JSON") << "json" << false;
    QTest::newRow("CSV over a world-readable file") << "csv" << true;
}

void TestAssetExport::exportsAreOwnerOnly()
{
    QFETCH(QString, format);
    QFETCH(bool, existing);
    auto registry = createRegistry(QStringLiteral("r.sqlite"), QStringLiteral("ipa"));
    QVERIFY(registry);
    QVERIFY(
        registry->assets().createAssets(TestRegistry::generated(3, registry->scheme(), 1, QDate::currentDate())).ok());
    const QString path = m_dir->filePath(QStringLiteral("assets.") + format);
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther));
    }
    AssetExport::Options options;
    QVERIFY(AssetExport::formatFromName(format, &options.format));
    const Result<int> result = AssetExport::write(*registry, path, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(QFile::permissions(path),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

void TestAssetExport::failedReadStopsExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("CSV") << "csv";
    QTest::newRow("XLSX") << "xlsx";
    QTest::newRow("JSON") << "json";
}

void TestAssetExport::failedReadStopsExport()
{
    SKIP_ON_SERVER("damages a page of the registry file");
    // A page damaged after the registry was opened (as on a large file whose check at open is still running): the
    // export must stop with an error, not write the assets before the damage and report success.
    QFETCH(QString, format);
    const QString file = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    {
        auto registry = createRegistry(QStringLiteral("damaged.sqlite"), QStringLiteral("ipa"));
        QVERIFY(registry);
        const Result<int> created =
            registry->assets().createAssets(TestRegistry::generated(4000, registry->scheme(), 3, QDate::currentDate()));
        QVERIFY2(created.ok(), qPrintable(created.error));
    }
    // The leaf pages of the asset table, by SQLite's page statistics: where they lie in the file depends on how the
    // rows were written.
    QList<qint64> assetPages;
    qint64 pageSize = 0;
    {
        const QString connection = QStringLiteral("pages");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toLongLong();
            QVERIFY2(query.exec(QStringLiteral(
                         "SELECT pageno FROM dbstat WHERE name = 'asset' AND pagetype = 'leaf' ORDER BY pageno")),
                     qPrintable(query.lastError().text()));
            while (query.next())
                assetPages << query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QVERIFY(assetPages.size() > 16);
    QString error;
    auto registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    {
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        // Eight leaf pages in the middle of the asset table; the header and the schema stay intact.
        for (int i = 0; i < 8; ++i) {
            QVERIFY(raw.seek((assetPages.at(assetPages.size() / 2 + i) - 1) * pageSize));
            QVERIFY(raw.write(QByteArray(int(pageSize), '\x5a')) == pageSize);
        }
    }
    AssetExport::Options options;
    QVERIFY(AssetExport::formatFromName(format, &options.format));
    const QString path = m_dir->filePath(QStringLiteral("partial.") + format);
    const Result<int> result = AssetExport::write(*registry, path, options);
    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("exported %1 assets").arg(result.value.value_or(-1))));
    QVERIFY2(result.error.contains(QLatin1String("damaged")), qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestAssetExport)
#include "test_assetexport.moc"
