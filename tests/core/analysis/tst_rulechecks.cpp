// Rule checks through analyzeSnapshot: a rule that admits anyone to a Ray
// port (iptables and nftables) and a rule that can never match, with both
// lines named.

#include "analysis/analysis.h"
#include "parse/iptablessave.h"

#include "common/labfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QByteArray kRules = "*filter\n"
                          ":INPUT DROP [0:0]\n"
                          ":FORWARD DROP [0:0]\n"
                          ":OUTPUT ACCEPT [0:0]\n"
                          "-A INPUT -p tcp -m tcp --dport 8265 -j ACCEPT\n"
                          "-A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j DROP\n"
                          "-A INPUT -s 10.77.0.0/24 -j ACCEPT\n"
                          "COMMIT\n";

Node headWithIptables()
{
    Node head = test::labNode(u"head"_s);
    head.firewall = Firewall{};
    head.firewall.backend = FirewallBackend::IptablesNft;
    head.firewall.iptables = {parseIptablesSave(kRules, IpFamily::V4, u"iptables-save"_s).ruleset};
    return head;
}

Node headWithNft(const char *exprJson)
{
    Node head = test::labNode(u"head"_s);
    head.firewall = Firewall{};
    head.firewall.backend = FirewallBackend::Nftables;
    head.firewall.nftables.tables = {{u"inet"_s, u"filter"_s, 1, false}};
    NftChain input;
    input.family = u"inet"_s;
    input.table = u"filter"_s;
    input.name = u"input"_s;
    input.type = u"filter"_s;
    input.hook = u"input"_s;
    input.policy = u"drop"_s;
    head.firewall.nftables.chains = {input};
    NftRule rule;
    rule.family = u"inet"_s;
    rule.table = u"filter"_s;
    rule.chain = u"input"_s;
    rule.handle = 7;
    rule.exprJson = QString::fromLatin1(exprJson);
    rule.text = u"the rule"_s;
    head.firewall.nftables.rules = {rule};
    return head;
}

QStringList evidenceOf(const Node &node, const QString &id)
{
    Snapshot s;
    s.nodes = {node};
    for (const Finding &f : analyzeSnapshot(s).findings) {
        if (f.id == id)
            return f.evidence;
    }
    return {};
}

} // namespace

class TestRuleChecks : public QObject
{
    Q_OBJECT

private slots:
    void permissiveIptablesRule()
    {
        const QStringList evidence = evidenceOf(headWithIptables(), u"PERMISSIVE-RULE"_s);
        QCOMPARE(evidence.size(), 1);
        QVERIFY2(evidence.first().contains(u"line 5"_s), qPrintable(evidence.first()));
        QVERIFY(evidence.first().contains(u"port 8265"_s));
    }

    void shadowedRuleNamesBothLines()
    {
        const QStringList evidence = evidenceOf(headWithIptables(), u"SHADOWED-RULE"_s);
        QCOMPARE(evidence.size(), 1);
        QVERIFY2(evidence.first().contains(u"line 6"_s), qPrintable(evidence.first()));
        QVERIFY2(evidence.first().contains(u"line 5"_s), qPrintable(evidence.first()));
    }

    void nftRules_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<bool>("permissive");
        QTest::newRow("dport accept")
            << QStringLiteral(
                   R"([{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":8265}},{"accept":null}])")
            << true;
        QTest::newRow("port set accept")
            << QStringLiteral(
                   R"([{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":{"set":[22,{"range":[6000,7000]}]}}},{"accept":null}])")
            << true;
        QTest::newRow("restricted by source")
            << QStringLiteral(
                   R"([{"match":{"op":"==","left":{"payload":{"protocol":"ip","field":"saddr"}},"right":{"prefix":{"addr":"10.0.0.0","len":8}}}},{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":8265}},{"accept":null}])")
            << false;
        QTest::newRow("drop")
            << QStringLiteral(
                   R"([{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":8265}},{"drop":null}])")
            << false;
        QTest::newRow("ssh only")
            << QStringLiteral(
                   R"([{"match":{"op":"==","left":{"payload":{"protocol":"tcp","field":"dport"}},"right":22}},{"accept":null}])")
            << false;
    }

    void nftRules()
    {
        QFETCH(QString, expr);
        QFETCH(bool, permissive);
        const QByteArray json = expr.toLatin1();
        const QStringList evidence =
            evidenceOf(headWithNft(json.constData()), u"PERMISSIVE-RULE"_s);
        QCOMPARE(!evidence.isEmpty(), permissive);
        if (permissive)
            QVERIFY(evidence.first().contains(u"handle 7"_s));
    }
};

QTEST_GUILESS_MAIN(TestRuleChecks)
#include "tst_rulechecks.moc"
