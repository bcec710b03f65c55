// Tests for core/parse/nftrender: the text of single nft JSON statements,
// including the fallback to compact JSON for anything it does not know.

#include "parse/nftrender.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestNftRender : public QObject
{
    Q_OBJECT

private slots:
    void statements_data();
    void statements();
    void notAnArray();
};

void TestNftRender::statements_data()
{
    QTest::addColumn<QByteArray>("expr");
    QTest::addColumn<QString>("text");
    QTest::newRow("payload")
        << QByteArray(
               R"([{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":22}},{"accept":null}])")
        << u"tcp dport 22 accept"_s;
    QTest::newRow("not equal")
        << QByteArray(
               R"([{"match":{"op":"!=","left":{"meta":{"key":"iifname"}},"right":"lo"}},{"drop":null}])")
        << u"iifname != \"lo\" drop"_s;
    QTest::newRow("ct flags")
        << QByteArray(
               R"([{"match":{"op":"in","left":{"ct":{"key":"state"}},"right":["established","related"]}}])")
        << u"ct state established,related"_s;
    QTest::newRow("ct direction")
        << QByteArray(
               R"([{"match":{"op":"==","left":{"ct":{"key":"saddr","dir":"original"}},"right":"10.0.0.1"}}])")
        << u"ct original saddr 10.0.0.1"_s;
    QTest::newRow("set with range")
        << QByteArray(
               R"([{"match":{"op":"==","left":{"payload":{"protocol":"udp","field":"dport"}},"right":{"set":[53,{"range":[100,200]}]}}}])")
        << u"udp dport { 53, 100-200 }"_s;
    QTest::newRow("prefix")
        << QByteArray(
               R"([{"match":{"op":"==","left":{"payload":{"protocol":"ip6","field":"saddr"}},"right":{"prefix":{"addr":"fd00::","len":8}}}}])")
        << u"ip6 saddr fd00::/8"_s;
    QTest::newRow("raw payload")
        << QByteArray(
               R"([{"match":{"op":"==","left":{"payload":{"base":"nh","offset":96,"len":32}},"right":1}}])")
        << u"@nh,96,32 1"_s;
    QTest::newRow("fib")
        << QByteArray(
               R"([{"match":{"op":"==","left":{"fib":{"result":"oif","flags":["saddr","iif"]}},"right":false}},{"drop":null}])")
        << u"fib saddr . iif oif missing drop"_s;
    QTest::newRow("less than")
        << QByteArray(R"([{"match":{"op":"<","left":{"meta":{"key":"length"}},"right":64}}])")
        << u"meta length < 64"_s;
    QTest::newRow("bitwise")
        << QByteArray(
               R"([{"match":{"op":"!=","left":{"&":[{"ct":{"key":"mark"}},255]},"right":0}}])")
        << u"ct mark & 255 != 0"_s;
    QTest::newRow("jump goto return")
        << QByteArray(
               R"([{"jump":{"target":"a"}},{"goto":{"target":"b"}},{"return":null},{"continue":null}])")
        << u"jump a goto b return continue"_s;
    QTest::newRow("reject default")
        << QByteArray(R"([{"reject":{"type":"icmp","expr":"port-unreachable"}}])") << u"reject"_s;
    QTest::newRow("reject icmpx")
        << QByteArray(R"([{"reject":{"type":"icmpx","expr":"admin-prohibited"}}])")
        << u"reject with icmpx admin-prohibited"_s;
    QTest::newRow("reject tcp") << QByteArray(R"([{"reject":{"type":"tcp reset"}}])")
                                << u"reject with tcp reset"_s;
    QTest::newRow("counters")
        << QByteArray(
               R"([{"counter":{"packets":5,"bytes":300}},{"counter":"named"},{"counter":null}])")
        << u"counter packets 5 bytes 300 counter name \"named\" counter"_s;
    QTest::newRow("log")
        << QByteArray(R"([{"log":{"prefix":"x \"y\"","level":"warn","group":2}},{"log":null}])")
        << u"log prefix \"x \\\"y\\\"\" level warn group 2 log"_s;
    QTest::newRow("limit") << QByteArray(R"([{"limit":{"rate":10,"per":"second","burst":5}}])")
                           << u"limit rate 10/second burst 5 packets"_s;
    QTest::newRow("dnat v4") << QByteArray(R"([{"dnat":{"addr":"10.0.0.2","port":80}}])")
                             << u"dnat to 10.0.0.2:80"_s;
    QTest::newRow("dnat v6 family")
        << QByteArray(R"([{"dnat":{"family":"ip6","addr":"fd00::2","port":80}}])")
        << u"dnat ip6 to [fd00::2]:80"_s;
    QTest::newRow("snat addr only")
        << QByteArray(R"([{"snat":{"addr":"192.0.2.1"}}])") << u"snat to 192.0.2.1"_s;
    QTest::newRow("dnat map")
        << QByteArray(
               R"([{"dnat":{"addr":{"map":{"key":{"payload":{"protocol":"tcp","field":"dport"}},"data":"@ports"}}}}])")
        << u"dnat to tcp dport map @ports"_s;
    QTest::newRow("redirect masquerade")
        << QByteArray(R"([{"redirect":null},{"masquerade":{"port":1024}}])")
        << u"redirect masquerade to :1024"_s;
    QTest::newRow("mark set") << QByteArray(
                                     R"([{"mangle":{"key":{"meta":{"key":"mark"}},"value":4096}}])")
                              << u"meta mark set 0x00001000"_s;
    QTest::newRow("vmap")
        << QByteArray(
               R"([{"vmap":{"key":{"meta":{"key":"l4proto"}},"data":{"set":[["tcp",{"accept":null}]]}}}])")
        << u"meta l4proto vmap { tcp : accept }"_s;
    QTest::newRow("xt") << QByteArray(R"([{"xt":{"type":"match","name":"conntrack"}}])")
                        << u"xt match \"conntrack\""_s;
    QTest::newRow("notrack") << QByteArray(R"([{"notrack":null}])") << u"notrack"_s;
    QTest::newRow("unknown statement") << QByteArray(R"([{"queue":{"num":3}},{"accept":null}])")
                                       << uR"({"queue":{"num":3}} accept)"_s;
    QTest::newRow("unknown expression")
        << QByteArray(R"([{"match":{"op":"==","left":{"osf":{"key":"name"}},"right":"Linux"}}])")
        << uR"({"osf":{"key":"name"}} Linux)"_s;
    QTest::newRow("two keys") << QByteArray(R"([{"a":1,"b":2}])") << uR"({"a":1,"b":2})"_s;
    QTest::newRow("empty") << QByteArray("[]") << QString();
}

void TestNftRender::statements()
{
    QFETCH(QByteArray, expr);
    QFETCH(QString, text);
    QCOMPARE(renderNftRule(nlohmann::json::parse(expr.toStdString())), text);
}

void TestNftRender::notAnArray()
{
    QCOMPARE(renderNftRule(nlohmann::json::parse(R"({"accept":null})")), uR"({"accept":null})"_s);
}

QTEST_GUILESS_MAIN(TestNftRender)
#include "tst_nftrender.moc"
