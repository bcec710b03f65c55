#include "raynodefacts.h"

#include "model/address.h"
#include "rayaddresses.h"
#include "raycommandline.h"
#include "rayprocess.h"
#include "rayversioncompare.h"
#include "rayvulnerabilities.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RayNodeFacts)
};

QList<Process> rayProcessesOf(const Node &node)
{
    QList<Process> ray;
    for (const Process &p : node.processes) {
        if (isRayProcess(classifyProcess(p.comm, p.command)))
            ray << p;
    }
    return ray;
}

NodeRole roleFromProcesses(const QList<Process> &rayProcesses)
{
    bool raylet = false;
    for (const Process &p : rayProcesses) {
        const RayProcessKind kind = classifyProcess(p.comm, p.command);
        if (kind == RayProcessKind::GcsServer)
            return NodeRole::Head;
        const bool head = hasWord(p.command, u"--head");
        if (kind == RayProcessKind::Raylet || kind == RayProcessKind::OtherRay) {
            if (head)
                return NodeRole::Head;
            raylet = raylet || kind == RayProcessKind::Raylet;
        }
    }
    return raylet ? NodeRole::Worker : NodeRole::Unknown;
}

QString pidList(const QList<qint64> &pids)
{
    QStringList items;
    for (qint64 pid : pids)
        items << QString::number(pid);
    return items.join(u", "_s);
}

void judgeRole(const Node &node, const QList<Process> &rayProcesses, RayNodeFacts &facts)
{
    const NodeRole fromProcesses = roleFromProcesses(rayProcesses);
    facts.role = fromProcesses != NodeRole::Unknown ? fromProcesses : node.ray.detectedRole;
    if (fromProcesses != NodeRole::Unknown && node.ray.detectedRole != NodeRole::Unknown &&
        fromProcesses != node.ray.detectedRole) {
        facts.roleConsistent = false;
        facts.notes << Tr::tr("The Ray processes show a %1 node, but the collected role is %2.")
                           .arg(toString(fromProcesses), toString(node.ray.detectedRole));
    }
    if (node.role != NodeRole::Unknown && facts.role != NodeRole::Unknown &&
        node.role != facts.role) {
        facts.roleConsistent = false;
        facts.notes << Tr::tr("The inventory declares a %1 node, but Ray runs as a %2 node.")
                           .arg(toString(node.role), toString(facts.role));
    }
}

TokenAuthStatus tokenStatus(const RaySetting &setting, const QString &version)
{
    switch (setting.state) {
    case SettingState::Unknown:
        return TokenAuthStatus::Unknown;
    case SettingState::Off:
        return TokenAuthStatus::Off;
    case SettingState::Inconsistent:
        return TokenAuthStatus::Inconsistent;
    case SettingState::On:
        break;
    }
    switch (isVersionAtLeast(version, kRayTokenAuthVersion)) {
    case VersionAnswer::Yes:
        return TokenAuthStatus::Effective;
    case VersionAnswer::No:
        return TokenAuthStatus::VersionTooOld;
    case VersionAnswer::Unknown:
        break;
    }
    return TokenAuthStatus::VersionUnknown;
}

void judgeSecurity(const QList<Process> &rayProcesses, RayNodeFacts &facts)
{
    facts.tls = tlsSetting(rayProcesses);
    facts.tlsEnabled = facts.tls.state == SettingState::On;
    if (facts.tls.state == SettingState::Inconsistent)
        facts.notes << Tr::tr("RAY_USE_TLS is inconsistent: on for processes %1, off for %2.")
                           .arg(pidList(facts.tls.onPids), pidList(facts.tls.offPids));

    facts.tokenAuthSetting = tokenAuthSetting(rayProcesses);
    facts.tokenAuthStatus = tokenStatus(facts.tokenAuthSetting, facts.version);
    facts.tokenAuth = facts.tokenAuthStatus == TokenAuthStatus::Effective;
    switch (facts.tokenAuthStatus) {
    case TokenAuthStatus::VersionTooOld:
        facts.notes << Tr::tr("RAY_AUTH_MODE=token is configured but version too old: Ray %1 "
                              "has no token authentication (it needs %2 or newer).")
                           .arg(facts.version, kRayTokenAuthVersion);
        break;
    case TokenAuthStatus::VersionUnknown:
        facts.notes << Tr::tr("RAY_AUTH_MODE=token is configured, but the Ray version is "
                              "unknown: token authentication needs Ray %1 or newer.")
                           .arg(kRayTokenAuthVersion);
        break;
    case TokenAuthStatus::Inconsistent:
        facts.notes << Tr::tr("RAY_AUTH_MODE=token is inconsistent: set for processes %1, not "
                              "for %2.")
                           .arg(pidList(facts.tokenAuthSetting.onPids),
                                pidList(facts.tokenAuthSetting.offPids));
        break;
    default:
        break;
    }
}

int rank(RedisPasswordUse use)
{
    return use == RedisPasswordUse::Default ? 2 : (use == RedisPasswordUse::Custom ? 1 : 0);
}

void judgeRedisPassword(const QList<Process> &rayProcesses, RayNodeFacts &facts)
{
    for (const Process &p : rayProcesses) {
        const RedisPasswordUse fromLine = redisPasswordUse(p.command);
        const RedisPasswordUse fromEnv = redisPasswordUse(p.environment);
        const RedisPasswordUse use = rank(fromLine) >= rank(fromEnv) ? fromLine : fromEnv;
        if (use == RedisPasswordUse::None)
            continue;
        facts.redisPasswordPids << p.pid;
        if (rank(use) > rank(facts.redisPassword))
            facts.redisPassword = use;
    }
}

void judgeAddresses(const QList<Process> &rayProcesses, RayNodeFacts &facts)
{
    const RayAddresses addresses = rayAddresses(rayProcesses);
    facts.nodeIpAddress = addresses.nodeIpAddress;
    facts.dashboardHost = addresses.dashboardHost;
    facts.gcsAddress = addresses.gcsAddress;
    if (addresses.nodeIpAddresses.size() > 1)
        facts.notes << Tr::tr("Ray processes name different node IP addresses: %1.")
                           .arg(addresses.nodeIpAddresses.join(u", "_s));

    const std::optional<IpAddress> nodeIp = IpAddress::parse(facts.nodeIpAddress);
    if (!nodeIp || nodeIp->isUnspecified())
        return;
    for (const ServiceBinding &b : std::as_const(facts.services)) {
        if (isRayComponent(b.component) && b.socket.address.isUnspecified())
            facts.allInterfaceBindings << b;
    }
}

} // namespace

QString toString(TokenAuthStatus status)
{
    switch (status) {
    case TokenAuthStatus::Off:
        return u"off"_s;
    case TokenAuthStatus::Effective:
        return u"effective"_s;
    case TokenAuthStatus::VersionTooOld:
        return u"version-too-old"_s;
    case TokenAuthStatus::VersionUnknown:
        return u"version-unknown"_s;
    case TokenAuthStatus::Inconsistent:
        return u"inconsistent"_s;
    case TokenAuthStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool RayNodeFacts::bindsAllInterfaces(RayComponent component) const
{
    for (const ServiceBinding &b : allInterfaceBindings) {
        if (b.component == component)
            return true;
    }
    return false;
}

RayNodeFacts rayNodeFacts(const Node &node)
{
    RayNodeFacts facts;
    const QList<Process> rayProcesses = rayProcessesOf(node);
    facts.rayRunning = !rayProcesses.isEmpty();
    facts.version = node.ray.version;
    facts.services = recognizeServices(node);
    judgeRole(node, rayProcesses, facts);
    if (facts.rayRunning && facts.version.isEmpty())
        facts.notes << Tr::tr("Ray runs, but its version is unknown.");
    judgeSecurity(rayProcesses, facts);
    judgeRedisPassword(rayProcesses, facts);
    judgeAddresses(rayProcesses, facts);
    return facts;
}

} // namespace portolan
