// recognizeServices: every socket of the lab's real nodes, then one synthetic
// case per rule (owner options in "=" and space form, titles, names, session
// port files, default ports, owner fallback) and their order.

#include "analysis/rayrecognition.h"
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

QString sourceName(RecognitionSource source)
{
    switch (source) {
    case RecognitionSource::CommandLine:
        return u"command-line"_s;
    case RecognitionSource::ProcessTitle:
        return u"title"_s;
    case RecognitionSource::ProcessName:
        return u"name"_s;
    case RecognitionSource::SessionPortFile:
        return u"session"_s;
    case RecognitionSource::DefaultPort:
        return u"default"_s;
    case RecognitionSource::OwningProcess:
        return u"owner"_s;
    case RecognitionSource::None:
        break;
    }
    return u"none"_s;
}

// "tcp 0.0.0.0:8265 ray-dashboard", "tcp [::]:22 ssh"
QString describe(const ServiceBinding &b)
{
    const QString address = b.socket.address.isV6() ? u"[%1]"_s.arg(b.socket.address.toString())
                                                    : b.socket.address.toString();
    return u"%1 %2:%3 %4"_s.arg(toString(b.socket.protocol), address)
        .arg(b.socket.port)
        .arg(toString(b.component));
}

QStringList described(const QList<ServiceBinding> &bindings)
{
    QStringList lines;
    for (const ServiceBinding &b : bindings)
        lines << describe(b);
    lines.sort();
    return lines;
}

const ServiceBinding *bindingOn(const QList<ServiceBinding> &bindings, quint16 port,
                                IpFamily family = IpFamily::V4)
{
    for (const ServiceBinding &b : bindings) {
        if (b.socket.port == port && b.socket.address.family() == family)
            return &b;
    }
    return nullptr;
}

QString commOf(const QString &command)
{
    if (command.startsWith(u"ray::"_s))
        return command.left(15);
    const QString first = command.section(u' ', 0, 0);
    return first.section(u'/', -1).left(15);
}

Process process(qint64 pid, const QString &command, const QString &comm = {})
{
    Process p;
    p.pid = pid;
    p.ppid = 1;
    p.user = u"ray"_s;
    p.command = command;
    p.comm = comm.isEmpty() ? commOf(command) : comm;
    return p;
}

ListeningSocket socket(quint16 port, const QList<SocketOwner> &owners = {},
                       Protocol protocol = Protocol::Tcp)
{
    ListeningSocket s;
    s.protocol = protocol;
    s.address = IpAddress::anyAddress(IpFamily::V4);
    s.port = port;
    s.owners = owners;
    return s;
}

SocketOwner owner(qint64 pid, const QString &name)
{
    SocketOwner o;
    o.pid = pid;
    o.processName = name;
    o.fd = 3;
    return o;
}

const QString kPy = u"/opt/ray/bin/python3 -u /opt/ray/lib/python3.11/site-packages/ray/"_s;
const QString kRaylet = u"/opt/ray/lib/python3.11/site-packages/ray/core/src/ray/raylet/raylet"_s;
const QString kGcs = u"/opt/ray/lib/python3.11/site-packages/ray/core/src/ray/gcs/gcs_server"_s;
const QString kRayletLine =
    kRaylet + u" --node_manager_port=43001 --object_manager_port 43002 --min_worker_port=10002 "
              u"--max_worker_port=19999 --node_ip_address=10.0.0.5 --python_worker_command="
              u"/opt/ray/bin/python3 setup_worker.py default_worker.py "
              u"--node-manager-port=RAY_NODE_MANAGER_PORT_PLACEHOLDER --metrics_export_port=43004 "
              u"--agent_command=/opt/ray/bin/python3 -u agent.py --listen-port=52365"_s;

} // namespace

class TestRayRecognition : public QObject
{
    Q_OBJECT

private slots:
    void labNodes_data();
    void labNodes();
    void labEvidence_data();
    void labEvidence();
    void rules_data();
    void rules();
    void udpSkipsPortTables();
    void secondOwnerDecides();
    void emptyNode();
};

void TestRayRecognition::labNodes_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QStringList>("expected");

    QStringList head{
        u"tcp 0.0.0.0:44217 ray-metrics"_s,
        u"tcp 0.0.0.0:44227 ray-metrics"_s,
        u"tcp 0.0.0.0:8265 ray-dashboard"_s,
        u"tcp 0.0.0.0:10002 ray-worker"_s,
        u"tcp 0.0.0.0:10003 ray-worker"_s,
        u"tcp 0.0.0.0:10001 ray-client-server"_s,
        u"tcp 0.0.0.0:43002 ray-object-manager"_s,
        u"tcp 0.0.0.0:43003 ray-dashboard-agent"_s,
        u"tcp 0.0.0.0:43001 ray-raylet"_s,
        u"tcp 0.0.0.0:43004 ray-metrics"_s,
        u"tcp 0.0.0.0:43005 ray-runtime-env-agent"_s,
        u"tcp 0.0.0.0:6379 ray-gcs"_s,
        u"tcp 0.0.0.0:52365 ray-dashboard-agent"_s,
        u"tcp 0.0.0.0:22 ssh"_s,
        u"tcp 127.0.0.1:8000 ray-serve-http"_s,
        u"tcp [::]:22 ssh"_s,
    };
    const QStringList workerCommon{
        u"tcp 0.0.0.0:22 ssh"_s,
        u"tcp 0.0.0.0:52365 ray-dashboard-agent"_s,
        u"tcp 0.0.0.0:43005 ray-runtime-env-agent"_s,
        u"tcp 0.0.0.0:43004 ray-metrics"_s,
        u"tcp 0.0.0.0:43003 ray-dashboard-agent"_s,
        u"tcp 0.0.0.0:43002 ray-object-manager"_s,
        u"tcp 0.0.0.0:43001 ray-raylet"_s,
        u"tcp 0.0.0.0:10002 ray-worker"_s,
        u"tcp [::]:22 ssh"_s,
    };
    QStringList v6{
        u"tcp 0.0.0.0:22 ssh"_s,
        u"tcp 0.0.0.0:43003 ray-dashboard-agent"_s,
        u"tcp 0.0.0.0:43002 ray-object-manager"_s,
        u"tcp 0.0.0.0:43001 ray-raylet"_s,
        u"tcp 0.0.0.0:43005 ray-runtime-env-agent"_s,
        u"tcp 0.0.0.0:43004 ray-metrics"_s,
        u"tcp [::]:52365 ray-dashboard-agent"_s,
        u"tcp [::]:22 ssh"_s,
        u"tcp [::]:10002 ray-worker"_s,
        u"tcp [::]:8265 ray-dashboard"_s,
    };
    QStringList nft = workerCommon;
    nft << u"tcp 0.0.0.0:10003 ray-worker"_s;

    QTest::newRow("head") << u"head"_s << head;
    QTest::newRow("worker-fw") << u"worker-fw"_s << workerCommon;
    QTest::newRow("worker-nft") << u"worker-nft"_s << nft;
    QTest::newRow("worker-v6") << u"worker-v6"_s << v6;
    QTest::newRow("worker-legacy") << u"worker-legacy"_s << workerCommon;
}

void TestRayRecognition::labNodes()
{
    QFETCH(QString, node);
    QFETCH(QStringList, expected);
    const Node n = builtNode(node);
    const QList<ServiceBinding> bindings = recognizeServices(n);
    QCOMPARE(bindings.size(), n.sockets.size());
    for (qsizetype i = 0; i < bindings.size(); ++i)
        QVERIFY(bindings.at(i).socket == n.sockets.at(i)); // same order as node.sockets
    expected.sort();
    QCOMPARE(described(bindings), expected);
}

void TestRayRecognition::labEvidence_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("processName");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("evidence");

    QTest::newRow("head dashboard") << u"head"_s << 8265 << false << qint64(26) << u"python3"_s
                                    << u"command-line"_s << u"dashboard.py --port=8265"_s;
    QTest::newRow("head dashboard metrics")
        << u"head"_s << 44227 << false << qint64(26) << u"python3"_s << u"command-line"_s
        << u"dashboard.py on the dashboard metrics port 44227"_s;
    QTest::newRow("head autoscaler metrics")
        << u"head"_s << 44217 << false << qint64(32) << u"python3"_s << u"command-line"_s
        << u"monitor.py on the autoscaler metrics port 44217"_s;
    QTest::newRow("head gcs") << u"head"_s << 6379 << false << qint64(22) << u"gcs_server"_s
                              << u"command-line"_s << u"gcs_server --gcs_server_port=6379"_s;
    QTest::newRow("head client server")
        << u"head"_s << 10001 << false << qint64(34) << u"python3"_s << u"command-line"_s
        << u"ray.util.client.server --port=10001"_s;
    QTest::newRow("head node manager")
        << u"head"_s << 43001 << false << qint64(24) << u"raylet"_s << u"command-line"_s
        << u"raylet --node_manager_port=43001"_s;
    QTest::newRow("head object manager")
        << u"head"_s << 43002 << false << qint64(24) << u"raylet"_s << u"command-line"_s
        << u"raylet --object_manager_port=43002"_s;
    QTest::newRow("head agent grpc")
        << u"head"_s << 43003 << false << qint64(28) << u"python3"_s << u"command-line"_s
        << u"agent.py --dashboard-agent-port=43003"_s;
    QTest::newRow("head agent http") << u"head"_s << 52365 << false << qint64(28) << u"python3"_s
                                     << u"command-line"_s << u"agent.py --listen-port=52365"_s;
    QTest::newRow("head metrics export")
        << u"head"_s << 43004 << false << qint64(28) << u"python3"_s << u"command-line"_s
        << u"agent.py --metrics-export-port=43004"_s;
    QTest::newRow("head runtime env")
        << u"head"_s << 43005 << false << qint64(30) << u"python3"_s << u"command-line"_s
        << u"runtime_env/agent/main.py --runtime-env-agent-port=43005"_s;
    QTest::newRow("head worker") << u"head"_s << 10002 << false << qint64(38) << u"ray::IDLE"_s
                                 << u"title"_s
                                 << u"title ray::IDLE in the worker port range 10002-19999"_s;
    QTest::newRow("head serve") << u"head"_s << 8000 << false << qint64(42) << u"ray::ProxyActor"_s
                                << u"title"_s
                                << u"title ray::ProxyActor on the Serve HTTP port 8000"_s;
    QTest::newRow("head ssh") << u"head"_s << 22 << true << qint64(20) << u"sshd"_s << u"name"_s
                              << u"process sshd"_s;
    QTest::newRow("nft train_fn cut by ss")
        << u"worker-nft"_s << 10003 << false << qint64(33) << u"ray::train_fn()"_s << u"title"_s
        << u"title ray::train_fn() in the worker port range 10002-19999"_s;
    QTest::newRow("v6 dashboard") << u"worker-v6"_s << 8265 << true << qint64(26) << u"python3"_s
                                  << u"command-line"_s << u"dashboard.py --port=8265"_s;
    QTest::newRow("legacy python")
        << u"worker-legacy"_s << 52365 << false << qint64(26) << u"python"_s << u"command-line"_s
        << u"agent.py --listen-port=52365"_s;
    QTest::newRow("legacy ssh without owner")
        << u"worker-legacy"_s << 22 << false << qint64(0) << QString() << u"default"_s
        << u"default port 22 (no owning process visible)"_s;
}

void TestRayRecognition::labEvidence()
{
    QFETCH(QString, node);
    QFETCH(int, port);
    QFETCH(bool, v6);
    QFETCH(qint64, pid);
    QFETCH(QString, processName);
    QFETCH(QString, source);
    QFETCH(QString, evidence);
    const QList<ServiceBinding> bindings = recognizeServices(builtNode(node));
    const ServiceBinding *b = bindingOn(bindings, quint16(port), v6 ? IpFamily::V6 : IpFamily::V4);
    QVERIFY(b);
    QCOMPARE(b->pid, pid);
    QCOMPARE(b->processName, processName);
    QCOMPARE(sourceName(b->source), source);
    QCOMPARE(b->evidence, evidence);
}

void TestRayRecognition::rules_data()
{
    // The socket's owner has pid 100: `command` is its ps line ("" = not in ps),
    // `ssName` what ss showed ("" = no owner). `others` run beside it.
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("ssName");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<QStringList>("session"); // "name=port"
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("evidence");

    const QString dash = kPy + u"dashboard/dashboard.py --host=0.0.0.0 "_s;
    const QString agent = kPy + u"dashboard/agent.py --node-ip-address=10.0.0.5 "_s;
    const QString py = u"python3"_s;
    const QStringList none;
    const QStringList withRaylet{kRayletLine};

    // Owner options, "=" and space forms.
    QTest::newRow("dashboard --port=")
        << dash + u"--port=8265"_s << py << 8265 << none << none << u"ray-dashboard"_s
        << u"command-line"_s << u"dashboard.py --port=8265"_s;
    QTest::newRow("dashboard --port space")
        << dash + u"--port 9999 --port-retries=0"_s << py << 9999 << none << none
        << u"ray-dashboard"_s << u"command-line"_s << u"dashboard.py --port=9999"_s;
    QTest::newRow("dashboard --dashboard-port")
        << dash + u"--dashboard-port=8266"_s << py << 8266 << none << none << u"ray-dashboard"_s
        << u"command-line"_s << u"dashboard.py --dashboard-port=8266"_s;
    QTest::newRow("dashboard --port-retries is not --port")
        << dash + u"--port-retries=50 --port=8265"_s << py << 50 << none << none
        << u"ray-dashboard"_s << u"owner"_s
        << u"owned by dashboard.py on a port none of its options name"_s;
    QTest::newRow("dashboard metrics 44227")
        << dash + u"--port=8265"_s << py << 44227 << none << none << u"ray-metrics"_s
        << u"command-line"_s << u"dashboard.py on the dashboard metrics port 44227"_s;
    QTest::newRow("gcs =") << kGcs + u" --gcs_server_port=6380 --node-ip-address=10.0.0.5"_s
                           << u"gcs_server"_s << 6380 << none << none << u"ray-gcs"_s
                           << u"command-line"_s << u"gcs_server --gcs_server_port=6380"_s;
    QTest::newRow("gcs space") << kGcs + u" --gcs_server_port 6379"_s << u"gcs_server"_s << 6379
                               << none << none << u"ray-gcs"_s << u"command-line"_s
                               << u"gcs_server --gcs_server_port=6379"_s;
    QTest::newRow("raylet node manager")
        << kRayletLine << u"raylet"_s << 43001 << none << none << u"ray-raylet"_s
        << u"command-line"_s << u"raylet --node_manager_port=43001"_s;
    QTest::newRow("raylet object manager space")
        << kRayletLine << u"raylet"_s << 43002 << none << none << u"ray-object-manager"_s
        << u"command-line"_s << u"raylet --object_manager_port=43002"_s;
    QTest::newRow("raylet metrics export")
        << kRayletLine << u"raylet"_s << 43004 << none << none << u"ray-metrics"_s
        << u"command-line"_s << u"raylet --metrics_export_port=43004"_s;
    QTest::newRow("raylet: embedded agent options are not its own")
        << kRayletLine << u"raylet"_s << 52365 << none << none << u"ray-dashboard-agent"_s
        << u"default"_s << u"default port 52365 (owned by raylet)"_s;
    QTest::newRow("raylet other port")
        << kRayletLine << u"raylet"_s << 45000 << none << none << u"ray-raylet"_s << u"owner"_s
        << u"owned by raylet on a port none of its options name"_s;
    QTest::newRow("agent --listen-port")
        << agent + u"--listen-port=52366"_s << py << 52366 << none << none
        << u"ray-dashboard-agent"_s << u"command-line"_s << u"agent.py --listen-port=52366"_s;
    QTest::newRow("agent --grpc-port (old)")
        << agent + u"--grpc-port 43010"_s << py << 43010 << none << none << u"ray-dashboard-agent"_s
        << u"command-line"_s << u"agent.py --grpc-port=43010"_s;
    QTest::newRow("agent --dashboard-agent-port")
        << agent + u"--dashboard-agent-port=43003 --node-manager-port=43001"_s << py << 43003
        << none << none << u"ray-dashboard-agent"_s << u"command-line"_s
        << u"agent.py --dashboard-agent-port=43003"_s;
    QTest::newRow("agent: --node-manager-port is the raylet's")
        << agent + u"--node-manager-port=43001"_s << py << 43001 << none << none
        << u"ray-dashboard-agent"_s << u"owner"_s
        << u"owned by agent.py on a port none of its options name"_s;
    QTest::newRow("agent --metrics-export-port")
        << agent + u"--metrics-export-port=8080"_s << py << 8080 << none << none << u"ray-metrics"_s
        << u"command-line"_s << u"agent.py --metrics-export-port=8080"_s;
    QTest::newRow("runtime env agent")
        << kPy + u"_private/runtime_env/agent/main.py --runtime-env-agent-port=43005"_s << py
        << 43005 << none << none << u"ray-runtime-env-agent"_s << u"command-line"_s
        << u"runtime_env/agent/main.py --runtime-env-agent-port=43005"_s;
    QTest::newRow("monitor 44217")
        << kPy + u"autoscaler/_private/monitor.py --logs-dir=/tmp/ray/logs"_s << py << 44217 << none
        << none << u"ray-metrics"_s << u"command-line"_s
        << u"monitor.py on the autoscaler metrics port 44217"_s;
    QTest::newRow("client server proxy")
        << u"/opt/ray/bin/python3 /opt/ray/lib/python3.11/site-packages/ray/_private/workers/"
           u"setup_worker.py -m ray.util.client.server --address=10.0.0.5:6379 --host=0.0.0.0 "
           u"--port=10001 --mode=proxy"_s
        << py << 10001 << none << none << u"ray-client-server"_s << u"command-line"_s
        << u"ray.util.client.server --port=10001"_s;
    QTest::newRow("client specific server")
        << u"python -m ray.util.client.server --address=10.0.0.5:6379 --port 23000 "
           u"--mode=specific-server"_s
        << u"python"_s << 23000 << none << none << u"ray-client-server"_s << u"command-line"_s
        << u"ray.util.client.server --port=23000"_s;

    // Titles and names.
    QTest::newRow("ray::IDLE in range")
        << u"ray::IDLE"_s << u"ray::IDLE"_s << 10005 << withRaylet << none << u"ray-worker"_s
        << u"title"_s << u"title ray::IDLE in the worker port range 10002-19999"_s;
    QTest::newRow("ray::fn() cut by ss")
        << u"ray::train_fn()"_s << u"ray::train_fn("_s << 10003 << withRaylet << none
        << u"ray-worker"_s << u"title"_s
        << u"title ray::train_fn() in the worker port range 10002-19999"_s;
    QTest::newRow("ray::Class.method with a port list")
        << u"ray::Trainer.fit()"_s << u"ray::Trainer.f"_s << 11001
        << QStringList{kRaylet + u" --worker_port_list=11000,11001"_s} << none << u"ray-worker"_s
        << u"title"_s << u"title ray::Trainer.fit() in the worker port range 11000,11001"_s;
    QTest::newRow("ray::IDLE outside range")
        << u"ray::IDLE"_s << u"ray::IDLE"_s << 30000 << withRaylet << none << u"ray-worker"_s
        << u"title"_s
        << u"title ray::IDLE outside the worker port range 10002-19999 (a server opened by a "
           u"task or actor)"_s;
    QTest::newRow("ray::IDLE random ports")
        << u"ray::IDLE"_s << u"ray::IDLE"_s << 36000
        << QStringList{kRaylet + u" --min_worker_port=0 --max_worker_port=0"_s} << none
        << u"ray-worker"_s << u"title"_s
        << u"title ray::IDLE (workers use random ports on this node)"_s;
    QTest::newRow("ServeController cut by ss")
        << u"ray::ServeController"_s << u"ray::ServeContr"_s << 10010 << withRaylet << none
        << u"ray-worker"_s << u"title"_s
        << u"title ray::ServeController in the worker port range 10002-19999"_s;
    QTest::newRow("title only from ss")
        << QString() << u"ray::IDLE"_s << 10004 << none << none << u"ray-worker"_s << u"title"_s
        << u"title ray::IDLE in the worker port range 10002-19999"_s;
    QTest::newRow("ProxyActor 8000") << u"ray::ProxyActor"_s << u"ray::ProxyActor"_s << 8000
                                     << withRaylet << none << u"ray-serve-http"_s << u"title"_s
                                     << u"title ray::ProxyActor on the Serve HTTP port 8000"_s;
    QTest::newRow("ProxyActor 9000") << u"ray::ProxyActor"_s << u"ray::ProxyActor"_s << 9000
                                     << withRaylet << none << u"ray-serve-grpc"_s << u"title"_s
                                     << u"title ray::ProxyActor on the Serve gRPC port 9000"_s;
    QTest::newRow("ProxyActor worker port")
        << u"ray::ProxyActor"_s << u"ray::ProxyActor"_s << 10020 << withRaylet << none
        << u"ray-worker"_s << u"title"_s
        << u"title ray::ProxyActor in the worker port range 10002-19999"_s;
    QTest::newRow("ProxyActor custom port")
        << u"ray::ProxyActor"_s << u"ray::ProxyActor"_s << 8500 << withRaylet << none
        << u"ray-serve-http"_s << u"title"_s
        << u"title ray::ProxyActor outside the worker ports: a custom Serve proxy port (HTTP "
           u"assumed)"_s;
    QTest::newRow("redis-server") << u"/usr/bin/redis-server *:6379"_s << u"redis-server"_s << 6379
                                  << none << none << u"redis"_s << u"name"_s
                                  << u"process redis-server"_s;
    QTest::newRow("sshd") << u"sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"_s
                          << u"sshd"_s << 2222 << none << none << u"ssh"_s << u"name"_s
                          << u"process sshd"_s;

    // Session port files.
    QTest::newRow("session metrics_export_port")
        << u"python3 /srv/exporter.py"_s << py << 43104 << none
        << QStringList{u"metrics_export_port=43104"_s} << u"ray-metrics"_s << u"session"_s
        << u"session port file metrics_export_port"_s;
    QTest::newRow("session metrics_agent_port is the agent")
        << QString() << QString() << 43103 << none << QStringList{u"metrics_agent_port=43103"_s}
        << u"ray-dashboard-agent"_s << u"session"_s << u"session port file metrics_agent_port"_s;
    QTest::newRow("session dashboard_agent_listen_port")
        << QString() << QString() << 52400 << none
        << QStringList{u"dashboard_agent_listen_port=52400"_s} << u"ray-dashboard-agent"_s
        << u"session"_s << u"session port file dashboard_agent_listen_port"_s;
    QTest::newRow("session runtime env, several nodes")
        << QString() << QString() << 43105 << none
        << QStringList{u"runtime_env_agent_port@abc=43105"_s, u"runtime_env_agent_port@def=43205"_s}
        << u"ray-runtime-env-agent"_s << u"session"_s
        << u"session port file runtime_env_agent_port"_s;
    QTest::newRow("session gcs_server_port")
        << QString() << QString() << 6390 << none << QStringList{u"gcs_server_port=6390"_s}
        << u"ray-gcs"_s << u"session"_s << u"session port file gcs_server_port"_s;
    QTest::newRow("session beats defaults")
        << QString() << QString() << 8000 << none << QStringList{u"metrics_export_port=8000"_s}
        << u"ray-metrics"_s << u"session"_s << u"session port file metrics_export_port"_s;
    QTest::newRow("session -1 never matches")
        << QString() << QString() << 65535 << none << QStringList{u"metrics_export_port=-1"_s}
        << u"other"_s << u"none"_s << u"no rule matches port 65535 (no owning process visible)"_s;
    QTest::newRow("unknown session name")
        << QString() << QString() << 43999 << none << QStringList{u"some_new_port=43999"_s}
        << u"other"_s << u"none"_s << u"no rule matches port 43999 (no owning process visible)"_s;

    // Default ports.
    QTest::newRow("default gcs") << QString() << QString() << 6379 << none << none << u"ray-gcs"_s
                                 << u"default"_s
                                 << u"default port 6379 (no owning process visible)"_s;
    QTest::newRow("default redis beside redis-server")
        << QString() << QString() << 6379 << QStringList{u"/usr/bin/redis-server *:6379"_s} << none
        << u"redis"_s << u"default"_s << u"default port 6379 (no owning process visible)"_s;
    QTest::newRow("default gcs beside redis-server and gcs_server")
        << QString() << QString() << 6379
        << QStringList{u"/usr/bin/redis-server *:6380"_s, kGcs + u" --gcs_server_port=6379"_s}
        << none << u"ray-gcs"_s << u"default"_s
        << u"default port 6379 (no owning process visible)"_s;
    QTest::newRow("default dashboard behind an unknown owner")
        << u"/usr/sbin/nginx -g daemon off;"_s << u"nginx"_s << 8265 << none << none
        << u"ray-dashboard"_s << u"default"_s << u"default port 8265 (owned by nginx)"_s;
    QTest::newRow("default client server")
        << QString() << QString() << 10001 << none << none << u"ray-client-server"_s << u"default"_s
        << u"default port 10001 (no owning process visible)"_s;
    QTest::newRow("default agent")
        << QString() << QString() << 52365 << none << none << u"ray-dashboard-agent"_s
        << u"default"_s << u"default port 52365 (no owning process visible)"_s;
    QTest::newRow("default 44217")
        << QString() << QString() << 44217 << none << none << u"ray-metrics"_s << u"default"_s
        << u"default port 44217 (no owning process visible)"_s;
    QTest::newRow("default 44227")
        << QString() << QString() << 44227 << none << none << u"ray-metrics"_s << u"default"_s
        << u"default port 44227 (no owning process visible)"_s;
    QTest::newRow("default serve http")
        << QString() << QString() << 8000 << none << none << u"ray-serve-http"_s << u"default"_s
        << u"default port 8000 (no owning process visible)"_s;
    QTest::newRow("default serve grpc")
        << QString() << QString() << 9000 << none << none << u"ray-serve-grpc"_s << u"default"_s
        << u"default port 9000 (no owning process visible)"_s;
    QTest::newRow("default ssh") << QString() << QString() << 22 << none << none << u"ssh"_s
                                 << u"default"_s
                                 << u"default port 22 (no owning process visible)"_s;
    QTest::newRow("worker range with Ray present")
        << QString() << QString() << 12345 << withRaylet << none << u"ray-worker"_s << u"default"_s
        << u"port in the worker port range 10002-19999 (no owning process visible)"_s;
    QTest::newRow("worker range without Ray")
        << QString() << QString() << 12345 << none << none << u"other"_s << u"none"_s
        << u"no rule matches port 12345 (no owning process visible)"_s;
    QTest::newRow("worker range, Ray seen only through ss")
        << QString() << u"raylet"_s << 12345 << none << none << u"ray-worker"_s << u"default"_s
        << u"port in the worker port range 10002-19999 (owned by raylet)"_s;

    // Fallbacks.
    QTest::newRow("unknown owner")
        << u"python3 /srv/app.py --port=5000"_s << py << 5000 << none << none << u"other"_s
        << u"none"_s << u"no rule matches port 5000 of python3"_s;
    QTest::newRow("gcs_server only from ss")
        << QString() << u"gcs_server"_s << 7000 << none << none << u"ray-gcs"_s << u"owner"_s
        << u"owned by gcs_server on a port none of its options name"_s;
    QTest::newRow("python without ps is not a Ray program")
        << QString() << py << 7001 << none << none << u"other"_s << u"none"_s
        << u"no rule matches port 7001 of python3"_s;
    QTest::newRow("log_monitor is Ray but listens on nothing known")
        << kPy + u"_private/log_monitor.py --logs-dir=/tmp/ray"_s << py << 7002 << none << none
        << u"other"_s << u"none"_s << u"no rule matches port 7002 of ray"_s;
}

void TestRayRecognition::rules()
{
    QFETCH(QString, command);
    QFETCH(QString, ssName);
    QFETCH(int, port);
    QFETCH(QStringList, others);
    QFETCH(QStringList, session);
    QFETCH(QString, component);
    QFETCH(QString, source);
    QFETCH(QString, evidence);

    Node node;
    if (!command.isEmpty())
        node.processes << process(100, command);
    qint64 pid = 200;
    for (const QString &other : std::as_const(others))
        node.processes << process(pid++, other);
    for (const QString &item : std::as_const(session))
        node.ray.sessionPorts.insert(item.section(u'=', 0, 0), item.section(u'=', 1).toInt());
    QList<SocketOwner> owners;
    if (!ssName.isEmpty())
        owners << owner(100, ssName);
    node.sockets << socket(quint16(port), owners);

    const QList<ServiceBinding> bindings = recognizeServices(node);
    QCOMPARE(bindings.size(), 1);
    const ServiceBinding &b = bindings.first();
    QCOMPARE(toString(b.component), component);
    QCOMPARE(sourceName(b.source), source);
    QCOMPARE(b.evidence, evidence);
    QCOMPARE(b.pid, ssName.isEmpty() ? qint64(0) : qint64(100));
}

void TestRayRecognition::udpSkipsPortTables()
{
    Node node;
    node.processes << process(100, u"ray::IDLE"_s) << process(101, kRayletLine);
    node.ray.sessionPorts.insert(u"metrics_export_port"_s, 5353);
    node.sockets << socket(6379, {}, Protocol::Udp) << socket(5353, {}, Protocol::Udp)
                 << socket(12000, {owner(100, u"ray::IDLE"_s)}, Protocol::Udp);
    const QList<ServiceBinding> bindings = recognizeServices(node);
    QCOMPARE(bindings.size(), 3);
    QCOMPARE(toString(bindings.at(0).component), toString(RayComponent::Other));
    QCOMPARE(toString(bindings.at(1).component), toString(RayComponent::Other));
    QCOMPARE(toString(bindings.at(2).component),
             toString(RayComponent::Worker)); // a title is a title
}

void TestRayRecognition::secondOwnerDecides()
{
    Node node;
    node.processes << process(100, u"python3 /srv/wrapper.py"_s) << process(101, kRayletLine);
    node.sockets << socket(43001, {owner(100, u"python3"_s), owner(101, u"raylet"_s)});
    const QList<ServiceBinding> bindings = recognizeServices(node);
    QCOMPARE(toString(bindings.first().component), toString(RayComponent::Raylet));
    QCOMPARE(bindings.first().pid, qint64(101));
    QCOMPARE(bindings.first().processName, u"raylet"_s);
}

void TestRayRecognition::emptyNode()
{
    QVERIFY(recognizeServices(Node()).isEmpty());
}

QTEST_GUILESS_MAIN(TestRayRecognition)
#include "tst_rayrecognition.moc"
