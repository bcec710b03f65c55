// Per-host checks: nodes that could not be audited or whose firewall could not
// be read, a public node with no firewall at all, and Ray's own settings (bind
// addresses, TLS, token authentication, version, Redis password).

#include "analysis/checks.h"
#include "analysis/raynodefacts.h"
#include "analysis/rayvulnerabilities.h"
#include "analysis/remediation.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::HostChecks)
};

Finding finding(const char *id, Severity severity, const QString &title, const QString &risk,
                const Node &node)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.title = title;
    f.risk = risk;
    f.nodes = {node.name};
    return f;
}

bool reachableFromOutside(const CheckContext &ctx, const Node &node, RayComponent component)
{
    for (const Exposure &e : ctx.exposures) {
        if (e.node == node.name && e.zone != kClusterZone && e.service == component &&
            e.verdict != ExposureVerdict::Filtered)
            return true;
    }
    return false;
}

bool hasPublicAddress(const CheckContext &ctx, const Node &node)
{
    const Zone *internet = findZone(ctx.zones, kInternetZone);
    if (!internet)
        return false;
    for (const Interface &i : node.interfaces) {
        for (const InterfaceAddress &a : i.addresses) {
            if (internet->reaches.contains(a.address))
                return true;
        }
    }
    return false;
}

void auditCoverage(const CheckContext &ctx, const Node &node, QList<Finding> &out)
{
    if (node.status == CollectionStatus::Failed || node.status == CollectionStatus::Cancelled ||
        node.status == CollectionStatus::Pending) {
        Finding f =
            finding("NODE-NOT-AUDITED", Severity::Medium, Tr::tr("Node could not be audited"),
                    Tr::tr("Unknown exposure: nothing is known about this node's "
                           "listening services or firewall, so it may expose the whole "
                           "cluster."),
                    node);
        f.evidence << node.error;
        f.remediation.text = Tr::tr("Make the node reachable over SSH for the audit (address, "
                                    "user, key, host key) and run the audit again.");
        out << f;
        return;
    }
    if (!node.firewall.isComplete()) {
        Finding f = finding("FIREWALL-UNVERIFIED", Severity::Medium,
                            Tr::tr("Firewall could not be verified"),
                            Tr::tr("Unknown exposure: the packet filter could not be read, so "
                                   "every reachability verdict for this node is uncertain."),
                            node);
        f.evidence = node.firewall.errors;
        f.remediation.text = Tr::tr("Let the audit user read the firewall without a password: "
                                    "set \"sudo\": true in the inventory and grant the "
                                    "read-only commands in sudoers.");
        const QString user = node.sshTarget.section(u'@', 0, 0);
        f.remediation.commands << RemediationCommand{
            QStringLiteral("sudoers"), node.name,
            QStringLiteral("echo '%1 ALL=(root) NOPASSWD: /usr/sbin/iptables-save, "
                           "/usr/sbin/ip6tables-save, /usr/sbin/iptables-legacy-save, "
                           "/usr/sbin/ip6tables-legacy-save, /usr/sbin/nft, /usr/sbin/ipset, "
                           "/usr/bin/ss, /bin/sh' > /etc/sudoers.d/portolan-audit")
                .arg(user.isEmpty() ? QStringLiteral("AUDITUSER") : user)};
        out << f;
    }
    if (node.firewall.backend == FirewallBackend::None && hasPublicAddress(ctx, node)) {
        Finding f = finding("NO-FIREWALL-PUBLIC", Severity::High,
                            Tr::tr("Node with a public address has no firewall"),
                            Tr::tr("Every listening service, Ray's included, answers the whole "
                                   "internet; only bind addresses stand between an attacker "
                                   "and the cluster."),
                            node);
        f.remediation.text = Tr::tr("Install a default-deny inbound policy that admits SSH from "
                                    "your bastion and Ray's ports from the cluster's networks.");
        const RayNodeFacts facts = rayNodeFacts(node);
        for (const ServiceBinding &b : facts.services) {
            if (isRayComponent(b.component) && !b.socket.address.isLoopback())
                appendUnique(f.remediation.commands,
                             restrictPortCommands(node, b.socket.protocol, b.socket.port,
                                                  ctx.clusterSources));
        }
        out << f;
    }
}

void raySettings(const CheckContext &ctx, const Node &node, QList<Finding> &out)
{
    const RayNodeFacts facts = rayNodeFacts(node);
    if (!facts.rayRunning)
        return;
    if (!facts.allInterfaceBindings.isEmpty()) {
        Finding f = finding("RAY-BIND-ALL-INTERFACES", Severity::Low,
                            Tr::tr("Ray services listen on every interface"),
                            Tr::tr("A service bound to 0.0.0.0 or :: answers on public and "
                                   "IPv6 interfaces too, although Ray was given node address "
                                   "%1; one firewall mistake exposes it.")
                                .arg(facts.nodeIpAddress),
                            node);
        for (const ServiceBinding &b : facts.allInterfaceBindings)
            f.evidence << QStringLiteral("%1 %2:%3 (%4)")
                              .arg(toString(b.component), b.socket.address.toString())
                              .arg(b.socket.port)
                              .arg(b.processName);
        f.remediation.text = Tr::tr("Start Ray with its node address and keep the dashboard on "
                                    "localhost.");
        f.remediation.commands << RemediationCommand{
            QStringLiteral("ray-start"), node.name,
            QStringLiteral("ray start %1--node-ip-address=%2 --dashboard-host=127.0.0.1")
                .arg(facts.role == NodeRole::Head ? QStringLiteral("--head ") : QString(),
                     facts.nodeIpAddress)};
        out << f;
    }
    const bool outsideReach = reachableFromOutside(ctx, node, RayComponent::Dashboard) ||
                              reachableFromOutside(ctx, node, RayComponent::ClientServer) ||
                              reachableFromOutside(ctx, node, RayComponent::Gcs);
    if (!facts.tlsEnabled) {
        Finding f = finding("RAY-NO-TLS", outsideReach ? Severity::Medium : Severity::Low,
                            Tr::tr("Ray's gRPC traffic is not encrypted"),
                            Tr::tr("Data theft and hijacking: without TLS, anyone on the path "
                                   "reads task arguments, objects and tokens, and can inject "
                                   "traffic between nodes."),
                            node);
        f.remediation.text = Tr::tr("Turn on Ray's mutual TLS on every node and client.");
        f.remediation.commands = tlsCommands(node);
        out << f;
    }
    if (facts.tokenAuthStatus != TokenAuthStatus::Effective) {
        Finding f = finding("RAY-NO-TOKEN-AUTH", outsideReach ? Severity::High : Severity::Medium,
                            Tr::tr("Ray token authentication is not in force"),
                            Tr::tr("Code execution: without token authentication, Ray trusts "
                                   "every client that reaches it (status: %1).")
                                .arg(toString(facts.tokenAuthStatus)),
                            node);
        f.remediation.text = Tr::tr("Run Ray 2.52.0 or later with RAY_AUTH_MODE=token on every "
                                    "node and client.");
        f.remediation.commands = tokenAuthCommands(node);
        if (facts.tokenAuthStatus == TokenAuthStatus::VersionTooOld)
            f.remediation.commands << upgradeCommands(node, kRayTokenAuthVersion.toString());
        out << f;
    }
    QStringList affected;
    QString newestFix;
    for (const RayVulnerability &v : vulnerabilitiesFor(facts.version)) {
        if (v.status == VulnerabilityStatus::NoFixedVersion)
            continue; // ShadowRay is covered by the exposure and token checks
        affected << QStringLiteral("%1 (%2%3)")
                        .arg(v.id, v.title,
                             v.fixedIn.isEmpty() ? QString()
                                                 : Tr::tr(", fixed in %1").arg(v.fixedIn));
        if (!v.fixedIn.isEmpty())
            newestFix = v.fixedIn; // the table is ordered oldest fix first
    }
    if (!affected.isEmpty()) {
        const bool unknown = facts.version.isEmpty();
        Finding f = finding("RAY-OUTDATED", unknown ? Severity::Low : Severity::High,
                            unknown ? Tr::tr("Ray version unknown: known vulnerabilities may "
                                             "apply")
                                    : Tr::tr("Ray %1 has known vulnerabilities").arg(facts.version),
                            Tr::tr("Code execution, file read and denial of service through "
                                   "published vulnerabilities of the dashboard."),
                            node);
        f.evidence = affected;
        f.remediation.text = Tr::tr("Upgrade Ray on every node to %1 or later.").arg(newestFix);
        if (!newestFix.isEmpty())
            f.remediation.commands = upgradeCommands(node, newestFix);
        out << f;
    }
    if (facts.redisPassword == RedisPasswordUse::Default) {
        Finding f = finding("REDIS-DEFAULT-PASSWORD", Severity::High,
                            Tr::tr("Redis uses Ray's public default password"),
                            Tr::tr("Data theft and code execution: the default password "
                                   "5241590000000000 is published; it protects nothing."),
                            node);
        f.remediation.text = Tr::tr("Start Ray with a random --redis-password and keep Redis "
                                    "reachable from the cluster only.");
        f.remediation.commands << RemediationCommand{
            QStringLiteral("ray-start"), node.name,
            QStringLiteral("ray start --head --redis-password=\"$(openssl rand -hex 24)\"")};
        out << f;
    }
}

} // namespace

void runHostChecks(const CheckContext &context, QList<Finding> &findings)
{
    for (const Node &node : context.snapshot.nodes) {
        auditCoverage(context, node, findings);
        if (node.status == CollectionStatus::Ok || node.status == CollectionStatus::Partial)
            raySettings(context, node, findings);
    }
}

} // namespace portolan
