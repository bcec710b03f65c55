#include "samplesnapshot.h"

#include <QTimeZone>

namespace portolan::test {
namespace {

IpAddress ip(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

Prefix net(const char *text)
{
    return *Prefix::parse(QString::fromLatin1(text));
}

Node headNode()
{
    Node n;
    n.name = QStringLiteral("head");
    n.sshTarget = QStringLiteral("ray@203.0.113.10:22");
    n.role = NodeRole::Head;
    n.status = CollectionStatus::Ok;
    n.collectedUtc = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2, 345), QTimeZone::utc());
    n.hostname = QStringLiteral("ray-head-0");
    n.kernel = QStringLiteral("Linux ray-head-0 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian "
                              "6.1.119-1 (2024-11-22) x86_64 GNU/Linux");
    n.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");

    Interface lo;
    lo.name = QStringLiteral("lo");
    lo.index = 1;
    lo.macAddress = QStringLiteral("00:00:00:00:00:00");
    lo.mtu = 65536;
    lo.operState = QStringLiteral("UNKNOWN");
    lo.flags = {QStringLiteral("LOOPBACK"), QStringLiteral("UP"), QStringLiteral("LOWER_UP")};
    lo.addresses = {{ip("127.0.0.1"), 8, QStringLiteral("host"), QStringLiteral("lo")},
                    {ip("::1"), 128, QStringLiteral("host"), {}}};
    Interface eth0;
    eth0.name = QStringLiteral("eth0");
    eth0.index = 2;
    eth0.macAddress = QStringLiteral("52:54:00:12:34:56");
    eth0.mtu = 1500;
    eth0.operState = QStringLiteral("UP");
    eth0.flags = {QStringLiteral("BROADCAST"), QStringLiteral("MULTICAST"), QStringLiteral("UP")};
    eth0.addresses = {{ip("203.0.113.10"), 24, QStringLiteral("global"), QStringLiteral("eth0")},
                      {ip("2001:db8:10::10"), 64, QStringLiteral("global"), {}},
                      {ip("fe80::5054:ff:fe12:3456"), 64, QStringLiteral("link"), {}}};
    Interface eth1;
    eth1.name = QStringLiteral("eth1");
    eth1.index = 3;
    eth1.macAddress = QStringLiteral("52:54:00:ab:cd:ef");
    eth1.mtu = 9000;
    eth1.operState = QStringLiteral("UP");
    eth1.addresses = {{ip("10.20.0.10"), 16, QStringLiteral("global"), QStringLiteral("eth1")}};
    n.interfaces = {lo, eth0, eth1};

    Route def;
    def.destination = Prefix::all(IpFamily::V4);
    def.gateway = ip("203.0.113.1");
    def.device = QStringLiteral("eth0");
    def.protocol = QStringLiteral("static");
    def.metric = 100;
    def.table = QStringLiteral("main");
    Route link;
    link.destination = net("10.20.0.0/16");
    link.device = QStringLiteral("eth1");
    link.protocol = QStringLiteral("kernel");
    link.scope = QStringLiteral("link");
    link.table = QStringLiteral("main");
    link.preferredSource = ip("10.20.0.10");
    Route v6;
    v6.family = IpFamily::V6;
    v6.destination = net("2001:db8:10::/64");
    v6.device = QStringLiteral("eth0");
    v6.protocol = QStringLiteral("kernel");
    v6.metric = 256;
    v6.table = QStringLiteral("main");
    Route local;
    local.type = QStringLiteral("local");
    local.destination = net("10.20.0.10/32");
    local.device = QStringLiteral("eth1");
    local.protocol = QStringLiteral("kernel");
    local.scope = QStringLiteral("host");
    local.table = QStringLiteral("local");
    n.routes = {def, link, v6, local};

    ListeningSocket gcs;
    gcs.address = ip("0.0.0.0");
    gcs.port = 6379;
    gcs.owners = {{1201, QStringLiteral("gcs_server"), 9}};
    ListeningSocket dash;
    dash.address = ip("0.0.0.0");
    dash.port = 8265;
    dash.owners = {{1305, QStringLiteral("python3"), 17}, {1306, QStringLiteral("python3"), 17}};
    ListeningSocket client;
    client.address = ip("::");
    client.dualStack = true;
    client.port = 10001;
    client.owners = {{1410, QStringLiteral("python3"), 5}};
    ListeningSocket sshd;
    sshd.address = ip("::");
    sshd.port = 22;
    sshd.owners = {{611, QStringLiteral("sshd"), 3}};
    ListeningSocket scoped;
    scoped.protocol = Protocol::Udp;
    scoped.address = ip("fe80::5054:ff:fe12:3456");
    scoped.scopeInterface = QStringLiteral("eth0");
    scoped.port = 546;
    ListeningSocket loop;
    loop.address = ip("127.0.0.1");
    loop.port = 52365;
    n.sockets = {gcs, dash, client, sshd, scoped, loop};

    Process gcsProc;
    gcsProc.pid = 1201;
    gcsProc.ppid = 1180;
    gcsProc.user = QStringLiteral("ray");
    gcsProc.comm = QStringLiteral("gcs_server");
    gcsProc.command = QStringLiteral(
        "/opt/ray/lib/python3.11/site-packages/ray/core/src/ray/gcs/gcs_server "
        "--gcs_server_port=6379 --node-ip-address=10.20.0.10 --session-name=session_2026");
    gcsProc.environment = {{QStringLiteral("RAY_USE_TLS"), QStringLiteral("0")},
                           {QStringLiteral("RAY_AUTH_MODE"), QStringLiteral("token")},
                           {QStringLiteral("RAY_AUTH_TOKEN"), kRedacted.toString()}};
    Process dashProc;
    dashProc.pid = 1305;
    dashProc.ppid = 1180;
    dashProc.user = QStringLiteral("ray");
    dashProc.comm = QStringLiteral("python3");
    dashProc.command = QStringLiteral("python -u /opt/ray/ray/dashboard/dashboard.py "
                                      "--host=0.0.0.0 --port=8265 --port-retries=0 "
                                      "\"--gcs-address=10.20.0.10:6379\" ünïcødé");
    n.processes = {gcsProc, dashProc};

    Firewall &fw = n.firewall;
    fw.backend = FirewallBackend::Mixed;
    fw.iptablesVersion = QStringLiteral("iptables v1.8.9 (nf_tables)");
    fw.manager = QStringLiteral("ufw");
    fw.raw = {{QStringLiteral("iptables-save"), QStringLiteral("*filter\n:INPUT DROP [0:0]\n"
                                                               "-A INPUT -s 10.0.0.0/8 -j ACCEPT\n"
                                                               "COMMIT\n")},
              {QStringLiteral("nft"), QStringLiteral("{\"nftables\": []}")}};
    IptablesRuleset v4;
    v4.source = QStringLiteral("iptables-save");
    v4.variant = QStringLiteral("nf_tables");
    IptablesTable filter;
    filter.name = QStringLiteral("filter");
    filter.chains = {{QStringLiteral("INPUT"), QStringLiteral("DROP")},
                     {QStringLiteral("FORWARD"), QStringLiteral("ACCEPT")},
                     {QStringLiteral("RAY"), {}}};
    IptablesRule r1;
    r1.chain = QStringLiteral("INPUT");
    r1.line = 5;
    r1.matches = {{{}, QStringLiteral("-s"), {QStringLiteral("10.0.0.0/8")}, true},
                  {{}, QStringLiteral("-p"), {QStringLiteral("tcp")}, false},
                  {QStringLiteral("multiport"),
                   QStringLiteral("--dports"),
                   {QStringLiteral("6379,8265,10001:10100")},
                   false},
                  {QStringLiteral("comment"),
                   QStringLiteral("--comment"),
                   {QStringLiteral("block \"outside\" ray")},
                   false}};
    r1.target = QStringLiteral("REJECT");
    r1.targetOptions = {{QStringLiteral("REJECT"),
                         QStringLiteral("--reject-with"),
                         {QStringLiteral("icmp-port-unreachable")},
                         false}};
    r1.text = QStringLiteral("-A INPUT ! -s 10.0.0.0/8 -p tcp -m multiport --dports "
                             "6379,8265,10001:10100 -m comment --comment \"block \\\"outside\\\" "
                             "ray\" -j REJECT --reject-with icmp-port-unreachable");
    IptablesRule r2;
    r2.chain = QStringLiteral("INPUT");
    r2.line = 6;
    r2.target = QStringLiteral("RAY");
    r2.isGoto = true;
    r2.text = QStringLiteral("-A INPUT -g RAY");
    filter.rules = {r1, r2};
    v4.tables = {filter};
    IptablesRuleset v6rules = v4;
    v6rules.family = IpFamily::V6;
    v6rules.source = QStringLiteral("ip6tables-legacy-save");
    v6rules.variant = QStringLiteral("legacy");
    v6rules.tables.first().rules.removeLast();
    fw.iptables = {v4, v6rules};

    // An nft-native table, and the table iptables-nft created (with its INPUT chain).
    NftTable xtFilter{QStringLiteral("ip"), QStringLiteral("filter"), 1};
    xtFilter.managedByIptablesNft = true;
    fw.nftables.tables = {{QStringLiteral("inet"), QStringLiteral("filter"), 3}, xtFilter};
    NftChain input;
    input.family = QStringLiteral("inet");
    input.table = QStringLiteral("filter");
    input.name = QStringLiteral("input");
    input.handle = 1;
    input.type = QStringLiteral("filter");
    input.hook = QStringLiteral("input");
    input.priority = -150;
    input.policy = QStringLiteral("drop");
    NftChain xtInput;
    xtInput.family = QStringLiteral("ip");
    xtInput.table = QStringLiteral("filter");
    xtInput.name = QStringLiteral("INPUT");
    xtInput.handle = 1;
    xtInput.type = QStringLiteral("filter");
    xtInput.hook = QStringLiteral("input");
    xtInput.policy = QStringLiteral("accept");
    xtInput.managedByIptablesNft = true;
    fw.nftables.chains = {input, xtInput};
    NftSet set;
    set.family = QStringLiteral("inet");
    set.table = QStringLiteral("filter");
    set.name = QStringLiteral("trusted");
    set.handle = 4;
    set.type = QStringLiteral("ipv4_addr");
    set.flags = {QStringLiteral("interval")};
    set.elementsJson = QStringLiteral("[{\"prefix\":{\"addr\":\"10.20.0.0\",\"len\":16}}]");
    NftSet verdicts; // a verdict map
    verdicts.family = QStringLiteral("inet");
    verdicts.table = QStringLiteral("filter");
    verdicts.name = QStringLiteral("ray_ports");
    verdicts.handle = 5;
    verdicts.type = QStringLiteral("inet_service");
    verdicts.elementsJson = QStringLiteral("[[6379,{\"drop\":null}],[8265,{\"accept\":null}]]");
    verdicts.mapType = QStringLiteral("verdict");
    fw.nftables.sets = {set, verdicts};
    NftRule rule;
    rule.family = QStringLiteral("inet");
    rule.table = QStringLiteral("filter");
    rule.chain = QStringLiteral("input");
    rule.handle = 7;
    rule.exprJson = QStringLiteral("[{\"match\":{\"op\":\"==\",\"left\":{\"payload\":{\"protocol\":"
                                   "\"ip\",\"field\":\"saddr\"}},\"right\":\"@trusted\"}},"
                                   "{\"accept\":null}]");
    rule.comment = QStringLiteral("cluster");
    rule.text = QStringLiteral("ip saddr @trusted accept comment \"cluster\"");
    fw.nftables.rules = {rule};
    fw.ipsets = {{QStringLiteral("ray-admins"),
                  QStringLiteral("hash:net"),
                  QStringLiteral("family inet hashsize 1024 maxelem 65536"),
                  {QStringLiteral("198.51.100.0/24"), QStringLiteral("192.0.2.7")}}};
    fw.errors = {QStringLiteral("ip6tables-save: permission denied")};

    n.ray.version = QStringLiteral("2.9.3");
    n.ray.detectedRole = NodeRole::Head;
    n.ray.sessionName = QStringLiteral("session_2026-11-30_09-00-00_123456_1180");
    n.ray.sessionPorts = {{QStringLiteral("gcs_server_port"), 6379},
                          {QStringLiteral("dashboard_agent_listen_port"), 52365},
                          {QStringLiteral("metrics_export_port"), -1}};

    CommandEvidence ss;
    ss.id = QStringLiteral("ss");
    ss.command = QStringLiteral("ss -H -tulpn");
    ss.exitCode = 0;
    ss.output = QByteArrayLiteral("tcp LISTEN 0 4096 0.0.0.0:6379 0.0.0.0:* "
                                  "users:((\"gcs_server\",pid=1201,fd=9))\n");
    ss.durationMs = 12;
    CommandEvidence binary;
    binary.id = QStringLiteral("environ-1201");
    binary.command = QStringLiteral("cat /proc/1201/environ");
    binary.exitCode = 0;
    binary.output = QByteArray("RAY_USE_TLS=0\0PATH=/usr/bin\0\xff\xfe\x80", 31);
    binary.errorOutput = QByteArray("\xc3\x28 invalid utf-8", 16);
    binary.durationMs = 3;
    CommandEvidence denied;
    denied.id = QStringLiteral("ip6tables-save");
    denied.command = QStringLiteral("sudo -n ip6tables-save");
    denied.exitCode = 1;
    denied.errorOutput = QByteArrayLiteral("sudo: a password is required\n");
    denied.truncated = true;
    denied.timedOut = true;
    n.evidence = {ss, binary, denied};
    return n;
}

Node failedWorker()
{
    Node n;
    n.name = QStringLiteral("worker-1");
    n.sshTarget = QStringLiteral("ray@10.20.0.11:2222");
    n.role = NodeRole::Worker;
    n.status = CollectionStatus::Failed;
    n.error = QStringLiteral("connect: Connection refused");
    return n;
}

Node partialWorker()
{
    Node n = headNode();
    n.name = QStringLiteral("worker-2");
    n.sshTarget = QStringLiteral("ray@[2001:db8:10::12]:22");
    n.role = NodeRole::Worker;
    n.status = CollectionStatus::Partial;
    n.warnings = {QStringLiteral("iptables-save: permission denied"),
                  QStringLiteral("nft: command not found")};
    n.ray.detectedRole = NodeRole::Worker;
    n.ray.version.clear();
    n.firewall = Firewall{};
    return n;
}

} // namespace

Snapshot richSnapshot()
{
    Snapshot s;
    s.label = QStringLiteral("Nightly audit — prod «ray»");
    s.createdUtc = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 0, 123), QTimeZone::utc());
    s.toolVersion = QStringLiteral("0.1.0");
    s.inventoryName = QStringLiteral("prod-ray");
    s.nodes = {headNode(), failedWorker(), partialWorker()};
    return s;
}

Snapshot largeSnapshot(int nodes, int evidencePerNode, int bytesPerEvidence)
{
    Snapshot s;
    s.label = QStringLiteral("large");
    s.createdUtc = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    s.toolVersion = QStringLiteral("0.1.0");
    s.inventoryName = QStringLiteral("large");
    const Node base = headNode();
    for (int i = 0; i < nodes; ++i) {
        Node n = base;
        n.name = QStringLiteral("node-%1").arg(i);
        n.evidence.clear();
        for (int e = 0; e < evidencePerNode; ++e) {
            CommandEvidence ev;
            ev.id = QStringLiteral("cmd-%1").arg(e);
            ev.command = QStringLiteral("echo %1").arg(e);
            ev.exitCode = 0;
            ev.output = QByteArray(bytesPerEvidence, char('a' + (i + e) % 26));
            n.evidence.append(ev);
        }
        s.nodes.append(n);
    }
    return s;
}

} // namespace portolan::test
