#pragma once
// Ready-to-run fixes for one node. Firewall commands target the node's real
// backend (iptables / ip6tables, nft, ufw, firewalld) and keep the cluster's
// own CIDRs allowed, so Ray keeps working while everyone else is shut out.
// Pitfall: iptables commands INSERT at the top of INPUT so no earlier ACCEPT
// can pre-empt them; nft commands live in their own table "inet portolan" at
// priority -10, so a drop there ends the packet whatever other chains say.

#include "analysis/finding.h"
#include "model/snapshot.h"

namespace portolan {

// Appends the commands of `more` that `commands` does not hold yet, in order.
void appendUnique(QList<RemediationCommand> &commands, const QList<RemediationCommand> &more);

// Restrict `protocol`/`port` on `node` to `allowed` (the cluster's CIDRs).
QList<RemediationCommand> restrictPortCommands(const Node &node, Protocol protocol, quint16 port,
                                               const AddressSet &allowed);
// `ray start` flags and an SSH tunnel for a dashboard bound to every interface.
QList<RemediationCommand> dashboardLocalhostCommands(const Node &node, quint16 port);
QList<RemediationCommand> tokenAuthCommands(const Node &node);
QList<RemediationCommand> tlsCommands(const Node &node);
QList<RemediationCommand> upgradeCommands(const Node &node, const QString &minimumVersion);
// A KubeRay NetworkPolicy admitting only the cluster's own pods to `ports`.
RemediationCommand kubernetesNetworkPolicy(const QString &clusterName, const QList<quint16> &ports);

} // namespace portolan
