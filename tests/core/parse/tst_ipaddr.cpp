// Tests for core/parse/ipaddr: `ip -j -d addr show` from a namespace with a
// veth (primary, secondary and labelled IPv4, global/ULA/link-local IPv6) and
// a down bridge, plus malformed and truncated JSON.

#include "parse/ipaddr.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QString describe(const InterfaceAddress &a)
{
    return u"%1/%2 %3 %4"_s.arg(a.address.toString()).arg(a.prefixLength).arg(a.scope, a.label);
}

} // namespace

class TestIpAddr : public QObject
{
    Q_OBJECT

private slots:
    void vethNamespace();
    void freshNamespace();
    void addresses_data();
    void addresses();
    void rejects_data();
    void rejects();
};

void TestIpAddr::vethNamespace()
{
    const QList<Interface> interfaces = parseIpAddr(readFixture(u"ip/addr-veth.json"_s));
    QCOMPARE(interfaces.size(), 3);
    QCOMPARE(interfaces[0].name, u"lo"_s);
    QCOMPARE(interfaces[0].index, 1);
    QCOMPARE(interfaces[0].mtu, 65536);
    QVERIFY(interfaces[0].flags.contains(u"LOOPBACK"_s));

    const Interface &eth0 = interfaces[1];
    QCOMPARE(eth0.name, u"eth0"_s);
    QCOMPARE(eth0.index, 3);
    QCOMPARE(eth0.mtu, 1500);
    QCOMPARE(eth0.operState, u"UP"_s);
    QCOMPARE(eth0.flags, QStringList({u"BROADCAST"_s, u"MULTICAST"_s, u"UP"_s, u"LOWER_UP"_s}));
    QVERIFY(
        QRegularExpression(u"^([0-9a-f]{2}:){5}[0-9a-f]{2}$"_s).match(eth0.macAddress).hasMatch());
    QCOMPARE(eth0.addresses.size(), 6);
    QCOMPARE(eth0.addresses[5].scope, u"link"_s);
    QVERIFY(eth0.addresses[5].address.isLinkLocal());
    QCOMPARE(eth0.addresses[0].subnet().toString(), u"10.20.0.0/24"_s);

    const Interface &br0 = interfaces[2];
    QCOMPARE(br0.name, u"br0"_s);
    QCOMPARE(br0.mtu, 1450);
    QCOMPARE(br0.operState, u"DOWN"_s);
    QCOMPARE(br0.addresses.size(), 1);
    QCOMPARE(describe(br0.addresses[0]), u"172.30.0.1/16 global br0"_s);
}

void TestIpAddr::freshNamespace()
{
    const QList<Interface> interfaces = parseIpAddr(readFixture(u"ip/addr-fresh.json"_s));
    QCOMPARE(interfaces.size(), 1);
    QCOMPARE(interfaces[0].name, u"lo"_s);
    QCOMPARE(interfaces[0].addresses.size(), 2);
    QCOMPARE(describe(interfaces[0].addresses[1]), u"::1/128 host "_s);
}

void TestIpAddr::addresses_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("primary") << 0 << u"10.20.0.10/24 global eth0"_s;
    QTest::newRow("labelled") << 1 << u"10.20.1.10/24 global eth0:ray"_s;
    QTest::newRow("secondary") << 2 << u"10.20.0.11/24 global eth0"_s;
    QTest::newRow("global v6") << 3 << u"2001:db8:20::10/64 global "_s;
    QTest::newRow("ula") << 4 << u"fd00:20::10/64 global "_s;
}

void TestIpAddr::addresses()
{
    QFETCH(int, index);
    QFETCH(QString, expected);
    const QList<Interface> interfaces = parseIpAddr(readFixture(u"ip/addr-veth.json"_s));
    QCOMPARE(describe(interfaces[1].addresses[index]), expected);
}

void TestIpAddr::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated fixture")
        << readFixture(u"ip/bad-truncated.json"_s) << 1 << u"ends too early"_s;
    QTest::newRow("text output") << QByteArray("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536\n") << 1
                                 << u"malformed JSON"_s;
    QTest::newRow("second line") << QByteArray("[\n{\"ifname\": x}]") << 2 << u"column 12"_s;
    QTest::newRow("object") << QByteArray("{\"ifname\": \"lo\"}") << 0 << u"JSON array"_s;
    QTest::newRow("no ifname") << QByteArray("[{\"ifindex\": 1}]") << 0 << u"[0].ifname: missing"_s;
    QTest::newRow("bad address")
        << QByteArray(R"([{"ifname":"a","ifindex":1},{"ifname":"b","ifindex":2,"addr_info":[)"
                      R"({"family":"inet","local":"300.1.1.1","prefixlen":8}]}])")
        << 0 << u"[1].addr_info[0].local"_s;
    QTest::newRow("family mismatch")
        << QByteArray(
               R"([{"ifname":"a","ifindex":1,"addr_info":[{"family":"inet6","local":"10.0.0.1","prefixlen":8}]}])")
        << 0 << u"does not match family inet6"_s;
    QTest::newRow("prefix too long")
        << QByteArray(
               R"([{"ifname":"a","ifindex":1,"addr_info":[{"family":"inet","local":"10.0.0.1","prefixlen":33}]}])")
        << 0 << u"prefixlen"_s;
    QTest::newRow("string index") << QByteArray(R"([{"ifname":"a","ifindex":"1"}])") << 0
                                  << u"[0].ifindex: expected an integer"_s;
    QTest::newRow("deep") << QByteArray(200, '[') << 1 << u"nested deeper"_s;
    QTest::newRow("binary") << QByteArray("[\0]", 3) << 1 << u"NUL"_s;
}

void TestIpAddr::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseIpAddr(input); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"ip-addr"_s);
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestIpAddr)
#include "tst_ipaddr.moc"
