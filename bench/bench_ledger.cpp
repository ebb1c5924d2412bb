// Benchmark of the ledger PDF of 10,000 assets (DESIGN.md §12: ≤ 5 s; aim ≥ 5× faster than LibreOffice's headless
// CSV → PDF of the same rows, measured when soffice is installed). Prints the time to read the assets, to lay out
// and paint the pages, and the page count.
#include "printing/ledgerdocument.h"
#include "printing/pagedtablerenderer.h"
#include "printing/printfonts.h"
#include "service/assetexport.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

namespace {

QTextStream out(stdout);

// LibreOffice converting the same rows from CSV, for the "aim" ratio; -1 when it is not installed.
qint64 libreOffice(const Registry &registry, const QString &folder)
{
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (soffice.isEmpty())
        return -1;
    AssetExport::Options options;
    options.columns = LedgerDocument::defaultColumns();
    const QString csv = folder + QStringLiteral("/ledger.csv");
    if (!AssetExport::write(registry, csv, options).ok())
        return -1;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                            QStringLiteral("--outdir"), folder, csv});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? timer.elapsed() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("assets"), QStringLiteral("Assets in the ledger."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("budget"), QStringLiteral("Budget in ms."), QStringLiteral("MS"), QStringLiteral("5000")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("assets")).toInt();
    const qint64 budget = parser.value(QStringLiteral("budget")).toLongLong();

    QTemporaryDir dir;
    QString error;
    Registry::CreateOptions create;
    create.organisation = QStringLiteral("株式会社サンプル");
    auto registry = Registry::create(dir.filePath(QStringLiteral("registry.sqlite")), create, &error);
    if (!registry || !registry->assets()
                          .createAssets(SyntheticAssets::generate(count, registry->scheme(), 5, QDate::currentDate()))
                          .ok()) {
        out << "could not prepare the registry: " << error << Qt::endl;
        return 1;
    }
    // The print fonts are prepared once per machine (cached); not part of a ledger's time.
    PrintFonts::family();

    // Processor time too: on a machine shared with other work the wall clock says more about the others.
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    LedgerOptions options;
    options.language = QStringLiteral("ja");
    PagedDocument document;
    if (!LedgerDocument::build(*registry, options, &document, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 read = step.restart();
    const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
    int pages = 0;
    if (!PagedTableRenderer::writePdf(document, pdf, &error, [&pages](int, int total) {
            pages = total;
            return true;
        })) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 rendered = step.restart();
    const qint64 elapsed = total.elapsed();
    const qint64 cpu = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    out << "read " << count << " assets into the document: " << read << " ms" << Qt::endl;
    out << "lay out and paint " << pages << " pages: " << rendered << " ms (" << QFileInfo(pdf).size() / 1024 << " KiB)"
        << Qt::endl;
    out << "ledger PDF of " << count << " assets: " << elapsed << " ms, processor " << cpu << " ms (budget " << budget
        << " ms)" << Qt::endl;
    const qint64 reference = libreOffice(*registry, dir.path());
    if (reference > 0)
        out << "LibreOffice CSV -> PDF: " << reference << " ms; ratio " << double(reference) / elapsed << " (aim >= 5)"
            << Qt::endl;
    else
        out << "LibreOffice is not installed: no reference figure" << Qt::endl;
    return elapsed <= budget ? 0 : 1;
}
