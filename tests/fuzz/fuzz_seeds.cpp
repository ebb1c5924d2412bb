// Writes the seed corpora of the fuzz targets from real files: a small registry made by this application, its assets
// exported as CSV (UTF-8 with BOM, UTF-8, Shift_JIS) and XLSX, and the NIST OSCAL catalogues cut into small
// catalogues of one group each (the whole files are megabytes; fuzzing works on small inputs).
// fuzz_seeds OUT_DIR [OSCAL_DIR]
#include "service/assetexport.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/syntheticassets.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(message));
    return 1;
}

// One catalogue per group of the file: its metadata, the group and the group's first two controls.
int cutCatalogue(const QString &source, const QString &out)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject catalog = root.value(QStringLiteral("catalog")).toObject();
    const QJsonArray groups = catalog.value(QStringLiteral("groups")).toArray();
    int written = 0;
    for (int index = 0; index < groups.size() && index < 8; ++index) {
        QJsonObject group = groups.at(index).toObject();
        const QJsonArray controls = group.value(QStringLiteral("controls")).toArray();
        QJsonArray some;
        for (int control = 0; control < controls.size() && control < 2; ++control)
            some.append(controls.at(control));
        group.insert(QStringLiteral("controls"), some);
        QJsonObject small = catalog;
        small.remove(QStringLiteral("back-matter"));
        small.insert(QStringLiteral("groups"), QJsonArray{group});
        const QString name = QStringLiteral("%1-%2.json").arg(QFileInfo(source).completeBaseName()).arg(index);
        if (writeFile(QDir(out).filePath(name),
                      QJsonDocument(QJsonObject{{QStringLiteral("catalog"), small}}).toJson(QJsonDocument::Compact)))
            ++written;
    }
    return written;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 2)
        return fail(QStringLiteral("usage: fuzz_seeds OUT_DIR [OSCAL_DIR]"));
    const QDir out(arguments.at(1));
    for (const char *kind : {"csv", "xlsx", "oscal", "registry"}) {
        if (!QDir().mkpath(out.filePath(QLatin1String(kind))))
            return fail(QStringLiteral("cannot create %1").arg(out.filePath(QLatin1String(kind))));
    }

    // A registry as the application writes it, with the values that are hard on files.
    const QString registryPath = out.filePath(QStringLiteral("registry/registry.sqlite"));
    QFile::remove(registryPath);
    QString error;
    {
        auto registry = Registry::create(registryPath, {}, &error);
        if (!registry)
            return fail(error);
        QList<Asset> assets = SyntheticAssets::generate(6, registry->scheme(), 11, QDate::currentDate());
        assets[0].name = QStringLiteral("=HYPERLINK(\"x\") \"quoted\", comma");
        assets[1].remarks = QString::fromUtf8("1行目\r\n2行目\n①㈱髙﨑");
        assets[2].department = QStringLiteral("'-already quoted");
        const Result<int> created = registry->assets().createAssets(assets);
        if (!created.ok())
            return fail(created.error);
        struct Export
        {
            const char *file;
            AssetExport::Format format;
            TextEncoding::Encoding encoding;
        };
        const Export exports[] = {
            {"csv/assets-utf8-bom.csv", AssetExport::Format::Csv, TextEncoding::Encoding::Utf8Bom},
            {"csv/assets-utf8.csv", AssetExport::Format::Csv, TextEncoding::Encoding::Utf8},
            {"csv/assets-cp932.csv", AssetExport::Format::Csv, TextEncoding::Encoding::Cp932},
            {"xlsx/assets.xlsx", AssetExport::Format::Xlsx, TextEncoding::Encoding::Utf8}};
        for (const Export &file : exports) {
            AssetExport::Options options;
            options.format = file.format;
            options.encoding = file.encoding;
            const Result<int> written = AssetExport::write(*registry, out.filePath(QLatin1String(file.file)), options);
            if (!written.ok())
                return fail(written.error);
        }
    }
    // Closing the last connection checkpoints the journal into the file: the seed is one file.
    QFile::remove(registryPath + QStringLiteral("-wal"));
    QFile::remove(registryPath + QStringLiteral("-shm"));
    writeFile(out.filePath(QStringLiteral("csv/tab-separated.csv")),
              QByteArray("管理番号\t情報資産名称\t機密性\nIA-000001\t\"職員\"\"名簿\"\"\"\t3\n"));

    int catalogues = 0;
    if (arguments.size() > 2) {
        const QDir oscal(arguments.at(2));
        const QStringList files = oscal.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const QString source = oscal.filePath(name);
            if (QFileInfo(source).size() < 64 * 1024) {
                catalogues += QFile::copy(source, out.filePath(QStringLiteral("oscal/") + name)) ? 1 : 0;
            } else {
                catalogues += cutCatalogue(source, out.filePath(QStringLiteral("oscal")));
            }
        }
    }
    if (catalogues == 0)
        std::fprintf(stderr, "fuzz_seeds: no OSCAL catalogue found; the OSCAL target starts from its reproducers\n");
    std::printf("fuzz_seeds: seeds written to %s (%d OSCAL catalogues)\n", qPrintable(out.path()), catalogues);
    return 0;
}
