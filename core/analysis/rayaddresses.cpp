#include "rayaddresses.h"

#include "raycommandline.h"
#include "rayprocess.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool isAddress(const std::optional<QString> &value)
{
    return value && !value->isEmpty() && *value != u"auto" && *value != u"None";
}

// The first usable value of `names` among the processes of `kinds` (all when empty).
QString firstValue(const QList<Process> &processes, std::initializer_list<QStringView> names,
                   std::initializer_list<RayProcessKind> kinds = {})
{
    for (const Process &p : processes) {
        const RayProcessKind kind = classifyProcess(p.comm, p.command);
        if (kinds.size() > 0 && std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
            continue;
        const std::optional<QString> value = optionValue(p.command, names);
        if (isAddress(value))
            return *value;
    }
    return {};
}

QString hostPort(const QString &host, quint16 port)
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

QString gcsFromServer(const QList<Process> &processes, const QString &nodeIp)
{
    if (nodeIp.isEmpty())
        return {};
    for (const Process &p : processes) {
        if (classifyProcess(p.comm, p.command) != RayProcessKind::GcsServer)
            continue;
        if (const auto port = portOption(p.command, u"--gcs_server_port"))
            return hostPort(nodeIp, *port);
    }
    return {};
}

} // namespace

RayAddresses rayAddresses(const QList<Process> &rayProcesses)
{
    RayAddresses a;
    for (const Process &p : rayProcesses) {
        const std::optional<QString> ip =
            optionValue(p.command, {u"--node-ip-address", u"--node_ip_address"});
        if (isAddress(ip) && !a.nodeIpAddresses.contains(*ip))
            a.nodeIpAddresses << *ip;
    }
    a.nodeIpAddress = a.nodeIpAddresses.value(0);
    a.dashboardHost = firstValue(rayProcesses, {u"--host"}, {RayProcessKind::Dashboard});
    if (a.dashboardHost.isEmpty())
        a.dashboardHost =
            firstValue(rayProcesses, {u"--dashboard-host"}, {RayProcessKind::OtherRay});
    a.gcsAddress = firstValue(rayProcesses, {u"--gcs-address"});
    if (a.gcsAddress.isEmpty())
        a.gcsAddress = firstValue(rayProcesses, {u"--address"},
                                  {RayProcessKind::ClientServer, RayProcessKind::OtherRay});
    if (a.gcsAddress.isEmpty())
        a.gcsAddress = gcsFromServer(rayProcesses, a.nodeIpAddress);
    return a;
}

} // namespace portolan
