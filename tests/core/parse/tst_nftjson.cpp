// Tests for core/parse/nftjson: `nft -j list ruleset` of an nftables host
// (named and anonymous sets, intervals, concatenations, a verdict map, base
// chains at several priorities, netdev ingress, iptables-nft tables beside
// native ones), firewalld's ruleset, Docker on iptables-nft, an empty
// ruleset, and broken JSON. Rule texts are checked against nft's own text.

#include "parse/nftjson.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// The rule lines of `nft list ruleset` text, in order, without counters' values.
QStringList textRules(const QByteArray &text)
{
    QStringList rules;
    int depth = 0;
    bool inChain = false;
    bool inSet = false;
    for (const QString &raw : QString::fromUtf8(text).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"chain "))
            inChain = true;
        if (line.startsWith(u"set ") || line.startsWith(u"map ") || line.startsWith(u"counter "))
            inSet = true;
        if (line.endsWith(u'{'))
            ++depth;
        if (line == u"}") {
            --depth;
            inChain = inSet = false;
            continue;
        }
        if (inChain && !inSet && depth == 2 && !line.isEmpty() && !line.endsWith(u'{') &&
            !line.startsWith(u"type "))
            rules.append(line);
    }
    return rules;
}

const NftChain *chain(const NftRuleset &ruleset, const QString &family, const QString &table,
                      const QString &name)
{
    for (const NftChain &c : ruleset.chains) {
        if (c.family == family && c.table == table && c.name == name)
            return &c;
    }
    return nullptr;
}

const NftSet *set(const NftRuleset &ruleset, const QString &name)
{
    for (const NftSet &s : ruleset.sets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList ruleTexts(const NftRuleset &ruleset, const QString &chainName)
{
    QStringList texts;
    for (const NftRule &rule : ruleset.rules) {
        if (rule.chain == chainName)
            texts.append(rule.text);
    }
    return texts;
}

} // namespace

class TestNftJson : public QObject
{
    Q_OBJECT

private slots:
    void nftablesHostTables();
    void nftablesHostChains_data();
    void nftablesHostChains();
    void nftablesHostSets();
    void nftablesHostRules();
    void firewalld();
    void dockerOnIptablesNft();
    void renderingMatchesNftText_data();
    void renderingMatchesNftText();
    void empty();
    void rejects_data();
    void rejects();
};

void TestNftJson::nftablesHostTables()
{
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/nftables-host.json"_s));
    QStringList tables;
    for (const NftTable &t : ruleset.tables)
        tables.append(u"%1 %2 %3"_s.arg(t.family, t.name,
                                        t.managedByIptablesNft ? u"iptables-nft"_s : u"native"_s));
    QCOMPARE(tables, QStringList({u"inet filter native"_s, u"ip nat iptables-nft"_s,
                                  u"netdev edge native"_s, u"ip6 mangle6 native"_s,
                                  u"ip filter iptables-nft"_s, u"ip6 filter iptables-nft"_s}));
    QCOMPARE(ruleset.chains.size(), 12);
    QCOMPARE(ruleset.rules.size(), 27);
    QVERIFY(!ruleset.isEmpty());
    // nftables 1.0.6 leaves "dev" out of JSON; only the text output names it.
    QCOMPARE(chain(ruleset, u"netdev"_s, u"edge"_s, u"ingress"_s)->device, QString());
}

void TestNftJson::nftablesHostChains_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // type hook priority policy device managed
    QTest::newRow("input") << u"inet"_s << u"filter"_s << u"input"_s
                           << u"filter input 0 drop  native"_s;
    QTest::newRow("early") << u"inet"_s << u"filter"_s << u"early"_s
                           << u"filter input -150 accept  native"_s;
    QTest::newRow("raw") << u"inet"_s << u"filter"_s << u"raw_pre"_s
                         << u"filter prerouting -300 accept  native"_s;
    QTest::newRow("regular") << u"inet"_s << u"filter"_s << u"ray_dashboard"_s << u"  0   native"_s;
    QTest::newRow("native in iptables table")
        << u"ip"_s << u"nat"_s << u"prerouting"_s << u"nat prerouting -100 accept  native"_s;
    QTest::newRow("iptables chain")
        << u"ip"_s << u"nat"_s << u"PREROUTING"_s << u"nat prerouting -100 accept  iptables-nft"_s;
    QTest::newRow("netdev") << u"netdev"_s << u"edge"_s << u"ingress"_s
                            << u"filter ingress -500 accept eth0 native"_s;
    QTest::newRow("ip6 iptables") << u"ip6"_s << u"filter"_s << u"INPUT"_s
                                  << u"filter input 0 accept  iptables-nft"_s;
}

void TestNftJson::nftablesHostChains()
{
    QFETCH(QString, family);
    QFETCH(QString, table);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/nftables-host.json"_s),
                                            parseNftText(readFixture(u"nft/nftables-host.txt"_s)));
    const NftChain *c = chain(ruleset, family, table, name);
    QVERIFY(c);
    QCOMPARE(u"%1 %2 %3 %4 %5 %6"_s.arg(c->type, c->hook, QString::number(c->priority), c->policy,
                                        c->device,
                                        c->managedByIptablesNft ? u"iptables-nft"_s : u"native"_s),
             expected);
    QCOMPARE(c->isBaseChain(), !c->hook.isEmpty());
}

void TestNftJson::nftablesHostSets()
{
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/nftables-host.json"_s));
    QCOMPARE(ruleset.sets.size(), 5);
    const NftSet *trusted = set(ruleset, u"trusted_v4"_s);
    QVERIFY(trusted);
    QCOMPARE(trusted->family, u"inet"_s);
    QCOMPARE(trusted->table, u"filter"_s);
    QCOMPARE(trusted->type, u"ipv4_addr"_s);
    QCOMPARE(trusted->flags, QStringList{u"interval"_s});
    QCOMPARE(
        trusted->elementsJson,
        uR"([{"prefix":{"addr":"10.0.0.0","len":8}},{"range":["172.16.0.1","172.16.0.9"]},{"prefix":{"addr":"192.168.1.0","len":24}}])"_s);
    QVERIFY(trusted->mapType.isEmpty());
    QCOMPARE(set(ruleset, u"ray_clients"_s)->type, u"ipv4_addr . inet_service"_s);
    QCOMPARE(set(ruleset, u"ray_clients"_s)->elementsJson,
             uR"([{"concat":["10.1.2.3",10001]},{"concat":["10.1.2.4",8265]}])"_s);
    QCOMPARE(set(ruleset, u"banned"_s)->flags, QStringList{u"timeout"_s});
    const NftSet *map = set(ruleset, u"port_verdicts"_s);
    QCOMPARE(map->type, u"inet_service"_s);
    QCOMPARE(map->mapType, u"verdict"_s);
    QCOMPARE(map->elementsJson,
             uR"([[6379,{"drop":null}],[8265,{"jump":{"target":"ray_dashboard"}}]])"_s);
}

void TestNftJson::nftablesHostRules()
{
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/nftables-host.json"_s));
    const QStringList input = ruleTexts(ruleset, u"input"_s);
    QCOMPARE(
        input,
        QStringList({
            u"ct state established,related accept"_s,
            u"ct state invalid drop"_s,
            u"iif \"lo\" accept"_s,
            u"meta l4proto { icmp, ipv6-icmp } accept"_s,
            u"ip saddr @banned drop"_s,
            u"tcp dport 22 accept"_s,
            u"ip saddr @trusted_v4 tcp dport { 6379, 8265, 10001-19999 } accept"_s,
            u"ip6 saddr @trusted_v6 tcp dport 8265 accept"_s,
            u"ip saddr . tcp dport @ray_clients counter name \"ray_hits\" accept"_s,
            u"tcp dport vmap @port_verdicts"_s,
            u"iifname \"eth0\" udp dport 53 counter packets 0 bytes 0 accept comment \"dns from the lan\""_s,
            u"tcp dport 9000 log prefix \"ray-serve: \" reject with tcp reset"_s,
            u"reject"_s,
        }));
    const NftRule &comment = ruleset.rules[10];
    QCOMPARE(comment.comment, u"dns from the lan"_s);
    QCOMPARE(comment.family, u"inet"_s);
    QCOMPARE(comment.table, u"filter"_s);
    QVERIFY(comment.handle > 0);
    QVERIFY(comment.exprJson.startsWith(uR"([{"match":{"left":{"meta":{"key":"iifname"}})"_s));

    QCOMPARE(ruleTexts(ruleset, u"prerouting"_s),
             QStringList(
                 {u"tcp dport 80 dnat to 10.0.0.2:8265"_s, u"tcp dport 8080 redirect to :8265"_s}));
    QCOMPARE(ruleTexts(ruleset, u"postrouting"_s), QStringList{u"oifname \"eth0\" masquerade"_s});
    QCOMPARE(ruleTexts(ruleset, u"PREROUTING"_s),
             QStringList{u"tcp dport 10001 counter packets 0 bytes 0 xt target \"DNAT\""_s});
    QCOMPARE(ruleTexts(ruleset, u"early"_s),
             QStringList{u"tcp dport 10001 meta mark set 0x00000001"_s});
    QCOMPARE(ruleTexts(ruleset, u"raw_pre"_s), QStringList{u"udp dport 4789 notrack"_s});
    QCOMPARE(ruleTexts(ruleset, u"pre"_s), QStringList{u"tcp dport 8265 goto marker"_s});
    QCOMPARE(ruleTexts(ruleset, u"ray_dashboard"_s),
             QStringList({u"ip saddr 192.168.1.0/24 accept"_s, u"return"_s}));
}

void TestNftJson::firewalld()
{
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/firewalld.json"_s));
    QCOMPARE(ruleset.tables.size(), 1);
    QCOMPARE(ruleset.tables[0].name, u"firewalld"_s);
    QVERIFY(!ruleset.tables[0].managedByIptablesNft);
    QCOMPARE(ruleset.chains.size(), 105);
    QCOMPARE(ruleset.rules.size(), 138);
    QCOMPARE(ruleset.sets.size(), 1);
    QCOMPARE(ruleset.sets[0].name, u"raynodes"_s);
    QCOMPARE(ruleset.sets[0].elementsJson, uR"(["10.0.0.5","10.0.0.6"])"_s);
    const NftChain *input = chain(ruleset, u"inet"_s, u"firewalld"_s, u"filter_INPUT"_s);
    QVERIFY(input);
    QCOMPARE(input->hook, u"input"_s);
    QCOMPARE(input->priority, 10);
    QCOMPARE(ruleTexts(ruleset, u"filter_IN_public_allow"_s).mid(0, 0), QStringList());
    const QStringList allow = ruleTexts(ruleset, u"filter_IN_public_allow"_s);
    QVERIFY(allow.contains(u"tcp dport 8265 accept"_s));
    QVERIFY(allow.contains(u"ip saddr 10.0.0.0/8 tcp dport 6379 accept"_s));
    QVERIFY(ruleTexts(ruleset, u"nat_PRE_public_allow"_s)
                .contains(u"meta nfproto ipv4 tcp dport 80 redirect to :8265"_s));
}

void TestNftJson::dockerOnIptablesNft()
{
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/docker-iptables-nft.json"_s));
    QCOMPARE(ruleset.tables.size(), 2);
    for (const NftTable &t : ruleset.tables)
        QVERIFY2(t.managedByIptablesNft, qPrintable(t.name));
    for (const NftChain &c : ruleset.chains)
        QVERIFY2(c.managedByIptablesNft, qPrintable(c.name));
    QCOMPARE(ruleset.rules.size(), 30);
}

void TestNftJson::renderingMatchesNftText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("differences");
    // firewalld: every rule reads exactly as nft prints it.
    QTest::newRow("firewalld") << u"firewalld"_s << 0;
    // nftables host: nft translates the two xt expressions iptables-nft wrote
    // (conntrack, DNAT); JSON only names them.
    QTest::newRow("nftables host") << u"nftables-host"_s << 2;
}

void TestNftJson::renderingMatchesNftText()
{
    QFETCH(QString, name);
    QFETCH(int, differences);
    const NftRuleset ruleset = parseNftJson(readFixture(u"nft/"_s + name + u".json"_s));
    const QStringList expected = textRules(readFixture(u"nft/"_s + name + u".txt"_s));
    QCOMPARE(expected.size(), ruleset.rules.size());
    int differ = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (ruleset.rules[i].text != expected[i]) {
            ++differ;
            qInfo("json: %s\nnft:  %s", qPrintable(ruleset.rules[i].text), qPrintable(expected[i]));
        }
    }
    QCOMPARE(differ, differences);
}

void TestNftJson::empty()
{
    QVERIFY(parseNftJson(readFixture(u"nft/empty.json"_s)).isEmpty());
    QVERIFY(parseNftJson(QByteArray()).isEmpty());
    QVERIFY(parseNftJson("\n").isEmpty());
}

void TestNftJson::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << readFixture(u"nft/bad-truncated.json"_s) << u"ends too early"_s;
    QTest::newRow("text given") << readFixture(u"nft/nftables-host.txt"_s) << u"malformed JSON"_s;
    QTest::newRow("no nftables key") << QByteArray(R"({"tables": []})") << u"nftables: missing"_s;
    QTest::newRow("not a list") << QByteArray(R"({"nftables": {}})")
                                << u"nftables: expected an array"_s;
    QTest::newRow("two keys") << QByteArray(R"({"nftables": [{"table": {}, "chain": {}}]})")
                              << u"nftables[0]: expected an object with one key"_s;
    QTest::newRow("table without name")
        << QByteArray(R"({"nftables": [{"table": {"family": "ip"}}]})")
        << u"nftables[0].table.name: missing"_s;
    QTest::newRow("rule expr not a list")
        << QByteArray(
               R"({"nftables": [{"rule": {"family": "ip", "table": "t", "chain": "c", "expr": 5}}]})")
        << u"nftables[0].rule.expr: expected an array"_s;
    QTest::newRow("bad priority")
        << QByteArray(
               R"({"nftables": [{"chain": {"family": "ip", "table": "t", "name": "c", "prio": "x"}}]})")
        << u"nftables[0].chain.prio: expected an integer"_s;
    QTest::newRow("map without type")
        << QByteArray(R"({"nftables": [{"map": {"family": "ip", "table": "t", "name": "m"}}]})")
        << u"a map without a data type"_s;
}

void TestNftJson::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseNftJson(input); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"nft-json"_s);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestNftJson)
#include "tst_nftjson.moc"
