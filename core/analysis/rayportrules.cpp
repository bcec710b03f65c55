#include "rayportrules.h"

#include <array>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RayRecognition)
};

struct NamedPort
{
    QStringView name;
    RayComponent component;
};

// Port file names Ray writes into the session directory (node.py _get_cached_port),
// plus the names older ports_by_node.json files used.
constexpr std::array<NamedPort, 9> kSessionPorts{{
    {u"gcs_server_port", RayComponent::Gcs},
    {u"dashboard_agent_listen_port", RayComponent::DashboardAgent},
    {u"metrics_agent_port", RayComponent::DashboardAgent}, // the agent's gRPC port
    {u"metrics_export_port", RayComponent::Metrics},
    {u"runtime_env_agent_port", RayComponent::RuntimeEnvAgent},
    {u"node_manager_port", RayComponent::Raylet},
    {u"object_manager_port", RayComponent::ObjectManager},
    {u"ray_client_server_port", RayComponent::ClientServer},
    {u"dashboard_port", RayComponent::Dashboard},
}};

struct DefaultPort
{
    quint16 port;
    RayComponent component;
};

constexpr std::array<DefaultPort, 9> kDefaultPorts{{
    {8265, RayComponent::Dashboard},
    {6379, RayComponent::Gcs},
    {10001, RayComponent::ClientServer},
    {52365, RayComponent::DashboardAgent},
    {44217, RayComponent::Metrics},
    {44227, RayComponent::Metrics},
    {8000, RayComponent::ServeHttp},
    {9000, RayComponent::ServeGrpc},
    {22, RayComponent::Ssh},
}};

QStringView portName(QStringView key)
{
    const qsizetype at = key.indexOf(u'@');
    return at < 0 ? key : key.left(at);
}

QString ownerClause(const DefaultPortContext &context)
{
    if (context.ownerName.isEmpty())
        return Tr::tr("no owning process visible");
    return Tr::tr("owned by %1").arg(context.ownerName);
}

} // namespace

std::optional<ServiceMatch> matchSessionPort(const QMap<QString, int> &sessionPorts, quint16 port)
{
    for (auto it = sessionPorts.cbegin(); it != sessionPorts.cend(); ++it) {
        if (it.value() != int(port))
            continue;
        const QStringView name = portName(it.key());
        for (const NamedPort &known : kSessionPorts) {
            if (known.name == name)
                return ServiceMatch{known.component, RecognitionSource::SessionPortFile,
                                    Tr::tr("session port file %1").arg(name.toString())};
        }
    }
    return std::nullopt;
}

std::optional<ServiceMatch> matchDefaultPort(quint16 port, const DefaultPortContext &context)
{
    for (const DefaultPort &known : kDefaultPorts) {
        if (known.port != port)
            continue;
        const RayComponent component =
            known.component == RayComponent::Gcs && context.redisInsteadOfGcs ? RayComponent::Redis
                                                                              : known.component;
        return ServiceMatch{component, RecognitionSource::DefaultPort,
                            Tr::tr("default port %1 (%2)").arg(port).arg(ownerClause(context))};
    }
    if (context.rayPresent && context.workers.contains(port))
        return ServiceMatch{RayComponent::Worker, RecognitionSource::DefaultPort,
                            Tr::tr("port in the worker port range %1 (%2)")
                                .arg(context.workers.toString(), ownerClause(context))};
    return std::nullopt;
}

} // namespace portolan
