// Address classification matches: -m iprange, -m addrtype, -m pkttype.
// Address types come from the query: the node's own addresses and loopback
// are LOCAL, multicast is MULTICAST, 255.255.255.255 and 0.0.0.0/8 are
// BROADCAST, everything else UNICAST (a remote unicast source is UNICAST, not
// LOCAL). Types that depend on routes (BLACKHOLE, UNREACHABLE, ...) are
// undecidable for non-local addresses. --limit-iface-in assumes the query's
// destination sits on the incoming interface; another local destination is
// undecidable (the query does not say which interface holds it).

#include "iptablesmatch.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

const QStringList &computedTypes()
{
    static const QStringList types = {u"UNICAST"_s, u"LOCAL"_s, u"BROADCAST"_s, u"MULTICAST"_s};
    return types;
}

const QStringList &routeTypes()
{
    static const QStringList types = {u"UNSPEC"_s,   u"ANYCAST"_s, u"BLACKHOLE"_s, u"UNREACHABLE"_s,
                                      u"PROHIBIT"_s, u"THROW"_s,   u"NAT"_s,       u"XRESOLVE"_s};
    return types;
}

const AddressSet &broadcastSet(IpFamily family)
{
    static const AddressSet v4 = AddressSet::parse(u"0.0.0.0/8, 255.255.255.255"_s);
    static const AddressSet v6;
    return family == IpFamily::V4 ? v4 : v6;
}

const AddressSet &multicastSet(IpFamily family)
{
    static const AddressSet v4 = AddressSet::parse(u"224.0.0.0/4"_s);
    static const AddressSet v6 = AddressSet::parse(u"ff00::/8"_s);
    return family == IpFamily::V4 ? v4 : v6;
}

const AddressSet &loopbackSet(IpFamily family)
{
    static const AddressSet v4 = AddressSet::parse(u"127.0.0.0/8"_s);
    static const AddressSet v6 = AddressSet::parse(u"::1"_s);
    return family == IpFamily::V4 ? v4 : v6;
}

IptablesPredicate destinationType(const QStringList &types, const PacketState &state,
                                  const IptablesMatchContext &context)
{
    const QString type = iptablesAddressType(state.destination, *context.query);
    const bool routeDependent = std::any_of(
        types.begin(), types.end(), [](const QString &t) { return routeTypes().contains(t); });
    if (type == u"UNICAST" && routeDependent)
        return IptablesPredicate::unknown(
            Tr::tr("the address type of %1 depends on routes").arg(state.destination.toString()));
    return IptablesPredicate::of(types.contains(type));
}

IptablesPredicate sourceType(const QStringList &types, const IptablesMatchContext &context)
{
    const IpFamily family = context.family;
    const AddressSet local = iptablesLocalAddresses(*context.query, family);
    const AddressSet multicast = multicastSet(family).subtracted(local);
    const AddressSet broadcast = broadcastSet(family).subtracted(local).subtracted(multicast);
    const AddressSet unicast =
        AddressSet::allOf(family).subtracted(local).subtracted(multicast).subtracted(broadcast);
    if (std::any_of(types.begin(), types.end(),
                    [](const QString &t) { return routeTypes().contains(t); }))
        return IptablesPredicate::unknown(Tr::tr("the address type of sources depends on routes"));
    AddressSet holds;
    if (types.contains(u"LOCAL"_s))
        holds = holds.united(local);
    if (types.contains(u"MULTICAST"_s))
        holds = holds.united(multicast);
    if (types.contains(u"BROADCAST"_s))
        holds = holds.united(broadcast);
    if (types.contains(u"UNICAST"_s))
        holds = holds.united(unicast);
    return IptablesPredicate::onSources(holds);
}

IptablesPredicate addrtypeMatch(const IptablesMatch &match, const PacketState &state,
                                const IptablesMatchContext &context)
{
    const QString &option = match.option;
    const IpFamily family = context.family;
    if (option == u"--limit-iface-in") {
        const bool otherLocal = state.destination != context.query->destination &&
                                iptablesAddressType(state.destination, *context.query) == u"LOCAL";
        if (otherLocal)
            return IptablesPredicate::unknown(
                Tr::tr("--limit-iface-in: which interface holds %1 is not known")
                    .arg(state.destination.toString()));
        return IptablesPredicate::holds();
    }
    if (option == u"--limit-iface-out")
        return IptablesPredicate::unknown(
            Tr::tr("--limit-iface-out has no meaning on the inbound path"));
    const QStringList types = match.arguments.value(0).toUpper().split(u',', Qt::SkipEmptyParts);
    for (const QString &type : types) {
        if (!computedTypes().contains(type) && !routeTypes().contains(type))
            return IptablesPredicate::unknown(Tr::tr("unknown address type %1").arg(type));
    }
    if (option == u"--dst-type")
        return destinationType(types, state, context).negatedIf(match.negated, family);
    if (option == u"--src-type")
        return sourceType(types, context).negatedIf(match.negated, family);
    return IptablesPredicate::unknown(Tr::tr("%1 of -m addrtype is not evaluated").arg(option));
}

IptablesPredicate iprangeMatch(const IptablesMatch &match, const PacketState &state,
                               const IptablesMatchContext &context)
{
    const QString text = match.arguments.value(0);
    const auto range = AddressRange::parse(text);
    if (!range || range->first.family() != context.family)
        return IptablesPredicate::unknown(Tr::tr("cannot read the range %1").arg(text));
    if (match.option == u"--src-range")
        return IptablesPredicate::onSources(AddressSet::of(*range))
            .negatedIf(match.negated, context.family);
    if (match.option == u"--dst-range")
        return IptablesPredicate::of(range->contains(state.destination))
            .negatedIf(match.negated, context.family);
    return IptablesPredicate::unknown(
        Tr::tr("%1 of -m iprange is not evaluated").arg(match.option));
}

IptablesPredicate pkttypeMatch(const IptablesMatch &match, const PacketState &state,
                               const IptablesMatchContext &context)
{
    if (match.option != u"--pkt-type")
        return IptablesPredicate::unknown(
            Tr::tr("%1 of -m pkttype is not evaluated").arg(match.option));
    const QString type = iptablesAddressType(state.destination, *context.query);
    const QString wanted = match.arguments.value(0).toLower();
    bool holds = false;
    if (type == u"MULTICAST")
        holds = wanted == u"multicast";
    else if (type == u"BROADCAST")
        holds = wanted == u"broadcast";
    else
        holds = wanted == u"unicast" || wanted == u"host";
    return IptablesPredicate::of(holds).negatedIf(match.negated, context.family);
}

} // namespace

AddressSet iptablesLocalAddresses(const InboundQuery &query, IpFamily family)
{
    AddressSet local = loopbackSet(family);
    if (query.destination.isValid() && query.destination.family() == family)
        local = local.united(AddressSet::of(query.destination));
    for (const IpAddress &address : query.localAddresses) {
        if (address.isValid() && address.family() == family)
            local = local.united(AddressSet::of(address));
    }
    return local;
}

QString iptablesAddressType(const IpAddress &address, const InboundQuery &query)
{
    if (iptablesLocalAddresses(query, address.family()).contains(address))
        return u"LOCAL"_s;
    if (address.isMulticast())
        return u"MULTICAST"_s;
    if (broadcastSet(address.family()).contains(address))
        return u"BROADCAST"_s;
    return u"UNICAST"_s;
}

IptablesPredicate evaluateAddressMatch(const IptablesMatch &match, const PacketState &state,
                                       const IptablesMatchContext &context)
{
    if (match.module == u"addrtype")
        return addrtypeMatch(match, state, context);
    if (match.module == u"iprange")
        return iprangeMatch(match, state, context);
    return pkttypeMatch(match, state, context);
}

} // namespace portolan
