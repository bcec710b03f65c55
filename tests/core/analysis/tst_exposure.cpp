// computeExposures on the real evidence of the lab's basic scenario, with the
// lab's zones: the verdicts the lab's probes gave (see tests/lab/README.md).

#include "analysis/exposure.h"

#include "common/labfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QList<Zone> labZones()
{
    return loadZones(QStringLiteral(PORTOLAN_FIXTURES_DIR "/collect/lab-basic-zones.json"));
}

// The verdict for one probe source, or "none" when no exposure covers it.
QString verdictFor(const QList<Exposure> &exposures, const QString &zone, const QString &node,
                   const QString &address, int port, const QString &source)
{
    const IpAddress from = *IpAddress::parse(source);
    for (const Exposure &e : exposures) {
        if (e.zone == zone && e.node == node && e.address.toString() == address && e.port == port &&
            e.sources.contains(from))
            return toString(e.verdict);
    }
    return u"none"_s;
}

ListeningSocket socket(const char *address, quint16 port, bool dualStack = false,
                       const char *scope = "")
{
    ListeningSocket s;
    s.address = *IpAddress::parse(QString::fromLatin1(address));
    s.port = port;
    s.dualStack = dualStack;
    s.scopeInterface = QString::fromLatin1(scope);
    return s;
}

} // namespace

class TestExposure : public QObject
{
    Q_OBJECT

private slots:
    void labVerdicts_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("verdict");

        const QString internet = u"198.51.100.10"_s;
        const QString internet6 = u"2001:db8:100::10"_s;
        const QString internal = u"172.31.0.10"_s;
        const QString cluster = u"10.77.0.250"_s;
        // head: no firewall at all.
        QTest::newRow("head dashboard internet")
            << u"internet"_s << u"head"_s << u"203.0.113.11"_s << 8265 << internet << u"open"_s;
        QTest::newRow("head gcs internal")
            << u"internal"_s << u"head"_s << u"10.77.0.11"_s << 6379 << internal << u"open"_s;
        QTest::newRow("head serve on loopback")
            << u"internet"_s << u"head"_s << u"203.0.113.11"_s << 8000 << internet << u"none"_s;
        // worker-fw: policy DROP, allow-list from the cluster subnet.
        QTest::newRow("fw raylet internet") << u"internet"_s << u"worker-fw"_s << u"203.0.113.12"_s
                                            << 43001 << internet << u"filtered"_s;
        QTest::newRow("fw raylet cluster")
            << u"cluster"_s << u"worker-fw"_s << u"10.77.0.12"_s << 43001 << cluster << u"open"_s;
        QTest::newRow("fw ssh internet")
            << u"internet"_s << u"worker-fw"_s << u"203.0.113.12"_s << 22 << internet << u"open"_s;
        // worker-nft: reject 52365 first, then a named set admits cluster and internal.
        QTest::newRow("nft agent internal rejected")
            << u"internal"_s << u"worker-nft"_s << u"10.77.0.13"_s << 52365 << internal
            << u"filtered"_s;
        QTest::newRow("nft raylet internal via set")
            << u"internal"_s << u"worker-nft"_s << u"10.77.0.13"_s << 43001 << internal
            << u"open"_s;
        QTest::newRow("nft raylet internet")
            << u"internet"_s << u"worker-nft"_s << u"203.0.113.13"_s << 43001 << internet
            << u"filtered"_s;
        // worker-v6: IPv4 filtered, port 80 redirected to the dashboard, IPv6 wide open.
        QTest::newRow("v6 dashboard v4") << u"internet"_s << u"worker-v6"_s << u"203.0.113.14"_s
                                         << 8265 << internet << u"filtered"_s;
        QTest::newRow("v6 redirect 80")
            << u"internet"_s << u"worker-v6"_s << u"203.0.113.14"_s << 80 << internet << u"open"_s;
        QTest::newRow("v6 dashboard v6") << u"internet"_s << u"worker-v6"_s << u"2001:db8:1::14"_s
                                         << 8265 << internet6 << u"open"_s;
        // worker-legacy: the firewall could not be read: never open, never filtered.
        QTest::newRow("legacy unknown firewall")
            << u"internet"_s << u"worker-legacy"_s << u"203.0.113.15"_s << 43001 << internet
            << u"uncertain"_s;
    }

    void labVerdicts()
    {
        QFETCH(QString, zone);
        QFETCH(QString, node);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, source);
        QFETCH(QString, verdict);
        static const QList<Exposure> exposures = computeExposures(test::labSnapshot(), labZones());
        QCOMPARE(verdictFor(exposures, zone, node, address, port, source), verdict);
    }

    void redirectKeepsTheRuleTrail()
    {
        const QList<Exposure> exposures = computeExposures(test::labSnapshot(), labZones());
        bool found = false;
        for (const Exposure &e : exposures) {
            if (e.node == u"worker-v6"_s && e.port == 80 && e.zone == u"internet"_s) {
                found = true;
                QCOMPARE(e.servicePort, quint16(8265));
                QCOMPARE(toString(e.service), u"ray-dashboard"_s);
                QVERIFY(e.rules.size() >= 2);
                QCOMPARE(e.rules.first().table, u"nat"_s);
                QVERIFY(e.rules.first().text.contains(u"REDIRECT"_s));
            }
        }
        QVERIFY(found);
    }

    void socketAccepts_data()
    {
        QTest::addColumn<ListeningSocket>("sock");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("iface");
        QTest::addColumn<bool>("accepts");

        QTest::newRow("v4 wildcard") << socket("0.0.0.0", 1) << u"10.0.0.1"_s << u"eth0"_s << true;
        QTest::newRow("v4 wildcard, v6 packet")
            << socket("0.0.0.0", 1) << u"2001:db8::1"_s << u"eth0"_s << false;
        QTest::newRow("v6 only, v4 packet")
            << socket("::", 1) << u"10.0.0.1"_s << u"eth0"_s << false;
        QTest::newRow("dual stack, v4 packet")
            << socket("::", 1, true) << u"10.0.0.1"_s << u"eth0"_s << true;
        QTest::newRow("specific match")
            << socket("10.0.0.1", 1) << u"10.0.0.1"_s << u"eth0"_s << true;
        QTest::newRow("specific other")
            << socket("10.0.0.1", 1) << u"10.0.0.2"_s << u"eth0"_s << false;
        QTest::newRow("loopback") << socket("127.0.0.1", 1) << u"127.0.0.1"_s << u"lo"_s << false;
        QTest::newRow("bound to device")
            << socket("0.0.0.0", 1, false, "eth1") << u"10.0.0.1"_s << u"eth0"_s << false;
        QTest::newRow("bound to this device")
            << socket("0.0.0.0", 1, false, "eth0") << u"10.0.0.1"_s << u"eth0"_s << true;
    }

    void socketAccepts()
    {
        QFETCH(ListeningSocket, sock);
        QFETCH(QString, address);
        QFETCH(QString, iface);
        QFETCH(bool, accepts);
        QCOMPARE(portolan::socketAccepts(sock, *IpAddress::parse(address), iface), accepts);
    }

    void describeSources_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("text");
        QTest::newRow("all v4") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s;
        QTest::newRow("all but one") << u"0.0.0.0/1, 128.0.0.0/2, 192.0.0.0/3, 224.0.0.0/4, "
                                        "240.0.0.0/5, 248.0.0.0/6, 252.0.0.0/7, 254.0.0.0/8"_s
                                     << u"0.0.0.0/0 except 255.0.0.0/8"_s;
        QTest::newRow("short list")
            << u"10.0.0.0/8, 192.168.1.0/24"_s << u"10.0.0.0/8, 192.168.1.0/24"_s;
        QTest::newRow("both families") << u"10.0.0.0/8, fd00::/8"_s << u"10.0.0.0/8; fd00::/8"_s;
        QTest::newRow("empty") << QString() << u"no source"_s;
    }

    void describeSources()
    {
        QFETCH(QString, set);
        QFETCH(QString, text);
        QCOMPARE(portolan::describeSources(AddressSet::parse(set)), text);
    }

    void natEntryPortsFromRedirect()
    {
        const Node v6 = test::labNode(u"worker-v6"_s);
        QCOMPARE(natEntryPorts(v6.firewall, Protocol::Tcp), QList<quint16>{80});
        QVERIFY(natEntryPorts(v6.firewall, Protocol::Udp).isEmpty());
        QVERIFY(natEntryPorts(test::labNode(u"head"_s).firewall, Protocol::Tcp).isEmpty());
    }

    void notAuditedNodesContributeNothing()
    {
        Snapshot s = test::labSnapshot();
        for (Node &n : s.nodes)
            n.status = CollectionStatus::Failed;
        QVERIFY(computeExposures(s, labZones()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExposure)
#include "tst_exposure.moc"
