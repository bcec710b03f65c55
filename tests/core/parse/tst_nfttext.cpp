// Tests for core/parse/nfttext: chain devices and iptables-nft warnings from
// `nft list ruleset` text (real output, plus the warning newer nft print).

#include "parse/nfttext.h"
#include "parsetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

class TestNftText : public QObject
{
    Q_OBJECT

private slots:
    void nftablesHost();
    void firewalldHasNone();
    void warnings();
    void devices_data();
    void devices();
};

void TestNftText::nftablesHost()
{
    const NftTextFacts facts = parseNftText(readFixture(u"nft/nftables-host.txt"_s));
    QCOMPARE(facts.chainDevices,
             QList<NftChainDevice>({{u"netdev"_s, u"edge"_s, u"ingress"_s, u"eth0"_s}}));
    QVERIFY(facts.iptablesNftTables.isEmpty()); // nftables 1.0.6 prints no warning
}

void TestNftText::firewalldHasNone()
{
    const NftTextFacts facts = parseNftText(readFixture(u"nft/firewalld.txt"_s));
    QVERIFY(facts.chainDevices.isEmpty());
    QVERIFY(facts.iptablesNftTables.isEmpty());
    QCOMPARE(parseNftText(QByteArray()), NftTextFacts());
    QCOMPARE(parseNftText(QByteArray("\0\xff garbage {", 12)), NftTextFacts());
}

void TestNftText::warnings()
{
    const QByteArray text = "# Warning: table ip filter is managed by iptables-nft, do not touch!\n"
                            "table ip filter {\n"
                            "\tchain INPUT {\n"
                            "\t\ttype filter hook input priority filter; policy accept;\n"
                            "\t}\n"
                            "}\n"
                            "# Warning: table ip6 nat is managed by iptables-nft, do not touch!\n"
                            "table ip6 nat {\n"
                            "}\n";
    QCOMPARE(parseNftText(text).iptablesNftTables,
             QList<NftTableName>({{u"ip"_s, u"filter"_s}, {u"ip6"_s, u"nat"_s}}));
}

void TestNftText::devices_data()
{
    QTest::addColumn<QString>("typeLine");
    QTest::addColumn<QString>("device");
    QTest::newRow("quoted")
        << u"type filter hook ingress device \"eth0\" priority -500; policy accept;"_s << u"eth0"_s;
    QTest::newRow("bare") << u"type filter hook ingress device eth1 priority 0;"_s << u"eth1"_s;
    QTest::newRow("several")
        << u"type filter hook ingress devices = { \"eth0\", \"eth1\" } priority 0;"_s
        << u"eth0,eth1"_s;
}

void TestNftText::devices()
{
    QFETCH(QString, typeLine);
    QFETCH(QString, device);
    const QString text = u"table netdev t {\n\tchain c {\n\t\t"_s + typeLine + u"\n\t}\n}\n"_s;
    QCOMPARE(parseNftText(text.toUtf8()).chainDevices,
             QList<NftChainDevice>({{u"netdev"_s, u"t"_s, u"c"_s, device}}));
}

QTEST_GUILESS_MAIN(TestNftText)
#include "tst_nfttext.moc"
