#include "snapshotreader.h"

#include "columncodec.h"
#include "model/firewalljson.h"
#include "util/error.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr auto kRow = SqliteStatement::StepResult::Row;

// Binds `id` as parameter 1 of a freshly reset statement.
SqliteStatement &query(SqliteStatement &statement, qint64 id)
{
    statement.reset();
    statement.bindInt(1, id);
    return statement;
}

// A firewall JSON column read by its firewalljson.h decoder; a value that does not
// decode names the file, the column and the JSON path in it.
template<typename T>
T firewallColumn(const SqliteStatement &row, int column,
                 T (*fromJson)(const nlohmann::json &, const QString &))
{
    const nlohmann::json value = ColumnCodec::json(row, column);
    try {
        return fromJson(value, {});
    } catch (const Error &error) {
        ColumnCodec::throwDamaged(row, column, error.message());
    }
}

} // namespace

SnapshotReader::SnapshotReader(SqliteDatabase &db)
    : m_snapshot(db.prepare(u"SELECT label, created_utc_ms, tool_version, inventory_name "
                            "FROM snapshots WHERE id = ?1"_s))
    , m_nodes(db.prepare(
          u"SELECT id, name, ssh_target, role, status, error, collected_utc_ms, hostname, "
          "kernel, os, firewall_backend, firewall_iptables_version, firewall_manager, "
          "firewall_iptables_json, firewall_nftables_json, firewall_ipsets_json, ray_version, "
          "ray_detected_role, ray_session_name "
          "FROM nodes WHERE snapshot_id = ?1 ORDER BY position"_s))
    , m_warnings(
          db.prepare(u"SELECT text FROM node_warnings WHERE node_id = ?1 ORDER BY position"_s))
    , m_firewallErrors(
          db.prepare(u"SELECT text FROM firewall_errors WHERE node_id = ?1 ORDER BY position"_s))
    , m_rulesets(db.prepare(u"SELECT source, text FROM firewall_rulesets WHERE node_id = ?1 "
                            "ORDER BY position"_s))
    , m_interfaces(db.prepare(u"SELECT id, name, if_index, mac_address, mtu, oper_state "
                              "FROM interfaces WHERE node_id = ?1 ORDER BY position"_s))
    , m_interfaceFlags(db.prepare(
          u"SELECT flag FROM interface_flags WHERE interface_id = ?1 ORDER BY position"_s))
    , m_interfaceAddresses(
          db.prepare(u"SELECT address, prefix_length, scope, label FROM interface_addresses "
                     "WHERE interface_id = ?1 ORDER BY position"_s))
    , m_routes(db.prepare(u"SELECT family, route_type, destination, gateway, device, protocol, "
                          "scope, metric, route_table, preferred_source "
                          "FROM routes WHERE node_id = ?1 ORDER BY position"_s))
    , m_sockets(db.prepare(u"SELECT id, protocol, address, dual_stack, scope_interface, port "
                           "FROM sockets WHERE node_id = ?1 ORDER BY position"_s))
    , m_socketOwners(db.prepare(u"SELECT pid, process_name, fd FROM socket_owners "
                                "WHERE socket_id = ?1 ORDER BY position"_s))
    , m_processes(db.prepare(u"SELECT id, pid, ppid, user_name, comm, command "
                             "FROM processes WHERE node_id = ?1 ORDER BY position"_s))
    , m_environment(
          db.prepare(u"SELECT name, value FROM process_environment WHERE process_id = ?1"_s))
    , m_sessionPorts(db.prepare(u"SELECT name, port FROM ray_session_ports WHERE node_id = ?1"_s))
    , m_evidence(db.prepare(u"SELECT command_id, command, exit_code, stdout, stderr, "
                            "duration_ms, truncated, timed_out "
                            "FROM evidence WHERE node_id = ?1 ORDER BY position"_s))
{}

std::optional<Snapshot> SnapshotReader::read(qint64 id)
{
    SqliteStatement &row = query(m_snapshot, id);
    if (row.step() != kRow)
        return std::nullopt;
    Snapshot snapshot;
    snapshot.id = id;
    snapshot.label = row.columnText(0);
    snapshot.createdUtc = ColumnCodec::dateTime(row, 1);
    snapshot.toolVersion = row.columnText(2);
    snapshot.inventoryName = row.columnText(3);
    row.reset();

    SqliteStatement &nodes = query(m_nodes, id);
    while (nodes.step() == kRow)
        snapshot.nodes.append(readNode(nodes));
    nodes.reset();
    return snapshot;
}

Node SnapshotReader::readNode(const SqliteStatement &row)
{
    const qint64 nodeId = row.columnInt(0);
    Node node;
    node.name = row.columnText(1);
    node.sshTarget = row.columnText(2);
    node.role = ColumnCodec::nodeRole(row, 3);
    node.status = ColumnCodec::collectionStatus(row, 4);
    node.error = row.columnText(5);
    node.collectedUtc = ColumnCodec::dateTime(row, 6);
    node.hostname = row.columnText(7);
    node.kernel = row.columnText(8);
    node.os = row.columnText(9);

    Firewall &fw = node.firewall;
    fw.backend = ColumnCodec::firewallBackend(row, 10);
    fw.iptablesVersion = row.columnText(11);
    fw.manager = row.columnText(12);
    fw.iptables = firewallColumn(row, 13, &iptablesRulesetsFromJson);
    fw.nftables = firewallColumn(row, 14, &nftRulesetFromJson);
    fw.ipsets = firewallColumn(row, 15, &ipSetsFromJson);
    node.ray.version = row.columnText(16);
    node.ray.detectedRole = ColumnCodec::nodeRole(row, 17);
    node.ray.sessionName = row.columnText(18);

    node.warnings = readTextList(m_warnings, nodeId);
    node.interfaces = readInterfaces(nodeId);
    node.routes = readRoutes(nodeId);
    node.sockets = readSockets(nodeId);
    node.processes = readProcesses(nodeId);
    fw.raw = readFirewallRulesets(nodeId);
    fw.errors = readTextList(m_firewallErrors, nodeId);
    node.ray.sessionPorts = readSessionPorts(nodeId);
    node.evidence = readEvidence(nodeId);
    return node;
}

QStringList SnapshotReader::readTextList(SqliteStatement &statement, qint64 nodeId)
{
    QStringList texts;
    SqliteStatement &row = query(statement, nodeId);
    while (row.step() == kRow)
        texts.append(row.columnText(0));
    return texts;
}

QList<Interface> SnapshotReader::readInterfaces(qint64 nodeId)
{
    QList<Interface> interfaces;
    SqliteStatement &row = query(m_interfaces, nodeId);
    while (row.step() == kRow) {
        const qint64 interfaceId = row.columnInt(0);
        Interface iface;
        iface.name = row.columnText(1);
        iface.index = ColumnCodec::integer(row, 2);
        iface.macAddress = row.columnText(3);
        iface.mtu = ColumnCodec::integer(row, 4);
        iface.operState = row.columnText(5);

        SqliteStatement &flag = query(m_interfaceFlags, interfaceId);
        while (flag.step() == kRow)
            iface.flags.append(flag.columnText(0));

        SqliteStatement &address = query(m_interfaceAddresses, interfaceId);
        while (address.step() == kRow) {
            InterfaceAddress a;
            a.address = ColumnCodec::address(address, 0);
            a.prefixLength = ColumnCodec::integer(address, 1);
            a.scope = address.columnText(2);
            a.label = address.columnText(3);
            iface.addresses.append(a);
        }
        interfaces.append(iface);
    }
    return interfaces;
}

QList<Route> SnapshotReader::readRoutes(qint64 nodeId)
{
    QList<Route> routes;
    SqliteStatement &row = query(m_routes, nodeId);
    while (row.step() == kRow) {
        Route route;
        route.family = ColumnCodec::ipFamily(row, 0);
        route.type = row.columnText(1);
        route.destination = ColumnCodec::prefix(row, 2);
        route.gateway = ColumnCodec::address(row, 3);
        route.device = row.columnText(4);
        route.protocol = row.columnText(5);
        route.scope = row.columnText(6);
        route.metric = ColumnCodec::integer(row, 7);
        route.table = row.columnText(8);
        route.preferredSource = ColumnCodec::address(row, 9);
        routes.append(route);
    }
    return routes;
}

QList<ListeningSocket> SnapshotReader::readSockets(qint64 nodeId)
{
    QList<ListeningSocket> sockets;
    SqliteStatement &row = query(m_sockets, nodeId);
    while (row.step() == kRow) {
        const qint64 socketId = row.columnInt(0);
        ListeningSocket socket;
        socket.protocol = ColumnCodec::protocol(row, 1);
        socket.address = ColumnCodec::address(row, 2);
        socket.dualStack = ColumnCodec::boolean(row, 3);
        socket.scopeInterface = row.columnText(4);
        socket.port = ColumnCodec::port(row, 5);

        SqliteStatement &owner = query(m_socketOwners, socketId);
        while (owner.step() == kRow) {
            socket.owners.append(
                {owner.columnInt(0), owner.columnText(1), ColumnCodec::integer(owner, 2)});
        }
        sockets.append(socket);
    }
    return sockets;
}

QList<Process> SnapshotReader::readProcesses(qint64 nodeId)
{
    QList<Process> processes;
    SqliteStatement &row = query(m_processes, nodeId);
    while (row.step() == kRow) {
        const qint64 processId = row.columnInt(0);
        Process process;
        process.pid = row.columnInt(1);
        process.ppid = row.columnInt(2);
        process.user = row.columnText(3);
        process.comm = row.columnText(4);
        process.command = row.columnText(5);

        SqliteStatement &variable = query(m_environment, processId);
        while (variable.step() == kRow)
            process.environment.insert(variable.columnText(0), variable.columnText(1));
        processes.append(process);
    }
    return processes;
}

QList<RawRuleset> SnapshotReader::readFirewallRulesets(qint64 nodeId)
{
    QList<RawRuleset> rulesets;
    SqliteStatement &row = query(m_rulesets, nodeId);
    while (row.step() == kRow)
        rulesets.append({row.columnText(0), row.columnText(1)});
    return rulesets;
}

QMap<QString, int> SnapshotReader::readSessionPorts(qint64 nodeId)
{
    QMap<QString, int> ports;
    SqliteStatement &row = query(m_sessionPorts, nodeId);
    while (row.step() == kRow)
        ports.insert(row.columnText(0), ColumnCodec::integer(row, 1));
    return ports;
}

QList<CommandEvidence> SnapshotReader::readEvidence(qint64 nodeId)
{
    QList<CommandEvidence> evidence;
    SqliteStatement &row = query(m_evidence, nodeId);
    while (row.step() == kRow) {
        CommandEvidence e;
        e.id = row.columnText(0);
        e.command = row.columnText(1);
        e.exitCode = ColumnCodec::integer(row, 2);
        e.output = row.columnBlob(3);
        e.errorOutput = row.columnBlob(4);
        e.durationMs = row.columnInt(5);
        e.truncated = ColumnCodec::boolean(row, 6);
        e.timedOut = ColumnCodec::boolean(row, 7);
        evidence.append(e);
    }
    return evidence;
}

} // namespace portolan
