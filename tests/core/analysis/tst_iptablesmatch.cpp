// Tests for single match and target semantics of the iptables evaluator
// (iptablesmatch*.cpp, iptablestarget.cpp, iptablesnat.cpp): one or two rules
// in raw PREROUTING, mangle PREROUTING, nat PREROUTING or filter INPUT (all with
// policy ACCEPT), a NEW TCP packet to 203.0.113.11 on eth0, and the verdict per
// part of the sources ("SOURCES => verdict", "all" for 0.0.0.0/0).

#include "analysis/packetpath.h"
#include "parse/ipset.h"
#include "parse/iptablessave.h"

#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

IpAddress ip(const QString &text)
{
    return *IpAddress::parse(text);
}

QString saveOf(const QString &raw, const QString &mangle, const QString &nat, const QString &filter)
{
    return u"*raw\n:PREROUTING ACCEPT [0:0]\n"_s + raw + u"COMMIT\n*mangle\n"_s +
           u":PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n"_s + mangle +
           u"COMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n"_s + nat +
           u"COMMIT\n*filter\n:INPUT ACCEPT [0:0]\n"_s + filter + u"COMMIT\n"_s;
}

QList<InboundOutcome> evaluate(const QString &save, const QByteArray &ipsets, quint16 port,
                               Protocol protocol)
{
    Firewall firewall;
    firewall.backend = FirewallBackend::IptablesNft;
    firewall.iptables << parseIptablesSave(save.toUtf8(), IpFamily::V4, u"iptables-save"_s).ruleset;
    firewall.ipsets = parseIpsetSave(ipsets);
    InboundQuery query;
    query.protocol = protocol;
    query.destination = ip(u"203.0.113.11"_s);
    query.port = port;
    query.inInterface = u"eth0"_s;
    query.sources = AddressSet::allOf(IpFamily::V4);
    query.localAddresses = {ip(u"203.0.113.11"_s), ip(u"127.0.0.1"_s)};
    return evaluateInbound(firewall, query);
}

QStringList verdicts(const QList<InboundOutcome> &outcomes)
{
    QMap<QString, AddressSet> byVerdict;
    for (const InboundOutcome &o : outcomes)
        byVerdict[toString(o.verdict)] = byVerdict.value(toString(o.verdict)).united(o.sources);
    QStringList lines;
    for (auto it = byVerdict.cbegin(); it != byVerdict.cend(); ++it)
        lines << it.value().toString() + u" => "_s + it.key();
    lines.sort();
    return lines;
}

// "all => drop", "10.0.0.0/8 => drop" (the rest of the sources then accept)
QStringList expected(const QString &row)
{
    const qsizetype arrow = row.indexOf(u" => "_s);
    const QString left = row.left(arrow);
    const QString verdict = row.mid(arrow + 4);
    const AddressSet all = AddressSet::allOf(IpFamily::V4);
    const AddressSet part = left == u"all" ? all : AddressSet::parse(left);
    QStringList lines{part.toString() + u" => "_s + verdict};
    if (part != all)
        lines << all.subtracted(part).toString() + u" => accept"_s;
    lines.sort();
    return lines;
}

} // namespace

class TestIptablesMatch : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
};

void TestIptablesMatch::matches_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QByteArray>("ipsets");
    QTest::addColumn<QString>("result");
    auto row = [](const char *name, const QString &table, const QString &rules,
                  const QString &result, int port = 8265, const QString &protocol = u"tcp"_s,
                  const QByteArray &ipsets = {}) {
        QTest::newRow(name) << table << rules << port << protocol << ipsets << result;
    };
    const QString f = u"filter"_s;
    row("syn", f, u"-A INPUT -p tcp -m tcp --syn -j DROP"_s, u"all => drop"_s);
    row("not syn", f, u"-A INPUT -p tcp -m tcp ! --syn -j DROP"_s, u"all => accept"_s);
    row("flags ALL SYN: ECN?", f, u"-A INPUT -p tcp -m tcp --tcp-flags ALL SYN -j DROP"_s,
        u"all => uncertain"_s);
    row("null scan", f,
        u"-A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j DROP"_s,
        u"all => accept"_s);
    row("udp match on tcp", f, u"-A INPUT -p udp -m udp --dport 8265 -j DROP"_s,
        u"all => accept"_s);
    row("udp packet", f, u"-A INPUT -p udp -m udp --dport 8265 -j DROP"_s, u"all => drop"_s, 8265,
        u"udp"_s);
    row("protocol number", f, u"-A INPUT -p 6 -j DROP"_s, u"all => drop"_s);
    row("icmp", f, u"-A INPUT -p icmp -m icmp --icmp-type 8 -j DROP"_s, u"all => accept"_s);
    row("not icmp", f, u"-A INPUT ! -p icmp -j DROP"_s, u"all => drop"_s);
    row("fragment", f, u"-A INPUT -f -j DROP"_s, u"all => accept"_s);
    row("not fragment", f, u"-A INPUT ! -f -j DROP"_s, u"all => drop"_s);
    row("-o inbound", f, u"-A INPUT -o eth0 -j DROP"_s, u"all => uncertain"_s);
    row("source port", f, u"-A INPUT -p tcp -m tcp --sport 1024:65535 -j DROP"_s,
        u"all => uncertain"_s);
    row("source port, other dport", f,
        u"-A INPUT -p tcp -m tcp --sport 1024:65535 --dport 22 -j DROP"_s, u"all => accept"_s);
    row("multiport --ports dport", f, u"-A INPUT -p tcp -m multiport --ports 8265 -j DROP"_s,
        u"all => drop"_s);
    row("multiport --ports other", f, u"-A INPUT -p tcp -m multiport --ports 22 -j DROP"_s,
        u"all => uncertain"_s);
    row("ctstate INVALID in raw", u"raw"_s,
        u"-A PREROUTING -m conntrack --ctstate INVALID -j DROP"_s, u"all => drop"_s);
    row("ctstate NEW in raw", u"raw"_s, u"-A PREROUTING -m state --state NEW -j DROP"_s,
        u"all => accept"_s);
    row("ctorigdst", f, u"-A INPUT -m conntrack --ctorigdst 203.0.113.11 -j DROP"_s,
        u"all => drop"_s);
    row("ctorigdstport", f, u"-A INPUT -m conntrack --ctorigdstport 80 -j DROP"_s,
        u"all => accept"_s);
    row("ctorigsrc splits", f, u"-A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 -j DROP"_s,
        u"10.0.0.0/8 => drop"_s);
    row("ctstatus", f, u"-A INPUT -m conntrack --ctstatus ASSURED -j DROP"_s, u"all => accept"_s);
    row("ctexpire", f, u"-A INPUT -m conntrack --ctexpire 1:100 -j DROP"_s, u"all => uncertain"_s);
    row("ctstate DNAT without NAT", f, u"-A INPUT -m conntrack --ctstate DNAT -j DROP"_s,
        u"all => accept"_s);
    row("connmark saved from mark", u"mangle"_s,
        u"-A PREROUTING -j MARK --set-xmark 0x5/0xffffffff\n"
        u"-A PREROUTING -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff\n"
        u"-A INPUT -m connmark --mark 0x5 -j DROP"_s,
        u"all => drop"_s);
    row("connmark before conntrack", u"raw"_s,
        u"-A PREROUTING -j CONNMARK --set-xmark 0x1/0xffffffff\n"
        u"-A PREROUTING -m connmark --mark 0x0 -j DROP"_s,
        u"all => accept"_s);
    row("mark mask", u"mangle"_s,
        u"-A PREROUTING -j MARK --set-xmark 0x4000/0x4000\n"
        u"-A INPUT -m mark ! --mark 0x4000/0x4000 -j DROP"_s,
        u"all => accept"_s);
    row("fresh mark is 0", f, u"-A INPUT -m mark --mark 0x1 -j DROP"_s, u"all => accept"_s);
    const QString unicast = AddressSet::allOf(IpFamily::V4)
                                .subtracted(AddressSet::parse(u"127.0.0.0/8, 203.0.113.11, "
                                                              u"224.0.0.0/4, 0.0.0.0/8, "
                                                              u"255.255.255.255"_s))
                                .toString();
    row("src-type UNICAST", f, u"-A INPUT -m addrtype --src-type UNICAST -j DROP"_s,
        unicast + u" => drop"_s);
    row("dst-type by route", f, u"-A INPUT -m addrtype --dst-type BLACKHOLE -j DROP"_s,
        u"all => accept"_s);
    row("pkttype unicast", f, u"-A INPUT -m pkttype --pkt-type unicast -j DROP"_s,
        u"all => drop"_s);
    row("pkttype multicast", f, u"-A INPUT -m pkttype --pkt-type multicast -j DROP"_s,
        u"all => accept"_s);
    row("statistic, same either way", f,
        u"-A INPUT -m statistic --mode nth --every 2 --packet 0 -j DROP\n-A INPUT -j DROP"_s,
        u"all => drop"_s);
    row("unknown target", f, u"-A INPUT -p tcp -j TARPIT"_s, u"all => uncertain"_s);
    row("NFQUEUE", f, u"-A INPUT -j NFQUEUE --queue-num 1"_s, u"all => uncertain"_s);
    row("unknown module", f, u"-A INPUT -m foo --bar 1 -j DROP"_s, u"all => uncertain"_s);
    row("physdev", f, u"-A INPUT -m physdev --physdev-in veth0 -j DROP"_s, u"all => uncertain"_s);
    row("socket", f, u"-A INPUT -m socket -j DROP"_s, u"all => uncertain"_s);
    const QByteArray sets = "create v6 hash:net family inet6\nadd v6 fd00::/8\n"
                            "create pairs hash:ip,port family inet\nadd pairs 10.0.0.1,tcp:8265\n"
                            "create ports bitmap:port range 0-65535\nadd ports 8265\n";
    row("ipset of the other family", f, u"-A INPUT -m set --match-set v6 src -j DROP"_s,
        u"all => accept"_s, 8265, u"tcp"_s, sets);
    row("ipset of the other family, negated", f, u"-A INPUT -m set ! --match-set v6 src -j DROP"_s,
        u"all => drop"_s, 8265, u"tcp"_s, sets);
    row("ipset with too few flags", f, u"-A INPUT -m set --match-set pairs src -j DROP"_s,
        u"all => accept"_s, 8265, u"tcp"_s, sets);
    row("ipset ip,port", f, u"-A INPUT -m set --match-set pairs src,dst -j DROP"_s,
        u"10.0.0.1 => drop"_s, 8265, u"tcp"_s, sets);
    row("ipset ip,port other protocol", f, u"-A INPUT -m set --match-set pairs src,dst -j DROP"_s,
        u"all => accept"_s, 8265, u"udp"_s, sets);
    row("ipset bitmap:port any protocol", f, u"-A INPUT -m set --match-set ports dst -j DROP"_s,
        u"all => drop"_s, 8265, u"udp"_s, sets);
    row("DNAT range, none local", u"nat"_s,
        u"-A PREROUTING -j DNAT --to-destination 10.0.0.3-10.0.0.9"_s, u"all => drop"_s);
    row("DNAT port range", u"nat"_s,
        u"-A PREROUTING -j DNAT --to-destination 203.0.113.11:9000-9010"_s, u"all => uncertain"_s);
    row("DNAT port only", u"nat"_s, u"-A PREROUTING -j DNAT --to-destination :22"_s,
        u"all => accept"_s);
    row("REDIRECT port range", u"nat"_s, u"-A PREROUTING -j REDIRECT --to-ports 9000-9010"_s,
        u"all => uncertain"_s);
    row("NETMAP to another net", u"nat"_s, u"-A PREROUTING -j NETMAP --to 198.51.100.0/24"_s,
        u"all => drop"_s);
    row("NETMAP onto itself", u"nat"_s, u"-A PREROUTING -j NETMAP --to 203.0.113.0/24"_s,
        u"all => accept"_s);
}

void TestIptablesMatch::matches()
{
    QFETCH(QString, table);
    QFETCH(QString, rules);
    QFETCH(int, port);
    QFETCH(QString, protocol);
    QFETCH(QByteArray, ipsets);
    QFETCH(QString, result);
    const QString lines = rules + u'\n';
    const QString save =
        saveOf(table == u"raw" ? lines : QString(), table == u"mangle" ? lines : QString(),
               table == u"nat" ? lines : QString(), table == u"filter" ? lines : QString());
    const QList<InboundOutcome> outcomes =
        evaluate(save, ipsets, quint16(port), *protocolFromString(protocol));
    QCOMPARE(verdicts(outcomes), expected(result));
    for (const InboundOutcome &o : outcomes) {
        if (o.verdict == Verdict::Uncertain)
            QVERIFY2(o.uncertainty.contains(u"line "_s), qPrintable(o.uncertainty));
    }
}

QTEST_GUILESS_MAIN(TestIptablesMatch)
#include "tst_iptablesmatch.moc"
