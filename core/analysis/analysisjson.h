#pragma once
// The JSON form of an analysis, exactly as DESIGN.md's CLI contract says:
// {"snapshot": {...}, "nodes": [...], "exposures": [...], "findings": [...]},
// plus "zones" and "riskScore". The report and the CLI both write this.
// Pitfall: ids, verdicts and keys are a public contract; add, never rename.

#include "analysis/analysis.h"

#include <nlohmann/json.hpp>

namespace portolan {

nlohmann::json analysisToJson(const Snapshot &snapshot, const AnalysisResult &result);
nlohmann::json exposureToJson(const Exposure &exposure);
nlohmann::json findingToJson(const Finding &finding);

} // namespace portolan
