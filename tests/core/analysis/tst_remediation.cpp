#include "analysis/remediation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

Node nodeWith(FirewallBackend backend, const QString &manager = {})
{
    Node n;
    n.name = u"head"_s;
    n.sshTarget = u"ray@203.0.113.11:22"_s;
    n.firewall.backend = backend;
    n.firewall.manager = manager;
    return n;
}

QStringList commandTexts(const QList<RemediationCommand> &commands, QStringList *kinds = nullptr)
{
    QStringList texts;
    for (const RemediationCommand &c : commands) {
        texts << c.command;
        if (kinds && !kinds->contains(c.kind))
            *kinds << c.kind;
    }
    return texts;
}

} // namespace

class TestRemediation : public QObject
{
    Q_OBJECT

private slots:
    void restrictPort_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("expected"); // each must be one of the commands

        QTest::newRow("iptables") << int(FirewallBackend::IptablesNft) << QString()
                                  << QStringList{u"iptables"_s, u"ip6tables"_s}
                                  << QStringList{
                                         u"iptables -I INPUT 1 -p tcp -s 10.0.0.0/8 --dport 8265 "
                                         "-m comment --comment portolan -j ACCEPT"_s,
                                         u"iptables -I INPUT 2 -p tcp --dport 8265 -m comment "
                                         "--comment portolan -j DROP"_s,
                                         u"ip6tables -I INPUT 1 -p tcp -s fd00::/8 --dport 8265 "
                                         "-m comment --comment portolan -j ACCEPT"_s};
        QTest::newRow("nftables") << int(FirewallBackend::Nftables) << QString()
                                  << QStringList{u"nft"_s}
                                  << QStringList{u"nft add table inet portolan"_s,
                                                 u"nft add rule inet portolan input ip saddr != { "
                                                 "10.0.0.0/8 } tcp dport 8265 drop"_s,
                                                 u"nft add rule inet portolan input ip6 saddr != { "
                                                 "fd00::/8 } tcp dport 8265 drop"_s};
        QTest::newRow("ufw") << int(FirewallBackend::IptablesNft) << u"ufw"_s
                             << QStringList{u"ufw"_s}
                             << QStringList{u"ufw insert 1 allow from 10.0.0.0/8 to any port "
                                            "8265 proto tcp"_s,
                                            u"ufw insert 3 deny 8265/tcp"_s};
        QTest::newRow("firewalld")
            << int(FirewallBackend::Nftables) << u"firewalld"_s << QStringList{u"firewalld"_s}
            << QStringList{u"firewall-cmd --permanent --remove-port=8265/tcp"_s,
                           u"firewall-cmd --reload"_s};
        QTest::newRow("no firewall: nft and iptables forms")
            << int(FirewallBackend::None) << QString()
            << QStringList{u"nft"_s, u"iptables"_s, u"ip6tables"_s}
            << QStringList{u"nft add table inet portolan"_s};
    }

    void restrictPort()
    {
        QFETCH(int, backend);
        QFETCH(QString, manager);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, expected);
        const AddressSet allowed = AddressSet::parse(u"10.0.0.0/8, fd00::/8"_s);
        QStringList gotKinds;
        const QStringList texts =
            commandTexts(restrictPortCommands(nodeWith(FirewallBackend(backend), manager),
                                              Protocol::Tcp, 8265, allowed),
                         &gotKinds);
        QCOMPARE(gotKinds, kinds);
        for (const QString &e : expected)
            QVERIFY2(texts.contains(e), qPrintable(e + u"\n not in:\n"_s + texts.join(u'\n')));
    }

    void noClusterV6MeansDropAllV6()
    {
        const QStringList texts =
            commandTexts(restrictPortCommands(nodeWith(FirewallBackend::Nftables), Protocol::Tcp,
                                              6379, AddressSet::parse(u"10.77.0.0/24"_s)));
        QVERIFY(texts.contains(u"nft add rule inet portolan input meta nfproto ipv6 tcp dport 6379 "
                               "drop"_s));
    }

    void dashboardTunnel()
    {
        const QStringList texts =
            commandTexts(dashboardLocalhostCommands(nodeWith(FirewallBackend::None), 8265));
        QVERIFY(texts.first().contains(u"--dashboard-host=127.0.0.1"_s));
        QVERIFY(texts.last().startsWith(u"ssh -N -L 8265:127.0.0.1:8265 ray@203.0.113.11"_s));
    }

    void networkPolicy()
    {
        const RemediationCommand c = kubernetesNetworkPolicy(u"prod"_s, {8265, 10001});
        QCOMPARE(c.kind, u"kubernetes"_s);
        QVERIFY(c.command.contains(u"kind: NetworkPolicy"_s));
        QVERIFY(c.command.contains(u"ray.io/cluster: prod"_s));
        QVERIFY(c.command.contains(u"port: 10001"_s));
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
