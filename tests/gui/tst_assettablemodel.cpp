// AssetTableModel: checked by QAbstractItemModelTester over a registry of a few thousand synthetic assets; sorting
// and filtering run in SQL and change the rows shown; pages are fetched only for the rows asked for and the cache
// stays bounded.
#include "models/assettablemodel.h"
#include "service/assetservice.h"
#include "service/settingsservice.h"
#include "testregistry.h"
#include "widgets/assettableview.h"

#include "domain/assetcodes.h"
#include "domain/assetfield.h"
#include "i18n/language.h"
#include "service/assetvalues.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

constexpr int kAssets = 3000;

bool searchMatches(const Asset &asset, const QString &word)
{
    // Words of one or two characters are looked up in the short fields people search by (migration 1, asset_grams);
    // longer words in every text field.
    const QStringList fields =
        word.size() < 3
            ? QStringList{asset.assetNo, asset.name, asset.businessCategory, asset.department, asset.owner}
            : QStringList{asset.assetNo, asset.name,    asset.remarks,  asset.businessCategory, asset.department,
                          asset.owner,   asset.storage, asset.provider, asset.contractor,       asset.userScope};
    for (const QString &text : fields) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestAssetTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryAssetOnce();
    void sortsInSql_data();
    void sortsInSql();
    void filters_data();
    void filters();
    void searchFindsShortAndLongWords_data();
    void searchFindsShortAndLongWords();
    void largeMatchesAreCountedInTheBackground();
    void fetchesOnlyPagesAskedFor();
    void cacheStaysBounded();
    void seekingOnMatchesOffsets_data();
    void seekingOnMatchesOffsets();
    void viewFetchesOnlyVisibleRows();
    void draggingScrollBarReadsWhereReleased();
    void findsRowOfAsset_data();
    void findsRowOfAsset();
    void refreshShowsNewAsset();
    void headersFollowLanguage();
    void damagedPageIsReported();

private:
    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Registry> m_registry;
    QList<Asset> m_all;
    AssetTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAssetTableModel::initTestCase()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    // Generated once; each test works on its own copy of the file.
    QVERIFY(m_template.isValid());
    QVERIFY(TestRegistry::create(m_template, kAssets));
}

void TestAssetTableModel::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("registry.sqlite")),
                        m_dir->filePath(QStringLiteral("registry.sqlite"))));
    QString error;
    m_registry = Registry::open(m_dir->filePath(QStringLiteral("registry.sqlite")), &error);
    QVERIFY2(m_registry, qPrintable(error));
    m_all = m_registry->assets().page(AssetFilter{}, AssetSort{}, 0, kAssets + 10, nullptr);
    QCOMPARE(m_all.size(), kAssets);
    m_model = new AssetTableModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRegistry(m_registry.get());
}

void TestAssetTableModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
    m_registry.reset();
    m_all.clear();
    delete m_dir;
    m_dir = nullptr;
}

void TestAssetTableModel::showsEveryAssetOnce()
{
    QCOMPARE(m_model->rowCount(), kAssets);
    QCOMPARE(m_model->columnCount(), int(AssetField::Count));
    QCOMPARE(m_model->shownCount(), qint64(kAssets));
    QCOMPARE(m_model->totalCount(), qint64(kAssets));
    // Default order: asset number ascending, as registered.
    QCOMPARE(m_model->data(m_model->index(0, AssetField::AssetNo)).toString(), QStringLiteral("IA-000001"));
    QCOMPARE(m_model->data(m_model->index(kAssets - 1, AssetField::AssetNo)).toString(), QStringLiteral("IA-003000"));
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->data(m_model->index(row, 0), AssetTableModel::AssetIdRole).toLongLong());
    QCOMPARE(ids.size(), kAssets);
    // Cells show what people read: translated codes, scheme labels.
    const Asset first = m_all.constFirst();
    QCOMPARE(m_model->data(m_model->index(0, AssetField::AssetType)).toString(),
             AssetCodes::assetTypeName(first.assetType));
    QCOMPARE(m_model->data(m_model->index(0, AssetField::Label)).toString(),
             m_registry->settings().handlingLabel(first.confidentiality));
}

void TestAssetTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name ascending") << int(AssetField::Name) << Qt::AscendingOrder;
    QTest::newRow("name descending") << int(AssetField::Name) << Qt::DescendingOrder;
    QTest::newRow("importance descending") << int(AssetField::Importance) << Qt::DescendingOrder;
    QTest::newRow("department ascending") << int(AssetField::Department) << Qt::AscendingOrder;
    QTest::newRow("asset no descending") << int(AssetField::AssetNo) << Qt::DescendingOrder;
    QTest::newRow("next review ascending") << int(AssetField::NextReview) << Qt::AscendingOrder;
    QTest::newRow("subject count descending") << int(AssetField::SubjectCount) << Qt::DescendingOrder;
}

void TestAssetTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const ClassificationScheme &scheme = m_registry->scheme();
    auto key = [&](int row) {
        const std::optional<Asset> asset = m_model->assetAt(row);
        return asset ? AssetValues::raw(*asset, AssetField::Id(column), scheme) : QString();
    };
    m_model->sort(column, order);
    QCOMPARE(m_model->rowCount(), kAssets);
    auto numeric = [&](const QString &text) { return text.isEmpty() ? -1.0 : text.toDouble(); };
    const bool isNumber = column == AssetField::Importance || column == AssetField::SubjectCount;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QString before = key(row - 1);
        const QString after = key(row);
        const bool inOrder = isNumber ? (order == Qt::AscendingOrder ? numeric(before) <= numeric(after)
                                                                     : numeric(before) >= numeric(after))
                                      : (order == Qt::AscendingOrder ? before <= after : before >= after);
        if (!inOrder)
            QFAIL(qPrintable(QStringLiteral("rows %1 and %2 out of order: '%3' then '%4'")
                                 .arg(row - 1)
                                 .arg(row)
                                 .arg(before, after)));
    }
    // Sorting reorders; it does not count again or lose rows.
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->assetAt(row)->id);
    QCOMPARE(ids.size(), kAssets);
}

void TestAssetTableModel::filters_data()
{
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("assetType");
    QTest::addColumn<int>("importance");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("personalInfo");
    QTest::newRow("department") << QStringLiteral("総務部") << QString() << 0 << QString() << QString();
    QTest::newRow("asset type") << QString() << QStringLiteral("paper") << 0 << QString() << QString();
    QTest::newRow("importance 3") << QString() << QString() << 3 << QString() << QString();
    QTest::newRow("importance 1") << QString() << QString() << 1 << QString() << QString();
    QTest::newRow("status stored") << QString() << QString() << 0 << QStringLiteral("stored") << QString();
    QTest::newRow("any personal information") << QString() << QString() << 0 << QString() << QStringLiteral("any");
    QTest::newRow("no personal information") << QString() << QString() << 0 << QString() << QStringLiteral("none");
    QTest::newRow("my number") << QString() << QString() << 0 << QString() << QStringLiteral("my_number");
    QTest::newRow("combined") << QStringLiteral("人事部") << QStringLiteral("information") << 3 << QString()
                              << QStringLiteral("any");
}

void TestAssetTableModel::filters()
{
    QFETCH(QString, department);
    QFETCH(QString, assetType);
    QFETCH(int, importance);
    QFETCH(QString, status);
    QFETCH(QString, personalInfo);
    auto matches = [&](const Asset &asset) {
        return (department.isEmpty() || asset.department == department) &&
               (assetType.isEmpty() || asset.assetType == assetType) &&
               (importance == 0 || asset.importance() == importance) && (status.isEmpty() || asset.status == status) &&
               (personalInfo.isEmpty() || (personalInfo == QLatin1String("any") ? asset.personalInfo != "none"
                                                                                : asset.personalInfo == personalInfo));
    };
    int expected = 0;
    for (const Asset &asset : std::as_const(m_all))
        expected += matches(asset) ? 1 : 0;
    QVERIFY2(expected > 0 && expected < kAssets, "the synthetic registry should give a real subset");

    QSignalSpy counts(m_model, &AssetTableModel::countsChanged);
    AssetFilter filter;
    filter.department = department;
    filter.assetType = assetType;
    filter.importance = importance;
    filter.status = status;
    filter.personalInfo = personalInfo;
    m_model->setFilter(filter);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.constFirst().at(0).toLongLong(), qint64(expected));
    QCOMPARE(counts.constFirst().at(1).toLongLong(), qint64(kAssets));
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY2(matches(*m_model->assetAt(row)), qPrintable(m_model->assetAt(row)->assetNo));

    m_model->setFilter(AssetFilter{});
    QCOMPARE(m_model->rowCount(), kAssets);
}

void TestAssetTableModel::searchFindsShortAndLongWords_data()
{
    QTest::addColumn<QString>("words");
    // Two characters are matched by a scan, three or more through the trigram index; both must agree with the text.
    QTest::newRow("two characters") << QStringLiteral("給与");
    QTest::newRow("three characters") << QStringLiteral("総務部");
    QTest::newRow("latin, other case") << QStringLiteral("customer");
    QTest::newRow("two words") << QStringLiteral("名簿 総務");
    QTest::newRow("asset number") << QStringLiteral("IA-00012");
}

void TestAssetTableModel::searchFindsShortAndLongWords()
{
    QFETCH(QString, words);
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int expected = 0;
    for (const Asset &asset : std::as_const(m_all)) {
        bool all = true;
        for (const QString &word : parts)
            all = all && searchMatches(asset, word);
        expected += all ? 1 : 0;
    }
    QVERIFY2(expected > 0, "the search should find something in the synthetic registry");
    AssetFilter filter;
    filter.search = words;
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const QString &word : parts)
            QVERIFY(searchMatches(*m_model->assetAt(row), word));
    }
}

void TestAssetTableModel::largeMatchesAreCountedInTheBackground()
{
    const auto expectedFor = [this](const QString &word) {
        int expected = 0;
        for (const Asset &asset : std::as_const(m_all))
            expected += searchMatches(asset, word) ? 1 : 0;
        return expected;
    };
    const int many = expectedFor(QStringLiteral("IA"));
    QVERIFY2(many > 1000, "every asset number holds IA");
    m_model->setCountCap(100);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(m_model, &AssetTableModel::countsChanged);
    AssetFilter filter;
    filter.search = QStringLiteral("IA");
    m_model->setFilter(filter);
    // The first rows at once, the exact count a moment later, from the worker.
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(!m_model->isCountExact());
    QVERIFY(m_model->assetAt(0));
    QTRY_VERIFY(m_model->isCountExact());
    QCOMPARE(m_model->rowCount(), many);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 100);
    QCOMPARE(inserted.at(0).at(2).toInt(), many - 1);
    QCOMPARE(counts.constLast().at(0).toLongLong(), qint64(many));
    // Every row can be read, the last one too.
    QVERIFY(searchMatches(*m_model->assetAt(many - 1), QStringLiteral("IA")));

    // Typing on: the count of the first word is dropped, only the latest filter's count arrives.
    const int fewer = expectedFor(QStringLiteral("給与"));
    QVERIFY(fewer > 0);
    filter.search = QStringLiteral("I");
    m_model->setFilter(filter);
    QVERIFY(!m_model->isCountExact());
    filter.search = QStringLiteral("給与");
    m_model->setFilter(filter);
    QTRY_VERIFY(m_model->isCountExact());
    QTest::qWait(200);
    QCOMPARE(m_model->rowCount(), fewer);
    // A registry that goes takes its running count with it.
    filter.search = QStringLiteral("IA");
    m_model->setFilter(filter);
    QVERIFY(!m_model->isCountExact());
    m_model->setRegistry(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QTest::qWait(200);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAssetTableModel::fetchesOnlyPagesAskedFor()
{
    // The tester reads rows on its own; here every fetch is counted.
    delete m_tester;
    m_tester = nullptr;
    m_model->refresh();
    QCOMPARE(m_model->pagesFetched(), 0);
    QCOMPARE(m_model->cachedPageCount(), 0);
    m_model->data(m_model->index(0, AssetField::Name));
    m_model->data(m_model->index(10, AssetField::Owner));
    QCOMPARE(m_model->pagesFetched(), 1);
    m_model->data(m_model->index(kAssets - 1, AssetField::Name));
    QCOMPARE(m_model->pagesFetched(), 2);
    // Cached pages are not read again.
    m_model->data(m_model->index(1, AssetField::Name));
    m_model->data(m_model->index(kAssets - 2, AssetField::Name));
    QCOMPARE(m_model->pagesFetched(), 2);
    // A new sort or filter starts from an empty cache.
    m_model->sort(AssetField::Name, Qt::DescendingOrder);
    QCOMPARE(m_model->cachedPageCount(), 0);
    QCOMPARE(m_model->pagesFetched(), 0);
}

void TestAssetTableModel::cacheStaysBounded()
{
    m_model->setPaging(50, 4);
    QCOMPARE(m_model->rowCount(), kAssets);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->data(m_model->index(row, AssetField::AssetNo)).isValid());
        QVERIFY(m_model->cachedPageCount() <= 4);
    }
    QCOMPARE(m_model->pagesFetched(), kAssets / 50);
    // The most recently used pages are kept, the oldest dropped.
    m_model->data(m_model->index(kAssets - 1, 0));
    QCOMPARE(m_model->pagesFetched(), kAssets / 50);
    m_model->data(m_model->index(0, 0));
    QCOMPARE(m_model->pagesFetched(), kAssets / 50 + 1);
    QCOMPARE(m_model->data(m_model->index(0, AssetField::AssetNo)).toString(), QStringLiteral("IA-000001"));
}

void TestAssetTableModel::seekingOnMatchesOffsets_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("asset no") << int(AssetField::AssetNo) << Qt::AscendingOrder << false;
    QTest::newRow("asset no descending, filtered") << int(AssetField::AssetNo) << Qt::DescendingOrder << true;
    QTest::newRow("name") << int(AssetField::Name) << Qt::AscendingOrder << false;
    QTest::newRow("department descending") << int(AssetField::Department) << Qt::DescendingOrder << false;
    QTest::newRow("importance, filtered") << int(AssetField::Importance) << Qt::AscendingOrder << true;
    QTest::newRow("handling label") << int(AssetField::Label) << Qt::DescendingOrder << false;
    QTest::newRow("subject count (empty values first)") << int(AssetField::SubjectCount) << Qt::AscendingOrder << false;
    QTest::newRow("subject count descending (empty last)")
        << int(AssetField::SubjectCount) << Qt::DescendingOrder << false;
    QTest::newRow("retention, filtered") << int(AssetField::RetentionUntil) << Qt::AscendingOrder << true;
    QTest::newRow("retention descending") << int(AssetField::RetentionUntil) << Qt::DescendingOrder << false;
}

void TestAssetTableModel::seekingOnMatchesOffsets()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, filtered);
    // The tester reads rows on its own; here every fetch is counted.
    delete m_tester;
    m_tester = nullptr;
    AssetFilter filter;
    if (filtered)
        filter.personalInfo = QStringLiteral("any");
    AssetSort sort;
    sort.field = AssetField::Id(column);
    sort.order = order;
    // The order as one OFFSET query reads it.
    const QList<Asset> expected = m_registry->assets().page(filter, sort, 0, kAssets, nullptr);
    m_model->setFilter(filter);
    m_model->sort(column, order);
    m_model->setPaging(64, 3);
    QCOMPARE(m_model->rowCount(), expected.size());

    // Forwards from the top: every page after the first is read by seeking on.
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->assetAt(row)->id, expected.at(row).id);
    const int pages = (m_model->rowCount() + 63) / 64;
    QCOMPARE(m_model->pagesFetched(), pages);
    QCOMPARE(m_model->pagesSought(), pages - 1);

    // Backwards from a jump into the middle: each page before is read by seeking back.
    m_model->setPaging(64, 3);
    const int middle = m_model->rowCount() / 2;
    for (int row = middle; row >= 0; --row)
        QCOMPARE(m_model->assetAt(row)->id, expected.at(row).id);
    QCOMPARE(m_model->pagesSought(), m_model->pagesFetched() - 1);
}

void TestAssetTableModel::viewFetchesOnlyVisibleRows()
{
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(20);
    view.resize(800, 400);
    view.setModel(m_model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(m_model->pagesFetched(), 1);
    view.scrollToBottom();
    QCoreApplication::processEvents();
    view.repaint();
    QVERIFY(m_model->pagesFetched() <= 3);
    QVERIFY(m_model->cachedPageCount() <= 3);
}

void TestAssetTableModel::draggingScrollBarReadsWhereReleased()
{
    AssetTableView view;
    view.resize(800, 400);
    view.setModel(m_model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int before = m_model->pagesFetched();
    QScrollBar *scroll = view.verticalScrollBar();
    emit scroll->sliderPressed();
    QVERIFY(m_model->isFetchingPaused());
    for (int step = 1; step <= 10; ++step) {
        scroll->setValue(scroll->maximum() * step / 10);
        view.viewport()->repaint();
    }
    // Nothing read on the way, and rows not read show empty rather than wrong.
    QCOMPARE(m_model->pagesFetched(), before);
    QVERIFY(!m_model->data(m_model->index(kAssets - 1, AssetField::AssetNo)).isValid());
    emit scroll->sliderReleased();
    view.viewport()->repaint();
    QCOMPARE(m_model->pagesFetched(), before + 1);
    QCOMPARE(m_model->data(m_model->index(kAssets - 1, AssetField::AssetNo)).toString(), QStringLiteral("IA-003000"));
}

void TestAssetTableModel::findsRowOfAsset_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("asset no") << int(AssetField::AssetNo) << Qt::AscendingOrder << false;
    QTest::newRow("name descending") << int(AssetField::Name) << Qt::DescendingOrder << false;
    QTest::newRow("importance, filtered") << int(AssetField::Importance) << Qt::AscendingOrder << true;
    QTest::newRow("subject count (empty values)") << int(AssetField::SubjectCount) << Qt::AscendingOrder << false;
    QTest::newRow("subject count descending") << int(AssetField::SubjectCount) << Qt::DescendingOrder << false;
    QTest::newRow("retention (empty values)") << int(AssetField::RetentionUntil) << Qt::DescendingOrder << true;
}

void TestAssetTableModel::findsRowOfAsset()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, filtered);
    if (filtered) {
        AssetFilter filter;
        filter.personalInfo = QStringLiteral("any");
        m_model->setFilter(filter);
    }
    m_model->sort(column, order);
    m_model->setPaging(100, 4);
    for (int step = 0; step < 40; ++step) {
        const Asset &asset = m_all.at((step * 977) % kAssets);
        const int row = m_model->rowOfAsset(asset.id);
        if (filtered && asset.personalInfo == QLatin1String("none")) {
            QCOMPARE(row, -1);
            continue;
        }
        QVERIFY2(row >= 0, qPrintable(asset.assetNo));
        QCOMPARE(m_model->assetAt(row)->id, asset.id);
    }
}

void TestAssetTableModel::refreshShowsNewAsset()
{
    const Result<Asset> created =
        m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry, QStringLiteral("New one")));
    QVERIFY(created.ok());
    QCOMPARE(m_model->rowCount(), kAssets);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), kAssets + 1);
    QCOMPARE(m_model->totalCount(), qint64(kAssets + 1));
    const int row = m_model->rowOfAsset(created.value->id);
    QCOMPARE(row, kAssets);
    QCOMPARE(m_model->data(m_model->index(row, AssetField::Name)).toString(), QStringLiteral("New one"));
}

void TestAssetTableModel::headersFollowLanguage()
{
    QCOMPARE(m_model->headerData(AssetField::AssetNo, Qt::Horizontal).toString(), QStringLiteral("Asset No."));
    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    m_model->retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(m_model->headerData(AssetField::AssetNo, Qt::Horizontal).toString(), QStringLiteral("管理番号"));
    QCOMPARE(m_model->headerData(AssetField::Name, Qt::Horizontal).toString(), QStringLiteral("情報資産名称"));
    QVERIFY(Language::instance().setLanguage(QStringLiteral("en"), false));
    m_model->retranslate();
    QCOMPARE(m_model->headerData(AssetField::Name, Qt::Horizontal).toString(), QStringLiteral("Asset name"));
}

void TestAssetTableModel::damagedPageIsReported()
{
    // A page damaged after the registry was opened (a large file is not checked page by page at open): the rows
    // read from it must not simply end the table; the model reports the failed read so the window can say so.
    const QString file = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("registry.sqlite")), file));
    QString error;
    std::unique_ptr<Registry> registry = Registry::open(file, &error);
    QVERIFY2(registry, qPrintable(error));
    {
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        const qint64 size = raw.size();
        raw.seek((size / 2) / 4096 * 4096);
        QVERIFY(raw.write(QByteArray(8 * 4096, '\x5a')) == 8 * 4096);
    }
    AssetTableModel model;
    QSignalSpy errors(&model, &AssetTableModel::errorOccurred);
    model.setRegistry(registry.get());
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, AssetField::Name));
    QTRY_VERIFY(!errors.isEmpty());
    const QString message = errors.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
}

QTEST_MAIN(TestAssetTableModel)
#include "tst_assettablemodel.moc"
