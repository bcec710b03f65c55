#pragma once
// Which Ray service each listening socket of a node is, and why.
// Contract: one ServiceBinding per socket of node.sockets, in that order. Rules,
// first match wins: (1) the owning process: its options (dashboard.py --port,
// raylet --object_manager_port, ...), its well-known ports (monitor.py 44217,
// dashboard.py 44227), its title (ray::IDLE, ray::ProxyActor) or name
// (redis-server, sshd); (2) the session port files; (3) Ray's default ports
// (TCP only, like 2); (4) any other port of a Ray program is that program's; else Other.
// Pitfall: ss cuts names at ')' and 15 characters ("ray::train_fn("), so the
// owner is looked up in the process list by pid whenever possible.

#include "model/snapshot.h"
#include "rayservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace portolan {

enum class RecognitionSource : std::uint8_t {
    CommandLine,     // an option or well-known port of the owning Ray program
    ProcessTitle,    // the owner's setproctitle title ("ray::IDLE")
    ProcessName,     // the owner's program name (redis-server, sshd)
    SessionPortFile, // a port file of the node's Ray session
    DefaultPort,     // Ray's default port table
    OwningProcess,   // a Ray program owns it on a port nothing else explains
    None,            // unrecognized: RayComponent::Other
};

// One rule's verdict.
struct ServiceMatch
{
    RayComponent component = RayComponent::Other;
    RecognitionSource source = RecognitionSource::None;
    QString evidence; // translated: "raylet --object_manager_port=43002"

    bool operator==(const ServiceMatch &) const = default;
};

struct ServiceBinding
{
    ListeningSocket socket;
    qint64 pid = 0;      // the owner the verdict came from; 0 when ss showed none
    QString processName; // its name (ps comm when known, else as ss showed it)
    RayComponent component = RayComponent::Other;
    RecognitionSource source = RecognitionSource::None;
    QString evidence; // translated sentence saying how it was recognized

    bool operator==(const ServiceBinding &) const = default;
};

QList<ServiceBinding> recognizeServices(const Node &node);

} // namespace portolan
