#include "remediation.h"

namespace portolan {
namespace {

QString proto(Protocol protocol)
{
    return toString(protocol);
}

QStringList cidrs(const AddressSet &set, IpFamily family)
{
    QStringList out;
    for (const Prefix &p : set.onlyFamily(family).toPrefixes())
        out << p.toString();
    return out;
}

QString sshHost(const Node &node)
{
    // sshTarget is "user@host:port" or "user@[v6]:port": keep user@host.
    QString target = node.sshTarget;
    const qsizetype colon = target.lastIndexOf(u':');
    if (colon > 0 && !target.endsWith(u']'))
        target.truncate(colon);
    return target.isEmpty() ? node.name : target;
}

void iptablesCommands(QList<RemediationCommand> &out, const Node &node, Protocol protocol,
                      quint16 port, const AddressSet &allowed)
{
    for (IpFamily family : {IpFamily::V4, IpFamily::V6}) {
        const QString tool =
            family == IpFamily::V4 ? QStringLiteral("iptables") : QStringLiteral("ip6tables");
        const QStringList sources = cidrs(allowed, family);
        int position = 1;
        for (const QString &cidr : sources) {
            out << RemediationCommand{tool, node.name,
                                      QStringLiteral("%1 -I INPUT %2 -p %3 -s %4 --dport %5 -m "
                                                     "comment --comment portolan -j ACCEPT")
                                          .arg(tool)
                                          .arg(position++)
                                          .arg(proto(protocol), cidr)
                                          .arg(port)};
        }
        out << RemediationCommand{tool, node.name,
                                  QStringLiteral("%1 -I INPUT %2 -p %3 --dport %4 -m comment "
                                                 "--comment portolan -j DROP")
                                      .arg(tool)
                                      .arg(position)
                                      .arg(proto(protocol))
                                      .arg(port)};
    }
}

void nftCommands(QList<RemediationCommand> &out, const Node &node, Protocol protocol, quint16 port,
                 const AddressSet &allowed)
{
    const QString kind = QStringLiteral("nft");
    out << RemediationCommand{kind, node.name, QStringLiteral("nft add table inet portolan")};
    out << RemediationCommand{kind, node.name,
                              QStringLiteral("nft 'add chain inet portolan input { type filter "
                                             "hook input priority -10; policy accept; }'")};
    const QStringList v4 = cidrs(allowed, IpFamily::V4);
    const QStringList v6 = cidrs(allowed, IpFamily::V6);
    out << RemediationCommand{
        kind, node.name,
        v4.isEmpty()
            ? QStringLiteral("nft add rule inet portolan input meta nfproto ipv4 %1 dport %2 drop")
                  .arg(proto(protocol))
                  .arg(port)
            : QStringLiteral("nft add rule inet portolan input ip saddr != { %1 } %2 dport %3 "
                             "drop")
                  .arg(v4.join(u", "), proto(protocol))
                  .arg(port)};
    out << RemediationCommand{
        kind, node.name,
        v6.isEmpty()
            ? QStringLiteral("nft add rule inet portolan input meta nfproto ipv6 %1 dport %2 drop")
                  .arg(proto(protocol))
                  .arg(port)
            : QStringLiteral("nft add rule inet portolan input ip6 saddr != { %1 } %2 dport %3 "
                             "drop")
                  .arg(v6.join(u", "), proto(protocol))
                  .arg(port)};
}

void ufwCommands(QList<RemediationCommand> &out, const Node &node, Protocol protocol, quint16 port,
                 const AddressSet &allowed)
{
    int position = 1;
    for (const Prefix &p : allowed.toPrefixes()) {
        out << RemediationCommand{QStringLiteral("ufw"), node.name,
                                  QStringLiteral("ufw insert %1 allow from %2 to any port %3 "
                                                 "proto %4")
                                      .arg(position++)
                                      .arg(p.toString())
                                      .arg(port)
                                      .arg(proto(protocol))};
    }
    out << RemediationCommand{
        QStringLiteral("ufw"), node.name,
        QStringLiteral("ufw insert %1 deny %2/%3").arg(position).arg(port).arg(proto(protocol))};
}

void firewalldCommands(QList<RemediationCommand> &out, const Node &node, Protocol protocol,
                       quint16 port, const AddressSet &allowed)
{
    const QString kind = QStringLiteral("firewalld");
    out << RemediationCommand{kind, node.name,
                              QStringLiteral("firewall-cmd --permanent --remove-port=%1/%2")
                                  .arg(port)
                                  .arg(proto(protocol))};
    for (const Prefix &p : allowed.toPrefixes()) {
        out << RemediationCommand{
            kind, node.name,
            QStringLiteral("firewall-cmd --permanent --add-rich-rule='rule family=\"%1\" source "
                           "address=\"%2\" port port=\"%3\" protocol=\"%4\" accept'")
                .arg(p.family() == IpFamily::V4 ? u"ipv4" : u"ipv6", p.toString())
                .arg(port)
                .arg(proto(protocol))};
    }
    out << RemediationCommand{kind, node.name, QStringLiteral("firewall-cmd --reload")};
}

} // namespace

void appendUnique(QList<RemediationCommand> &commands, const QList<RemediationCommand> &more)
{
    for (const RemediationCommand &c : more) {
        if (!commands.contains(c))
            commands << c;
    }
}

QList<RemediationCommand> restrictPortCommands(const Node &node, Protocol protocol, quint16 port,
                                               const AddressSet &allowed)
{
    QList<RemediationCommand> out;
    if (node.firewall.manager == u"ufw") {
        ufwCommands(out, node, protocol, port, allowed);
    } else if (node.firewall.manager == u"firewalld") {
        firewalldCommands(out, node, protocol, port, allowed);
    } else if (node.firewall.backend == FirewallBackend::Nftables) {
        nftCommands(out, node, protocol, port, allowed);
    } else if (node.firewall.backend == FirewallBackend::IptablesLegacy ||
               node.firewall.backend == FirewallBackend::IptablesNft ||
               node.firewall.backend == FirewallBackend::Mixed) {
        iptablesCommands(out, node, protocol, port, allowed);
    } else {
        // No firewall yet (or unreadable): nft is the native tool of current kernels;
        // the iptables form is given too for hosts that only have iptables.
        nftCommands(out, node, protocol, port, allowed);
        iptablesCommands(out, node, protocol, port, allowed);
    }
    return out;
}

QList<RemediationCommand> dashboardLocalhostCommands(const Node &node, quint16 port)
{
    return {
        {QStringLiteral("ray-start"), node.name,
         QStringLiteral("ray stop && ray start --head --dashboard-host=127.0.0.1 "
                        "--dashboard-port=%1")
             .arg(port)},
        {QStringLiteral("ssh-tunnel"), node.name,
         QStringLiteral("ssh -N -L %1:127.0.0.1:%1 %2  # then open http://127.0.0.1:%1")
             .arg(port)
             .arg(sshHost(node))},
    };
}

QList<RemediationCommand> tokenAuthCommands(const Node &node)
{
    return {
        {QStringLiteral("env"), node.name,
         QStringLiteral("ray get-auth-token --generate  # once; distribute the token as a secret")},
        {QStringLiteral("env"), node.name,
         QStringLiteral(
             "export RAY_AUTH_MODE=token  # on every node and client, before ray start")},
    };
}

QList<RemediationCommand> tlsCommands(const Node &node)
{
    return {{QStringLiteral("env"), node.name,
             QStringLiteral("export RAY_USE_TLS=1 RAY_TLS_SERVER_CERT=/etc/ray/tls/server.crt "
                            "RAY_TLS_SERVER_KEY=/etc/ray/tls/server.key "
                            "RAY_TLS_CA_CERT=/etc/ray/tls/ca.crt  # on every node, before ray "
                            "start")}};
}

QList<RemediationCommand> upgradeCommands(const Node &node, const QString &minimumVersion)
{
    return {{QStringLiteral("upgrade"), node.name,
             QStringLiteral("pip install --upgrade \"ray[default]>=%1\"  # then restart Ray on "
                            "every node")
                 .arg(minimumVersion)}};
}

RemediationCommand kubernetesNetworkPolicy(const QString &clusterName, const QList<quint16> &ports)
{
    QString portLines;
    for (quint16 p : ports)
        portLines += QStringLiteral("        - protocol: TCP\n          port: %1\n").arg(p);
    const QString name = clusterName.isEmpty() ? QStringLiteral("raycluster") : clusterName;
    return {QStringLiteral("kubernetes"), QString(),
            QStringLiteral("apiVersion: networking.k8s.io/v1\n"
                           "kind: NetworkPolicy\n"
                           "metadata:\n"
                           "  name: %1-ray-ingress\n"
                           "spec:\n"
                           "  podSelector:\n"
                           "    matchLabels:\n"
                           "      ray.io/cluster: %1\n"
                           "  policyTypes: [Ingress]\n"
                           "  ingress:\n"
                           "    - from:\n"
                           "        - podSelector:\n"
                           "            matchLabels:\n"
                           "              ray.io/cluster: %1\n"
                           "      ports:\n%2")
                .arg(name, portLines)};
}

} // namespace portolan
