// Files of the controls: the gap report and the statement of applicability as CSV that opens in Excel and reads back
// field for field; Shift_JIS refuses characters it cannot hold and leaves no file.
#include "io/csvreader.h"
#include "io/sheetdata.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/controlexport.h"
#include "service/customcontrolservice.h"
#include "service/gapreportservice.h"
#include "service/registry.h"
#include "testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestControlExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gapsCsv();
    void shiftJisRefusesWhatItCannotHold();
    void applicabilityCsv();

private:
    qint64 createAsset(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    int m_count = 0;
};

void TestControlExport::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_registry = Registry::create(TestRegistry::location(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_count))),
                                  Registry::CreateOptions(), &error);
    QVERIFY2(m_registry, qPrintable(error));
}

void TestControlExport::cleanup()
{
    m_registry.reset();
}

qint64 TestControlExport::createAsset(const QString &name)
{
    Asset asset = m_registry->assets().newAsset();
    asset.retentionUntil = QDate(2031, 3, 31);
    asset.name = name;
    asset.department = QStringLiteral("市民サービス課");
    asset.owner = QStringLiteral("髙橋 誠");
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    return created.ok() ? created.value->id : 0;
}

void TestControlExport::gapsCsv()
{
    const qint64 assetId = createAsset(QStringLiteral("来庁者受付記録, \"控え\"\n2025年度"));
    const QString path = m_dir.filePath(QStringLiteral("gaps.csv"));
    const Result<qint64> written = ControlExport::writeGaps(m_registry->gaps(), GapFilter(), path);
    QVERIFY2(written.ok(), qPrintable(written.error));
    GapFilter filter;
    filter.assetId = assetId;
    const QList<ControlGap> gaps = m_registry->gaps().gaps(filter).value.value();
    QCOMPARE(*written.value, qint64(gaps.size()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 with BOM for Excel
    SheetData sheet;
    QString error;
    QVERIFY2(CsvReader::readFile(path, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rows.size(), gaps.size() + 1);
    QCOMPARE(sheet.rows.at(0), ControlExport::gapHeadings());
    QCOMPARE(sheet.rows.at(1), ControlExport::gapFields(gaps.at(0)));
    QCOMPARE(sheet.rows.at(1).at(1), QStringLiteral("来庁者受付記録, \"控え\"\n2025年度"));
    QCOMPARE(sheet.rows.at(1).at(7), QStringLiteral("Missing"));
}

void TestControlExport::shiftJisRefusesWhatItCannotHold()
{
    createAsset(QStringLiteral("𠮷野家との契約書"));
    const QString path = m_dir.filePath(QStringLiteral("gaps-sjis.csv"));
    const Result<qint64> refused =
        ControlExport::writeGaps(m_registry->gaps(), GapFilter(), path, TextEncoding::Encoding::Cp932);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("U+20BB7")), qPrintable(refused.error));
    QVERIFY(!QFile::exists(path));
    // Characters CP932 has, including the NEC and IBM extensions, are written.
    createAsset(QStringLiteral("①㈱髙﨑の台帳"));
    GapFilter filter;
    filter.search = QStringLiteral("髙﨑");
    const Result<qint64> written =
        ControlExport::writeGaps(m_registry->gaps(), filter, path, TextEncoding::Encoding::Cp932);
    QVERIFY2(written.ok(), qPrintable(written.error));
    SheetData sheet;
    QString error;
    QVERIFY(CsvReader::readFile(path, &sheet, &error));
    QCOMPARE(sheet.rows.at(1).at(1), QStringLiteral("①㈱髙﨑の台帳"));
}

void TestControlExport::applicabilityCsv()
{
    const qint64 assetId = createAsset(QStringLiteral("防災情報配信システム"));
    const Control control = m_registry->catalogs().findControl(QStringLiteral("PHY-02")).value.value();
    ControlAssignment assignment;
    assignment.assetId = assetId;
    assignment.controlId = control.id;
    assignment.applicable = false;
    assignment.reason = QStringLiteral("クラウド事業者のデータセンターで運用, 自組織のサーバ室なし");
    QVERIFY(m_registry->assignments().assign(assignment).ok());
    const QString path = m_dir.filePath(QStringLiteral("soa.csv"));
    const Result<int> written = ControlExport::writeApplicability(m_registry->gaps(), control.catalogId, path);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(*written.value, m_registry->catalogs().controls(control.catalogId).size());
    SheetData sheet;
    QString error;
    QVERIFY(CsvReader::readFile(path, &sheet, &error));
    QCOMPARE(sheet.rows.size(), *written.value + 1);
    bool found = false;
    for (const QStringList &row : std::as_const(sheet.rows)) {
        if (row.at(0) != control.code)
            continue;
        found = true;
        QCOMPARE(row.at(5), QStringLiteral("Not applicable"));
        QCOMPARE(row.at(6), assignment.reason);
        QCOMPARE(row.at(3), QStringLiteral("A.7.2"));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestControlExport)
#include "test_controlexport.moc"
