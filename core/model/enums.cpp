#include "firewall.h"
#include "network.h"
#include "snapshot.h"

#include <array>
#include <utility>

namespace portolan {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QStringView>, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (name == text)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<IpFamily, QStringView>, 2> kFamilies{{
    {IpFamily::V4, u"ipv4"},
    {IpFamily::V6, u"ipv6"},
}};

constexpr std::array<std::pair<Protocol, QStringView>, 2> kProtocols{{
    {Protocol::Tcp, u"tcp"},
    {Protocol::Udp, u"udp"},
}};

constexpr std::array<std::pair<NodeRole, QStringView>, 3> kRoles{{
    {NodeRole::Unknown, u"unknown"},
    {NodeRole::Head, u"head"},
    {NodeRole::Worker, u"worker"},
}};

constexpr std::array<std::pair<CollectionStatus, QStringView>, 5> kStatuses{{
    {CollectionStatus::Pending, u"pending"},
    {CollectionStatus::Ok, u"ok"},
    {CollectionStatus::Partial, u"partial"},
    {CollectionStatus::Failed, u"failed"},
    {CollectionStatus::Cancelled, u"cancelled"},
}};

constexpr std::array<std::pair<FirewallBackend, QStringView>, 6> kBackends{{
    {FirewallBackend::Unknown, u"unknown"},
    {FirewallBackend::None, u"none"},
    {FirewallBackend::IptablesLegacy, u"iptables-legacy"},
    {FirewallBackend::IptablesNft, u"iptables-nft"},
    {FirewallBackend::Nftables, u"nftables"},
    {FirewallBackend::Mixed, u"mixed"},
}};

} // namespace

QString toString(IpFamily family)
{
    return nameOf(kFamilies, family);
}
std::optional<IpFamily> ipFamilyFromString(QStringView text)
{
    return valueOf(kFamilies, text);
}
QString toString(Protocol protocol)
{
    return nameOf(kProtocols, protocol);
}
std::optional<Protocol> protocolFromString(QStringView text)
{
    return valueOf(kProtocols, text);
}
QString toString(NodeRole role)
{
    return nameOf(kRoles, role);
}
std::optional<NodeRole> nodeRoleFromString(QStringView text)
{
    return valueOf(kRoles, text);
}
QString toString(CollectionStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<CollectionStatus> collectionStatusFromString(QStringView text)
{
    return valueOf(kStatuses, text);
}
QString toString(FirewallBackend backend)
{
    return nameOf(kBackends, backend);
}
std::optional<FirewallBackend> firewallBackendFromString(QStringView text)
{
    return valueOf(kBackends, text);
}

} // namespace portolan
