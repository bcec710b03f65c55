#include "schema.h"

#include "sqlite.h"
#include "util/error.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// Schema notes (version 1)
// - One row per list element everywhere, with a 0-based `position` column, so
//   every list of the model comes back in its order. QMap-valued fields
//   (process environment, Ray session ports) are keyed by name instead.
// - Every child table references its parent with ON DELETE CASCADE: deleting
//   a snapshots row removes all of it (foreign_keys is ON per connection).
// - Times are INTEGER milliseconds since the epoch, UTC; NULL for an invalid
//   QDateTime. Addresses and prefixes are their canonical text; NULL when invalid.
// - Enums are stored as their stable names from core/model/enums.cpp.
// - Evidence output is a BLOB, byte for byte (not necessarily UTF-8, may hold NULs).
// - The parsed firewall (iptables rulesets, the nft ruleset, ipsets) is one
//   compact JSON text column each on `nodes`, in the export format's firewall
//   parts (core/model/firewalljson.h: a change there changes this schema).
//   It is derived from the raw rulesets, which are kept as text rows of their
//   own; it is only ever loaded whole and never queried by SQL, and normalizing
//   its nested lists (tables, chains, rules, matches, arguments) would add half
//   a dozen tables for nothing.
//
// Adding version 2: bump kSchemaVersion, add `if (from < 2) migrateTo2(db);`
// in runMigrations(), and keep a fixture of version 1 (see
// tests/fixtures/store/README.md) so tst_schema migrates it.

namespace portolan::schema {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Schema)
};

const QString kMetaApplication = u"portolan"_s;

void migrateTo1(SqliteDatabase &db)
{
    db.exec(uR"sql(
CREATE TABLE portolan_meta (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE snapshots (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    label          TEXT NOT NULL,
    created_utc_ms INTEGER,
    tool_version   TEXT NOT NULL,
    inventory_name TEXT NOT NULL
);
CREATE INDEX snapshots_by_time ON snapshots (created_utc_ms, id);

CREATE TABLE nodes (
    id                        INTEGER PRIMARY KEY,
    snapshot_id               INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
    position                  INTEGER NOT NULL,
    name                      TEXT NOT NULL,
    ssh_target                TEXT NOT NULL,
    role                      TEXT NOT NULL,
    status                    TEXT NOT NULL,
    error                     TEXT NOT NULL,
    collected_utc_ms          INTEGER,
    hostname                  TEXT NOT NULL,
    kernel                    TEXT NOT NULL,
    os                        TEXT NOT NULL,
    firewall_backend          TEXT NOT NULL,
    firewall_iptables_version TEXT NOT NULL,
    firewall_manager          TEXT NOT NULL,
    firewall_iptables_json    TEXT NOT NULL,
    firewall_nftables_json    TEXT NOT NULL,
    firewall_ipsets_json      TEXT NOT NULL,
    ray_version               TEXT NOT NULL,
    ray_detected_role         TEXT NOT NULL,
    ray_session_name          TEXT NOT NULL,
    UNIQUE (snapshot_id, position)
);

CREATE TABLE node_warnings (
    node_id  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (node_id, position)
) WITHOUT ROWID;

CREATE TABLE firewall_errors (
    node_id  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (node_id, position)
) WITHOUT ROWID;

CREATE TABLE firewall_rulesets (
    id       INTEGER PRIMARY KEY,
    node_id  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source   TEXT NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (node_id, position)
);

CREATE TABLE interfaces (
    id          INTEGER PRIMARY KEY,
    node_id     INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    if_index    INTEGER NOT NULL,
    mac_address TEXT NOT NULL,
    mtu         INTEGER NOT NULL,
    oper_state  TEXT NOT NULL,
    UNIQUE (node_id, position)
);

CREATE TABLE interface_flags (
    interface_id INTEGER NOT NULL REFERENCES interfaces (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    flag         TEXT NOT NULL,
    PRIMARY KEY (interface_id, position)
) WITHOUT ROWID;

CREATE TABLE interface_addresses (
    interface_id  INTEGER NOT NULL REFERENCES interfaces (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    address       TEXT,
    prefix_length INTEGER NOT NULL,
    scope         TEXT NOT NULL,
    label         TEXT NOT NULL,
    PRIMARY KEY (interface_id, position)
) WITHOUT ROWID;

CREATE TABLE routes (
    node_id          INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    family           TEXT NOT NULL,
    route_type       TEXT NOT NULL,
    destination      TEXT,
    gateway          TEXT,
    device           TEXT NOT NULL,
    protocol         TEXT NOT NULL,
    scope            TEXT NOT NULL,
    metric           INTEGER NOT NULL,
    route_table      TEXT NOT NULL,
    preferred_source TEXT,
    PRIMARY KEY (node_id, position)
) WITHOUT ROWID;

CREATE TABLE sockets (
    id              INTEGER PRIMARY KEY,
    node_id         INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    protocol        TEXT NOT NULL,
    address         TEXT,
    dual_stack      INTEGER NOT NULL,
    scope_interface TEXT NOT NULL,
    port            INTEGER NOT NULL,
    UNIQUE (node_id, position)
);

CREATE TABLE socket_owners (
    socket_id    INTEGER NOT NULL REFERENCES sockets (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    pid          INTEGER NOT NULL,
    process_name TEXT NOT NULL,
    fd           INTEGER NOT NULL,
    PRIMARY KEY (socket_id, position)
) WITHOUT ROWID;

CREATE TABLE processes (
    id        INTEGER PRIMARY KEY,
    node_id   INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    pid       INTEGER NOT NULL,
    ppid      INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    comm      TEXT NOT NULL,
    command   TEXT NOT NULL,
    UNIQUE (node_id, position)
);

CREATE TABLE process_environment (
    process_id INTEGER NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (process_id, name)
) WITHOUT ROWID;

CREATE TABLE ray_session_ports (
    node_id INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    port    INTEGER NOT NULL,
    PRIMARY KEY (node_id, name)
) WITHOUT ROWID;

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    node_id     INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    command_id  TEXT NOT NULL,
    command     TEXT NOT NULL,
    exit_code   INTEGER NOT NULL,
    stdout      BLOB NOT NULL,
    stderr      BLOB NOT NULL,
    duration_ms INTEGER NOT NULL,
    truncated   INTEGER NOT NULL,
    timed_out   INTEGER NOT NULL,
    UNIQUE (node_id, position)
);
)sql"_s);

    SqliteStatement insert =
        db.prepare(u"INSERT INTO portolan_meta (name, value) VALUES ('created_with', ?1)"_s);
    insert.bindText(1, toolVersion());
    insert.execute();
}

// Cumulative: a file at version N runs every step above N, in order.
void runMigrations(SqliteDatabase &db, int from)
{
    if (from < 1)
        migrateTo1(db);
    // if (from < 2)
    //     migrateTo2(db);
}

// Marks the file as Portolan's at kSchemaVersion, in the header and in
// portolan_meta (which survives `sqlite3 .dump`, the pragmas do not).
void stamp(SqliteDatabase &db)
{
    db.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId));
    db.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    SqliteStatement upsert =
        db.prepare(u"INSERT OR REPLACE INTO portolan_meta (name, value) VALUES (?1, ?2)"_s);
    upsert.bindText(1, u"application"_s);
    upsert.bindText(2, kMetaApplication);
    upsert.execute();
    upsert.bindText(1, u"schema_version"_s);
    upsert.bindText(2, QString::number(kSchemaVersion));
    upsert.execute();
}

struct FileState
{
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    qint64 objectCount = 0; // rows of sqlite_schema
    bool hasSnapshotsTable = false;
    QString metaApplication; // portolan_meta 'application', empty without the table
    int metaVersion = 0;
};

FileState readState(SqliteDatabase &db)
{
    FileState state;
    // The first read of the header: a non-database fails here with SQLITE_NOTADB.
    state.applicationId = db.queryInt(u"PRAGMA application_id"_s);
    state.userVersion = db.queryInt(u"PRAGMA user_version"_s);
    state.objectCount = db.queryInt(u"SELECT count(*) FROM sqlite_schema"_s);
    state.hasSnapshotsTable = db.queryInt(u"SELECT count(*) FROM sqlite_schema "
                                          "WHERE type = 'table' AND name = 'snapshots'"_s) > 0;
    const bool hasMeta = db.queryInt(u"SELECT count(*) FROM sqlite_schema "
                                     "WHERE type = 'table' AND name = 'portolan_meta'"_s) > 0;
    if (hasMeta) {
        state.metaApplication =
            db.queryText(u"SELECT value FROM portolan_meta WHERE name = 'application'"_s);
        state.metaVersion =
            db.queryText(u"SELECT value FROM portolan_meta WHERE name = 'schema_version'"_s)
                .toInt();
    }
    return state;
}

Error notPortolan(const SqliteDatabase &db, const QString &reason)
{
    return Error(Tr::tr("%1: not a Portolan database (%2)")
                     .arg(QDir::toNativeSeparators(db.path()), reason));
}

// The schema version the file is at; throws when it is not ours or too new.
int versionOf(const SqliteDatabase &db, const FileState &state)
{
    if (state.objectCount == 0 && state.applicationId == 0 && state.userVersion == 0)
        return 0; // empty: a new database
    int version = 0;
    if (state.applicationId == kApplicationId) {
        version = int(state.userVersion);
    } else if (state.applicationId == 0 && state.metaApplication == kMetaApplication) {
        version = state.metaVersion; // restored from a dump, which drops the pragmas
    } else if (state.applicationId != 0) {
        throw notPortolan(db, Tr::tr("application id 0x%1")
                                  .arg(quint32(state.applicationId), 8, 16, QLatin1Char('0')));
    } else {
        throw notPortolan(db, Tr::tr("no Portolan application id"));
    }
    if (version > kSchemaVersion) {
        throw Error(Tr::tr("%1 was written by a newer Portolan (schema %2, this build knows %3)")
                        .arg(QDir::toNativeSeparators(db.path()))
                        .arg(version)
                        .arg(kSchemaVersion));
    }
    if (version < 1)
        throw notPortolan(db, Tr::tr("no schema version"));
    if (!state.hasSnapshotsTable)
        throw notPortolan(db, Tr::tr("no snapshots table"));
    return version;
}

Error corrupt(const SqliteDatabase &db, const QString &detail)
{
    return Error(Tr::tr("%1: the database file is corrupt (%2)")
                     .arg(QDir::toNativeSeparators(db.path()), detail));
}

void quickCheck(SqliteDatabase &db)
{
    SqliteStatement check = db.prepare(u"PRAGMA quick_check(3)"_s);
    QStringList problems;
    while (check.step() == SqliteStatement::StepResult::Row) {
        // A row may hold several lines, the first naming the schema ("*** in database main ***").
        const QStringList lines = check.columnText(0).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith(u"***"_s))
                problems.append(line.trimmed());
        }
    }
    if (problems != QStringList{u"ok"_s})
        throw corrupt(db, problems.join(u"; "_s));
}

// Replaces SQLite's terse "file is not a database" / "database disk image is
// malformed" by messages that say what it means for the user.
[[noreturn]] void rethrowExplained(const SqliteDatabase &db, const Error &error)
{
    switch (db.lastErrorCode()) {
    case SQLITE_NOTADB:
        throw Error(Tr::tr("%1: not a SQLite database (is it the right file?)")
                        .arg(QDir::toNativeSeparators(db.path())));
    case SQLITE_CORRUPT:
        throw corrupt(db, db.lastErrorMessage());
    default:
        throw error;
    }
}

} // namespace

int inspect(SqliteDatabase &db)
{
    try {
        const FileState state = readState(db);
        quickCheck(db);
        return versionOf(db, state);
    } catch (const Error &error) {
        rethrowExplained(db, error);
    }
}

void configureConnection(SqliteDatabase &db)
{
    db.exec(u"PRAGMA foreign_keys = ON"_s);
    db.exec(u"PRAGMA busy_timeout = 5000"_s);
    // After a large snapshot the -wal is cut back to 64 MiB once checkpointed.
    db.exec(u"PRAGMA journal_size_limit = 67108864"_s);
    // Returns the mode in effect; a file system without shared memory keeps the
    // rollback journal, which is just as crash-safe, so that is not an error.
    db.queryText(u"PRAGMA journal_mode = WAL"_s);
}

int migrate(SqliteDatabase &db)
{
    try {
        // Up to date: no write lock, so opening never waits for another writer.
        const FileState current = readState(db);
        const int version = versionOf(db, current);
        if (version == kSchemaVersion && current.applicationId == kApplicationId)
            return version;

        SqliteTransaction transaction(db);
        const int from = versionOf(db, readState(db)); // another process may have migrated
        runMigrations(db, from);
        stamp(db);
        transaction.commit();
        return from;
    } catch (const Error &error) {
        rethrowExplained(db, error);
    }
}

int storedVersion(SqliteDatabase &db)
{
    return int(db.queryInt(u"PRAGMA user_version"_s));
}

} // namespace portolan::schema
