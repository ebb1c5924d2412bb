// A read that fails reaches the caller as an error, never as "not found" or "nothing there": the fault-injection seam
// of core/storage (Statement::failAt) fails a read of the control, disposal, risk and asset stores, and the services
// return the read's message, not a list that looks empty or a "no longer exists". Where a call reads many times (risk
// entries with their planned controls and reassessment reasons, candidates, the hooks of assignments and disposal,
// treatment plans, custom controls), every statement of it fails in turn: the answer is then the full one or the error,
// never one made from half the facts.
#include "testregistry.h"

#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/baselineservice.h"
#include "service/catalogservice.h"
#include "service/customcontrolservice.h"
#include "service/disposalservice.h"
#include "service/riskservice.h"
#include "service/threatservice.h"
#include "storage/statement.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

class TestReadErrors final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listReadsReportFailure();
    void lookupsTellFailureFromAbsence();
    void writesNeverTakeAFailedReadForAbsence();
    void riskReadsAnswerInFullOrWithTheError();
    void riskWritesCarryTheReadError();
    void disposalCarriesTheReadError();
    void ownControlsCarryTheReadError();

private:
    // An asset whose risk entry has a vulnerability derived from its controls, assessed and planned with one of the
    // threat's related controls, the asset's importance raised afterwards (so the entry needs reassessment).
    struct DerivedEntry
    {
        qint64 assetId = 0;
        QString riskNo;
        qint64 threatId = 0;
        qint64 controlId = 0;
    };
    DerivedEntry derivedEntry();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
};

namespace {

bool isReadError(const QString &message)
{
    return message.contains(QLatin1String("Could not read"));
}

bool saysAbsent(const QString &message)
{
    return message.contains(QLatin1String("no longer exists")) || message.contains(QLatin1String("does not exist")) ||
           message.contains(QLatin1String("There is no"));
}

// Runs `call` with statement 1, 2, 3 … of it failing, until it runs with no fault left to fire; `call` returns the
// message of a failure (empty on success). The messages of the runs a fault fired in, in order.
QStringList eachStatementFailing(const std::function<QString()> &call)
{
    QStringList messages;
    for (int statement = 1; statement <= 2000; ++statement) {
        Statement::failAt(statement);
        const QString message = call();
        const bool fired = Statement::faultFired();
        Statement::failAt(0);
        if (!fired)
            return messages;
        messages << (message.isEmpty() ? QStringLiteral("(answered as if nothing had failed)") : message);
    }
    return messages;
}

QString riskText(const Risk &risk)
{
    QStringList planned;
    for (qint64 id : risk.plannedControls)
        planned << QString::number(id);
    return QStringLiteral("%1 %2 v%3 %4 [%5] {%6}")
        .arg(risk.riskNo, risk.status)
        .arg(risk.vulnerability)
        .arg(risk.vulnerabilityDerived)
        .arg(planned.join(QLatin1Char(' ')), risk.reassessmentReasons.join(QLatin1Char('|')));
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

TestReadErrors::DerivedEntry TestReadErrors::derivedEntry()
{
    DerivedEntry entry;
    Asset draft = TestRegistry::validAsset(*m_registry, QStringLiteral("住民基本台帳データ"));
    draft.confidentiality = 2;
    const Result<Asset> asset = m_registry->assets().createAsset(draft);
    if (!asset) {
        qWarning("%s", qPrintable(asset.error));
        return entry;
    }
    entry.assetId = asset->id;
    if (!m_registry->risks().generateCandidates({asset->id}))
        return entry;
    for (const Risk &risk : m_registry->risks().ofAsset(asset->id)) {
        const Result<Threat> threat = m_registry->threats().byCode(risk.threatCode);
        if (!risk.vulnerabilityDerived || !threat || threat->relatedControls.isEmpty())
            continue;
        const Result<Control> control = m_registry->catalogs().findControl(threat->relatedControls.constFirst());
        if (!control)
            continue;
        entry.riskNo = risk.riskNo;
        entry.threatId = threat->id;
        entry.controlId = control->id;
        break;
    }
    if (entry.riskNo.isEmpty())
        return entry;
    RiskService::Assessment assessment;
    assessment.likelihood = 2;
    assessment.likelihoodRationale = QStringLiteral("公開サーバ");
    const Result<Risk> assessed = m_registry->risks().assess(entry.riskNo, assessment);
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("関連する管理策を実施する");
    treatment.controls = {
        {entry.controlId, QStringLiteral("情報システム課 山田"), m_registry->clock().today().addMonths(3)}};
    const Result<Risk> planned = assessed ? m_registry->risks().planTreatment(entry.riskNo, treatment) : assessed;
    Asset raised = *m_registry->assets().byId(asset->id);
    raised.confidentiality = 3;
    raised.confidentialityRationale = QStringLiteral("漏えい時の影響が重大");
    const Result<Asset> updated = planned ? m_registry->assets().updateAsset(raised) : asset;
    if (!assessed || !planned || !updated) {
        qWarning("%s", qPrintable(assessed.error + planned.error + updated.error));
        entry.riskNo.clear();
    }
    return entry;
}

void TestReadErrors::riskReadsAnswerInFullOrWithTheError()
{
    const DerivedEntry entry = derivedEntry();
    QVERIFY(!entry.riskNo.isEmpty());
    const Result<Risk> full = m_registry->risks().byNo(entry.riskNo);
    QVERIFY2(full, qPrintable(full.error));
    QVERIFY(!full->plannedControls.isEmpty());
    QVERIFY(!full->reassessmentReasons.isEmpty());
    const QString expected = riskText(*full);

    // One entry: its planned controls and the reasons read from its asset now, or the error.
    const QStringList byNo = eachStatementFailing([&]() -> QString {
        const Result<Risk> risk = m_registry->risks().byNo(entry.riskNo);
        if (!risk)
            return risk.notFound ? QStringLiteral("not found: ") + risk.error : risk.error;
        return riskText(*risk) == expected ? QString() : riskText(*risk);
    });
    QVERIFY(byNo.size() >= 3);
    for (const QString &message : byNo)
        QVERIFY2(isReadError(message), qPrintable(message));

    // The entries of the asset, the same.
    const QStringList ofAsset = eachStatementFailing([&]() -> QString {
        QString error;
        const QList<Risk> risks = m_registry->risks().ofAsset(entry.assetId, &error);
        if (!error.isEmpty())
            return error;
        for (const Risk &risk : risks)
            if (risk.riskNo == entry.riskNo)
                return riskText(risk) == expected ? QString() : riskText(risk);
        return QStringLiteral("entry missing");
    });
    QVERIFY(!ofAsset.isEmpty());
    for (const QString &message : ofAsset)
        QVERIFY2(isReadError(message), qPrintable(message));

    // The vulnerability the controls give: the value, or the error (not "none": it would ask to enter it by hand).
    QString error;
    const std::optional<int> derived = m_registry->risks().derivedVulnerability(entry.assetId, entry.threatId, &error);
    QVERIFY(derived.has_value());
    const QStringList vulnerability = eachStatementFailing([&]() -> QString {
        QString readError;
        const std::optional<int> value =
            m_registry->risks().derivedVulnerability(entry.assetId, entry.threatId, &readError);
        if (!readError.isEmpty())
            return readError;
        return value == derived ? QString() : QStringLiteral("derived %1").arg(value.value_or(0));
    });
    QVERIFY(vulnerability.size() >= 3);
    for (const QString &message : vulnerability)
        QVERIFY2(isReadError(message), qPrintable(message));

    // Candidates of an asset without entries: every one with its derived vulnerability, or the error; and of the asset
    // with entries: none (a failed read of its entries would offer them all again).
    const Result<Asset> fresh =
        m_registry->assets().createAsset(TestRegistry::validAsset(*m_registry, QStringLiteral("窓口受付簿")));
    QVERIFY2(fresh, qPrintable(fresh.error));
    for (const qint64 assetId : {fresh->id, entry.assetId}) {
        const Result<QList<Risk>> all = m_registry->risks().candidates(assetId);
        QVERIFY2(all, qPrintable(all.error));
        QCOMPARE(all->isEmpty(), assetId == entry.assetId);
        QStringList texts;
        for (const Risk &risk : *all)
            texts << risk.threatCode + QString::number(risk.vulnerability) + QString::number(risk.vulnerabilityDerived);
        const QStringList candidates = eachStatementFailing([&]() -> QString {
            const Result<QList<Risk>> some = m_registry->risks().candidates(assetId);
            if (!some)
                return some.notFound ? QStringLiteral("not found: ") + some.error : some.error;
            QStringList got;
            for (const Risk &risk : *some)
                got << risk.threatCode + QString::number(risk.vulnerability) +
                           QString::number(risk.vulnerabilityDerived);
            return got == texts ? QString() : got.join(QLatin1Char(' '));
        });
        QVERIFY(candidates.size() >= 2);
        for (const QString &message : candidates)
            QVERIFY2(isReadError(message), qPrintable(message));
    }
}

void TestReadErrors::riskWritesCarryTheReadError()
{
    const DerivedEntry entry = derivedEntry();
    QVERIFY(!entry.riskNo.isEmpty());
    const Result<Risk> before = m_registry->risks().byNo(entry.riskNo);
    QVERIFY(before);

    // Implementing the planned control recomputes the entry's vulnerability (the hook of assignments) in the same
    // change: each failed statement leaves both as they were, and the reads say so in their own words.
    const std::optional<ControlAssignment> assigned =
        m_registry->assignments().assignment(entry.assetId, entry.controlId);
    QVERIFY(assigned);
    ControlAssignment implemented = *assigned;
    implemented.implementation = QStringLiteral("implemented");
    int readErrors = 0;
    const QStringList assign = eachStatementFailing([&]() -> QString {
        const Result<ControlAssignment> saved = m_registry->assignments().assign(implemented);
        return saved ? QString() : saved.error;
    });
    for (const QString &message : assign) {
        QVERIFY2(!saysAbsent(message), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 4, qPrintable(assign.join(QLatin1Char('\n'))));
    const Result<Risk> after = m_registry->risks().byNo(entry.riskNo);
    QVERIFY(after);
    QCOMPARE(after->rowVersion, before->rowVersion + 1);
    QVERIFY(after->vulnerability < before->vulnerability);

    // A second planned control: its assignment is read, not taken as missing and written anew.
    Result<Control> second = m_registry->catalogs().findControl(QStringLiteral("TEC-04"));
    if (second && second->id == entry.controlId)
        second = m_registry->catalogs().findControl(QStringLiteral("TEC-08"));
    QVERIFY(second);
    RiskService::Treatment treatment;
    treatment.treatment = QStringLiteral("reduce");
    treatment.plan = QStringLiteral("多要素認証も導入する");
    treatment.controls = {
        {entry.controlId, QString(), m_registry->clock().today().addMonths(2)},
        {second->id, QStringLiteral("情報システム課 鈴木"), m_registry->clock().today().addMonths(4)}};
    readErrors = 0;
    const QStringList plan = eachStatementFailing([&]() -> QString {
        const Result<Risk> planned = m_registry->risks().planTreatment(entry.riskNo, treatment);
        return planned ? QString() : planned.error;
    });
    for (const QString &message : plan) {
        QVERIFY2(!saysAbsent(message), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 4, qPrintable(plan.join(QLatin1Char('\n'))));
    QCOMPARE(m_registry->assignments().assignment(entry.assetId, entry.controlId)->implementation,
             QStringLiteral("implemented"));
    QCOMPARE(m_registry->risks().byNo(entry.riskNo)->plannedControls, (QList<qint64>{entry.controlId, second->id}));

    // A new entry of the asset reads the asset and derives its vulnerability; reassessing reads them again.
    Risk draft;
    draft.assetId = entry.assetId;
    draft.threatId = entry.threatId;
    draft.scenario = QStringLiteral("別経路からの漏えい");
    draft.vulnerabilityDerived = true;
    QString created;
    readErrors = 0;
    const QStringList create = eachStatementFailing([&]() -> QString {
        const Result<Risk> risk = m_registry->risks().create(draft);
        if (risk)
            created = risk->riskNo;
        return risk ? QString() : risk.error;
    });
    for (const QString &message : create) {
        QVERIFY2(!saysAbsent(message), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 3, qPrintable(create.join(QLatin1Char('\n'))));
    QVERIFY(!created.isEmpty());
    RiskService::Assessment assessment;
    assessment.likelihood = 3;
    assessment.likelihoodRationale = QStringLiteral("攻撃が増えている");
    readErrors = 0;
    const QStringList assess = eachStatementFailing([&]() -> QString {
        const Result<Risk> risk = m_registry->risks().assess(created, assessment);
        return risk ? QString() : risk.error;
    });
    for (const QString &message : assess) {
        QVERIFY2(!saysAbsent(message), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 4, qPrintable(assess.join(QLatin1Char('\n'))));
    QCOMPARE(m_registry->risks().byNo(created)->status, QStringLiteral("assessed"));
}

void TestReadErrors::disposalCarriesTheReadError()
{
    const DerivedEntry entry = derivedEntry();
    QVERIFY(!entry.riskNo.isEmpty());
    const Result<DisposalJob> expected = m_registry->disposal().draft({entry.assetId});
    QVERIFY2(expected, qPrintable(expected.error));
    const QStringList drafts = eachStatementFailing([&]() -> QString {
        const Result<DisposalJob> draft = m_registry->disposal().draft({entry.assetId});
        return draft ? QString() : draft.error;
    });
    QVERIFY(!drafts.isEmpty());
    for (const QString &message : drafts)
        QVERIFY2(isReadError(message), qPrintable(message));

    DisposalJob job = *expected;
    job.performedBy = {QStringLiteral("田中 太郎"), QStringLiteral("主任"), QStringLiteral("情報システム課"),
                       m_registry->clock().today()};
    job.validatedBy = {QStringLiteral("山本 次郎"), QStringLiteral("課長"), QStringLiteral("情報システム課"),
                       m_registry->clock().today()};
    for (DisposalItem &item : job.items) {
        item.serialNo = QStringLiteral("SN-") + item.assetNo;
        item.mediaType = QStringLiteral("other");
        item.mediaDescription = QStringLiteral("ノートPC内蔵ドライブ");
    }
    const QList<EvidenceFile> evidence{
        {QStringLiteral("消去証明書.pdf"), QStringLiteral("application/pdf"),
         QByteArrayLiteral("%PDF-1.4 certificate")},
        {QStringLiteral("写真.png"), QStringLiteral("image/png"), QByteArrayLiteral("PNG photo")}};
    // Recording reads the asset again, the status it leaves and the risk entries the disposal closes: each failed
    // statement keeps the asset in use and its entries open.
    int readErrors = 0;
    const QStringList record = eachStatementFailing([&]() -> QString {
        const Result<DisposalJob> recorded = m_registry->disposal().record(job, evidence);
        if (recorded)
            return QString();
        if (m_registry->disposal().jobCount() != 0 ||
            m_registry->assets().byId(entry.assetId)->status == QLatin1String("disposed") ||
            m_registry->risks().byNo(entry.riskNo)->status == QLatin1String("closed"))
            return QStringLiteral("(kept part of the change) ") + recorded.error;
        return recorded.error;
    });
    for (const QString &message : record) {
        QVERIFY2(!saysAbsent(message) && !message.startsWith(QLatin1String("(kept")), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 3, qPrintable(record.join(QLatin1Char('\n'))));
    QCOMPARE(m_registry->assets().byId(entry.assetId)->status, QStringLiteral("disposed"));
    QCOMPARE(m_registry->risks().byNo(entry.riskNo)->status, QStringLiteral("closed"));

    // Verifying the evidence: a file that cannot be read is one error in its own words, never a mismatch, and the
    // files after it are still checked.
    const QStringList verify = eachStatementFailing([&]() -> QString {
        const EvidenceCheck check = m_registry->disposal().verifyEvidence();
        if (check.errors.isEmpty() && check.mismatches.isEmpty() && check.checked == 2)
            return QString();
        if (check.errors.size() != 1 || !check.mismatches.isEmpty())
            return QStringLiteral("(%1 errors, %2 mismatches) ").arg(check.errors.size()).arg(check.mismatches.size()) +
                   check.errors.join(QLatin1Char('|'));
        return check.errors.constFirst();
    });
    QVERIFY(verify.size() >= 3);
    for (const QString &message : verify)
        QVERIFY2(isReadError(message), qPrintable(message));
}

void TestReadErrors::ownControlsCarryTheReadError()
{
    Control draft;
    draft.code = QStringLiteral("OWN-02");
    draft.titleJa = QStringLiteral("持ち出し記録の点検");
    draft.area = 7;
    qint64 id = 0;
    const QStringList add = eachStatementFailing([&]() -> QString {
        const Result<Control> own = m_registry->customControls().addOwnControl(draft);
        if (own)
            id = own->id;
        return own ? QString() : own.error;
    });
    QVERIFY(add.size() >= 3);
    int readErrors = 0;
    for (const QString &message : add) {
        // A failed read of the codes in use is not "the code is free" nor "the code is taken".
        QVERIFY2(!saysAbsent(message) && !message.contains(QLatin1String("already")), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 2, qPrintable(add.join(QLatin1Char('\n'))));
    QVERIFY(id > 0);

    Control edited = *m_registry->catalogs().control(id);
    edited.titleEn = QStringLiteral("Check the log of media taken out");
    readErrors = 0;
    const QStringList update = eachStatementFailing([&]() -> QString {
        const Result<Control> saved = m_registry->customControls().updateOwnControl(edited);
        return saved ? QString() : saved.error;
    });
    for (const QString &message : update) {
        QVERIFY2(!saysAbsent(message), qPrintable(message));
        readErrors += isReadError(message) ? 1 : 0;
    }
    QVERIFY2(readErrors >= 1, qPrintable(update.join(QLatin1Char('\n'))));
    QCOMPARE(m_registry->catalogs().control(id)->titleEn, edited.titleEn);
}

QTEST_GUILESS_MAIN(TestReadErrors)
#include "test_readerrors.moc"
