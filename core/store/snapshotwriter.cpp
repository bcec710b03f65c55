#include "snapshotwriter.h"

#include "columncodec.h"
#include "model/firewalljson.h"

using namespace Qt::StringLiterals;

namespace portolan {

SnapshotWriter::SnapshotWriter(SqliteDatabase &db)
    : m_db(db)
    , m_snapshot(db.prepare(u"INSERT INTO snapshots (label, created_utc_ms, tool_version, "
                            "inventory_name) VALUES (?1, ?2, ?3, ?4)"_s))
    , m_node(db.prepare(
          u"INSERT INTO nodes (snapshot_id, position, name, ssh_target, role, status, error, "
          "collected_utc_ms, hostname, kernel, os, firewall_backend, firewall_iptables_version, "
          "firewall_manager, firewall_iptables_json, firewall_nftables_json, "
          "firewall_ipsets_json, ray_version, ray_detected_role, ray_session_name) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
          "?18, ?19, ?20)"_s))
    , m_warning(
          db.prepare(u"INSERT INTO node_warnings (node_id, position, text) VALUES (?1, ?2, ?3)"_s))
    , m_firewallError(db.prepare(
          u"INSERT INTO firewall_errors (node_id, position, text) VALUES (?1, ?2, ?3)"_s))
    , m_ruleset(db.prepare(u"INSERT INTO firewall_rulesets (node_id, position, source, text) "
                           "VALUES (?1, ?2, ?3, ?4)"_s))
    , m_interface(db.prepare(u"INSERT INTO interfaces (node_id, position, name, if_index, "
                             "mac_address, mtu, oper_state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s))
    , m_interfaceFlag(db.prepare(
          u"INSERT INTO interface_flags (interface_id, position, flag) VALUES (?1, ?2, ?3)"_s))
    , m_interfaceAddress(
          db.prepare(u"INSERT INTO interface_addresses (interface_id, position, address, "
                     "prefix_length, scope, label) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s))
    , m_route(db.prepare(u"INSERT INTO routes (node_id, position, family, route_type, "
                         "destination, gateway, device, protocol, scope, metric, route_table, "
                         "preferred_source) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s))
    , m_socket(db.prepare(u"INSERT INTO sockets (node_id, position, protocol, address, "
                          "dual_stack, scope_interface, port) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s))
    , m_socketOwner(db.prepare(u"INSERT INTO socket_owners (socket_id, position, pid, "
                               "process_name, fd) VALUES (?1, ?2, ?3, ?4, ?5)"_s))
    , m_process(db.prepare(u"INSERT INTO processes (node_id, position, pid, ppid, user_name, "
                           "comm, command) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s))
    , m_environment(db.prepare(
          u"INSERT INTO process_environment (process_id, name, value) VALUES (?1, ?2, ?3)"_s))
    , m_sessionPort(
          db.prepare(u"INSERT INTO ray_session_ports (node_id, name, port) VALUES (?1, ?2, ?3)"_s))
    , m_evidence(db.prepare(u"INSERT INTO evidence (node_id, position, command_id, command, "
                            "exit_code, stdout, stderr, duration_ms, truncated, timed_out) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s))
{}

qint64 SnapshotWriter::write(const Snapshot &snapshot)
{
    m_snapshot.bindText(1, snapshot.label);
    ColumnCodec::bindDateTime(m_snapshot, 2, snapshot.createdUtc);
    m_snapshot.bindText(3, snapshot.toolVersion);
    m_snapshot.bindText(4, snapshot.inventoryName);
    m_snapshot.execute();
    const qint64 snapshotId = m_db.lastInsertRowId();
    for (int i = 0; i < snapshot.nodes.size(); ++i)
        writeNode(snapshotId, i, snapshot.nodes.at(i));
    return snapshotId;
}

void SnapshotWriter::writeNode(qint64 snapshotId, int position, const Node &node)
{
    const Firewall &fw = node.firewall;
    m_node.bindInt(1, snapshotId);
    m_node.bindInt(2, position);
    m_node.bindText(3, node.name);
    m_node.bindText(4, node.sshTarget);
    m_node.bindText(5, toString(node.role));
    m_node.bindText(6, toString(node.status));
    m_node.bindText(7, node.error);
    ColumnCodec::bindDateTime(m_node, 8, node.collectedUtc);
    m_node.bindText(9, node.hostname);
    m_node.bindText(10, node.kernel);
    m_node.bindText(11, node.os);
    m_node.bindText(12, toString(fw.backend));
    m_node.bindText(13, fw.iptablesVersion);
    m_node.bindText(14, fw.manager);
    ColumnCodec::bindJson(m_node, 15, iptablesRulesetsToJson(fw.iptables));
    ColumnCodec::bindJson(m_node, 16, nftRulesetToJson(fw.nftables));
    ColumnCodec::bindJson(m_node, 17, ipSetsToJson(fw.ipsets));
    m_node.bindText(18, node.ray.version);
    m_node.bindText(19, toString(node.ray.detectedRole));
    m_node.bindText(20, node.ray.sessionName);
    m_node.execute();
    const qint64 nodeId = m_db.lastInsertRowId();

    writeTextList(m_warning, nodeId, node.warnings);
    writeInterfaces(nodeId, node.interfaces);
    writeRoutes(nodeId, node.routes);
    writeSockets(nodeId, node.sockets);
    writeProcesses(nodeId, node.processes);
    writeFirewallRulesets(nodeId, fw.raw);
    writeTextList(m_firewallError, nodeId, fw.errors);
    writeSessionPorts(nodeId, node.ray.sessionPorts);
    writeEvidence(nodeId, node.evidence);
}

void SnapshotWriter::writeTextList(SqliteStatement &insert, qint64 nodeId, const QStringList &texts)
{
    for (int i = 0; i < texts.size(); ++i) {
        insert.bindInt(1, nodeId);
        insert.bindInt(2, i);
        insert.bindText(3, texts.at(i));
        insert.execute();
    }
}

void SnapshotWriter::writeInterfaces(qint64 nodeId, const QList<Interface> &interfaces)
{
    for (int i = 0; i < interfaces.size(); ++i) {
        const Interface &iface = interfaces.at(i);
        m_interface.bindInt(1, nodeId);
        m_interface.bindInt(2, i);
        m_interface.bindText(3, iface.name);
        m_interface.bindInt(4, iface.index);
        m_interface.bindText(5, iface.macAddress);
        m_interface.bindInt(6, iface.mtu);
        m_interface.bindText(7, iface.operState);
        m_interface.execute();
        const qint64 interfaceId = m_db.lastInsertRowId();

        for (int f = 0; f < iface.flags.size(); ++f) {
            m_interfaceFlag.bindInt(1, interfaceId);
            m_interfaceFlag.bindInt(2, f);
            m_interfaceFlag.bindText(3, iface.flags.at(f));
            m_interfaceFlag.execute();
        }
        for (int a = 0; a < iface.addresses.size(); ++a) {
            const InterfaceAddress &address = iface.addresses.at(a);
            m_interfaceAddress.bindInt(1, interfaceId);
            m_interfaceAddress.bindInt(2, a);
            ColumnCodec::bindAddress(m_interfaceAddress, 3, address.address);
            m_interfaceAddress.bindInt(4, address.prefixLength);
            m_interfaceAddress.bindText(5, address.scope);
            m_interfaceAddress.bindText(6, address.label);
            m_interfaceAddress.execute();
        }
    }
}

void SnapshotWriter::writeRoutes(qint64 nodeId, const QList<Route> &routes)
{
    for (int i = 0; i < routes.size(); ++i) {
        const Route &route = routes.at(i);
        m_route.bindInt(1, nodeId);
        m_route.bindInt(2, i);
        m_route.bindText(3, toString(route.family));
        m_route.bindText(4, route.type);
        ColumnCodec::bindPrefix(m_route, 5, route.destination);
        ColumnCodec::bindAddress(m_route, 6, route.gateway);
        m_route.bindText(7, route.device);
        m_route.bindText(8, route.protocol);
        m_route.bindText(9, route.scope);
        m_route.bindInt(10, route.metric);
        m_route.bindText(11, route.table);
        ColumnCodec::bindAddress(m_route, 12, route.preferredSource);
        m_route.execute();
    }
}

void SnapshotWriter::writeSockets(qint64 nodeId, const QList<ListeningSocket> &sockets)
{
    for (int i = 0; i < sockets.size(); ++i) {
        const ListeningSocket &socket = sockets.at(i);
        m_socket.bindInt(1, nodeId);
        m_socket.bindInt(2, i);
        m_socket.bindText(3, toString(socket.protocol));
        ColumnCodec::bindAddress(m_socket, 4, socket.address);
        m_socket.bindInt(5, socket.dualStack ? 1 : 0);
        m_socket.bindText(6, socket.scopeInterface);
        m_socket.bindInt(7, socket.port);
        m_socket.execute();
        const qint64 socketId = m_db.lastInsertRowId();

        for (int o = 0; o < socket.owners.size(); ++o) {
            const SocketOwner &owner = socket.owners.at(o);
            m_socketOwner.bindInt(1, socketId);
            m_socketOwner.bindInt(2, o);
            m_socketOwner.bindInt(3, owner.pid);
            m_socketOwner.bindText(4, owner.processName);
            m_socketOwner.bindInt(5, owner.fd);
            m_socketOwner.execute();
        }
    }
}

void SnapshotWriter::writeProcesses(qint64 nodeId, const QList<Process> &processes)
{
    for (int i = 0; i < processes.size(); ++i) {
        const Process &process = processes.at(i);
        m_process.bindInt(1, nodeId);
        m_process.bindInt(2, i);
        m_process.bindInt(3, process.pid);
        m_process.bindInt(4, process.ppid);
        m_process.bindText(5, process.user);
        m_process.bindText(6, process.comm);
        m_process.bindText(7, process.command);
        m_process.execute();
        const qint64 processId = m_db.lastInsertRowId();

        for (auto it = process.environment.cbegin(); it != process.environment.cend(); ++it) {
            m_environment.bindInt(1, processId);
            m_environment.bindText(2, it.key());
            m_environment.bindText(3, it.value());
            m_environment.execute();
        }
    }
}

void SnapshotWriter::writeFirewallRulesets(qint64 nodeId, const QList<RawRuleset> &rulesets)
{
    for (int i = 0; i < rulesets.size(); ++i) {
        m_ruleset.bindInt(1, nodeId);
        m_ruleset.bindInt(2, i);
        m_ruleset.bindText(3, rulesets.at(i).source);
        m_ruleset.bindText(4, rulesets.at(i).text);
        m_ruleset.execute();
    }
}

void SnapshotWriter::writeSessionPorts(qint64 nodeId, const QMap<QString, int> &ports)
{
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        m_sessionPort.bindInt(1, nodeId);
        m_sessionPort.bindText(2, it.key());
        m_sessionPort.bindInt(3, it.value());
        m_sessionPort.execute();
    }
}

void SnapshotWriter::writeEvidence(qint64 nodeId, const QList<CommandEvidence> &evidence)
{
    for (int i = 0; i < evidence.size(); ++i) {
        const CommandEvidence &e = evidence.at(i);
        m_evidence.bindInt(1, nodeId);
        m_evidence.bindInt(2, i);
        m_evidence.bindText(3, e.id);
        m_evidence.bindText(4, e.command);
        m_evidence.bindInt(5, e.exitCode);
        m_evidence.bindBlob(6, e.output);
        m_evidence.bindBlob(7, e.errorOutput);
        m_evidence.bindInt(8, e.durationMs);
        m_evidence.bindInt(9, e.truncated ? 1 : 0);
        m_evidence.bindInt(10, e.timedOut ? 1 : 0);
        m_evidence.execute();
    }
}

} // namespace portolan
