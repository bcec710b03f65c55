#pragma once
// Network zones: who sends (`sources`) and which node addresses those packets can
// arrive at (`reaches`). Contract: a zone reaches the node addresses a packet from
// it could be addressed to; zones may overlap. A zones file is strict (unknown or
// repeated keys, empty or duplicate names, non-prefix CIDRs are errors that name
// the file and the field: `zones.json: zones[1].sources[2]: "10.0.0.0/33" is not a
// prefix: ...`).
//
// defaultZones(snapshot), the zones used without a zones file, in this order:
//  - internet: sources = internetSourceAddresses(), i.e. every address except
//    private (RFC 1918, 100.64/10, fc00::/7), loopback, link-local, multicast,
//    unspecified/"this network" (0/8, ::), 240/4 (reserved, broadcast) and
//    v4-mapped ::ffff:0:0/96 (never on the wire). It includes the cluster's own
//    public subnets: other hosts share them. reaches = the node addresses that are
//    themselves in that set ("public").
//  - internal: sources = the private ranges minus the cluster subnets; reaches =
//    the nodes' private addresses (a private source reaches a public node address
//    only through NAT, which makes the source public: that is `internet`).
//  - cluster: sources = the cluster subnets; reaches = every node address.
// Node addresses are interface addresses with scope "global", excluding loopback,
// link-local, multicast and unspecified ones, of every node in the snapshot;
// cluster subnets are their on-link prefixes (address/prefixLength).
// Pitfall: unlike IpAddress::isGlobal(), documentation (192.0.2/24, 198.51.100/24,
// 203.0.113/24, 2001:db8::/32) and benchmarking (198.18/15) ranges count as
// public here, both as sources and as node addresses, because the lab and the
// demo use them as stand-ins for public addresses. A snapshot without node
// addresses still gets all three zones, with empty `reaches`.

#include "analysis/addressset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace portolan {

struct Snapshot;

inline constexpr QStringView kInternetZone = u"internet";
inline constexpr QStringView kInternalZone = u"internal";
inline constexpr QStringView kClusterZone = u"cluster";

struct Zone
{
    QString name;
    AddressSet sources; // who sends
    AddressSet reaches; // the node addresses its packets can arrive at

    bool operator==(const Zone &) const = default;
};

// Reads a zones file ({"zones": [{"name", "sources", "reaches"}]}); throws Error.
QList<Zone> loadZones(const QString &path);
// The same from file content; `fileName` is what error messages call the file.
QList<Zone> parseZones(const QByteArray &content, const QString &fileName);

QList<Zone> defaultZones(const Snapshot &snapshot);

// The zone called exactly `name`, or nullptr.
const Zone *findZone(const QList<Zone> &zones, QStringView name);

// RFC 1918, RFC 6598 100.64.0.0/10 and IPv6 ULA fc00::/7 (IpAddress::isPrivate()).
AddressSet privateAddressRanges();
// The sources of the default `internet` zone (see above).
AddressSet internetSourceAddresses();

} // namespace portolan
