// Other administrators' changes in an open window (DESIGN.md §14): a second program (another connection) registers
// and edits assets, and the main window's table shows them within seconds without losing the user's place — through
// the server's notices on a shared registry (this suite runs a second time on the tests' PostgreSQL server), through
// a look at the audit trail on a file.
#include "mainwindow/mainwindow.h"
#include "models/assettablemodel.h"
#include "service/assetservice.h"
#include "service/changewatch.h"
#include "testregistry.h"
#include "testserver.h"
#include "widgets/assettableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestChangeWatch final : public QObject
{
    Q_OBJECT

private slots:
    void othersChangesShowWithinSeconds();
    void ownWatchSeesNothingWhenNothingChanged();
};

void TestChangeWatch::othersChangesShowWithinSeconds()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> created = TestRegistry::create(dir, 30);
    QVERIFY(created);
    const QString path = created->path();
    created.reset();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openRegistry(path));
    QCOMPARE(window.assetModel()->rowCount(), 30);
    // The user's place: the 12th row is current.
    const std::optional<Asset> place = window.assetModel()->assetAt(11);
    QVERIFY(place);
    window.assetView()->makeRowCurrent(11);

    QString error;
    std::unique_ptr<Registry> other = Registry::open(path, &error);
    QVERIFY2(other, qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const Result<Asset> added = other->assets().createAsset(TestRegistry::asset(
        *other, QStringLiteral("別の管理者の資産"), QStringLiteral("人事部"), QStringLiteral("鈴木")));
    QVERIFY2(added.ok(), qPrintable(added.error));
    QTRY_COMPARE_WITH_TIMEOUT(window.assetModel()->rowCount(), 31, 5000);
    qInfo("another administrator's new asset shown after %lld ms", static_cast<long long>(clock.elapsed()));
    QCOMPARE(window.assetModel()->assetAt(window.assetView()->currentIndex().row())->id, place->id);

    // An edit shows too.
    Result<Asset> edited = other->assets().byId(place->id);
    QVERIFY(edited.ok());
    edited->remarks = QStringLiteral("別の管理者が更新");
    QVERIFY(other->assets().updateAsset(*edited).ok());
    QTRY_COMPARE_WITH_TIMEOUT(window.assetModel()->assetAt(window.assetModel()->rowOfAsset(place->id))->remarks,
                              QStringLiteral("別の管理者が更新"), 5000);
    QCOMPARE(window.assetModel()->assetAt(window.assetView()->currentIndex().row())->id, place->id);
}

void TestChangeWatch::ownWatchSeesNothingWhenNothingChanged()
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry = TestRegistry::create(dir, 2);
    QVERIFY(registry);
    ChangeWatch watch(*registry);
    QCOMPARE(watch.isPushed(), TestServer::isServerRun());
    QSignalSpy spy(&watch, &ChangeWatch::changed);
    watch.check();
    QCOMPARE(spy.count(), 0);
    QVERIFY(registry->assets()
                .createAsset(TestRegistry::asset(*registry, QStringLiteral("x"), QStringLiteral("人事部"),
                                                 QStringLiteral("鈴木")))
                .ok());
    watch.check();
    QCOMPARE(spy.count(), 1);
    watch.check();
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestChangeWatch)
#include "tst_changewatch.moc"
