// Tests for core/inventory: Portolan's own inventory in JSON and YAML, Ray
// cluster-launcher files, defaults and overrides, jump hosts, IPv6 hosts, format
// detection, loading files, and every error naming file, line and field.

#include "inventory/inventory.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using portolan::Error;
using portolan::Inventory;
using portolan::InventoryNode;

namespace {

const QString kBaseDir = u"/srv/inventories"_s;
const QString kHome = u"/home/tester"_s;
const QString kFixtures = QStringLiteral(PORTOLAN_FIXTURES_DIR "/inventory");

// The message of the Error that `f` throws, or "" when it throws none.
template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

QString hostPort(const QString &host, int port)
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

// One node as a line: "name user@host:port role=... [sudo] [jump=...] [key=...] line=N".
QString describe(const InventoryNode &node)
{
    QString text = u"%1 %2@%3 role=%4"_s.arg(node.name, node.user, hostPort(node.host, node.port),
                                             portolan::toString(node.role));
    if (node.sudo)
        text += u" sudo"_s;
    if (node.jump)
        text += u" jump=%1@%2"_s.arg(node.jump->user, hostPort(node.jump->host, node.jump->port));
    for (const QString &key : node.identityFiles)
        text += u" key="_s + key;
    return text + u" line=%1"_s.arg(node.line);
}

QStringList describe(const Inventory &inventory)
{
    QStringList lines;
    for (const InventoryNode &node : inventory.nodes)
        lines.append(describe(node));
    return lines;
}

Inventory parse(const QByteArray &content, const QString &file)
{
    return portolan::parseInventory(content, file, kBaseDir);
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void validJson_data();
    void validJson();
    void validYaml_data();
    void validYaml();
    void rayLauncher_data();
    void rayLauncher();
    void defaultsAndOverrides_data();
    void defaultsAndOverrides();
    void jumpForms_data();
    void jumpForms();
    void ipv6Hosts_data();
    void ipv6Hosts();
    void formatDetection_data();
    void formatDetection();
    void errors_data();
    void errors();
    void homeIsRequiredForTilde();

    void loadJsonAndYamlFixturesAgree();
    void loadRayLauncherFixture();
    void loadRejectsCloudLauncher();
    void loadReportsJsonSyntaxErrorWithPosition();
    void loadMissingFile();
    void loadDirectory();
    void loadUnreadableFile();
    void loadTooLargeFile();
    void loadRelativePath();

private:
    QByteArray m_savedHome;
};

void TestInventory::initTestCase()
{
    m_savedHome = qgetenv("HOME");
    qputenv("HOME", kHome.toUtf8());
}

void TestInventory::cleanupTestCase()
{
    qputenv("HOME", m_savedHome);
}

// --- valid inventories ------------------------------------------------------

void TestInventory::validJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("nodes");

    QTest::newRow("minimal: name from host and file")
        << u"prod.json"_s << QByteArray(R"({"nodes": [{"host": "10.0.0.1"}]})") << u"prod"_s
        << QStringList{u"10.0.0.1 @10.0.0.1:22 role=unknown line=1"_s};

    QTest::newRow("one line, two nodes")
        << u"inv.json"_s
        << QByteArray(R"({"cluster":"c1","nodes":[{"name":"h","host":"h.example","role":"head"},)"
                      R"({"name":"w","host":"10.0.0.2","role":"worker","port":2222}]})")
        << u"c1"_s
        << QStringList{u"h @h.example:22 role=head line=1"_s,
                       u"w @10.0.0.2:2222 role=worker line=1"_s};

    QTest::newRow("multi-line, lines of each node")
        << u"inv.json"_s << QByteArray(R"json({
  "cluster": "prod",
  "defaults": {"user": "ops", "sudo": true, "identity_file": "~/.ssh/audit"},
  "nodes": [
    {
      "name": "head",
      "host": "ray-head.example.com",
      "role": "head"
    },
    {"name": "w1", "host": "10.1.0.11", "role": "worker", "sudo": false},
    {"name": "w2", "host": "10.1.0.12", "role": "worker", "user": "ray",
     "identity_file": "keys/w2.pem"}
  ]
})json") << u"prod"_s
        << QStringList{
               u"head ops@ray-head.example.com:22 role=head sudo key=/home/tester/.ssh/audit line=5"_s,
               u"w1 ops@10.1.0.11:22 role=worker key=/home/tester/.ssh/audit line=10"_s,
               u"w2 ray@10.1.0.12:22 role=worker sudo key=/srv/inventories/keys/w2.pem line=11"_s};

    QTest::newRow("unicode cluster name, escapes")
        << u"inv.json"_s
        << QByteArray(
               R"({"cluster": "Pr\u00fcf-Cluster \u2713", "nodes": [{"host": "a.example"}]})")
        << u"Prüf-Cluster ✓"_s << QStringList{u"a.example @a.example:22 role=unknown line=1"_s};

    QTest::newRow("UTF-8 byte order mark")
        << u"inv.json"_s << QByteArray("\xEF\xBB\xBF{\"nodes\": [{\"host\": \"b.example\"}]}")
        << u"inv"_s << QStringList{u"b.example @b.example:22 role=unknown line=1"_s};

    QTest::newRow("identity_files list, absolute and relative")
        << u"inv.json"_s
        << QByteArray(R"({"nodes": [{"host": "c.example", "identity_files": )"
                      R"(["/etc/k1", "sub/../k2", "~/k3"]}]})")
        << u"inv"_s
        << QStringList{u"c.example @c.example:22 role=unknown key=/etc/k1 "
                       u"key=/srv/inventories/k2 key=/home/tester/k3 line=1"_s};

    QTest::newRow("CRLF line endings")
        << u"inv.json"_s
        << QByteArray(
               "{\r\n\"nodes\": [\r\n{\"host\": \"d.example\"},\r\n{\"host\": \"e.example\"}\r\n]}")
        << u"inv"_s
        << QStringList{u"d.example @d.example:22 role=unknown line=3"_s,
                       u"e.example @e.example:22 role=unknown line=4"_s};
}

void TestInventory::validJson()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QStringList, nodes);

    const Inventory inventory = parse(content, file);
    QCOMPARE(inventory.name, name);
    QCOMPARE(describe(inventory), nodes);
    QVERIFY(inventory.sourcePath.isEmpty());
}

void TestInventory::validYaml_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("nodes");

    QTest::newRow("block style with comments")
        << u"inv.yaml"_s << QByteArray(R"(# audit target
cluster: prod
defaults:
  user: ops   # the audit account
  sudo: true
nodes:
  - name: head
    host: ray-head.example.com
    role: head

  - name: w1
    host: 10.1.0.11
    role: worker
    port: 2222
)") << u"prod"_s
        << QStringList{u"head ops@ray-head.example.com:22 role=head sudo line=7"_s,
                       u"w1 ops@10.1.0.11:2222 role=worker sudo line=11"_s};

    QTest::newRow("flow style") << u"inv.yml"_s
                                << QByteArray("cluster: f\nnodes: [{host: a.example}, "
                                              "{host: b.example, sudo: on}]\n")
                                << u"f"_s
                                << QStringList{
                                       u"a.example @a.example:22 role=unknown line=2"_s,
                                       u"b.example @b.example:22 role=unknown sudo line=2"_s};

    QTest::newRow("YAML 1.1 booleans, numeric name, quoted strings")
        << u"inv.yaml"_s << QByteArray(R"(---
nodes:
  - {name: 1, host: "h1.example", sudo: yes}
  - {name: '2', host: h2.example, sudo: no }
  - {name: n3, host: h3.example, sudo: False, user: "1000"}
)") << u"inv"_s
        << QStringList{u"1 @h1.example:22 role=unknown sudo line=3"_s,
                       u"2 @h2.example:22 role=unknown line=4"_s,
                       u"n3 1000@h3.example:22 role=unknown line=5"_s};

    QTest::newRow("anchors and aliases")
        << u"inv.yaml"_s << QByteArray(R"(nodes:
  - host: a.example
    jump: &bastion {host: jump.example, port: 2200}
  - host: b.example
    jump: *bastion
)") << u"inv"_s
        << QStringList{u"a.example @a.example:22 role=unknown jump=@jump.example:2200 line=2"_s,
                       u"b.example @b.example:22 role=unknown jump=@jump.example:2200 line=4"_s};

    QTest::newRow("CRLF and a document end marker")
        << u"inv.yaml"_s << QByteArray("nodes:\r\n  - host: a.example\r\n    role: head\r\n...\r\n")
        << u"inv"_s << QStringList{u"a.example @a.example:22 role=head line=2"_s};

    QTest::newRow("no extension") << u"inventory"_s << QByteArray("nodes:\n- host: z.example\n")
                                  << u"inventory"_s
                                  << QStringList{u"z.example @z.example:22 role=unknown line=2"_s};
}

void TestInventory::validYaml()
{
    validJson();
}

void TestInventory::rayLauncher_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("nodes");

    QTest::newRow("head and workers, flow list")
        << u"cluster.yaml"_s << QByteArray(R"(
cluster_name: default
provider:
    type: local
    head_ip: 192.168.1.101
    worker_ips: [192.168.1.102, 192.168.1.103]
auth:
    ssh_user: ray
    ssh_private_key: ~/.ssh/id_rsa
head_node: {}
worker_nodes: {}
setup_commands:
    - pip install -U "ray[default]"
)") << u"default"_s
        << QStringList{
               u"head ray@192.168.1.101:22 role=head key=/home/tester/.ssh/id_rsa line=5"_s,
               u"worker-1 ray@192.168.1.102:22 role=worker key=/home/tester/.ssh/id_rsa line=6"_s,
               u"worker-2 ray@192.168.1.103:22 role=worker key=/home/tester/.ssh/id_rsa line=6"_s};

    QTest::newRow("block list, hostnames, relative key")
        << u"lab.yaml"_s << QByteArray(R"(
cluster_name: lab
provider:
  type: local
  head_ip: head.lab.example
  worker_ips:
    - w1.lab.example
    - w2.lab.example
    - 10.0.0.3
auth:
  ssh_user: ubuntu
  ssh_private_key: keys/lab.pem
)") << u"lab"_s
        << QStringList{
               u"head ubuntu@head.lab.example:22 role=head key=/srv/inventories/keys/lab.pem line=5"_s,
               u"worker-1 ubuntu@w1.lab.example:22 role=worker key=/srv/inventories/keys/lab.pem line=7"_s,
               u"worker-2 ubuntu@w2.lab.example:22 role=worker key=/srv/inventories/keys/lab.pem line=8"_s,
               u"worker-3 ubuntu@10.0.0.3:22 role=worker key=/srv/inventories/keys/lab.pem line=9"_s};

    QTest::newRow("head only, no auth, name from file")
        << u"single.yml"_s << QByteArray("provider: {type: local, head_ip: 10.9.0.1}\n")
        << u"single"_s << QStringList{u"head @10.9.0.1:22 role=head line=1"_s};

    QTest::newRow("empty worker_ips")
        << u"c.yaml"_s
        << QByteArray("cluster_name: c\nprovider:\n  type: local\n"
                      "  head_ip: 10.9.0.1\n  worker_ips:\n"
                      "auth: {ssh_user: ray}\n")
        << u"c"_s << QStringList{u"head ray@10.9.0.1:22 role=head line=4"_s};

    QTest::newRow("IPv6 addresses")
        << u"c.yaml"_s
        << QByteArray("provider:\n  type: local\n  head_ip: \"fd00::a\"\n"
                      "  worker_ips: [\"fd00::b\", \"FD00:0::C\"]\n")
        << u"c"_s
        << QStringList{u"head @[fd00::a]:22 role=head line=3"_s,
                       u"worker-1 @[fd00::b]:22 role=worker line=4"_s,
                       u"worker-2 @[fd00::c]:22 role=worker line=4"_s};
}

void TestInventory::rayLauncher()
{
    validJson();
}

void TestInventory::defaultsAndOverrides_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("nodes");

    const QByteArray defaults = R"(cluster: d
defaults:
  user: ops
  port: 2222
  sudo: true
  identity_file: /keys/default
  jump: gate.example
nodes:
)";

    QTest::newRow("defaults apply")
        << u"inv.yaml"_s << defaults + "  - host: a.example\n"
        << u"d"_s
        << QStringList{u"a.example ops@a.example:2222 role=unknown sudo "
                       u"jump=ops@gate.example:22 key=/keys/default line=9"_s};

    QTest::newRow("node overrides every key")
        << u"inv.yaml"_s
        << defaults + "  - host: a.example\n    user: root\n    port: 22\n    sudo: false\n"
                      "    identity_files: [/keys/a, /keys/b]\n    jump: other@gate2.example:2200\n"
        << u"d"_s
        << QStringList{u"a.example root@a.example:22 role=unknown jump=other@gate2.example:2200 "
                       u"key=/keys/a key=/keys/b line=9"_s};

    QTest::newRow("jump null means direct")
        << u"inv.yaml"_s << defaults + "  - host: a.example\n    jump: null\n"
        << u"d"_s
        << QStringList{
               u"a.example ops@a.example:2222 role=unknown sudo key=/keys/default line=9"_s};

    QTest::newRow("jump without user takes the node's user")
        << u"inv.yaml"_s << defaults + "  - host: a.example\n    user: alice\n"
        << u"d"_s
        << QStringList{u"a.example alice@a.example:2222 role=unknown sudo "
                       u"jump=alice@gate.example:22 key=/keys/default line=9"_s};

    QTest::newRow("empty identity list clears the default")
        << u"inv.yaml"_s << defaults + "  - host: a.example\n    identity_files: []\n"
        << u"d"_s
        << QStringList{u"a.example ops@a.example:2222 role=unknown sudo "
                       u"jump=ops@gate.example:22 line=9"_s};

    QTest::newRow("each node on its own")
        << u"inv.json"_s
        << QByteArray(R"({"defaults": {"user": "ops", "identity_files": ["k1", "k2"]},
"nodes": [{"host": "a.example", "user": "x"},
          {"host": "b.example", "identity_file": "k3"},
          {"host": "c.example"}]})")
        << u"inv"_s
        << QStringList{u"a.example x@a.example:22 role=unknown key=/srv/inventories/k1 "
                       u"key=/srv/inventories/k2 line=2"_s,
                       u"b.example ops@b.example:22 role=unknown key=/srv/inventories/k3 line=3"_s,
                       u"c.example ops@c.example:22 role=unknown key=/srv/inventories/k1 "
                       u"key=/srv/inventories/k2 line=4"_s};
}

void TestInventory::defaultsAndOverrides()
{
    validJson();
}

void TestInventory::jumpForms_data()
{
    QTest::addColumn<QByteArray>("jump"); // a JSON value
    QTest::addColumn<QString>("expected");

    QTest::newRow("host") << QByteArray(R"("bastion.example")") << u"ops@bastion.example:22"_s;
    QTest::newRow("host:port") << QByteArray(R"("bastion.example:2200")")
                               << u"ops@bastion.example:2200"_s;
    QTest::newRow("user@host") << QByteArray(R"("admin@bastion.example")")
                               << u"admin@bastion.example:22"_s;
    QTest::newRow("user@host:port")
        << QByteArray(R"("admin@bastion.example:2200")") << u"admin@bastion.example:2200"_s;
    QTest::newRow("IPv4:port") << QByteArray(R"("198.51.100.7:2222")")
                               << u"ops@198.51.100.7:2222"_s;
    QTest::newRow("[v6]:port") << QByteArray(R"("[2001:db8::7]:2200")")
                               << u"ops@[2001:db8::7]:2200"_s;
    QTest::newRow("user@[v6]") << QByteArray(R"("admin@[2001:DB8::7]")")
                               << u"admin@[2001:db8::7]:22"_s;
    QTest::newRow("bare v6") << QByteArray(R"("2001:db8::7")") << u"ops@[2001:db8::7]:22"_s;
    QTest::newRow("object, all keys")
        << QByteArray(R"({"host": "bastion.example", "port": 2200, "user": "admin"})")
        << u"admin@bastion.example:2200"_s;
    QTest::newRow("object, host only")
        << QByteArray(R"({"host": "bastion.example"})") << u"ops@bastion.example:22"_s;
    QTest::newRow("object, bracketed v6")
        << QByteArray(R"({"host": "[fd00::1]", "port": 22})") << u"ops@[fd00::1]:22"_s;
}

void TestInventory::jumpForms()
{
    QFETCH(QByteArray, jump);
    QFETCH(QString, expected);

    const QByteArray content =
        R"({"nodes": [{"host": "10.0.0.1", "user": "ops", "jump": )" + jump + "}]}";
    const Inventory inventory = parse(content, u"inv.json"_s);
    QCOMPARE(inventory.nodes.size(), 1);
    QVERIFY(inventory.nodes[0].jump.has_value());
    const portolan::JumpHost &host = *inventory.nodes[0].jump;
    QCOMPARE(u"%1@%2"_s.arg(host.user, hostPort(host.host, host.port)), expected);

    // The same in YAML, as a flow value.
    const Inventory fromYaml =
        parse("nodes:\n  - host: 10.0.0.1\n    user: ops\n    jump: " + jump + "\n", u"inv.yaml"_s);
    QCOMPARE(fromYaml.nodes[0].jump, inventory.nodes[0].jump);
}

void TestInventory::ipv6Hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    QTest::newRow("compressed") << u"fd00::1"_s << u"fd00::1"_s;
    QTest::newRow("long form, upper case") << u"FD00:0:0:0:0:0:0:0001"_s << u"fd00::1"_s;
    QTest::newRow("bracketed") << u"[2001:db8::10]"_s << u"2001:db8::10"_s;
    QTest::newRow("loopback") << u"::1"_s << u"::1"_s;
    QTest::newRow("v4-mapped") << u"::ffff:10.0.0.1"_s << u"::ffff:10.0.0.1"_s;
    QTest::newRow("link-local with zone") << u"fe80::1%eth0"_s << u"fe80::1%eth0"_s;
    QTest::newRow("bracketed with zone") << u"[fe80::0:1%enp3s0]"_s << u"fe80::1%enp3s0"_s;
}

void TestInventory::ipv6Hosts()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);

    const Inventory fromJson = parse(
        u"{\"nodes\": [{\"name\": \"n\", \"host\": \"%1\"}]}"_s.arg(host).toUtf8(), u"inv.json"_s);
    QCOMPARE(fromJson.nodes[0].host, expected);
    const Inventory fromYaml =
        parse(u"nodes:\n  - name: n\n    host: \"%1\"\n"_s.arg(host).toUtf8(), u"inv.yaml"_s);
    QCOMPARE(fromYaml.nodes[0].host, expected);
    // Without a name, the node is named after its (normalized) host.
    const Inventory unnamed =
        parse(u"{\"nodes\": [{\"host\": \"%1\"}]}"_s.arg(host).toUtf8(), u"inv.json"_s);
    QCOMPARE(unnamed.nodes[0].name, expected);
}

void TestInventory::formatDetection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("result"); // the cluster name, or the start of the error

    const QByteArray json = R"({"cluster": "j", "nodes": [{"host": "a.example"}]})";
    const QByteArray yaml = "cluster: y\nnodes:\n  - host: a.example\n";
    const QByteArray yamlFlow = "{cluster: f, nodes: [{host: a.example}]}";
    const QByteArray brokenJson = "{\"cluster\": \"b\",\n \"nodes\": [}\n";

    QTest::newRow("JSON in .json") << u"i.json"_s << json << u"j"_s;
    QTest::newRow("JSON in .yaml") << u"i.yaml"_s << json << u"j"_s;
    QTest::newRow("JSON without extension") << u"inventory"_s << json << u"j"_s;
    QTest::newRow("JSON in .txt, leading blank lines") << u"i.txt"_s << "\n\n  " + json << u"j"_s;
    QTest::newRow("YAML in .yml") << u"i.yml"_s << yaml << u"y"_s;
    QTest::newRow("YAML without extension") << u"inventory"_s << yaml << u"y"_s;
    QTest::newRow("YAML flow map in .yaml") << u"i.yaml"_s << yamlFlow << u"f"_s;
    QTest::newRow("YAML flow map without extension") << u"inv"_s << yamlFlow << u"f"_s;
    QTest::newRow("YAML in .json is a JSON error")
        << u"i.json"_s << yaml << u"i.json:1:1: JSON syntax error:"_s;
    QTest::newRow("YAML flow map in .json is a JSON error")
        << u"i.json"_s << yamlFlow << u"i.json:1:2: JSON syntax error:"_s;
    QTest::newRow("broken JSON without extension keeps its JSON error")
        << u"inv"_s << brokenJson << u"inv:2:12: JSON syntax error:"_s;
    QTest::newRow("broken JSON in .yaml is a YAML error")
        << u"i.yaml"_s << brokenJson << u"i.yaml:2:"_s;
}

void TestInventory::formatDetection()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, result);

    QString name;
    const QString error = errorOf([&] { name = parse(content, file).name; });
    if (error.isEmpty())
        QCOMPARE(name, result);
    else
        QVERIFY2(error.startsWith(result), qPrintable(error));
}

// --- errors -------------------------------------------------------------------

void TestInventory::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("prefix"); // "FILE:LINE: FIELD: "
    QTest::addColumn<QStringList>("words");

    const auto row = [](const char *name, const QString &file, const QByteArray &content,
                        const QString &prefix, const QStringList &words) {
        QTest::newRow(name) << file << content << prefix << words;
    };
    // A one-node YAML inventory whose node has `extra` keys (at line 3 on).
    const auto yamlNode = [](const QByteArray &extra) {
        return "nodes:\n  - name: n1\n" + extra + "\n";
    };
    // A one-node JSON inventory whose node has `extra` members (on line 2).
    const auto jsonNode = [](const QByteArray &extra) {
        return "{\"nodes\": [\n  {\"name\": \"n1\", " + extra + "}\n]}";
    };

    // Ports.
    row("port out of range (YAML)", u"cluster.yaml"_s,
        "cluster: c\nnodes:\n  - host: a.example\n  - host: b.example\n"
        "  - host: c.example\n    port: 70000\n",
        u"cluster.yaml:6: nodes[2].port: "_s, {u"70000 is not a port (1-65535)"_s});
    row("port out of range, JSON, number before a newline", u"inv.json"_s,
        "{\"nodes\": [\n{\"host\": \"a.example\",\n\"port\": 70000\n}\n]}",
        u"inv.json:3: nodes[0].port: "_s, {u"70000"_s, u"not a port"_s});
    row("port out of range, JSON, number before a brace", u"inv.json"_s,
        "{\"nodes\": [\n{\"host\": \"a.example\",\n\"port\": 0}\n]}",
        u"inv.json:3: nodes[0].port: "_s, {u"0 is not a port"_s});
    row("port as a JSON string", u"inv.json"_s, jsonNode(R"("host": "a.example", "port": "22")"),
        u"inv.json:2: nodes[0].port: "_s, {u"\"22\" is not a port"_s});
    row("port as a quoted YAML string", u"inv.yaml"_s,
        yamlNode("    host: a.example\n    port: \"22\""), u"inv.yaml:4: nodes[0].port: "_s,
        {u"\"22\""_s, u"not a port"_s});
    row("port negative", u"inv.yaml"_s, yamlNode("    host: a.example\n    port: -1"),
        u"inv.yaml:4: nodes[0].port: "_s, {u"-1 is not a port"_s});
    row("port fractional", u"inv.json"_s, jsonNode(R"("host": "a.example", "port": 22.5)"),
        u"inv.json:2: nodes[0].port: "_s, {u"22.5 is not a port"_s});
    row("port in defaults", u"inv.yaml"_s,
        "defaults:\n  port: 99999\nnodes:\n  - host: a.example\n", u"inv.yaml:2: defaults.port: "_s,
        {u"99999"_s, u"not a port"_s});

    // Structure.
    row("missing host (JSON, compact)", u"inventory.json"_s,
        "{\"cluster\": \"c\",\n\"nodes\": [{\"host\": \"a.example\"},\n{\"name\": \"b\"}]}",
        u"inventory.json:3: nodes[1]: "_s, {u"missing \"host\""_s});
    row("missing host (YAML)", u"inv.yaml"_s, yamlNode("    role: head"),
        u"inv.yaml:2: nodes[0]: "_s, {u"missing \"host\""_s});
    row("duplicate node name", u"inv.yaml"_s,
        "nodes:\n  - name: x\n    host: a.example\n\n  - name: head\n    host: b.example\n"
        "  - name: head\n    host: c.example\n",
        u"inv.yaml:7: nodes[2].name: "_s, {u"duplicate node name \"head\" (first at line 5)"_s});
    row("duplicate name from hosts", u"inv.json"_s,
        "{\"nodes\": [{\"host\": \"a.example\"},\n{\"host\": \"a.example\", \"port\": 2222}]}",
        u"inv.json:2: nodes[1].host: "_s,
        {u"duplicate node name \"a.example\" (first at line 1)"_s});
    row("duplicate address", u"inv.yaml"_s,
        "nodes:\n  - {name: a, host: Node1.Example}\n  - {name: b, host: node1.example.}\n",
        u"inv.yaml:3: nodes[1].host: "_s,
        {u"\"node1.example.\""_s, u"already the address of node \"a\" (line 2)"_s});
    row("unknown key with suggestion", u"inv.yaml"_s, yamlNode("    hots: a.example"),
        u"inv.yaml:3: "_s, {u"unknown key \"hots\" in nodes[0] (did you mean \"host\"?)"_s});
    row("unknown key in JSON", u"inv.json"_s, jsonNode(R"("host": "a", "rol": "head")"),
        u"inv.json:2: "_s, {u"unknown key \"rol\" in nodes[0] (did you mean \"role\"?)"_s});
    row("unknown key without suggestion", u"inv.yaml"_s, yamlNode("    host: a\n    colour: red"),
        u"inv.yaml:4: "_s,
        {u"unknown key \"colour\" in nodes[0]"_s, u"expected one of:"_s, u"identity_file"_s});
    row("unknown top-level key", u"inv.yaml"_s, "cluster: c\nnode:\n  - host: a\n",
        u"inv.yaml:2: "_s, {u"unknown key \"node\" at the top level (did you mean \"nodes\"?)"_s});
    row("unknown key in defaults", u"inv.yaml"_s, "defaults:\n  usr: ops\nnodes: [{host: a}]\n",
        u"inv.yaml:2: "_s, {u"unknown key \"usr\" in defaults (did you mean \"user\"?)"_s});
    row("unknown key in a jump map", u"inv.yaml"_s,
        yamlNode("    host: a\n    jump:\n      host: j\n      prot: 22"), u"inv.yaml:6: "_s,
        {u"unknown key \"prot\" in nodes[0].jump (did you mean \"port\"?)"_s});
    row("duplicate key (JSON)", u"inv.json"_s, jsonNode("\"host\": \"a\",\n\"host\": \"b\""),
        u"inv.json:3: "_s, {u"duplicate key \"host\" in nodes[0] (first at line 2)"_s});
    row("duplicate key (YAML)", u"inv.yaml"_s, yamlNode("    host: a\n    host: b"),
        u"inv.yaml:4: "_s, {u"duplicate key \"host\" in nodes[0] (first at line 3)"_s});
    row("empty node list", u"inv.yaml"_s, "cluster: c\nnodes: []\n", u"inv.yaml:2: nodes: "_s,
        {u"empty"_s, u"at least one node"_s});
    row("nodes not a list", u"inv.json"_s, "{\"nodes\": {\"host\": \"a\"}}",
        u"inv.json:1: nodes: "_s, {u"must be a list, not a map"_s});
    row("node not a map", u"inv.yaml"_s, "nodes:\n  - 10.0.0.1\n", u"inv.yaml:2: nodes[0]: "_s,
        {u"must be a map"_s, u"not a string"_s});
    row("missing nodes", u"inv.yaml"_s, "cluster: c\ndefaults: {user: ops}\n", u"inv.yaml:1: "_s,
        {u"missing \"nodes\""_s});
    row("not an inventory", u"inv.yaml"_s, "hosts: [a, b]\n", u"inv.yaml:1: "_s,
        {u"not an inventory"_s, u"\"nodes\""_s, u"\"provider\""_s});
    row("top level is a list", u"inv.yaml"_s, "- host: a\n", u"inv.yaml:1: "_s,
        {u"must be a map"_s, u"not a list"_s});
    row("empty file", u"inv.yaml"_s, "", u"inv.yaml: "_s, {u"empty"_s});
    row("only comments", u"inv.yaml"_s, "# nothing yet\n", u"inv.yaml: "_s, {u"empty"_s});
    row("not UTF-8", u"inv.yaml"_s, "nodes:\n  - host: caf\xE9\n", u"inv.yaml: "_s,
        {u"not UTF-8"_s});
    row("cluster is a number (JSON)", u"inv.json"_s,
        "{\"cluster\": 7, \"nodes\": [{\"host\": \"a\"}]}", u"inv.json:1: cluster: "_s,
        {u"must be a string, not a number"_s});
    row("empty host", u"inv.json"_s, jsonNode(R"("host": "")"), u"inv.json:2: nodes[0].host: "_s,
        {u"must not be empty"_s});
    row("host with a line break", u"inv.json"_s, jsonNode(R"("host": "a\nb")"),
        u"inv.json:2: nodes[0].host: "_s, {u"control characters"_s});

    // Hosts: nothing that a shell or ssh could read as anything but one host.
    row("host with a space", u"inv.yaml"_s, yamlNode("    host: web 01"),
        u"inv.yaml:3: nodes[0].host: "_s,
        {u"\"web 01\" is not a hostname or IP address"_s, u"a space is not allowed"_s});
    row("host with a semicolon", u"inv.json"_s, jsonNode(R"("host": "a.example;reboot")"),
        u"inv.json:2: nodes[0].host: "_s, {u"\";\" is not allowed"_s});
    row("host with command substitution", u"inv.json"_s, jsonNode(R"x("host": "$(id)")x"),
        u"inv.json:2: nodes[0].host: "_s, {u"\"$\" is not allowed"_s});
    row("host with backticks", u"inv.yaml"_s, yamlNode("    host: \"`id`\""),
        u"inv.yaml:3: nodes[0].host: "_s, {u"\"`\" is not allowed"_s});
    row("host with a pipe", u"inv.yaml"_s, yamlNode("    host: \"a|b\""),
        u"inv.yaml:3: nodes[0].host: "_s, {u"\"|\" is not allowed"_s});
    row("host that is an ssh option", u"inv.json"_s,
        jsonNode(R"("host": "-oProxyCommand=touch /tmp/x")"), u"inv.json:2: nodes[0].host: "_s,
        {u"must not start with \"-\""_s});
    row("host with user@", u"inv.yaml"_s, yamlNode("    host: root@a.example"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"\"@\" is not allowed"_s});
    row("host with port", u"inv.yaml"_s, yamlNode("    host: a.example:2222"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"give the port in \"port\""_s});
    row("host with a label ending in -", u"inv.yaml"_s, yamlNode("    host: a-.example"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"not a hostname"_s});
    row("host with an empty label", u"inv.yaml"_s, yamlNode("    host: a..example"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"empty label"_s});
    row("host non-ASCII", u"inv.yaml"_s, yamlNode("    host: bücher.example"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"\"ü\" is not allowed"_s});
    row("incomplete IPv4", u"inv.yaml"_s, yamlNode("    host: 10.0.1"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"\"10.0.1\" is not a valid IP address: 3 octets"_s});
    row("IPv4 with leading zeros", u"inv.yaml"_s, yamlNode("    host: 010.0.0.1"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"not a valid IP address"_s, u"leading zero"_s});
    row("IPv4 as a hex number", u"inv.yaml"_s, yamlNode("    host: 0x7f000001"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"not a hostname or IP address"_s, u"dotted quad"_s});
    row("bad IPv6", u"inv.yaml"_s, yamlNode("    host: \"fd00::1::2\""),
        u"inv.yaml:3: nodes[0].host: "_s,
        {u"not a hostname or IP address: more than one \"::\""_s});
    row("IPv4 in brackets", u"inv.yaml"_s, yamlNode("    host: \"[10.0.0.1]\""),
        u"inv.yaml:3: nodes[0].host: "_s, {u"not an IPv6 address"_s});
    row("host is a list", u"inv.yaml"_s, yamlNode("    host: [a, b]"),
        u"inv.yaml:3: nodes[0].host: "_s, {u"must be a string, not a list"_s});

    // Users and names.
    row("user that is an ssh option", u"inv.yaml"_s, yamlNode("    host: a\n    user: -oX"),
        u"inv.yaml:4: nodes[0].user: "_s, {u"must not start with \"-\""_s});
    row("user with a semicolon", u"inv.json"_s, jsonNode(R"("host": "a", "user": "root;id")"),
        u"inv.json:2: nodes[0].user: "_s, {u"not a user name"_s, u"\";\""_s});
    row("name with a space", u"inv.yaml"_s, "nodes:\n  - name: head node\n    host: a\n",
        u"inv.yaml:2: nodes[0].name: "_s, {u"not a node name"_s, u"a space"_s});
    row("name starting with -", u"inv.yaml"_s, "nodes:\n  - name: \"-x\"\n    host: a\n",
        u"inv.yaml:2: nodes[0].name: "_s, {u"must not start with \"-\""_s});

    // Roles and sudo.
    row("bad role", u"inv.yaml"_s, yamlNode("    host: a\n    role: master"),
        u"inv.yaml:4: nodes[0].role: "_s, {u"\"master\" is not a role (head or worker)"_s});
    row("sudo not a boolean (YAML)", u"inv.yaml"_s, yamlNode("    host: a\n    sudo: maybe"),
        u"inv.yaml:4: nodes[0].sudo: "_s, {u"\"maybe\" is not a boolean (true or false)"_s});
    row("sudo as a JSON string", u"inv.json"_s, jsonNode(R"("host": "a", "sudo": "true")"),
        u"inv.json:2: nodes[0].sudo: "_s, {u"\"true\" is not a boolean"_s});
    row("sudo as a number", u"inv.json"_s, jsonNode(R"("host": "a", "sudo": 1)"),
        u"inv.json:2: nodes[0].sudo: "_s, {u"1 is not a boolean"_s});

    // Identity files.
    row("identity_file and identity_files", u"inv.yaml"_s,
        yamlNode("    host: a\n    identity_file: k1\n    identity_files: [k2]"),
        u"inv.yaml:5: nodes[0]: "_s, {u"either \"identity_file\" or \"identity_files\""_s});
    row("identity_files not a list", u"inv.yaml"_s, yamlNode("    host: a\n    identity_files: k1"),
        u"inv.yaml:4: nodes[0].identity_files: "_s, {u"must be a list"_s});
    row("identity of another user's home", u"inv.yaml"_s,
        yamlNode("    host: a\n    identity_file: ~bob/.ssh/id"),
        u"inv.yaml:4: nodes[0].identity_file: "_s, {u"only \"~/\" is expanded"_s});
    row("identity entry empty", u"inv.json"_s,
        jsonNode(R"("host": "a", "identity_files": ["k1", ""])"),
        u"inv.json:2: nodes[0].identity_files[1]: "_s, {u"must not be empty"_s});

    // Jump hosts.
    row("jump host that is an ssh option", u"inv.yaml"_s, yamlNode("    host: a\n    jump: -J"),
        u"inv.yaml:4: nodes[0].jump: "_s, {u"must not start with \"-\""_s});
    row("jump port out of range", u"inv.yaml"_s,
        yamlNode("    host: a\n    jump: gate.example:99999"), u"inv.yaml:4: nodes[0].jump: "_s,
        {u"\"99999\" is not a port (1-65535)"_s});
    row("jump with two @", u"inv.yaml"_s, yamlNode("    host: a\n    jump: a@b@gate"),
        u"inv.yaml:4: nodes[0].jump: "_s, {u"more than one \"@\""_s});
    row("jump with a shell metacharacter", u"inv.json"_s,
        jsonNode(R"("host": "a", "jump": "gate.example;id")"), u"inv.json:2: nodes[0].jump: "_s,
        {u"\";\" is not allowed"_s});
    row("jump user with a space", u"inv.json"_s, jsonNode(R"("host": "a", "jump": "a b@gate")"),
        u"inv.json:2: nodes[0].jump: "_s, {u"not a user name"_s});
    row("jump [v6 without ]", u"inv.json"_s, jsonNode(R"("host": "a", "jump": "[fd00::1:22")"),
        u"inv.json:2: nodes[0].jump: "_s, {u"without a closing \"]\""_s});
    row("jump map without host", u"inv.yaml"_s, yamlNode("    host: a\n    jump:\n      port: 22"),
        u"inv.yaml:5: nodes[0].jump: "_s, {u"missing \"host\""_s});
    row("jump map with a bad port", u"inv.yaml"_s,
        yamlNode("    host: a\n    jump: {host: g, port: 0}"),
        u"inv.yaml:4: nodes[0].jump.port: "_s, {u"0 is not a port"_s});
    row("jump as a list", u"inv.yaml"_s, yamlNode("    host: a\n    jump: [g1, g2]"),
        u"inv.yaml:4: nodes[0].jump: "_s, {u"not a list"_s});

    // Syntax.
    row("JSON syntax error", u"inv.json"_s, "{\n  \"nodes\": [\n    {\"host\": \"a\",}\n  ]\n}\n",
        u"inv.json:3:18: "_s, {u"JSON syntax error"_s});
    row("JSON unterminated", u"inv.json"_s, "{\"nodes\": [\n", u"inv.json:2:"_s,
        {u"JSON syntax error"_s, u"end of input"_s});
    row("YAML syntax error", u"inv.yaml"_s, "nodes:\n  - host: a\n   role: head\n",
        u"inv.yaml:3:"_s, {u"YAML syntax error"_s});
    row("YAML unclosed flow list", u"inv.yaml"_s, "nodes: [{host: a}\ncluster: c\n", u"inv.yaml:"_s,
        {u"YAML syntax error"_s});
    row("YAML tab indentation", u"inv.yaml"_s, "nodes:\n\t- host: a\n", u"inv.yaml:2:"_s,
        {u"YAML syntax error"_s});
    row("JSON nested too deep", u"inv.json"_s,
        "{\"nodes\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}", u"inv.json:1:"_s,
        {u"nested more than"_s});
    row("YAML nested too deep", u"inv.yaml"_s,
        "nodes: " + QByteArray(100, '[') + QByteArray(100, ']') + "\n", u"inv.yaml:1: "_s,
        {u"nested more than"_s});
    {
        // "Billion laughs": ten aliases of ten aliases of ... expand to 10^8 values.
        QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 8; ++i) {
            const QByteArray prev = "*a" + QByteArray::number(i - 1);
            bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + prev;
            for (int k = 1; k < 10; ++k)
                bomb += ", " + prev;
            bomb += "]\n";
        }
        row("YAML alias bomb", u"inv.yaml"_s, bomb, u"inv.yaml:"_s, {u"more than"_s, u"values"_s});
    }

    // Ray cluster-launcher files.
    row("launcher with a cloud provider", u"cluster.yaml"_s,
        "cluster_name: c\nprovider:\n  type: aws\n  region: us-west-2\n",
        u"cluster.yaml:3: provider.type: "_s,
        {u"\"aws\" clusters are not supported"_s, u"only the \"local\" provider"_s,
         u"Portolan inventory"_s});
    row("launcher with a proxy command", u"cluster.yaml"_s,
        "provider: {type: local, head_ip: 10.0.0.1}\nauth:\n  ssh_user: ray\n"
        "  ssh_proxy_command: nc -x proxy:1080 %h %p\n",
        u"cluster.yaml:4: auth.ssh_proxy_command: "_s, {u"not supported"_s, u"\"jump\""_s});
    row("launcher with a coordinator", u"cluster.yaml"_s,
        "provider:\n  type: local\n  coordinator_address: \"10.0.0.1:1234\"\n",
        u"cluster.yaml:3: provider.coordinator_address: "_s, {u"coordinator server"_s});
    row("launcher worker equals head", u"cluster.yaml"_s,
        "provider:\n  type: local\n  head_ip: 10.0.0.1\n  worker_ips:\n    - 10.0.0.2\n"
        "    - 10.0.0.1\n",
        u"cluster.yaml:6: provider.worker_ips[1]: "_s,
        {u"\"10.0.0.1\" is already the address of node \"head\" (line 3)"_s});
    row("launcher two workers share an address", u"cluster.yaml"_s,
        "provider:\n  type: local\n  head_ip: h.example\n  worker_ips: [W1.example, w1.example]\n",
        u"cluster.yaml:4: provider.worker_ips[1]: "_s,
        {u"already the address of node \"worker-1\""_s});
    row("launcher with a key given twice", u"cluster.yaml"_s,
        "provider:\n  type: local\n  head_ip: 10.0.0.1\n  head_ip: 10.0.0.2\n",
        u"cluster.yaml:4: "_s, {u"duplicate key \"head_ip\" in provider (first at line 3)"_s});
    row("launcher with two providers", u"cluster.yaml"_s,
        "provider: {type: local, head_ip: 10.0.0.1}\nprovider: {type: aws}\n",
        u"cluster.yaml:2: "_s, {u"duplicate key \"provider\" (first at line 1)"_s});
    row("launcher without head_ip", u"cluster.yaml"_s,
        "cluster_name: c\nprovider:\n  type: local\n  worker_ips: [10.0.0.2]\n",
        u"cluster.yaml:3: provider: "_s, {u"missing \"head_ip\""_s});
    row("launcher without provider", u"cluster.yaml"_s, "cluster_name: c\nauth: {ssh_user: u}\n",
        u"cluster.yaml:1: "_s, {u"missing \"provider\""_s});
    row("launcher template placeholders", u"cluster.yaml"_s,
        "provider:\n    type: local\n    head_ip: YOUR_HEAD_NODE_HOSTNAME\n"
        "    worker_ips: [WORKER_NODE_1_HOSTNAME, WORKER_NODE_2_HOSTNAME, ... ]\n",
        u"cluster.yaml:4: provider.worker_ips[2]: "_s, {u"\"...\""_s, u"empty label"_s});
    row("launcher worker_ips not a list", u"cluster.yaml"_s,
        "provider:\n  type: local\n  head_ip: 10.0.0.1\n  worker_ips: 10.0.0.2\n",
        u"cluster.yaml:4: provider.worker_ips: "_s, {u"must be a list"_s});
    row("launcher bad ssh_user", u"cluster.yaml"_s,
        "provider: {type: local, head_ip: 10.0.0.1}\nauth:\n  ssh_user: \"-oProxyCommand=x\"\n",
        u"cluster.yaml:3: auth.ssh_user: "_s, {u"must not start with \"-\""_s});
    row("launcher host with a metacharacter", u"cluster.yaml"_s,
        "provider: {type: local, head_ip: \"10.0.0.1 && id\"}\n",
        u"cluster.yaml:1: provider.head_ip: "_s, {u"not a hostname or IP address"_s});
}

void TestInventory::errors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, prefix);
    QFETCH(QStringList, words);

    const QString error = errorOf([&] { parse(content, file); });
    QVERIFY2(!error.isEmpty(), "no error");
    QVERIFY2(error.startsWith(prefix),
             qPrintable(u"\"%1\" does not start with \"%2\""_s.arg(error, prefix)));
    for (const QString &word : words)
        QVERIFY2(error.contains(word), qPrintable(u"\"%1\" lacks \"%2\""_s.arg(error, word)));
}

void TestInventory::homeIsRequiredForTilde()
{
    qputenv("HOME", QByteArray());
    const QString error = errorOf(
        [] { parse("nodes:\n  - host: a\n    identity_file: ~/.ssh/id\n", u"inv.yaml"_s); });
    qputenv("HOME", kHome.toUtf8());
    QVERIFY2(error.startsWith(u"inv.yaml:3: nodes[0].identity_file: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"$HOME is not set"_s), qPrintable(error));
}

// --- loading files ------------------------------------------------------------

void TestInventory::loadJsonAndYamlFixturesAgree()
{
    const Inventory json = portolan::loadInventory(kFixtures + u"/portolan.json"_s);
    const Inventory yaml = portolan::loadInventory(kFixtures + u"/portolan.yaml"_s);

    QCOMPARE(json.name, u"prod-ray"_s);
    QCOMPARE(json.sourcePath, QDir(kFixtures).absoluteFilePath(u"portolan.json"_s));
    const QString keys = QDir(kFixtures).absoluteFilePath(u"keys"_s);
    const QStringList expected{
        u"head ops@10.0.0.10:22 role=head sudo key=%1/audit_ed25519 line=10"_s.arg(keys),
        u"worker-1 ops@ray-worker-1.prod.example.net:2222 role=worker sudo "
        u"key=%1/audit_ed25519 line=11"_s.arg(keys),
        u"worker-2 audit@[fd00:10::12]:22 role=worker jump=bastion@jump.example.net:2200 "
        u"key=/etc/portolan/worker2.key key=%1/fallback.key line=17"_s.arg(keys)};
    QCOMPARE(describe(json), expected);

    // Same cluster, different lines.
    QCOMPARE(yaml.name, json.name);
    QCOMPARE(yaml.nodes.size(), json.nodes.size());
    for (qsizetype i = 0; i < json.nodes.size(); ++i) {
        InventoryNode fromYaml = yaml.nodes[i];
        fromYaml.line = json.nodes[i].line;
        QCOMPARE(fromYaml, json.nodes[i]);
    }
    QCOMPARE(yaml.nodes[0].line, 10);
    QCOMPARE(yaml.nodes[2].line, 17);
}

void TestInventory::loadRayLauncherFixture()
{
    const Inventory inventory = portolan::loadInventory(kFixtures + u"/ray-local.yaml"_s);
    QCOMPARE(inventory.name, u"lab-onprem"_s);
    const QString key = QDir(kFixtures).absoluteFilePath(u"keys/ray-lab.pem"_s);
    const QStringList expected{
        u"head ubuntu@10.20.0.10:22 role=head key=%1 line=16"_s.arg(key),
        u"worker-1 ubuntu@10.20.0.11:22 role=worker key=%1 line=19"_s.arg(key),
        u"worker-2 ubuntu@10.20.0.12:22 role=worker key=%1 line=19"_s.arg(key),
        u"worker-3 ubuntu@gpu-3.lab.example.net:22 role=worker key=%1 line=19"_s.arg(key)};
    QCOMPARE(describe(inventory), expected);
}

void TestInventory::loadRejectsCloudLauncher()
{
    const QString path = kFixtures + u"/ray-aws.yaml"_s;
    const QString error = errorOf([&] { portolan::loadInventory(path); });
    QVERIFY2(error.startsWith(path + u":7: provider.type: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"only the \"local\" provider"_s), qPrintable(error));
}

void TestInventory::loadReportsJsonSyntaxErrorWithPosition()
{
    const QString path = kFixtures + u"/broken.json"_s;
    const QString error = errorOf([&] { portolan::loadInventory(path); });
    QVERIFY2(error.startsWith(path + u":4:38: JSON syntax error: "_s), qPrintable(error));
    QVERIFY2(!error.contains(u"json.exception"_s), qPrintable(error));
}

void TestInventory::loadMissingFile()
{
    const QString path = kFixtures + u"/no-such-inventory.yaml"_s;
    const QString error = errorOf([&] { portolan::loadInventory(path); });
    QVERIFY2(error.startsWith(path + u": cannot read the inventory: "_s), qPrintable(error));
}

void TestInventory::loadDirectory()
{
    const QString error = errorOf([] { portolan::loadInventory(kFixtures); });
    QVERIFY2(error.startsWith(kFixtures + u": cannot read the inventory: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"directory"_s), qPrintable(error));
}

void TestInventory::loadUnreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secret.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("nodes: [{host: a}]\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file");
    const QString error = errorOf([&] { portolan::loadInventory(path); });
    QVERIFY2(error.startsWith(path + u": cannot read the inventory: "_s), qPrintable(error));
}

void TestInventory::loadTooLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray chunk(1024 * 1024, '#');
    for (int i = 0; i < 9; ++i)
        file.write(chunk);
    file.close();
    const QString error = errorOf([&] { portolan::loadInventory(path); });
    QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
}

void TestInventory::loadRelativePath()
{
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(kFixtures));
    Inventory inventory;
    const QString loadError =
        errorOf([&] { inventory = portolan::loadInventory(u"portolan.json"_s); });
    const QString error = errorOf([] { portolan::loadInventory(u"broken.json"_s); });
    QVERIFY(QDir::setCurrent(saved));

    QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
    QCOMPARE(inventory.sourcePath, QDir(kFixtures).absoluteFilePath(u"portolan.json"_s));
    QVERIFY(QDir::isAbsolutePath(inventory.nodes[0].identityFiles[0]));
    QVERIFY2(error.startsWith(u"broken.json:4:"_s), qPrintable(error)); // the path as given
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
