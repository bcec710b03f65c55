// Schema creation and migration: a new file is at kSchemaVersion; every older
// version Portolan ever wrote still opens (version 0 is an empty file, later
// ones are SQL fixtures in tests/fixtures/store/schema-vN.sql); a newer one is
// refused without a byte changed.

#include "common/samplesnapshot.h"
#include "storetestutil.h"

#include "store/schema.h"
#include "store/snapshotstore.h"
#include "store/sqlite.h"
#include "util/error.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QStringList kTables = {
    u"portolan_meta"_s,
    u"snapshots"_s,
    u"nodes"_s,
    u"node_warnings"_s,
    u"firewall_errors"_s,
    u"firewall_rulesets"_s,
    u"interfaces"_s,
    u"interface_flags"_s,
    u"interface_addresses"_s,
    u"routes"_s,
    u"sockets"_s,
    u"socket_owners"_s,
    u"processes"_s,
    u"process_environment"_s,
    u"ray_session_ports"_s,
    u"evidence"_s,
};

QString fixturesDir()
{
    return QStringLiteral(PORTOLAN_FIXTURES_DIR "/store");
}

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Creates the database `path` from a SQL script (a fixture).
void runScript(const QString &path, const QString &sql)
{
    SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
    db.exec(sql);
}

QStringList tablesOf(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::Access::ReadOnly);
    SqliteStatement query = db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QStringList names;
    while (query.step() == SqliteStatement::StepResult::Row)
        names.append(query.columnText(0));
    return names;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshDatabaseIsCurrent();
    void configureConnectionSetsPragmas();
    void opensEveryOlderVersion_data();
    void opensEveryOlderVersion();
    void fixtureExistsForCurrentVersion();
    void dumpWithoutPragmasIsRecognized();
    void newerVersionIsRefusedUnchanged();
    void inspectOnlyReads();
    void writeFixtureDatabase();

private:
    QString dbPath() const { return m_dir->filePath(u"schema.db"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchema::cleanup()
{
    m_dir.reset();
}

void TestSchema::freshDatabaseIsCurrent()
{
    {
        SnapshotStore store(dbPath());
        QCOMPARE(store.schemaVersion(), schema::kSchemaVersion);
    }
    SqliteDatabase db(dbPath(), SqliteDatabase::Access::ReadOnly);
    QCOMPARE(db.queryInt(u"PRAGMA user_version"_s), schema::kSchemaVersion);
    QCOMPARE(db.queryInt(u"PRAGMA application_id"_s), schema::kApplicationId);
    QCOMPARE(db.queryText(u"PRAGMA journal_mode"_s), u"wal"_s);
    QCOMPARE(db.queryText(u"SELECT value FROM portolan_meta WHERE name = 'application'"_s),
             u"portolan"_s);
    QCOMPARE(db.queryText(u"SELECT value FROM portolan_meta WHERE name = 'schema_version'"_s),
             QString::number(schema::kSchemaVersion));
    QCOMPARE(db.queryText(u"SELECT value FROM portolan_meta WHERE name = 'created_with'"_s),
             toolVersion());
    QStringList expected = kTables;
    expected.sort();
    QCOMPARE(tablesOf(dbPath()), expected);
}

void TestSchema::configureConnectionSetsPragmas()
{
    SqliteDatabase db(dbPath(), SqliteDatabase::Access::ReadWriteCreate);
    schema::configureConnection(db);
    QCOMPARE(db.queryInt(u"PRAGMA foreign_keys"_s), 1);
    QCOMPARE(db.queryText(u"PRAGMA journal_mode"_s), u"wal"_s);
    QVERIFY(db.queryInt(u"PRAGMA busy_timeout"_s) > 0);
}

// One row per version older than kSchemaVersion. Version 0 is "no schema yet":
// an empty file, or a SQLite file without any object. When kSchemaVersion is
// bumped, the fixture of the previous version (tests/fixtures/store/README.md)
// automatically becomes a row here.
void TestSchema::opensEveryOlderVersion_data()
{
    QTest::addColumn<QString>("fixture"); // a .sql file, or a keyword for version 0
    QTest::addColumn<int>("version");
    QTest::newRow("v0: empty file") << u"empty-file"_s << 0;
    QTest::newRow("v0: SQLite file without objects") << u"no-objects"_s << 0;

    const QRegularExpression name(u"^schema-v(\\d+)\\.sql$"_s);
    const QStringList files = QDir(fixturesDir()).entryList({u"schema-v*.sql"_s}, QDir::Files);
    for (const QString &file : files) {
        const int version = name.match(file).captured(1).toInt();
        if (version > 0 && version < schema::kSchemaVersion) {
            QTest::addRow("v%d: %s", version, qPrintable(file))
                << QDir(fixturesDir()).filePath(file) << version;
        }
    }
}

void TestSchema::opensEveryOlderVersion()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    const QString path = dbPath();
    if (fixture == u"empty-file") {
        test::writeFile(path, {});
    } else if (fixture == u"no-objects") {
        runScript(path, u"CREATE TABLE scratch (a); DROP TABLE scratch"_s);
        QVERIFY(QFileInfo(path).size() > 0);
    } else {
        runScript(path, readText(fixture));
    }
    {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadOnly);
        QCOMPARE(schema::storedVersion(db), version);
    }

    SnapshotStore store(path, SnapshotStore::OpenMode::ExistingOnly);
    QCOMPARE(store.schemaVersion(), schema::kSchemaVersion);
    // An older fixture holds the sample snapshot as the first one.
    if (version > 0) {
        Snapshot expected = test::richSnapshot();
        expected.id = 1;
        COMPARE_SNAPSHOT(store.loadSnapshot(1), expected);
    }
    Snapshot fresh = test::richSnapshot();
    fresh.id = store.saveSnapshot(fresh);
    COMPARE_SNAPSHOT(store.loadSnapshot(fresh.id), fresh);
}

// The current version's fixture freezes the on-disk format: a file written by
// this version must load unchanged by every later build. When the format
// changes, the schema version must change too (and this fixture stays).
void TestSchema::fixtureExistsForCurrentVersion()
{
    const QString fixture =
        QDir(fixturesDir()).filePath(u"schema-v%1.sql"_s.arg(schema::kSchemaVersion));
    QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture + u" is missing"_s));
    runScript(dbPath(), readText(fixture));

    SnapshotStore store(dbPath(), SnapshotStore::OpenMode::ExistingOnly);
    QCOMPARE(store.schemaVersion(), schema::kSchemaVersion);
    Snapshot expected = test::richSnapshot();
    expected.id = 1;
    COMPARE_SNAPSHOT(store.loadSnapshot(1), expected);

    // A fresh file has exactly the fixture's schema.
    const QString fresh = m_dir->filePath(u"fresh.db"_s);
    SnapshotStore created(fresh);
    auto schemaSql = [](const QString &path) {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadOnly);
        SqliteStatement query =
            db.prepare(u"SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"_s);
        QStringList sql;
        while (query.step() == SqliteStatement::StepResult::Row)
            sql.append(query.columnText(0).simplified());
        return sql;
    };
    QCOMPARE(schemaSql(fresh), schemaSql(dbPath()));
}

// `sqlite3 old.db .dump | sqlite3 new.db` drops application_id and user_version;
// portolan_meta still says what the file is, and opening stamps the pragmas again.
void TestSchema::dumpWithoutPragmasIsRecognized()
{
    const QString fixture =
        QDir(fixturesDir()).filePath(u"schema-v%1.sql"_s.arg(schema::kSchemaVersion));
    QString sql = readText(fixture);
    QVERIFY2(!sql.isEmpty(), qPrintable(fixture + u" is missing"_s));
    sql.remove(QRegularExpression(u"^PRAGMA (application_id|user_version)[^\\n]*$"_s,
                                  QRegularExpression::MultilineOption));
    runScript(dbPath(), sql);
    {
        SqliteDatabase db(dbPath(), SqliteDatabase::Access::ReadOnly);
        QCOMPARE(db.queryInt(u"PRAGMA application_id"_s), 0);
        QCOMPARE(db.queryInt(u"PRAGMA user_version"_s), 0);
    }
    {
        SnapshotStore store(dbPath(), SnapshotStore::OpenMode::ExistingOnly);
        QCOMPARE(store.schemaVersion(), schema::kSchemaVersion);
        QCOMPARE(store.listSnapshots().size(), 1);
    }
    SqliteDatabase db(dbPath(), SqliteDatabase::Access::ReadOnly);
    QCOMPARE(db.queryInt(u"PRAGMA application_id"_s), schema::kApplicationId);
}

void TestSchema::newerVersionIsRefusedUnchanged()
{
    {
        SnapshotStore store(dbPath());
        store.saveSnapshot(test::richSnapshot());
    }
    const int newer = schema::kSchemaVersion + 1;
    {
        SqliteDatabase db(dbPath(), SqliteDatabase::Access::ReadWrite);
        db.exec(u"PRAGMA user_version = %1"_s.arg(newer));
    }
    const QByteArray hash = test::fileHash(dbPath());
    const QString expected =
        u"written by a newer Portolan (schema %1, this build knows %2)"_s.arg(newer).arg(
            schema::kSchemaVersion);

    QString message = errorOf([&] { SnapshotStore store(dbPath()); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(dbPath()), qPrintable(message));
    QCOMPARE(test::fileHash(dbPath()), hash);

    // migrate() itself checks before it writes anything.
    {
        SqliteDatabase db(dbPath(), SqliteDatabase::Access::ReadWrite);
        message = errorOf([&] { schema::migrate(db); });
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!db.inTransaction());
        QCOMPARE(schema::storedVersion(db), newer);
    }
    QCOMPARE(test::fileHash(dbPath()), hash);
}

void TestSchema::inspectOnlyReads()
{
    test::writeFile(dbPath(), {});
    {
        SqliteDatabase db(dbPath(), SqliteDatabase::Access::Immutable);
        QCOMPARE(schema::inspect(db), 0);
    }
    QCOMPARE(QFileInfo(dbPath()).size(), 0);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"schema.db"_s});
    {
        SnapshotStore store(dbPath());
    }
    SqliteDatabase db(dbPath(), SqliteDatabase::Access::Immutable);
    QCOMPARE(schema::inspect(db), schema::kSchemaVersion);
}

// Not a test: makes the database behind a new fixture (tests/fixtures/store/README.md).
void TestSchema::writeFixtureDatabase()
{
    const QString target = qEnvironmentVariable("PORTOLAN_WRITE_STORE_FIXTURE");
    if (target.isEmpty())
        QSKIP("set PORTOLAN_WRITE_STORE_FIXTURE=<new .db path> to write a fixture database");
    QVERIFY2(!QFileInfo::exists(target), "the target exists already");
    SnapshotStore store(target);
    QCOMPARE(store.saveSnapshot(test::richSnapshot()), 1);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
