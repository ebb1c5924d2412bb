// The windows take "today" from the registry's clock, not from the system: with the registry's clock set to a day
// years away, the dates a dialog starts with (a new asset's registration and next review, an assignment's due and
// verification dates, a disposal's dates, the audit log's period, a suggested file name) are that day's.
#include "testregistry.h"

#include "audit/auditlogwindow.h"
#include "controls/assignmentdialog.h"
#include "dialogs/exportdialog.h"
#include "disposal/disposaldialog.h"
#include "domain/clock.h"
#include "domain/review.h"
#include "editor/asseteditor.h"
#include "service/catalogservice.h"
#include "service/disposalservice.h"
#include "widgets/localdate.h"

#include <QDateEdit>
#include <QLabel>
#include <QTest>

#include <memory>

class TestRegistryClock final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newAssetDatesAreTheRegistrysDay();
    void assignmentDatesAreTheRegistrysDay();
    void disposalDatesAreTheRegistrysDay();
    void auditPeriodEndsOnTheRegistrysDay();
    void exportFileNameCarriesTheRegistrysDay();

private:
    // Far from any day the tests run on, so that a date read from the system cannot pass for it.
    const QDate m_day{2031, 2, 14};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QList<qint64> m_ids;
};

void TestRegistryClock::init()
{
    QVERIFY(QDate::currentDate() != m_day);
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir, 3);
    QVERIFY(m_registry);
    m_registry->setClock(std::make_shared<FixedClock>(FixedClock::noonOf(m_day)));
    QString error;
    const QList<Asset> assets = m_registry->assets().page(AssetFilter(), AssetSort(), 0, 3, &error);
    QVERIFY2(assets.size() == 3, qPrintable(error));
    m_ids.clear();
    for (const Asset &asset : assets)
        m_ids << asset.id;
}

void TestRegistryClock::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

void TestRegistryClock::newAssetDatesAreTheRegistrysDay()
{
    Asset asset = TestRegistry::validAsset(*m_registry);
    asset.nextReview = QDate();
    asset.retentionUntil = QDate();
    AssetEditor editor(*m_registry, asset);
    auto *registered = editor.findChild<QLabel *>(QStringLiteral("registeredOn"));
    QVERIFY(registered);
    QCOMPARE(registered->text(), LocalDate::toString(m_day));
    auto *nextReview = qobject_cast<QDateEdit *>(editor.fieldWidget(QStringLiteral("next_review")));
    QVERIFY(nextReview);
    QCOMPARE(nextReview->date(), Review::defaultNextReview(asset.importance(), m_day));
    auto *retention = qobject_cast<QDateEdit *>(editor.fieldWidget(QStringLiteral("retention_date")));
    QVERIFY(retention);
    QCOMPARE(retention->date(), m_day.addYears(5));
}

void TestRegistryClock::assignmentDatesAreTheRegistrysDay()
{
    const QList<Control> controls = m_registry->catalogs().controls().mid(0, 1);
    QCOMPARE(controls.size(), 1);
    AssignmentDialog dialog(*m_registry, m_ids.mid(0, 1), controls);
    auto *due = dialog.findChild<QDateEdit *>(QStringLiteral("dueDate"));
    auto *verified = dialog.findChild<QDateEdit *>(QStringLiteral("lastVerified"));
    QVERIFY(due && verified);
    QCOMPARE(due->date(), m_day.addMonths(3));
    QCOMPARE(verified->date(), m_day);
    // Verified on a day after the registry's today is refused by the editor itself.
    QCOMPARE(verified->maximumDate(), m_day);
}

void TestRegistryClock::disposalDatesAreTheRegistrysDay()
{
    DisposalDialog dialog(*m_registry, m_ids.mid(0, 1));
    auto *performed = dialog.findChild<QDateEdit *>(QStringLiteral("performedOn"));
    auto *validated = dialog.findChild<QDateEdit *>(QStringLiteral("validatedOn"));
    QVERIFY(performed && validated);
    QCOMPARE(performed->date(), m_day);
    QCOMPARE(validated->date(), m_day);
    QCOMPARE(performed->maximumDate(), m_day);
    QCOMPARE(m_registry->disposal().today(), m_day);
}

void TestRegistryClock::auditPeriodEndsOnTheRegistrysDay()
{
    AuditLogWindow window(*m_registry);
    auto *since = window.findChild<QDateEdit *>(QStringLiteral("since"));
    auto *until = window.findChild<QDateEdit *>(QStringLiteral("until"));
    QVERIFY(since && until);
    QCOMPARE(until->date(), m_day);
    QCOMPARE(since->date(), m_day.addMonths(-1));
}

void TestRegistryClock::exportFileNameCarriesTheRegistrysDay()
{
    const ExportDialog dialog(*m_registry, AssetFilter(), AssetSort());
    QVERIFY2(dialog.suggestedFileName().contains(QStringLiteral("_2031-02-14.")),
             qPrintable(dialog.suggestedFileName()));
}

QTEST_MAIN(TestRegistryClock)
#include "tst_registryclock.moc"
