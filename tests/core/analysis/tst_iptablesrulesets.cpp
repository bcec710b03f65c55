// Tests for the iptables evaluator on real rulesets (docker, kube-proxy, ufw,
// the plain fixtures, a lab node with REDIRECT), legacy and nf_tables rulesets
// side by side, IPv6 kept apart from IPv4, the base chain list, and what the
// outcomes say: uncertainty naming the rule, effects, an unreadable firewall.

#include "analysis/packetpath.h"
#include "parse/ipset.h"
#include "parse/iptablessave.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

IpAddress ip(const QString &text)
{
    return *IpAddress::parse(text);
}

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(PORTOLAN_FIXTURES_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

IptablesRuleset rulesetOf(const QByteArray &save, IpFamily family = IpFamily::V4,
                          const QString &source = u"iptables-save"_s)
{
    return parseIptablesSave(save, family, source).ruleset;
}

Firewall firewallOf(const QList<IptablesRuleset> &rulesets, const QByteArray &ipsets = {})
{
    Firewall firewall;
    firewall.backend = FirewallBackend::IptablesNft;
    firewall.iptables = rulesets;
    firewall.ipsets = parseIpsetSave(ipsets);
    return firewall;
}

InboundQuery queryFor(quint16 port, const QString &protocol = u"tcp"_s,
                      const QString &interface = u"eth0"_s,
                      const QString &destination = u"203.0.113.11"_s)
{
    InboundQuery query;
    query.protocol = *protocolFromString(protocol);
    query.destination = ip(destination);
    query.port = port;
    query.inInterface = interface;
    query.sources = AddressSet::allOf(query.destination.family());
    query.localAddresses = {ip(destination), ip(u"10.77.0.11"_s), ip(u"127.0.0.1"_s), ip(u"::1"_s)};
    return query;
}

// "SOURCES => verdict" per verdict (whatever the paths), sorted.
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

QStringList expect(const QList<std::pair<AddressSet, QString>> &rows)
{
    QStringList lines;
    for (const auto &[set, verdict] : rows)
        lines << set.toString() + u" => "_s + verdict;
    lines.sort();
    return lines;
}

AddressSet all4()
{
    return AddressSet::allOf(IpFamily::V4);
}

AddressSet set(const QString &text)
{
    return AddressSet::parse(text);
}

const IptablesRuleset &plainV4()
{
    static const IptablesRuleset ruleset = rulesetOf(readFixture(u"parse/iptables/plain-v4.txt"_s));
    return ruleset;
}

} // namespace

class TestIptablesRulesets : public QObject
{
    Q_OBJECT

private slots:
    void docker();
    void kubeProxy();
    void ufw();
    void plainWithUnknownSet();
    void plainWithSet();
    void labRedirect();
    void legacyAndNft();
    void natBindsOnce();
    void ipv6Separate();
    void baseChains();
    void uncertaintyNamesTheRule();
    void dnatToLoopback();
    void unreadableFirewall();
};

void TestIptablesRulesets::docker()
{
    const Firewall fw = firewallOf({rulesetOf(readFixture(u"parse/iptables/docker.txt"_s))});
    const QList<InboundOutcome> published = evaluateInbound(fw, queryFor(8265));
    QCOMPARE(published.size(), 1);
    QCOMPARE(toString(published[0].verdict), u"drop"_s);
    QCOMPARE(published[0].destination, ip(u"172.17.0.2"_s));
    QCOMPARE(published[0].port, quint16(8265));
    QVERIFY(published[0].path.last().effect.contains(u"forwarded"_s));
    QCOMPARE(published[0].path.last().table, u"nat"_s);
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(6379))), expect({{all4(), u"accept"_s}}));
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(8265, u"tcp"_s, u"docker0"_s))),
             expect({{all4(), u"accept"_s}}));
}

void TestIptablesRulesets::kubeProxy()
{
    const Firewall fw = firewallOf({rulesetOf(readFixture(u"parse/iptables/kube-proxy.txt"_s))});
    QElapsedTimer timer;
    timer.start();
    const QList<InboundOutcome> nodePort = evaluateInbound(fw, queryFor(30265));
    qInfo("kube-proxy node port evaluated in %lld ms", timer.elapsed());
    QCOMPARE(verdicts(nodePort), expect({{all4(), u"drop"_s}}));
    QCOMPARE(nodePort[0].destination, ip(u"10.244.9.9"_s));
    QCOMPARE(nodePort[0].port, quint16(8080));
    QVERIFY(nodePort[0].path.last().effect.contains(u"forwarded"_s));
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(8265))), expect({{all4(), u"accept"_s}}));
}

void TestIptablesRulesets::ufw()
{
    const Firewall fw = firewallOf({rulesetOf(readFixture(u"parse/iptables/ufw-v4.txt"_s))});
    const QList<InboundOutcome> redis = evaluateInbound(fw, queryFor(6379));
    QCOMPARE(verdicts(redis), expect({{set(u"10.0.0.0/8"_s), u"accept"_s},
                                      {all4().subtracted(set(u"10.0.0.0/8"_s)), u"drop"_s}}));
    for (const InboundOutcome &o : redis) {
        if (o.verdict == Verdict::Accept)
            QCOMPARE(o.path.last().line, 101);
        else
            QCOMPARE(o.path.last().text, u"policy DROP"_s);
    }
    const QList<InboundOutcome> dashboard = evaluateInbound(fw, queryFor(8265));
    QCOMPARE(verdicts(dashboard), expect({{all4(), u"drop"_s}}));
    QCOMPARE(dashboard[0].path.last().line, 103);
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(22))), expect({{all4(), u"accept"_s}}));
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(8265, u"tcp"_s, u"lo"_s))),
             expect({{all4(), u"accept"_s}}));
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(137, u"udp"_s))), expect({{all4(), u"drop"_s}}));
}

void TestIptablesRulesets::plainWithUnknownSet()
{
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf({plainV4()}), queryFor(8265));
    const AddressSet lan = set(u"192.168.0.0/16"_s);
    const AddressSet tenNet = set(u"10.0.0.0/8"_s);
    QCOMPARE(verdicts(outcomes),
             expect({{tenNet, u"accept"_s},
                     {lan, u"uncertain"_s},
                     {all4().subtracted(tenNet).subtracted(lan), u"reject"_s}}));
    for (const InboundOutcome &o : outcomes) {
        if (o.verdict == Verdict::Uncertain) {
            QVERIFY2(o.uncertainty.contains(u"line 31"_s), qPrintable(o.uncertainty));
            QVERIFY2(o.uncertainty.contains(u"trusted"_s), qPrintable(o.uncertainty));
        }
        if (o.verdict == Verdict::Reject)
            QCOMPARE(o.path.last().effect, u"REJECT --reject-with icmp-port-unreachable"_s);
        if (o.verdict == Verdict::Accept) // mangle MARK, then jump RAY, state NEW
            QCOMPARE(o.path.last().line, 37);
    }
}

void TestIptablesRulesets::plainWithSet()
{
    const QByteArray ipsets = "create trusted hash:ip,port family inet\n"
                              "add trusted 192.168.1.1,tcp:8265\n";
    const QList<InboundOutcome> outcomes =
        evaluateInbound(firewallOf({plainV4()}, ipsets), queryFor(8265));
    const AddressSet lan = set(u"192.168.0.0/16"_s);
    const AddressSet trusted = set(u"192.168.1.1"_s);
    const AddressSet tenNet = set(u"10.0.0.0/8"_s);
    QCOMPARE(verdicts(outcomes),
             expect({{tenNet.united(trusted), u"accept"_s},
                     {lan.subtracted(trusted), u"drop"_s},
                     {all4().subtracted(tenNet).subtracted(lan), u"reject"_s}}));
}

void TestIptablesRulesets::labRedirect()
{
    const Firewall fw =
        firewallOf({rulesetOf(readFixture(u"collect/lab-basic/worker-v6/iptables-save.stdout"_s))});
    const QList<InboundOutcome> web =
        evaluateInbound(fw, queryFor(80, u"tcp"_s, u"eth0"_s, u"203.0.113.14"_s));
    QCOMPARE(verdicts(web), expect({{all4(), u"accept"_s}}));
    QCOMPARE(web[0].port, quint16(8265));
    QCOMPARE(web[0].path.first().effect, u"REDIRECT to 203.0.113.14:8265"_s);
    const QList<InboundOutcome> direct =
        evaluateInbound(fw, queryFor(8265, u"tcp"_s, u"eth0"_s, u"203.0.113.14"_s));
    const AddressSet lab = set(u"10.77.0.0/24"_s);
    QCOMPARE(verdicts(direct), expect({{lab, u"accept"_s}, {all4().subtracted(lab), u"drop"_s}}));
}

void TestIptablesRulesets::legacyAndNft()
{
    // nf_tables accepts 6379 from 10/8 only; legacy (docker) accepts it from
    // everywhere but publishes 8265 to a container. A packet must pass both.
    const IptablesRuleset nft = rulesetOf(readFixture(u"parse/iptables/mixed-nft.txt"_s));
    const IptablesRuleset legacy = rulesetOf(readFixture(u"parse/iptables/mixed-legacy.txt"_s),
                                             IpFamily::V4, u"iptables-legacy-save"_s);
    QCOMPARE(legacy.variant, u"legacy"_s);
    const Firewall fw = firewallOf({nft, legacy, legacy}); // collected twice: counted once
    const QList<InboundOutcome> redis = evaluateInbound(fw, queryFor(6379));
    const AddressSet tenNet = set(u"10.0.0.0/8"_s);
    QCOMPARE(verdicts(redis),
             expect({{tenNet, u"accept"_s}, {all4().subtracted(tenNet), u"drop"_s}}));
    for (const InboundOutcome &o : redis) {
        QStringList backends;
        for (const RuleStep &step : o.path)
            backends << step.backend;
        QVERIFY2(backends.contains(u"iptables"_s), qPrintable(backends.join(u' ')));
        if (o.verdict == Verdict::Accept) // passed the legacy nat chain too
            QVERIFY2(backends.contains(u"iptables-legacy"_s), qPrintable(backends.join(u' ')));
    }
    const QList<InboundOutcome> dashboard = evaluateInbound(fw, queryFor(8265));
    QCOMPARE(verdicts(dashboard), expect({{all4(), u"drop"_s}}));
    QCOMPARE(dashboard[0].path.last().backend, u"iptables-legacy"_s);
}

void TestIptablesRulesets::natBindsOnce()
{
    const QByteArray nat = "*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n"
                           "-A PREROUTING -p tcp -m tcp --dport 80 -j %1\nCOMMIT\n";
    const IptablesRuleset nft =
        rulesetOf(QByteArray(nat).replace("%1", "REDIRECT --to-ports 8265"));
    IptablesRuleset legacy =
        rulesetOf(QByteArray(nat).replace("%1", "DNAT --to-destination 10.0.0.3"));
    legacy.variant = u"legacy"_s;
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf({nft, legacy}), queryFor(80));
    QCOMPARE(verdicts(outcomes), expect({{all4(), u"accept"_s}}));
    QCOMPARE(outcomes[0].port, quint16(8265));
    QCOMPARE(outcomes[0].path.size(), 1);
}

void TestIptablesRulesets::ipv6Separate()
{
    const IptablesRuleset v4 = rulesetOf("*filter\n:INPUT DROP [0:0]\nCOMMIT\n");
    const IptablesRuleset v6 =
        rulesetOf(readFixture(u"parse/iptables/plain-v6.txt"_s), IpFamily::V6, u"ip6tables-save"_s);
    const Firewall fw = firewallOf({v4, v6});
    const QList<InboundOutcome> outcomes =
        evaluateInbound(fw, queryFor(8265, u"tcp"_s, u"eth0"_s, u"2001:db8:1::11"_s));
    const AddressSet ula = set(u"fd00::/8"_s);
    QCOMPARE(verdicts(outcomes),
             expect({{ula, u"accept"_s},
                     {AddressSet::allOf(IpFamily::V6).subtracted(ula), u"reject"_s}}));
    for (const InboundOutcome &o : outcomes) {
        QCOMPARE(o.path.last().backend, u"ip6tables"_s);
        QCOMPARE(o.path.last().line, o.verdict == Verdict::Accept ? 9 : 11);
        if (o.verdict == Verdict::Reject)
            QCOMPARE(o.path.last().effect, u"REJECT --reject-with tcp-reset"_s);
    }
    QCOMPARE(verdicts(evaluateInbound(fw, queryFor(8265))), expect({{all4(), u"drop"_s}}));
}

void TestIptablesRulesets::baseChains()
{
    const BaseChainList chains = iptablesBaseChains(firewallOf({plainV4()}), IpFamily::V4);
    QStringList names;
    for (const auto &chain : chains)
        names << chain->name() + u' ' + QString::number(chain->priority()) +
                     (chain->hook() == Hook::Prerouting ? u" prerouting"_s : u" input"_s);
    QCOMPARE(names, QStringList({u"iptables mangle PREROUTING -150 prerouting"_s,
                                 u"iptables mangle INPUT -150 input"_s,
                                 u"iptables raw PREROUTING -300 prerouting"_s,
                                 u"iptables filter INPUT 0 input"_s}));
    QVERIFY(iptablesBaseChains(firewallOf({plainV4()}), IpFamily::V6).isEmpty());
}

void TestIptablesRulesets::uncertaintyNamesTheRule()
{
    const IptablesRuleset ruleset =
        rulesetOf("*filter\n:INPUT DROP [0:0]\n"
                  "-A INPUT -p tcp -m tcp --dport 8265 -m hashlimit --hashlimit-above 5/sec "
                  "--hashlimit-name ray -j DROP\n"
                  "-A INPUT -p tcp -m tcp --dport 8265 -j ACCEPT\nCOMMIT\n");
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf({ruleset}), queryFor(8265));
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(toString(outcomes[0].verdict), u"uncertain"_s);
    QVERIFY2(outcomes[0].uncertainty.contains(u"line 3"_s), qPrintable(outcomes[0].uncertainty));
    QVERIFY2(outcomes[0].uncertainty.contains(u"hashlimit"_s), qPrintable(outcomes[0].uncertainty));
    QVERIFY(outcomes[0].path.first().effect.startsWith(u"cannot decide"_s));
}

void TestIptablesRulesets::dnatToLoopback()
{
    const IptablesRuleset ruleset =
        rulesetOf("*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n"
                  "-A PREROUTING -p tcp -m tcp --dport 8265 -j DNAT --to-destination "
                  "127.0.0.1:8265\nCOMMIT\n");
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf({ruleset}), queryFor(8265));
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(toString(outcomes[0].verdict), u"uncertain"_s);
    QCOMPARE(outcomes[0].destination, ip(u"127.0.0.1"_s));
    QVERIFY2(outcomes[0].uncertainty.contains(u"route_localnet"_s),
             qPrintable(outcomes[0].uncertainty));
}

void TestIptablesRulesets::unreadableFirewall()
{
    Firewall fw = firewallOf({plainV4()});
    fw.backend = FirewallBackend::Unknown;
    fw.errors << u"iptables-save: permission denied"_s;
    const InboundQuery query = queryFor(8265);
    const QList<InboundOutcome> outcomes = evaluateInbound(fw, query);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(toString(outcomes[0].verdict), u"uncertain"_s);
    QCOMPARE(outcomes[0].sources, query.sources);
    QVERIFY(outcomes[0].uncertainty.contains(u"permission denied"_s));
    QCOMPARE(toString(Verdict::Reject), u"reject"_s);
}

QTEST_GUILESS_MAIN(TestIptablesRulesets)
#include "tst_iptablesrulesets.moc"
