#include "analysis.h"

#include "analysis/checks.h"

#include <algorithm>

namespace portolan {
namespace {

double weight(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 0.5;
    case Severity::High:
        return 0.25;
    case Severity::Medium:
        return 0.1;
    case Severity::Low:
        return 0.03;
    case Severity::Info:
        break;
    }
    return 0.0;
}

} // namespace

const Node *findNode(const Snapshot &snapshot, const QString &name)
{
    for (const Node &n : snapshot.nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

int riskScore(const QList<Finding> &findings)
{
    double safe = 1.0;
    for (const Finding &f : findings)
        safe *= 1.0 - weight(f.severity);
    return int(100.0 * (1.0 - safe)); // truncated: only a certain breach would be 100
}

AnalysisResult analyzeSnapshot(const Snapshot &snapshot, const QList<Zone> &zones)
{
    AnalysisResult result;
    result.zones = zones.isEmpty() ? defaultZones(snapshot) : zones;
    result.exposures = computeExposures(snapshot, result.zones);

    AddressSet cluster;
    if (const Zone *z = findZone(result.zones, kClusterZone))
        cluster = z->sources;
    const CheckContext context{snapshot, result.zones, result.exposures, cluster};
    runExposureChecks(context, result.findings);
    runHostChecks(context, result.findings);
    runRuleChecks(context, result.findings);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         return a.id < b.id;
                     });
    result.riskScore = riskScore(result.findings);
    return result;
}

} // namespace portolan
