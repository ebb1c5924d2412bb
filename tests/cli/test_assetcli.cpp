// The asset commands of the command line (DESIGN.md §11) as a script sees them: add, show, list (formats, columns,
// filters, sorting, paging), edit and generate, run in-process against a temporary registry, checking exit status
// 0 / 1 / 2, the messages on stderr and the CSV, TSV and JSON they write.
#include "clirunner.h"
#include "command.h"
#include "testfiles.h"
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/auditlog.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

using Run = CliRun;

// RFC 4180: records end with CRLF; quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // Like spreadsheet programs, any line break outside quotes ends the record.
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString unescapeTsv(const QString &field)
{
    QString result;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('\\') && i + 1 < field.size()) {
            const QChar next = field.at(++i);
            result += next == QLatin1Char('t')   ? QLatin1Char('\t')
                      : next == QLatin1Char('n') ? QLatin1Char('\n')
                      : next == QLatin1Char('r') ? QLatin1Char('\r')
                                                 : next;
        } else {
            result += field.at(i);
        }
    }
    return result;
}

QList<QStringList> parseTsv(const QString &text)
{
    QList<QStringList> rows;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QStringList row;
        const QStringList fields = line.split(QLatin1Char('\t'));
        for (const QString &field : fields)
            row << unescapeTsv(field);
        rows << row;
    }
    return rows;
}

const QString kTrickyRemarks = QStringLiteral("棚卸し, \"年1回\"\n2行目\twith tab");

} // namespace

class TestAssetCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addRequiresName();
    void addParsesValuesInEitherLanguage();
    void addReportsEveryProblem();
    void addShowAndList();
    void listFormatsParseBack_data();
    void listFormatsParseBack();
    void listColumnsHeadersAndDisplay();
    void listFilters_data();
    void listFilters();
    void listSortsDescending();
    void editChangesOnlyGivenFields();
    void editFailures_data();
    void editFailures();
    void generateFillsRegistry();
    void listStreamsAcrossPages();

private:
    Run run(const QStringList &arguments, bool withDatabase = true) const;
    // Adds assets directly through the service, as a fixture.
    QStringList addAssets(const QList<Asset> &assets);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAssetCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    QVERIFY2(Registry::create(m_path, {}, &error), qPrintable(error));
}

void TestAssetCli::cleanup()
{
    m_dir.reset();
}

Run TestAssetCli::run(const QStringList &arguments, bool withDatabase) const
{
    return withDatabase ? CliRunner::run(m_path, arguments) : CliRunner::run(arguments);
}

QStringList TestAssetCli::addAssets(const QList<Asset> &assets)
{
    return TestRegistry::add(m_path, assets);
}

void TestAssetCli::addRequiresName()
{
    const Run result = run({QStringLiteral("add"), QStringLiteral("--department"), QStringLiteral("総務部"),
                            QStringLiteral("--owner"), QStringLiteral("山田 太郎")});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QLatin1String("--name")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Asset name")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QString error;
    auto registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    QCOMPARE(registry->assets().totalCount(), 0);
}

void TestAssetCli::addParsesValuesInEitherLanguage()
{
    const Run result = run({QStringLiteral("add"),
                            QStringLiteral("--name"),
                            QStringLiteral("住民基本台帳連携データ"),
                            QStringLiteral("--department"),
                            QStringLiteral("市民サービス課"),
                            QStringLiteral("--owner"),
                            QStringLiteral("佐藤 花子"),
                            QStringLiteral("--type"),
                            QStringLiteral("Information"),
                            QStringLiteral("--personal-info"),
                            QStringLiteral("要配慮個人情報"),
                            QStringLiteral("--subject-count"),
                            QStringLiteral("12,000"),
                            QStringLiteral("--confidentiality"),
                            QStringLiteral("3"),
                            QStringLiteral("--confidentiality-rationale"),
                            QStringLiteral("漏えい時の影響が重大"),
                            QStringLiteral("--integrity=2"),
                            QStringLiteral("--retention-until"),
                            QStringLiteral("永年"),
                            QStringLiteral("--retention-basis"),
                            QStringLiteral("文書管理規程"),
                            QStringLiteral("--next-review"),
                            QStringLiteral("2026/4/1"),
                            QStringLiteral("--status"),
                            QStringLiteral("stored")});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    const QString assetNo = result.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^IA-\\d{6}$")).match(assetNo).hasMatch(), qPrintable(result.out));

    QString error;
    auto registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    const Result<Asset> asset = registry->assets().byAssetNo(assetNo);
    QVERIFY(asset);
    QCOMPARE(asset->name, QStringLiteral("住民基本台帳連携データ"));
    QCOMPARE(asset->assetType, QStringLiteral("information"));
    QCOMPARE(asset->personalInfo, QStringLiteral("sensitive"));
    QCOMPARE(asset->subjectCount.value_or(-1), 12000);
    QCOMPARE(asset->confidentiality, 3);
    QCOMPARE(asset->integrity, 2);
    QCOMPARE(asset->availability, 1);
    QVERIFY(asset->retentionPermanent);
    QCOMPARE(asset->nextReview, QDate(2026, 4, 1));
    QCOMPARE(asset->status, QStringLiteral("stored"));
    QCOMPARE(registry->audit().eventsFor(QStringLiteral("asset"), assetNo).size(), 1);
}

void TestAssetCli::addReportsEveryProblem()
{
    const Run result =
        run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--confidentiality"),
             QStringLiteral("4"), QStringLiteral("--next-review"), QStringLiteral("tomorrow")});
    QCOMPARE(result.status, 1);
    for (const char *option : {"--confidentiality", "--next-review", "--department", "--owner"})
        QVERIFY2(result.err.contains(QLatin1String(option)), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("tomorrow")), qPrintable(result.err));
}

void TestAssetCli::addShowAndList()
{
    const Run added = run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("顧客台帳"),
                           QStringLiteral("--department"), QStringLiteral("営業部"), QStringLiteral("--owner"),
                           QStringLiteral("Emily Clark"), QStringLiteral("--remarks"), kTrickyRemarks,
                           QStringLiteral("--retention-until"), QStringLiteral("2031-03-31")});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    const QString assetNo = added.out.trimmed();

    const Run shown = run({QStringLiteral("show"), assetNo});
    QVERIFY2(shown.status == 0, qPrintable(shown.err));
    QVERIFY(shown.out.contains(QRegularExpression(QStringLiteral("Asset name\\s+顧客台帳"))));
    QVERIFY(shown.out.contains(QRegularExpression(QStringLiteral("Managing department\\s+営業部"))));
    QVERIFY(shown.out.contains(QRegularExpression(QStringLiteral("Status\\s+In use"))));
    QVERIFY(shown.out.contains(QLatin1String("History")));
    QVERIFY(shown.out.contains(QLatin1String("Created")));

    const Run json = run({QStringLiteral("show"), assetNo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.status == 0, qPrintable(json.err));
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QLatin1String("asset")).toObject().value(QLatin1String("remarks")).toString(),
             kTrickyRemarks);
    QCOMPARE(document.value(QLatin1String("asset")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("in_use"));
    const QJsonArray history = document.value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("create"));

    const Run missing = run({QStringLiteral("show"), QStringLiteral("IA-999999")});
    QCOMPARE(missing.status, 1);
    QVERIFY2(missing.err.contains(QLatin1String("IA-999999")), qPrintable(missing.err));
}

void TestAssetCli::listFormatsParseBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("tsv") << QStringLiteral("tsv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestAssetCli::listFormatsParseBack()
{
    QFETCH(QString, format);
    QString error;
    QStringList numbers;
    {
        auto registry = Registry::open(m_path, &error);
        QVERIFY(registry);
        Asset first = registry->assets().newAsset();
        first.retentionUntil = QDate(2031, 3, 31);
        first.name = QStringLiteral("顧客台帳, \"控え\"");
        first.department = QStringLiteral("営業部");
        first.owner = QStringLiteral("山田 太郎");
        first.remarks = kTrickyRemarks;
        first.storage = QStringLiteral("書庫 A-3\nキャビネット"); // a line break alone must be quoted too
        first.userScope = QStringLiteral("部署内 \\ 特定者");     // a backslash survives TSV's escapes
        first.personalInfo = QStringLiteral("personal");
        first.subjectCount = 1500;
        first.personalInfoOverride = QStringLiteral("公表済みの名簿");
        Asset second = registry->assets().newAsset();
        second.retentionUntil = QDate(2031, 3, 31);
        second.name = QStringLiteral("Backup tapes");
        second.department = QStringLiteral("Information Security Office");
        second.owner = QStringLiteral("John Smith");
        second.assetType = QStringLiteral("media");
        second.availability = 3;
        second.availabilityRationale = QStringLiteral("restore needs them");
        for (const Asset &asset : {first, second}) {
            const Result<Asset> result = registry->assets().createAsset(asset);
            QVERIFY2(result.ok(), qPrintable(result.error));
            numbers << result.value->assetNo;
        }
    }

    const Run listed = run({QStringLiteral("list"), QStringLiteral("--format"), format});
    QVERIFY2(listed.status == 0, qPrintable(listed.err));
    QList<QHash<QString, QString>> rows;
    if (format == QLatin1String("json")) {
        QJsonParseError parseError;
        const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        for (const QJsonValue value : array) {
            QHash<QString, QString> row;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                row.insert(it.key(),
                           it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
            rows << row;
        }
        QVERIFY(array.at(1).toObject().value(QLatin1String("subject_count")).isNull());
        QCOMPARE(array.at(0).toObject().value(QLatin1String("importance")).toInt(), 1);
    } else {
        const QList<QStringList> table = format == QLatin1String("csv") ? parseCsv(listed.out) : parseTsv(listed.out);
        QCOMPARE(table.size(), 3);
        const QStringList &header = table.constFirst();
        QCOMPARE(header.constFirst(), QStringLiteral("asset_no"));
        QVERIFY(header.contains(QStringLiteral("confidentiality_rationale")));
        for (qsizetype r = 1; r < table.size(); ++r) {
            QCOMPARE(table.at(r).size(), header.size());
            QHash<QString, QString> row;
            for (qsizetype c = 0; c < header.size(); ++c)
                row.insert(header.at(c), table.at(r).at(c));
            rows << row;
        }
    }
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).value(QStringLiteral("asset_no")), numbers.at(0));
    QCOMPARE(rows.at(0).value(QStringLiteral("name")), QStringLiteral("顧客台帳, \"控え\""));
    QCOMPARE(rows.at(0).value(QStringLiteral("remarks")), kTrickyRemarks);
    QCOMPARE(rows.at(0).value(QStringLiteral("storage")), QStringLiteral("書庫 A-3\nキャビネット"));
    QCOMPARE(rows.at(0).value(QStringLiteral("user_scope")), QStringLiteral("部署内 \\ 特定者"));
    QCOMPARE(rows.at(0).value(QStringLiteral("personal_info")), QStringLiteral("personal"));
    QCOMPARE(rows.at(0).value(QStringLiteral("subject_count")), QStringLiteral("1500"));
    QCOMPARE(rows.at(0).value(QStringLiteral("status")), QStringLiteral("in_use"));
    QCOMPARE(rows.at(1).value(QStringLiteral("asset_no")), numbers.at(1));
    QCOMPARE(rows.at(1).value(QStringLiteral("asset_type")), QStringLiteral("media"));
    QCOMPARE(rows.at(1).value(QStringLiteral("availability")), QStringLiteral("3"));
    QCOMPARE(rows.at(1).value(QStringLiteral("importance")), QStringLiteral("3"));
    QCOMPARE(rows.at(1).value(QStringLiteral("subject_count")), QString());
}

void TestAssetCli::listColumnsHeadersAndDisplay()
{
    Asset asset;
    asset.name = QStringLiteral("給与明細データ");
    asset.department = QStringLiteral("人事部");
    asset.owner = QStringLiteral("佐藤 花子");
    asset.assetType = QStringLiteral("paper");
    asset.status = QStringLiteral("stored");
    const QStringList numbers = addAssets({asset});
    QCOMPARE(numbers.size(), 1);

    const Run codes =
        run({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("asset_no,asset_type,status")});
    QCOMPARE(codes.status, 0);
    QCOMPARE(parseCsv(codes.out),
             (QList<QStringList>{{QStringLiteral("asset_no"), QStringLiteral("asset_type"), QStringLiteral("status")},
                                 {numbers.at(0), QStringLiteral("paper"), QStringLiteral("stored")}}));

    const Run labels =
        run({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("asset_no,asset_type,status"),
             QStringLiteral("--headers"), QStringLiteral("labels"), QStringLiteral("--display")});
    QCOMPARE(labels.status, 0);
    QCOMPARE(parseCsv(labels.out),
             (QList<QStringList>{{QStringLiteral("Asset No."), QStringLiteral("Asset type"), QStringLiteral("Status")},
                                 {numbers.at(0), QStringLiteral("Paper documents"), QStringLiteral("Stored")}}));

    const Run empty = run({QStringLiteral("list"), QStringLiteral("--department"), QStringLiteral("nobody"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(empty.status, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(empty.out.toUtf8()).isArray());
}

void TestAssetCli::listFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<int>>("expected"); // indexes of the fixture assets, in asset number order
    QTest::newRow("department") << QStringList{QStringLiteral("--department"), QStringLiteral("人事部")}
                                << QList<int>{0, 2};
    // 職員名簿 holds My Number, which is kept at the highest confidentiality (PI-1), so its importance is 3.
    QTest::newRow("importance 3") << QStringList{QStringLiteral("--importance"), QStringLiteral("3")}
                                  << QList<int>{1, 2};
    QTest::newRow("importance 1") << QStringList{QStringLiteral("--importance=1")} << QList<int>{0, 3};
    QTest::newRow("search japanese substring")
        << QStringList{QStringLiteral("--search"), QStringLiteral("明細デ")} << QList<int>{0};
    QTest::newRow("search short japanese word")
        << QStringList{QStringLiteral("--search"), QStringLiteral("名簿")} << QList<int>{2};
    QTest::newRow("search two words") << QStringList{QStringLiteral("--search"), QStringLiteral("台帳 営業")}
                                      << QList<int>{1};
    QTest::newRow("type") << QStringList{QStringLiteral("--type"), QStringLiteral("paper")} << QList<int>{2};
    QTest::newRow("type by japanese label")
        << QStringList{QStringLiteral("--type"), QStringLiteral("紙文書")} << QList<int>{2};
    QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("stored")} << QList<int>{3};
    QTest::newRow("personal info any") << QStringList{QStringLiteral("--personal-info"), QStringLiteral("any")}
                                       << QList<int>{1, 2};
    QTest::newRow("personal info kind") << QStringList{QStringLiteral("--personal-info"), QStringLiteral("my_number")}
                                        << QList<int>{2};
    QTest::newRow("combined") << QStringList{QStringLiteral("--department"), QStringLiteral("人事部"),
                                             QStringLiteral("--personal-info"), QStringLiteral("any")}
                              << QList<int>{2};
}

void TestAssetCli::listFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, expected);
    QList<Asset> fixture;
    auto make = [](const char *name, const char *department, int confidentiality) {
        Asset asset;
        asset.name = QString::fromUtf8(name);
        asset.department = QString::fromUtf8(department);
        asset.owner = QStringLiteral("田中 健");
        asset.confidentiality = confidentiality;
        if (confidentiality == 3)
            asset.confidentialityRationale = QStringLiteral("重大な影響");
        return asset;
    };
    fixture << make("給与明細データ", "人事部", 1);
    fixture << make("顧客台帳", "営業部", 3);
    fixture.last().personalInfo = QStringLiteral("personal");
    fixture << make("職員名簿", "人事部", 2);
    fixture.last().personalInfo = QStringLiteral("my_number");
    fixture.last().assetType = QStringLiteral("paper");
    fixture << make("会議議事録", "総務部", 1);
    fixture.last().status = QStringLiteral("stored");
    const QStringList numbers = addAssets(fixture);
    QCOMPARE(numbers.size(), fixture.size());

    const Run listed = run(QStringList{QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("asset_no"),
                                       QStringLiteral("--format"), QStringLiteral("tsv")} +
                           arguments);
    QVERIFY2(listed.status == 0, qPrintable(listed.err));
    QStringList expectedLines{QStringLiteral("asset_no")};
    for (const int index : expected)
        expectedLines << numbers.at(index);
    QCOMPARE(listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expectedLines);
}

void TestAssetCli::listSortsDescending()
{
    QList<Asset> fixture;
    for (const char *name : {"b-asset", "c-asset", "a-asset"}) {
        Asset asset;
        asset.name = QString::fromLatin1(name);
        asset.department = QStringLiteral("総務部");
        asset.owner = QStringLiteral("伊藤 翔");
        fixture << asset;
    }
    QCOMPARE(addAssets(fixture).size(), 3);
    const Run listed = run({QStringLiteral("list"), QStringLiteral("--columns=name"), QStringLiteral("--sort"),
                            QStringLiteral("name"), QStringLiteral("--desc"), QStringLiteral("--format=tsv")});
    QCOMPARE(listed.status, 0);
    QCOMPARE(listed.out, QStringLiteral("name\nc-asset\nb-asset\na-asset\n"));
}

void TestAssetCli::editChangesOnlyGivenFields()
{
    Asset asset;
    asset.name = QStringLiteral("ファイルサーバ");
    asset.department = QStringLiteral("情報システム部");
    asset.owner = QStringLiteral("髙橋 誠");
    asset.remarks = QStringLiteral("週次バックアップ");
    const QStringList numbers = addAssets({asset});
    QCOMPARE(numbers.size(), 1);

    const Run edited = run({QStringLiteral("edit"), numbers.at(0), QStringLiteral("--status"), QStringLiteral("保管中"),
                            QStringLiteral("--owner"), QStringLiteral("山﨑 葵")});
    QVERIFY2(edited.status == 0, qPrintable(edited.err));

    QString error;
    auto registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    const Result<Asset> stored = registry->assets().byAssetNo(numbers.at(0));
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("stored"));
    QCOMPARE(stored->owner, QStringLiteral("山﨑 葵"));
    QCOMPARE(stored->name, QStringLiteral("ファイルサーバ"));
    QCOMPARE(stored->remarks, QStringLiteral("週次バックアップ"));
    const QList<AuditEvent> history = registry->audit().eventsFor(QStringLiteral("asset"), numbers.at(0));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).action, QStringLiteral("update"));
    QCOMPARE(QStringList(history.at(1).changes.keys()),
             (QStringList{QStringLiteral("owner"), QStringLiteral("status")}));

    const Run shown = run({QStringLiteral("show"), numbers.at(0)});
    QVERIFY2(shown.out.contains(QStringLiteral("In use → Stored")), qPrintable(shown.out));
}

void TestAssetCli::editFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown asset") << QStringList{QStringLiteral("edit"), QStringLiteral("IA-424242"),
                                                  QStringLiteral("--status"), QStringLiteral("stored")}
                                   << QStringLiteral("IA-424242");
    QTest::newRow("disposed by editing") << QStringList{QStringLiteral("edit"), QStringLiteral("IA-000001"),
                                                        QStringLiteral("--status"), QStringLiteral("disposed")}
                                         << QStringLiteral("--status");
    QTest::newRow("empty name") << QStringList{QStringLiteral("edit"), QStringLiteral("IA-000001"),
                                               QStringLiteral("--name="), QStringLiteral("--remarks"),
                                               QStringLiteral("changed")}
                                << QStringLiteral("--name");
    QTest::newRow("highest level without rationale") << QStringList{QStringLiteral("edit"), QStringLiteral("IA-000001"),
                                                                    QStringLiteral("--integrity"), QStringLiteral("3")}
                                                     << QStringLiteral("--integrity-rationale");
    QTest::newRow("bad date") << QStringList{QStringLiteral("edit"), QStringLiteral("IA-000001"),
                                             QStringLiteral("--retention-until"), QStringLiteral("2026-13-40")}
                              << QStringLiteral("2026-13-40");
}

void TestAssetCli::editFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    Asset asset;
    asset.name = QStringLiteral("契約書原本");
    asset.department = QStringLiteral("法務部");
    asset.owner = QStringLiteral("鈴木 一郎");
    QCOMPARE(addAssets({asset}), QStringList{QStringLiteral("IA-000001")});

    QString error;
    qint64 events = 0;
    {
        auto registry = Registry::open(m_path, &error);
        QVERIFY(registry);
        events = registry->audit().count();
    }

    const Run result = run(arguments);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));

    auto registry = Registry::open(m_path, &error);
    QVERIFY(registry);
    const Result<Asset> stored = registry->assets().byAssetNo(QStringLiteral("IA-000001"));
    QVERIFY(stored);
    QCOMPARE(stored->rowVersion, 1);
    QCOMPARE(stored->remarks, QString());
    QCOMPARE(registry->audit().count(), events);
}

void TestAssetCli::generateFillsRegistry()
{
    const Run generated = run({QStringLiteral("generate"), QStringLiteral("--count"), QStringLiteral("500"),
                               QStringLiteral("--batch"), QStringLiteral("200")});
    QVERIFY2(generated.status == 0, qPrintable(generated.err));
    QVERIFY2(generated.err.contains(QLatin1String("200 / 500")), qPrintable(generated.err));
    QVERIFY2(generated.err.contains(QLatin1String("500 / 500")), qPrintable(generated.err));

    // A few generated assets are disposed of with a record, so the default list (which leaves them out) shows the rest.
    const Run listed = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--include-disposed")});
    QCOMPARE(listed.status, 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(array.size(), 500);
    QCOMPARE(array.last().toObject().value(QLatin1String("asset_no")).toString(), QStringLiteral("IA-000500"));
    QSet<QString> types;
    int disposed = 0;
    for (const QJsonValue value : array) {
        types.insert(value.toObject().value(QLatin1String("asset_type")).toString());
        if (value.toObject().value(QLatin1String("status")).toString() == QLatin1String("disposed"))
            ++disposed;
    }
    QCOMPARE(types.size(), 8);
    QVERIFY(disposed >= 1 && disposed <= 5);

    const Run csv = run({QStringLiteral("list")});
    QCOMPARE(parseCsv(csv.out).size(), 501 - disposed);
    // Without them, with --assets-only.
    const QString bare = m_dir->filePath(QStringLiteral("bare.sqlite"));
    QString bareError;
    QVERIFY(Registry::create(bare, {}, &bareError));
    QCOMPARE(run({QStringLiteral("--database"), bare, QStringLiteral("generate"), QStringLiteral("--count=50"),
                  QStringLiteral("--assets-only")},
                 false)
                 .status,
             0);
    const Run bareList = run({QStringLiteral("--database"), bare, QStringLiteral("list")}, false);
    QCOMPARE(parseCsv(bareList.out).size(), 51);

    const Run info = run({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(info.status, 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("assets")).toInt(), 500);
    QCOMPARE(object.value(QLatin1String("scheme")).toString(), QStringLiteral("ipa"));
    // One event for each batch of generated assets, then the sample assignments and disposals, one event each.
    QVERIFY(object.value(QLatin1String("audit_events")).toInt() >= 1);

    // The same seed gives the same assets.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QString error;
    QVERIFY(Registry::create(other, {}, &error));
    const Run again = run({QStringLiteral("--database"), other, QStringLiteral("generate"),
                           QStringLiteral("--count=500"), QStringLiteral("--batch=200")},
                          false);
    QCOMPARE(again.status, 0);
    const Run first = run({QStringLiteral("list"), QStringLiteral("--columns=asset_no,name,department")});
    const Run second = run({QStringLiteral("--database"), other, QStringLiteral("list"),
                            QStringLiteral("--columns=asset_no,name,department")},
                           false);
    QCOMPARE(second.out, first.out);
}

void TestAssetCli::listStreamsAcrossPages()
{
    // More rows than the first pages of the list command hold: no row lost or repeated at a page boundary.
    const int count = 1700;
    const Run generated =
        run({QStringLiteral("generate"), QStringLiteral("--count=%1").arg(count), QStringLiteral("--assets-only")});
    QVERIFY2(generated.status == 0, qPrintable(generated.err));

    const Run byNumber =
        run({QStringLiteral("list"), QStringLiteral("--columns=asset_no"), QStringLiteral("--format=tsv")});
    QCOMPARE(byNumber.status, 0);
    const QStringList numbers = byNumber.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
    QCOMPARE(numbers.size(), count);
    for (int index = 0; index < count; ++index)
        QCOMPARE(numbers.at(index), QStringLiteral("IA-%1").arg(index + 1, 6, 10, QLatin1Char('0')));

    const Run byName = run({QStringLiteral("list"), QStringLiteral("--columns=name,asset_no"),
                            QStringLiteral("--sort=name"), QStringLiteral("--desc"), QStringLiteral("--format=tsv")});
    QCOMPARE(byName.status, 0);
    const QList<QStringList> rows = parseTsv(byName.out).mid(1);
    QCOMPARE(rows.size(), count);
    QSet<QString> seen;
    for (int index = 0; index < count; ++index) {
        seen.insert(rows.at(index).at(1));
        if (index > 0)
            QVERIFY2(rows.at(index - 1).at(0) >= rows.at(index).at(0), qPrintable(rows.at(index).at(0)));
    }
    QCOMPARE(seen.size(), count);
}

QTEST_MAIN(TestAssetCli)
#include "test_assetcli.moc"
