#pragma once
// Known Ray vulnerabilities by version (see /work/shared/RAY-FACTS.md).
// Contract: vulnerabilitiesFor() lists what may apply to a version: the ones
// fixed in a later release (Affected), the ones no release fixes
// (NoFixedVersion: CVE-2023-48022 "ShadowRay", mitigated only by token auth on
// Ray >= 2.52.0 and isolation) and, when the version is empty or unparseable,
// every entry as VersionUnknown: an unknown version is never "not vulnerable".
// Pitfall: a pre-release of the fixing version ("2.52.0rc1") counts as affected.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace portolan {

enum class VulnerabilityStatus : std::uint8_t {
    Affected,       // the version is older than fixedIn
    NoFixedVersion, // no release fixes it: only configuration and isolation help
    VersionUnknown, // the version is unknown: may be affected
};

struct RayVulnerability
{
    QString id;      // "CVE-2023-6019"
    QString title;   // translated
    QString fixedIn; // "2.8.1"; empty when no release fixes it
    QString note;    // translated: dispute, mitigation, caveats
    bool disputed = false;
    VulnerabilityStatus status = VulnerabilityStatus::Affected;

    bool operator==(const RayVulnerability &) const = default;
};

// Ray's first release with token authentication (RAY_AUTH_MODE=token).
inline constexpr QStringView kRayTokenAuthVersion = u"2.52.0";

// Every known entry: ShadowRay first, then by fixing release, oldest first
// (callers take the last fixedIn as the release that fixes everything).
// Status is NoFixedVersion or Affected.
QList<RayVulnerability> rayVulnerabilityTable();
QList<RayVulnerability> vulnerabilitiesFor(const QString &version);

} // namespace portolan
