#include "rayservice.h"

#include <QCoreApplication>

#include <array>

namespace portolan {
namespace {

struct ComponentInfo
{
    RayComponent component;
    QStringView id;
    const char *name;   // QT_TRANSLATE_NOOP in "portolan::RayComponent"
    const char *impact; // QT_TRANSLATE_NOOP in "portolan::RayComponent"
};

constexpr const char *kContext = "portolan::RayComponent";

constexpr std::array<ComponentInfo, 14> kComponents{{
    {RayComponent::Dashboard, u"ray-dashboard",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray dashboard"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Jobs API runs arbitrary code without authentication (CVE-2023-48022, "
                       "ShadowRay); logs and cluster state are readable.")},
    {RayComponent::Gcs, u"ray-gcs", QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray GCS"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Cluster control plane: whoever reaches it can register nodes, schedule "
                       "tasks and actors (code execution) and read cluster metadata.")},
    {RayComponent::ClientServer, u"ray-client-server",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray Client server"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "ray.init(\"ray://...\") from anywhere: runs arbitrary code on the "
                       "cluster as a driver.")},
    {RayComponent::Raylet, u"ray-raylet",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray raylet (node manager)"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Node manager gRPC: leases workers and starts tasks on this node "
                       "(code execution, denial of service).")},
    {RayComponent::ObjectManager, u"ray-object-manager",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray object manager"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Object transfer between nodes: read or inject objects of running jobs "
                       "(data theft, tampering).")},
    {RayComponent::DashboardAgent, u"ray-dashboard-agent",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray dashboard agent"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Per-node agent (HTTP and gRPC): job submission, logs and process "
                       "details of this node.")},
    {RayComponent::Metrics, u"ray-metrics",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray metrics"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Prometheus metrics: leaks job, actor and resource details for "
                       "reconnaissance.")},
    {RayComponent::RuntimeEnvAgent, u"ray-runtime-env-agent",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray runtime env agent"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Creates runtime environments (pip packages, working dirs): installs "
                       "attacker-chosen code on the node.")},
    {RayComponent::ServeHttp, u"ray-serve-http",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray Serve HTTP"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "The served applications over HTTP: whatever the deployed models and "
                       "endpoints allow, unauthenticated by default.")},
    {RayComponent::ServeGrpc, u"ray-serve-grpc",
     QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray Serve gRPC"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "The served applications over gRPC: whatever the deployed models and "
                       "endpoints allow, unauthenticated by default.")},
    {RayComponent::Worker, u"ray-worker", QT_TRANSLATE_NOOP("portolan::RayComponent", "Ray worker"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Core worker gRPC of tasks and actors: push tasks or read objects "
                       "of running jobs (code execution, data theft).")},
    {RayComponent::Redis, u"redis", QT_TRANSLATE_NOOP("portolan::RayComponent", "Redis"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Ray's external GCS store: read or rewrite cluster state; old Ray used "
                       "the public default password 5241590000000000.")},
    {RayComponent::Ssh, u"ssh", QT_TRANSLATE_NOOP("portolan::RayComponent", "SSH"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Remote login: a shell on the node for anyone with valid credentials.")},
    {RayComponent::Other, u"other", QT_TRANSLATE_NOOP("portolan::RayComponent", "Other service"),
     QT_TRANSLATE_NOOP("portolan::RayComponent",
                       "Not a recognized Ray service: its impact depends on the program.")},
}};

const ComponentInfo &infoOf(RayComponent component)
{
    for (const ComponentInfo &info : kComponents) {
        if (info.component == component)
            return info;
    }
    return kComponents.back(); // Other
}

} // namespace

QList<RayComponent> allRayComponents()
{
    QList<RayComponent> all;
    for (const ComponentInfo &info : kComponents)
        all << info.component;
    return all;
}

QString toString(RayComponent component)
{
    return infoOf(component).id.toString();
}

std::optional<RayComponent> rayComponentFromString(QStringView id)
{
    for (const ComponentInfo &info : kComponents) {
        if (info.id == id)
            return info.component;
    }
    return std::nullopt;
}

QString displayName(RayComponent component)
{
    return QCoreApplication::translate(kContext, infoOf(component).name);
}

QString attackerImpact(RayComponent component)
{
    return QCoreApplication::translate(kContext, infoOf(component).impact);
}

bool isRayComponent(RayComponent component)
{
    return component != RayComponent::Ssh && component != RayComponent::Other;
}

} // namespace portolan
