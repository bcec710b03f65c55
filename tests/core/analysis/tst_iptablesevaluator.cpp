// Tests for the iptables evaluator (core/analysis/iptables*.cpp) through
// evaluateInbound(): small iptables-save rulesets and the partition of the
// sources they give, with the deciding rule lines. Covers rule order, jumps and
// RETURN, goto, policies, conntrack, negation, interfaces, multiport, DNAT,
// REDIRECT, ipset, iprange, addrtype, marks, notrack and undecidable matches.
// Expected rows read "SOURCES => verdict @lines [-> destination:port]", where
// SOURCES may say "A except B plus C" and a policy shows as policy-DROP.

#include "analysis/packetpath.h"
#include "parse/ipset.h"
#include "parse/iptablessave.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

IpAddress ip(const QString &text)
{
    return *IpAddress::parse(text);
}

Firewall firewallOf(const QString &save, const QByteArray &ipsets = {})
{
    Firewall firewall;
    firewall.backend = FirewallBackend::IptablesNft;
    firewall.iptables << parseIptablesSave(save.toUtf8(), IpFamily::V4, u"iptables-save"_s).ruleset;
    firewall.ipsets = parseIpsetSave(ipsets);
    return firewall;
}

InboundQuery queryFor(quint16 port, const QString &protocol = u"tcp"_s,
                      const QString &interface = u"eth0"_s)
{
    InboundQuery query;
    query.protocol = *protocolFromString(protocol);
    query.destination = ip(u"203.0.113.11"_s);
    query.port = port;
    query.inInterface = interface;
    query.sources = AddressSet::allOf(IpFamily::V4);
    query.localAddresses = {ip(u"203.0.113.11"_s), ip(u"10.77.0.11"_s), ip(u"127.0.0.1"_s)};
    query.localInterfaces = {u"lo"_s, u"eth0"_s, u"eth1"_s};
    return query;
}

// "all", "10.0.0.0/8 except 10.66.0.0/16 plus 10.66.1.0/24"
AddressSet sourcesOf(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    AddressSet set;
    QString op = u"plus"_s;
    QString operand;
    auto apply = [&] {
        const AddressSet value = operand.trimmed() == u"all" ? AddressSet::allOf(IpFamily::V4)
                                                             : AddressSet::parse(operand);
        set = op == u"plus" ? set.united(value) : set.subtracted(value);
        operand.clear();
    };
    for (const QString &word : words) {
        if (word == u"except" || word == u"plus") {
            apply();
            op = word;
        } else {
            operand += word + u' ';
        }
    }
    apply();
    return set;
}

QString describe(const InboundOutcome &outcome, const InboundQuery &query)
{
    QStringList lines;
    for (const RuleStep &step : outcome.path)
        lines << (step.line == 0 ? QString(step.text).replace(u' ', u'-')
                                 : QString::number(step.line));
    QString text = outcome.sources.toString() + u" => "_s + toString(outcome.verdict) + u" @"_s +
                   lines.join(u',');
    if (outcome.destination != query.destination || outcome.port != query.port)
        text += u" -> "_s + outcome.destination.toString() + u':' + QString::number(outcome.port);
    return text;
}

QString canonical(const QString &expected)
{
    const qsizetype arrow = expected.indexOf(u" => "_s);
    return sourcesOf(expected.left(arrow)).toString() + expected.mid(arrow);
}

// iptables-save texts; the comments give the line numbers the rows refer to.
const QString kDropFirst = uR"(*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp -m tcp --dport 8265 -j DROP
-A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j ACCEPT
COMMIT
)"_s;

const QString kAcceptFirst = uR"(*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j ACCEPT
-A INPUT -p tcp -m tcp --dport 8265 -j DROP
COMMIT
)"_s;

const QString kJump = uR"(*filter
:INPUT DROP [0:0]
:RAY - [0:0]
-A INPUT -p tcp -m tcp --dport 8265 -j RAY
-A INPUT -s 172.16.0.0/12 -j ACCEPT
-A RAY -s 10.0.0.0/8 -j ACCEPT
-A RAY -s 172.16.0.0/12 -j RETURN
-A RAY -j REJECT --reject-with tcp-reset
COMMIT
)"_s;

const QString kGoto = uR"(*filter
:INPUT ACCEPT [0:0]
:A - [0:0]
:B - [0:0]
-A INPUT -j A
-A INPUT -s 10.0.0.0/8 -j ACCEPT
-A INPUT -j DROP
-A A -s 10.0.0.0/7 -g B
-A A -j DROP
-A B -s 11.0.0.0/8 -j REJECT
-A B -j RETURN
COMMIT
)"_s;

const QString kAllowList = uR"(*filter
:INPUT DROP [0:0]
-A INPUT -s 10.0.0.0/8 -j ACCEPT
-A INPUT -s 192.168.1.0/24 -p tcp -m tcp --dport 8265 -j ACCEPT
COMMIT
)"_s;

const QString kConntrack = uR"(*filter
:INPUT DROP [0:0]
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -m conntrack --ctstate INVALID -j DROP
-A INPUT -p tcp -m tcp --dport 8265 -m conntrack --ctstate NEW -j ACCEPT
COMMIT
)"_s;

const QString kNegated = uR"(*filter
:INPUT ACCEPT [0:0]
-A INPUT ! -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j DROP
COMMIT
)"_s;

const QString kInterfaces = uR"(*filter
:INPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -i eth1 -p tcp -m tcp --dport 8265 -j DROP
-A INPUT ! -i eth+ -j REJECT
COMMIT
)"_s;

const QString kMultiport = uR"(*filter
:INPUT DROP [0:0]
-A INPUT -p tcp -m multiport ! --dports 1024:65535 -j REJECT
-A INPUT -p tcp -m multiport --dports 22,6379,10001:19999 -j ACCEPT
COMMIT
)"_s;

const QString kNatHeader = uR"(*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
)"_s;

// nat rule on line 6; filter: 80 on line 10, 8265 after DNAT on line 11.
const QString kNatFilter = uR"(COMMIT
*filter
:INPUT DROP [0:0]
-A INPUT -p tcp -m tcp --dport 80 -j ACCEPT
-A INPUT -p tcp -m tcp --dport 8265 -m conntrack --ctstate DNAT -j ACCEPT
COMMIT
)"_s;

const QString kDnatLocal = kNatHeader +
                           u"-A PREROUTING -i eth0 -p tcp -m tcp --dport 80 -j DNAT "
                           u"--to-destination 203.0.113.11:8265\n"_s +
                           kNatFilter;
const QString kDnatRemote = kNatHeader +
                            u"-A PREROUTING -p tcp -m tcp --dport 8265 -j DNAT "
                            u"--to-destination 10.0.0.3:8265\n"_s +
                            kNatFilter;
const QString kRedirect = kNatHeader +
                          u"-A PREROUTING -i eth0 -p tcp -m tcp --dport 80 -j REDIRECT "
                          u"--to-ports 8265\n"_s +
                          kNatFilter;

const QString kIpset = uR"(*filter
:INPUT DROP [0:0]
-A INPUT -p tcp -m tcp --dport 8265 -m set --match-set ray-clients src -j ACCEPT
-A INPUT -p tcp -m tcp --dport 6379 -m set --match-set ray-ports src,dst -j ACCEPT
COMMIT
)"_s;

const QByteArray kIpsets = "create ray-clients hash:net family inet hashsize 1024\n"
                           "add ray-clients 10.0.0.0/8\n"
                           "add ray-clients 10.66.0.0/16 nomatch\n"
                           "add ray-clients 10.66.1.0/24\n"
                           "create ray-ports hash:ip,port family inet hashsize 1024\n"
                           "add ray-ports 192.168.1.5,tcp:6379\n"
                           "add ray-ports 192.168.1.6,udp:6379\n";

const QString kIprange = uR"(*filter
:INPUT DROP [0:0]
-A INPUT -m iprange --src-range 172.16.0.10-172.16.0.20 -j ACCEPT
-A INPUT -m iprange ! --dst-range 203.0.113.0-203.0.113.100 -j ACCEPT
COMMIT
)"_s;

const QString kAddrtype = uR"(*filter
:INPUT ACCEPT [0:0]
-A INPUT -m addrtype ! --dst-type LOCAL -j DROP
-A INPUT -m addrtype --src-type LOCAL -j ACCEPT
-A INPUT -p tcp -m tcp --dport 8265 -j REJECT
COMMIT
)"_s;

const QString kUndecidable = uR"(*filter
:INPUT DROP [0:0]
-A INPUT -p tcp -m tcp --dport 8265 -m recent --update --seconds 60 --name ray -j DROP
-A INPUT -p tcp -m tcp --dport 8265 -j ACCEPT
COMMIT
)"_s;

const QString kHarmless = uR"(*filter
:INPUT ACCEPT [0:0]
-A INPUT -m limit --limit 5/min -j LOG --log-prefix "ray "
-A INPUT -p tcp -m statistic --mode random --probability 0.5 -j DROP
-A INPUT -j DROP
COMMIT
)"_s;

const QString kNotrack = uR"(*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 8265 -j CT --notrack
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -m tcp --dport 8265 -j DNAT --to-destination 10.0.0.3
COMMIT
*filter
:INPUT DROP [0:0]
-A INPUT -p tcp -m tcp --dport 8265 -m conntrack --ctstate NEW -j ACCEPT
-A INPUT -s 10.0.0.0/8 -m state --state UNTRACKED -j ACCEPT
COMMIT
)"_s;

const QString kMark = uR"(*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j MARK --set-xmark 0x1/0xffffffff
COMMIT
*filter
:INPUT DROP [0:0]
-A INPUT -m mark --mark 0x1/0x1 -j ACCEPT
COMMIT
)"_s;

} // namespace

class TestIptablesEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
};

void TestIptablesEvaluator::evaluate_data()
{
    QTest::addColumn<QString>("save");
    QTest::addColumn<QByteArray>("ipsets");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &save, int port, const QStringList &expected,
                  const QString &interface = u"eth0"_s, const QString &protocol = u"tcp"_s,
                  const QByteArray &ipsets = {}) {
        QTest::newRow(name) << save << ipsets << port << protocol << interface << expected;
    };
    row("order: drop first", kDropFirst, 8265, {u"all => drop @3"_s});
    row("order: other port", kDropFirst, 6379, {u"all => accept @policy-ACCEPT"_s});
    row("order: accept first", kAcceptFirst, 8265,
        {u"10.0.0.0/8 => accept @3"_s, u"all except 10.0.0.0/8 => drop @4"_s});
    row("jump and RETURN", kJump, 8265,
        {u"10.0.0.0/8 => accept @4,6"_s, u"172.16.0.0/12 => accept @4,7,5"_s,
         u"all except 10.0.0.0/8 except 172.16.0.0/12 => reject @4,8"_s});
    row("jump not taken", kJump, 6379,
        {u"172.16.0.0/12 => accept @5"_s, u"all except 172.16.0.0/12 => drop @policy-DROP"_s});
    row("goto returns to the caller's caller", kGoto, 22,
        {u"10.0.0.0/8 => accept @5,8,11,6"_s, u"11.0.0.0/8 => reject @5,8,10"_s,
         u"all except 10.0.0.0/7 => drop @5,9"_s});
    row("policy DROP allow-list", kAllowList, 8265,
        {u"10.0.0.0/8 => accept @3"_s, u"192.168.1.0/24 => accept @4"_s,
         u"all except 10.0.0.0/8 except 192.168.1.0/24 => drop @policy-DROP"_s});
    row("conntrack NEW", kConntrack, 8265, {u"all => accept @5"_s});
    row("conntrack other port", kConntrack, 6379, {u"all => drop @policy-DROP"_s});
    row("negated source", kNegated, 8265,
        {u"all except 10.0.0.0/8 => drop @3"_s, u"10.0.0.0/8 => accept @policy-ACCEPT"_s});
    row("interface eth0", kInterfaces, 8265, {u"all => accept @policy-ACCEPT"_s});
    row("interface eth1", kInterfaces, 8265, {u"all => drop @4"_s}, u"eth1"_s);
    row("interface lo", kInterfaces, 8265, {u"all => accept @3"_s}, u"lo"_s);
    row("interface wildcard", kInterfaces, 8265, {u"all => reject @5"_s}, u"docker0"_s);
    row("multiport range", kMultiport, 12345, {u"all => accept @4"_s});
    row("multiport outside", kMultiport, 20000, {u"all => drop @policy-DROP"_s});
    row("multiport negated", kMultiport, 443, {u"all => reject @3"_s});
    row("multiport udp", kMultiport, 12345, {u"all => drop @policy-DROP"_s}, u"eth0"_s, u"udp"_s);
    row("DNAT to the dashboard", kDnatLocal, 80, {u"all => accept @6,11 -> 203.0.113.11:8265"_s});
    row("DNAT: dashboard port itself", kDnatLocal, 8265,
        {u"all => drop @policy-ACCEPT,policy-DROP"_s});
    row("DNAT to another host", kDnatRemote, 8265, {u"all => drop @6 -> 10.0.0.3:8265"_s});
    row("REDIRECT", kRedirect, 80, {u"all => accept @6,11 -> 203.0.113.11:8265"_s});
    row("REDIRECT other interface", kRedirect, 80, {u"all => accept @policy-ACCEPT,10"_s},
        u"eth1"_s);
    row("ipset hash:net with nomatch", kIpset, 8265,
        {u"10.0.0.0/8 except 10.66.0.0/16 plus 10.66.1.0/24 => accept @3"_s,
         u"all except 10.0.0.0/8 plus 10.66.0.0/16 except 10.66.1.0/24 => drop @policy-DROP"_s},
        u"eth0"_s, u"tcp"_s, kIpsets);
    row("ipset hash:ip,port", kIpset, 6379,
        {u"192.168.1.5 => accept @4"_s, u"all except 192.168.1.5 => drop @policy-DROP"_s},
        u"eth0"_s, u"tcp"_s, kIpsets);
    row("iprange", kIprange, 8265,
        {u"172.16.0.10-172.16.0.20 => accept @3"_s,
         u"all except 172.16.0.10-172.16.0.20 => drop @policy-DROP"_s});
    row("addrtype", kAddrtype, 8265,
        {u"127.0.0.0/8, 10.77.0.11, 203.0.113.11 => accept @4"_s,
         u"all except 127.0.0.0/8, 10.77.0.11, 203.0.113.11 => reject @5"_s});
    row("undecidable match", kUndecidable, 8265, {u"all => uncertain @3,4"_s});
    row("undecidable match, port differs", kUndecidable, 6379, {u"all => drop @policy-DROP"_s});
    row("undecidable but same outcome", kHarmless, 8265, {u"all => drop @4,5"_s});
    row("notrack skips nat", kNotrack, 8265,
        {u"10.0.0.0/8 => accept @4,policy-ACCEPT,16"_s,
         u"all except 10.0.0.0/8 => drop @4,policy-ACCEPT,policy-DROP"_s});
    row("mark set in mangle", kMark, 8265,
        {u"10.0.0.0/8 => accept @7,policy-ACCEPT,11"_s,
         u"all except 10.0.0.0/8 => drop @policy-ACCEPT,policy-DROP"_s});
}

void TestIptablesEvaluator::evaluate()
{
    QFETCH(QString, save);
    QFETCH(QByteArray, ipsets);
    QFETCH(int, port);
    QFETCH(QString, protocol);
    QFETCH(QString, interface);
    QFETCH(QStringList, expected);
    const InboundQuery query = queryFor(quint16(port), protocol, interface);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(save, ipsets), query);

    QStringList actual;
    AddressSet covered;
    for (const InboundOutcome &outcome : outcomes) {
        actual << describe(outcome, query);
        QVERIFY2(!covered.intersects(outcome.sources), "outcomes overlap");
        covered = covered.united(outcome.sources);
        QCOMPARE(outcome.uncertainty.isEmpty(), outcome.verdict != Verdict::Uncertain);
    }
    QCOMPARE(covered, query.sources);
    QStringList wanted;
    for (const QString &e : expected)
        wanted << canonical(e);
    actual.sort();
    wanted.sort();
    QCOMPARE(actual, wanted);
}

QTEST_GUILESS_MAIN(TestIptablesEvaluator)
#include "tst_iptablesevaluator.moc"
