// Tests for the native nftables evaluator (core/analysis/nft*), beyond the
// verdict tables of tst_nftevaluator: which base chains nftBaseChains() picks
// beside iptables-nft tables and at which priorities, the rule steps of a path
// (rule, policy, DNAT to another host), the reasons of uncertain verdicts naming
// the rule, ingress chains whose device is unknown, and BaseChain::run() alone.

#include "analysis/packetpath.h"
#include "parse/nftjson.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(PORTOLAN_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(relativePath));
    return file.readAll();
}

// "two-tables" -> analysis/nft/two-tables.json (+ .txt); "parse/nft/firewalld" as given.
NftRuleset loadRuleset(const QString &name, bool withText = true)
{
    const QString base = name.contains(u'/') ? name : u"analysis/nft/"_s + name;
    const NftTextFacts facts =
        withText ? parseNftText(readFixture(base + u".txt"_s)) : NftTextFacts();
    return parseNftJson(readFixture(base + u".json"_s), facts);
}

Firewall firewallOf(const NftRuleset &ruleset)
{
    Firewall firewall;
    firewall.backend = FirewallBackend::Nftables;
    firewall.nftables = ruleset;
    return firewall;
}

InboundQuery queryOf(const QString &destination, int port, const QString &interface,
                     Protocol protocol = Protocol::Tcp)
{
    InboundQuery query;
    query.protocol = protocol;
    query.destination = *IpAddress::parse(destination);
    query.port = quint16(port);
    query.inInterface = interface;
    query.sources = AddressSet::allOf(query.destination.family());
    for (const QString &local : {u"192.0.2.10"_s, u"127.0.0.1"_s, u"2001:db8::10"_s, u"::1"_s})
        query.localAddresses.append(*IpAddress::parse(local));
    query.localInterfaces = {u"lo"_s, u"eth0"_s, u"eth1"_s, u"wg0"_s};
    return query;
}

// The rule whose text starts with `text` (the renderer may add a default burst).
const NftRule &ruleWithText(const NftRuleset &ruleset, const QString &text)
{
    const auto it = std::find_if(ruleset.rules.cbegin(), ruleset.rules.cend(),
                                 [&](const NftRule &rule) { return rule.text.startsWith(text); });
    if (it == ruleset.rules.cend())
        qFatal("no rule %s", qPrintable(text));
    return *it;
}

RuleStep stepOf(const NftRule &rule, const QString &effect)
{
    return RuleStep{
        u"nft"_s, rule.family + u' ' + rule.table, rule.chain, int(rule.handle), rule.text, effect};
}

const InboundOutcome *outcomeContaining(const QList<InboundOutcome> &outcomes,
                                        const QString &address)
{
    const IpAddress probe = *IpAddress::parse(address);
    for (const InboundOutcome &outcome : outcomes) {
        if (outcome.sources.contains(probe))
            return &outcome;
    }
    return nullptr;
}

} // namespace

class TestNftEvaluatorDetails : public QObject
{
    Q_OBJECT

private slots:
    void chainSelection();
    void nativeChainInIptablesNftTable();
    void pathOfAllowListAndPolicy();
    void firewalldPathShowsTheZone();
    void dnatToAnotherHostIsForwarded();
    void uncertainNamesTheRule();
    void ingressWithoutDeviceIsUncertainOnlyWhereItMatters();
    void chainRunPartitionsTheSources();
    void unknownKeysAndStatements_data();
    void unknownKeysAndStatements();
};

void TestNftEvaluatorDetails::chainSelection()
{
    // Native chains beside iptables-nft ones: ip nat PREROUTING and ip/ip6
    // filter INPUT are iptables-nft's; ip nat prerouting was added with nft.
    const Firewall firewall = firewallOf(loadRuleset(u"parse/nft/nftables-host"_s));
    const auto describe = [&](IpFamily family) {
        QStringList names;
        for (const auto &chain : nftBaseChains(firewall, family))
            names.append(chain->name() + u' ' +
                         (chain->hook() == Hook::Input ? u"input"_s : u"prerouting"_s) + u' ' +
                         QString::number(chain->priority()));
        return names;
    };
    const QString ingress = QString::number(std::numeric_limits<int>::min() / 2 - 500);
    QCOMPARE(describe(IpFamily::V4),
             QStringList({u"nft inet filter input input 0"_s, u"nft inet filter early input -150"_s,
                          u"nft inet filter raw_pre prerouting -300"_s,
                          u"nft ip nat prerouting prerouting -100"_s,
                          u"nft netdev edge ingress prerouting "_s + ingress}));
    QCOMPARE(describe(IpFamily::V6),
             QStringList({u"nft inet filter input input 0"_s, u"nft inet filter early input -150"_s,
                          u"nft inet filter raw_pre prerouting -300"_s,
                          u"nft netdev edge ingress prerouting "_s + ingress,
                          u"nft ip6 mangle6 pre prerouting -150"_s}));
    // Docker on iptables-nft: nothing native.
    QVERIFY(nftBaseChains(firewallOf(loadRuleset(u"parse/nft/docker-iptables-nft"_s)), IpFamily::V4)
                .isEmpty());
}

void TestNftEvaluatorDetails::nativeChainInIptablesNftTable()
{
    NftRuleset ruleset = loadRuleset(u"parse/nft/docker-iptables-nft"_s);
    QVERIFY(ruleset.tables.size() > 1 && ruleset.tables[1].managedByIptablesNft);
    const NftTable &table = ruleset.tables[1]; // ip filter
    QCOMPARE(table.name, u"filter"_s);
    NftChain guard{table.family, table.name, u"ray_guard"_s, 99, u"filter"_s,
                   u"input"_s,   -5,         u"accept"_s,    {}, false};
    ruleset.chains.append(guard);
    ruleset.rules.append(NftRule{
        table.family,
        table.name,
        guard.name,
        100,
        uR"([{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":8265}},{"drop":null}])"_s,
        {},
        u"tcp dport 8265 drop"_s});
    const Firewall firewall = firewallOf(ruleset);
    const BaseChainList chains = nftBaseChains(firewall, IpFamily::V4);
    QCOMPARE(chains.size(), 1);
    QCOMPARE(chains[0]->name(), u"nft ip filter ray_guard"_s);
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 8265, u"eth0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewall, query);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(toString(outcomes[0].verdict), u"drop"_s);
    QCOMPARE(outcomes[0].sources, query.sources);
}

void TestNftEvaluatorDetails::pathOfAllowListAndPolicy()
{
    const NftRuleset ruleset = loadRuleset(u"allowlist"_s);
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 8265, u"eth0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(ruleset), query);
    const InboundOutcome *allowed = outcomeContaining(outcomes, u"10.1.2.3"_s);
    const InboundOutcome *denied = outcomeContaining(outcomes, u"8.8.8.8"_s);
    QVERIFY(allowed && denied);
    const NftRule &rule = ruleWithText(ruleset, u"ip saddr @ray_clients tcp dport 8265 accept"_s);
    QCOMPARE(allowed->path, QList<RuleStep>{stepOf(rule, u"accept"_s)});
    const RuleStep policy{u"nft"_s, u"inet filter"_s, u"input"_s, 0, u"policy drop"_s, u"drop"_s};
    QCOMPARE(denied->path, QList<RuleStep>{policy});
    QVERIFY(denied->uncertainty.isEmpty());
}

void TestNftEvaluatorDetails::firewalldPathShowsTheZone()
{
    // Jumps into firewalld's empty per-zone chains decide nothing and are left out.
    const NftRuleset ruleset = loadRuleset(u"parse/nft/firewalld"_s);
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 22, u"eth0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(ruleset), query);
    const InboundOutcome *outcome = outcomeContaining(outcomes, u"8.8.8.8"_s);
    QVERIFY(outcome);
    QStringList steps;
    for (const RuleStep &step : outcome->path)
        steps.append(step.chain + u": "_s + step.text + u" => "_s + step.effect);
    QCOMPARE(steps,
             QStringList(
                 {u"mangle_PREROUTING: policy accept => accept"_s,
                  u"nat_PREROUTING: policy accept => accept"_s,
                  u"filter_PREROUTING: policy accept => accept"_s,
                  u"filter_INPUT: jump filter_INPUT_ZONES => jump filter_INPUT_ZONES"_s,
                  u"filter_INPUT_ZONES: goto filter_IN_public => goto filter_IN_public"_s,
                  u"filter_IN_public: jump filter_IN_public_allow => jump filter_IN_public_allow"_s,
                  u"filter_IN_public_allow: tcp dport 22 accept => accept"_s}));
    QCOMPARE(outcome->path.last(),
             stepOf(ruleWithText(ruleset, u"tcp dport 22 accept"_s), u"accept"_s));
}

void TestNftEvaluatorDetails::dnatToAnotherHostIsForwarded()
{
    const NftRuleset ruleset = loadRuleset(u"nat"_s);
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 81, u"eth0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(ruleset), query);
    QCOMPARE(outcomes.size(), 1);
    const InboundOutcome &outcome = outcomes[0];
    QCOMPARE(toString(outcome.verdict), u"drop"_s);
    QCOMPARE(outcome.destination, *IpAddress::parse(u"10.0.0.99"));
    QCOMPARE(outcome.path.size(), 1);
    const RuleStep &step = outcome.path[0];
    QCOMPARE(step.line,
             int(ruleWithText(ruleset, u"tcp dport 81 dnat to 10.0.0.99:8265"_s).handle));
    QVERIFY2(step.effect.startsWith(u"dnat to 10.0.0.99:8265: "_s), qPrintable(step.effect));
    QVERIFY2(step.effect.contains(u"forwarded"_s), qPrintable(step.effect));
}

void TestNftEvaluatorDetails::uncertainNamesTheRule()
{
    const NftRuleset ruleset = loadRuleset(u"unknown"_s);
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 8265, u"eth0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(ruleset), query);
    QCOMPARE(outcomes.size(), 1);
    const NftRule &rule = ruleWithText(ruleset, u"meta skuid 0 tcp dport 8265 drop"_s);
    const QString &why = outcomes[0].uncertainty;
    QVERIFY2(why.contains(u"handle "_s + QString::number(rule.handle)), qPrintable(why));
    QVERIFY2(why.contains(rule.text) && why.contains(u"inet filter"_s), qPrintable(why));
    QVERIFY2(why.contains(u"meta skuid"_s), qPrintable(why));
    QVERIFY(outcomes[0].path.contains(stepOf(rule, u"uncertain"_s)));

    const NftRuleset limited = loadRuleset(u"limit"_s);
    const QList<InboundOutcome> limitOutcomes = evaluateInbound(firewallOf(limited), query);
    QCOMPARE(limitOutcomes.size(), 1);
    const NftRule &limit = ruleWithText(limited, u"tcp dport 8265 limit rate 10/second"_s);
    QVERIFY2(limitOutcomes[0].uncertainty.contains(u"handle "_s + QString::number(limit.handle)),
             qPrintable(limitOutcomes[0].uncertainty));
    QVERIFY2(limitOutcomes[0].uncertainty.contains(u"limit"_s),
             qPrintable(limitOutcomes[0].uncertainty));
}

void TestNftEvaluatorDetails::ingressWithoutDeviceIsUncertainOnlyWhereItMatters()
{
    // nft 1.0.6 leaves "dev" out of its JSON: without the text listing the device is unknown.
    const NftRuleset ruleset = loadRuleset(u"ingress"_s, false);
    QVERIFY(ruleset.chains[0].device.isEmpty());
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 22, u"wg0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(ruleset), query);
    QCOMPARE(outcomes.size(), 2);
    const InboundOutcome *edge = outcomeContaining(outcomes, u"198.51.100.7"_s);
    const InboundOutcome *other = outcomeContaining(outcomes, u"8.8.8.8"_s);
    QVERIFY(edge && other);
    QCOMPARE(toString(edge->verdict), u"uncertain"_s);
    QCOMPARE(edge->sources, AddressSet::parse(u"198.51.100.0/24"));
    QVERIFY2(edge->uncertainty.contains(u"nft netdev edge ingress"_s),
             qPrintable(edge->uncertainty));
    QCOMPARE(toString(other->verdict), u"accept"_s);
}

void TestNftEvaluatorDetails::chainRunPartitionsTheSources()
{
    const Firewall firewall = firewallOf(loadRuleset(u"vmap"_s));
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 8265, u"eth0"_s);
    const BaseChainList chains = nftBaseChains(firewall, IpFamily::V4);
    QCOMPARE(chains.size(), 1);
    PacketState state;
    state.sources = AddressSet::parse(u"192.168.0.0/16, 198.51.100.0/24, 203.0.113.0/24, 8.8.8.8");
    state.destination = query.destination;
    state.port = query.port;
    const QList<BaseChain::Result> results = chains[0]->run(state, query);
    AddressSet accepted;
    AddressSet dropped;
    for (const BaseChain::Result &result : results) {
        AddressSet &bucket = result.verdict == Verdict::Accept ? accepted : dropped;
        bucket = bucket.united(result.state.sources);
    }
    QCOMPARE(accepted, AddressSet::parse(u"192.168.0.0/16, 198.51.100.0/24"));
    QCOMPARE(dropped, AddressSet::parse(u"203.0.113.0/24, 8.8.8.8"));
}

void TestNftEvaluatorDetails::unknownKeysAndStatements_data()
{
    // Hand-written rules nft itself does not print (newer keys, missing modules).
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("why");
    const QString dport =
        uR"({"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":8265}})"_s;
    QTest::newRow("unknown expression key")
        << u"[{\"match\":{\"op\":\"==\",\"left\":{\"newthing\":{\"key\":\"x\"}},\"right\":1}},"_s +
               dport + u",{\"drop\":null}]"_s
        << u"newthing"_s;
    QTest::newRow("queue") << u"["_s + dport + uR"(,{"queue":{"num":1}}])"_s << u"queue"_s;
    QTest::newRow("xt") << u"["_s + dport +
                               uR"(,{"xt":{"type":"match","name":"recent"}},{"accept":null}])"_s
                        << u"xt"_s;
    QTest::newRow("unreadable JSON") << u"[{\"match\":"_s << u"JSON"_s;
}

void TestNftEvaluatorDetails::unknownKeysAndStatements()
{
    QFETCH(QString, expr);
    QFETCH(QString, why);
    NftRuleset ruleset;
    ruleset.tables.append(NftTable{u"inet"_s, u"t"_s, 1, false});
    ruleset.chains.append(NftChain{
        u"inet"_s, u"t"_s, u"input"_s, 1, u"filter"_s, u"input"_s, 0, u"accept"_s, {}, false});
    ruleset.rules.append(NftRule{u"inet"_s, u"t"_s, u"input"_s, 42, expr, {}, u"(rule 42)"_s});
    const InboundQuery query = queryOf(u"192.0.2.10"_s, 8265, u"eth0"_s);
    const QList<InboundOutcome> outcomes = evaluateInbound(firewallOf(ruleset), query);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(toString(outcomes[0].verdict), u"uncertain"_s);
    const QString &reason = outcomes[0].uncertainty;
    QVERIFY2(reason.contains(u"handle 42 ((rule 42))"_s) && reason.contains(why),
             qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestNftEvaluatorDetails)
#include "tst_nftevaluatordetails.moc"
