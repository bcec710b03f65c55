#include "rayvulnerabilities.h"

#include "rayversioncompare.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RayVulnerabilities)
};

RayVulnerability entry(const QString &id, const QString &title, const QString &fixedIn,
                       const QString &note, bool disputed = false)
{
    RayVulnerability v;
    v.id = id;
    v.title = title;
    v.fixedIn = fixedIn;
    v.note = note;
    v.disputed = disputed;
    v.status =
        fixedIn.isEmpty() ? VulnerabilityStatus::NoFixedVersion : VulnerabilityStatus::Affected;
    return v;
}

} // namespace

QList<RayVulnerability> rayVulnerabilityTable()
{
    return {
        entry(u"CVE-2023-48022"_s,
              Tr::tr("ShadowRay: the Jobs API (POST /api/jobs/) runs arbitrary code without "
                     "authentication"),
              {},
              Tr::tr("Disputed by the vendor and fixed by no release: Ray relies on the network "
                     "to keep it out of reach. Mitigate with token authentication "
                     "(RAY_AUTH_MODE=token, Ray %1 or newer) and by isolating the dashboard, "
                     "Jobs API and Client ports.")
                  .arg(kRayTokenAuthVersion),
              true),
        entry(u"CVE-2023-6019"_s,
              Tr::tr("Command injection through the format parameter of the dashboard's "
                     "cpu_profile endpoint"),
              u"2.8.1"_s, Tr::tr("Unauthenticated code execution on the dashboard host.")),
        entry(u"CVE-2023-6020"_s,
              Tr::tr("Arbitrary file read through path traversal under /static/"), u"2.8.1"_s,
              Tr::tr("Unauthenticated file read on the dashboard host.")),
        entry(u"CVE-2023-6021"_s,
              Tr::tr("Arbitrary file read through /api/v0/logs/file?filename=../.."), u"2.8.1"_s,
              Tr::tr("Unauthenticated file read on any node through the logs API.")),
        entry(u"CVE-2023-48023"_s,
              Tr::tr("Server-side request forgery through the dashboard's /log_proxy"), u"2.8.1"_s,
              Tr::tr("Disputed by the vendor; the fixing release is not confirmed."), true),
        entry(u"CVE-2025-1979"_s, Tr::tr("The Redis password is written to the logs"), u"2.43.0"_s,
              Tr::tr("Anyone who can read the logs (e.g. through the dashboard) learns the "
                     "password.")),
        entry(u"CVE-2025-62593"_s,
              Tr::tr("Browser check bypass (User-Agent, DNS rebinding) reaches the Jobs API"),
              u"2.52.0"_s, Tr::tr("A web page the operator visits can run code on the cluster.")),
        entry(u"CVE-2026-27482"_s,
              Tr::tr("Unauthenticated DELETE requests shut down Serve applications and delete "
                     "jobs"),
              u"2.54.0"_s, Tr::tr("Denial of service without authentication.")),
    };
}

QList<RayVulnerability> vulnerabilitiesFor(const QString &version)
{
    QList<RayVulnerability> applying;
    for (RayVulnerability v : rayVulnerabilityTable()) {
        if (v.fixedIn.isEmpty()) {
            applying << v;
            continue;
        }
        switch (isVersionAtLeast(version, v.fixedIn)) {
        case VersionAnswer::No:
            v.status = VulnerabilityStatus::Affected;
            applying << v;
            break;
        case VersionAnswer::Unknown:
            v.status = VulnerabilityStatus::VersionUnknown;
            applying << v;
            break;
        case VersionAnswer::Yes:
            break;
        }
    }
    return applying;
}

} // namespace portolan
