#pragma once
// The whole analysis of one snapshot: zones, exposures, findings and the risk
// score. A pure function of the stored snapshot and the zones, so the GUI, the
// CLI and the report agree, and an old audit re-analysed gives the same answer.
//
// Risk score (0-100): 100 * (1 - prod(1 - w_i)) over all findings, with
// w = 0.5 critical, 0.25 high, 0.1 medium, 0.03 low, 0 info: one critical
// finding alone scores 50, two score 75; truncated to an integer, it stays
// below 100 and never falls when a finding is added.

#include "analysis/finding.h"
#include "analysis/zone.h"
#include "model/snapshot.h"

namespace portolan {

struct AnalysisResult
{
    QList<Zone> zones;
    QList<Exposure> exposures;
    QList<Finding> findings; // most severe first, then by check id
    int riskScore = 0;
};

// `zones` empty: defaultZones(snapshot).
AnalysisResult analyzeSnapshot(const Snapshot &snapshot, const QList<Zone> &zones = {});
int riskScore(const QList<Finding> &findings);

} // namespace portolan
