// Tests for core/parse/iptablessave: real iptables-save output of a plain
// host (with and without -c), IPv6, a Docker host, a kube-proxy node with
// ~1000 services, ufw (v4 and v6), legacy and nft side by side, an nft host
// whose ip nat table iptables cannot show, an empty namespace, and broken files.

#include "parse/iptablessave.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

IptablesSaveResult parseFixture(const QString &name, IpFamily family = IpFamily::V4,
                                const QString &stderrName = {})
{
    return parseIptablesSave(readFixture(u"iptables/"_s + name), family, u"iptables-save"_s,
                             stderrName.isEmpty() ? QByteArray()
                                                  : readFixture(u"iptables/"_s + stderrName));
}

const IptablesTable *table(const IptablesRuleset &ruleset, const QString &name)
{
    for (const IptablesTable &t : ruleset.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

int ruleCount(const IptablesRuleset &ruleset)
{
    int count = 0;
    for (const IptablesTable &t : ruleset.tables)
        count += int(t.rules.size());
    return count;
}

QString describe(const IptablesMatch &m)
{
    QString text = m.negated ? u"! "_s : QString();
    if (!m.module.isEmpty())
        text += m.module + u':';
    text += m.option;
    for (const QString &argument : m.arguments)
        text += u" ["_s + argument + u']';
    return text;
}

QStringList describe(const QList<IptablesMatch> &matches)
{
    QStringList list;
    for (const IptablesMatch &m : matches)
        list.append(describe(m));
    return list;
}

const IptablesRule *ruleAtLine(const IptablesRuleset &ruleset, int line)
{
    for (const IptablesTable &t : ruleset.tables) {
        for (const IptablesRule &rule : t.rules) {
            if (rule.line == line)
                return &rule;
        }
    }
    return nullptr;
}

} // namespace

class TestIptablesSave : public QObject
{
    Q_OBJECT

private slots:
    void summaries_data();
    void summaries();
    void plainHost();
    void countersDoNotChangeRules();
    void dockerDnat();
    void kubeProxy();
    void ufw();
    void legacyAndNft();
    void incompatibleTable();
    void empty();
    void rejects_data();
    void rejects();
};

void TestIptablesSave::summaries_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("family");
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<int>("rules");
    QTest::addColumn<QString>("variant");
    const int v4 = int(IpFamily::V4);
    const int v6 = int(IpFamily::V6);
    QTest::newRow("plain v4") << u"plain-v4.txt"_s << v4
                              << QStringList{u"mangle"_s, u"raw"_s, u"filter"_s} << 17
                              << u"nf_tables"_s;
    QTest::newRow("plain v4 -c") << u"plain-v4-counters.txt"_s << v4
                                 << QStringList{u"mangle"_s, u"raw"_s, u"filter"_s} << 17
                                 << u"nf_tables"_s;
    QTest::newRow("plain v6") << u"plain-v6.txt"_s << v6 << QStringList{u"filter"_s} << 6
                              << u"nf_tables"_s;
    QTest::newRow("docker") << u"docker.txt"_s << v4 << QStringList{u"filter"_s, u"nat"_s} << 30
                            << u"nf_tables"_s;
    QTest::newRow("kube-proxy") << u"kube-proxy.txt"_s << v4 << QStringList{u"filter"_s, u"nat"_s}
                                << 8035 << u"nf_tables"_s;
    QTest::newRow("ufw v4") << u"ufw-v4.txt"_s << v4 << QStringList{u"filter"_s} << 69
                            << u"nf_tables"_s;
    QTest::newRow("ufw v6") << u"ufw-v6.txt"_s << v6 << QStringList{u"filter"_s} << 107
                            << u"nf_tables"_s;
    QTest::newRow("legacy") << u"mixed-legacy.txt"_s << v4 << QStringList{u"filter"_s, u"nat"_s}
                            << 30 << u"legacy"_s;
    QTest::newRow("nft beside legacy")
        << u"mixed-nft.txt"_s << v4 << QStringList{u"filter"_s} << 2 << u"nf_tables"_s;
}

void TestIptablesSave::summaries()
{
    QFETCH(QString, fixture);
    QFETCH(int, family);
    QFETCH(QStringList, tables);
    QFETCH(int, rules);
    QFETCH(QString, variant);
    const IptablesSaveResult result = parseFixture(fixture, IpFamily(family));
    QStringList names;
    for (const IptablesTable &t : result.ruleset.tables)
        names.append(t.name);
    QCOMPARE(names, tables);
    QCOMPARE(ruleCount(result.ruleset), rules);
    QCOMPARE(result.ruleset.variant, variant);
    QCOMPARE(int(result.ruleset.family), family);
    QCOMPARE(result.ruleset.source, u"iptables-save"_s);
    QCOMPARE(result.toolVersion, u"1.8.9"_s);
    QVERIFY(!result.legacyTablesPresent);
}

void TestIptablesSave::plainHost()
{
    const IptablesSaveResult result = parseFixture(u"plain-v4.txt"_s);
    const IptablesTable *filter = table(result.ruleset, u"filter"_s);
    QVERIFY(filter);
    QCOMPARE(filter->chains.size(), 4);
    QCOMPARE(filter->chains[0].name, u"INPUT"_s);
    QCOMPARE(filter->chains[0].policy, u"DROP"_s);
    QCOMPARE(filter->chains[2].policy, u"ACCEPT"_s);
    QCOMPARE(filter->chains[3].name, u"RAY"_s);
    QCOMPARE(filter->chains[3].policy, QString());

    const IptablesRule &multiport = filter->rules[3];
    QCOMPARE(multiport.line, 27);
    QCOMPARE(multiport.text,
             u"-A INPUT -s 10.0.0.0/8 -p tcp -m multiport --dports 6379,8265,10001:19999 -j RAY"_s);
    QCOMPARE(describe(multiport.matches),
             QStringList({u"-s [10.0.0.0/8]"_s, u"-p [tcp]"_s,
                          u"multiport:--dports [6379,8265,10001:19999]"_s}));
    QCOMPARE(multiport.target, u"RAY"_s);

    const IptablesRule &gotoRule = filter->rules[8];
    QVERIFY(gotoRule.isGoto);
    QCOMPARE(gotoRule.target, u"RAY"_s);
    QCOMPARE(describe(gotoRule.matches).last(), u"comment:--comment [allow \"ray\" head]"_s);

    const IptablesRule &noTarget = filter->rules[11];
    QCOMPARE(noTarget.text, u"-A INPUT -p udp"_s);
    QVERIFY(noTarget.target.isEmpty());

    QCOMPARE(describe(filter->rules[9].targetOptions),
             QStringList({u"LOG:--log-prefix [portolan drop: ]"_s}));
    QCOMPARE(describe(filter->rules[7].matches),
             QStringList({u"set:--match-set [trusted] [src,dst]"_s}));
    QCOMPARE(describe(filter->rules[12].matches),
             QStringList({u"-p [tcp]"_s, u"! tcp:--dport [1024:65535]"_s,
                          u"! conntrack:--ctstate [NEW]"_s}));
    QCOMPARE(describe(table(result.ruleset, u"raw"_s)->rules[0].targetOptions),
             QStringList({u"CT:--notrack"_s}));
}

void TestIptablesSave::countersDoNotChangeRules()
{
    const IptablesSaveResult plain = parseFixture(u"plain-v4.txt"_s);
    const IptablesSaveResult counted = parseFixture(u"plain-v4-counters.txt"_s);
    QCOMPARE(counted.ruleset.tables.size(), plain.ruleset.tables.size());
    for (qsizetype t = 0; t < plain.ruleset.tables.size(); ++t) {
        const IptablesTable &a = plain.ruleset.tables[t];
        const IptablesTable &b = counted.ruleset.tables[t];
        QCOMPARE(b.chains, a.chains);
        QCOMPARE(b.rules.size(), a.rules.size());
        for (qsizetype r = 0; r < a.rules.size(); ++r) {
            QCOMPARE(b.rules[r].matches, a.rules[r].matches);
            QCOMPARE(b.rules[r].target, a.rules[r].target);
            QCOMPARE(b.rules[r].targetOptions, a.rules[r].targetOptions);
            QVERIFY(b.rules[r].text.startsWith(u"[0:0] -A "_s));
        }
    }
}

void TestIptablesSave::dockerDnat()
{
    const IptablesSaveResult result = parseFixture(u"docker.txt"_s);
    const IptablesTable *nat = table(result.ruleset, u"nat"_s);
    QVERIFY(nat);
    QStringList chains;
    for (const IptablesChain &chain : nat->chains)
        chains.append(chain.name + u'/' + chain.policy);
    QCOMPARE(chains, QStringList({u"PREROUTING/ACCEPT"_s, u"INPUT/ACCEPT"_s, u"OUTPUT/ACCEPT"_s,
                                  u"POSTROUTING/ACCEPT"_s, u"DOCKER/"_s}));
    QCOMPARE(nat->rules.size(), 10);
    const IptablesRule &dnat = nat->rules[8];
    QCOMPARE(dnat.chain, u"DOCKER"_s);
    QCOMPARE(dnat.target, u"DNAT"_s);
    QCOMPARE(describe(dnat.matches),
             QStringList({u"! -i [docker0]"_s, u"-p [tcp]"_s, u"tcp:--dport [8265]"_s}));
    QCOMPARE(describe(dnat.targetOptions),
             QStringList({u"DNAT:--to-destination [172.17.0.2:8265]"_s}));
    const IptablesRule &loopbackDnat = nat->rules[9];
    QCOMPARE(describe(loopbackDnat.matches).first(), u"-d [127.0.0.1/32]"_s);
    QCOMPARE(loopbackDnat.targetOptions.first().arguments, QStringList({u"172.17.0.2:6379"_s}));
    QCOMPARE(describe(nat->rules[0].matches), QStringList({u"addrtype:--dst-type [LOCAL]"_s}));

    const IptablesTable *filter = table(result.ruleset, u"filter"_s);
    QCOMPARE(filter->chains[1].policy, u"DROP"_s); // FORWARD
    QStringList userChains;
    for (const IptablesChain &chain : filter->chains) {
        if (chain.policy.isEmpty())
            userChains.append(chain.name);
    }
    QCOMPARE(userChains, QStringList({u"DOCKER"_s, u"DOCKER-ISOLATION-STAGE-1"_s,
                                      u"DOCKER-ISOLATION-STAGE-2"_s, u"DOCKER-USER"_s}));
    const IptablesRule &dockerUser = filter->rules[18];
    QCOMPARE(dockerUser.chain, u"DOCKER-USER"_s);
    QCOMPARE(
        describe(dockerUser.matches),
        QStringList({u"! -s [10.0.0.0/8]"_s, u"-i [eth0]"_s, u"-p [tcp]"_s,
                     u"conntrack:--ctorigdstport [8265]"_s, u"conntrack:--ctdir [ORIGINAL]"_s}));
}

void TestIptablesSave::kubeProxy()
{
    const IptablesSaveResult result = parseFixture(u"kube-proxy.txt"_s);
    const IptablesTable *nat = table(result.ruleset, u"nat"_s);
    QVERIFY(nat);
    QCOMPARE(nat->chains.size(), 3013);
    QCOMPARE(nat->rules.size(), 8021);
    QCOMPARE(table(result.ruleset, u"filter"_s)->rules.size(), 14);

    const IptablesRule *statistic = ruleAtLine(result.ruleset, 8064);
    QVERIFY(statistic);
    QCOMPARE(statistic->chain, u"KUBE-SVC-22RP4QUU5PXZ5NMI"_s);
    QCOMPARE(describe(statistic->matches),
             QStringList({u"comment:--comment [ns19/svc958:http -> 10.244.158.208:8080]"_s,
                          u"statistic:--mode [random]"_s,
                          u"statistic:--probability [0.50000000000]"_s}));
    QCOMPARE(statistic->target, u"KUBE-SEP-2OAWE7HAM3PBIE5F"_s);

    const IptablesRule *dnat = ruleAtLine(result.ruleset, 3477);
    QVERIFY(dnat);
    QCOMPARE(dnat->chain, u"KUBE-SEP-5H3DJSJSP4RJOCPI"_s);
    QCOMPARE(describe(dnat->matches),
             QStringList({u"-p [tcp]"_s, u"comment:--comment [ray/raycluster-head-svc:dashboard]"_s,
                          u"tcp:"_s}));
    QCOMPARE(describe(dnat->targetOptions),
             QStringList({u"DNAT:--to-destination [10.244.9.9:8080]"_s}));

    const IptablesRule *nodePort = ruleAtLine(result.ruleset, 3053);
    QVERIFY(nodePort);
    QCOMPARE(describe(nodePort->matches).last(), u"tcp:--dport [30265]"_s);

    const IptablesRule *unmark = ruleAtLine(result.ruleset, 3055);
    QCOMPARE(describe(unmark->matches), QStringList({u"! mark:--mark [0x4000/0x4000]"_s}));
    QCOMPARE(unmark->target, u"RETURN"_s);
}

void TestIptablesSave::ufw()
{
    const IptablesSaveResult v4 = parseFixture(u"ufw-v4.txt"_s);
    const IptablesTable *filter = table(v4.ruleset, u"filter"_s);
    QCOMPARE(filter->chains[0].policy, u"DROP"_s);
    bool sawRedis = false;
    for (const IptablesRule &rule : filter->rules) {
        if (rule.chain == u"ufw-user-input" && rule.text.contains(u"--dport 6379"_s)) {
            sawRedis = true;
            QCOMPARE(rule.target, u"ACCEPT"_s);
            QCOMPARE(describe(rule.matches).first(), u"-s [10.0.0.0/8]"_s);
        }
    }
    QVERIFY(sawRedis);
    const IptablesSaveResult v6 = parseFixture(u"ufw-v6.txt"_s, IpFamily::V6);
    QVERIFY(table(v6.ruleset, u"filter"_s)->chains.size() > 20);
}

void TestIptablesSave::legacyAndNft()
{
    const IptablesSaveResult nft =
        parseFixture(u"mixed-nft.txt"_s, IpFamily::V4, u"mixed-nft.stderr.txt"_s);
    QVERIFY(nft.legacyTablesPresent);
    QCOMPARE(nft.ruleset.variant, u"nf_tables"_s);

    // The warning may also arrive inside stdout (2>&1).
    QByteArray merged = readFixture(u"iptables/mixed-nft.txt"_s);
    merged += readFixture(u"iptables/mixed-nft.stderr.txt"_s);
    QVERIFY(parseIptablesSave(merged, IpFamily::V4, u"iptables-save"_s).legacyTablesPresent);

    const IptablesSaveResult legacy = parseFixture(u"mixed-legacy.txt"_s);
    QCOMPARE(legacy.ruleset.variant, u"legacy"_s);
    QVERIFY(!legacy.legacyTablesPresent);

    const IptablesSaveResult legacyV6 = parseFixture(u"mixed-legacy-v6.txt"_s, IpFamily::V6);
    QVERIFY(legacyV6.ruleset.tables.isEmpty());
}

void TestIptablesSave::incompatibleTable()
{
    const IptablesSaveResult result = parseFixture(u"nftables-host-v4.txt"_s);
    QCOMPARE(result.incompatibleTables, QStringList({u"nat"_s}));
    QCOMPARE(ruleCount(result.ruleset), 3);
}

void TestIptablesSave::empty()
{
    const IptablesSaveResult result = parseFixture(u"empty.txt"_s);
    QVERIFY(result.ruleset.tables.isEmpty());
    QCOMPARE(result.ruleset.variant, QString());
    QCOMPARE(result.toolVersion, QString());
}

void TestIptablesSave::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << readFixture(u"iptables/bad-truncated.txt"_s) << 0
                               << u"table nat has no COMMIT"_s;
    QTest::newRow("undeclared chain")
        << readFixture(u"iptables/bad-undeclared-chain.txt"_s) << 4 << u"undeclared chain RAY"_s;
    QTest::newRow("rule outside table")
        << QByteArray("-A INPUT -j ACCEPT\n") << 1 << u"outside a table"_s;
    QTest::newRow("nested table") << QByteArray("*filter\n*nat\n") << 2 << u"was committed"_s;
    QTest::newRow("stray commit") << QByteArray("COMMIT\n") << 1 << u"COMMIT outside"_s;
    QTest::newRow("bad policy") << QByteArray("*filter\n:INPUT MAYBE [0:0]\nCOMMIT\n") << 2
                                << u"unknown policy"_s;
    QTest::newRow("bad chain line")
        << QByteArray("*filter\n:INPUT\nCOMMIT\n") << 2 << u"bad chain line"_s;
    QTest::newRow("duplicate chain")
        << QByteArray("*filter\n:INPUT ACCEPT [0:0]\n:INPUT DROP [0:0]\nCOMMIT\n") << 3
        << u"declared twice"_s;
    QTest::newRow("duplicate table")
        << QByteArray("*filter\nCOMMIT\n*filter\nCOMMIT\n") << 3 << u"appears twice"_s;
    QTest::newRow("garbage line") << QByteArray("*filter\nhello world\nCOMMIT\n") << 2
                                  << u"unexpected line 'hello world'"_s;
    QTest::newRow("bad rule")
        << QByteArray("*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m comment --comment \"x\nCOMMIT\n")
        << 3 << u"quote is not closed"_s;
    QTest::newRow("binary") << QByteArray("*filter\n\0\n", 10) << 2 << u"NUL"_s;
}

void TestIptablesSave::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto error =
        parseErrorOf([&] { parseIptablesSave(input, IpFamily::V4, u"iptables-legacy-save"_s); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->source(), u"iptables-legacy-save"_s);
    QCOMPARE(error->line(), line);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestIptablesSave)
#include "tst_iptablessave.moc"
