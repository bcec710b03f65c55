#pragma once
// Findings: what is wrong, how bad, for whom, and how to fix it on these nodes.
// Modelled on Prowler's check metadata: a stable check id, a severity that
// depends on the zone that can reach the service, the risk in the threat's
// terms, the affected nodes and exposures, and a remediation with ready
// commands for each node's real firewall backend and the cluster's real CIDRs.
// Pitfall: check ids are a public contract (CLI JSON, reports, diffs): add new
// ones, never rename.

#include "analysis/exposure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

enum class Severity : std::uint8_t { Info, Low, Medium, High, Critical };
QString toString(Severity severity); // "info" ... "critical"
std::optional<Severity> severityFromString(QStringView text);

struct RemediationCommand
{
    QString kind; // iptables, ip6tables, nft, ufw, firewalld, ray-start, ssh-tunnel, env,
                  // upgrade, kubernetes
    QString node; // empty: applies cluster-wide
    QString command;

    bool operator==(const RemediationCommand &) const = default;
};

struct Remediation
{
    QString text; // the recommendation, translated
    QList<RemediationCommand> commands;

    bool operator==(const Remediation &) const = default;
};

struct Finding
{
    QString id; // check id, e.g. RAY-DASHBOARD-EXPOSED
    Severity severity = Severity::Info;
    QString title; // translated
    QString risk;  // translated: the impact in the threat's terms
    QStringList nodes;
    QList<Exposure> exposures; // the evidence paths, when the finding is about reachability
    QStringList evidence;      // other evidence lines (rule text, versions, settings)
    Remediation remediation;

    bool operator==(const Finding &) const = default;
};

} // namespace portolan
