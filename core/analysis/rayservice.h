#pragma once
// The services a Ray node can expose, with stable ids ("ray-dashboard", ...)
// used by the CLI's JSON, the store and the report, plus translated display
// names and a one-line impact ("what an attacker gets").
// Pitfall: the ids are a public contract: never rename one, only add.

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace portolan {

enum class RayComponent : std::uint8_t {
    Dashboard,
    Gcs,
    ClientServer,
    Raylet,
    ObjectManager,
    DashboardAgent,
    Metrics,
    RuntimeEnvAgent,
    ServeHttp,
    ServeGrpc,
    Worker,
    Redis,
    Ssh,
    Other,
};

QList<RayComponent> allRayComponents();   // in declaration order
QString toString(RayComponent component); // stable id: "ray-dashboard", "redis", "other"
std::optional<RayComponent> rayComponentFromString(QStringView id);

QString displayName(RayComponent component);    // translated: "Ray dashboard"
QString attackerImpact(RayComponent component); // translated one-liner

// Part of a Ray deployment (Ray's own services and its Redis), i.e. not ssh/other.
bool isRayComponent(RayComponent component);

} // namespace portolan
