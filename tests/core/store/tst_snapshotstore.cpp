// SnapshotStore: lossless save/load, listing, deletion with cascade, file
// permissions, refusal of foreign/corrupt/newer files without touching them,
// and crash safety (a child process killed with SIGKILL in the middle of a save).

#include "common/samplesnapshot.h"
#include "storetestutil.h"

#include "store/schema.h"
#include "store/snapshotstore.h"
#include "store/sqlite.h"
#include "util/error.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <sys/prctl.h>
#include <sys/stat.h>

#include <csignal>
#include <limits>

using namespace Qt::StringLiterals;
using namespace portolan;

Q_DECLARE_METATYPE(portolan::Snapshot)

namespace {

const char kCrashWriterArgument[] = "--crash-writer";
constexpr int kLargeNodes = 40;
constexpr int kLargeEvidence = 60;
constexpr int kLargeBytes = 64 * 1024;
// The small saves leave the WAL well under this; the large one passes it early.
constexpr qint64 kWalSizeToKillAt = 64 * 1024 * 1024;

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

Snapshot labelled(Snapshot snapshot, const QString &label, const QDateTime &created = {})
{
    snapshot.label = label;
    if (created.isValid())
        snapshot.createdUtc = created;
    return snapshot;
}

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

Snapshot crashTestSnapshot(int i)
{
    return labelled(test::richSnapshot(), u"before-%1"_s.arg(i), utc(2026, 1, i));
}

// Child process of crashDuringSaveKeepsEarlierSnapshots(): saves three small
// snapshots, then large ones until killed (bounded, should the parent vanish).
int runCrashWriter(const QString &path)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    try {
        SnapshotStore store(path);
        for (int i = 1; i <= 3; ++i)
            store.saveSnapshot(crashTestSnapshot(i));
        const Snapshot large = test::largeSnapshot(kLargeNodes, kLargeEvidence, kLargeBytes);
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 3 && timer.elapsed() < 60000; ++round) {
            std::fputs("saving\n", stdout);
            std::fflush(stdout);
            store.saveSnapshot(large);
            std::fputs("saved\n", stdout);
            std::fflush(stdout);
        }
    } catch (const Error &error) {
        std::fprintf(stderr, "crash writer: %s\n", error.what());
        return 1;
    }
    return 0;
}

QMap<QString, qint64> rowCounts(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::Access::ReadOnly);
    QMap<QString, qint64> counts;
    SqliteStatement tables = db.prepare(
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    while (tables.step() == SqliteStatement::StepResult::Row) {
        const QString table = tables.columnText(0);
        counts.insert(table, db.queryInt(u"SELECT count(*) FROM \"%1\""_s.arg(table)));
    }
    return counts;
}

QStringList foreignKeyViolations(SqliteDatabase &db)
{
    QStringList violations;
    SqliteStatement check = db.prepare(u"PRAGMA foreign_key_check"_s);
    while (check.step() == SqliteStatement::StepResult::Row)
        violations.append(check.columnText(0) + u" row "_s + check.columnText(1));
    return violations;
}

QStringList sidecars(const QString &path)
{
    QStringList present;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            present.append(path + suffix);
    }
    return present;
}

mode_t fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void timesComeBackAsUtcWithMilliseconds();
    void listIsNewestFirstWithCounts();
    void latest();
    void deleteCascades();
    void deleteOrLoadMissingIdNamesIt();
    void damagedFirewallColumnNamesIt_data();
    void damagedFirewallColumnNamesIt();
    void idsAreNotReused();
    void failedSaveLeavesNothing();
    void twoStoresShareOneFile();
    void newFileIsPrivate();
    void existingOnlyNeedsTheFile();
    void badFileIsRefusedUntouched_data();
    void badFileIsRefusedUntouched();
    void crashDuringSaveKeepsEarlierSnapshots();

private:
    QString dbPath() const { return m_dir->filePath(u"audits.db"_s); }
    void createBadFile(const QString &kind, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSnapshotStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSnapshotStore::cleanup()
{
    m_dir.reset();
}

void TestSnapshotStore::roundTrip_data()
{
    QTest::addColumn<Snapshot>("snapshot");

    QTest::newRow("rich sample") << test::richSnapshot();
    QTest::newRow("empty snapshot") << Snapshot{};

    Snapshot defaults;
    defaults.nodes = {Node{}, Node{}};
    QTest::newRow("default nodes") << defaults;

    Snapshot extremes = test::richSnapshot();
    Node &n = extremes.nodes.first();
    n.processes.first().pid = std::numeric_limits<qint64>::max();
    n.processes.first().ppid = std::numeric_limits<qint64>::min();
    n.processes.first().environment.insert(u""_s, u""_s);
    n.sockets.first().port = 65535;
    n.sockets.first().owners.first().fd = std::numeric_limits<int>::min();
    n.sockets.append(ListeningSocket{}); // invalid address, port 0, no owners
    n.sockets.last().address = *IpAddress::parse(u"::ffff:10.0.0.1"_s);
    n.routes.append(Route{}); // invalid destination and gateway
    n.firewall.nftables.chains.first().priority = std::numeric_limits<int>::min();
    n.firewall.nftables.rules.first().handle = std::numeric_limits<qint64>::max();
    n.firewall.iptables.first().tables.first().rules.first().matches.append(
        IptablesMatch{u"ü"_s, u"--ñ"_s, {u""_s, u"a\0b"_s}, true});
    n.evidence.first().exitCode = -128;
    n.evidence.first().durationMs = std::numeric_limits<qint64>::max();
    n.evidence.first().output.clear();
    n.evidence.first().errorOutput = QByteArray(1, '\0');
    n.ray.sessionPorts.insert(u"negative"_s, std::numeric_limits<int>::min());
    n.warnings = {u""_s, u"emoji 🚀"_s, u"line\nbreak"_s};
    n.collectedUtc = {};
    extremes.label = u"\0leading NUL"_s;
    QTest::newRow("extremes") << extremes;

    Snapshot binary;
    QByteArray every(256, '\0');
    for (int i = 0; i < 256; ++i)
        every[i] = char(i);
    Node binaryNode;
    binaryNode.evidence = {CommandEvidence{u"bin"_s, u"cat /dev/mem"_s, 0, every.repeated(4096),
                                           every, 1, true, false}};
    binary.nodes = {binaryNode};
    QTest::newRow("1 MiB of every byte") << binary;

    QTest::newRow("several large nodes") << test::largeSnapshot(5, 10, 10000);
}

void TestSnapshotStore::roundTrip()
{
    QFETCH(Snapshot, snapshot);
    snapshot.id = 12345; // ignored by saveSnapshot

    qint64 id = 0;
    {
        SnapshotStore store(dbPath());
        id = store.saveSnapshot(snapshot);
        QVERIFY(id > 0);
        snapshot.id = id;
        const Snapshot loaded = store.loadSnapshot(id);
        COMPARE_SNAPSHOT(loaded, snapshot);
    }
    // And from a fresh connection, after the WAL was checkpointed on close.
    SnapshotStore reopened(dbPath(), SnapshotStore::OpenMode::ExistingOnly);
    const Snapshot loaded = reopened.loadSnapshot(id);
    COMPARE_SNAPSHOT(loaded, snapshot);
}

void TestSnapshotStore::timesComeBackAsUtcWithMilliseconds()
{
    Snapshot snapshot = test::richSnapshot();
    const QDateTime plusTwo(QDate(2026, 6, 1), QTime(12, 30, 45, 678), QTimeZone(7200));
    snapshot.createdUtc = plusTwo;
    snapshot.nodes.first().collectedUtc =
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
    SnapshotStore store(dbPath());
    const Snapshot loaded = store.loadSnapshot(store.saveSnapshot(snapshot));
    QCOMPARE(loaded.createdUtc.timeSpec(), Qt::UTC);
    QCOMPARE(loaded.createdUtc.toMSecsSinceEpoch(), plusTwo.toMSecsSinceEpoch());
    QCOMPARE(loaded.createdUtc.time().msec(), 678);
    QCOMPARE(loaded.nodes.first().collectedUtc, snapshot.nodes.first().collectedUtc);
    QCOMPARE(loaded.nodes.first().collectedUtc.toMSecsSinceEpoch(), -1);
}

void TestSnapshotStore::listIsNewestFirstWithCounts()
{
    SnapshotStore store(dbPath());
    QVERIFY(store.listSnapshots().isEmpty());

    const Snapshot rich = test::richSnapshot(); // 3 nodes, 1 failed
    const qint64 a = store.saveSnapshot(labelled(rich, u"a"_s, utc(2026, 1, 2)));
    const qint64 b = store.saveSnapshot(labelled(rich, u"b"_s, utc(2026, 1, 1)));
    const qint64 c = store.saveSnapshot(labelled(rich, u"c"_s, utc(2026, 1, 2))); // same time as a
    Snapshot undated = labelled(rich, u"d"_s);
    undated.createdUtc = {};
    undated.nodes.removeLast();
    const qint64 d = store.saveSnapshot(undated);
    const qint64 e = store.saveSnapshot(labelled(Snapshot{}, u"e"_s, utc(2025, 12, 31, 23)));

    const QList<SnapshotSummary> list = store.listSnapshots();
    QList<qint64> ids;
    for (const SnapshotSummary &s : list)
        ids.append(s.id);
    QCOMPARE(ids, (QList<qint64>{c, a, b, e, d})); // undated last, ties by id

    const SnapshotSummary &first = list.first();
    QCOMPARE(first.label, u"c"_s);
    QCOMPARE(first.createdUtc, utc(2026, 1, 2));
    QCOMPARE(first.toolVersion, rich.toolVersion);
    QCOMPARE(first.inventoryName, rich.inventoryName);
    QCOMPARE(first.nodeCount, 3);
    QCOMPARE(first.failedNodeCount, 1);
    QCOMPARE(list.at(3).nodeCount, 0);
    QCOMPARE(list.at(3).failedNodeCount, 0);
    QCOMPARE(list.at(4).nodeCount, 2);
    QVERIFY(!list.at(4).createdUtc.isValid());
}

void TestSnapshotStore::latest()
{
    SnapshotStore store(dbPath());
    QCOMPARE(store.latest(), std::nullopt);
    const qint64 newer = store.saveSnapshot(labelled(Snapshot{}, u"new"_s, utc(2026, 3, 1)));
    store.saveSnapshot(labelled(Snapshot{}, u"old"_s, utc(2026, 2, 1)));
    QCOMPARE(store.latest(), std::optional<qint64>(newer));
    store.deleteSnapshot(newer);
    QCOMPARE(store.listSnapshots().first().label, u"old"_s);
    QCOMPARE(store.latest(), std::optional<qint64>(store.listSnapshots().first().id));
}

void TestSnapshotStore::deleteCascades()
{
    SnapshotStore store(dbPath());
    const qint64 kept = store.saveSnapshot(test::richSnapshot());
    const QMap<QString, qint64> baseline = rowCounts(dbPath());
    for (const QString &table :
         {u"nodes"_s, u"interfaces"_s, u"interface_addresses"_s, u"interface_flags"_s, u"routes"_s,
          u"sockets"_s, u"socket_owners"_s, u"processes"_s, u"process_environment"_s,
          u"ray_session_ports"_s, u"firewall_rulesets"_s, u"firewall_errors"_s, u"node_warnings"_s,
          u"evidence"_s}) {
        QVERIFY2(baseline.value(table) > 0, qPrintable(table + u" is not exercised"_s));
    }

    const qint64 removed = store.saveSnapshot(test::richSnapshot());
    QVERIFY(rowCounts(dbPath()) != baseline);
    store.deleteSnapshot(removed);
    QCOMPARE(rowCounts(dbPath()), baseline);

    store.deleteSnapshot(kept);
    const QMap<QString, qint64> empty = rowCounts(dbPath());
    for (auto it = empty.cbegin(); it != empty.cend(); ++it) {
        if (it.key() != u"portolan_meta"_s)
            QVERIFY2(it.value() == 0, qPrintable(it.key() + u" has orphan rows"_s));
    }
    SqliteDatabase raw(dbPath(), SqliteDatabase::Access::ReadOnly);
    QCOMPARE(foreignKeyViolations(raw), QStringList());
    QVERIFY(store.listSnapshots().isEmpty());
}

void TestSnapshotStore::deleteOrLoadMissingIdNamesIt()
{
    SnapshotStore store(dbPath());
    const qint64 id = store.saveSnapshot(Snapshot{});
    store.deleteSnapshot(id);
    for (const QString &message :
         {errorOf([&] { store.deleteSnapshot(id); }), errorOf([&] { store.loadSnapshot(id); }),
          errorOf([&] { store.loadSnapshot(987654); })}) {
        QVERIFY2(message.contains(u"no snapshot with id"_s), qPrintable(message));
        QVERIFY2(message.contains(dbPath()), qPrintable(message));
    }
    QVERIFY(errorOf([&] { store.loadSnapshot(987654); }).contains(u"987654"_s));
}

void TestSnapshotStore::damagedFirewallColumnNamesIt_data()
{
    QTest::addColumn<QString>("update"); // SET clause for the head node's row
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("not JSON") << u"firewall_nftables_json = '{\"tables\":'"_s
                              << QStringList{u"firewall_nftables_json"_s, u"parse error"_s};
    QTest::newRow("mapType missing")
        << u"firewall_nftables_json = json_remove(firewall_nftables_json, '$.sets[1].mapType')"_s
        << QStringList{u"firewall_nftables_json"_s, u"sets[1].mapType: missing required field"_s};
    QTest::newRow("managed flag not a bool")
        << u"firewall_nftables_json = json_set(firewall_nftables_json, "
           "'$.tables[1].managedByIptablesNft', 'yes')"_s
        << QStringList{u"tables[1].managedByIptablesNft: expected true or false"_s};
    QTest::newRow("iptables field missing")
        << u"firewall_iptables_json = json_remove(firewall_iptables_json, "
           "'$[0].tables[0].rules[1].isGoto')"_s
        << QStringList{u"firewall_iptables_json"_s,
                       u"[0].tables[0].rules[1].isGoto: missing required field"_s};
    QTest::newRow("ipset members not a list")
        << u"firewall_ipsets_json = json_set(firewall_ipsets_json, '$[0].members', 3)"_s
        << QStringList{u"firewall_ipsets_json"_s, u"[0].members: expected an array"_s};
}

// The firewall columns are firewalljson.h's format, checked field by field on loading.
void TestSnapshotStore::damagedFirewallColumnNamesIt()
{
    QFETCH(QString, update);
    QFETCH(QStringList, keywords);

    const qint64 id = SnapshotStore(dbPath()).saveSnapshot(test::richSnapshot());
    {
        SqliteDatabase raw(dbPath(), SqliteDatabase::Access::ReadWrite);
        raw.exec(u"UPDATE nodes SET %1 WHERE position = 0"_s.arg(update));
    }
    SnapshotStore store(dbPath(), SnapshotStore::OpenMode::ExistingOnly);
    const QString message = errorOf([&] { store.loadSnapshot(id); });
    QVERIFY2(message.contains(dbPath()), qPrintable(message));
    for (const QString &keyword : keywords)
        QVERIFY2(message.contains(keyword), qPrintable(u"'%1' not in: %2"_s.arg(keyword, message)));
}

void TestSnapshotStore::idsAreNotReused()
{
    SnapshotStore store(dbPath());
    const qint64 first = store.saveSnapshot(Snapshot{});
    store.deleteSnapshot(first);
    QVERIFY(store.saveSnapshot(Snapshot{}) > first);
}

void TestSnapshotStore::failedSaveLeavesNothing()
{
    SnapshotStore store(dbPath());
    store.saveSnapshot(test::richSnapshot());
    {
        // A trigger makes the insert of one evidence row (of the second node) fail.
        SqliteDatabase raw(dbPath(), SqliteDatabase::Access::ReadWrite);
        raw.exec(u"CREATE TRIGGER boom BEFORE INSERT ON evidence WHEN NEW.command_id = 'boom' "
                 "BEGIN SELECT RAISE(ABORT, 'boom trigger'); END"_s);
    }
    const QMap<QString, qint64> before = rowCounts(dbPath());
    Snapshot doomed = test::richSnapshot();
    doomed.nodes[2].evidence.last().id = u"boom"_s;
    const QString message = errorOf([&] { store.saveSnapshot(doomed); });
    QVERIFY2(message.contains(u"boom trigger"_s), qPrintable(message));
    QCOMPARE(rowCounts(dbPath()), before);
    QCOMPARE(store.listSnapshots().size(), 1);
    // The store is still usable.
    doomed.nodes[2].evidence.last().id = u"fine"_s;
    store.saveSnapshot(doomed);
    QCOMPARE(store.listSnapshots().size(), 2);
}

void TestSnapshotStore::twoStoresShareOneFile()
{
    SnapshotStore writer(dbPath());
    SnapshotStore reader(dbPath(), SnapshotStore::OpenMode::ExistingOnly);
    Snapshot snapshot = test::richSnapshot();
    snapshot.id = writer.saveSnapshot(snapshot);
    COMPARE_SNAPSHOT(reader.loadSnapshot(snapshot.id), snapshot);
    QCOMPARE(reader.latest(), std::optional<qint64>(snapshot.id));
}

void TestSnapshotStore::newFileIsPrivate()
{
    // A permissive umask must not matter: the file is created 0600 explicitly.
    const mode_t oldMask = ::umask(0);
    const auto restoreMask = qScopeGuard([oldMask] { ::umask(oldMask); });
    SnapshotStore store(dbPath());
    store.saveSnapshot(test::richSnapshot()); // the -wal and -shm exist while open

    QCOMPARE(fileMode(dbPath()), mode_t(0600));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QVERIFY2(QFileInfo::exists(dbPath() + suffix), qPrintable(suffix));
        QCOMPARE(fileMode(dbPath() + suffix), mode_t(0600));
    }
    QCOMPARE(store.schemaVersion(), schema::kSchemaVersion);
}

void TestSnapshotStore::existingOnlyNeedsTheFile()
{
    const QString message =
        errorOf([&] { SnapshotStore store(dbPath(), SnapshotStore::OpenMode::ExistingOnly); });
    QVERIFY2(message.contains(u"no such database"_s), qPrintable(message));
    QVERIFY2(message.contains(dbPath()), qPrintable(message));
    QVERIFY(!QFileInfo::exists(dbPath()));
}

void TestSnapshotStore::createBadFile(const QString &kind, const QString &path)
{
    auto portolanFile = [&path] {
        SnapshotStore store(path);
        store.saveSnapshot(test::richSnapshot());
        store.saveSnapshot(test::largeSnapshot(2, 4, 5000));
    };
    auto pageOf = [&path](const QString &table) {
        SqliteDatabase db(path, SqliteDatabase::Access::Immutable);
        const qint64 pageSize = db.queryInt(u"PRAGMA page_size"_s);
        SqliteStatement root = db.prepare(u"SELECT rootpage FROM sqlite_schema WHERE name = ?1"_s);
        root.bindText(1, table);
        root.step();
        return std::pair<qint64, qint64>((root.columnInt(0) - 1) * pageSize, pageSize);
    };

    if (kind == u"text") {
        test::writeFile(path, "# Portolan inventory\ncluster: prod\nnodes: []\n");
    } else if (kind == u"random") {
        QByteArray bytes(16384, '\0');
        QRandomGenerator generator(42);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        test::writeFile(path, bytes);
    } else if (kind == u"short") {
        test::writeFile(path, "SQLite for");
    } else if (kind == u"foreign") {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
        db.exec(u"CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')"_s);
    } else if (kind == u"other-app") {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
        db.exec(u"PRAGMA application_id = 1196444237; CREATE TABLE snapshots (id)"_s);
    } else if (kind == u"newer") {
        portolanFile();
        SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
        db.exec(u"PRAGMA user_version = %1"_s.arg(schema::kSchemaVersion + 1));
    } else if (kind == u"corrupt-page") {
        portolanFile();
        const auto [offset, size] = pageOf(u"interfaces"_s);
        test::overwrite(path, offset, size, char(0xa5));
    } else if (kind == u"corrupt-index") {
        portolanFile();
        const auto [offset, size] = pageOf(u"sqlite_autoindex_evidence_1"_s);
        test::overwrite(path, offset + 8, size - 8, '\0');
    } else if (kind == u"truncated") {
        portolanFile();
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == u"bad-header") {
        portolanFile();
        test::overwrite(path, 0, 16, 'x');
    } else {
        QFAIL("unknown kind");
    }
}

void TestSnapshotStore::badFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    const QString notSqlite = u"not a SQLite database"_s;
    const QString notPortolan = u"not a Portolan database"_s;
    const QString corrupt = u"corrupt"_s;
    QTest::newRow("text file") << u"text"_s << notSqlite;
    QTest::newRow("random bytes") << u"random"_s << notSqlite;
    QTest::newRow("shorter than a header") << u"short"_s << notSqlite;
    QTest::newRow("Portolan file, header overwritten") << u"bad-header"_s << notSqlite;
    QTest::newRow("another SQLite database") << u"foreign"_s << notPortolan;
    QTest::newRow("another application id")
        << u"other-app"_s << u"not a Portolan database (application id"_s;
    QTest::newRow("newer schema")
        << u"newer"_s
        << u"written by a newer Portolan (schema %1, this build knows %2)"_s
               .arg(schema::kSchemaVersion + 1)
               .arg(schema::kSchemaVersion);
    QTest::newRow("table page overwritten") << u"corrupt-page"_s << corrupt;
    QTest::newRow("index page zeroed") << u"corrupt-index"_s << corrupt;
    QTest::newRow("truncated") << u"truncated"_s << corrupt;
}

void TestSnapshotStore::badFileIsRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = dbPath();
    createBadFile(kind, path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(sidecars(path), QStringList());
    const QByteArray hash = test::fileHash(path);
    const mode_t mode = fileMode(path);

    for (const auto openMode :
         {SnapshotStore::OpenMode::CreateIfMissing, SnapshotStore::OpenMode::ExistingOnly}) {
        const QString message = errorOf([&] { SnapshotStore store(path, openMode); });
        if (openMode == SnapshotStore::OpenMode::CreateIfMissing)
            qInfo("%s", qPrintable(message)); // the log shows what a user would read
        QVERIFY2(message.contains(expected), qPrintable(u"got: "_s + message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QCOMPARE(test::fileHash(path), hash);
        QCOMPARE(fileMode(path), mode);
        QCOMPARE(sidecars(path), QStringList());
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()});
}

void TestSnapshotStore::crashDuringSaveKeepsEarlierSnapshots()
{
    const QString path = dbPath();
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QString::fromLatin1(kCrashWriterArgument), path});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    auto killChild = qScopeGuard([&child] {
        child.kill();
        child.waitForFinished(10000);
    });

    // 1. Wait for the three small snapshots, i.e. the first "saving".
    QDeadlineTimer deadline(60000);
    QByteArray output;
    while (!output.contains("saving") && child.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        child.waitForReadyRead(50);
        output += child.readAllStandardOutput();
    }
    QVERIFY2(output.contains("saving"), output.constData());

    // 2. Kill it while the large snapshot's transaction is spilling into the WAL.
    QFileInfo wal(path + u"-wal"_s);
    while (child.state() == QProcess::Running && !deadline.hasExpired()) {
        wal.refresh();
        if (wal.size() > kWalSizeToKillAt)
            break;
        child.waitForFinished(2); // sleeps, and notices an early exit
    }
    QVERIFY2(child.state() == QProcess::Running, "the writer ended before it was killed");
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    killChild.dismiss();
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();
    const qsizetype completedLarge = output.count("saved\n");
    QVERIFY2(output.endsWith("saving\n"), output.constData()); // killed inside a save
    qInfo("killed with a %lld MiB WAL after %lld complete large saves", qint64(wal.size() >> 20),
          qint64(completedLarge));

    // 3. The file is sound, and holds exactly the committed snapshots.
    QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // the store must open through it
    {
        // Read-only: WAL recovery happens in memory, the -wal stays for the store.
        SqliteDatabase raw(path, SqliteDatabase::Access::ReadOnly);
        QCOMPARE(raw.queryText(u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(foreignKeyViolations(raw), QStringList());
    }
    SnapshotStore store(path, SnapshotStore::OpenMode::ExistingOnly);
    const QList<SnapshotSummary> list = store.listSnapshots();
    int before = 0;
    int large = 0;
    qint64 nodes = 0;
    for (const SnapshotSummary &summary : list) {
        nodes += summary.nodeCount;
        if (summary.label.startsWith(u"before-"_s)) {
            ++before;
            const int i = summary.label.mid(7).toInt();
            Snapshot expected = crashTestSnapshot(i);
            expected.id = summary.id;
            COMPARE_SNAPSHOT(store.loadSnapshot(summary.id), expected);
        } else {
            ++large;
            QCOMPARE(summary.label, u"large"_s);
            QCOMPARE(summary.nodeCount, kLargeNodes); // never a half snapshot
            Snapshot expected = test::largeSnapshot(kLargeNodes, kLargeEvidence, kLargeBytes);
            expected.id = summary.id;
            COMPARE_SNAPSHOT(store.loadSnapshot(summary.id), expected);
        }
    }
    QCOMPARE(before, 3);
    // A save can commit just before the kill, before it printed "saved".
    QVERIFY2(large == completedLarge || large == completedLarge + 1,
             qPrintable(u"%1 large snapshots, %2 reported saved"_s.arg(large).arg(completedLarge)));
    QCOMPARE(rowCounts(path).value(u"nodes"_s), nodes);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], kCrashWriterArgument) == 0)
        return runCrashWriter(QString::fromLocal8Bit(argv[2]));
    TestSnapshotStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_snapshotstore.moc"
