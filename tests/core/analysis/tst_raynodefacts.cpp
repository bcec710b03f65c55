// rayNodeFacts: the lab's real nodes, then synthetic cases for role, TLS,
// token authentication (and its version gate), Redis passwords, addresses and
// all-interface bindings.

#include "analysis/raynodefacts.h"
#include "collect/nodebuilder.h"
#include "common/labfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Node builtNode(const QString &name)
{
    Node node = test::labEvidence(name);
    buildNode(node);
    return node;
}

const QString kRaylet = u"/opt/ray/lib/python3.11/site-packages/ray/core/src/ray/raylet/raylet"_s;
const QString kGcs = u"/opt/ray/lib/python3.11/site-packages/ray/core/src/ray/gcs/gcs_server"_s;
const QString kPy = u"/opt/ray/bin/python3 -u /opt/ray/lib/python3.11/site-packages/ray/"_s;

Process process(qint64 pid, const QString &command, const QStringList &env = {})
{
    Process p;
    p.pid = pid;
    p.ppid = 1;
    p.command = command;
    p.comm = command.startsWith(u"ray::"_s) ? command.left(15)
                                            : command.section(u' ', 0, 0).section(u'/', -1);
    for (const QString &item : env)
        p.environment.insert(item.section(u'=', 0, 0), item.section(u'=', 1));
    return p;
}

// A worker node: raylet, agent and one worker, each with `env`.
Node rayNode(const QStringList &env, const QString &version = u"2.9.3"_s)
{
    Node node;
    node.ray.version = version;
    node.processes << process(10,
                              kRaylet + u" --node_manager_port=43001 --node_ip_address=10.0.0.5"_s,
                              env)
                   << process(11, kPy + u"dashboard/agent.py --node-ip-address=10.0.0.5"_s, env)
                   << process(12, u"ray::IDLE"_s, env);
    return node;
}

ListeningSocket socket(const QString &address, quint16 port, qint64 pid, const QString &name)
{
    ListeningSocket s;
    s.address = *IpAddress::parse(address);
    s.port = port;
    s.owners << SocketOwner{pid, name, 3};
    return s;
}

} // namespace

class TestRayNodeFacts : public QObject
{
    Q_OBJECT

private slots:
    void labNodes_data();
    void labNodes();
    void labAllInterfaces();
    void tls_data();
    void tls();
    void tokenAuth_data();
    void tokenAuth();
    void redisPassword_data();
    void redisPassword();
    void role_data();
    void role();
    void addresses_data();
    void addresses();
    void allInterfaces_data();
    void allInterfaces();
    void noRay();
};

void TestRayNodeFacts::labNodes_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<NodeRole>("role");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("tokenAuth");
    QTest::addColumn<QString>("tokenStatus");
    QTest::addColumn<QString>("nodeIp");
    QTest::addColumn<QString>("dashboardHost");

    QTest::newRow("head") << u"head"_s << NodeRole::Head << u"2.9.3"_s << false << u"off"_s
                          << u"10.77.0.11"_s << u"0.0.0.0"_s;
    QTest::newRow("worker-fw") << u"worker-fw"_s << NodeRole::Worker << u"2.9.3"_s << false
                               << u"off"_s << u"10.77.0.12"_s << QString();
    QTest::newRow("worker-nft") << u"worker-nft"_s << NodeRole::Worker << u"2.52.0"_s << true
                                << u"effective"_s << u"10.77.0.13"_s << QString();
    QTest::newRow("worker-v6") << u"worker-v6"_s << NodeRole::Worker << u"2.9.3"_s << false
                               << u"off"_s << u"10.77.0.14"_s << u"::"_s;
    QTest::newRow("worker-legacy") << u"worker-legacy"_s << NodeRole::Worker << u"2.9.3"_s << false
                                   << u"off"_s << u"10.77.0.15"_s << QString();
}

void TestRayNodeFacts::labNodes()
{
    QFETCH(QString, node);
    QFETCH(NodeRole, role);
    QFETCH(QString, version);
    QFETCH(bool, tokenAuth);
    QFETCH(QString, tokenStatus);
    QFETCH(QString, nodeIp);
    QFETCH(QString, dashboardHost);

    const Node n = builtNode(node);
    const RayNodeFacts facts = rayNodeFacts(n);
    QVERIFY(facts.rayRunning);
    QCOMPARE(toString(facts.role), toString(role));
    QVERIFY(facts.roleConsistent);
    QCOMPARE(facts.version, version);
    QCOMPARE(facts.tokenAuth, tokenAuth);
    QCOMPARE(toString(facts.tokenAuthStatus), tokenStatus);
    QVERIFY(!facts.tlsEnabled);
    QCOMPARE(toString(facts.tls.state), u"off"_s);
    QVERIFY(facts.tls.onPids.isEmpty());
    QVERIFY(!facts.tls.offPids.isEmpty());
    QCOMPARE(int(facts.redisPassword), int(RedisPasswordUse::None));
    QVERIFY(facts.redisPasswordPids.isEmpty());
    QCOMPARE(facts.nodeIpAddress, nodeIp);
    QCOMPARE(facts.dashboardHost, dashboardHost);
    QCOMPARE(facts.gcsAddress, u"10.77.0.11:6379"_s);
    QCOMPARE(facts.services.size(), n.sockets.size());
    QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.join(u'\n')));
    // Node IP is specific, Ray listens on 0.0.0.0 / *: every node binds all interfaces.
    QVERIFY(facts.bindsAllInterfaces(RayComponent::Raylet));
    QVERIFY(facts.bindsAllInterfaces(RayComponent::DashboardAgent));
    QVERIFY(!facts.bindsAllInterfaces(RayComponent::Ssh)); // not a Ray service
}

void TestRayNodeFacts::labAllInterfaces()
{
    const RayNodeFacts head = rayNodeFacts(builtNode(u"head"_s));
    QVERIFY(head.bindsAllInterfaces(RayComponent::Dashboard));
    QVERIFY(head.bindsAllInterfaces(RayComponent::Gcs));
    QVERIFY(head.bindsAllInterfaces(RayComponent::ClientServer));
    QVERIFY(!head.bindsAllInterfaces(RayComponent::ServeHttp)); // 127.0.0.1:8000
    QCOMPARE(head.allInterfaceBindings.size(), 13);             // 16 sockets - 2 ssh - serve

    const RayNodeFacts v6 = rayNodeFacts(builtNode(u"worker-v6"_s));
    QVERIFY(v6.bindsAllInterfaces(RayComponent::Dashboard)); // *:8265
    QVERIFY(v6.bindsAllInterfaces(RayComponent::Worker));    // *:10002
}

void TestRayNodeFacts::tls_data()
{
    QTest::addColumn<QStringList>("env0");
    QTest::addColumn<QStringList>("env1");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("note");

    const QStringList on{u"RAY_USE_TLS=1"_s};
    const QStringList off{u"RAY_USE_TLS=0"_s};
    QTest::newRow("1") << on << on << u"on"_s << true << QString();
    QTest::newRow("true") << QStringList{u"RAY_USE_TLS=true"_s}
                          << QStringList{u"RAY_USE_TLS=True"_s} << u"on"_s << true << QString();
    QTest::newRow("0") << off << off << u"off"_s << false << QString();
    QTest::newRow("unset but other RAY_ vars")
        << QStringList{u"RAY_USAGE_STATS_ENABLED=0"_s} << off << u"off"_s << false << QString();
    QTest::newRow("yes is not on")
        << QStringList{u"RAY_USE_TLS=yes"_s} << off << u"off"_s << false << QString();
    QTest::newRow("mixed")
        << on << off << u"inconsistent"_s << false
        << u"RAY_USE_TLS is inconsistent: on for processes 10, 12, off for 11."_s;
    QTest::newRow("nothing visible")
        << QStringList() << QStringList() << u"unknown"_s << false << QString();
}

void TestRayNodeFacts::tls()
{
    QFETCH(QStringList, env0);
    QFETCH(QStringList, env1);
    QFETCH(QString, state);
    QFETCH(bool, enabled);
    QFETCH(QString, note);
    Node node = rayNode(env0);
    node.processes[1].environment.clear();
    for (const QString &item : std::as_const(env1))
        node.processes[1].environment.insert(item.section(u'=', 0, 0), item.section(u'=', 1));
    const RayNodeFacts facts = rayNodeFacts(node);
    QCOMPARE(toString(facts.tls.state), state);
    QCOMPARE(facts.tlsEnabled, enabled);
    if (note.isEmpty())
        QVERIFY2(facts.notes.isEmpty(), qPrintable(facts.notes.join(u'\n')));
    else
        QVERIFY2(facts.notes.contains(note), qPrintable(facts.notes.join(u'\n')));
}

void TestRayNodeFacts::tokenAuth_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("mixed");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("noteFragment");

    QTest::newRow("2.52.0") << u"2.52.0"_s << false << u"effective"_s << QString();
    QTest::newRow("2.60.1") << u"2.60.1"_s << false << u"effective"_s << QString();
    QTest::newRow("3.0.0.dev0") << u"3.0.0.dev0"_s << false << u"effective"_s << QString();
    QTest::newRow("2.51.1 too old") << u"2.51.1"_s << false << u"version-too-old"_s
                                    << u"configured but version too old: Ray 2.51.1"_s;
    QTest::newRow("2.9.3 too old")
        << u"2.9.3"_s << false << u"version-too-old"_s << u"configured but version too old"_s;
    QTest::newRow("2.52.0rc1 too old")
        << u"2.52.0rc1"_s << false << u"version-too-old"_s << u"configured but version too old"_s;
    QTest::newRow("unknown version")
        << QString() << false << u"version-unknown"_s << u"the Ray version is unknown"_s;
    QTest::newRow("mixed") << u"2.52.0"_s << true << u"inconsistent"_s
                           << u"set for processes 10, 12, not for 11"_s;
}

void TestRayNodeFacts::tokenAuth()
{
    QFETCH(QString, version);
    QFETCH(bool, mixed);
    QFETCH(QString, status);
    QFETCH(QString, noteFragment);
    Node node = rayNode({u"RAY_AUTH_MODE=token"_s, u"RAY_AUTH_TOKEN=<redacted>"_s}, version);
    if (mixed)
        node.processes[1].environment.insert(u"RAY_AUTH_MODE"_s, u"disabled"_s);
    const RayNodeFacts facts = rayNodeFacts(node);
    QCOMPARE(toString(facts.tokenAuthStatus), status);
    QCOMPARE(facts.tokenAuth, status == u"effective"_s);
    QCOMPARE(toString(facts.tokenAuthSetting.state), mixed ? u"inconsistent"_s : u"on"_s);
    const QString notes = facts.notes.join(u'\n');
    if (noteFragment.isEmpty())
        QVERIFY2(!notes.contains(u"RAY_AUTH_MODE"_s), qPrintable(notes));
    else
        QVERIFY2(notes.contains(noteFragment), qPrintable(notes));
}

void TestRayNodeFacts::redisPassword_data()
{
    QTest::addColumn<QString>("extraCommand");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("use");
    QTest::addColumn<QList<qint64>>("pids");

    const QString start = u"/opt/ray/bin/python3 /opt/ray/bin/ray start --head --port=6379 "_s;
    QTest::newRow("none") << QString() << QStringList() << int(RedisPasswordUse::None)
                          << QList<qint64>();
    QTest::newRow("default on the command line")
        << start + u"--redis-password=5241590000000000"_s << QStringList()
        << int(RedisPasswordUse::Default) << QList<qint64>{20};
    QTest::newRow("redacted custom, space form")
        << start + u"--redis_password <redacted>"_s << QStringList()
        << int(RedisPasswordUse::Custom) << QList<qint64>{20};
    QTest::newRow("custom in the environment")
        << QString() << QStringList{u"RAY_REDIS_PASSWORD=<redacted>"_s}
        << int(RedisPasswordUse::Custom) << QList<qint64>{10, 11, 12};
    QTest::newRow("default outranks custom")
        << start + u"--redis-password=5241590000000000"_s
        << QStringList{u"RAY_REDIS_PASSWORD=<redacted>"_s} << int(RedisPasswordUse::Default)
        << QList<qint64>{10, 11, 12, 20};
    QTest::newRow("not a Ray process")
        << u"/usr/bin/some-tool --redis-password=5241590000000000"_s << QStringList()
        << int(RedisPasswordUse::None) << QList<qint64>();
}

void TestRayNodeFacts::redisPassword()
{
    QFETCH(QString, extraCommand);
    QFETCH(QStringList, env);
    QFETCH(int, use);
    QFETCH(QList<qint64>, pids);
    Node node = rayNode(env);
    if (!extraCommand.isEmpty())
        node.processes << process(20, extraCommand);
    const RayNodeFacts facts = rayNodeFacts(node);
    QCOMPARE(int(facts.redisPassword), use);
    QCOMPARE(facts.redisPasswordPids, pids);
}

void TestRayNodeFacts::role_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<NodeRole>("detected");
    QTest::addColumn<NodeRole>("inventory");
    QTest::addColumn<NodeRole>("role");
    QTest::addColumn<bool>("consistent");

    const QString raylet = kRaylet + u" --node_manager_port=43001"_s;
    QTest::newRow("gcs") << QStringList{kGcs + u" --gcs_server_port=6379"_s, raylet}
                         << NodeRole::Head << NodeRole::Unknown << NodeRole::Head << true;
    QTest::newRow("raylet --head") << QStringList{raylet + u" --head"_s} << NodeRole::Unknown
                                   << NodeRole::Unknown << NodeRole::Head << true;
    QTest::newRow("raylet") << QStringList{raylet} << NodeRole::Worker << NodeRole::Worker
                            << NodeRole::Worker << true;
    QTest::newRow("ray start --head")
        << QStringList{u"/opt/ray/bin/python3 /opt/ray/bin/ray start --head --block"_s}
        << NodeRole::Unknown << NodeRole::Unknown << NodeRole::Head << true;
    QTest::newRow("nothing") << QStringList{u"/usr/sbin/cron -f"_s} << NodeRole::Unknown
                             << NodeRole::Head << NodeRole::Unknown << true;
    QTest::newRow("only the collected role")
        << QStringList() << NodeRole::Head << NodeRole::Unknown << NodeRole::Head << true;
    QTest::newRow("collected role disagrees")
        << QStringList{raylet} << NodeRole::Head << NodeRole::Unknown << NodeRole::Worker << false;
    QTest::newRow("inventory disagrees")
        << QStringList{raylet} << NodeRole::Worker << NodeRole::Head << NodeRole::Worker << false;
}

void TestRayNodeFacts::role()
{
    QFETCH(QStringList, commands);
    QFETCH(NodeRole, detected);
    QFETCH(NodeRole, inventory);
    QFETCH(NodeRole, role);
    QFETCH(bool, consistent);
    Node node;
    node.role = inventory;
    node.ray.detectedRole = detected;
    node.ray.version = u"2.9.3"_s;
    qint64 pid = 10;
    for (const QString &c : std::as_const(commands))
        node.processes << process(pid++, c);
    const RayNodeFacts facts = rayNodeFacts(node);
    QCOMPARE(toString(facts.role), toString(role));
    QCOMPARE(facts.roleConsistent, consistent);
    QCOMPARE(facts.notes.isEmpty(), consistent);
}

void TestRayNodeFacts::addresses_data()
{
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QString>("nodeIp");
    QTest::addColumn<QString>("dashboardHost");
    QTest::addColumn<QString>("gcsAddress");
    QTest::addColumn<QString>("note");

    QTest::newRow("raylet underscore form")
        << QStringList{kRaylet + u" --node_ip_address=10.1.2.3 --gcs-address=10.1.2.1:6379"_s}
        << u"10.1.2.3"_s << QString() << u"10.1.2.1:6379"_s << QString();
    QTest::newRow("space forms")
        << QStringList{kPy + u"dashboard/dashboard.py --host 127.0.0.1 --port=8265 "
                             u"--node-ip-address 10.1.2.3 --gcs-address 10.1.2.3:6379"_s}
        << u"10.1.2.3"_s << u"127.0.0.1"_s << u"10.1.2.3:6379"_s << QString();
    QTest::newRow("ray start --dashboard-host")
        << QStringList{u"/opt/ray/bin/python3 /opt/ray/bin/ray start --head "
                       u"--dashboard-host=0.0.0.0 --node-ip-address=10.1.2.3"_s}
        << u"10.1.2.3"_s << u"0.0.0.0"_s << QString() << QString();
    QTest::newRow("client server --address")
        << QStringList{u"python3 -m ray.util.client.server --address=10.9.9.9:6379 --port=10001"_s}
        << QString() << QString() << u"10.9.9.9:6379"_s << QString();
    QTest::newRow("--address=auto is no address")
        << QStringList{u"/opt/ray/bin/python3 /opt/ray/bin/ray start --address=auto"_s} << QString()
        << QString() << QString() << QString();
    QTest::newRow("head: node IP and gcs_server port")
        << QStringList{kGcs + u" --gcs_server_port=6380 --node-ip-address=10.1.2.3"_s}
        << u"10.1.2.3"_s << QString() << u"10.1.2.3:6380"_s << QString();
    QTest::newRow("head: IPv6 node IP")
        << QStringList{kGcs + u" --gcs_server_port=6379 --node-ip-address=fd00::3"_s}
        << u"fd00::3"_s << QString() << u"[fd00::3]:6379"_s << QString();
    QTest::newRow("different node IPs")
        << QStringList{kRaylet + u" --node_ip_address=10.1.2.3"_s,
                       kPy + u"dashboard/agent.py --node-ip-address=10.1.2.4"_s}
        << u"10.1.2.3"_s << QString() << QString()
        << u"Ray processes name different node IP addresses: 10.1.2.3, 10.1.2.4."_s;
}

void TestRayNodeFacts::addresses()
{
    QFETCH(QStringList, commands);
    QFETCH(QString, nodeIp);
    QFETCH(QString, dashboardHost);
    QFETCH(QString, gcsAddress);
    QFETCH(QString, note);
    Node node;
    node.ray.version = u"2.9.3"_s;
    qint64 pid = 10;
    for (const QString &c : std::as_const(commands))
        node.processes << process(pid++, c);
    const RayNodeFacts facts = rayNodeFacts(node);
    QCOMPARE(facts.nodeIpAddress, nodeIp);
    QCOMPARE(facts.dashboardHost, dashboardHost);
    QCOMPARE(facts.gcsAddress, gcsAddress);
    if (!note.isEmpty())
        QVERIFY2(facts.notes.contains(note), qPrintable(facts.notes.join(u'\n')));
}

void TestRayNodeFacts::allInterfaces_data()
{
    QTest::addColumn<QString>("nodeIpOption");
    QTest::addColumn<QString>("bind");
    QTest::addColumn<bool>("expected");

    QTest::newRow("0.0.0.0, specific node IP") << u"10.0.0.5"_s << u"0.0.0.0"_s << true;
    QTest::newRow(":: , specific node IP") << u"10.0.0.5"_s << u"::"_s << true;
    QTest::newRow("bound to the node IP") << u"10.0.0.5"_s << u"10.0.0.5"_s << false;
    QTest::newRow("loopback node IP, 0.0.0.0") << u"127.0.0.1"_s << u"0.0.0.0"_s << true;
    QTest::newRow("node IP unknown") << QString() << u"0.0.0.0"_s << false;
    QTest::newRow("node IP 0.0.0.0") << u"0.0.0.0"_s << u"0.0.0.0"_s << false;
}

void TestRayNodeFacts::allInterfaces()
{
    QFETCH(QString, nodeIpOption);
    QFETCH(QString, bind);
    QFETCH(bool, expected);
    Node node;
    node.ray.version = u"2.9.3"_s;
    QString raylet = kRaylet + u" --node_manager_port=43001"_s;
    if (!nodeIpOption.isEmpty())
        raylet += u" --node_ip_address="_s + nodeIpOption;
    node.processes << process(10, raylet) << process(11, u"/usr/sbin/sshd -D"_s);
    node.sockets << socket(bind, 43001, 10, u"raylet"_s) << socket(bind, 22, 11, u"sshd"_s);
    const RayNodeFacts facts = rayNodeFacts(node);
    QCOMPARE(facts.bindsAllInterfaces(RayComponent::Raylet), expected);
    QCOMPARE(facts.allInterfaceBindings.size(), expected ? 1 : 0); // never ssh
    if (expected)
        QCOMPARE(facts.allInterfaceBindings.first().socket.port, quint16(43001));
}

void TestRayNodeFacts::noRay()
{
    Node node;
    node.processes << process(1, u"/sbin/init"_s) << process(2, u"/usr/sbin/sshd -D"_s);
    const RayNodeFacts facts = rayNodeFacts(node);
    QVERIFY(!facts.rayRunning);
    QCOMPARE(toString(facts.role), u"unknown"_s);
    QCOMPARE(toString(facts.tls.state), u"unknown"_s);
    QCOMPARE(toString(facts.tokenAuthStatus), u"unknown"_s);
    QVERIFY(!facts.tokenAuth);
    QVERIFY(facts.notes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRayNodeFacts)
#include "tst_raynodefacts.moc"
