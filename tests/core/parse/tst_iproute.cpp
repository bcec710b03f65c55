// Tests for core/parse/iproute: `ip -4|-6 -j route show table all` with
// default, host, blackhole/unreachable/prohibit, multipath, source and
// non-main-table routes; ip's omitted defaults; clamped metrics; bad input.

#include "parse/iproute.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// "type dst via gw dev proto scope metric table src"
QString describe(const Route &r)
{
    return u"%1 %2 via %3 dev %4 proto %5 scope %6 metric %7 table %8 src %9"_s.arg(
        r.type, r.destination.toString(), r.gateway.toString(), r.device, r.protocol, r.scope,
        QString::number(r.metric), r.table, r.preferredSource.toString());
}

} // namespace

class TestIpRoute : public QObject
{
    Q_OBJECT

private slots:
    void v4Routes_data();
    void v4Routes();
    void v6Routes();
    void edgeCases_data();
    void edgeCases();
    void rejects_data();
    void rejects();
};

void TestIpRoute::v4Routes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table 100")
        << 0
        << u"unicast 10.40.0.0/16 via 10.20.0.3 dev eth0 proto boot scope global metric 0 table 100 src "_s;
    QTest::newRow("default")
        << 1
        << u"unicast 0.0.0.0/0 via 10.20.0.1 dev eth0 proto dhcp scope global metric 100 table main src 10.20.0.10"_s;
    QTest::newRow("connected")
        << 2
        << u"unicast 10.20.0.0/24 via  dev eth0 proto kernel scope link metric 0 table main src 10.20.0.10"_s;
    QTest::newRow("host route")
        << 4
        << u"unicast 10.20.5.5/32 via 10.20.0.1 dev eth0 proto boot scope global metric 0 table main src "_s;
    QTest::newRow("prohibit")
        << 6
        << u"prohibit 10.97.0.0/16 via  dev  proto boot scope global metric 0 table main src "_s;
    QTest::newRow("blackhole")
        << 8
        << u"blackhole 10.99.0.0/16 via  dev  proto boot scope global metric 0 table main src "_s;
    QTest::newRow("multipath")
        << 10
        << u"unicast 198.51.100.0/24 via 10.20.0.1 dev eth0 proto boot scope global metric 0 table main src "_s;
    QTest::newRow("local")
        << 11
        << u"local 10.20.0.10/32 via  dev eth0 proto kernel scope host metric 0 table local src 10.20.0.10"_s;
    QTest::newRow("broadcast")
        << 13
        << u"broadcast 10.20.0.255/32 via  dev eth0 proto kernel scope link metric 0 table local src 10.20.0.10"_s;
}

void TestIpRoute::v4Routes()
{
    QFETCH(int, index);
    QFETCH(QString, expected);
    const QList<Route> routes = parseIpRoute(readFixture(u"ip/route-v4.json"_s), IpFamily::V4);
    QCOMPARE(routes.size(), 20);
    for (const Route &route : routes)
        QCOMPARE(int(route.family), int(IpFamily::V4));
    QCOMPARE(describe(routes[index]), expected);
}

void TestIpRoute::v6Routes()
{
    const QList<Route> routes = parseIpRoute(readFixture(u"ip/route-v6.json"_s), IpFamily::V6);
    QCOMPARE(routes.size(), 11);
    for (const Route &route : routes)
        QCOMPARE(int(route.family), int(IpFamily::V6));
    QCOMPARE(
        describe(routes[5]),
        u"unicast ::/0 via fd00:20::1 dev eth0 proto boot scope global metric 1024 table main src "_s);
    QCOMPARE(
        describe(routes[2]),
        u"blackhole 2001:db8:dead::/48 via  dev lo proto boot scope global metric 1024 table main src "_s);
    QCOMPARE(
        describe(routes[10]),
        u"multicast ff00::/8 via  dev eth0 proto kernel scope global metric 256 table local src "_s);
}

void TestIpRoute::edgeCases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare v6 default")
        << QByteArray(
               R"([{"type":"unreachable","dst":"default","dev":"lo","metric":4294967295,"flags":[]}])")
        << int(IpFamily::V6)
        << u"unreachable ::/0 via  dev lo proto boot scope global metric 2147483647 table main src "_s;
    QTest::newRow("default follows gateway")
        << QByteArray(R"([{"dst":"default","gateway":"fe80::1","dev":"eth0","flags":[]}])")
        << int(IpFamily::V4)
        << u"unicast ::/0 via fe80::1 dev eth0 proto boot scope global metric 0 table main src "_s;
    QTest::newRow("rfc5549 via")
        << QByteArray(
               R"([{"dst":"10.9.0.0/16","via":{"family":"inet6","host":"fe80::2"},"dev":"eth0","flags":[]}])")
        << int(IpFamily::V4)
        << u"unicast 10.9.0.0/16 via fe80::2 dev eth0 proto boot scope global metric 0 table main src "_s;
    QTest::newRow("host bits cleared")
        << QByteArray(R"([{"dst":"10.1.2.3/8","dev":"eth0","flags":[]}])") << int(IpFamily::V4)
        << u"unicast 10.0.0.0/8 via  dev eth0 proto boot scope global metric 0 table main src "_s;
}

void TestIpRoute::edgeCases()
{
    QFETCH(QByteArray, input);
    QFETCH(int, family);
    QFETCH(QString, expected);
    const QList<Route> routes = parseIpRoute(input, IpFamily(family));
    QCOMPARE(routes.size(), 1);
    QCOMPARE(describe(routes[0]), expected);
}

void TestIpRoute::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad dst") << QByteArray(R"([{"dst":"10.0.0.0/33"}])") << u"[0].dst"_s;
    QTest::newRow("no dst") << QByteArray(R"([{"dev":"eth0"}])") << u"[0].dst: missing"_s;
    QTest::newRow("bad gateway") << QByteArray(R"([{"dst":"default","gateway":"gw"}])")
                                 << u"[0].gateway"_s;
    QTest::newRow("negative metric")
        << QByteArray(R"([{"dst":"default","metric":-1}])") << u"negative metric"_s;
    QTest::newRow("text") << QByteArray("default via 10.0.0.1 dev eth0\n") << u"malformed JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"dst":"default","gat)") << u"ends too early"_s;
}

void TestIpRoute::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseIpRoute(input, IpFamily::V6); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"ip6-route"_s);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestIpRoute)
#include "tst_iproute.moc"
