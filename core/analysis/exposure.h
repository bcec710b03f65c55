#pragma once
// Exposures: which part of each zone reaches which listening socket of which
// node, and why. One Exposure per (zone, node, node address, protocol, port as
// the zone sees it, verdict, deciding rules); its `sources` is the exact part of
// the zone's sources with that verdict. A port that a DNAT/REDIRECT rule sends
// to a Ray socket is an exposure of that Ray service at the public port.
// Contract: a pure function of a stored snapshot and the zones. Nodes that were
// not audited contribute nothing here (findings report them). Pitfall: a
// socket bound to one address or interface is only reachable through it, and a
// loopback socket never from a zone.

#include "analysis/packetpath.h"
#include "analysis/rayservice.h"
#include "analysis/zone.h"
#include "model/snapshot.h"

#include <QList>
#include <QString>

namespace portolan {

enum class ExposureVerdict : std::uint8_t { Open, Filtered, Uncertain };
QString toString(ExposureVerdict verdict); // "open", "filtered", "uncertain"

struct Exposure
{
    QString zone;
    QString node;
    QString interfaceName;
    IpAddress address; // the node address the zone sends to
    Protocol protocol = Protocol::Tcp;
    quint16 port = 0;         // as the zone sees it (before NAT)
    IpAddress serviceAddress; // the listening socket's bind address
    quint16 servicePort = 0;  // the socket's port (after DNAT / REDIRECT)
    RayComponent service = RayComponent::Other;
    ExposureVerdict verdict = ExposureVerdict::Uncertain;
    AddressSet sources;    // the part of the zone that gets this verdict
    QList<RuleStep> rules; // the deciding rules, in path order
    QString uncertainty;   // why, when Uncertain
    qint64 pid = 0;        // owning process, 0 when unknown
    QString processName;
    QString recognition; // how the service was recognized

    bool operator==(const Exposure &) const = default;
};

QList<Exposure> computeExposures(const Snapshot &snapshot, const QList<Zone> &zones);

// Sources as people read them: "0.0.0.0/0 except 10.0.0.0/8" when that is
// shorter than the list of prefixes; long lists end in "and N more". Translated.
QString describeSources(const AddressSet &sources);

// Does a socket bound as `socket` accept a packet for `address` arriving on `interfaceName`?
bool socketAccepts(const ListeningSocket &socket, const IpAddress &address,
                   const QString &interfaceName);

// The zone-facing ports that NAT rules of the firewall rewrite (DNAT, REDIRECT)
// for `protocol`: candidates besides the listening ports themselves.
QList<quint16> natEntryPorts(const Firewall &firewall, Protocol protocol);

} // namespace portolan
