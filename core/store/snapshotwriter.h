#pragma once
// Inserts one Snapshot into an open, migrated database. Every statement is
// prepared once in the constructor and reused for every row.
// Pitfall: the caller owns the transaction; write() never begins or commits
// one, so a failure half-way must be rolled back by the caller.

#include "sqlite.h"

#include "model/snapshot.h"

namespace portolan {

class SnapshotWriter
{
public:
    explicit SnapshotWriter(SqliteDatabase &db);

    // Returns the new snapshot id; snapshot.id is ignored.
    qint64 write(const Snapshot &snapshot);

private:
    void writeNode(qint64 snapshotId, int position, const Node &node);
    void writeTextList(SqliteStatement &insert, qint64 nodeId, const QStringList &texts);
    void writeInterfaces(qint64 nodeId, const QList<Interface> &interfaces);
    void writeRoutes(qint64 nodeId, const QList<Route> &routes);
    void writeSockets(qint64 nodeId, const QList<ListeningSocket> &sockets);
    void writeProcesses(qint64 nodeId, const QList<Process> &processes);
    void writeFirewallRulesets(qint64 nodeId, const QList<RawRuleset> &rulesets);
    void writeSessionPorts(qint64 nodeId, const QMap<QString, int> &ports);
    void writeEvidence(qint64 nodeId, const QList<CommandEvidence> &evidence);

    SqliteDatabase &m_db;
    SqliteStatement m_snapshot;
    SqliteStatement m_node;
    SqliteStatement m_warning;
    SqliteStatement m_firewallError;
    SqliteStatement m_ruleset;
    SqliteStatement m_interface;
    SqliteStatement m_interfaceFlag;
    SqliteStatement m_interfaceAddress;
    SqliteStatement m_route;
    SqliteStatement m_socket;
    SqliteStatement m_socketOwner;
    SqliteStatement m_process;
    SqliteStatement m_environment;
    SqliteStatement m_sessionPort;
    SqliteStatement m_evidence;
};

} // namespace portolan
