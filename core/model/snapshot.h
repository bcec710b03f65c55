#pragma once
// One audit: a Snapshot holds every node as it was collected, with its status.
// A snapshot is immutable once stored; id 0 means "not stored yet".

#include "evidence.h"
#include "firewall.h"
#include "network.h"
#include "process.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace portolan {

enum class NodeRole : std::uint8_t { Unknown, Head, Worker };
QString toString(NodeRole role);
std::optional<NodeRole> nodeRoleFromString(QStringView text);

enum class CollectionStatus : std::uint8_t {
    Pending,   // not collected (yet)
    Ok,        // every command ran
    Partial,   // reached, but some commands failed or were denied (see warnings)
    Failed,    // could not be audited at all (see error)
    Cancelled, // the user cancelled before this node finished
};
QString toString(CollectionStatus status);
std::optional<CollectionStatus> collectionStatusFromString(QStringView text);

struct RayFacts
{
    QString version;                           // "2.9.3"; empty when unknown
    NodeRole detectedRole = NodeRole::Unknown; // from the processes (raylet --head, gcs_server)
    QString sessionName;
    QMap<QString, int> sessionPorts; // port file name -> port, from session_latest

    bool operator==(const RayFacts &) const = default;
};

struct Node
{
    // From the inventory.
    QString name;
    QString sshTarget; // user@host:port as connected
    NodeRole role = NodeRole::Unknown;

    // Collection outcome.
    CollectionStatus status = CollectionStatus::Pending;
    QString error;        // why Failed/Cancelled
    QStringList warnings; // why Partial: "iptables-save: permission denied"
    QDateTime collectedUtc;

    // System.
    QString hostname;
    QString kernel; // uname -a
    QString os;     // PRETTY_NAME of /etc/os-release

    QList<Interface> interfaces;
    QList<Route> routes;
    QList<ListeningSocket> sockets;
    QList<Process> processes;
    Firewall firewall;
    RayFacts ray;
    QList<CommandEvidence> evidence;

    bool operator==(const Node &) const = default;
};

struct Snapshot
{
    qint64 id = 0;
    QString label;
    QDateTime createdUtc;
    QString toolVersion;
    QString inventoryName;
    QList<Node> nodes;

    bool operator==(const Snapshot &) const = default;
};

// Summary row for listings: no node payload.
struct SnapshotSummary
{
    qint64 id = 0;
    QString label;
    QDateTime createdUtc;
    QString toolVersion;
    QString inventoryName;
    int nodeCount = 0;
    int failedNodeCount = 0;

    bool operator==(const SnapshotSummary &) const = default;
};

} // namespace portolan
