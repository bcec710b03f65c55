// portolan-cli end to end: runs the real binary with QProcess on temporary
// databases prepared through SnapshotStore, and checks exit codes, output,
// error messages and that failures leave files and databases untouched.

#include "common/labfixture.h"
#include "common/samplesnapshot.h"
#include "model/snapshotjson.h"
#include "store/snapshotstore.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath()
{
    return QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
}

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // untranslated messages
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = u"portolan-cli did not finish normally"_s;
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// An older, smaller audit than richSnapshot(), so listings have a known order.
Snapshot olderSnapshot()
{
    Snapshot s = test::richSnapshot();
    s.label = u"Before the fix"_s;
    s.createdUtc = QDateTime(QDate(2026, 11, 29), QTime(18, 0), QTimeZone::utc());
    s.nodes.resize(1);
    return s;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray jsonDocument(const nlohmann::json &document)
{
    const std::string text = document.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();

    void listText();
    void listJson();
    void listEmptyDatabase();
    void readingCommandsNeverCreateADatabase_data();
    void readingCommandsNeverCreateADatabase();

    void exportImportRoundTrip();
    void exportLatest();
    void exportUnknownId();
    void importGarbage_data();
    void importGarbage();
    void importGarbageCreatesNoDatabase();

    void analyzeJson();
    void analyzeFailOn_data();
    void analyzeFailOn();
    void analyzeText();

private:
    qint64 storeLabSnapshot();

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList substitute(QStringList arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db; // holds olderSnapshot() and richSnapshot()
    qint64 m_olderId = 0;
    qint64 m_richId = 0;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + u" is missing"_s));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(u"audits.db"_s);
    SnapshotStore store(m_db);
    m_olderId = store.saveSnapshot(olderSnapshot());
    m_richId = store.saveSnapshot(test::richSnapshot());
}

// "@DB" is the prepared database, "@DIR/x" a path in the temporary directory.
QStringList TestCli::substitute(QStringList arguments) const
{
    for (QString &argument : arguments) {
        if (argument == u"@DB"_s)
            argument = m_db;
        else if (argument.startsWith(u"@DIR/"_s))
            argument = path(argument.mid(5));
    }
    return arguments;
}

void TestCli::version()
{
    const CliResult result = runCli({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), u"portolan-cli "_s + toolVersion());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tool") << QStringList{u"--help"_s} << u"Usage: portolan-cli <command>"_s;
    QTest::newRow("tool, help") << QStringList{u"help"_s} << u"import"_s;
    QTest::newRow("list") << QStringList{u"list"_s, u"--help"_s}
                          << u"Usage: portolan-cli list --db DB [--format text|json]"_s;
    QTest::newRow("export") << QStringList{u"export"_s, u"-h"_s}
                            << u"Usage: portolan-cli export --db DB"_s;
    QTest::newRow("import") << QStringList{u"import"_s, u"--help"_s}
                            << u"Usage: portolan-cli import --db DB FILE.json"_s;
    QTest::newRow("help import") << QStringList{u"help"_s, u"import"_s}
                                 << u"Usage: portolan-cli import"_s;
    QTest::newRow("help wins over missing --db")
        << QStringList{u"export"_s, u"--help"_s, u"--snapshot"_s, u"3"_s} << u"--out"_s;
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("no command") << QStringList{} << QStringList{u"missing command"_s};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--db"_s, u"@DB"_s}
                                     << QStringList{u"unknown command 'frobnicate'"_s, u"--help"_s};
    QTest::newRow("unknown tool option")
        << QStringList{u"--bogus"_s, u"list"_s} << QStringList{u"bogus"_s};
    QTest::newRow("unknown command option")
        << QStringList{u"list"_s, u"--db"_s, u"@DB"_s, u"--bogus"_s}
        << QStringList{u"portolan-cli list:"_s, u"bogus"_s, u"portolan-cli list --help"_s};
    QTest::newRow("option without value")
        << QStringList{u"list"_s, u"--db"_s} << QStringList{u"db"_s};
    QTest::newRow("list without --db")
        << QStringList{u"list"_s} << QStringList{u"missing required option --db"_s};
    QTest::newRow("list, bad format")
        << QStringList{u"list"_s, u"--db"_s, u"@DB"_s, u"--format"_s, u"xml"_s}
        << QStringList{u"--format"_s, u"xml"_s};
    QTest::newRow("list, extra argument") << QStringList{u"list"_s, u"--db"_s, u"@DB"_s, u"extra"_s}
                                          << QStringList{u"unexpected argument 'extra'"_s};
    QTest::newRow("export without --out") << QStringList{u"export"_s, u"--db"_s, u"@DB"_s}
                                          << QStringList{u"missing required option --out"_s};
    QTest::newRow("export without --db") << QStringList{u"export"_s, u"--out"_s, u"@DIR/x.json"_s}
                                         << QStringList{u"missing required option --db"_s};
    QTest::newRow("export, bad id")
        << QStringList{u"export"_s, u"--db"_s,  u"@DB"_s,        u"--snapshot"_s,
                       u"abc"_s,    u"--out"_s, u"@DIR/x.json"_s}
        << QStringList{u"invalid snapshot id 'abc'"_s};
    QTest::newRow("import without file")
        << QStringList{u"import"_s, u"--db"_s, u"@DB"_s} << QStringList{u"missing the JSON file"_s};
    QTest::newRow("import without --db") << QStringList{u"import"_s, u"@DIR/x.json"_s}
                                         << QStringList{u"missing required option --db"_s};
    QTest::newRow("import, two files")
        << QStringList{u"import"_s, u"--db"_s, u"@DB"_s, u"a.json"_s, u"b.json"_s}
        << QStringList{u"unexpected argument 'b.json'"_s};
    QTest::newRow("collect without --inventory")
        << QStringList{u"collect"_s, u"--db"_s, u"@DB"_s}
        << QStringList{u"missing required option --inventory"_s};
    QTest::newRow("collect, missing inventory creates no database")
        << QStringList{u"collect"_s, u"--db"_s, u"@DIR/new.db"_s, u"--inventory"_s,
                       u"@DIR/nowhere.yaml"_s}
        << QStringList{u"nowhere.yaml"_s};
    QTest::newRow("collect, bad jobs")
        << QStringList{u"collect"_s, u"--db"_s,   u"@DB"_s, u"--inventory"_s,
                       u"x.yaml"_s,  u"--jobs"_s, u"0"_s}
        << QStringList{u"--jobs"_s, u"'0'"_s};
    QTest::newRow("collect, bad host-key policy")
        << QStringList{u"collect"_s,           u"--db"_s, u"@DB"_s, u"--inventory"_s, u"x.yaml"_s,
                       u"--host-key-policy"_s, u"yolo"_s}
        << QStringList{u"--host-key-policy"_s, u"yolo"_s};
    for (const char *name : {"diff", "report"}) {
        QTest::addRow("%s is not implemented", name)
            << QStringList{QString::fromLatin1(name), u"--db"_s, u"@DB"_s}
            << QStringList{u"not implemented yet"_s, QString::fromLatin1(name)};
    }
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, keywords);

    const CliResult result = runCli(substitute(arguments));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    for (const QString &keyword : keywords)
        QVERIFY2(result.err.contains(keyword),
                 qPrintable(u"'%1' not in: %2"_s.arg(keyword, result.err)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"audits.db"_s});
}

void TestCli::listText()
{
    const CliResult result = runCli({u"list"_s, u"--db"_s, m_db});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);

    const QString &header = lines.at(0);
    const QStringList columns{u"ID"_s,        u"CREATED (UTC)"_s, u"LABEL"_s,
                              u"INVENTORY"_s, u"NODES"_s,         u"FAILED"_s};
    qsizetype previous = -1;
    for (const QString &column : columns) {
        const qsizetype at = header.indexOf(column);
        QVERIFY2(at > previous, qPrintable(column));
        previous = at;
    }

    const Snapshot rich = test::richSnapshot();
    const QString &newest = lines.at(1); // richSnapshot() is the newer one
    QVERIFY(newest.trimmed().startsWith(QString::number(m_richId) + u' '));
    QCOMPARE(newest.indexOf(u"2026-11-30 09:15:00"_s), header.indexOf(u"CREATED (UTC)"_s));
    QCOMPARE(newest.indexOf(rich.label), header.indexOf(u"LABEL"_s));
    QCOMPARE(newest.indexOf(rich.inventoryName), header.indexOf(u"INVENTORY"_s));
    // Right-aligned counts end where their headers end: 3 nodes, 1 failed.
    QCOMPARE(newest.at(header.indexOf(u"NODES"_s) + 4), u'3');
    QCOMPARE(newest.at(newest.size() - 1), u'1');
    QCOMPARE(newest.size(), header.size());

    const QString &older = lines.at(2);
    QVERIFY(older.trimmed().startsWith(QString::number(m_olderId) + u' '));
    QCOMPARE(older.indexOf(u"Before the fix"_s), header.indexOf(u"LABEL"_s));
    QCOMPARE(older.indexOf(u"2026-11-29 18:00:00"_s), header.indexOf(u"CREATED (UTC)"_s));
    QCOMPARE(older.at(header.indexOf(u"NODES"_s) + 4), u'1');
    QCOMPARE(older.at(older.size() - 1), u'0');
    QCOMPARE(older.size(), header.size());
}

void TestCli::listJson()
{
    const CliResult result = runCli({u"list"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QByteArray bytes = result.out.toUtf8();
    const nlohmann::json list = nlohmann::json::parse(bytes.constData(), nullptr, false);
    QVERIFY2(!list.is_discarded(), bytes.constData());
    QVERIFY(list.is_array());
    QCOMPARE(list.size(), std::size_t(2));

    const nlohmann::json &newest = list.at(0);
    QCOMPARE(newest.at("id").get<qint64>(), m_richId);
    QCOMPARE(QString::fromStdString(newest.at("label").get<std::string>()),
             test::richSnapshot().label);
    QCOMPARE(newest.at("createdUtc").get<std::string>(), "2026-11-30T09:15:00.123Z");
    QCOMPARE(newest.at("inventoryName").get<std::string>(), "prod-ray");
    QCOMPARE(newest.at("toolVersion").get<std::string>(), "0.1.0");
    QCOMPARE(newest.at("nodeCount").get<int>(), 3);
    QCOMPARE(newest.at("failedNodeCount").get<int>(), 1);

    const nlohmann::json &older = list.at(1);
    QCOMPARE(older.at("id").get<qint64>(), m_olderId);
    QCOMPARE(older.at("nodeCount").get<int>(), 1);
    QCOMPARE(older.at("failedNodeCount").get<int>(), 0);
}

void TestCli::listEmptyDatabase()
{
    const QString empty = path(u"empty.db"_s);
    {
        SnapshotStore store(empty);
    }
    const CliResult text = runCli({u"list"_s, u"--db"_s, empty});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.split(u'\n', Qt::SkipEmptyParts).size(), 1); // the header only
    const CliResult json = runCli({u"list"_s, u"--db"_s, empty, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.trimmed(), u"[]"_s);
}

void TestCli::readingCommandsNeverCreateADatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList{u"list"_s, u"--db"_s, u"@DIR/typo.db"_s};
    QTest::newRow("list json") << QStringList{u"list"_s, u"--db"_s, u"@DIR/typo.db"_s,
                                              u"--format"_s, u"json"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"--db"_s, u"@DIR/typo.db"_s, u"--out"_s,
                                           u"@DIR/out.json"_s};
}

void TestCli::readingCommandsNeverCreateADatabase()
{
    QFETCH(QStringList, arguments);
    const QString missing = path(u"typo.db"_s);

    const CliResult result = runCli(substitute(arguments));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(path(u"out.json"_s)));
}

void TestCli::exportImportRoundTrip()
{
    const QString file = path(u"export.json"_s);
    const CliResult exported = runCli({u"export"_s, u"--db"_s, m_db, u"--snapshot"_s,
                                       QString::number(m_richId), u"--out"_s, file});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
    Snapshot fromFile = snapshotFromJsonBytes(fileBytes(file));
    QCOMPARE(fromFile.id, m_richId);

    // Into a new database (created by import) and into the same one again.
    for (const QString &target : {path(u"copy.db"_s), m_db}) {
        const CliResult imported = runCli({u"import"_s, u"--db"_s, target, file});
        QCOMPARE(imported.exitCode, 0);
        bool ok = false;
        const qint64 newId = imported.out.trimmed().toLongLong(&ok);
        QVERIFY2(ok && newId > 0, qPrintable(imported.out));

        const SnapshotStore store(target, SnapshotStore::OpenMode::ExistingOnly);
        Snapshot loaded = store.loadSnapshot(newId);
        QCOMPARE(loaded.id, newId);
        loaded.id = 0;
        QCOMPARE(loaded, test::richSnapshot());
    }
    const SnapshotStore store(m_db, SnapshotStore::OpenMode::ExistingOnly);
    QCOMPARE(store.listSnapshots().size(), 3);
}

void TestCli::exportLatest()
{
    const QString file = path(u"latest.json"_s);
    const CliResult result =
        runCli({u"export"_s, u"--db"_s, m_db, u"--snapshot"_s, u"latest"_s, u"--out"_s, file});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(snapshotFromJsonBytes(fileBytes(file)).id, m_richId);

    const QString byDefault = path(u"default.json"_s);
    QCOMPARE(runCli({u"export"_s, u"--db"_s, m_db, u"--out"_s, byDefault}).exitCode, 0);
    QCOMPARE(fileBytes(byDefault), fileBytes(file));
}

void TestCli::exportUnknownId()
{
    const QString fresh = path(u"fresh.json"_s);
    const CliResult result =
        runCli({u"export"_s, u"--db"_s, m_db, u"--snapshot"_s, u"987654"_s, u"--out"_s, fresh});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"987654"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(fresh));

    // An existing file keeps its content.
    const QString existing = path(u"existing.json"_s);
    writeFile(existing, "precious");
    QCOMPARE(
        runCli({u"export"_s, u"--db"_s, m_db, u"--snapshot"_s, u"987654"_s, u"--out"_s, existing})
            .exitCode,
        1);
    QCOMPARE(fileBytes(existing), QByteArray("precious"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             (QStringList{u"audits.db"_s, u"existing.json"_s}));

    // A directory that does not exist: an error, nothing written.
    const CliResult noDir =
        runCli({u"export"_s, u"--db"_s, m_db, u"--out"_s, path(u"no/such/dir/out.json"_s)});
    QCOMPARE(noDir.exitCode, 1);
    QVERIFY2(noDir.err.contains(u"no/such/dir/out.json"_s), qPrintable(noDir.err));
}

void TestCli::importGarbage_data()
{
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::addColumn<QStringList>("keywords");

    Snapshot sample = test::richSnapshot();
    nlohmann::json badPort = snapshotToJson(sample);
    badPort["snapshot"]["nodes"][2]["sockets"][0]["port"] = 70000;
    nlohmann::json newer = snapshotToJson(sample);
    newer["formatVersion"] = kSnapshotJsonFormatVersion + 1;
    nlohmann::json badEnum = snapshotToJson(sample);
    badEnum["snapshot"]["nodes"][0]["status"] = "finished";

    QTest::newRow("missing file") << QByteArray() << QStringList{u"cannot read"_s};
    QTest::newRow("empty file") << QByteArray("") << QStringList{u"malformed JSON"_s};
    QTest::newRow("not JSON") << QByteArray("ray: [head]\n") << QStringList{u"malformed JSON"_s};
    QTest::newRow("truncated JSON")
        << jsonDocument(snapshotToJson(sample)).chopped(10) << QStringList{u"malformed JSON"_s};
    QTest::newRow("other JSON") << QByteArray("{\"zones\": []}")
                                << QStringList{u"format"_s, u"missing"_s};
    QTest::newRow("newer version")
        << jsonDocument(newer) << QStringList{u"formatVersion"_s, u"newer"_s};
    QTest::newRow("port out of range")
        << jsonDocument(badPort)
        << QStringList{u"nodes[2].sockets[0].port: expected an integer 0-65535"_s};
    QTest::newRow("bad enum") << jsonDocument(badEnum)
                              << QStringList{u"nodes[0].status"_s, u"finished"_s};
}

void TestCli::importGarbage()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, keywords);

    const QString file = path(u"input.json"_s);
    if (!content.isNull())
        writeFile(file, content);
    const QByteArray before = fileBytes(m_db);
    QVERIFY(!before.isEmpty());

    const CliResult result = runCli({u"import"_s, u"--db"_s, m_db, file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(file), qPrintable(result.err));
    for (const QString &keyword : keywords)
        QVERIFY2(result.err.contains(keyword),
                 qPrintable(u"'%1' not in: %2"_s.arg(keyword, result.err)));

    QCOMPARE(fileBytes(m_db), before);
    const SnapshotStore store(m_db, SnapshotStore::OpenMode::ExistingOnly);
    QCOMPARE(store.listSnapshots().size(), 2);
}

void TestCli::importGarbageCreatesNoDatabase()
{
    const QString file = path(u"garbage.json"_s);
    writeFile(file, "{\"format\": \"portolan-snapshot\"");
    const QString target = path(u"new.db"_s);
    QCOMPARE(runCli({u"import"_s, u"--db"_s, target, file}).exitCode, 1);
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

qint64 TestCli::storeLabSnapshot()
{
    SnapshotStore store(m_db);
    return store.saveSnapshot(test::labSnapshot());
}

static const QString kLabZones =
    QStringLiteral(PORTOLAN_FIXTURES_DIR "/collect/lab-basic-zones.json");

void TestCli::analyzeJson()
{
    const qint64 id = storeLabSnapshot();
    const CliResult result =
        runCli({u"analyze"_s, u"--db"_s, m_db, u"--snapshot"_s, QString::number(id), u"--zones"_s,
                kLabZones, u"--format"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const nlohmann::json doc = nlohmann::json::parse(result.out.toStdString());
    for (const char *key : {"snapshot", "nodes", "exposures", "findings"})
        QVERIFY2(doc.contains(key), key);
    QVERIFY(doc["snapshot"]["id"].get<qint64>() == id);
    QVERIFY(doc["nodes"].size() == 5);
    bool dashboard = false;
    for (const nlohmann::json &e : doc["exposures"]) {
        for (const char *key : {"zone", "node", "address", "protocol", "port", "service", "verdict",
                                "sources", "path"})
            QVERIFY2(e.contains(key), key);
        if (e["node"] == "head" && e["zone"] == "internet" && e["port"] == 8265) {
            dashboard = true;
            QVERIFY(e["service"] == "ray-dashboard");
            QVERIFY(e["verdict"] == "open");
            QVERIFY(e["sources"] == nlohmann::json::array({"198.51.100.0/24"}));
        }
    }
    QVERIFY(dashboard);
    const nlohmann::json &first = doc["findings"].at(0);
    for (const char *key : {"id", "severity", "title", "risk", "nodes", "exposures", "remediation"})
        QVERIFY2(first.contains(key), key);
    QVERIFY(first["severity"] == "critical");
    QVERIFY(!first["remediation"]["commands"].empty());
}

void TestCli::analyzeFailOn_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("critical found") << u"critical"_s << 3;
    QTest::newRow("case-insensitive") << u"HIGH"_s << 3;
    QTest::newRow("bad severity") << u"urgent"_s << 1;
}

void TestCli::analyzeFailOn()
{
    QFETCH(QString, severity);
    QFETCH(int, exitCode);
    storeLabSnapshot();
    const CliResult result =
        runCli({u"analyze"_s, u"--db"_s, m_db, u"--zones"_s, kLabZones, u"--fail-on"_s, severity});
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 1)
        QVERIFY(result.err.contains(u"--fail-on"_s));
}

void TestCli::analyzeText()
{
    storeLabSnapshot();
    const CliResult result = runCli({u"analyze"_s, u"--db"_s, m_db, u"--zones"_s, kLabZones});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"[CRITICAL] RAY-DASHBOARD-EXPOSED"_s));
    QVERIFY(result.out.contains(u"internet head 203.0.113.11:8265/tcp ray-dashboard from "
                                "198.51.100.0/24: open"_s));
    QVERIFY(result.out.contains(u"REDIRECT"_s));
    // A snapshot without findings-worthy nodes still prints its header.
    const CliResult rich =
        runCli({u"analyze"_s, u"--db"_s, m_db, u"--snapshot"_s, QString::number(m_olderId)});
    QCOMPARE(rich.exitCode, 0);
    QVERIFY(rich.out.contains(u"risk score"_s));
}
