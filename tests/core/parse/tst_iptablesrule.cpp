// Tests for core/parse/iptablesrule: matches with both negation styles,
// module options with several arguments, quoted arguments, targets with
// options, goto, no target, counters, and malformed rule lines.

#include "parse/iptablesrule.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

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

// "CHAIN: match | match => [goto ]TARGET option | option"
QString describe(const IptablesRule &rule)
{
    QStringList matches;
    for (const IptablesMatch &m : rule.matches)
        matches.append(describe(m));
    QStringList options;
    for (const IptablesMatch &m : rule.targetOptions)
        options.append(describe(m));
    QString text = rule.chain + u':';
    if (!matches.isEmpty())
        text += u' ' + matches.join(u" | "_s);
    if (!rule.target.isEmpty())
        text += u" => "_s + (rule.isGoto ? u"goto "_s : QString()) + rule.target;
    if (!options.isEmpty())
        text += u' ' + options.join(u" | "_s);
    return text;
}

} // namespace

class TestIptablesRule : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void keepsLineAndText();
    void rejects_data();
    void rejects();
};

void TestIptablesRule::rules_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accept") << u"-A INPUT -i lo -j ACCEPT"_s << u"INPUT: -i [lo] => ACCEPT"_s;
    QTest::newRow("negated source")
        << u"-A INPUT ! -s 192.168.0.0/16 -p tcp -m tcp --dport 8265 -j REJECT --reject-with icmp-port-unreachable"_s
        << u"INPUT: ! -s [192.168.0.0/16] | -p [tcp] | tcp:--dport [8265] => REJECT REJECT:--reject-with [icmp-port-unreachable]"_s;
    QTest::newRow("old negation builtin")
        << u"-A INPUT -s ! 10.0.0.0/8 -j DROP"_s << u"INPUT: ! -s [10.0.0.0/8] => DROP"_s;
    QTest::newRow("old negation module") << u"-A INPUT -p tcp -m tcp --dport ! 22 -j DROP"_s
                                         << u"INPUT: -p [tcp] | ! tcp:--dport [22] => DROP"_s;
    QTest::newRow("negated module option")
        << u"-A INPUT -p tcp -m tcp ! --dport 1024:65535 -m conntrack ! --ctstate NEW -j DROP"_s
        << u"INPUT: -p [tcp] | ! tcp:--dport [1024:65535] | ! conntrack:--ctstate [NEW] => DROP"_s;
    QTest::newRow("match-set two args")
        << u"-A INPUT -m set --match-set trusted src,dst -j ACCEPT"_s
        << u"INPUT: set:--match-set [trusted] [src,dst] => ACCEPT"_s;
    QTest::newRow("negated match-set") << u"-A INPUT -m set ! --match-set ray src -j DROP"_s
                                       << u"INPUT: ! set:--match-set [ray] [src] => DROP"_s;
    QTest::newRow("ctstate list") << u"-A INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT"_s
                                  << u"INPUT: conntrack:--ctstate [NEW,ESTABLISHED] => ACCEPT"_s;
    QTest::newRow("comment escapes")
        << uR"(-A INPUT -p tcp -m tcp --dport 6380 -m comment --comment "allow \"ray\" head" -g RAY)"_s
        << u"INPUT: -p [tcp] | tcp:--dport [6380] | comment:--comment [allow \"ray\" head] => goto RAY"_s;
    QTest::newRow("quoted dash argument") << uR"(-A X -m comment --comment "-j DROP" -j ACCEPT)"_s
                                          << u"X: comment:--comment [-j DROP] => ACCEPT"_s;
    QTest::newRow("no target") << u"-A INPUT -p udp"_s << u"INPUT: -p [udp]"_s;
    QTest::newRow("bare module")
        << u"-A KUBE-SEP-X -p tcp -m comment --comment \"ns/svc\" -m tcp -j DNAT --to-destination 10.244.9.9:8080"_s
        << u"KUBE-SEP-X: -p [tcp] | comment:--comment [ns/svc] | tcp: => DNAT DNAT:--to-destination [10.244.9.9:8080]"_s;
    QTest::newRow("implicit protocol module") << u"-A INPUT -p udp --dport 53 -j ACCEPT"_s
                                              << u"INPUT: -p [udp] | udp:--dport [53] => ACCEPT"_s;
    QTest::newRow("fragment") << u"-A INPUT -f -j DROP"_s << u"INPUT: -f => DROP"_s;
    QTest::newRow("negated fragment") << u"-A INPUT ! -f -j DROP"_s << u"INPUT: ! -f => DROP"_s;
    QTest::newRow("counters") << u"[12:3456] -A INPUT -j ACCEPT"_s << u"INPUT: => ACCEPT"_s;
    QTest::newRow("inline counters") << u"-A INPUT -c 1 2 -j ACCEPT"_s << u"INPUT: => ACCEPT"_s;
    QTest::newRow("two-word option")
        << u"-A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j DROP"_s
        << u"INPUT: -p [tcp] | tcp:--tcp-flags [FIN,SYN,RST,ACK] [SYN] => DROP"_s;
    QTest::newRow("flag options")
        << u"-A INPUT -m recent --set --name ssh --rsource"_s
        << u"INPUT: recent:--set | recent:--name [ssh] | recent:--rsource"_s;
    QTest::newRow("statistic")
        << u"-A KUBE-SVC-A -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-B"_s
        << u"KUBE-SVC-A: statistic:--mode [random] | statistic:--probability [0.50000000000] => KUBE-SEP-B"_s;
    QTest::newRow("mark target") << u"-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000"_s
                                 << u"KUBE-MARK-MASQ: => MARK MARK:--set-xmark [0x4000/0x4000]"_s;
    QTest::newRow("log target")
        << uR"(-A INPUT -j LOG --log-prefix "portolan drop: " --log-level 4)"_s
        << u"INPUT: => LOG LOG:--log-prefix [portolan drop: ] | LOG:--log-level [4]"_s;
    QTest::newRow("flag target option") << u"-A P -j MASQUERADE --random-fully"_s
                                        << u"P: => MASQUERADE MASQUERADE:--random-fully"_s;
    QTest::newRow("long forms")
        << u"--append INPUT --source 1.2.3.4 --protocol tcp --match tcp --dport 1 --jump ACCEPT"_s
        << u"INPUT: --source [1.2.3.4] | --protocol [tcp] | tcp:--dport [1] => ACCEPT"_s;
    QTest::newRow("negative number argument")
        << u"-A X -m foo --bar -1 -j ACCEPT"_s << u"X: foo:--bar [-1] => ACCEPT"_s;
}

void TestIptablesRule::rules()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(describe(parseIptablesRuleLine(line, 7, u"iptables-save"_s)), expected);
}

void TestIptablesRule::keepsLineAndText()
{
    const QString line = u"[1:2] -A INPUT -s 10.0.0.0/8 -j ACCEPT"_s;
    const IptablesRule rule = parseIptablesRuleLine(line, 42, u"iptables-save"_s);
    QCOMPARE(rule.line, 42);
    QCOMPARE(rule.text, line);
    QVERIFY(!rule.isGoto);
}

void TestIptablesRule::rejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote")
        << u"-A INPUT -m comment --comment \"x -j ACCEPT"_s << u"quote is not closed"_s;
    QTest::newRow("no chain") << u"-A"_s << u"-A without a chain"_s;
    QTest::newRow("not append") << u"-I INPUT 1 -j ACCEPT"_s << u"expected -A"_s;
    QTest::newRow("dangling bang") << u"-A INPUT -j ACCEPT !"_s << u"'!' at the end"_s;
    QTest::newRow("double bang") << u"-A INPUT ! ! -s 1.2.3.4"_s << u"two '!'"_s;
    QTest::newRow("negated target") << u"-A INPUT ! -j ACCEPT"_s << u"'!' before -j"_s;
    QTest::newRow("negated module") << u"-A INPUT ! -m tcp --dport 1"_s << u"'!' before -m"_s;
    QTest::newRow("stray word") << u"-A INPUT ACCEPT"_s << u"unexpected word 'ACCEPT'"_s;
    QTest::newRow("missing argument") << u"-A INPUT -s -j ACCEPT"_s << u"-s needs an argument"_s;
    QTest::newRow("missing target") << u"-A INPUT -j"_s << u"-j needs an argument"_s;
    QTest::newRow("two targets") << u"-A INPUT -j ACCEPT -j DROP"_s << u"a second target"_s;
}

void TestIptablesRule::rejects()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    const auto error = parseErrorOf([&] { parseIptablesRuleLine(line, 9, u"ip6tables-save"_s); });
    QVERIFY2(error, "expected a ParseError");
    QCOMPARE(error->line(), 9);
    QCOMPARE(error->source(), u"ip6tables-save"_s);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestIptablesRule)
#include "tst_iptablesrule.moc"
