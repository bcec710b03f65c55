#pragma once
// Ray's session from the "ray-session" command (see commandset.cpp):
// "session<TAB>/tmp/ray/session_2024-..." then "file<TAB>NAME<TAB>CONTENT" lines.
// Contract: sessionName is the last path component; ports maps each port name
// ("dashboard_agent_listen_port", "metrics_export_port", "gcs_server_port", ...)
// to its number, -1 meaning "not running". Current Ray writes one file per port,
// "<port_name>_<node id hex>" holding the number ({"port": N} in some versions);
// older Ray writes ports_by_node.json ({node: {port_name: N}}). When several
// node ids appear, each key becomes "<port_name>@<node id>". Empty output means
// no session. Other "*_port_*" files are skipped.
// Pitfall: only /tmp/ray is looked at; a --temp-dir elsewhere is not found.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace portolan {

struct RaySessionInfo
{
    QString sessionName;
    QMap<QString, int> ports;

    bool operator==(const RaySessionInfo &) const = default;
};

RaySessionInfo parseRaySession(const QByteArray &output);

} // namespace portolan
