#include "rayownerrules.h"

#include "raycommandline.h"

#include <array>
#include <span>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RayRecognition)
};

struct PortOption
{
    QStringView option;
    RayComponent component;
};

constexpr std::array<PortOption, 1> kGcsOptions{{{u"--gcs_server_port", RayComponent::Gcs}}};
constexpr std::array<PortOption, 4> kRayletOptions{{
    {u"--node_manager_port", RayComponent::Raylet},
    {u"--object_manager_port", RayComponent::ObjectManager},
    {u"--metrics_export_port", RayComponent::Metrics},
    {u"--runtime_env_agent_port", RayComponent::RuntimeEnvAgent},
}};
constexpr std::array<PortOption, 3> kDashboardOptions{{
    {u"--port", RayComponent::Dashboard},
    {u"--dashboard-port", RayComponent::Dashboard},
    {u"--grpc-port", RayComponent::Dashboard},
}};
constexpr std::array<PortOption, 4> kAgentOptions{{
    {u"--listen-port", RayComponent::DashboardAgent},
    {u"--dashboard-agent-port", RayComponent::DashboardAgent},
    {u"--grpc-port", RayComponent::DashboardAgent},
    {u"--metrics-export-port", RayComponent::Metrics},
}};
constexpr std::array<PortOption, 1> kRuntimeEnvOptions{
    {{u"--runtime-env-agent-port", RayComponent::RuntimeEnvAgent}}};
constexpr std::array<PortOption, 1> kClientServerOptions{{{u"--port", RayComponent::ClientServer}}};

constexpr quint16 kAutoscalerMetricPort = 44217; // AUTOSCALER_METRIC_PORT
constexpr quint16 kDashboardMetricPort = 44227;  // DASHBOARD_METRIC_PORT
constexpr quint16 kServeHttpPort = 8000;
constexpr quint16 kServeGrpcPort = 9000;

std::span<const PortOption> optionsOf(RayProcessKind kind)
{
    switch (kind) {
    case RayProcessKind::GcsServer:
        return kGcsOptions;
    case RayProcessKind::Raylet:
        return kRayletOptions;
    case RayProcessKind::Dashboard:
        return kDashboardOptions;
    case RayProcessKind::DashboardAgent:
        return kAgentOptions;
    case RayProcessKind::RuntimeEnvAgent:
        return kRuntimeEnvOptions;
    case RayProcessKind::ClientServer:
        return kClientServerOptions;
    default:
        return {};
    }
}

std::optional<ServiceMatch> matchOptions(const SocketOwnerView &owner, quint16 port)
{
    for (const PortOption &option : optionsOf(owner.kind)) {
        if (portOption(owner.commandLine, option.option) == port)
            return ServiceMatch{option.component, RecognitionSource::CommandLine,
                                Tr::tr("%1 %2=%3", "evidence: program, option, port")
                                    .arg(programLabel(owner.kind), option.option.toString())
                                    .arg(port)};
    }
    return std::nullopt;
}

std::optional<ServiceMatch> matchMetricsPort(const SocketOwnerView &owner, quint16 port)
{
    if (owner.kind == RayProcessKind::Monitor && port == kAutoscalerMetricPort)
        return ServiceMatch{
            RayComponent::Metrics, RecognitionSource::CommandLine,
            Tr::tr("%1 on the autoscaler metrics port %2").arg(programLabel(owner.kind)).arg(port)};
    if (owner.kind == RayProcessKind::Dashboard && port == kDashboardMetricPort)
        return ServiceMatch{
            RayComponent::Metrics, RecognitionSource::CommandLine,
            Tr::tr("%1 on the dashboard metrics port %2").arg(programLabel(owner.kind)).arg(port)};
    return std::nullopt;
}

ServiceMatch workerMatch(const QString &title, quint16 port, const WorkerPorts &workers)
{
    QString evidence;
    if (workers.isRandom())
        evidence = Tr::tr("title %1 (workers use random ports on this node)").arg(title);
    else if (workers.contains(port))
        evidence = Tr::tr("title %1 in the worker port range %2").arg(title, workers.toString());
    else
        evidence = Tr::tr("title %1 outside the worker port range %2 (a server opened by a task "
                          "or actor)")
                       .arg(title, workers.toString());
    return {RayComponent::Worker, RecognitionSource::ProcessTitle, evidence};
}

ServiceMatch serveProxyMatch(const QString &title, quint16 port, const WorkerPorts &workers)
{
    if (port == kServeHttpPort)
        return {RayComponent::ServeHttp, RecognitionSource::ProcessTitle,
                Tr::tr("title %1 on the Serve HTTP port %2").arg(title).arg(port)};
    if (port == kServeGrpcPort)
        return {RayComponent::ServeGrpc, RecognitionSource::ProcessTitle,
                Tr::tr("title %1 on the Serve gRPC port %2").arg(title).arg(port)};
    if (workers.contains(port))
        return workerMatch(title, port, workers);
    return {RayComponent::ServeHttp, RecognitionSource::ProcessTitle,
            Tr::tr("title %1 outside the worker ports: a custom Serve proxy port (HTTP assumed)")
                .arg(title)};
}

} // namespace

std::optional<ServiceMatch> matchOwner(const SocketOwnerView &owner, quint16 port,
                                       const WorkerPorts &workers)
{
    switch (owner.kind) {
    case RayProcessKind::Worker:
        return workerMatch(owner.name, port, workers);
    case RayProcessKind::ServeProxy:
        return serveProxyMatch(owner.name, port, workers);
    case RayProcessKind::RedisServer:
        return ServiceMatch{RayComponent::Redis, RecognitionSource::ProcessName,
                            Tr::tr("process %1").arg(programLabel(owner.kind))};
    case RayProcessKind::Sshd:
        return ServiceMatch{RayComponent::Ssh, RecognitionSource::ProcessName,
                            Tr::tr("process %1").arg(programLabel(owner.kind))};
    default:
        break;
    }
    if (auto match = matchOptions(owner, port))
        return match;
    return matchMetricsPort(owner, port);
}

std::optional<ServiceMatch> matchOwnerProgram(const SocketOwnerView &owner)
{
    RayComponent component = RayComponent::Other;
    switch (owner.kind) {
    case RayProcessKind::GcsServer:
        component = RayComponent::Gcs;
        break;
    case RayProcessKind::Raylet:
        component = RayComponent::Raylet;
        break;
    case RayProcessKind::Dashboard:
        component = RayComponent::Dashboard;
        break;
    case RayProcessKind::DashboardAgent:
        component = RayComponent::DashboardAgent;
        break;
    case RayProcessKind::RuntimeEnvAgent:
        component = RayComponent::RuntimeEnvAgent;
        break;
    case RayProcessKind::Monitor:
        component = RayComponent::Metrics;
        break;
    case RayProcessKind::ClientServer:
        component = RayComponent::ClientServer;
        break;
    default:
        return std::nullopt;
    }
    return ServiceMatch{
        component, RecognitionSource::OwningProcess,
        Tr::tr("owned by %1 on a port none of its options name").arg(programLabel(owner.kind))};
}

} // namespace portolan
