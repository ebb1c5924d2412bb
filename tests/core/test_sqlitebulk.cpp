// Bulk inserts through SQLite's own interface (storage/sqlitebulk.h): the rows land with the values bound — integers,
// texts in any script, texts given as UTF-8 stored as text, empty and null values — inside the connection's
// transaction (a rollback takes them away), a refused row fails with SQLite's reason and writes nothing, each row is a
// statement for the fault-injection seam, and a connection that is not SQLite's gives no bulk statement.
#include "storage/sqlitebulk.h"
#include "storage/statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteBulk final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsLandWithTheirValues();
    void aRollbackTakesTheRowsAway();
    void aRefusedRowFailsWithTheReason();
    void eachRowIsAStatementForTheFaultSeam();
    void noBulkStatementWithoutSqlite();

private:
    qint64 count() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

void TestSqliteBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
    m_db.setDatabaseName(m_dir->filePath(QStringLiteral("bulk.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                                      "note TEXT, vals TEXT NOT NULL)")));
}

void TestSqliteBulk::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    m_dir.reset();
}

qint64 TestSqliteBulk::count() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM item")) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestSqliteBulk::rowsLandWithTheirValues()
{
    QVERIFY(SqliteBulk::applies(m_db));
    QVERIFY(m_db.transaction());
    {
        SqliteBulk insert(m_db, QStringLiteral("INSERT INTO item (id, name, note, vals) VALUES (?, ?, ?, ?)"));
        QVERIFY2(insert.isValid(), qPrintable(insert.errorText()));
        for (int n = 1; n <= 1000; ++n) {
            insert.bind(1, qint64(n * 10));
            insert.bind(2, QStringLiteral("人事記録 %1").arg(n));
            if (n % 2)
                insert.bindNull(3);
            else
                insert.bind(3, n % 4 ? QString() : QStringLiteral("備考"));
            insert.bindUtf8(4, QStringLiteral("[\"R-%1\",\"外部からの不正アクセス\"]").arg(n).toUtf8());
            QVERIFY2(insert.insertRow(), qPrintable(insert.errorText()));
            QCOMPARE(insert.lastRowId(), qint64(n * 10));
        }
    }
    QVERIFY(m_db.commit());
    QCOMPARE(count(), 1000);
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT name, note IS NULL, note, typeof(vals), vals FROM item WHERE id IN "
                                      "(10, 20, 40) ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("人事記録 1"));
    QCOMPARE(query.value(1).toInt(), 1);
    QCOMPARE(query.value(3).toString(), QStringLiteral("text"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("[\"R-1\",\"外部からの不正アクセス\"]"));
    QVERIFY(query.next());
    // A null QString is stored as an empty text, as the registry's columns keep "none".
    QCOMPARE(query.value(1).toInt(), 0);
    QCOMPARE(query.value(2).toString(), QString());
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), QStringLiteral("備考"));
}

void TestSqliteBulk::aRollbackTakesTheRowsAway()
{
    QVERIFY(m_db.transaction());
    {
        SqliteBulk insert(m_db, QStringLiteral("INSERT INTO item (name, vals) VALUES (?, ?)"));
        for (int n = 0; n < 10; ++n) {
            insert.bind(1, QString::number(n));
            insert.bindUtf8(2, "[]");
            QVERIFY(insert.insertRow());
        }
    }
    QCOMPARE(count(), 10);
    QVERIFY(m_db.rollback());
    QCOMPARE(count(), 0);
}

void TestSqliteBulk::aRefusedRowFailsWithTheReason()
{
    SqliteBulk insert(m_db, QStringLiteral("INSERT INTO item (name, vals) VALUES (?, ?)"));
    insert.bind(1, QStringLiteral("一"));
    insert.bindUtf8(2, "[]");
    QVERIFY(insert.insertRow());
    // The same name again: the UNIQUE constraint refuses it, and nothing more is written through the statement.
    QVERIFY(!insert.insertRow());
    QVERIFY2(insert.errorText().contains(QLatin1String("UNIQUE")), qPrintable(insert.errorText()));
    insert.bind(1, QStringLiteral("二"));
    QVERIFY(!insert.insertRow());
    QCOMPARE(count(), 1);
    // A statement SQLite cannot prepare is not valid, with the reason.
    SqliteBulk wrong(m_db, QStringLiteral("INSERT INTO nothing (name) VALUES (?)"));
    QVERIFY(!wrong.isValid());
    QVERIFY2(wrong.errorText().contains(QLatin1String("nothing")), qPrintable(wrong.errorText()));
    QVERIFY(!wrong.insertRow());
}

void TestSqliteBulk::eachRowIsAStatementForTheFaultSeam()
{
    // The third row fails as an injected fault, as a statement through Qt SQL would; the rows before it are written.
    SqliteBulk insert(m_db, QStringLiteral("INSERT INTO item (name, vals) VALUES (?, ?)"));
    const qint64 before = Statement::executed();
    const qint64 failures = Statement::failures();
    Statement::failAt(3);
    bool failed = false;
    for (int n = 0; n < 5 && !failed; ++n) {
        insert.bind(1, QString::number(n));
        insert.bindUtf8(2, "[]");
        failed = !insert.insertRow();
    }
    Statement::failAt(0);
    QVERIFY(failed);
    QCOMPARE(Statement::executed() - before, 3);
    QCOMPARE(Statement::failures() - failures, 1);
    QVERIFY2(insert.errorText().contains(QLatin1String("injected")), qPrintable(insert.errorText()));
    QCOMPARE(count(), 2);
}

void TestSqliteBulk::noBulkStatementWithoutSqlite()
{
    // A connection that is not open (and any driver that is not SQLite's) has no handle to bulk-insert through.
    QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
    QVERIFY(!SqliteBulk::applies(closed));
    {
        SqliteBulk insert(closed, QStringLiteral("INSERT INTO item (name, vals) VALUES (?, ?)"));
        QVERIFY(!insert.isValid());
        QVERIFY(!insert.insertRow());
    }
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("closed"));
}

QTEST_GUILESS_MAIN(TestSqliteBulk)
#include "test_sqlitebulk.moc"
