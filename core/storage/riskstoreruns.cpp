// SQL of assessment runs (design/risk.md): the dated, approved rounds of risk assessment and their record of what
// was assessed. Threats and risk entries are in riskstore.cpp.
#include "riskstore.h"

#include "database.h"
#include "statement.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}
QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const QString kRunColumns = QStringLiteral("id, run_no, title, scope, period_from, period_to, assessor, approver, "
                                           "approver_title, approved_on, criteria, counts, created_by, created_at");

AssessmentRun runFromQuery(const QSqlQuery &query)
{
    AssessmentRun run;
    int c = 0;
    run.id = query.value(c++).toLongLong();
    run.runNo = query.value(c++).toString();
    run.title = query.value(c++).toString();
    run.scope = query.value(c++).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.periodFrom = dateOf(query.value(c++));
    run.periodTo = dateOf(query.value(c++));
    run.assessor = query.value(c++).toString();
    run.approver = query.value(c++).toString();
    run.approverTitle = query.value(c++).toString();
    run.approvedOn = dateOf(query.value(c++));
    run.criteria = QJsonDocument::fromJson(query.value(c++).toString().toUtf8()).object();
    run.counts = QJsonDocument::fromJson(query.value(c++).toString().toUtf8()).object();
    run.createdBy = query.value(c++).toString();
    run.createdAt = QDateTime::fromString(query.value(c++).toString(), Qt::ISODateWithMs);
    run.createdAt.setTimeSpec(Qt::UTC);
    return run;
}

QString json(const QJsonObject &object)
{
    return object.isEmpty() ? QString(QLatin1String(""))
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

bool RiskStore::insertRun(AssessmentRun *run, QString *error)
{
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM assessment_run")) ||
        !query.next()) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the assessment run in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    run->runNo = QStringLiteral("RA-%1").arg(query.value(0).toLongLong(), 4, 10, QLatin1Char('0'));
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO assessment_run (run_no, title, scope, period_from, period_to, assessor, "
                                 "approver, approver_title, approved_on, criteria, counts, created_by, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_database.returningId());
    query.addBindValue(run->runNo);
    query.addBindValue(text(run->title));
    query.addBindValue(text(run->scope.join(QLatin1Char('\n'))));
    query.addBindValue(isoDate(run->periodFrom));
    query.addBindValue(isoDate(run->periodTo));
    query.addBindValue(text(run->assessor));
    query.addBindValue(text(run->approver));
    query.addBindValue(text(run->approverTitle));
    query.addBindValue(isoDate(run->approvedOn));
    query.addBindValue(json(run->criteria));
    query.addBindValue(json(run->counts));
    query.addBindValue(text(run->createdBy));
    query.addBindValue(run->createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the assessment run in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    run->id = Database::insertedId(query);
    return true;
}

bool RiskStore::updateRun(const AssessmentRun &run, QString *error)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE assessment_run SET title = ?, scope = ?, period_from = ?, period_to = ?, "
                                 "assessor = ?, approver = ?, approver_title = ?, approved_on = ?, criteria = ?, "
                                 "counts = ? WHERE id = ?"));
    query.addBindValue(text(run.title));
    query.addBindValue(text(run.scope.join(QLatin1Char('\n'))));
    query.addBindValue(isoDate(run.periodFrom));
    query.addBindValue(isoDate(run.periodTo));
    query.addBindValue(text(run.assessor));
    query.addBindValue(text(run.approver));
    query.addBindValue(text(run.approverTitle));
    query.addBindValue(isoDate(run.approvedOn));
    query.addBindValue(json(run.criteria));
    query.addBindValue(json(run.counts));
    query.addBindValue(run.id);
    if (!Statement::exec(query)) {
        *error = failed(QT_TRANSLATE_NOOP("RiskStore", "Could not save the assessment run in the registry %1: %2"),
                        Statement::errorText(query));
        return false;
    }
    return true;
}

std::optional<AssessmentRun> RiskStore::runById(qint64 id, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM assessment_run WHERE id = ?").arg(kRunColumns));
    query.addBindValue(id);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return runFromQuery(query);
}

std::optional<AssessmentRun> RiskStore::runByNo(const QString &runNo, QString *error) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM assessment_run WHERE run_no = ?").arg(kRunColumns));
    query.addBindValue(runNo);
    if (!Statement::exec(query)) {
        readFailed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return runFromQuery(query);
}

QList<AssessmentRun> RiskStore::runs(QString *error) const
{
    QList<AssessmentRun> list;
    QSqlQuery query(db());
    if (!Statement::exec(query, QStringLiteral("SELECT %1 FROM assessment_run ORDER BY id DESC").arg(kRunColumns))) {
        readFailed(query, error);
        return list;
    }
    while (query.next())
        list.append(runFromQuery(query));
    return list;
}
