#include "sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The statement text for error messages: one line, at most 80 characters.
QString shortSql(const QString &sql)
{
    QString text = sql.simplified();
    if (text.size() > 80)
        text = text.left(77) + u"..."_s;
    return text;
}

int openFlags(SqliteDatabase::Access access)
{
    switch (access) {
    case SqliteDatabase::Access::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case SqliteDatabase::Access::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case SqliteDatabase::Access::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case SqliteDatabase::Access::Immutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    return SQLITE_OPEN_READONLY;
}

// "file:/abs/path?immutable=1" with the path percent-encoded, so '?' and '#'
// in a file name stay part of the name.
QByteArray immutableUri(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return "file:" + QUrl::toPercentEncoding(absolute, "/") + "?immutable=1";
}

} // namespace

SqliteDatabase::SqliteDatabase(const QString &path, Access access)
    : m_path(path)
{
    const QByteArray name =
        access == Access::Immutable ? immutableUri(path) : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, openFlags(access), nullptr);
    if (rc != SQLITE_OK) {
        const Error error = makeError(rc, tr("cannot open the database"));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 0);
}

SqliteDatabase::~SqliteDatabase()
{
    // close_v2 defers the close until the last statement is finalized.
    sqlite3_close_v2(m_db);
}

Error SqliteDatabase::makeError(int resultCode, const QString &context) const
{
    m_lastErrorCode = resultCode & 0xff;
    const bool haveMessage = m_db != nullptr && sqlite3_errcode(m_db) != SQLITE_OK;
    m_lastErrorMessage =
        QString::fromUtf8(haveMessage ? sqlite3_errmsg(m_db) : sqlite3_errstr(resultCode));
    return Error(
        tr("%1: %2: %3").arg(QDir::toNativeSeparators(m_path), context, m_lastErrorMessage));
}

void SqliteDatabase::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return;
    m_lastErrorMessage = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    m_lastErrorCode = rc & 0xff;
    throw Error(tr("%1: cannot execute \"%2\": %3")
                    .arg(QDir::toNativeSeparators(m_path), shortSql(sql), m_lastErrorMessage));
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK)
        throw makeError(rc, tr("cannot prepare \"%1\"").arg(shortSql(sql)));
    SqliteStatement statement(this, stmt);
    if (stmt == nullptr || !QByteArray(tail).trimmed().isEmpty()) {
        m_lastErrorCode = SQLITE_MISUSE;
        m_lastErrorMessage = tr("expected exactly one statement");
        throw Error(tr("%1: cannot prepare \"%2\": %3")
                        .arg(QDir::toNativeSeparators(m_path), shortSql(sql), m_lastErrorMessage));
    }
    return statement;
}

qint64 SqliteDatabase::queryInt(const QString &sql)
{
    SqliteStatement statement = prepare(sql);
    return statement.step() == SqliteStatement::StepResult::Row ? statement.columnInt(0) : 0;
}

QString SqliteDatabase::queryText(const QString &sql)
{
    SqliteStatement statement = prepare(sql);
    return statement.step() == SqliteStatement::StepResult::Row ? statement.columnText(0)
                                                                : QString();
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

// --- SqliteStatement ---

SqliteStatement::SqliteStatement(const SqliteDatabase *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

QString SqliteStatement::sqlText() const
{
    return shortSql(QString::fromUtf8(sqlite3_sql(m_stmt)));
}

void SqliteStatement::checkBind(int resultCode, int index) const
{
    if (resultCode != SQLITE_OK)
        throw m_db->makeError(resultCode,
                              tr("cannot bind parameter %1 of \"%2\"").arg(index).arg(sqlText()));
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

void SqliteStatement::bindDouble(int index, double value)
{
    checkBind(sqlite3_bind_double(m_stmt, index, value), index);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    bindTextUtf8(index, text.toUtf8());
}

void SqliteStatement::bindTextUtf8(int index, const QByteArray &utf8)
{
    // A null QByteArray may have a null data pointer, which SQLite binds as NULL.
    const char *data = utf8.isEmpty() ? "" : utf8.constData();
    checkBind(sqlite3_bind_text64(m_stmt, index, data, sqlite3_uint64(utf8.size()),
                                  SQLITE_TRANSIENT, SQLITE_UTF8),
              index);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
        return;
    }
    checkBind(sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                  SQLITE_TRANSIENT),
              index);
}

void SqliteStatement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_stmt, index), index);
}

SqliteStatement::StepResult SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    const Error error = m_db->makeError(rc, tr("cannot run \"%1\"").arg(sqlText()));
    sqlite3_reset(m_stmt);
    throw error;
}

void SqliteStatement::execute()
{
    while (step() == StepResult::Row) {
    }
    reset();
}

void SqliteStatement::reset()
{
    // The result repeats the last step()'s error, which was already thrown.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    if (isNull(column))
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::columnTextUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArray(text, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

// --- SqliteTransaction ---

SqliteTransaction::SqliteTransaction(SqliteDatabase &db, Kind kind)
    : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN DEFERRED"_s);
}

SqliteTransaction::~SqliteTransaction()
{
    // SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR).
    if (!m_committed && m_db.inTransaction())
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_db.exec(u"COMMIT"_s);
    m_committed = true;
}

} // namespace portolan
