// Statement execution with logging and the fault-injection seam.
#include "statement.h"

#include "service/progress.h"

#include <QSqlError>

#include <atomic>

// Off by default: users read the translated message of the service, which says what failed and what to do; the raw
// database text is for diagnosis (QT_LOGGING_RULES="assetregistry.storage.warning=true").
Q_LOGGING_CATEGORY(lcStorage, "assetregistry.storage", QtCriticalMsg)

namespace {

std::atomic<qint64> g_executed{0};
std::atomic<qint64> g_failAt{0};
std::atomic<bool> g_fired{false};
thread_local qint64 t_failures = 0;

const char kInjected[] = "injected fault (test)";

// Counts the statement; true when the test asked this one to fail.
bool injectFault()
{
    const qint64 number = ++g_executed;
    const qint64 target = g_failAt.load();
    if (target > 0 && number == target) {
        g_fired = true;
        g_failAt = 0;
        return true;
    }
    return false;
}

void logFailure(const QSqlQuery &query, const QString &sql)
{
    ++t_failures;
    qCWarning(lcStorage).noquote() << "statement failed:" << Statement::errorText(query) << "|"
                                   << (sql.isEmpty() ? query.lastQuery() : sql).simplified().left(300);
}

} // namespace

namespace Statement {

bool exec(QSqlQuery &query)
{
    if (injectFault() || Progress::currentCancelled()) {
        // As after a real failure, the prepared statement stays usable: preparing it again drops the values bound
        // for the run that did not happen.
        const QString sql = query.lastQuery();
        query.finish();
        query.prepare(sql);
        logFailure(query, QString());
        return false;
    }
    if (query.exec())
        return true;
    logFailure(query, QString());
    return false;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (injectFault() || Progress::currentCancelled()) {
        query.finish();
        logFailure(query, sql);
        return false;
    }
    if (query.exec(sql))
        return true;
    logFailure(query, sql);
    return false;
}

QString errorText(const QSqlQuery &query)
{
    QString text = query.lastError().text();
    if (text.trimmed().isEmpty() && Progress::currentCancelled())
        return Progress::cancelledMessage();
    if (text.trimmed().isEmpty() && g_fired)
        return QString::fromLatin1(kInjected);
    return text;
}

bool mayRun(QString *reason)
{
    if (injectFault()) {
        *reason = QString::fromLatin1(kInjected);
        return false;
    }
    if (Progress::currentCancelled()) {
        *reason = Progress::cancelledMessage();
        return false;
    }
    return true;
}

void reportFailure(const QString &error, const QString &sql)
{
    ++t_failures;
    qCWarning(lcStorage).noquote() << "statement failed:" << error << "|" << sql.simplified().left(300);
}

void failAt(qint64 statement)
{
    g_fired = false;
    g_failAt = statement > 0 ? g_executed.load() + statement : 0;
}

qint64 failures()
{
    return t_failures;
}

qint64 executed()
{
    return g_executed.load();
}

bool faultFired()
{
    return g_fired.load();
}

} // namespace Statement
