// Printouts label themselves right: by default a printed document carries the highest handling label among the rows
// it contains (DocumentLabel, tested with the workbooks in tests/core/test_documentlabel) — the ledger, the risk
// documents, the gap report — also from the command line; a banner the user chooses still wins. A ledger that includes
// disposed assets marks them. The print dialog offers the automatic banner as its default, and the statement of
// applicability shows on screen, with the assets the baseline requires each control for, before it is saved.
#include "../risk/riskscenario.h"
#include "clirunner.h"
#include "testregistry.h"

#include "controls/applicabilitydialog.h"
#include "dialogs/ledgerprintdialog.h"
#include "i18n/language.h"
#include "io/sheetdata.h"
#include "io/xlsxworkbookreader.h"
#include "printing/applicabilitydocument.h"
#include "printing/gapreportdocument.h"
#include "printing/ledgerdocument.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printfonts.h"
#include "printing/riskdocument.h"
#include "service/assetexport.h"
#include "service/catalogservice.h"
#include "service/settingsservice.h"
#include "widgets/bannerchoice.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTableWidget>

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString workbookBanner(const QString &path)
{
    XlsxWorkbookReader reader;
    SheetData sheet;
    QString error;
    if (!reader.open(path, &error) || !reader.readSheet(reader.firstVisibleSheet(), &sheet, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    // Row 2: the organisation at the left, the banner at the right.
    return sheet.rows.size() > 1 ? sheet.rows.at(1).constLast() : QString();
}

} // namespace

class TestDocumentLabels final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ledgerCarriesTheHighestLabel();
    void chosenBannerWins();
    void disposedAssetsAreMarked();
    void riskDocumentsFollowTheirAssets();
    void gapReportFollowsItsAssets();
    void commandLineUsesTheSameDefault();
    void printDialogDefaultsToAutomatic();
    void statementOfApplicabilityOnScreen();

private:
    Asset addAsset(const QString &name, int confidentiality);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

void TestDocumentLabels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir);
    QVERIFY(m_registry);
}

void TestDocumentLabels::cleanup()
{
    m_registry.reset();
    m_dir.reset();
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

Asset TestDocumentLabels::addAsset(const QString &name, int confidentiality)
{
    Asset asset = TestRegistry::validAsset(*m_registry, name);
    asset.personalInfo = QStringLiteral("none");
    asset.confidentiality = confidentiality;
    asset.confidentialityRationale = QStringLiteral("impact of a leak");
    TestRegistry::conform(&asset, m_registry->scheme());
    const Result<Asset> created = m_registry->assets().createAsset(asset);
    if (!created)
        qWarning("%s", qPrintable(created.error));
    return created ? *created : Asset();
}

void TestDocumentLabels::ledgerCarriesTheHighestLabel()
{
    addAsset(QStringLiteral("Meeting room bookings"), 1);
    addAsset(QStringLiteral("Published statistics"), 1);
    PagedDocument document;
    QString error;
    QVERIFY2(LedgerDocument::build(*m_registry, LedgerOptions(), &document, &error), qPrintable(error));
    QCOMPARE(document.header.banner, m_registry->settings().handlingLabel(1));
    QCOMPARE(document.header.banner, QStringLiteral("General"));

    // One 関係者限り asset makes the whole ledger 関係者限り, in the language of the print.
    addAsset(QStringLiteral("Payroll"), 3);
    QVERIFY(LedgerDocument::build(*m_registry, LedgerOptions(), &document, &error));
    QCOMPARE(document.header.banner, QStringLiteral("Restricted"));
    LedgerOptions japanese;
    japanese.language = QStringLiteral("ja");
    QVERIFY(LedgerDocument::build(*m_registry, japanese, &document, &error));
    QCOMPARE(document.header.banner, QString::fromUtf8("関係者限り"));
    // A selection without it is labelled by what it holds.
    LedgerOptions selection;
    selection.filter.search = QStringLiteral("Meeting");
    QVERIFY(LedgerDocument::build(*m_registry, selection, &document, &error));
    QCOMPARE(document.header.banner, QStringLiteral("General"));
    // The registry's own label texts are used.
    QVERIFY(m_registry->settings().setSetting(SettingsService::handlingLabelKey(3), QString::fromUtf8("極秘"), &error));
    QVERIFY(LedgerDocument::build(*m_registry, LedgerOptions(), &document, &error));
    QCOMPARE(document.header.banner, QString::fromUtf8("極秘"));
}

void TestDocumentLabels::chosenBannerWins()
{
    addAsset(QStringLiteral("Payroll"), 3);
    LedgerOptions options;
    options.banner = QString::fromUtf8("組織外秘");
    PagedDocument document;
    QString error;
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    QCOMPARE(document.header.banner, QString::fromUtf8("組織外秘"));
    options.banner = QString();
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    QVERIFY(document.header.banner.isEmpty());
}

void TestDocumentLabels::disposedAssetsAreMarked()
{
    // The registry of an earlier version holds IA-000065, disposed by D-000001.
    m_registry.reset();
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_registry = TestRegistry::open(path);
    QVERIFY(m_registry);
    const Result<Asset> disposed = m_registry->assets().byAssetNo(QStringLiteral("IA-000065"));
    QVERIFY(disposed);
    QCOMPARE(disposed->status, QStringLiteral("disposed"));

    LedgerOptions options;
    options.filter.includeDisposed = true;
    PagedDocument document;
    QString error;
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    int marked = 0;
    for (const PagedRow &row : std::as_const(document.tables.first().rows)) {
        const bool isDisposed = row.cells.first() == QStringLiteral("IA-000065");
        const bool hasMark = row.cells.join(QLatin1Char('|')).contains(QStringLiteral("[Disposed] "));
        QCOMPARE(hasMark, isDisposed);
        marked += hasMark ? 1 : 0;
        if (isDisposed)
            QVERIFY(row.cells.contains(QStringLiteral("[Disposed] ") + disposed->name));
    }
    QCOMPARE(marked, 1);
    QVERIFY(document.header.facts.contains(QStringLiteral("Of which disposed: 1")));
    // Without the name column the asset number carries the mark; without disposed assets there is none.
    options.columns = {AssetField::AssetNo, AssetField::Department};
    QVERIFY(LedgerDocument::build(*m_registry, options, &document, &error));
    QVERIFY(document.tables.first().rows.size() > 60);
    bool found = false;
    for (const PagedRow &row : std::as_const(document.tables.first().rows))
        found |= row.cells.first() == QStringLiteral("[Disposed] IA-000065");
    QVERIFY(found);
    QVERIFY(LedgerDocument::build(*m_registry, LedgerOptions(), &document, &error));
    for (const PagedRow &row : std::as_const(document.tables.first().rows))
        QVERIFY(!row.cells.join(QString()).contains(QStringLiteral("[Disposed]")));
    QVERIFY(!document.header.facts.join(QString()).contains(QStringLiteral("disposed: ")));
}

void TestDocumentLabels::riskDocumentsFollowTheirAssets()
{
    // Three assets of confidentiality 3, 2 and 1 with their risk entries.
    const RiskScenario::Entries entries = RiskScenario::build(*m_registry);
    QVERIFY(!entries.high.isEmpty());
    RiskPrintOptions options;
    PagedDocument document;
    QString error;
    QVERIFY2(RiskDocument::build(*m_registry, options, &document, &error), qPrintable(error));
    QCOMPARE(document.header.banner, QStringLiteral("Restricted"));
    const Result<Asset> rooms = m_registry->assets().byAssetNo(m_registry->risks().byNo(entries.accepted)->assetNo);
    QVERIFY(rooms);
    QCOMPARE(rooms->confidentiality, 1);
    options.filter.assetId = rooms->id;
    options.kind = RiskPrintOptions::Kind::Acceptance;
    QVERIFY(RiskDocument::build(*m_registry, options, &document, &error));
    QCOMPARE(document.header.banner, QStringLiteral("General"));
}

void TestDocumentLabels::gapReportFollowsItsAssets()
{
    // The report counts gaps of the organisation: at least 組織外秘, and 関係者限り once it lists such an asset.
    const Asset payroll = addAsset(QStringLiteral("Payroll"), 3);
    GapReportOptions options;
    options.list = false;
    PagedDocument document;
    QString error;
    QVERIFY2(GapReportDocument::build(*m_registry, options, &document, &error), qPrintable(error));
    QCOMPARE(document.header.banner, QStringLiteral("Internal"));
    options.list = true;
    QVERIFY(GapReportDocument::build(*m_registry, options, &document, &error));
    QVERIFY(document.tables.size() > 2); // the baseline requires controls of a confidentiality-3 asset
    QCOMPARE(document.header.banner, QStringLiteral("Restricted"));
    Q_UNUSED(payroll);
}

void TestDocumentLabels::commandLineUsesTheSameDefault()
{
    if (PrintFonts::sourceFamily().isEmpty())
        QSKIP("Noto Sans CJK JP (fonts-noto-cjk) is not installed");
    addAsset(QStringLiteral("Meeting room bookings"), 1);
    addAsset(QStringLiteral("Payroll"), 3);
    const QString database = m_registry->path();
    m_registry.reset();
    const QString all = m_dir->filePath(QStringLiteral("all.pdf"));
    CliRun run = CliRunner::run(database, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("ledger"),
                                           QStringLiteral("--pdf"), all});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(pdfText(all).contains(QString::fromUtf8("関係者限り")));
    const QString some = m_dir->filePath(QStringLiteral("some.pdf"));
    run = CliRunner::run(database,
                         {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("ledger"),
                          QStringLiteral("--pdf"), some, QStringLiteral("--search"), QStringLiteral("Meeting")});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QString text = pdfText(some);
    QVERIFY(text.contains(QString::fromUtf8("一般")));
    QVERIFY(!text.contains(QString::fromUtf8("関係者限り")));
    const QString workbook = m_dir->filePath(QStringLiteral("all.xlsx"));
    run = CliRunner::run(database, {QStringLiteral("export"), workbook});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(workbookBanner(workbook), QStringLiteral("Restricted"));
}

void TestDocumentLabels::printDialogDefaultsToAutomatic()
{
    addAsset(QStringLiteral("Payroll"), 3);
    LedgerPrintDialog dialog(*m_registry, LedgerOptions());
    auto *banner = dialog.findChild<BannerChoice *>(QStringLiteral("banner"));
    QVERIFY(banner);
    QVERIFY(banner->isAutomatic());
    QVERIFY(!dialog.options().banner.has_value());
    // The registry's labels, highest first, then none.
    QCOMPARE(banner->itemText(1), QStringLiteral("Restricted"));
    QCOMPARE(banner->itemText(3), QStringLiteral("General"));
    banner->setCurrentIndex(2);
    QCOMPARE(dialog.options().banner, std::optional<QString>(QStringLiteral("Internal")));
    banner->setCurrentIndex(4);
    QCOMPARE(dialog.options().banner, std::optional<QString>(QString()));
    banner->setEditText(QStringLiteral("Board only "));
    QCOMPARE(dialog.options().banner, std::optional<QString>(QStringLiteral("Board only")));
    // A chosen banner is shown as chosen.
    LedgerOptions chosen;
    chosen.banner = QStringLiteral("Internal");
    LedgerPrintDialog again(*m_registry, chosen);
    QCOMPARE(again.options().banner, std::optional<QString>(QStringLiteral("Internal")));
}

void TestDocumentLabels::statementOfApplicabilityOnScreen()
{
    addAsset(QStringLiteral("Payroll"), 3);
    ApplicabilityDialog dialog(*m_registry);
    QVERIFY(dialog.load());
    QTableWidget *table = dialog.table();
    QVERIFY(table->rowCount() > 50);
    QCOMPARE(table->rowCount(), int(dialog.entries().size()));
    // The counts are read as the baseline sees them: a control it requires for the asset, with no assignment yet, is
    // applicable, required for one asset and not implemented.
    int required = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const ApplicabilityEntry &entry = dialog.entries().at(row);
        QCOMPARE(table->item(row, 0)->text(), entry.control.code);
        if (entry.requiredAssets == 0)
            continue;
        ++required;
        QCOMPARE(table->item(row, ApplicabilityDocument::requiredColumn)->text(), QStringLiteral("1"));
        QCOMPARE(entry.applicability(), QStringLiteral("applicable"));
        QCOMPARE(entry.implementation(), QStringLiteral("not_implemented"));
        QCOMPARE(table->item(row, 6)->text(), QStringLiteral("Not implemented"));
    }
    QVERIFY(required > 5);
    QVERIFY2(dialog.summary()->text().contains(QStringLiteral("The baseline requires %1 of them").arg(required)),
             qPrintable(dialog.summary()->text()));

    // Save As… writes what the window shows, as PDF or CSV by the name.
    if (!PrintFonts::sourceFamily().isEmpty()) {
        const QString pdf = m_dir->filePath(QStringLiteral("soa.pdf"));
        FileDialog::setNextFileName(pdf);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(dialog.saveAs());
        // Headings wrap in their cells: compared without the line breaks.
        const QString text = pdfText(pdf).remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY(text.contains(QStringLiteral("StatementofApplicability")));
        QVERIFY(text.contains(QStringLiteral("Requiredbythebaseline")));
        QVERIFY(text.contains(dialog.entries().first().control.code));
    }
    const QString csv = m_dir->filePath(QStringLiteral("soa.csv"));
    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(dialog.saveAs());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Assets requiring it")));
}

QTEST_MAIN(TestDocumentLabels)
#include "test_documentlabels.moc"
