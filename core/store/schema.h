#pragma once
// The database schema: its version lives in PRAGMA user_version, the file is
// marked with PRAGMA application_id = kApplicationId and a portolan_meta table.
// Contract: inspect() only reads, so a refused file is never modified; migrate()
// brings a file to kSchemaVersion in one transaction, or leaves it as it was.

#include <QtGlobal>

namespace portolan {

class SqliteDatabase;

namespace schema {

inline constexpr int kSchemaVersion = 1;
// "PORT" in ASCII, stored big-endian at offset 68 of the database header.
inline constexpr qint32 kApplicationId = 0x504f5254;

// Read-only checks on an open file. Returns its schema version (0 = an empty
// file that migrate() will create). Throws Error when the file is not a SQLite
// database, is not a Portolan database, is newer than this build, or is
// corrupt (PRAGMA quick_check).
int inspect(SqliteDatabase &db);

// Per-connection settings for every read-write open: WAL journal, foreign keys
// (ON DELETE CASCADE depends on them), busy timeout. Outside any transaction.
void configureConnection(SqliteDatabase &db);

// Runs every pending migration in one IMMEDIATE transaction and returns the
// version the file had before. Throws (and rolls back) like inspect().
int migrate(SqliteDatabase &db);

// PRAGMA user_version as stored.
int storedVersion(SqliteDatabase &db);

} // namespace schema
} // namespace portolan
