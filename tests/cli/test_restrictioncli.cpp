// Handling restrictions on the command line (practice.md §3): add and edit take them by code or name in either
// language, show and list print them, and a restriction the registry does not list is refused with exit status 1
// and a message that says where to add it.
#include "clirunner.h"

#include "service/assetservice.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestRestrictionCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addShowListEdit();
    void unlistedRestrictionIsRefused();

private:
    QString add(const QString &restrictions);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestRestrictionCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QString error;
    auto registry = Registry::create(m_database, {}, &error);
    QVERIFY2(registry, qPrintable(error));
}

void TestRestrictionCli::cleanup()
{
    m_dir.reset();
}

QString TestRestrictionCli::add(const QString &restrictions)
{
    const CliRun result = CliRunner::run(
        m_database, {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("住民票の写し"),
                     QStringLiteral("--department"), QStringLiteral("市民課"), QStringLiteral("--owner"),
                     QStringLiteral("山田 太郎"), QStringLiteral("--retention-until"), QStringLiteral("2031-03-31"),
                     QStringLiteral("--handling-restrictions"), restrictions});
    if (result.status != 0)
        qWarning("add failed: %s", qPrintable(result.err));
    return result.status == 0 ? result.out.trimmed() : QString();
}

void TestRestrictionCli::addShowListEdit()
{
    const QString assetNo = add(QStringLiteral("持出禁止;複製禁止"));
    QVERIFY(!assetNo.isEmpty());

    const CliRun shown = CliRunner::run(m_database, {QStringLiteral("show"), assetNo});
    QCOMPARE(shown.status, 0);
    QVERIFY2(shown.out.contains(QStringLiteral("Handling restrictions")) &&
                 shown.out.contains(QStringLiteral("No copying; Not to be taken out")),
             qPrintable(shown.out));

    const CliRun json = CliRunner::run(
        m_database, {QStringLiteral("show"), assetNo, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.status, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject asset =
        object.contains(QStringLiteral("asset")) ? object.value(QStringLiteral("asset")).toObject() : object;
    QCOMPARE(asset.value(QStringLiteral("handling_restrictions")).toArray(),
             (QJsonArray{QStringLiteral("no_copy"), QStringLiteral("no_removal")}));

    const CliRun listed = CliRunner::run(m_database, {QStringLiteral("list"), QStringLiteral("--columns"),
                                                      QStringLiteral("asset_no,handling_restrictions")});
    QCOMPARE(listed.status, 0);
    QVERIFY2(listed.out.contains(assetNo + QStringLiteral(",no_copy; no_removal")), qPrintable(listed.out));

    const CliRun edited =
        CliRunner::run(m_database, {QStringLiteral("edit"), assetNo, QStringLiteral("--handling-restrictions"),
                                    QStringLiteral("encryption_required")});
    QVERIFY2(edited.status == 0, qPrintable(edited.err));
    const CliRun after = CliRunner::run(m_database, {QStringLiteral("list"), QStringLiteral("--columns"),
                                                     QStringLiteral("asset_no,handling_restrictions")});
    QVERIFY2(after.out.contains(assetNo + QStringLiteral(",encryption_required")), qPrintable(after.out));

    const CliRun cleared = CliRunner::run(
        m_database, {QStringLiteral("edit"), assetNo, QStringLiteral("--handling-restrictions"), QString()});
    QVERIFY2(cleared.status == 0, qPrintable(cleared.err));
    const CliRun none = CliRunner::run(m_database, {QStringLiteral("list"), QStringLiteral("--columns"),
                                                    QStringLiteral("asset_no,handling_restrictions")});
    QVERIFY2(none.out.contains(assetNo + QStringLiteral(",\n")) || none.out.contains(assetNo + QStringLiteral(",\r\n")),
             qPrintable(none.out));
}

void TestRestrictionCli::unlistedRestrictionIsRefused()
{
    const CliRun refused = CliRunner::run(
        m_database, {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("会議録"),
                     QStringLiteral("--department"), QStringLiteral("総務課"), QStringLiteral("--owner"),
                     QStringLiteral("佐藤 花子"), QStringLiteral("--retention-until"), QStringLiteral("2031-03-31"),
                     QStringLiteral("--handling-restrictions"), QStringLiteral("複製禁止;印刷禁止")});
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("印刷禁止")) &&
                 refused.err.contains(QStringLiteral("registry settings")),
             qPrintable(refused.err));
    {
        QString error;
        auto registry = Registry::open(m_database, &error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->assets().totalCount(), 0);
        QVERIFY(registry->settings().setOwnHandlingRestrictions({QStringLiteral("印刷禁止")}, &error));
    }
    QVERIFY(!add(QStringLiteral("複製禁止;印刷禁止")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRestrictionCli)
#include "test_restrictioncli.moc"
