#pragma once
// The checks behind the findings, one group per file: reachability of Ray
// services (exposurechecks.cpp), per-host settings (hostchecks.cpp) and the
// firewall rules themselves (rulechecks.cpp). Each appends its findings.

#include "analysis/finding.h"
#include "analysis/zone.h"
#include "model/snapshot.h"

namespace portolan {

struct CheckContext
{
    const Snapshot &snapshot;
    const QList<Zone> &zones;
    const QList<Exposure> &exposures;
    AddressSet clusterSources; // who must keep reaching Ray: the cluster zone's sources
};

void runExposureChecks(const CheckContext &context, QList<Finding> &findings);
void runHostChecks(const CheckContext &context, QList<Finding> &findings);
void runRuleChecks(const CheckContext &context, QList<Finding> &findings);

const Node *findNode(const Snapshot &snapshot, const QString &name);

} // namespace portolan
