// Collection against the lab (tests/lab, ctest label "lab"): portolan-cli collect
// runs inside the lab's operator namespace against real sshd, iptables, nftables
// and Ray stand-ins, and the stored snapshot is compared with the lab's ground
// truth (expected.json). One lab (scenarios/basic.json) serves every test; fault
// tests restore what they break, and the one that cannot be undone (rekey) runs
// last. Needs root and network namespaces: skips when the lab cannot run here.

#include "model/snapshot.h"
#include "parse/commandset.h"
#include "store/snapshotstore.h"
#include "store/sqlite.h"
#include "util/error.h"

#include "common/labharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>
#include <optional>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace portolan;
using labharness::cliPath;
using labharness::descendantsOf;
using labharness::describe;
using labharness::fileBytes;
using labharness::kCliTimeoutMs;
using labharness::killTree;
using labharness::kLabTimeoutMs;
using labharness::LabGuard;
using labharness::labScript;
using labharness::processComm;
using labharness::ProcessResult;
using labharness::runProcess;
using labharness::writeFile;

namespace {

constexpr int kCollectTimeoutMs = kCliTimeoutMs;
const auto kNamePrefix = u"tst-collectlab-"_s;

QString scenarioPath()
{
    return labharness::scenarioPath(u"basic.json"_s);
}

bool isDeadProcess(const QString &pidText)
{
    const pid_t pid = pid_t(pidText.toLongLong());
    return pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

// Leftovers of earlier runs that were killed (e.g. by ctest's timeout) before
// their cleanup: labs named kNamePrefix + pid and temporary directories named
// with the pid, whose process is gone.
void sweepStaleRuns(const QProcessEnvironment &env)
{
    const ProcessResult status =
        runProcess(labScript(), {u"status"_s, u"--json"_s}, env, kLabTimeoutMs);
    const QJsonArray labs = QJsonDocument::fromJson(status.out.toUtf8()).array();
    static const QRegularExpression ourLab(u"^"_s + kNamePrefix + u"(\\d+)$"_s);
    for (const QJsonValue &lab : labs) {
        const QString name = lab[u"name"].toString();
        const QRegularExpressionMatch m = ourLab.match(name);
        if (!m.hasMatch() || !isDeadProcess(m.captured(1)))
            continue;
        qInfo("taking down the stale lab %s of an earlier run", qPrintable(name));
        runProcess(labScript(), {u"down"_s, u"--name"_s, name}, env, kLabTimeoutMs);
    }
    static const QRegularExpression ourDir(u"^portolan-collectlab-(state|work)-(\\d+)-"_s);
    const QDir temp(QDir::tempPath());
    const QStringList dirs = temp.entryList({u"portolan-collectlab-*"_s}, QDir::Dirs);
    for (const QString &dir : dirs) {
        const QRegularExpressionMatch m = ourDir.match(dir);
        // A state dir that still holds a lab (lab.json) stays: its lab is up.
        if (m.hasMatch() && isDeadProcess(m.captured(2)) &&
            !QFileInfo::exists(temp.filePath(dir + u"/lab.json"_s)))
            QDir(temp.filePath(dir)).removeRecursively();
    }
}

// --- known_hosts ---------------------------------------------------------------

struct HostKey
{
    QString type;
    QByteArray blob; // base64, as written

    bool operator==(const HostKey &) const = default;
};

// host -> key, from a plain known_hosts file ("host type base64 [comment]").
QMultiMap<QString, HostKey> readKnownHosts(const QString &path)
{
    QMultiMap<QString, HostKey> keys;
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 3 && !fields.first().startsWith('#'))
            keys.insert(QString::fromUtf8(fields.at(0)),
                        HostKey{QString::fromUtf8(fields.at(1)), fields.at(2)});
    }
    return keys;
}

// OpenSSH's "SHA256:..." fingerprint of a key.
QString fingerprint(const HostKey &key)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::fromBase64(key.blob), QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QSet<QString> fingerprintsIn(const QString &text)
{
    static const QRegularExpression re(u"SHA256:[A-Za-z0-9+/]+"_s);
    QSet<QString> found;
    for (QRegularExpressionMatchIterator it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// --- snapshot lookups ----------------------------------------------------------

const Node *findNode(const Snapshot &snapshot, const QString &name)
{
    for (const Node &node : snapshot.nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

const Process *findProcess(const Node &node, qint64 pid)
{
    for (const Process &p : node.processes) {
        if (p.pid == pid)
            return &p;
    }
    return nullptr;
}

QList<const CommandEvidence *> findEvidence(const Node &node, const QString &id)
{
    QList<const CommandEvidence *> found;
    for (const CommandEvidence &ev : node.evidence) {
        if (ev.id == id)
            found << &ev;
    }
    return found;
}

bool looksSecret(const QString &name)
{
    static const QRegularExpression re(u"TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL"_s);
    return re.match(name.toUpper()).hasMatch();
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

QString nodeSummary(const Snapshot &snapshot)
{
    QStringList lines;
    for (const Node &n : snapshot.nodes)
        lines << u"  %1: %2 %3 %4"_s.arg(n.name, toString(n.status), n.error,
                                         n.warnings.join(u"; "));
    return lines.join(u'\n');
}

// Ids of the commands a node without sudo may not run (they need root).
const QStringList &rootOnlyFirewallCommands()
{
    static const QStringList ids{u"iptables-save"_s, u"ip6tables-save"_s, u"nft-json"_s,
                                 u"nft-text"_s, u"ipset"_s};
    return ids;
}

} // namespace

class TstCollectLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fullCollection();
    void nodeFacts_data();
    void nodeFacts();
    void evidence_data();
    void evidence();
    void sockets_data();
    void sockets();
    void processes_data();
    void processes();
    void iptablesRules_data();
    void iptablesRules();
    void nftRuleset();
    void secretsNeverStored();
    void sshdStopped();
    void unknownHostKeyStrict_data();
    void unknownHostKeyStrict();
    void unknownHostKeyAcceptNew();
    void cancellation();
    void jumpHost();
    void unreachableAddress();
    // Last: a rekey cannot be undone.
    void hostKeyChanged_data();
    void hostKeyChanged();

private:
    struct CollectRun
    {
        ProcessResult process;
        QString dbPath;
        qint64 snapshotId = 0;
        std::optional<Snapshot> snapshot;
        QString loadError;
    };

    CollectRun collect(const QString &runName, const QStringList &arguments);
    QString workFile(const QString &name) const { return m_work->filePath(name); }
    QStringList labInventoryArguments() const;
    QStringList nodeNames() const;
    QJsonObject expectedNode(const QString &name) const;
    CollectionStatus expectedStatus(const QString &name) const;
    QString priv4Subnet() const;
    void addNodeRows() const;
    const Node *fullNode(const QString &name) const;
    // Every node of `snapshot` except `except` has the status of a clean full run.
    void verifyOtherNodes(const Snapshot &snapshot, const QStringList &except) const;

    std::unique_ptr<QTemporaryDir> m_stateDir; // outlives m_lab, which is destroyed first
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<LabGuard> m_lab;
    QProcessEnvironment m_env;
    QJsonObject m_expected;
    QString m_user;
    std::optional<CollectRun> m_full;
    bool m_rekeyed = false;
    QString m_oldFingerprint;
    QString m_newFingerprint;
};

// --- helpers -----------------------------------------------------------------

TstCollectLab::CollectRun TstCollectLab::collect(const QString &runName,
                                                 const QStringList &arguments)
{
    CollectRun run;
    run.dbPath = workFile(runName + u".db"_s);
    run.process = m_lab->cli(QStringList{u"collect"_s, u"--db"_s, run.dbPath} + arguments);
    const QStringList lines = run.process.out.split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        run.snapshotId = lines.constLast().trimmed().toLongLong();
    if (run.snapshotId > 0) {
        try {
            const SnapshotStore store(run.dbPath, SnapshotStore::OpenMode::ExistingOnly);
            run.snapshot = store.loadSnapshot(run.snapshotId);
        } catch (const Error &e) {
            run.loadError = e.message();
        }
    }
    return run;
}

QStringList TstCollectLab::labInventoryArguments() const
{
    return {u"--inventory"_s, m_lab->stateFile(u"inventory.json"_s), u"--known-hosts"_s,
            m_lab->stateFile(u"known_hosts"_s)};
}

QStringList TstCollectLab::nodeNames() const
{
    QStringList names;
    const QJsonArray nodes = m_expected.value(u"nodes").toArray();
    for (const QJsonValue &n : nodes)
        names << n[u"name"].toString();
    return names;
}

QJsonObject TstCollectLab::expectedNode(const QString &name) const
{
    const QJsonArray nodes = m_expected.value(u"nodes").toArray();
    for (const QJsonValue &n : nodes) {
        if (n[u"name"].toString() == name)
            return n.toObject();
    }
    return {};
}

// A node whose lab user may not sudo cannot read the firewall: Partial.
CollectionStatus TstCollectLab::expectedStatus(const QString &name) const
{
    return expectedNode(name)[u"sudo"].toBool() ? CollectionStatus::Ok : CollectionStatus::Partial;
}

QString TstCollectLab::priv4Subnet() const
{
    return m_expected.value(u"topology")[u"priv"][0].toString();
}

void TstCollectLab::addNodeRows() const
{
    QTest::addColumn<QString>("node");
    const QStringList names = nodeNames();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

const Node *TstCollectLab::fullNode(const QString &name) const
{
    if (!m_full || !m_full->snapshot)
        return nullptr;
    return findNode(*m_full->snapshot, name);
}

void TstCollectLab::verifyOtherNodes(const Snapshot &snapshot, const QStringList &except) const
{
    const QStringList names = nodeNames();
    for (const QString &name : names) {
        if (except.contains(name))
            continue;
        const Node *node = findNode(snapshot, name);
        QVERIFY2(node, qPrintable(u"node %1 is missing from the snapshot"_s.arg(name)));
        QCOMPARE(u"%1: %2"_s.arg(name, toString(node->status)),
                 u"%1: %2"_s.arg(name, toString(expectedStatus(name))));
        QVERIFY2(node->hostname == name, qPrintable(node->hostname));
    }
}

// --- set-up ------------------------------------------------------------------

void TstCollectLab::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("the lab needs root (network namespaces, sshd, iptables): run the 'lab' tests "
              "as root to test collection");

    m_work = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + u"/portolan-collectlab-work-%1-XXXXXX"_s.arg(::getpid()));
    QVERIFY2(m_work->isValid(), qPrintable(m_work->errorString()));
    // A home of its own: no ~/.ssh/config, known_hosts, keys or agent of the host.
    QVERIFY(QDir().mkpath(workFile(u"home"_s)));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"HOME"_s, workFile(u"home"_s));
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // untranslated messages
    m_env.remove(u"LANGUAGE"_s);
    m_env.remove(u"SSH_AUTH_SOCK"_s);
    m_env.remove(u"PORTOLAN_LAB_STATE"_s);

    sweepStaleRuns(m_env);

    m_stateDir = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + u"/portolan-collectlab-state-%1-XXXXXX"_s.arg(::getpid()));
    QVERIFY2(m_stateDir->isValid(), qPrintable(m_stateDir->errorString()));
    m_lab = std::make_unique<LabGuard>(m_stateDir->path(),
                                       kNamePrefix + QString::number(::getpid()), m_env);
    const ProcessResult up = m_lab->up(scenarioPath());
    if (up.exitCode == 2)
        QSKIP(qPrintable(u"the lab cannot run here (no namespaces or tools?): "_s +
                         up.err.trimmed()));
    QVERIFY2(up.exitCode == 0, qPrintable(u"lab up failed: "_s + describe(up)));

    const QJsonDocument expected =
        QJsonDocument::fromJson(fileBytes(m_lab->stateFile(u"expected.json"_s)));
    QVERIFY2(expected.isObject(), "the lab wrote no readable expected.json");
    m_expected = expected.object();
    m_user = m_expected.value(u"user")[u"name"].toString();
    QVERIFY(!m_user.isEmpty());
    QVERIFY2(nodeNames().size() >= 4, qPrintable(nodeNames().join(u", ")));
    QVERIFY(!priv4Subnet().isEmpty());
}

void TstCollectLab::cleanupTestCase()
{
    if (!m_lab)
        return;
    const QString id = m_expected.value(u"lab")[u"id"].toString();
    const ProcessResult down = m_lab->down();
    m_lab.reset();
    if (down.exitCode != 0 && m_stateDir)
        m_stateDir->setAutoRemove(false); // a lab still up keeps its files
    QVERIFY2(down.exitCode == 0, qPrintable(u"lab down failed: "_s + describe(down)));
    if (!id.isEmpty()) {
        const ProcessResult netns = runProcess(u"ip"_s, {u"netns"_s, u"list"_s}, m_env, 30000);
        QVERIFY2(!netns.out.contains(id + u'-'), qPrintable(u"left over: "_s + netns.out));
    }
}

// --- 1. a full collection against the ground truth -----------------------------

void TstCollectLab::fullCollection()
{
    m_full = collect(u"full"_s, labInventoryArguments() + QStringList{u"--label"_s, u"full"_s});
    const CollectRun &run = *m_full;
    QVERIFY2(run.process.exitCode == 0, qPrintable(describe(run.process)));
    QVERIFY2(run.snapshotId > 0, qPrintable(run.process.out));
    QVERIFY2(run.snapshot, qPrintable(run.loadError));
    const Snapshot &s = *run.snapshot;
    QCOMPARE(s.id, run.snapshotId);
    QCOMPARE(s.label, u"full"_s);
    QCOMPARE(s.inventoryName, m_expected.value(u"cluster").toString());
    QVERIFY(s.createdUtc.isValid());

    QStringList stored;
    for (const Node &n : s.nodes)
        stored << n.name;
    QCOMPARE(stored, nodeNames()); // inventory order, every node
    QVERIFY(stored.size() >= 4);
    for (const QString &name : std::as_const(stored)) {
        const Node *n = findNode(s, name);
        QCOMPARE(u"%1: %2"_s.arg(name, toString(n->status)),
                 u"%1: %2"_s.arg(name, toString(expectedStatus(name))));
        QVERIFY2(run.process.err.contains(u"[%1] connecting"_s.arg(name)), qPrintable(name));
        const QString done =
            expectedStatus(name) == CollectionStatus::Ok
                ? u"[%1] done\n"_s.arg(name)
                : u"[%1] done, partial: iptables-save: permission denied"_s.arg(name);
        QVERIFY2(run.process.err.contains(done), qPrintable(describe(run.process)));
    }
    QVERIFY2(!run.process.err.contains(u"FAILED"_s), qPrintable(describe(run.process)));

    const SnapshotStore store(run.dbPath, SnapshotStore::OpenMode::ExistingOnly);
    const QList<SnapshotSummary> summaries = store.listSnapshots();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().nodeCount, int(s.nodes.size()));
    QCOMPARE(summaries.first().failedNodeCount, 0);
}

void TstCollectLab::nodeFacts_data()
{
    addNodeRows();
}

void TstCollectLab::nodeFacts()
{
    QFETCH(QString, node);
    const Node *n = fullNode(node);
    QVERIFY2(n, "no node from the full collection");
    const QJsonObject exp = expectedNode(node);
    const bool sudo = exp[u"sudo"].toBool();

    // Status and why.
    QCOMPARE(toString(n->status), toString(expectedStatus(node)));
    QVERIFY2(n->error.isEmpty(), qPrintable(n->error));
    const QString denied = u"iptables-save: permission denied"_s;
    const auto mentionsDenied = [&](const QStringList &list) {
        return std::any_of(list.begin(), list.end(),
                           [&](const QString &w) { return w.startsWith(denied); });
    };
    if (sudo) {
        QVERIFY2(n->warnings.isEmpty(), qPrintable(n->warnings.join(u"; ")));
        QVERIFY2(n->firewall.errors.isEmpty(), qPrintable(n->firewall.errors.join(u"; ")));
    } else {
        QVERIFY2(mentionsDenied(n->warnings), qPrintable(n->warnings.join(u"; ")));
        QVERIFY2(mentionsDenied(n->firewall.errors), qPrintable(n->firewall.errors.join(u"; ")));
    }

    // Identity.
    QCOMPARE(n->hostname, exp[u"hostname"].toString());
    QCOMPARE(n->hostname, node);
    QCOMPARE(n->sshTarget, u"%1@%2:22"_s.arg(m_user, exp[u"host"].toString()));
    QCOMPARE(toString(n->role), exp[u"role"].toString());
    QVERIFY2(n->kernel.startsWith(u"Linux "_s), qPrintable(n->kernel));
    QVERIFY(!n->os.isEmpty());

    // Ray.
    const QJsonObject ray = exp[u"ray"].toObject();
    QCOMPARE(toString(n->ray.detectedRole), exp[u"role"].toString());
    QCOMPARE(n->ray.version, ray[u"version"].toString());
    QCOMPARE(n->ray.sessionName, ray[u"session_name"].toString());
    QMap<QString, int> ports;
    const QJsonObject expectedPorts = ray[u"ports"].toObject();
    for (auto it = expectedPorts.begin(); it != expectedPorts.end(); ++it)
        ports.insert(it.key(), it.value().toInt());
    QCOMPARE(n->ray.sessionPorts, ports);

    // Interfaces carry the node's addresses (link-local ones aside).
    const QJsonObject addresses = exp[u"addresses"].toObject();
    QVERIFY(!addresses.isEmpty());
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        const auto iface = std::find_if(n->interfaces.begin(), n->interfaces.end(),
                                        [&](const Interface &i) { return i.name == it.key(); });
        QVERIFY2(iface != n->interfaces.end(), qPrintable(u"no interface "_s + it.key()));
        QStringList actual;
        for (const InterfaceAddress &a : iface->addresses) {
            if (!a.address.isLinkLocal())
                actual << a.address.toString() + u'/' + QString::number(a.prefixLength);
        }
        QStringList wanted = toStringList(it.value());
        actual.sort();
        wanted.sort();
        QCOMPARE(actual, wanted);
        QCOMPARE(iface->operState, u"UP"_s);
    }

    // Firewall backend; a node without sudo cannot tell.
    const QString backend = sudo ? exp[u"firewall"][u"backends"][0].toString() : u"unknown"_s;
    QCOMPARE(toString(n->firewall.backend), backend);
    if (!sudo) {
        QVERIFY(n->firewall.iptables.isEmpty());
        QVERIFY(n->firewall.nftables.isEmpty());
    }
}

void TstCollectLab::evidence_data()
{
    addNodeRows();
}

// Every command of the set ran, once, with a real exit code.
void TstCollectLab::evidence()
{
    QFETCH(QString, node);
    const Node *n = fullNode(node);
    QVERIFY2(n, "no node from the full collection");
    const bool sudo = expectedNode(node)[u"sudo"].toBool();
    for (const CommandSpec &spec : commandSet()) {
        const QList<const CommandEvidence *> found = findEvidence(*n, spec.id);
        if (spec.condition == CommandCondition::LegacyTablesPresent) {
            // No basic.json node with sudo has legacy tables; without sudo,
            // iptables-save cannot tell that there are any.
            QVERIFY2(found.isEmpty(), qPrintable(spec.id));
            continue;
        }
        QVERIFY2(found.size() == 1,
                 qPrintable(u"%1: %2 evidence"_s.arg(spec.id).arg(found.size())));
        const CommandEvidence &ev = *found.first();
        QVERIFY2(ev.command.endsWith(spec.commandLine()), qPrintable(ev.command));
        QVERIFY2(ev.command.contains(u"sudo -n "_s) == (sudo && spec.needsRoot),
                 qPrintable(ev.command));
        QVERIFY2(!ev.timedOut && !ev.truncated, qPrintable(spec.id));
        QVERIFY(ev.durationMs >= 0);
        if (!sudo && rootOnlyFirewallCommands().contains(spec.id)) {
            QVERIFY2(ev.exitCode > 0, qPrintable(u"%1: %2"_s.arg(spec.id).arg(ev.exitCode)));
            QVERIFY2(!ev.errorOutput.isEmpty(), qPrintable(spec.id));
        } else {
            QVERIFY2(ev.exitCode == 0, qPrintable(u"%1: exit %2: %3"_s.arg(spec.id)
                                                      .arg(ev.exitCode)
                                                      .arg(QString::fromUtf8(ev.errorOutput))));
        }
    }
    QCOMPARE(findEvidence(*n, u"hostname"_s).first()->output, node.toUtf8() + '\n');
}

void TstCollectLab::sockets_data()
{
    addNodeRows();
}

// Every listening socket of the ground truth, with its owner.
void TstCollectLab::sockets()
{
    QFETCH(QString, node);
    const Node *n = fullNode(node);
    QVERIFY2(n, "no node from the full collection");
    const QJsonObject exp = expectedNode(node);
    const bool sudo = exp[u"sudo"].toBool();
    const QJsonArray expectedSockets = exp[u"sockets"].toArray();
    QVERIFY(!expectedSockets.isEmpty());
    QCOMPARE(n->sockets.size(), expectedSockets.size()); // nothing else listens
    for (const QJsonValue &v : expectedSockets) {
        const QString proto = v[u"proto"].toString();
        const QString bindText = v[u"bind"].toString();
        const int port = v[u"port"].toInt();
        const bool dualStack = v[u"dual_stack"].toBool();
        const QString what = u"%1 %2 [%3]:%4"_s.arg(node, proto, bindText).arg(port);
        const std::optional<IpAddress> bind = IpAddress::parse(bindText);
        QVERIFY2(bind, qPrintable(what));

        QList<const ListeningSocket *> matches;
        for (const ListeningSocket &s : n->sockets) {
            if (toString(s.protocol) == proto && s.port == port && s.address == *bind &&
                s.dualStack == dualStack && s.scopeInterface.isEmpty())
                matches << &s;
        }
        QVERIFY2(matches.size() == 1,
                 qPrintable(u"%1: %2 matches"_s.arg(what).arg(matches.size())));
        const ListeningSocket &socket = *matches.first();

        // Without sudo, ss shows only the owners that run as the lab user.
        if (!sudo && v[u"user"].toString() != m_user) {
            QVERIFY2(socket.owners.isEmpty(), qPrintable(what));
            continue;
        }
        const qint64 pid = v[u"pid"].toInteger();
        const QString ssName = v[u"ss_name"].toString();
        QStringList owners;
        for (const SocketOwner &o : socket.owners)
            owners << u"%1(%2)"_s.arg(o.processName).arg(o.pid);
        QVERIFY2(
            std::any_of(
                socket.owners.begin(), socket.owners.end(),
                [&](const SocketOwner &o) { return o.pid == pid && o.processName == ssName; }),
            qPrintable(u"%1: owners %2, expected %3(%4)"_s.arg(what, owners.join(u", "), ssName)
                           .arg(pid)));
        const Process *process = findProcess(*n, pid);
        QVERIFY2(process, qPrintable(u"%1: no process %2"_s.arg(what).arg(pid)));
        QCOMPARE(process->comm, v[u"comm"].toString());
        QCOMPARE(process->user, v[u"user"].toString());
    }
}

void TstCollectLab::processes_data()
{
    addNodeRows();
}

// Every process of the ground truth: name, command line, RAY_* environment with
// secrets redacted.
void TstCollectLab::processes()
{
    QFETCH(QString, node);
    const Node *n = fullNode(node);
    QVERIFY2(n, "no node from the full collection");
    const QStringList secrets = toStringList(m_expected.value(u"secrets"));
    const QString redacted = kRedacted.toString();
    const QJsonArray expectedProcesses = expectedNode(node)[u"processes"].toArray();
    QVERIFY(!expectedProcesses.isEmpty());
    int redactions = 0;
    int expectedRedactions = 0;
    for (const QJsonValue &v : expectedProcesses) {
        const qint64 pid = v[u"pid"].toInteger();
        const QString what = u"%1 pid %2 (%3)"_s.arg(node).arg(pid).arg(v[u"comm"].toString());
        const Process *p = findProcess(*n, pid);
        QVERIFY2(p, qPrintable(what));
        QCOMPARE(p->comm, v[u"comm"].toString());
        QCOMPARE(p->user, v[u"user"].toString());
        QCOMPARE(p->ppid, v[u"ppid"].toInteger());
        if (v[u"args"].isString())
            QCOMPARE(p->command, v[u"args"].toString());
        if (!v[u"env"].isObject())
            continue;
        QMap<QString, QString> wanted;
        const QJsonObject env = v[u"env"].toObject();
        for (auto it = env.begin(); it != env.end(); ++it) {
            if (!it.key().startsWith(u"RAY_"))
                continue;
            const QString value = it.value().toString();
            const bool secret = secrets.contains(value) || looksSecret(it.key());
            wanted.insert(it.key(), secret ? redacted : value);
            expectedRedactions += secret ? 1 : 0;
        }
        QVERIFY2(!wanted.isEmpty(), qPrintable(what));
        QCOMPARE(p->environment, wanted);
        redactions += int(std::count(p->environment.cbegin(), p->environment.cend(), redacted));
    }
    QCOMPARE(redactions, expectedRedactions);
    if (expectedNode(node).value(u"env")[u"RAY_AUTH_TOKEN"].isString())
        QVERIFY2(redactions > 0, "the token variable is not shown as <redacted>");
}

void TstCollectLab::iptablesRules_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("ruleCount");
    QTest::addColumn<QString>("option"); // of a match the wanted rule has; "" for no rule
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("targetOption");
    QTest::addColumn<QString>("targetArgument");

    const QString v4 = u"ipv4"_s;
    const QString v6 = u"ipv6"_s;
    const QString priv = priv4Subnet();
    QTest::newRow("allow-list: from the cluster subnet")
        << u"worker-fw"_s << v4 << u"filter"_s << u"INPUT"_s << u"DROP"_s << 5 << u"-s"_s << priv
        << u"ACCEPT"_s << QString() << QString();
    QTest::newRow("allow-list: ssh")
        << u"worker-fw"_s << v4 << u"filter"_s << u"INPUT"_s << u"DROP"_s << 5 << u"--dport"_s
        << u"22"_s << u"ACCEPT"_s << QString() << QString();
    QTest::newRow("allow-list: established")
        << u"worker-fw"_s << v4 << u"filter"_s << u"INPUT"_s << u"DROP"_s << 5 << u"--ctstate"_s
        << u"RELATED,ESTABLISHED"_s << u"ACCEPT"_s << QString() << QString();
    QTest::newRow("allow-list v6: ssh only")
        << u"worker-fw"_s << v6 << u"filter"_s << u"INPUT"_s << u"DROP"_s << 4 << u"--dport"_s
        << u"22"_s << u"ACCEPT"_s << QString() << QString();
    QTest::newRow("redirect 80 to the dashboard")
        << u"worker-v6"_s << v4 << u"nat"_s << u"PREROUTING"_s << u"ACCEPT"_s << 1 << u"-i"_s
        << u"eth0"_s << u"REDIRECT"_s << u"--to-ports"_s << u"8265"_s;
    QTest::newRow("redirected traffic allowed")
        << u"worker-v6"_s << v4 << u"filter"_s << u"INPUT"_s << u"DROP"_s << 6 << u"--ctstate"_s
        << u"DNAT"_s << u"ACCEPT"_s << QString() << QString();
    QTest::newRow("v6 forgotten: empty, policy ACCEPT")
        << u"worker-v6"_s << v6 << u"filter"_s << u"INPUT"_s << u"ACCEPT"_s << 0 << QString()
        << QString() << QString() << QString() << QString();
}

void TstCollectLab::iptablesRules()
{
    QFETCH(QString, node);
    QFETCH(QString, family);
    QFETCH(QString, table);
    QFETCH(QString, chain);
    QFETCH(QString, policy);
    QFETCH(int, ruleCount);
    QFETCH(QString, option);
    QFETCH(QString, argument);
    QFETCH(QString, target);
    QFETCH(QString, targetOption);
    QFETCH(QString, targetArgument);

    const Node *n = fullNode(node);
    QVERIFY2(n, "no node from the full collection");
    const auto ruleset =
        std::find_if(n->firewall.iptables.begin(), n->firewall.iptables.end(),
                     [&](const IptablesRuleset &r) { return toString(r.family) == family; });
    QVERIFY2(ruleset != n->firewall.iptables.end(), qPrintable(family));
    QCOMPARE(ruleset->variant, u"nf_tables"_s);
    QCOMPARE(ruleset->source, family == u"ipv4" ? u"iptables-save"_s : u"ip6tables-save"_s);
    const auto t = std::find_if(ruleset->tables.begin(), ruleset->tables.end(),
                                [&](const IptablesTable &x) { return x.name == table; });
    QVERIFY2(t != ruleset->tables.end(), qPrintable(table));
    const auto c = std::find_if(t->chains.begin(), t->chains.end(),
                                [&](const IptablesChain &x) { return x.name == chain; });
    QVERIFY2(c != t->chains.end(), qPrintable(chain));
    QCOMPARE(c->policy, policy);

    QList<const IptablesRule *> rules;
    QStringList texts;
    for (const IptablesRule &r : t->rules) {
        if (r.chain == chain) {
            rules << &r;
            texts << r.text;
        }
    }
    QVERIFY2(rules.size() == ruleCount, qPrintable(texts.join(u'\n')));
    if (option.isEmpty())
        return;
    const auto hasArgument = [](const IptablesMatch &m, const QString &wanted) {
        return m.arguments.contains(wanted) || m.arguments.join(u',') == wanted;
    };
    const bool found = std::any_of(rules.begin(), rules.end(), [&](const IptablesRule *r) {
        const bool matchOk =
            std::any_of(r->matches.begin(), r->matches.end(), [&](const IptablesMatch &m) {
                return m.option == option && !m.negated && hasArgument(m, argument);
            });
        const bool targetOk =
            targetOption.isEmpty() ||
            std::any_of(r->targetOptions.begin(), r->targetOptions.end(),
                        [&](const IptablesMatch &m) {
                            return m.option == targetOption && hasArgument(m, targetArgument);
                        });
        return matchOk && r->target == target && !r->isGoto && targetOk && r->line > 0;
    });
    QVERIFY2(found, qPrintable(u"no rule %1 %2 -j %3 in:\n%4"_s.arg(option, argument, target,
                                                                    texts.join(u'\n'))));
}

// worker-nft: native nftables with a named set of trusted networks.
void TstCollectLab::nftRuleset()
{
    const Node *n = fullNode(u"worker-nft"_s);
    QVERIFY2(n, "no node from the full collection");
    const NftRuleset &nft = n->firewall.nftables;
    QVERIFY2(n->firewall.iptables.isEmpty(), "iptables-nft tables where none were made");

    QCOMPARE(nft.tables.size(), 1);
    QCOMPARE(nft.tables.first().family, u"inet"_s);
    QCOMPARE(nft.tables.first().name, u"filter"_s);
    QVERIFY(!nft.tables.first().managedByIptablesNft);

    QCOMPARE(nft.chains.size(), 2);
    for (const NftChain &c : nft.chains) {
        QCOMPARE(c.table, u"filter"_s);
        QCOMPARE(c.type, u"filter"_s);
        QCOMPARE(c.hook, c.name); // chain input on hook input, forward on forward
        QCOMPARE(c.priority, 0);
        QCOMPARE(c.policy, u"drop"_s);
    }

    QCOMPARE(nft.sets.size(), 1);
    const NftSet &set = nft.sets.first();
    QCOMPARE(set.name, u"trusted4"_s);
    QCOMPARE(set.type, u"ipv4_addr"_s);
    QVERIFY(set.flags.contains(u"interval"_s));
    QStringList elements;
    const QJsonArray elem = QJsonDocument::fromJson(set.elementsJson.toUtf8()).array();
    for (const QJsonValue &e : elem) {
        const QJsonObject prefix = e[u"prefix"].toObject();
        elements << u"%1/%2"_s.arg(prefix[u"addr"].toString()).arg(prefix[u"len"].toInt());
    }
    elements.sort();
    QString internal;
    const QJsonArray zones = m_expected.value(u"zones").toArray();
    for (const QJsonValue &z : zones) {
        if (z[u"name"].toString() == u"internal")
            internal = z[u"sources"][0].toString();
    }
    QCOMPARE(elements, (QStringList{priv4Subnet(), internal}));

    QStringList inputRules;
    bool trustedAccept = false;
    bool resetDashboardAgent = false;
    for (const NftRule &r : nft.rules) {
        if (r.chain != u"input")
            continue;
        inputRules << r.text;
        const QJsonArray expr = QJsonDocument::fromJson(r.exprJson.toUtf8()).array();
        QVERIFY2(!expr.isEmpty(), qPrintable(r.exprJson));
        const QJsonObject match = expr.first()[u"match"].toObject();
        const QJsonObject payload = match[u"left"][u"payload"].toObject();
        const QJsonObject verdict = expr.last().toObject();
        if (payload[u"field"].toString() == u"saddr" && payload[u"protocol"].toString() == u"ip" &&
            match[u"right"].toString() == u"@trusted4" && verdict.contains(u"accept"))
            trustedAccept = true;
        if (payload[u"field"].toString() == u"dport" && match[u"right"].toInt() == 52365 &&
            verdict[u"reject"][u"type"].toString() == u"tcp reset")
            resetDashboardAgent = true;
    }
    QVERIFY2(inputRules.size() == 7, qPrintable(inputRules.join(u'\n')));
    QVERIFY2(trustedAccept, qPrintable(inputRules.join(u'\n')));
    QVERIFY2(resetDashboardAgent, qPrintable(inputRules.join(u'\n')));
}

// Secrets of the nodes' environments reach neither the database nor an export.
void TstCollectLab::secretsNeverStored()
{
    QVERIFY2(m_full && m_full->snapshot, "no snapshot from the full collection");
    const QStringList secrets = toStringList(m_expected.value(u"secrets"));
    QVERIFY2(!secrets.isEmpty(), "basic.json should hold a secret (RAY_AUTH_TOKEN)");

    // The secret really was there to be found: in a live process's environment.
    const QJsonObject nft = expectedNode(u"worker-nft"_s);
    qint64 pid = 0;
    const QJsonArray expectedProcesses = nft[u"processes"].toArray();
    for (const QJsonValue &p : expectedProcesses) {
        if (p[u"env"][u"RAY_AUTH_TOKEN"].isString())
            pid = p[u"pid"].toInteger();
    }
    QVERIFY(pid > 0);
    const ProcessResult liveEnviron =
        m_lab->run(u"exec"_s, {u"worker-nft"_s, u"--"_s, u"cat"_s, u"/proc/%1/environ"_s.arg(pid)});
    QVERIFY2(liveEnviron.exitCode == 0, qPrintable(describe(liveEnviron)));
    QVERIFY(liveEnviron.out.contains(secrets.first()));

    const QString exported = workFile(u"full.json"_s);
    const ProcessResult exportRun =
        m_lab->cli({u"export"_s, u"--db"_s, m_full->dbPath, u"--snapshot"_s,
                    QString::number(m_full->snapshotId), u"--out"_s, exported});
    QVERIFY2(exportRun.exitCode == 0, qPrintable(describe(exportRun)));

    // The database and the export do hold the environments, redacted: the
    // search below reads the real content.
    for (const QString &file : {m_full->dbPath, exported}) {
        const QByteArray bytes = fileBytes(file);
        QVERIFY2(bytes.contains("RAY_AUTH_TOKEN"), qPrintable(file));
        QVERIFY2(bytes.contains("<redacted>"), qPrintable(file));
    }
    QStringList files{m_full->dbPath, exported};
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_full->dbPath + suffix))
            files << m_full->dbPath + suffix;
    }
    for (const QString &file : std::as_const(files)) {
        const QByteArray bytes = fileBytes(file);
        for (const QString &secret : secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(u"%1 holds a secret of the lab"_s.arg(file)));
        }
    }
}

// --- 2. a node that refuses connections ----------------------------------------

void TstCollectLab::sshdStopped()
{
    const QString target = u"worker-nft"_s;
    const ProcessResult stop = m_lab->run(u"stop-sshd"_s, {target});
    QVERIFY2(stop.exitCode == 0, qPrintable(describe(stop)));
    auto restart = qScopeGuard([&] { m_lab->run(u"start-sshd"_s, {target}); });

    const CollectRun run =
        collect(u"sshd-stopped"_s, labInventoryArguments() + QStringList{u"--timeout"_s, u"5"_s});
    QVERIFY2(run.process.exitCode == 0, qPrintable(describe(run.process)));
    QVERIFY2(run.snapshot, qPrintable(run.loadError + describe(run.process)));
    const Node *n = findNode(*run.snapshot, target);
    QVERIFY(n);
    QCOMPARE(toString(n->status), toString(CollectionStatus::Failed));
    QVERIFY2(n->error.contains(u"connect"_s, Qt::CaseInsensitive) &&
                 n->error.contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(n->error));
    QVERIFY(n->evidence.isEmpty());
    QVERIFY2(run.process.err.contains(u"[%1] FAILED: "_s.arg(target)),
             qPrintable(describe(run.process)));
    verifyOtherNodes(*run.snapshot, {target});
    if (QTest::currentTestFailed())
        return;

    restart.dismiss();
    const ProcessResult start = m_lab->run(u"start-sshd"_s, {target});
    QVERIFY2(start.exitCode == 0, qPrintable(describe(start)));
}

// --- 3./4. host keys ------------------------------------------------------------

void TstCollectLab::unknownHostKeyStrict_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("default policy") << QString();
    QTest::newRow("strict") << u"strict"_s;
}

void TstCollectLab::unknownHostKeyStrict()
{
    QFETCH(QString, policy);
    const QString runName = u"unknown-"_s + (policy.isEmpty() ? u"default"_s : policy);
    const QString knownHosts = workFile(runName + u".known_hosts"_s);
    QVERIFY(writeFile(knownHosts, {}));
    QStringList arguments{u"--inventory"_s, m_lab->stateFile(u"inventory.json"_s),
                          u"--known-hosts"_s, knownHosts};
    if (!policy.isEmpty())
        arguments << u"--host-key-policy"_s << policy;

    const CollectRun run = collect(runName, arguments);
    QVERIFY2(run.process.exitCode == 1, qPrintable(describe(run.process)));
    QVERIFY2(run.process.err.contains(u"no node could be audited"_s),
             qPrintable(describe(run.process)));
    QVERIFY2(run.snapshot, qPrintable(run.loadError + describe(run.process)));
    QCOMPARE(run.snapshot->nodes.size(), nodeNames().size());
    const QMultiMap<QString, HostKey> truth = readKnownHosts(m_lab->stateFile(u"known_hosts"_s));
    for (const Node &n : run.snapshot->nodes) {
        QCOMPARE(u"%1: %2"_s.arg(n.name, toString(n.status)), u"%1: failed"_s.arg(n.name));
        QVERIFY2(n.error.contains(u"unknown host key"_s), qPrintable(n.error));
        // It names the key the node really presented.
        const QString host = expectedNode(n.name)[u"host"].toString();
        QVERIFY2(truth.contains(host), qPrintable(host));
        QVERIFY2(n.error.contains(fingerprint(truth.value(host))), qPrintable(n.error));
        QVERIFY(n.evidence.isEmpty());
    }
    QCOMPARE(QFileInfo(knownHosts).size(), 0); // nothing recorded
}

void TstCollectLab::unknownHostKeyAcceptNew()
{
    const QString knownHosts = workFile(u"accept-new.known_hosts"_s);
    QVERIFY(writeFile(knownHosts, {}));
    const QStringList arguments{u"--inventory"_s, m_lab->stateFile(u"inventory.json"_s),
                                u"--known-hosts"_s, knownHosts};

    const CollectRun first =
        collect(u"accept-new"_s, arguments + QStringList{u"--host-key-policy"_s, u"accept-new"_s});
    QVERIFY2(first.process.exitCode == 0, qPrintable(describe(first.process)));
    QVERIFY2(first.snapshot, qPrintable(first.loadError + describe(first.process)));
    verifyOtherNodes(*first.snapshot, {});
    if (QTest::currentTestFailed())
        return;

    // One entry per node: its address and the key it really has.
    const QMultiMap<QString, HostKey> recorded = readKnownHosts(knownHosts);
    const QMultiMap<QString, HostKey> truth = readKnownHosts(m_lab->stateFile(u"known_hosts"_s));
    QCOMPARE(recorded.size(), nodeNames().size());
    const QStringList names = nodeNames();
    for (const QString &name : names) {
        const QString host = expectedNode(name)[u"host"].toString();
        QCOMPARE(recorded.count(host), 1);
        QVERIFY2(recorded.value(host) == truth.value(host), qPrintable(host));
    }

    // Now they are known: strict succeeds and records nothing more.
    const QByteArray before = fileBytes(knownHosts);
    const CollectRun second = collect(u"accept-new-then-strict"_s,
                                      arguments + QStringList{u"--host-key-policy"_s, u"strict"_s});
    QVERIFY2(second.process.exitCode == 0, qPrintable(describe(second.process)));
    QVERIFY2(second.snapshot, qPrintable(second.loadError + describe(second.process)));
    verifyOtherNodes(*second.snapshot, {});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(fileBytes(knownHosts), before);
}

// --- 5. cancellation -------------------------------------------------------------

void TstCollectLab::cancellation()
{
    const QString db = workFile(u"cancel.db"_s);
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setReadChannel(QProcess::StandardError);
    process.start(labScript(), m_lab->operatorArguments(
                                   QStringList{u"collect"_s, u"--db"_s, db, u"--jobs"_s, u"1"_s} +
                                   labInventoryArguments()));
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
    auto cleanup = qScopeGuard([&] {
        if (process.state() != QProcess::NotRunning)
            killTree(process);
    });

    // Wait for the first node to finish.
    static const QRegularExpression doneLine(u"^\\[[^\\]]+\\] done"_s,
                                             QRegularExpression::MultilineOption);
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!doneLine.match(QString::fromUtf8(err)).hasMatch()) {
        QVERIFY2(process.state() == QProcess::Running,
                 qPrintable(u"ended before any node was done:\n"_s + QString::fromUtf8(err)));
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::fromUtf8(err)));
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }

    // `lab operator` runs it as a child (ip netns exec execs it) and does not
    // forward signals: send SIGINT to portolan-cli itself, as Ctrl-C would.
    qint64 cliPid = 0;
    const QList<qint64> tree = descendantsOf(process.processId());
    for (const qint64 pid : tree) {
        if (processComm(pid) == u"portolan-cli")
            cliPid = pid;
    }
    QVERIFY2(cliPid > 0, "portolan-cli not found below lab operator");
    QCOMPARE(::kill(pid_t(cliPid), SIGINT), 0);

    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    const QString stderrText = QString::fromUtf8(err);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1,
             qPrintable(u"exit %1\n"_s.arg(process.exitCode()) + stderrText));
    QVERIFY2(stderrText.contains(u"collection cancelled"_s), qPrintable(stderrText));
    static const QRegularExpression cancelledLine(u"^\\[[^\\]]+\\] cancelled$"_s,
                                                  QRegularExpression::MultilineOption);
    QVERIFY2(cancelledLine.match(stderrText).hasMatch(), qPrintable(stderrText));

    const qint64 id = out.trimmed().toLongLong();
    QVERIFY2(id > 0, qPrintable(out));
    {
        SqliteDatabase sqlite(db, SqliteDatabase::Access::ReadOnly);
        QCOMPARE(sqlite.queryText(u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(sqlite.queryInt(u"SELECT count(*) FROM pragma_foreign_key_check"_s), qint64(0));
    }
    const SnapshotStore store(db, SnapshotStore::OpenMode::ExistingOnly);
    QCOMPARE(store.listSnapshots().size(), 1);
    const Snapshot snapshot = store.loadSnapshot(id);
    QCOMPARE(snapshot.nodes.size(), nodeNames().size());
    int ok = 0;
    int cancelled = 0;
    for (const Node &n : snapshot.nodes) {
        QVERIFY2(n.status != CollectionStatus::Pending, qPrintable(nodeSummary(snapshot)));
        QVERIFY2(n.status != CollectionStatus::Failed, qPrintable(nodeSummary(snapshot)));
        if (n.status == CollectionStatus::Ok) {
            ++ok;
            QCOMPARE(n.hostname, n.name);
        }
        if (n.status == CollectionStatus::Cancelled) {
            ++cancelled;
            QVERIFY2(n.error.contains(u"cancelled"_s), qPrintable(n.error));
        }
    }
    QVERIFY2(ok >= 1, qPrintable(nodeSummary(snapshot)));
    QVERIFY2(cancelled >= 1, qPrintable(nodeSummary(snapshot)));
}

// --- 6. a node behind a jump host -----------------------------------------------

void TstCollectLab::jumpHost()
{
    const QJsonObject worker = expectedNode(u"worker-fw"_s);
    const QString privateCidr = worker[u"addresses"][u"eth1"][0].toString();
    const QString privateAddress = privateCidr.section(u'/', 0, 0);
    const QString headPublic = expectedNode(u"head"_s)[u"host"].toString();
    QVERIFY(privateAddress.startsWith(u"10."_s));

    const QJsonObject inventory{
        {u"cluster"_s, u"lab-jump"_s},
        {u"defaults"_s,
         QJsonObject{{u"user"_s, m_user},
                     {u"identity_file"_s, m_expected.value(u"identity_file").toString()},
                     {u"sudo"_s, true}}},
        {u"nodes"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"worker-fw-via-head"_s},
                                {u"host"_s, privateAddress},
                                {u"jump"_s, m_user + u'@' + headPublic}},
                    // The control: the private address is not routed from the operator.
                    QJsonObject{{u"name"_s, u"worker-fw-direct"_s}, {u"host"_s, privateAddress}}}}};
    const QString inventoryPath = workFile(u"jump.json"_s);
    QVERIFY(writeFile(inventoryPath, QJsonDocument(inventory).toJson()));

    // The lab records the private addresses too; else learn them on a copy.
    QString knownHosts = m_lab->stateFile(u"known_hosts"_s);
    QString policy = u"strict"_s;
    if (!readKnownHosts(knownHosts).contains(privateAddress)) {
        const QString copy = workFile(u"jump.known_hosts"_s);
        QVERIFY(writeFile(copy, fileBytes(knownHosts)));
        knownHosts = copy;
        policy = u"accept-new"_s;
    }

    const CollectRun run =
        collect(u"jump"_s, {u"--inventory"_s, inventoryPath, u"--known-hosts"_s, knownHosts,
                            u"--host-key-policy"_s, policy, u"--timeout"_s, u"3"_s});
    QVERIFY2(run.process.exitCode == 0, qPrintable(describe(run.process)));
    QVERIFY2(run.snapshot, qPrintable(run.loadError + describe(run.process)));

    const Node *via = findNode(*run.snapshot, u"worker-fw-via-head"_s);
    QVERIFY(via);
    QVERIFY2(via->status == CollectionStatus::Ok, qPrintable(nodeSummary(*run.snapshot)));
    QCOMPARE(via->hostname, u"worker-fw"_s);
    QVERIFY2(via->sshTarget.contains(privateAddress), qPrintable(via->sshTarget));
    QCOMPARE(toString(via->firewall.backend), u"iptables-nft"_s);
    const auto eth1 = std::find_if(via->interfaces.begin(), via->interfaces.end(),
                                   [](const Interface &i) { return i.name == u"eth1"; });
    QVERIFY(eth1 != via->interfaces.end());
    QVERIFY(
        std::any_of(eth1->addresses.begin(), eth1->addresses.end(), [&](const InterfaceAddress &a) {
            return a.address.toString() + u'/' + QString::number(a.prefixLength) == privateCidr;
        }));

    const Node *direct = findNode(*run.snapshot, u"worker-fw-direct"_s);
    QVERIFY(direct);
    QCOMPARE(toString(direct->status), toString(CollectionStatus::Failed));
    static const QRegularExpression unreachable(u"timed out|unreachable"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(unreachable.match(direct->error).hasMatch(), qPrintable(direct->error));
}

// --- 7. an address nobody answers on --------------------------------------------

void TstCollectLab::unreachableAddress()
{
    const QString ghost = u"203.0.113.99"_s;
    const QStringList names = nodeNames();
    for (const QString &name : names)
        QVERIFY(expectedNode(name)[u"host"].toString() != ghost);

    QJsonObject inventory =
        QJsonDocument::fromJson(fileBytes(m_lab->stateFile(u"inventory.json"_s))).object();
    QJsonArray nodes = inventory.value(u"nodes").toArray();
    QVERIFY(nodes.size() >= 2);
    while (nodes.size() > 2)
        nodes.removeLast();
    nodes.append(QJsonObject{{u"name"_s, u"ghost"_s}, {u"host"_s, ghost}});
    inventory[u"nodes"_s] = nodes;
    const QString inventoryPath = workFile(u"ghost.json"_s);
    QVERIFY(writeFile(inventoryPath, QJsonDocument(inventory).toJson()));

    const CollectRun run =
        collect(u"ghost"_s, {u"--inventory"_s, inventoryPath, u"--known-hosts"_s,
                             m_lab->stateFile(u"known_hosts"_s), u"--timeout"_s, u"2"_s});
    QVERIFY2(run.process.exitCode == 0, qPrintable(describe(run.process)));
    QVERIFY2(run.snapshot, qPrintable(run.loadError + describe(run.process)));
    QVERIFY2(run.process.elapsedMs < 30000, qPrintable(describe(run.process)));
    QCOMPARE(run.snapshot->nodes.size(), 3);

    const Node *n = findNode(*run.snapshot, u"ghost"_s);
    QVERIFY(n);
    QCOMPARE(toString(n->status), toString(CollectionStatus::Failed));
    static const QRegularExpression unreachable(u"timed out|unreachable|no route"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(unreachable.match(n->error).hasMatch(), qPrintable(n->error));
    QVERIFY2(n->error.contains(ghost), qPrintable(n->error));
    for (const QJsonValue &v : std::as_const(nodes)) {
        const QString name = v[u"name"].toString();
        if (name == u"ghost")
            continue;
        const Node *other = findNode(*run.snapshot, name);
        QVERIFY(other);
        QCOMPARE(u"%1: %2"_s.arg(name, toString(other->status)),
                 u"%1: %2"_s.arg(name, toString(expectedStatus(name))));
    }
}

// --- 3. a changed host key (last: the lab keeps the new key) ---------------------

void TstCollectLab::hostKeyChanged_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("strict") << u"strict"_s;
    QTest::newRow("accept-new") << u"accept-new"_s; // still refused
}

void TstCollectLab::hostKeyChanged()
{
    QFETCH(QString, policy);
    const QString target = u"worker-v6"_s;
    const QString host = expectedNode(target)[u"host"].toString();
    const QString knownHosts = m_lab->stateFile(u"known_hosts"_s);
    if (!m_rekeyed) {
        const QMultiMap<QString, HostKey> old = readKnownHosts(knownHosts);
        QVERIFY2(old.contains(host), qPrintable(host));
        m_oldFingerprint = fingerprint(old.value(host));
        const ProcessResult rekey = m_lab->run(u"rekey"_s, {target});
        m_rekeyed = true;
        QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
        const QMultiMap<QString, HostKey> current =
            readKnownHosts(m_lab->stateFile(u"known_hosts.current"_s));
        QVERIFY2(current.contains(host), qPrintable(host));
        m_newFingerprint = fingerprint(current.value(host));
    }
    QVERIFY(!m_oldFingerprint.isEmpty() && !m_newFingerprint.isEmpty());
    QVERIFY(m_oldFingerprint != m_newFingerprint);

    const QByteArray before = fileBytes(knownHosts);
    const CollectRun run =
        collect(u"rekeyed-"_s + policy,
                labInventoryArguments() + QStringList{u"--host-key-policy"_s, policy});
    QVERIFY2(run.process.exitCode == 0, qPrintable(describe(run.process)));
    QVERIFY2(run.snapshot, qPrintable(run.loadError + describe(run.process)));
    const Node *n = findNode(*run.snapshot, target);
    QVERIFY(n);
    QCOMPARE(toString(n->status), toString(CollectionStatus::Failed));
    QVERIFY2(n->error.contains(u"HOST KEY CHANGED"_s), qPrintable(n->error));
    // Both keys, by fingerprint: the one on record and the one presented.
    QCOMPARE(fingerprintsIn(n->error), (QSet<QString>{m_oldFingerprint, m_newFingerprint}));
    QVERIFY(n->evidence.isEmpty());
    QCOMPARE(fileBytes(knownHosts), before);
    verifyOtherNodes(*run.snapshot, {target});
}

QTEST_GUILESS_MAIN(TstCollectLab)
#include "tst_collectlab.moc"
