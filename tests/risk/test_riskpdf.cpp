// The printed risk documents (design/risk.md "Outputs"): リスク分析結果一覧, リスク対応計画 and 残留リスク受容記録 as
// PDF, read back with poppler's pdftotext, in Japanese and in English: the title, the approval boxes and the risk
// criteria in force on the first page, the entries each document is about (and not the others) with their values,
// planned controls, people and dates; and the command line's risk print and risk export.
#include "riskscenario.h"

#include "clirunner.h"
#include "pdftext.h"

#include "i18n/language.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printfonts.h"
#include "printing/riskdocument.h"
#include "service/riskexport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString withoutSpaces(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text.remove(spaces);
}

} // namespace

class TestRiskPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void documents_data();
    void documents();
    void criteriaFollowTheRegistry();
    void commandLine();

private:
    QString print(const RiskPrintOptions &options, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    RiskScenario::Entries m_entries;
};

void TestRiskPdf::initTestCase()
{
    if (PrintFonts::sourceFamily().isEmpty())
        QSKIP("Noto Sans CJK JP (fonts-noto-cjk) is not installed");
    if (!PdfText::available())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
}

void TestRiskPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
    m_entries = RiskScenario::build(*m_registry);
    QVERIFY(!m_entries.accepted.isEmpty());
}

void TestRiskPdf::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_registry.reset();
    m_dir.reset();
}

QString TestRiskPdf::print(const RiskPrintOptions &options, const QString &name)
{
    PagedDocument document;
    QString error;
    if (!RiskDocument::build(*m_registry, options, &document, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString path = m_dir->filePath(name);
    if (!PagedTableRenderer::writePdf(document, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestRiskPdf::documents_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");   // the first three on the first page
    QTest::addColumn<QStringList>("entries");    // these entries are in it
    QTest::addColumn<QStringList>("notEntries"); // these are not
    const auto kind = [](RiskPrintOptions::Kind value) { return int(value); };
    QTest::newRow("analysis ja") << QStringLiteral("ja") << kind(RiskPrintOptions::Kind::Analysis)
                                 << QStringList{QStringLiteral("リスク分析結果一覧"),
                                                QStringLiteral("承認"),
                                                QStringLiteral("確認"),
                                                QStringLiteral("作成"),
                                                QStringLiteral("適用するリスク基準"),
                                                QStringLiteral("被害発生可能性"),
                                                QStringLiteral("大:6–9、中:4–5、小:1–3"),
                                                QStringLiteral("住民基本台帳データ"),
                                                QStringLiteral("外部からの不正アクセス")}
                                 << QStringList{QStringLiteral("high"), QStringLiteral("transferred"),
                                                QStringLiteral("accepted")}
                                 << QStringList{};
    QTest::newRow("analysis en") << QStringLiteral("en") << kind(RiskPrintOptions::Kind::Analysis)
                                 << QStringList{QStringLiteral("Risk Analysis Results"),
                                                QStringLiteral("ApprovedCheckedPrepared"),
                                                QStringLiteral("Risk criteria in force"),
                                                QStringLiteral("High: 6–9, Medium: 4–5, Low: 1–3"),
                                                QStringLiteral("Unauthorised access from outside")}
                                 << QStringList{QStringLiteral("high"), QStringLiteral("accepted")} << QStringList{};
    QTest::newRow("plan ja") << QStringLiteral("ja") << kind(RiskPrintOptions::Kind::Plan)
                             << QStringList{QStringLiteral("リスク対応計画"),
                                            QStringLiteral("承認"),
                                            QStringLiteral("適用するリスク基準"),
                                            QStringLiteral("多要素認証を導入する"),
                                            QStringLiteral("TEC-01"),
                                            QStringLiteral("情報システム課鈴木"),
                                            QStringLiteral("回線事業者"),
                                            QStringLiteral("低減"),
                                            QStringLiteral("移転（共有）")}
                             << QStringList{QStringLiteral("high"), QStringLiteral("transferred")}
                             << QStringList{QStringLiteral("accepted")};
    QTest::newRow("plan en") << QStringLiteral("en") << kind(RiskPrintOptions::Kind::Plan)
                             << QStringList{QStringLiteral("Risk Treatment Plan"),
                                            QStringLiteral("ApprovedCheckedPrepared"),
                                            QStringLiteral("Risk criteria in force"),
                                            QStringLiteral("Planned controls"), QStringLiteral("Reduce")}
                             << QStringList{QStringLiteral("high")} << QStringList{QStringLiteral("accepted")};
    QTest::newRow("acceptance ja") << QStringLiteral("ja") << kind(RiskPrintOptions::Kind::Acceptance)
                                   << QStringList{QStringLiteral("残留リスク受容記録"),
                                                  QStringLiteral("承認"),
                                                  QStringLiteral("適用するリスク基準"),
                                                  QStringLiteral("影響が小さく対策費用に見合わない"),
                                                  QStringLiteral("施設課長佐藤"),
                                                  QStringLiteral("資産の管理責任者"),
                                                  QStringLiteral("受容済")}
                                   << QStringList{QStringLiteral("accepted")}
                                   << QStringList{QStringLiteral("high"), QStringLiteral("transferred")};
    QTest::newRow("acceptance en") << QStringLiteral("en") << kind(RiskPrintOptions::Kind::Acceptance)
                                   << QStringList{QStringLiteral("Residual Risk Acceptance Record"),
                                                  QStringLiteral("ApprovedCheckedPrepared"),
                                                  QStringLiteral("Risk criteria in force"),
                                                  QStringLiteral("Reason for acceptance"),
                                                  QStringLiteral("Asset owner"),
                                                  QStringLiteral("Accepted")}
                                   << QStringList{QStringLiteral("accepted")} << QStringList{QStringLiteral("high")};
}

void TestRiskPdf::documents()
{
    QFETCH(QString, language);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, notEntries);
    RiskPrintOptions options;
    options.kind = RiskPrintOptions::Kind(kind);
    options.language = language;
    const QString path = print(options, QStringLiteral("risk.pdf"));
    QVERIFY(!path.isEmpty());
    const QString first =
        withoutSpaces(PdfText::text(path, {QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("1"),
                                           QStringLiteral("-l"), QStringLiteral("1")}));
    const QString all = withoutSpaces(PdfText::text(path));
    // The title, the approval boxes and the criteria are on the first page; the entries wherever they fall.
    for (int index = 0; index < expected.size(); ++index) {
        const QString &text = index < 3 ? first : all;
        QVERIFY2(text.contains(withoutSpaces(expected.at(index))),
                 qPrintable(expected.at(index) + QStringLiteral(" not in: ") + text));
    }
    const QHash<QString, QString> numbers{{QStringLiteral("high"), m_entries.high},
                                          {QStringLiteral("transferred"), m_entries.transferred},
                                          {QStringLiteral("accepted"), m_entries.accepted}};
    for (const QString &entry : entries)
        QVERIFY2(all.contains(numbers.value(entry)), qPrintable(entry));
    for (const QString &entry : notEntries)
        QVERIFY2(!all.contains(numbers.value(entry)), qPrintable(entry));
    // The print's language does not stay: the application speaks English again.
    QCOMPARE(Language::instance().current(), QStringLiteral("en"));
}

void TestRiskPdf::criteriaFollowTheRegistry()
{
    RiskCriteria criteria = RiskCriteria::defaults(QStringLiteral("product"));
    criteria.reviewMonths = 24;
    QVERIFY(m_registry->risks().setCriteria(criteria));
    RiskPrintOptions options;
    options.language = QStringLiteral("en");
    options.approvalBoxes = false;
    const QString path = print(options, QStringLiteral("product.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = withoutSpaces(PdfText::text(path));
    QVERIFY2(text.contains(withoutSpaces(QStringLiteral("Importance × threat × vulnerability"))), qPrintable(text));
    QVERIFY(text.contains(withoutSpaces(QStringLiteral("High: 18–27, Medium: 8–17, Low: 1–7"))));
    QVERIFY(text.contains(withoutSpaces(QStringLiteral("24 months"))));
    QVERIFY(!text.contains(QStringLiteral("Prepared")));
}

void TestRiskPdf::commandLine()
{
    const QString database = m_registry->path();
    m_registry.reset();
    const QString pdf = m_dir->filePath(QStringLiteral("plan.pdf"));
    const CliRun printed = CliRunner::run(
        database, {QStringLiteral("risk"), QStringLiteral("print"), QStringLiteral("--kind"), QStringLiteral("plan"),
                   QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(printed.status == 0, qPrintable(printed.err));
    QVERIFY(withoutSpaces(PdfText::text(pdf)).contains(QStringLiteral("リスク対応計画")));
    const CliRun badKind =
        CliRunner::run(database, {QStringLiteral("risk"), QStringLiteral("print"), QStringLiteral("--kind"),
                                  QStringLiteral("summary"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(badKind.status, 2);
    QVERIFY2(badKind.err.contains(QStringLiteral("analysis, plan or acceptance")), qPrintable(badKind.err));

    const QString csv = m_dir->filePath(QStringLiteral("risks.csv"));
    const CliRun exported = CliRunner::run(database, {QStringLiteral("risk"), QStringLiteral("export"), csv,
                                                      QStringLiteral("--level"), QStringLiteral("high")});
    QVERIFY2(exported.status == 0, qPrintable(exported.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QChar(0xFEFF)) || text.startsWith(QStringLiteral("Risk No.")));
    QVERIFY(text.contains(m_entries.high));
    QVERIFY(!text.contains(m_entries.accepted));
    const CliRun badFile = CliRunner::run(
        database, {QStringLiteral("risk"), QStringLiteral("export"), m_dir->filePath(QStringLiteral("risks.json"))});
    QCOMPARE(badFile.status, 2);
}

QTEST_MAIN(TestRiskPdf)
#include "test_riskpdf.moc"
