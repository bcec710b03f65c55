// Reachability checks: a Ray service (or Redis, or SSH) that a zone other than
// the cluster itself can reach. One finding per check and node; the severity
// depends on the zone: the internet zone weighs more than any internal one.
// Exposures that are only uncertain make the finding one step less severe and
// say so, so "could not decide" never reads as "closed".

#include "analysis/checks.h"
#include "analysis/remediation.h"

#include <QCoreApplication>
#include <QSet>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::ExposureChecks)
};

struct ExposureCheck
{
    const char *id;
    QList<RayComponent> components;
    Severity fromInternet;
    Severity fromInternal;
    const char *title;
    const char *risk;
    const char *advice;
};

const QList<ExposureCheck> &exposureChecks()
{
    static const QList<ExposureCheck> checks{
        {"RAY-DASHBOARD-EXPOSED",
         {RayComponent::Dashboard},
         Severity::Critical,
         Severity::High,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks", "Ray dashboard and Jobs API reachable"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Code execution: whoever reaches the dashboard can submit a job "
                           "through the Jobs API and run any command on every node "
                           "(CVE-2023-48022, \"ShadowRay\"), read logs and stop jobs."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Bind the dashboard to 127.0.0.1 and reach it through an SSH tunnel, "
                           "allow the port only from the cluster's own networks, and turn on "
                           "token authentication.")},
        {"RAY-CLIENT-SERVER-EXPOSED",
         {RayComponent::ClientServer},
         Severity::Critical,
         Severity::High,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks", "Ray Client server reachable"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Code execution: a remote Ray client connects without credentials and "
                           "runs arbitrary tasks and actors on the cluster."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Allow the client port only from the cluster's networks (or a VPN), "
                           "and turn on token authentication.")},
        {"RAY-GCS-EXPOSED",
         {RayComponent::Gcs},
         Severity::Critical,
         Severity::High,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks", "Ray GCS reachable"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Cluster hijacking: the GCS holds the cluster's metadata; whoever "
                           "reaches it can register nodes, jobs and actors, read cluster state "
                           "and take the cluster down."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Allow the GCS port only from the cluster's nodes.")},
        {"RAY-INTERNAL-PORTS-EXPOSED",
         {RayComponent::Raylet, RayComponent::ObjectManager, RayComponent::DashboardAgent,
          RayComponent::RuntimeEnvAgent, RayComponent::Worker},
         Severity::High,
         Severity::Medium,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Internal Ray ports reachable from outside the cluster"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Lateral movement and data theft: raylet, object manager, agents and "
                           "workers speak unauthenticated gRPC; whoever reaches them can submit "
                           "work to workers, read objects from the object store or disturb "
                           "scheduling."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "These ports only serve the cluster itself: allow them from the "
                           "cluster's networks only.")},
        {"RAY-METRICS-EXPOSED",
         {RayComponent::Metrics},
         Severity::Medium,
         Severity::Low,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks", "Ray metrics endpoints reachable"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Information disclosure: metrics reveal node names, resources, job "
                           "and actor activity that help plan an attack."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Allow the metrics ports only from the monitoring system and the "
                           "cluster.")},
        {"REDIS-EXPOSED",
         {RayComponent::Redis},
         Severity::Critical,
         Severity::High,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks", "Redis reachable"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Data theft and code execution: Redis holds Ray's state and, with a "
                           "default or no password, accepts any command."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Allow Redis only from the cluster's nodes and set a strong "
                           "password.")},
        {"SSH-INTERNET-EXPOSED",
         {RayComponent::Ssh},
         Severity::Medium,
         Severity::Info,
         QT_TRANSLATE_NOOP("portolan::ExposureChecks", "SSH reachable from the internet"),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Credential attacks: every node answers SSH logins from anywhere, so "
                           "one weak key or password gives a foothold in the cluster."),
         QT_TRANSLATE_NOOP("portolan::ExposureChecks",
                           "Reach the nodes through one bastion host (ssh -J) and allow SSH "
                           "only from it.")},
    };
    return checks;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("portolan::ExposureChecks", text);
}

Severity lower(Severity s)
{
    return s == Severity::Info ? s : Severity(int(s) - 1);
}

bool isInternet(const QString &zone)
{
    return zone == kInternetZone;
}

void runCheck(const CheckContext &ctx, const ExposureCheck &check, QList<Finding> &findings)
{
    for (const Node &node : ctx.snapshot.nodes) {
        QList<Exposure> hits;
        bool anyOpen = false;
        Severity severity = Severity::Info;
        for (const Exposure &e : ctx.exposures) {
            if (e.node != node.name || e.zone == kClusterZone ||
                !check.components.contains(e.service) || e.verdict == ExposureVerdict::Filtered)
                continue;
            if (e.service == RayComponent::Ssh && !isInternet(e.zone))
                continue;
            Severity s = isInternet(e.zone) ? check.fromInternet : check.fromInternal;
            if (e.verdict == ExposureVerdict::Uncertain)
                s = lower(s);
            else
                anyOpen = true;
            severity = std::max(severity, s);
            hits << e;
        }
        if (hits.isEmpty())
            continue;
        Finding f;
        f.id = QString::fromLatin1(check.id);
        f.severity = severity;
        f.title = translated(check.title);
        if (!anyOpen)
            f.title =
                Tr::tr("%1 (uncertain: the firewall could not be fully evaluated)").arg(f.title);
        f.risk = translated(check.risk);
        f.nodes = {node.name};
        f.exposures = hits;
        f.remediation.text = translated(check.advice);
        QList<std::pair<Protocol, quint16>> ports;
        for (const Exposure &e : hits) {
            if (!ports.contains(std::pair{e.protocol, e.servicePort}))
                ports << std::pair{e.protocol, e.servicePort};
        }
        if (check.components.contains(RayComponent::Ssh)) {
            f.remediation.commands << RemediationCommand{
                QStringLiteral("ssh"), node.name,
                QStringLiteral("ssh -J BASTION %1  # reach the node through your bastion")
                    .arg(node.sshTarget.section(u':', 0, -2))};
        } else {
            for (const auto &[protocol, port] : std::as_const(ports))
                appendUnique(f.remediation.commands,
                             restrictPortCommands(node, protocol, port, ctx.clusterSources));
        }
        if (check.components.contains(RayComponent::Dashboard)) {
            for (const auto &[protocol, port] : std::as_const(ports))
                appendUnique(f.remediation.commands, dashboardLocalhostCommands(node, port));
        }
        if (check.components.contains(RayComponent::Dashboard) ||
            check.components.contains(RayComponent::ClientServer) ||
            check.components.contains(RayComponent::Gcs))
            appendUnique(f.remediation.commands, tokenAuthCommands(node));
        QList<quint16> k8sPorts;
        for (const auto &[protocol, port] : std::as_const(ports)) {
            if (protocol == Protocol::Tcp && !k8sPorts.contains(port))
                k8sPorts << port;
        }
        if (!check.components.contains(RayComponent::Ssh))
            f.remediation.commands << kubernetesNetworkPolicy(ctx.snapshot.inventoryName, k8sPorts);
        findings << f;
    }
}

// A service filtered over IPv4 but open over IPv6 from the same zone.
void runIpv6GapCheck(const CheckContext &ctx, QList<Finding> &findings)
{
    for (const Node &node : ctx.snapshot.nodes) {
        QList<Exposure> gaps;
        for (const Exposure &v6 : ctx.exposures) {
            if (v6.node != node.name || !v6.address.isV6() || v6.zone == kClusterZone ||
                v6.verdict != ExposureVerdict::Open || !isRayComponent(v6.service))
                continue;
            bool v4Filtered = false;
            bool v4Open = false;
            for (const Exposure &v4 : ctx.exposures) {
                if (v4.node == node.name && v4.address.isV4() && v4.zone == v6.zone &&
                    v4.service == v6.service && v4.servicePort == v6.servicePort) {
                    v4Filtered = v4Filtered || v4.verdict == ExposureVerdict::Filtered;
                    v4Open = v4Open || v4.verdict == ExposureVerdict::Open;
                }
            }
            if (v4Filtered && !v4Open)
                gaps << v6;
        }
        if (gaps.isEmpty())
            continue;
        Finding f;
        f.id = QStringLiteral("IPV6-GAP");
        f.severity = Severity::High;
        f.title = Tr::tr("Ray reachable over IPv6 although IPv4 is filtered");
        f.risk = Tr::tr("The IPv4 firewall gives a false sense of safety: the same Ray services "
                        "answer over IPv6, where no rule stops anyone.");
        f.nodes = {node.name};
        f.exposures = gaps;
        f.remediation.text = Tr::tr("Apply the same rules to IPv6 (ip6tables, or an inet table "
                                    "in nftables), or bind Ray to its IPv4 node address.");
        for (const Exposure &e : std::as_const(gaps))
            appendUnique(f.remediation.commands,
                         restrictPortCommands(node, e.protocol, e.servicePort, ctx.clusterSources));
        findings << f;
    }
}

} // namespace

void runExposureChecks(const CheckContext &context, QList<Finding> &findings)
{
    for (const ExposureCheck &check : exposureChecks())
        runCheck(context, check, findings);
    runIpv6GapCheck(context, findings);
}

} // namespace portolan
