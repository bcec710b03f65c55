// Tests for core/parse/raysession: the "ray-session" command over a session
// with per-port files (current Ray), with ports_by_node.json (older Ray) and
// with no session; several node ids; JSON port files; malformed lines.

#include "parse/raysession.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

using PortMap = QMap<QString, int>;

class TestRaySession : public QObject
{
    Q_OBJECT

private slots:
    void portFiles();
    void portsByNode();
    void none();
    void outputs_data();
    void outputs();
    void rejects_data();
    void rejects();
};

void TestRaySession::portFiles()
{
    const RaySessionInfo info = parseRaySession(readFixture(u"ray/session-port-files.txt"_s));
    QCOMPARE(info.sessionName, u"session_2024-05-01_10-00-00_123456_4242"_s);
    QCOMPARE(info.ports, PortMap({{u"dashboard_agent_grpc_port"_s, -1},
                                  {u"dashboard_agent_listen_port"_s, 52365},
                                  {u"gcs_server_port"_s, 6379},
                                  {u"metrics_agent_port"_s, 62115},
                                  {u"metrics_export_port"_s, 64291},
                                  {u"runtime_env_agent_port"_s, 58933}}));
}

void TestRaySession::portsByNode()
{
    const RaySessionInfo info = parseRaySession(readFixture(u"ray/session-ports-by-node.txt"_s));
    QCOMPARE(info.sessionName, u"session_2024-05-01_10-00-00_123456_4242"_s);
    QCOMPARE(info.ports, PortMap({{u"dashboard_agent_listen_port"_s, 52365},
                                  {u"gcs_server_port"_s, 6379},
                                  {u"metrics_agent_port"_s, 62115},
                                  {u"metrics_export_port"_s, 64291},
                                  {u"runtime_env_agent_port"_s, 58933}}));
}

void TestRaySession::none()
{
    QCOMPARE(parseRaySession(readFixture(u"ray/session-none.txt"_s)), RaySessionInfo());
}

void TestRaySession::outputs_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<PortMap>("ports");
    QTest::newRow("json port file")
        << QByteArray("session\t/tmp/ray/"
                      "s\nfile\tmetrics_agent_port_0123456789abcdef.json\t{\"port\": \"4242\"}\n")
        << PortMap({{u"metrics_agent_port"_s, 4242}});
    QTest::newRow("two nodes")
        << QByteArray(
               "session\t/tmp/ray/"
               "s\nfile\tgcs_server_port_aaaaaaaa\t6379\nfile\tgcs_server_port_bbbbbbbb\t6380\n")
        << PortMap({{u"gcs_server_port@aaaaaaaa"_s, 6379}, {u"gcs_server_port@bbbbbbbb"_s, 6380}});
    QTest::newRow("not a port file")
        << QByteArray("session\t/tmp/ray/s\nfile\tsome_port_config\thello\n") << PortMap();
    QTest::newRow("string ports") << QByteArray(
                                         "session\t/tmp/ray/s\nfile\tports_by_node.json\t{\"n\": "
                                         "{\"gcs_server_port\": \"6379\"}}\n")
                                  << PortMap({{u"gcs_server_port"_s, 6379}});
}

void TestRaySession::outputs()
{
    QFETCH(QByteArray, output);
    QFETCH(PortMap, ports);
    const RaySessionInfo info = parseRaySession(output);
    QCOMPARE(info.sessionName, u"s"_s);
    QCOMPARE(info.ports, ports);
}

void TestRaySession::rejects_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("fixture: not a port")
        << readFixture(u"ray/bad-session.txt"_s) << 2 << u"not a port number: 'not-a-port'"_s;
    QTest::newRow("out of range") << QByteArray("file\tgcs_server_port_aaaaaaaa\t70000\n") << 1
                                  << u"out of range"_s;
    QTest::newRow("bad json") << QByteArray("file\tports_by_node.json\t{\"n\": \n") << 1
                              << u"JSON"_s;
    QTest::newRow("node not object")
        << QByteArray("file\tports_by_node.json\t{\"n\": 5}\n") << 1 << u"holds no object"_s;
    QTest::newRow("garbage") << QByteArray("hello world\n") << 1 << u"unexpected line"_s;
    QTest::newRow("empty session") << QByteArray("session\t/\n") << 1 << u"empty session path"_s;
}

void TestRaySession::rejects()
{
    QFETCH(QByteArray, output);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseRaySession(output); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"ray-session"_s);
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestRaySession)
#include "tst_raysession.moc"
