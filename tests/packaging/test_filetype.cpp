// The registry file type of packaging/asset-registry-mime.xml, as a desktop reads it once installed (one cache of
// every type, read by Qt's QMimeDatabase): registry files are recognised by their content whatever their name, and
// other SQLite files are not taken for registries.
#include "service/registry.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestFileType final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registryIsRecognisedByContent_data();
    void registryIsRecognisedByContent();
    void otherSqliteFileIsNotARegistry();

private:
    QTemporaryDir m_dir;
};

void TestFileType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The system's file types with ours added, in one cache made by update-mime-database, as the package's
    // installation leaves /usr/share/mime (shared-mime-info's trigger); the desktop reads that cache.
    const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(TEST_SOURCE_DIR "/../../packaging/asset-registry-mime.xml"),
                        packages + QStringLiteral("/asset-registry.xml")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        packages + QStringLiteral("/freedesktop.org.xml")));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {m_dir.filePath(QStringLiteral("share/mime"))});
    QVERIFY2(update.waitForFinished(60000), "update-mime-database (shared-mime-info) did not run");
    QCOMPARE(update.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("share/mime/mime.cache"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
}

void TestFileType::registryIsRecognisedByContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sqlite") << QStringLiteral("registry.sqlite");
    QTest::newRow("no extension") << QStringLiteral("registry");
    QTest::newRow("another extension") << QStringLiteral("registry-2026.dat");
}

void TestFileType::registryIsRecognisedByContent()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    {
        QString error;
        const std::unique_ptr<Registry> registry = Registry::create(path, Registry::CreateOptions(), &error);
        QVERIFY2(registry, qPrintable(error));
    }
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    QCOMPARE(type.name(), QStringLiteral("application/x-asset-registry"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.comment().isEmpty(), false);
}

void TestFileType::otherSqliteFileIsNotARegistry()
{
    // The 100-byte header of an empty SQLite database with application id 0.
    QByteArray header(100, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header);
    file.close();
    QVERIFY(QMimeDatabase().mimeTypeForName(QStringLiteral("application/vnd.sqlite3")).isValid());
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), QStringLiteral("application/vnd.sqlite3"));
}

QTEST_GUILESS_MAIN(TestFileType)
#include "test_filetype.moc"
