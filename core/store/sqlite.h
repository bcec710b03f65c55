#pragma once
// A thin RAII layer over the SQLite C API (no QtSql). Every failure throws
// portolan::Error naming the database file and SQLite's own message.
// Pitfalls: bind indices are 1-based and column indices 0-based, as in SQLite;
// a statement must not outlive the database it was prepared on.

#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace portolan {

class SqliteStatement;

class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SqliteDatabase)
public:
    enum class Access {
        ReadOnly,
        ReadWrite,       // the file must exist
        ReadWriteCreate, // creates the file with the process umask
        // Read-only, no locks, never creates -wal/-shm. Only for inspecting a file
        // that nobody writes; a WAL's content is not seen.
        Immutable,
    };

    SqliteDatabase(const QString &path, Access access);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Runs one or more statements that return no rows the caller needs.
    void exec(const QString &sql);
    // Prepares exactly one statement; trailing SQL is an error.
    SqliteStatement prepare(const QString &sql);
    // The first column of the first row, for PRAGMAs and counts; 0 / "" when no row.
    qint64 queryInt(const QString &sql);
    QString queryText(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    // Primary result code (SQLITE_NOTADB, SQLITE_CORRUPT, ...) of the last
    // failure reported by this database or its statements; 0 when none.
    int lastErrorCode() const { return m_lastErrorCode; }
    // SQLite's own message for that failure, without path or statement.
    const QString &lastErrorMessage() const { return m_lastErrorMessage; }

    // "<path>: <context>: <SQLite message>"; records the code for lastErrorCode().
    Error makeError(int resultCode, const QString &context) const;

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    mutable int m_lastErrorCode = 0;
    mutable QString m_lastErrorMessage;
};

class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SqliteStatement)
public:
    enum class StepResult { Row, Done };

    SqliteStatement() = default; // empty; only assignable
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Values are copied into SQLite: temporaries are fine.
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &text);        // null QString -> ''
    void bindTextUtf8(int index, const QByteArray &utf8); // already UTF-8
    void bindBlob(int index, const QByteArray &bytes);    // empty -> zero-length blob
    void bindNull(int index);

    // On failure the statement is reset before Error is thrown.
    StepResult step();
    // Steps to the end (rows are discarded), then reset(): for INSERT/UPDATE/DELETE.
    void execute();
    // Ready to run again; clears the bindings too.
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const; // NULL -> QString()
    QByteArray columnTextUtf8(int column) const;
    QByteArray columnBlob(int column) const; // NULL or zero-length -> QByteArray()

    bool isValid() const { return m_stmt != nullptr; }
    const SqliteDatabase &database() const { return *m_db; }

private:
    friend class SqliteDatabase;
    SqliteStatement(const SqliteDatabase *db, sqlite3_stmt *stmt);
    void checkBind(int resultCode, int index) const;
    QString sqlText() const;

    const SqliteDatabase *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN in the constructor, ROLLBACK in the destructor unless commit() ran.
// Immediate takes the write lock up front (no SQLITE_BUSY on the first write);
// Deferred is for consistent multi-statement reads.
class SqliteTransaction
{
public:
    enum class Kind { Immediate, Deferred };

    explicit SqliteTransaction(SqliteDatabase &db, Kind kind = Kind::Immediate);
    ~SqliteTransaction(); // never throws
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteDatabase &m_db;
    bool m_committed = false;
};

} // namespace portolan
