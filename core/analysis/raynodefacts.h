#pragma once
// Security facts of one node's Ray installation: role, version, TLS, token
// authentication, Redis password, addresses, and which Ray services listen on
// every interface although Ray was given a specific node IP.
// Contract: a pure function of the stored Node; "cannot tell" is always its own
// value (Unknown, VersionUnknown, ""), never folded into off / safe.
// Pitfall: RAY_AUTH_MODE=token does nothing before Ray 2.52.0; tokenAuth is
// true only when it is set on every Ray process AND the version has it.

#include "model/snapshot.h"
#include "parse/redispassword.h"
#include "rayrecognition.h"
#include "raysettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace portolan {

enum class TokenAuthStatus : std::uint8_t {
    Unknown,        // no Ray process environment visible
    Off,            // RAY_AUTH_MODE=token on no Ray process
    Effective,      // on every visible Ray process, and Ray >= 2.52.0
    VersionTooOld,  // configured, but this Ray predates token authentication
    VersionUnknown, // configured, but the Ray version is unknown
    Inconsistent,   // some Ray processes have it, others do not
};
QString toString(TokenAuthStatus status); // "unknown", "off", "effective", ...

struct RayNodeFacts
{
    bool rayRunning = false;           // some Ray process runs on the node
    NodeRole role = NodeRole::Unknown; // from the processes, else node.ray.detectedRole
    bool roleConsistent = true;        // processes, detectedRole and inventory agree
    QString version;                   // node.ray.version; "" when unknown

    RaySetting tls;
    bool tlsEnabled = false; // RAY_USE_TLS on every visible Ray process
    RaySetting tokenAuthSetting;
    TokenAuthStatus tokenAuthStatus = TokenAuthStatus::Unknown;
    bool tokenAuth = false;                                  // == (tokenAuthStatus == Effective)
    RedisPasswordUse redisPassword = RedisPasswordUse::None; // Default outranks Custom
    QList<qint64> redisPasswordPids;                         // processes that pass one

    QString nodeIpAddress; // --node-ip-address; "" when unknown
    QString dashboardHost; // dashboard.py --host
    QString gcsAddress;    // --gcs-address / --address

    QList<ServiceBinding> services; // recognizeServices(node)
    // Ray services on 0.0.0.0 / :: / * although nodeIpAddress is a specific
    // address; empty when the node IP is unknown.
    QList<ServiceBinding> allInterfaceBindings;
    QStringList notes; // translated: inconsistencies and caveats, one sentence each

    bool bindsAllInterfaces(RayComponent component) const;
    bool operator==(const RayNodeFacts &) const = default;
};

RayNodeFacts rayNodeFacts(const Node &node);

} // namespace portolan
