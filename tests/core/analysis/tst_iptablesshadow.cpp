// Tests for core/analysis/iptablesshadow: rules shadowed by one earlier rule,
// by a union over one field (sources, ports, protocols), interface patterns,
// negations, and the conservative cases: partial coverage, jumps and LOG do
// not shadow, rules with other matches are never compared, chains are apart.
// Rows are filter-table rules (line 1 "*filter", 2-3 chain declarations, rules
// from line 4); expected rows read "LINE <- COVERING,LINES".

#include "analysis/iptablesshadow.h"
#include "parse/iptablessave.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

IptablesRuleset filterOf(const QStringList &rules, IpFamily family = IpFamily::V4)
{
    const QString save =
        u"*filter\n:INPUT DROP [0:0]\n:RAY - [0:0]\n"_s + rules.join(u'\n') + u"\nCOMMIT\n"_s;
    return parseIptablesSave(save.toUtf8(), family, u"iptables-save"_s).ruleset;
}

QStringList describe(const QList<ShadowedRule> &shadowed)
{
    QStringList lines;
    for (const ShadowedRule &s : shadowed) {
        QStringList covering;
        for (const IptablesRule &r : s.coveredBy)
            covering << QString::number(r.line);
        lines << QString::number(s.rule.line) + u" <- "_s + covering.join(u',');
    }
    return lines;
}

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(PORTOLAN_FIXTURES_DIR) + u"/parse/iptables/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

} // namespace

class TestIptablesShadow : public QObject
{
    Q_OBJECT

private slots:
    void shadowed_data();
    void shadowed();
    void ipv6();
    void fixtures();
};

void TestIptablesShadow::shadowed_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one rule covers")
        << QStringList{u"-A INPUT -p tcp -m tcp --dport 8265 -j DROP"_s,
                       u"-A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j ACCEPT"_s}
        << QStringList{u"5 <- 4"_s};
    QTest::newRow("reverse order: nothing")
        << QStringList{u"-A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 8265 -j ACCEPT"_s,
                       u"-A INPUT -p tcp -m tcp --dport 8265 -j DROP"_s}
        << QStringList{};
    QTest::newRow("union of sources")
        << QStringList{u"-A INPUT -s 10.0.0.0/9 -j DROP"_s, u"-A INPUT -s 10.128.0.0/9 -j DROP"_s,
                       u"-A INPUT -s 10.0.0.0/8 -p tcp -j ACCEPT"_s}
        << QStringList{u"6 <- 4,5"_s};
    QTest::newRow("partial cover")
        << QStringList{u"-A INPUT -s 10.0.0.0/9 -j DROP"_s, u"-A INPUT -s 10.0.0.0/8 -j ACCEPT"_s}
        << QStringList{};
    QTest::newRow("union of ports")
        << QStringList{u"-A INPUT -p tcp -m tcp --dport 1:1023 -j ACCEPT"_s,
                       u"-A INPUT -p tcp -m multiport --dports 0,1024:65535 -j REJECT"_s,
                       u"-A INPUT -p tcp -j DROP"_s}
        << QStringList{u"6 <- 4,5"_s};
    QTest::newRow("union of protocols")
        << QStringList{u"-A INPUT -p tcp -j DROP"_s, u"-A INPUT ! -p tcp -j DROP"_s,
                       u"-A INPUT -s 1.2.3.4/32 -j ACCEPT"_s}
        << QStringList{u"6 <- 4,5"_s};
    QTest::newRow("negated source")
        << QStringList{u"-A INPUT ! -s 10.0.0.0/8 -j DROP"_s,
                       u"-A INPUT -s 192.168.0.0/16 -p udp -m udp --dport 53 -j ACCEPT"_s}
        << QStringList{u"5 <- 4"_s};
    QTest::newRow("interface wildcard")
        << QStringList{u"-A INPUT -i eth+ -j DROP"_s, u"-A INPUT -i eth0 -p tcp -j ACCEPT"_s,
                       u"-A INPUT -i lo -j ACCEPT"_s}
        << QStringList{u"5 <- 4"_s};
    QTest::newRow("negated interface")
        << QStringList{u"-A INPUT ! -i lo -j DROP"_s, u"-A INPUT -i eth0 -j ACCEPT"_s,
                       u"-A INPUT ! -i lo+ -j ACCEPT"_s, u"-A INPUT -j ACCEPT"_s}
        << QStringList{u"5 <- 4"_s, u"6 <- 4"_s};
    QTest::newRow("interface narrower than rule")
        << QStringList{u"-A INPUT -i eth0 -j DROP"_s, u"-A INPUT -j ACCEPT"_s} << QStringList{};
    QTest::newRow("jump and LOG never shadow")
        << QStringList{u"-A INPUT -j RAY"_s, u"-A INPUT -j LOG"_s, u"-A INPUT -j ACCEPT"_s}
        << QStringList{};
    QTest::newRow("goto and RETURN shadow")
        << QStringList{u"-A INPUT -s 10.0.0.0/8 -g RAY"_s, u"-A INPUT -s 10.1.0.0/16 -j ACCEPT"_s,
                       u"-A RAY -p tcp -j RETURN"_s, u"-A RAY -p tcp -m tcp --dport 22 -j DROP"_s}
        << QStringList{u"5 <- 4"_s, u"7 <- 6"_s};
    QTest::newRow("non-deciding rules can be shadowed")
        << QStringList{u"-A INPUT -j DROP"_s, u"-A INPUT -p tcp -j LOG"_s, u"-A INPUT -j RAY"_s}
        << QStringList{u"5 <- 4"_s, u"6 <- 4"_s};
    QTest::newRow("other matches never compared")
        << QStringList{u"-A INPUT -m conntrack --ctstate NEW -j DROP"_s,
                       u"-A INPUT -p tcp -j ACCEPT"_s, u"-A INPUT -j DROP"_s,
                       u"-A INPUT -m conntrack --ctstate NEW -j ACCEPT"_s,
                       u"-A INPUT -m limit --limit 1/s -j ACCEPT"_s}
        << QStringList{};
    QTest::newRow("comments are fine")
        << QStringList{u"-A INPUT -m comment --comment \"drop all\" -j DROP"_s,
                       u"-A INPUT -p tcp -m comment --comment ray -j ACCEPT"_s}
        << QStringList{u"5 <- 4"_s};
    QTest::newRow("chains apart") << QStringList{u"-A INPUT -j DROP"_s, u"-A RAY -j ACCEPT"_s}
                                  << QStringList{};
    QTest::newRow("empty rule not reported")
        << QStringList{u"-A INPUT -j DROP"_s, u"-A INPUT -p tcp ! -p tcp -j ACCEPT"_s}
        << QStringList{};
}

void TestIptablesShadow::shadowed()
{
    QFETCH(QStringList, rules);
    QFETCH(QStringList, expected);
    const QList<ShadowedRule> shadowed = findShadowedIptablesRules(filterOf(rules));
    QCOMPARE(describe(shadowed), expected);
    for (const ShadowedRule &s : shadowed) {
        QCOMPARE(s.table, u"filter"_s);
        for (const IptablesRule &r : s.coveredBy)
            QCOMPARE(r.chain, s.rule.chain);
    }
}

void TestIptablesShadow::ipv6()
{
    const IptablesRuleset ruleset =
        filterOf({u"-A INPUT ! -s fd00::/8 -p tcp -j DROP"_s,
                  u"-A INPUT -s 2001:db8::/32 -p tcp -m tcp --dport 8265 -j ACCEPT"_s,
                  u"-A INPUT -s fd00::/16 -p tcp -m tcp --dport 8265 -j ACCEPT"_s},
                 IpFamily::V6);
    QCOMPARE(describe(findShadowedIptablesRules(ruleset)), QStringList{u"5 <- 4"_s});
}

void TestIptablesShadow::fixtures()
{
    // ufw: "-p tcp --dport 8265 -j DROP" comes after the allow rules, none overlap.
    const auto ufw = parseIptablesSave(readFixture(u"ufw-v4.txt"_s), IpFamily::V4, u"x"_s);
    QCOMPARE(describe(findShadowedIptablesRules(ufw.ruleset)), QStringList{});
    // docker: DOCKER-ISOLATION-STAGE-1 ends with "-j RETURN", nothing after it.
    const auto docker = parseIptablesSave(readFixture(u"docker.txt"_s), IpFamily::V4, u"x"_s);
    QCOMPARE(describe(findShadowedIptablesRules(docker.ruleset)), QStringList{});
    const auto kube = parseIptablesSave(readFixture(u"kube-proxy.txt"_s), IpFamily::V4, u"x"_s);
    QCOMPARE(describe(findShadowedIptablesRules(kube.ruleset)), QStringList{});
}

QTEST_GUILESS_MAIN(TestIptablesShadow)
#include "tst_iptablesshadow.moc"
