// A read that fails reaches the caller as an error, never as "not found" or "nothing there": the fault-injection seam
// of core/storage (Statement::failAt) fails a read of the control, disposal, risk and asset stores, and the services
// return the read's message, not a list that looks empty or a "no longer exists".
#include "testregistry.h"

#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/disposalservice.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "storage/statement.h"

#include <QTest>

#include <algorithm>
#include <memory>

class TestReadErrors final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listReadsReportFailure();
    void lookupsTellFailureFromAbsence();
    void writesNeverTakeAFailedReadForAbsence();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

namespace {

bool isReadError(const QString &message)
{
    return message.contains(QLatin1String("Could not read"));
}

} // namespace

void TestReadErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = TestRegistry::create(*m_dir, 3);
    QVERIFY(m_registry);
}

void TestReadErrors::cleanup()
{
    Statement::failAt(0);
    m_registry.reset();
    m_dir.reset();
}

void TestReadErrors::listReadsReportFailure()
{
    QString error;
    QVERIFY(!m_registry->catalogs().catalogs(&error).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(!m_registry->baseline().baseline(&error).isEmpty());
    QVERIFY(error.isEmpty());
    QCOMPARE(m_registry->assets().totalCount(&error), qint64(3));
    QVERIFY(error.isEmpty());

    Statement::failAt(1);
    QVERIFY(m_registry->catalogs().catalogs(&error).isEmpty());
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QVERIFY(m_registry->catalogs().controls(0, false, &error).isEmpty());
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QVERIFY(m_registry->baseline().baseline(&error).isEmpty());
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QCOMPARE(m_registry->assets().totalCount(&error), qint64(0));
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QVERIFY(m_registry->assets().distinctValues(AssetField::Department, &error).isEmpty());
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QCOMPARE(m_registry->disposal().jobCount(&error), qint64(0));
    QVERIFY2(isReadError(error), qPrintable(error));
}

void TestReadErrors::lookupsTellFailureFromAbsence()
{
    const qint64 controlId = m_registry->catalogs().controls().constFirst().id;
    QString error;
    // Absent: nothing, and no error.
    QVERIFY(!m_registry->disposal().jobByNo(QStringLiteral("D-999999"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!m_registry->catalogs().control(controlId + 100000, &error));
    QVERIFY(error.isEmpty());
    // Present, but the read fails: nothing, with the error.
    Statement::failAt(1);
    QVERIFY(!m_registry->catalogs().control(controlId, &error));
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QVERIFY(!m_registry->disposal().jobByNo(QStringLiteral("D-000001"), &error));
    QVERIFY2(isReadError(error), qPrintable(error));
    error.clear();
    Statement::failAt(1);
    QVERIFY(m_registry->threats().threats(false, &error).isEmpty());
    QVERIFY2(isReadError(error), qPrintable(error));

    // The results of the risk services say which it was.
    const Result<Risk> absent = m_registry->risks().byNo(QStringLiteral("R-999999"));
    QVERIFY(!absent.ok());
    QVERIFY(absent.notFound);
    Statement::failAt(1);
    const Result<Risk> unread = m_registry->risks().byNo(QStringLiteral("R-999999"));
    QVERIFY(!unread.ok());
    QVERIFY(!unread.notFound);
    QVERIFY2(isReadError(unread.error), qPrintable(unread.error));
    const Result<Threat> threat = m_registry->threats().byCode(QStringLiteral("T-999"));
    QVERIFY(threat.notFound);
    Statement::failAt(1);
    const Result<Threat> unreadThreat = m_registry->threats().byCode(QStringLiteral("T-999"));
    QVERIFY(!unreadThreat.notFound);
    QVERIFY2(isReadError(unreadThreat.error), qPrintable(unreadThreat.error));
}

void TestReadErrors::writesNeverTakeAFailedReadForAbsence()
{
    Control draft;
    draft.code = QStringLiteral("OWN-01");
    draft.titleJa = QStringLiteral("独自の管理策");
    draft.area = 5;
    const Result<Control> own = m_registry->customControls().addOwnControl(draft);
    QVERIFY2(own.ok(), qPrintable(own.error));
    QString error;
    const QList<Asset> assets = m_registry->assets().page(AssetFilter(), AssetSort(), 0, 1, &error);
    QCOMPARE(assets.size(), 1);
    ControlAssignment assignment;
    assignment.assetId = assets.constFirst().id;
    assignment.controlId = own.value->id;
    assignment.implementation = QStringLiteral("partial");

    const QStringList absence{QStringLiteral("no longer exists"), QStringLiteral("does not exist")};
    const auto saysAbsent = [&absence](const QString &message) {
        return std::any_of(absence.cbegin(), absence.cend(),
                           [&message](const QString &text) { return message.contains(text); });
    };
    // Every statement of each write fails in turn: whatever the write answers, it is never that the control or the
    // asset is missing, and the reads among those statements answer with their own message.
    int readErrors = 0;
    for (int statement = 1; statement <= 12; ++statement) {
        Statement::failAt(statement);
        const Result<ControlAssignment> assigned = m_registry->assignments().assign(assignment);
        Statement::failAt(0);
        const QString message = assigned.ok() ? QString() : assigned.error;
        QVERIFY2(!saysAbsent(message), qPrintable(QStringLiteral("statement %1: %2").arg(statement).arg(message)));
        readErrors += isReadError(message) ? 1 : 0;
        if (assigned.ok())
            QVERIFY(m_registry->assignments().unassign(assignment.assetId, assignment.controlId).ok());
    }
    for (int statement = 1; statement <= 12; ++statement) {
        Statement::failAt(statement);
        const Result<Control> retired = m_registry->customControls().setRetired(own.value->id, true);
        Statement::failAt(0);
        const QString message = retired.ok() ? QString() : retired.error;
        QVERIFY2(!saysAbsent(message), qPrintable(QStringLiteral("statement %1: %2").arg(statement).arg(message)));
        readErrors += isReadError(message) ? 1 : 0;
        if (retired.ok())
            QVERIFY(m_registry->customControls().setRetired(own.value->id, false).ok());
    }
    QVERIFY2(readErrors >= 2, qPrintable(QString::number(readErrors)));
}

QTEST_GUILESS_MAIN(TestReadErrors)
#include "test_readerrors.moc"
