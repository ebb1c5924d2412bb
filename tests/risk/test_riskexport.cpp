// The risk register as CSV and XLSX (design/risk.md "Outputs"): the IPA-like columns in their order, in English and
// in Japanese, and the values of an assessed, planned, transferred and accepted entry as stored; the filter selects
// the rows; a file CP932 cannot hold is refused and nothing is written.
#include "riskscenario.h"

#include "i18n/language.h"
#include "io/csvreader.h"
#include "io/sheetdata.h"
#include "io/textencoding.h"
#include "io/xlsxsheetwriter.h"
#include "io/xlsxworkbookreader.h"
#include "service/riskexport.h"

#include <QFile>
#include <QTemporaryDir>

class TestRiskExport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headings_data();
    void headings();
    void csvValues();
    void xlsxValues();
    void filterSelectsRows();
    void cp932Refused();

private:
    QList<QStringList> readCsv(const QString &path) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    RiskScenario::Entries m_entries;
};

void TestRiskExport::init()
{
    QVERIFY(Language::instance().setLanguage(QStringLiteral("en"), false));
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_entries = RiskScenario::build(*m_registry);
    QVERIFY(!m_entries.accepted.isEmpty());
}

void TestRiskExport::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_registry.reset();
    m_dir.reset();
}

QList<QStringList> TestRiskExport::readCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text;
    QString detected;
    QString error;
    if (!TextEncoding::decode(file.readAll(), &text, &detected, &error))
        return {};
    SheetData sheet;
    if (!CsvReader::parse(text, &sheet, &error))
        return {};
    return sheet.rows;
}

void TestRiskExport::headings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringList{QStringLiteral("Risk No."),
                                                               QStringLiteral("Asset No."),
                                                               QStringLiteral("Asset name"),
                                                               QStringLiteral("Importance"),
                                                               QStringLiteral("Threat"),
                                                               QStringLiteral("Risk scenario"),
                                                               QStringLiteral("Threat likelihood"),
                                                               QStringLiteral("Vulnerability"),
                                                               QStringLiteral("Likelihood of damage"),
                                                               QStringLiteral("Risk value"),
                                                               QStringLiteral("Risk level"),
                                                               QStringLiteral("Treatment"),
                                                               QStringLiteral("Treatment plan"),
                                                               QStringLiteral("Residual risk"),
                                                               QStringLiteral("Risk owner"),
                                                               QStringLiteral("Approver"),
                                                               QStringLiteral("Next review"),
                                                               QStringLiteral("Status")};
    // IPA's words: 情報資産名称, 重要度, 脅威, 起こりやすさ, 脆弱性, 被害発生可能性, リスク値, 大きさ, 対応, 対応計画,
    // 残留リスク, 所有者, 承認者, 見直し日.
    QTest::newRow("ja") << QStringLiteral("ja")
                        << QStringList{QStringLiteral("リスク番号"),
                                       QStringLiteral("管理番号"),
                                       QStringLiteral("情報資産名称"),
                                       QStringLiteral("重要度"),
                                       QStringLiteral("脅威"),
                                       QStringLiteral("リスクの内容"),
                                       QStringLiteral("脅威の起こりやすさ"),
                                       QStringLiteral("脆弱性"),
                                       QStringLiteral("被害発生可能性"),
                                       QStringLiteral("リスク値"),
                                       QStringLiteral("リスクの大きさ"),
                                       QStringLiteral("リスク対応"),
                                       QStringLiteral("リスク対応計画"),
                                       QStringLiteral("残留リスク"),
                                       QStringLiteral("リスク所有者"),
                                       QStringLiteral("受容承認者"),
                                       QStringLiteral("次回見直し日"),
                                       QStringLiteral("状態")};
}

void TestRiskExport::headings()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QVERIFY(Language::instance().setLanguage(language, false));
    const QString path = m_dir->filePath(QStringLiteral("risks.csv"));
    const Result<qint64> written = RiskExport::write(*m_registry, path, {});
    QVERIFY2(written, qPrintable(written.error));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.value(0), expected);
    QCOMPARE(rows.size() - 1, *written);
    QCOMPARE(*written, *m_registry->risks().count(RiskFilter{}));
}

void TestRiskExport::csvValues()
{
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    const QString path = m_dir->filePath(QStringLiteral("risks.csv"));
    QVERIFY(RiskExport::write(*m_registry, path, {}));
    const QList<QStringList> rows = readCsv(path);
    QHash<QString, QStringList> byNo;
    for (const QStringList &row : rows.mid(1))
        byNo.insert(row.value(0), row);
    const Risk risk = *m_registry->risks().byNo(m_entries.high);
    const QStringList high = byNo.value(m_entries.high);
    QCOMPARE(high.value(1), risk.assetNo);
    QCOMPARE(high.value(2), QStringLiteral("住民基本台帳データ"));
    QCOMPARE(high.value(3), QStringLiteral("3"));
    QCOMPARE(high.value(4), QStringLiteral("T-INT-01 外部からの不正アクセス"));
    QCOMPARE(high.value(6), QStringLiteral("3"));
    QCOMPARE(high.value(7), QStringLiteral("3"));
    QCOMPARE(high.value(8), QStringLiteral("3"));
    QCOMPARE(high.value(9), QStringLiteral("9"));
    QCOMPARE(high.value(10), QStringLiteral("大"));
    QCOMPARE(high.value(11), QStringLiteral("低減"));
    QCOMPARE(high.value(12), QStringLiteral("多要素認証を導入する"));
    QCOMPARE(high.value(14), QStringLiteral("総務課長 髙橋"));
    QCOMPARE(high.value(16), risk.nextReview.toString(Qt::ISODate));
    QCOMPARE(high.value(17), QStringLiteral("対応計画済"));

    const QStringList transferred = byNo.value(m_entries.transferred);
    QCOMPARE(transferred.value(11), QStringLiteral("移転（共有）"));
    QVERIFY2(transferred.value(12).contains(QStringLiteral("回線事業者")), qPrintable(transferred.value(12)));

    const Risk acceptedRisk = *m_registry->risks().byNo(m_entries.accepted);
    const QStringList accepted = byNo.value(m_entries.accepted);
    QCOMPARE(accepted.value(9), QString::number(acceptedRisk.riskValue));
    QCOMPARE(accepted.value(10), QStringLiteral("小"));
    QCOMPARE(accepted.value(11), QStringLiteral("受容（保有）"));
    QCOMPARE(accepted.value(15), QStringLiteral("施設課長 佐藤"));
    QCOMPARE(accepted.value(17), QStringLiteral("受容済"));
}

void TestRiskExport::xlsxValues()
{
    const QString path = m_dir->filePath(QStringLiteral("risks.xlsx"));
    RiskExport::Options options;
    QVERIFY(RiskExport::formatOfPath(path, &options.format));
    QCOMPARE(options.format, RiskExport::Format::Xlsx);
    const Result<qint64> written = RiskExport::write(*m_registry, path, options);
    QVERIFY2(written, qPrintable(written.error));
    XlsxWorkbookReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    SheetData sheet;
    QVERIFY2(reader.readSheet(reader.firstVisibleSheet(), &sheet, &error), qPrintable(error));
    // The title block, then the header row, then one row per entry.
    int header = -1;
    for (int row = 0; row < sheet.rows.size(); ++row) {
        if (sheet.rows.at(row).value(0) == QLatin1String("Risk No.")) {
            header = row;
            break;
        }
    }
    QVERIFY(header >= 0);
    QCOMPARE(sheet.rows.at(header), RiskExport::headings());
    QCOMPARE(sheet.rows.size() - header - 1, *written);
    bool found = false;
    for (const QStringList &row : sheet.rows.mid(header + 1)) {
        if (row.value(0) != m_entries.high)
            continue;
        found = true;
        QCOMPARE(row.value(2), QStringLiteral("住民基本台帳データ"));
        QCOMPARE(row.value(9), QStringLiteral("9"));
        QCOMPARE(row.value(10), QStringLiteral("High"));
        QCOMPARE(row.value(11), QStringLiteral("Reduce"));
        QCOMPARE(row.value(16), m_registry->risks().byNo(m_entries.high)->nextReview.toString(Qt::ISODate));
    }
    QVERIFY(found);
}

void TestRiskExport::filterSelectsRows()
{
    const QString path = m_dir->filePath(QStringLiteral("high.csv"));
    RiskExport::Options options;
    options.filter.level = QStringLiteral("high");
    options.filter.status = QStringLiteral("open");
    const Result<qint64> written = RiskExport::write(*m_registry, path, options);
    QVERIFY2(written, qPrintable(written.error));
    QCOMPARE(*written, *m_registry->risks().count(options.filter));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size() - 1, *written);
    for (const QStringList &row : rows.mid(1))
        QCOMPARE(row.value(10), QStringLiteral("High"));
}

void TestRiskExport::cp932Refused()
{
    // 𠮷 is not in Shift_JIS: the export is refused and no file appears.
    Risk draft;
    draft.assetId = m_entries.residentsId;
    draft.threatId = m_registry->threats().byCode(QStringLiteral("T-NEG-11"))->id;
    const Result<QList<Risk>> existing = m_registry->risks().list([&] {
        RiskFilter filter;
        filter.assetId = draft.assetId;
        filter.threatId = draft.threatId;
        return filter;
    }());
    QVERIFY(existing && !existing->isEmpty());
    RiskService::Assessment assessment;
    assessment.likelihood = 1;
    assessment.likelihoodRationale = QStringLiteral("𠮷野家の前例");
    assessment.vulnerability = 1;
    assessment.vulnerabilityRationale = QStringLiteral("点検済み");
    assessment.scenario = QStringLiteral("𠮷田さんの監査が形だけになる");
    QVERIFY(m_registry->risks().assess(existing->constFirst().riskNo, assessment));
    const QString path = m_dir->filePath(QStringLiteral("sjis.csv"));
    RiskExport::Options options;
    options.encoding = TextEncoding::Encoding::Cp932;
    const Result<qint64> written = RiskExport::write(*m_registry, path, options);
    QVERIFY(!written);
    QVERIFY2(written.error.contains(QStringLiteral("U+20BB7")), qPrintable(written.error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestRiskExport)
#include "test_riskexport.moc"
