#pragma once
// Loads one Snapshot from an open, migrated database, the inverse of
// SnapshotWriter: the result compares equal to what was written.
// Pitfall: the caller should hold a (deferred) transaction, so that all the
// queries of one snapshot see the same state of the file.

#include "sqlite.h"

#include "model/snapshot.h"

#include <optional>

namespace portolan {

class SnapshotReader
{
public:
    explicit SnapshotReader(SqliteDatabase &db);

    // nullopt when there is no snapshot with that id.
    std::optional<Snapshot> read(qint64 id);

private:
    Node readNode(const SqliteStatement &row);
    QStringList readTextList(SqliteStatement &query, qint64 nodeId);
    QList<Interface> readInterfaces(qint64 nodeId);
    QList<Route> readRoutes(qint64 nodeId);
    QList<ListeningSocket> readSockets(qint64 nodeId);
    QList<Process> readProcesses(qint64 nodeId);
    QList<RawRuleset> readFirewallRulesets(qint64 nodeId);
    QMap<QString, int> readSessionPorts(qint64 nodeId);
    QList<CommandEvidence> readEvidence(qint64 nodeId);

    SqliteStatement m_snapshot;
    SqliteStatement m_nodes;
    SqliteStatement m_warnings;
    SqliteStatement m_firewallErrors;
    SqliteStatement m_rulesets;
    SqliteStatement m_interfaces;
    SqliteStatement m_interfaceFlags;
    SqliteStatement m_interfaceAddresses;
    SqliteStatement m_routes;
    SqliteStatement m_sockets;
    SqliteStatement m_socketOwners;
    SqliteStatement m_processes;
    SqliteStatement m_environment;
    SqliteStatement m_sessionPorts;
    SqliteStatement m_evidence;
};

} // namespace portolan
