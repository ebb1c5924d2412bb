// Benchmark of risk assessment (design/risk.md, issue 12 part 11): the candidates of 10,000 assets saved in one step
// (rule 10, audited as one batch event with a creation record per entry) and the dashboard's heat map over 100,000 risk
// entries, each within 1 s. Each result is checked before its time counts: the candidates of a sample of assets as the
// per-asset path computes them, the heat map's cells against a plain GROUP BY. The references run in the same run on
// the same data: the sqlite3 shell inserting the same rows into the risk table in one statement, and the sqlite3
// shell's GROUP BY of the heat map. Fails when a budget is broken (wall clock, or processor time with --processor on a
// machine shared with other work).
#include "../tests/rawsql.h"
#include "dashboard/dashboardwindow.h"
#include "service/assetservice.h"
#include "service/assignmentservice.h"
#include "service/auditlog.h"
#include "service/catalogservice.h"
#include "service/dashboardservice.h"
#include "service/registry.h"
#include "service/riskservice.h"
#include "service/syntheticassets.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <ctime>

namespace {

QTextStream out(stdout);

struct Timing
{
    qint64 wall = 0;
    qint64 cpu = 0;
};

template <typename F> Timing timed(const char *what, F &&work)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    work();
    Timing timing{timer.elapsed(), qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC};
    out << what << ": " << timing.wall << " ms (processor " << timing.cpu << " ms)" << Qt::endl;
    return timing;
}

// The sqlite3 shell running SQL on a file, timed from start to exit; -1 when there is no shell or it failed.
qint64 shell(const QString &file, const QString &sql, QString *output = nullptr)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return -1;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, {file, sql});
    process.waitForFinished(-1);
    const qint64 elapsed = timer.elapsed();
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? elapsed : -1;
}

qint64 scalar(const QString &path, const QString &sql)
{
    QSqlQuery query(RawSql::connection(path));
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

bool same(const Risk &a, const Risk &b)
{
    return a.threatId == b.threatId && a.importance == b.importance && a.likelihood == b.likelihood &&
           a.vulnerability == b.vulnerability && a.vulnerabilityDerived == b.vulnerabilityDerived &&
           a.riskValue == b.riskValue && a.riskLevel == b.riskLevel && a.owner == b.owner && a.scenario == b.scenario &&
           a.objectives == b.objectives && a.status == b.status;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("assets"), QStringLiteral("Assets whose candidates are saved in one step."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Risk entries under the heat map."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("budget"), QStringLiteral("Budget of each in ms."), QStringLiteral("MS"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("processor"), QStringLiteral("Judge the budget by processor time.")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Folder for the registry."), QStringLiteral("dir"), QDir::tempPath()});
    parser.process(app);
    const int assetCount = parser.value(QStringLiteral("assets")).toInt();
    const qint64 entryCount = parser.value(QStringLiteral("entries")).toLongLong();
    const qint64 budget = parser.value(QStringLiteral("budget")).toLongLong();
    const bool byProcessor = parser.isSet(QStringLiteral("processor"));
    QDir().mkpath(parser.value(QStringLiteral("dir")));
    const QDir dir(parser.value(QStringLiteral("dir")));
    const QString path = dir.filePath(QStringLiteral("bench-risk.sqlite"));
    const QString reference = dir.filePath(QStringLiteral("bench-risk-reference.sqlite"));
    const auto removeFiles = [](const QString &file) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    };
    removeFiles(path);
    removeFiles(reference);

    QString error;
    std::unique_ptr<Registry> registry = Registry::create(path, {}, &error);
    if (!registry) {
        out << error << Qt::endl;
        return 1;
    }
    // Assets, a few related controls assigned to some of them (so the derived vulnerabilities differ), a few entries
    // already there (candidates skip their threats).
    timed("generate assets", [&] {
        registry->assets().createAssets(
            SyntheticAssets::generate(assetCount, registry->scheme(), 12, QDate::currentDate()));
    });
    QList<qint64> ids;
    {
        QSqlQuery query(RawSql::connection(path));
        query.exec(QStringLiteral("SELECT id FROM asset WHERE status <> 'disposed' ORDER BY id"));
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    QList<qint64> every3rd;
    for (int n = 0; n < ids.size(); n += 3)
        every3rd << ids.at(n);
    const QStringList codes{QStringLiteral("TEC-01"), QStringLiteral("TEC-07"), QStringLiteral("PHY-05"),
                            QStringLiteral("OPS-02")};
    for (int n = 0; n < codes.size(); ++n) {
        const Result<Control> control = registry->catalogs().findControl(codes.at(n), QStringLiteral("builtin"));
        AssignmentPatch patch;
        patch.implementation = n % 2 ? QStringLiteral("implemented") : QStringLiteral("partial");
        if (!control || !registry->assignments().assignMany(every3rd, {control->id}, patch)) {
            out << "could not assign " << codes.at(n) << Qt::endl;
            return 1;
        }
    }

    // The expected candidates of a sample, from the per-asset path, before the batch.
    QHash<qint64, QList<Risk>> expected;
    qint64 before = scalar(path, QStringLiteral("SELECT count(*) FROM audit_event"));
    for (int n = 0; n < ids.size(); n += std::max(1, int(ids.size() / 100)))
        expected.insert(ids.at(n), registry->risks().candidates(ids.at(n)).value.value_or(QList<Risk>()));

    int made = 0;
    const Timing candidates = timed("candidates of the assets saved in one step (audited)", [&] {
        const Result<int> result = registry->risks().generateCandidates(ids);
        if (!result)
            out << result.error << Qt::endl;
        made = result.value.value_or(-1);
    });
    out << "assets: " << ids.size() << "; entries made: " << made << Qt::endl;
    // Check: the count, one audit event for the batch with a creation record for each entry, the chain and the
    // batch's digest verified, and the sample as the per-asset path computed it.
    if (made <= 0 || scalar(path, QStringLiteral("SELECT count(*) FROM risk")) != made ||
        scalar(path, QStringLiteral("SELECT count(*) FROM audit_event")) - before != 1 ||
        scalar(path, QStringLiteral("SELECT count(*) FROM risk_creation")) != made) {
        out << "FAIL: the entries, their batch event or their creation records are not all there" << Qt::endl;
        return 1;
    }
    const ChainCheck verified = registry->audit().verify();
    if (!verified.ok()) {
        out << "FAIL: " << verified.message << Qt::endl;
        return 1;
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QList<Risk> saved = registry->risks().ofAsset(it.key());
        if (saved.size() != it.value().size()) {
            out << "FAIL: asset " << it.key() << " has " << saved.size() << " entries, expected " << it.value().size()
                << Qt::endl;
            return 1;
        }
        for (int n = 0; n < saved.size(); ++n) {
            if (!same(saved.at(n), it.value().at(n))) {
                out << "FAIL: entry " << saved.at(n).riskNo << " differs from the candidate" << Qt::endl;
                return 1;
            }
        }
        // Each entry's history starts with its creation, from its creation record under the batch event.
        const QList<AuditEvent> history = saved.isEmpty()
                                              ? QList<AuditEvent>()
                                              : registry->audit().eventsFor(QStringLiteral("risk"), saved.at(0).riskNo);
        if (!saved.isEmpty() && (history.isEmpty() || history.at(0).action != QLatin1String("create") ||
                                 history.at(0).changes.value(QStringLiteral("scenario")).toArray().at(1).toString() !=
                                     saved.at(0).scenario)) {
            out << "FAIL: the history of " << saved.at(0).riskNo << " does not show its creation" << Qt::endl;
            return 1;
        }
        if (!registry->risks().candidates(it.key()).value.value_or(QList<Risk>{Risk()}).isEmpty()) {
            out << "FAIL: asset " << it.key() << " still has candidates" << Qt::endl;
            return 1;
        }
    }
    QSqlQuery(RawSql::connection(path)).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    // Reference: the sqlite3 shell writing the same rows into the risk table (same indexes and triggers) in one
    // statement, on a copy.
    QFile::copy(path, reference);
    qint64 shellInsert = -1;
    if (shell(reference, QStringLiteral("CREATE TABLE risk_copy AS SELECT * FROM risk; DELETE FROM risk;")) >= 0)
        shellInsert = shell(reference, QStringLiteral("INSERT INTO risk SELECT * FROM risk_copy;"));
    out << "sqlite3 shell inserting the same " << made << " rows: " << shellInsert << " ms; ratio "
        << (shellInsert > 0 ? double(candidates.wall) / double(shellInsert) : 0.0) << Qt::endl;
    // And everything the step writes: the rows and their creation records.
    qint64 shellBoth = -1;
    if (shell(reference, QStringLiteral("DELETE FROM risk; CREATE TABLE creation_copy AS SELECT * FROM risk_creation; "
                                        "DROP TRIGGER risk_creation_no_delete; DELETE FROM risk_creation;")) >= 0)
        shellBoth = shell(reference, QStringLiteral("INSERT INTO risk SELECT * FROM risk_copy; INSERT INTO "
                                                    "risk_creation SELECT * FROM creation_copy;"));
    out << "sqlite3 shell inserting the same rows and their creation records: " << shellBoth << " ms; ratio "
        << (shellBoth > 0 ? double(candidates.wall) / double(shellBoth) : 0.0) << Qt::endl;
    removeFiles(reference);

    // The heat map over `entryCount` entries: more candidates from copies of the entries when needed (past the
    // services: only the figures are measured here), then most of them assessed, treated, accepted or closed with
    // ratings spread over the cells.
    {
        QSqlDatabase db = RawSql::connection(path);
        QSqlQuery query(db);
        db.transaction();
        const QString columns = QStringLiteral(
            "asset_id, threat_id, scenario, objectives, importance, importance_rationale, likelihood, "
            "likelihood_rationale, vulnerability, vulnerability_derived, vulnerability_rationale, damage_likelihood, "
            "risk_value, risk_level, owner, treatment, treatment_plan, transfer_to, due, residual_likelihood, "
            "residual_vulnerability, residual_value, residual_level, accepted_by, accepted_title, accepted_role, "
            "accepted_on, acceptance_reason, accepted_until, status, not_applicable, assessed_on, assessed_by, "
            "next_review, closed_on, closed_reason, disposal_no, snapshot_personal_info, snapshot_asset_type, "
            "snapshot_medium_class, snapshot_vulnerability");
        while (scalar(path, QStringLiteral("SELECT count(*) FROM risk")) < entryCount) {
            const qint64 have = scalar(path, QStringLiteral("SELECT count(*) FROM risk"));
            if (!query.exec(QStringLiteral("INSERT INTO risk (risk_no, %1) SELECT 'B-' || id || '-' || %2, %1 FROM "
                                           "risk ORDER BY id LIMIT %3")
                                .arg(columns)
                                .arg(have)
                                .arg(entryCount - have))) {
                out << "could not add entries" << Qt::endl;
                return 1;
            }
        }
        query.exec(QStringLiteral("DELETE FROM risk WHERE id IN (SELECT id FROM risk ORDER BY id LIMIT -1 OFFSET %1)")
                       .arg(entryCount));
        query.exec(QStringLiteral(
            "UPDATE risk SET likelihood = 1 + id % 3, vulnerability = 1 + (id / 3) % 3, status = CASE id % 10 "
            "WHEN 0 THEN 'identified' WHEN 1 THEN 'closed' WHEN 2 THEN 'planned' WHEN 3 THEN 'in_treatment' "
            "WHEN 4 THEN 'accepted' ELSE 'assessed' END, assessed_on = '2026-04-01', next_review = '2027-04-01'"));
        query.exec(QStringLiteral("UPDATE risk SET damage_likelihood = CASE WHEN likelihood + vulnerability >= 6 "
                                  "THEN 3 WHEN likelihood + vulnerability = 5 THEN 2 ELSE 1 END"));
        query.exec(QStringLiteral("UPDATE risk SET risk_value = importance * damage_likelihood"));
        query.exec(QStringLiteral("UPDATE risk SET risk_level = CASE WHEN risk_value >= 6 THEN 'high' WHEN "
                                  "risk_value >= 4 THEN 'medium' ELSE 'low' END"));
        db.commit();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 entries = scalar(path, QStringLiteral("SELECT count(*) FROM risk"));
    out << "risk entries: " << entries << Qt::endl;

    // Check: the heat map's cells as a plain GROUP BY counts them (open, assessed entries).
    DashboardFigures figures;
    const Timing heat = timed("heat map counts (RiskService::countBy, open and assessed entries)", [&] {
        RiskFilter filter;
        filter.status = QStringLiteral("open");
        filter.assessedOnly = true;
        registry->risks().countBy(QStringLiteral("importance,damage_likelihood"), filter);
    });
    const Timing dashboard = timed("dashboard figures (heat map, levels, treatments, assets, gaps, due)", [&] {
        figures = registry->dashboard().figures().value.value_or(DashboardFigures());
    });
    QSqlQuery cells(RawSql::connection(path));
    cells.exec(QStringLiteral("SELECT importance, damage_likelihood, count(*) FROM risk WHERE status NOT IN "
                              "('closed', 'identified') GROUP BY 1, 2"));
    qint64 total = 0;
    while (cells.next()) {
        total += cells.value(2).toLongLong();
        if (figures.heatAt(cells.value(0).toInt(), cells.value(1).toInt()) != cells.value(2).toLongLong()) {
            out << "FAIL: heat map cell " << cells.value(0).toInt() << "," << cells.value(1).toInt() << " shows "
                << figures.heatAt(cells.value(0).toInt(), cells.value(1).toInt()) << ", expected "
                << cells.value(2).toLongLong() << Qt::endl;
            return 1;
        }
    }
    if (total != figures.openRisks || total == 0) {
        out << "FAIL: the heat map holds " << figures.openRisks << " entries, expected " << total << Qt::endl;
        return 1;
    }
    Timing window;
    {
        DashboardWindow shown(*registry);
        shown.resize(1400, 900);
        shown.show();
        QApplication::processEvents();
        window = timed("dashboard window: figures read again and drawn (heat map and charts)", [&] {
            shown.refresh();
            shown.repaint();
        });
        if (shown.figures().openRisks != total) {
            out << "FAIL: the dashboard window shows " << shown.figures().openRisks << " entries" << Qt::endl;
            return 1;
        }
    }
    QString shellOutput;
    const qint64 shellHeat =
        shell(path,
              QStringLiteral("SELECT importance, damage_likelihood, count(*) FROM risk WHERE status "
                             "NOT IN ('closed', 'identified') GROUP BY 1, 2;"),
              &shellOutput);
    out << "sqlite3 shell GROUP BY of the heat map: " << shellHeat << " ms; ratio of the counts "
        << (shellHeat > 0 ? double(heat.wall) / double(shellHeat) : 0.0) << Qt::endl;

    registry.reset();
    removeFiles(path);
    const auto judged = [byProcessor](const Timing &timing) { return byProcessor ? timing.cpu : timing.wall; };
    bool ok = true;
    for (const auto &[what, timing] : {std::pair{"candidates", candidates}, std::pair{"dashboard figures", dashboard},
                                       std::pair{"dashboard window", window}}) {
        if (judged(timing) > budget) {
            out << "FAIL: " << what << " took " << judged(timing) << " ms, budget " << budget << " ms" << Qt::endl;
            ok = false;
        }
    }
    out << (ok ? "within budget" : "budget broken") << Qt::endl;
    return ok ? 0 : 1;
}
