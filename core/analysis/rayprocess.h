#pragma once
// Which Ray program a process is, from its command line (or, when ps did not
// list it, from the name ss showed). Python services all run as python*, so
// only the script or module tells them apart: dashboard/dashboard.py,
// dashboard/agent.py, runtime_env/agent/main.py, autoscaler/_private/monitor.py,
// "-m ray.util.client.server". Workers are setproctitle titles "ray::...".
// Pitfall: the script is looked for only before the first "--" option, because
// raylet's line embeds whole agent and worker command lines.

#include <QString>
#include <QStringView>

#include <cstdint>

namespace portolan {

enum class RayProcessKind : std::uint8_t {
    NotRay,
    GcsServer,
    Raylet,
    Dashboard,
    DashboardAgent,
    RuntimeEnvAgent,
    Monitor,      // the autoscaler monitor (metrics on 44217)
    ClientServer, // ray.util.client.server (proxy and specific servers)
    Worker,       // ray::IDLE, ray::fn(), ray::Class.method, ray::ServeController, ...
    ServeProxy,   // ray::ProxyActor (Serve HTTP 8000 / gRPC 9000)
    OtherRay,     // another Ray program: log_monitor.py, the `ray` CLI, ...
    RedisServer,
    Sshd,
};

// `comm` is ps's (or ss's) process name, `commandLine` the full arguments;
// either may be empty.
RayProcessKind classifyProcess(QStringView comm, QStringView commandLine);
bool isRayProcess(RayProcessKind kind); // a Ray program (not redis, sshd, other)
// The program as evidence names it: "dashboard.py", "raylet", "ray.util.client.server".
QString programLabel(RayProcessKind kind);

} // namespace portolan
