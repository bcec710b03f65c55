// The RAII SQLite wrapper: binding and reading every type (blobs with NULs and
// non-UTF-8 bytes), statement reuse, moves, transactions and error messages.

#include "store/sqlite.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using portolan::Error;
using portolan::SqliteDatabase;
using portolan::SqliteStatement;
using portolan::SqliteTransaction;

namespace {

constexpr auto kRow = SqliteStatement::StepResult::Row;
constexpr auto kDone = SqliteStatement::StepResult::Done;

// The message of the Error that `f` throws, or "" when it throws none.
template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestSqlite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scalarRoundTrip();
    void blobRoundTrip_data();
    void blobRoundTrip();
    void textRoundTrip_data();
    void textRoundTrip();
    void nullAndEmptyAreDistinct();
    void stepReturnsRowsThenDone();
    void statementIsReusableAfterReset();
    void statementIsMovable();
    void lastInsertRowIdAndChanges();
    void transactionCommits();
    void transactionRollsBackOnDestruction();
    void transactionRollsBackOnException();
    void badSqlNamesTheCause_data();
    void badSqlNamesTheCause();
    void constraintViolationNamesTheConstraint();
    void openMissingFileReadOnlyFails();
    void readOnlyRefusesWrites();

private:
    QString dbPath() const { return m_dir->filePath(u"test.db"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
};

void TestSqlite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<SqliteDatabase>(dbPath(), SqliteDatabase::Access::ReadWriteCreate);
    m_db->exec(u"CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n)"_s);
}

void TestSqlite::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSqlite::scalarRoundTrip()
{
    SqliteStatement insert = m_db->prepare(u"INSERT INTO t (i, d, n) VALUES (?1, ?2, ?3)"_s);
    insert.bindInt(1, std::numeric_limits<qint64>::min());
    insert.bindDouble(2, -1.5e300);
    insert.bindNull(3);
    insert.execute();
    insert.bindInt(1, std::numeric_limits<qint64>::max());
    insert.bindDouble(2, 0.1);
    insert.bindInt(3, 7);
    insert.execute();

    SqliteStatement select = m_db->prepare(u"SELECT i, d, n FROM t ORDER BY rowid"_s);
    QCOMPARE(select.columnCount(), 3);
    QCOMPARE(select.columnName(2), u"n"_s);
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnInt(0), std::numeric_limits<qint64>::min());
    QCOMPARE(select.columnDouble(1), -1.5e300);
    QVERIFY(select.isNull(2));
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnInt(0), std::numeric_limits<qint64>::max());
    QCOMPARE(select.columnDouble(1), 0.1);
    QVERIFY(!select.isNull(2));
    QCOMPARE(select.columnInt(2), 7);
    QCOMPARE(select.step(), kDone);
}

void TestSqlite::blobRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("NUL bytes") << QByteArray("\0a\0\0b\0", 6);
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xc3\x28\x80", 5);
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QTest::newRow("every byte value") << all;
    QTest::newRow("1 MiB") << all.repeated(4096);
    QTest::newRow("single NUL") << QByteArray(1, '\0');
}

void TestSqlite::blobRoundTrip()
{
    QFETCH(QByteArray, bytes);
    SqliteStatement insert = m_db->prepare(u"INSERT INTO t (b) VALUES (?1)"_s);
    insert.bindBlob(1, bytes);
    insert.execute();

    SqliteStatement select = m_db->prepare(u"SELECT b, typeof(b), length(b) FROM t"_s);
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnBlob(0), bytes);
    QCOMPARE(select.columnText(1), u"blob"_s);
    QCOMPARE(select.columnInt(2), bytes.size());
}

void TestSqlite::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"hello"_s;
    QTest::newRow("unicode") << u"Nightly audit — prod «ray» ünïcødé 🚀"_s;
    QTest::newRow("embedded NUL") << QString(u"a\0b"_s);
    QTest::newRow("empty") << u""_s;
}

void TestSqlite::textRoundTrip()
{
    QFETCH(QString, text);
    SqliteStatement insert = m_db->prepare(u"INSERT INTO t (s) VALUES (?1)"_s);
    insert.bindText(1, text);
    insert.execute();

    SqliteStatement select = m_db->prepare(u"SELECT s, typeof(s) FROM t"_s);
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnText(0), text);
    QCOMPARE(select.columnTextUtf8(0), text.toUtf8());
    QCOMPARE(select.columnText(1), u"text"_s);
}

void TestSqlite::nullAndEmptyAreDistinct()
{
    // A null QString/QByteArray must not turn into SQL NULL (NOT NULL columns).
    SqliteStatement insert = m_db->prepare(u"INSERT INTO t (s, b) VALUES (?1, ?2)"_s);
    insert.bindText(1, QString());
    insert.bindBlob(2, QByteArray());
    insert.execute();

    SqliteStatement select = m_db->prepare(u"SELECT typeof(s), typeof(b), s, b FROM t"_s);
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnText(0), u"text"_s);
    QCOMPARE(select.columnText(1), u"blob"_s);
    QVERIFY(select.columnText(2).isEmpty());
    QVERIFY(select.columnBlob(3).isEmpty());
}

void TestSqlite::stepReturnsRowsThenDone()
{
    m_db->exec(u"INSERT INTO t (i) VALUES (1); INSERT INTO t (i) VALUES (2)"_s);
    SqliteStatement select = m_db->prepare(u"SELECT i FROM t ORDER BY i"_s);
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnInt(0), 1);
    QCOMPARE(select.step(), kRow);
    QCOMPARE(select.columnInt(0), 2);
    QCOMPARE(select.step(), kDone);
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM t"_s), 2);
    QCOMPARE(m_db->queryInt(u"SELECT i FROM t WHERE i > 5"_s), 0);
}

void TestSqlite::statementIsReusableAfterReset()
{
    SqliteStatement insert = m_db->prepare(u"INSERT INTO t (i, s) VALUES (?1, ?2)"_s);
    for (int i = 0; i < 100; ++i) {
        insert.bindInt(1, i);
        insert.bindText(2, QString::number(i));
        insert.execute();
    }
    SqliteStatement select = m_db->prepare(u"SELECT s FROM t WHERE i = ?1"_s);
    for (int i : {42, 7, 99}) {
        select.reset();
        select.bindInt(1, i);
        QCOMPARE(select.step(), kRow);
        QCOMPARE(select.columnText(0), QString::number(i));
    }
    // reset() clears the bindings: an unbound parameter is NULL.
    select.reset();
    QCOMPARE(select.step(), kDone);
}

void TestSqlite::statementIsMovable()
{
    static_assert(!std::is_copy_constructible_v<SqliteStatement>);
    static_assert(std::is_nothrow_move_constructible_v<SqliteStatement>);
    SqliteStatement first = m_db->prepare(u"SELECT 41 + 1"_s);
    SqliteStatement second = std::move(first);
    QVERIFY(!first.isValid()); // NOLINT(bugprone-use-after-move): moved-from is empty
    QVERIFY(second.isValid());
    SqliteStatement third;
    third = std::move(second);
    QCOMPARE(third.step(), kRow);
    QCOMPARE(third.columnInt(0), 42);
}

void TestSqlite::lastInsertRowIdAndChanges()
{
    m_db->exec(u"INSERT INTO t (i) VALUES (1), (2), (3)"_s);
    QCOMPARE(m_db->lastInsertRowId(), 3);
    m_db->exec(u"UPDATE t SET i = i + 1 WHERE i >= 2"_s);
    QCOMPARE(m_db->changes(), 2);
}

void TestSqlite::transactionCommits()
{
    {
        SqliteTransaction transaction(*m_db);
        QVERIFY(m_db->inTransaction());
        m_db->exec(u"INSERT INTO t (i) VALUES (1)"_s);
        transaction.commit();
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM t"_s), 1);
}

void TestSqlite::transactionRollsBackOnDestruction()
{
    {
        SqliteTransaction transaction(*m_db);
        m_db->exec(u"INSERT INTO t (i) VALUES (1)"_s);
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM t"_s), 1);
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM t"_s), 0);

    // Another connection never saw the row either.
    SqliteDatabase other(dbPath(), SqliteDatabase::Access::ReadOnly);
    QCOMPARE(other.queryInt(u"SELECT count(*) FROM t"_s), 0);
}

void TestSqlite::transactionRollsBackOnException()
{
    const QString message = errorOf([this] {
        SqliteTransaction transaction(*m_db);
        m_db->exec(u"INSERT INTO t (i) VALUES (1)"_s);
        m_db->exec(u"INSERT INTO no_such_table VALUES (1)"_s);
        transaction.commit();
    });
    QVERIFY2(message.contains(u"no_such_table"_s), qPrintable(message));
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM t"_s), 0);
}

void TestSqlite::badSqlNamesTheCause_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("prepare");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("syntax, prepare")
        << u"SELEC 1"_s << true << QStringList{u"SELEC"_s, u"syntax error"_s};
    QTest::newRow("syntax, exec") << u"CREATE TABEL x (a)"_s << false
                                  << QStringList{u"TABEL"_s, u"syntax error"_s};
    QTest::newRow("missing table")
        << u"SELECT * FROM nowhere"_s << true << QStringList{u"no such table: nowhere"_s};
    QTest::newRow("missing column")
        << u"SELECT nope FROM t"_s << true << QStringList{u"no such column: nope"_s};
    QTest::newRow("two statements")
        << u"SELECT 1; SELECT 2"_s << true << QStringList{u"exactly one statement"_s};
    QTest::newRow("empty") << u"  "_s << true << QStringList{u"exactly one statement"_s};
}

void TestSqlite::badSqlNamesTheCause()
{
    QFETCH(QString, sql);
    QFETCH(bool, prepare);
    QFETCH(QStringList, expected);
    const QString message = errorOf([&] {
        if (prepare)
            m_db->prepare(sql);
        else
            m_db->exec(sql);
    });
    QVERIFY2(!message.isEmpty(), "no Error thrown");
    QVERIFY2(message.contains(dbPath()), qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
}

void TestSqlite::constraintViolationNamesTheConstraint()
{
    m_db->exec(u"CREATE TABLE strict_t (x TEXT NOT NULL)"_s);
    SqliteStatement insert = m_db->prepare(u"INSERT INTO strict_t (x) VALUES (?1)"_s);
    insert.bindNull(1);
    const QString message = errorOf([&] { insert.execute(); });
    QVERIFY2(message.contains(u"NOT NULL constraint failed: strict_t.x"_s), qPrintable(message));
    // The failed statement was reset: it can run again.
    insert.bindText(1, u"ok"_s);
    insert.execute();
    QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM strict_t"_s), 1);
}

void TestSqlite::openMissingFileReadOnlyFails()
{
    const QString missing = m_dir->filePath(u"missing.db"_s);
    const QString message =
        errorOf([&] { SqliteDatabase db(missing, SqliteDatabase::Access::ReadOnly); });
    QVERIFY2(message.contains(missing), qPrintable(message));
    QVERIFY(!QFile::exists(missing));
}

void TestSqlite::readOnlyRefusesWrites()
{
    SqliteDatabase readOnly(dbPath(), SqliteDatabase::Access::ReadOnly);
    const QString message = errorOf([&] { readOnly.exec(u"INSERT INTO t (i) VALUES (1)"_s); });
    QVERIFY2(message.contains(u"readonly"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
