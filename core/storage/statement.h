// Every SQL statement of the registry runs through here: failures are logged under one category, and tests can make
// the Nth statement fail to prove that each write rolls back completely (the fault-injection seam).
#pragma once

#include "internal.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Statement {

// Runs a prepared statement, or the given SQL text. Returns false (and logs) when it fails, a fault is injected or the
// job this thread runs was cancelled (service/progress.h).
bool exec(QSqlQuery &query);
bool exec(QSqlQuery &query, const QString &sql);
// The text of the last failure of query, or of the injected fault.
QString errorText(const QSqlQuery &query);
// The same seam for a statement that runs past Qt SQL (storage/sqlitebulk.h), called before each of its runs: counts
// the run and returns false, with the reason in *reason, when a fault is injected at it or the job was cancelled.
bool mayRun(QString *reason);
// Counts and logs a failure of such a statement, as exec() does for its own.
void reportFailure(const QString &error, const QString &sql);

// Fault injection for tests: the statement numbered `statement` (1 = the next one) fails, once; 0 turns it off.
void failAt(qint64 statement);
// Statements of this thread that failed since it started. A unit of work compares it at commit: a change commits only
// when every statement inside it succeeded, also the reads whose failure the caller took for "nothing there".
qint64 failures();
// Statements run since the process started; tests take the difference around a write to count its statements.
qint64 executed();
// True while an injected fault has fired and not been cleared by failAt().
bool faultFired();

} // namespace Statement
