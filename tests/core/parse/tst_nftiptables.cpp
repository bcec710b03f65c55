// Tests for core/parse/nftiptables: which nft tables and chains iptables-nft
// owns, by xt expressions, by iptables' built-in chain shapes, or by nft's
// warning; nft-native chains inside such a table stay unmarked.

#include "parse/nftiptables.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

NftChain baseChain(const QString &family, const QString &table, const QString &name,
                   const QString &hook, int priority)
{
    NftChain chain;
    chain.family = family;
    chain.table = table;
    chain.name = name;
    chain.type = u"filter"_s;
    chain.hook = hook;
    chain.priority = priority;
    chain.policy = u"accept"_s;
    return chain;
}

NftChain regularChain(const QString &family, const QString &table, const QString &name)
{
    NftChain chain;
    chain.family = family;
    chain.table = table;
    chain.name = name;
    return chain;
}

NftRuleset oneTable(const QString &family, const QString &name, const QList<NftChain> &chains,
                    const QString &exprJson = u"[{\"accept\":null}]"_s)
{
    NftRuleset ruleset;
    ruleset.tables.append({family, name, 1});
    ruleset.chains = chains;
    NftRule rule;
    rule.family = family;
    rule.table = name;
    rule.chain = chains.value(0).name;
    rule.exprJson = exprJson;
    ruleset.rules.append(rule);
    return ruleset;
}

} // namespace

class TestNftIptables : public QObject
{
    Q_OBJECT

private slots:
    void tables_data();
    void tables();
    void nativeChainInIptablesTable();
    void warningMarksTable();
};

void TestNftIptables::tables_data()
{
    QTest::addColumn<NftRuleset>("ruleset");
    QTest::addColumn<bool>("managed");
    QTest::addColumn<bool>("chainsManaged");
    const NftChain input = baseChain(u"ip"_s, u"filter"_s, u"INPUT"_s, u"input"_s, 0);
    QTest::newRow("builtin shape") << oneTable(u"ip"_s, u"filter"_s, {input}) << true << true;
    QTest::newRow("shape with user chain")
        << oneTable(u"ip"_s, u"filter"_s, {input, regularChain(u"ip"_s, u"filter"_s, u"DOCKER"_s)})
        << true << true;
    QTest::newRow("nat shape")
        << oneTable(u"ip6"_s, u"nat"_s,
                    {baseChain(u"ip6"_s, u"nat"_s, u"PREROUTING"_s, u"prerouting"_s, -100),
                     baseChain(u"ip6"_s, u"nat"_s, u"POSTROUTING"_s, u"postrouting"_s, 100)})
        << true << true;
    QTest::newRow("inet is never iptables")
        << oneTable(u"inet"_s, u"filter"_s,
                    {baseChain(u"inet"_s, u"filter"_s, u"INPUT"_s, u"input"_s, 0)})
        << false << false;
    QTest::newRow("wrong priority")
        << oneTable(u"ip"_s, u"filter"_s,
                    {baseChain(u"ip"_s, u"filter"_s, u"INPUT"_s, u"input"_s, 10)})
        << false << false;
    QTest::newRow("lower-case chain")
        << oneTable(u"ip"_s, u"filter"_s,
                    {baseChain(u"ip"_s, u"filter"_s, u"input"_s, u"input"_s, 0)})
        << false << false;
    QTest::newRow("other name") << oneTable(u"ip"_s, u"firewall"_s,
                                            {baseChain(u"ip"_s, u"firewall"_s, u"INPUT"_s,
                                                       u"input"_s, 0)})
                                << false << false;
    QTest::newRow("no base chain")
        << oneTable(u"ip"_s, u"filter"_s, {regularChain(u"ip"_s, u"filter"_s, u"X"_s)}) << false
        << false;
    QTest::newRow("xt anywhere")
        << oneTable(u"ip"_s, u"custom"_s, {baseChain(u"ip"_s, u"custom"_s, u"in"_s, u"input"_s, 5)},
                    uR"([{"xt":{"type":"match","name":"conntrack"}},{"accept":null}])"_s)
        << true << false; // the table is iptables-nft's, its odd base chain is not
    QTest::newRow("xt inside a string is not xt")
        << oneTable(u"ip"_s, u"custom"_s, {baseChain(u"ip"_s, u"custom"_s, u"in"_s, u"input"_s, 5)},
                    uR"([{"log":{"prefix":"{\"xt\":"}}])"_s)
        << false << false;
    QTest::newRow("ebtables") << oneTable(u"bridge"_s, u"filter"_s,
                                          {baseChain(u"bridge"_s, u"filter"_s, u"INPUT"_s,
                                                     u"input"_s, -200)})
                              << true << true;
}

void TestNftIptables::tables()
{
    QFETCH(NftRuleset, ruleset);
    QFETCH(bool, managed);
    QFETCH(bool, chainsManaged);
    markIptablesNftTables(ruleset);
    QCOMPARE(ruleset.tables[0].managedByIptablesNft, managed);
    for (const NftChain &chain : std::as_const(ruleset.chains))
        QCOMPARE(chain.managedByIptablesNft, chainsManaged);
}

void TestNftIptables::nativeChainInIptablesTable()
{
    NftRuleset ruleset =
        oneTable(u"ip"_s, u"nat"_s,
                 {baseChain(u"ip"_s, u"nat"_s, u"PREROUTING"_s, u"prerouting"_s, -100),
                  baseChain(u"ip"_s, u"nat"_s, u"prerouting"_s, u"prerouting"_s, -100),
                  regularChain(u"ip"_s, u"nat"_s, u"DOCKER"_s)},
                 uR"([{"xt":{"type":"target","name":"DNAT"}}])"_s);
    markIptablesNftTables(ruleset);
    QVERIFY(ruleset.tables[0].managedByIptablesNft);
    QVERIFY(ruleset.chains[0].managedByIptablesNft);
    QVERIFY(!ruleset.chains[1].managedByIptablesNft);
    QVERIFY(ruleset.chains[2].managedByIptablesNft);
}

void TestNftIptables::warningMarksTable()
{
    NftRuleset ruleset = oneTable(u"ip"_s, u"filter"_s,
                                  {baseChain(u"ip"_s, u"filter"_s, u"input"_s, u"input"_s, 0)});
    markIptablesNftTables(ruleset, {{u"ip6"_s, u"filter"_s}});
    QVERIFY(!ruleset.tables[0].managedByIptablesNft);
    markIptablesNftTables(ruleset, {{u"ip"_s, u"filter"_s}});
    QVERIFY(ruleset.tables[0].managedByIptablesNft);
    QVERIFY(!ruleset.chains[0].managedByIptablesNft); // nft-native base chain name
}

QTEST_GUILESS_MAIN(TestNftIptables)
#include "tst_nftiptables.moc"
