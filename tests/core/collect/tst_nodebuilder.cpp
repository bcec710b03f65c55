// buildNode on evidence collected from the lab's basic scenario (see
// tests/fixtures/collect/README.md): real output of real tools on five nodes.

#include "collect/nodebuilder.h"
#include "common/labfixture.h"
#include "model/process.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Node loadNode(const QString &name)
{
    return test::labEvidence(name);
}

Node builtNode(const QString &name)
{
    Node node = test::labEvidence(name);
    buildNode(node);
    return node;
}

const ListeningSocket *socketOn(const Node &node, quint16 port, IpFamily family)
{
    for (const ListeningSocket &s : node.sockets) {
        if (s.port == port && s.address.family() == family)
            return &s;
    }
    return nullptr;
}

const Process *process(const Node &node, qint64 pid)
{
    for (const Process &p : node.processes) {
        if (p.pid == pid)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestNodeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void systemFacts_data();
    void systemFacts();
    void socketsHaveOwnersAndCommandLines_data();
    void socketsHaveOwnersAndCommandLines();
    void secretsAreRedacted();
    void iptablesAllowList();
    void nftablesNamedSet();
    void dualStackSocket();
    void deniedFirewallIsUnknownNotNone();
    void garbageBecomesAWarning();
    void truncatedOutputIsAWarning();
    void detectRayRole_data();
    void detectRayRole();
};

void TestNodeBuilder::systemFacts_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("rayVersion");
    QTest::addColumn<NodeRole>("role");
    QTest::addColumn<QString>("eth0");

    QTest::newRow("head") << u"head"_s << u"none"_s << u"2.9.3"_s << NodeRole::Head
                          << u"203.0.113.11"_s;
    QTest::newRow("worker-fw") << u"worker-fw"_s << u"iptables-nft"_s << u"2.9.3"_s
                               << NodeRole::Worker << u"203.0.113.12"_s;
    QTest::newRow("worker-nft") << u"worker-nft"_s << u"nftables"_s << u"2.52.0"_s
                                << NodeRole::Worker << u"203.0.113.13"_s;
    QTest::newRow("worker-v6") << u"worker-v6"_s << u"iptables-nft"_s << u"2.9.3"_s
                               << NodeRole::Worker << u"203.0.113.14"_s;
    QTest::newRow("worker-legacy") << u"worker-legacy"_s << u"unknown"_s << u"2.9.3"_s
                                   << NodeRole::Worker << u"203.0.113.15"_s;
}

void TestNodeBuilder::systemFacts()
{
    QFETCH(QString, node);
    QFETCH(QString, backend);
    QFETCH(QString, rayVersion);
    QFETCH(NodeRole, role);
    QFETCH(QString, eth0);

    const Node n = builtNode(node);
    QCOMPARE(n.hostname, node);
    QVERIFY(n.kernel.startsWith(u"Linux "_s + node));
    QCOMPARE(n.os, u"Debian GNU/Linux 12 (bookworm)"_s);
    QCOMPARE(toString(n.firewall.backend), backend);
    QCOMPARE(n.ray.version, rayVersion);
    QCOMPARE(toString(n.ray.detectedRole), toString(role));
    QVERIFY(n.ray.sessionName.startsWith(u"session_"_s));
    QCOMPARE(n.ray.sessionPorts.value(u"dashboard_agent_listen_port"_s), 52365);

    bool found = false;
    for (const Interface &i : n.interfaces) {
        for (const InterfaceAddress &a : i.addresses)
            found = found ||
                    (i.name == u"eth0"_s && a.address.toString() == eth0 && a.prefixLength == 24);
    }
    QVERIFY2(found, qPrintable(eth0));
    bool defaultV4 = false;
    bool defaultV6 = false;
    for (const Route &r : n.routes) {
        defaultV4 = defaultV4 || r.destination == Prefix::all(IpFamily::V4);
        defaultV6 = defaultV6 || r.destination == Prefix::all(IpFamily::V6);
    }
    QVERIFY(defaultV4);
    QVERIFY(defaultV6);
}

void TestNodeBuilder::socketsHaveOwnersAndCommandLines_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("commandPart");

    QTest::newRow("gcs") << u"head"_s << 6379 << u"gcs_server"_s << u"--gcs_server_port=6379"_s;
    QTest::newRow("dashboard") << u"head"_s << 8265 << u"python3"_s
                               << u"ray/dashboard/dashboard.py"_s;
    QTest::newRow("client server")
        << u"head"_s << 10001 << u"python3"_s << u"ray.util.client.server"_s;
    QTest::newRow("worker") << u"worker-fw"_s << 10002 << u"ray::IDLE"_s << u"ray::IDLE"_s;
    QTest::newRow("raylet") << u"worker-nft"_s << 43001 << u"raylet"_s
                            << u"--node_manager_port=43001"_s;
    QTest::newRow("agent") << u"worker-legacy"_s << 52365 << u"python"_s
                           << u"--listen-port=52365"_s;
}

void TestNodeBuilder::socketsHaveOwnersAndCommandLines()
{
    QFETCH(QString, node);
    QFETCH(int, port);
    QFETCH(QString, owner);
    QFETCH(QString, commandPart);

    const Node n = builtNode(node);
    const ListeningSocket *s = socketOn(n, quint16(port), IpFamily::V4);
    if (!s)
        s = socketOn(n, quint16(port), IpFamily::V6);
    QVERIFY2(s, qPrintable(u"no socket on port %1"_s.arg(port)));
    QVERIFY(!s->owners.isEmpty());
    QCOMPARE(s->owners.first().processName, owner);
    const Process *p = process(n, s->owners.first().pid);
    QVERIFY(p);
    QVERIFY2(p->command.contains(commandPart), qPrintable(p->command));
}

void TestNodeBuilder::secretsAreRedacted()
{
    const Node n = builtNode(u"worker-nft"_s);
    int tokens = 0;
    for (const Process &p : n.processes) {
        if (p.environment.contains(u"RAY_AUTH_TOKEN"_s)) {
            QCOMPARE(p.environment.value(u"RAY_AUTH_TOKEN"_s), kRedacted.toString());
            QCOMPARE(p.environment.value(u"RAY_AUTH_MODE"_s), u"token"_s);
            ++tokens;
        }
    }
    QVERIFY(tokens > 0);
}

void TestNodeBuilder::iptablesAllowList()
{
    const Node n = builtNode(u"worker-fw"_s);
    QCOMPARE(n.firewall.iptables.size(), 2);
    const IptablesRuleset &v4 = n.firewall.iptables.first();
    QCOMPARE(toString(v4.family), toString(IpFamily::V4));
    QCOMPARE(v4.variant, u"nf_tables"_s);
    const IptablesTable &filter = v4.tables.first();
    QCOMPARE(filter.name, u"filter"_s);
    QCOMPARE(filter.chains.first().name, u"INPUT"_s);
    QCOMPARE(filter.chains.first().policy, u"DROP"_s);
    const IptablesRule &last = filter.rules.last();
    QCOMPARE(last.target, u"ACCEPT"_s);
    QCOMPARE(last.matches.size(), 1);
    QCOMPARE(last.matches.first().option, u"-s"_s);
    QCOMPARE(last.matches.first().arguments, QStringList{u"10.77.0.0/24"_s});
    QVERIFY(n.firewall.errors.isEmpty());
    QVERIFY(n.warnings.isEmpty());
}

void TestNodeBuilder::nftablesNamedSet()
{
    const Node n = builtNode(u"worker-nft"_s);
    const NftRuleset &nft = n.firewall.nftables;
    bool inputChain = false;
    for (const NftChain &c : nft.chains)
        inputChain = inputChain || (c.hook == u"input"_s && c.policy == u"drop"_s);
    QVERIFY(inputChain);
    bool trusted = false;
    for (const NftSet &s : nft.sets) {
        if (s.name == u"trusted4"_s) {
            trusted = true;
            QCOMPARE(s.type, u"ipv4_addr"_s);
            QVERIFY(s.flags.contains(u"interval"_s));
            QVERIFY(s.elementsJson.contains(u"172.31.0.0"_s));
        }
    }
    QVERIFY(trusted);
    bool usesSet = false;
    for (const NftRule &r : nft.rules)
        usesSet = usesSet || r.text.contains(u"@trusted4"_s);
    QVERIFY(usesSet);
}

void TestNodeBuilder::dualStackSocket()
{
    const Node n = builtNode(u"worker-v6"_s);
    const ListeningSocket *dashboard = socketOn(n, 8265, IpFamily::V6);
    QVERIFY(dashboard);
    QVERIFY(dashboard->dualStack);
    QVERIFY(dashboard->address.isUnspecified());
    QVERIFY(!socketOn(n, 8265, IpFamily::V4));
}

void TestNodeBuilder::deniedFirewallIsUnknownNotNone()
{
    const Node n = builtNode(u"worker-legacy"_s);
    QCOMPARE(toString(n.firewall.backend), toString(FirewallBackend::Unknown));
    QVERIFY(!n.firewall.isComplete());
    QVERIFY2(n.firewall.errors.join(u'\n').contains(u"iptables-save: permission denied"_s),
             qPrintable(n.firewall.errors.join(u'\n')));
    QVERIFY(n.warnings.join(u'\n').contains(u"without an owning process"_s));
    QVERIFY(n.firewall.iptables.isEmpty());
}

void TestNodeBuilder::garbageBecomesAWarning()
{
    Node n = loadNode(u"head"_s);
    for (CommandEvidence &ev : n.evidence) {
        if (ev.id == u"ss"_s)
            ev.output = QByteArrayLiteral("tcp LISTEN 0 128 300.1.2.3:8265 0.0.0.0:*\n");
        if (ev.id == u"nft-json"_s)
            ev.output = QByteArrayLiteral("{\"nftables\": [ {\"table\": ");
    }
    buildNode(n);
    const QString warnings = n.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"ss: unreadable output"_s), qPrintable(warnings));
    QVERIFY(n.sockets.isEmpty());
    QVERIFY2(n.firewall.errors.join(u'\n').contains(u"nft-json"_s), qPrintable(warnings));
    QCOMPARE(toString(n.firewall.backend), toString(FirewallBackend::Unknown));
    // Everything else still came through.
    QCOMPARE(n.hostname, u"head"_s);
    QVERIFY(!n.processes.isEmpty());
}

void TestNodeBuilder::truncatedOutputIsAWarning()
{
    Node n = loadNode(u"worker-fw"_s);
    for (CommandEvidence &ev : n.evidence) {
        if (ev.id == u"iptables-save"_s) {
            ev.output.truncate(ev.output.size() / 2);
            ev.truncated = true;
        }
    }
    buildNode(n);
    QCOMPARE(toString(n.firewall.backend), toString(FirewallBackend::Unknown));
    QVERIFY2(n.firewall.errors.join(u'\n').contains(u"iptables-save: output truncated"_s),
             qPrintable(n.firewall.errors.join(u'\n')));
}

void TestNodeBuilder::detectRayRole_data()
{
    QTest::addColumn<QStringList>("comms");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<NodeRole>("role");

    QTest::newRow("gcs") << QStringList{u"gcs_server"_s} << QStringList{u"gcs_server"_s}
                         << NodeRole::Head;
    QTest::newRow("raylet --head")
        << QStringList{u"raylet"_s} << QStringList{u"/x/raylet --node_manager_port=1 --head"_s}
        << NodeRole::Head;
    QTest::newRow("raylet") << QStringList{u"raylet"_s}
                            << QStringList{u"/x/raylet --node_manager_port=1"_s}
                            << NodeRole::Worker;
    QTest::newRow("none") << QStringList{u"sshd"_s} << QStringList{u"sshd: /usr/sbin/sshd"_s}
                          << NodeRole::Unknown;
    QTest::newRow("headless word")
        << QStringList{u"raylet"_s} << QStringList{u"/x/raylet --headless-mode"_s}
        << NodeRole::Worker;
}

void TestNodeBuilder::detectRayRole()
{
    QFETCH(QStringList, comms);
    QFETCH(QStringList, commands);
    QFETCH(NodeRole, role);
    QList<Process> processes;
    for (qsizetype i = 0; i < comms.size(); ++i) {
        Process p;
        p.pid = 100 + i;
        p.comm = comms.at(i);
        p.command = commands.at(i);
        processes << p;
    }
    QCOMPARE(toString(portolan::detectRayRole(processes)), toString(role));
}

QTEST_GUILESS_MAIN(TestNodeBuilder)
#include "tst_nodebuilder.moc"
