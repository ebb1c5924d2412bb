// The printed ledger as a PDF: the text a PDF reader extracts (poppler's pdftotext) holds every asset's name,
// department and remarks exactly as stored, on a registry written with a wide range of everyday kanji; pages are
// counted right, no row is cut or lost, headings repeat, and the header and footer say what they must, in Japanese
// and in English. Every printed phrase comes from the catalogue of the language chosen for the print, whatever the
// UI speaks.
#include "pdftext.h"

#include "i18n/language.h"
#include "printing/ledgerdocument.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printfonts.h"
#include "printing/printlanguage.h"
#include "service/assetexport.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QFile>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every kanji of JIS level 1 (the 2,965 everyday kanji of JIS X 0208), read from their Shift_JIS codes, and the
// other characters Japanese ledgers are written with.
QString everydayCharacters()
{
    QString result;
    QStringDecoder decoder("Shift_JIS");
    for (int lead = 0x88; lead <= 0x98; ++lead) {
        for (int trail = 0x40; trail <= 0xFC; ++trail) {
            if (trail == 0x7F || (lead == 0x88 && trail < 0x9F) || (lead == 0x98 && trail > 0x72))
                continue;
            const char bytes[2] = {char(lead), char(trail)};
            const QString text = decoder.decode(QByteArrayView(bytes, 2));
            if (text.size() == 1 && text.at(0).unicode() >= 0x4E00)
                result += text;
        }
    }
    result += QString::fromUtf8("あいうえおかきくけこがぎぐげごさしすせそたちつてとなにぬねのはひふへほまみむめもや"
                                "ゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマ"
                                "ミムメモヤユヨラリルレロワヲンー・「」（）〈〉、。①②③㈱㈲髙﨑～０１２３ＡＢＣ");
    return result;
}

QString randomText(QRandomGenerator &random, const QString &pool, int minimum, int maximum)
{
    const int length = random.bounded(minimum, maximum + 1);
    QString text;
    for (int index = 0; index < length; ++index)
        text += pool.at(random.bounded(int(pool.size())));
    return text;
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    return text.remove(spaces);
}

// The text of one page as pdftotext extracts it.
QString pageText(const QString &path, int page)
{
    return PdfText::text(path, {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                QStringLiteral("-l"), QString::number(page)});
}

} // namespace

class TestLedgerPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void textStaysSearchable();
    void paginationKeepsEveryRowWhole_data();
    void paginationKeepsEveryRowWhole();
    void headerAndFooter_data();
    void headerAndFooter();
    void grouping();
    void emptySelection();
    void noPhraseOutsideTheCatalogue_data();
    void noPhraseOutsideTheCatalogue();

private:
    void fillJapanese(int count, int longRemarksEvery = 0);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QList<Asset> m_assets;
};

void TestLedgerPdf::initTestCase()
{
    if (PrintFonts::sourceFamily().isEmpty())
        QSKIP("Noto Sans CJK JP (fonts-noto-cjk) is not installed");
    if (!PdfText::available())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
}

void TestLedgerPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    Registry::CreateOptions options;
    options.organisation = QString::fromUtf8("株式会社サンプル　データ連携推進室");
    m_registry = Registry::create(m_dir->filePath(QStringLiteral("registry.sqlite")), options, &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_registry->setActor(QStringLiteral("tester@workstation"));
    m_assets.clear();
}

void TestLedgerPdf::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_registry.reset();
    m_dir.reset();
}

void TestLedgerPdf::fillJapanese(int count, int longRemarksEvery)
{
    const QString pool = everydayCharacters();
    QVERIFY(pool.size() > 2965);
    QRandomGenerator random(20260401);
    QStringList departments;
    static const char *const endings[] = {"部", "課", "室", "センター"};
    for (int index = 0; index < 25; ++index)
        departments << randomText(random, pool, 2, 6) + QString::fromUtf8(endings[index % 4]);
    QList<Asset> drafts;
    for (int index = 0; index < count; ++index) {
        Asset asset = m_registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = randomText(random, pool, 4, 16);
        if (index % 5 == 0)
            asset.name += QString::fromUtf8("（㈱髙﨑～①）");
        if (index % 7 == 0)
            asset.name = QStringLiteral("Partner API credentials ") + asset.name;
        asset.department = departments.at(random.bounded(int(departments.size())));
        asset.owner = randomText(random, pool, 2, 3) + QString::fromUtf8("　") + randomText(random, pool, 1, 3);
        asset.remarks = randomText(random, pool, 0, 60);
        if (longRemarksEvery > 0 && index % longRemarksEvery == 0)
            asset.remarks = randomText(random, pool, 300, 900);
        asset.businessCategory = randomText(random, pool, 2, 5);
        asset.storage = randomText(random, pool, 3, 10);
        asset.confidentiality = 1 + index % 2;
        asset.integrity = 1 + index % 2;
        asset.availability = 1 + (index / 2) % 2;
        drafts.append(asset);
    }
    const Result<int> created = m_registry->assets().createAssets(drafts);
    QVERIFY2(created.ok(), qPrintable(created.error));
    m_assets = m_registry->assets().page({}, {}, 0, count, nullptr);
    QCOMPARE(m_assets.size(), count);
}

void TestLedgerPdf::textStaysSearchable()
{
    fillJapanese(600);
    QVERIFY(!QTest::currentTestFailed());
    LedgerOptions options;
    options.language = QStringLiteral("ja");
    PagedDocument document;
    QString error;
    QVERIFY2(LedgerDocument::build(*m_registry, options, &document, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("ledger.pdf"));
    QVERIFY2(PagedTableRenderer::writePdf(document, path, &error), qPrintable(error));
    // The ledger holds the registry's data: owner-only, like the registry.
    QCOMPARE(QFile::permissions(path),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

    const QString text = withoutSpaces(PdfText::text(path));
    int missing = 0;
    for (const Asset &asset : std::as_const(m_assets)) {
        for (const QString &value : {asset.name, asset.department, asset.remarks}) {
            if (!text.contains(withoutSpaces(value))) {
                if (++missing <= 5)
                    qWarning() << asset.assetNo << "not found in the PDF text:" << value;
            }
        }
    }
    QCOMPARE(missing, 0);
}

void TestLedgerPdf::paginationKeepsEveryRowWhole_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("orientation");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape);
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait);
    QTest::newRow("A3 landscape") << int(QPageSize::A3) << int(QPageLayout::Landscape);
}

void TestLedgerPdf::paginationKeepsEveryRowWhole()
{
    QFETCH(int, paper);
    QFETCH(int, orientation);
    // Every 40th asset has remarks of hundreds of characters: tall rows that must move to the next page whole.
    fillJapanese(400, 40);
    QVERIFY(!QTest::currentTestFailed());
    LedgerOptions options;
    options.paper = QPageSize::PageSizeId(paper);
    options.orientation = QPageLayout::Orientation(orientation);
    options.grouping = LedgerOptions::Grouping::Department;
    PagedDocument document;
    QString error;
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    const QString path = m_dir->filePath(QStringLiteral("pages.pdf"));
    QVERIFY2(PagedTableRenderer::writePdf(document, path, &error), qPrintable(error));

    // Lay the same document out again on an identical device and check it slice by slice.
    QTemporaryDir scratch;
    QPdfWriter writer(scratch.filePath(QStringLiteral("layout.pdf")));
    writer.setPageLayout(document.pageLayout);
    PagedTableRenderer renderer(document);
    const int pages = renderer.paginate(&writer);
    QCOMPARE(PdfText::pages(path), pages);
    QVERIFY(pages > 1);

    const PagedTable &table = document.tables.constFirst();
    QList<int> linesPlaced(table.rows.size(), 0);
    QList<int> pagesOfRow(table.rows.size(), 0);
    for (int page = 0; page < pages; ++page) {
        const QRectF body = renderer.bodyRect(page);
        const QList<PagedTableRenderer::Slice> &slices = renderer.pages().at(page);
        QVERIFY(!slices.isEmpty());
        // Column headings open every page.
        QCOMPARE(slices.constFirst().part, PagedTableRenderer::Slice::Part::Headings);
        qreal bottom = body.top();
        for (const PagedTableRenderer::Slice &slice : slices) {
            QVERIFY2(slice.rect.top() >= bottom - 0.01, "slices overlap");
            QVERIFY2(slice.rect.bottom() <= body.bottom() + 0.01, "a slice runs into the footer");
            bottom = slice.rect.bottom();
            if (slice.part != PagedTableRenderer::Slice::Part::Row)
                continue;
            QCOMPARE(slice.firstLine, linesPlaced.at(slice.row));
            linesPlaced[slice.row] += slice.lineCount;
            ++pagesOfRow[slice.row];
        }
    }
    int split = 0;
    for (int row = 0; row < table.rows.size(); ++row) {
        QVERIFY2(linesPlaced.at(row) > 0, qPrintable(QStringLiteral("row %1 is missing").arg(row)));
        // Only a row taller than a whole page (less the headings) goes on over the next page.
        if (pagesOfRow.at(row) > 1) {
            QVERIFY(renderer.rowHeight(0, row) > renderer.bodyRect(1).height() - renderer.headingHeight(0));
            ++split;
        }
    }
    QVERIFY(split < table.rows.size() / 40 + 1);
    // Rows stay in order across pages and every asset number is printed exactly once.
    const QString text = PdfText::text(path);
    for (const Asset &asset : std::as_const(m_assets))
        QCOMPARE(text.count(asset.assetNo), 1);
}

void TestLedgerPdf::headerAndFooter_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::newRow("Japanese") << QStringLiteral("ja") << QString::fromUtf8("情報資産名称");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Asset name");
}

void TestLedgerPdf::headerAndFooter()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    fillJapanese(250);
    QVERIFY(!QTest::currentTestFailed());
    LedgerOptions options;
    options.language = language;
    options.banner = QString::fromUtf8("社外秘");
    options.filter.department = m_assets.constFirst().department;
    options.printedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 15));
    PagedDocument document;
    QString error;
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    // The UI language is back once the document is built.
    QCOMPARE(Language::instance().current().isEmpty() ? QStringLiteral("en") : Language::instance().current(),
             QStringLiteral("en"));
    options.filter = {};
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    const QString path = m_dir->filePath(QStringLiteral("header.pdf"));
    QVERIFY(PagedTableRenderer::writePdf(document, path, &error));
    const int pages = PdfText::pages(path);
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(path, page);
        QVERIFY2(text.contains(heading), qPrintable(QStringLiteral("page %1 has no column headings").arg(page)));
        QVERIFY2(text.contains(QString::fromUtf8("社外秘")),
                 qPrintable(QStringLiteral("page %1 has no banner").arg(page)));
        QVERIFY2(withoutSpaces(text).contains(withoutSpaces(m_registry->settings().organisation())),
                 qPrintable(QStringLiteral("page %1 has no organisation").arg(page)));
        // "Page n of N" in English, "n / N ページ" in Japanese: both hold n and N in that order.
        const QRegularExpression number(QStringLiteral("%1\\D{1,8}%2").arg(page).arg(pages));
        QVERIFY2(number.match(text).hasMatch(), qPrintable(QStringLiteral("page %1 has no page number").arg(page)));
    }
    // The title in the language of the print (whatever the translation says: the lead's pass fills it in).
    QString title;
    {
        PrintLanguage print(language);
        title = AssetExport::ledgerTitle();
    }
    const QString first = pageText(path, 1);
    QVERIFY(first.contains(title));
    QVERIFY(first.contains(QStringLiteral("2026")));
    QVERIFY(first.contains(QStringLiteral("10:15")));
}

void TestLedgerPdf::grouping()
{
    fillJapanese(120);
    QVERIFY(!QTest::currentTestFailed());
    LedgerOptions options;
    options.grouping = LedgerOptions::Grouping::Department;
    PagedDocument document;
    QString error;
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    const QList<PagedRow> &rows = document.tables.constFirst().rows;
    QHash<QString, int> expected;
    for (const Asset &asset : std::as_const(m_assets))
        ++expected[asset.department];
    int groups = 0;
    int departmentColumn = int(LedgerDocument::defaultColumns().indexOf(AssetField::Department));
    for (int index = 0; index < rows.size(); ++index) {
        if (rows.at(index).kind != PagedRow::Kind::Group)
            continue;
        ++groups;
        const QString department = rows.at(index + 1).cells.at(departmentColumn);
        QVERIFY(rows.at(index).cells.constFirst().contains(department));
        QVERIFY2(rows.at(index).cells.constFirst().contains(QString::number(expected.value(department))),
                 qPrintable(rows.at(index).cells.constFirst()));
        int members = 0;
        for (int row = index + 1; row < rows.size() && rows.at(row).kind == PagedRow::Kind::Cells; ++row) {
            QCOMPARE(rows.at(row).cells.at(departmentColumn), department);
            ++members;
        }
        QCOMPARE(members, expected.value(department));
    }
    QCOMPARE(groups, expected.size());
}

void TestLedgerPdf::emptySelection()
{
    LedgerOptions options;
    options.filter.department = QStringLiteral("no such department");
    PagedDocument document;
    QString error;
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    const QString path = m_dir->filePath(QStringLiteral("empty.pdf"));
    QVERIFY(PagedTableRenderer::writePdf(document, path, &error));
    QCOMPARE(PdfText::pages(path), 1);
    QVERIFY(PdfText::text(path).contains(QStringLiteral("No assets match the selection.")));
}

void TestLedgerPdf::noPhraseOutsideTheCatalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ui");
    QTest::newRow("English while the UI is Japanese") << "en"
                                                      << "ja";
    QTest::newRow("Japanese while the UI is English") << "ja"
                                                      << "en";
}

void TestLedgerPdf::noPhraseOutsideTheCatalogue()
{
    QFETCH(QString, language);
    QFETCH(QString, ui);
    // Assets in plain Latin letters, so that whatever is Japanese in an English print is the print's own wording.
    QStringList data = {m_registry->settings().organisation()};
    QList<Asset> drafts;
    for (int index = 0; index < 3; ++index) {
        Asset asset = m_registry->assets().newAsset();
        asset.retentionUntil = QDate(2031, 3, 31);
        asset.name = QStringLiteral("Payroll ledger %1").arg(index);
        asset.department = QStringLiteral("HR");
        asset.owner = QStringLiteral("Taro Yamada");
        asset.businessCategory = QStringLiteral("Payroll");
        asset.storage = QStringLiteral("File server");
        asset.remarks = QStringLiteral("Monthly");
        asset.confidentiality = 1 + index;
        asset.confidentialityRationale = QStringLiteral("Salaries");
        drafts.append(asset);
        data << asset.name << asset.department << asset.owner << asset.businessCategory << asset.storage
             << asset.remarks << asset.confidentialityRationale;
    }
    const Result<int> created = m_registry->assets().createAssets(drafts);
    QVERIFY2(created.ok(), qPrintable(created.error));
    for (const Asset &asset : m_registry->assets().page({}, {}, 0, 10, nullptr))
        data << asset.assetNo;
    std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

    QVERIFY(Language::instance().setLanguage(ui, false));
    LedgerOptions options;
    options.language = language;
    options.approvalBoxes = true;
    options.printedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 15));
    PagedDocument document;
    QString error;
    QVERIFY2(LedgerDocument::build(*m_registry, options, &document, &error), qPrintable(error));
    QCOMPARE(Language::instance().current(), ui);
    const QString path = m_dir->filePath(QStringLiteral("language.pdf"));
    QVERIFY2(PagedTableRenderer::writePdf(document, path, &error), qPrintable(error));
    QString text = withoutSpaces(PdfText::text(path));
    QVERIFY(!text.isEmpty());
    for (const QString &value : std::as_const(data))
        text.remove(withoutSpaces(value));
    if (language == QLatin1String("en")) {
        static const QRegularExpression japanese(
            QStringLiteral("[\\x{3000}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"));
        const QRegularExpressionMatch match = japanese.match(text);
        QVERIFY2(!match.hasMatch(),
                 qPrintable(QStringLiteral("Japanese '%1' in the English ledger:\n%2").arg(match.captured(), text)));
        QVERIFY(text.contains(QStringLiteral("Informationassetregister")));
    } else {
        // Latin words left are English phrases; only the name of the scheme (IPA) is one in Japanese too.
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
        for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured();
            QVERIFY2(found == QLatin1String("IPA"),
                     qPrintable(QStringLiteral("English '%1' in the Japanese ledger:\n%2").arg(found, text)));
        }
        // The catalogue's terms: the title, the headings, the approval boxes; and the banner, the registry's label
        // (in Japanese) of the most confidential asset printed.
        for (const char *term : {"情報資産管理台帳", "管理番号", "重要度", "格付け基準", "承認", "確認", "作成"})
            QVERIFY2(text.contains(QString::fromUtf8(term)), term);
        QVERIFY2(
            QStringList({QString::fromUtf8("関係者限り"), QString::fromUtf8("組織外秘"), QString::fromUtf8("一般")})
                .contains(document.header.banner),
            qPrintable(document.header.banner));
        QVERIFY(text.contains(document.header.banner));
    }
}

QTEST_MAIN(TestLedgerPdf)
#include "test_ledgerpdf.moc"
