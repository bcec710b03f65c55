// NAT targets on the inbound path: DNAT (--to-destination), REDIRECT
// (--to-ports), NETMAP (--to) change the destination; SNAT and MASQUERADE
// (nat INPUT) change only the source the socket sees. See iptablestarget.h.

#include "iptablestarget.h"

#include "iptablesmatch.h"
#include "iptablesvalues.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

struct NatTarget
{
    std::optional<AddressRange> addresses;    // unset: the destination stays
    std::optional<std::pair<int, int>> ports; // unset: the port stays
};

// "8265" or "8000-8100"
std::optional<std::pair<int, int>> portsOf(QStringView text)
{
    const QList<QStringView> bounds = text.split(u'-');
    if (bounds.size() > 2)
        return std::nullopt;
    bool okFirst = false;
    bool okLast = false;
    const uint first = bounds.first().toUInt(&okFirst, 10);
    const uint last = bounds.last().toUInt(&okLast, 10);
    if (!okFirst || !okLast || first > last || last > 65535)
        return std::nullopt;
    return std::pair{int(first), int(last)};
}

// "10.0.0.2", "10.0.0.2:8265", "10.0.0.2-10.0.0.9:80-90", ":8265",
// "[fd00::2]:8265", "fd00::2".
std::optional<NatTarget> parseNatTarget(QStringView text, IpFamily family)
{
    QStringView addressText = text;
    QStringView portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        addressText = text.mid(1, close - 1);
        const QStringView rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return std::nullopt;
        portText = rest.mid(1);
    } else if (family == IpFamily::V4 || text.startsWith(u':')) {
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0) {
            addressText = text.left(colon);
            portText = text.mid(colon + 1);
        }
    }
    NatTarget target;
    if (!addressText.isEmpty()) {
        target.addresses = AddressRange::parse(addressText);
        if (!target.addresses || target.addresses->first.family() != family)
            return std::nullopt;
    }
    if (!portText.isEmpty()) {
        target.ports = portsOf(portText);
        if (!target.ports)
            return std::nullopt;
    }
    return target;
}

QString optionArgument(const IptablesRule &rule, QStringView name, int *count)
{
    QString value;
    *count = 0;
    for (const IptablesMatch &o : rule.targetOptions) {
        if (o.option == name) {
            value = o.arguments.value(0);
            ++*count;
        }
    }
    return value;
}

QString endpoint(const IpAddress &address, quint16 port)
{
    if (address.isV6())
        return u'[' + address.toString() + u"]:"_s + QString::number(port);
    return address.toString() + u':' + QString::number(port);
}

IpAddress loopback(IpFamily family)
{
    return *IpAddress::parse(family == IpFamily::V4 ? u"127.0.0.1" : u"::1");
}

// The packet now goes to (destination, port): a local socket, or forwarded.
IptablesTargetEffect redirected(IptablesTargetEffect result, const InboundQuery &query,
                                const QString &what)
{
    const IpAddress &destination = result.state.destination;
    result.state.destinationNatted = true;
    const QString to = endpoint(destination, result.state.port);
    if (iptablesAddressType(destination, query) != u"LOCAL") {
        result.verdict = Verdict::Drop;
        result.effect = Tr::tr("%1 to %2 (forwarded, leaves this node)").arg(what, to);
        return result;
    }
    result.effect = Tr::tr("%1 to %2").arg(what, to);
    if (destination.isLoopback() && query.inInterface != u"lo") {
        result.verdict = Verdict::Uncertain;
        result.uncertainty =
            Tr::tr("%1 to loopback %2 from %3 reaches a socket only with route_localnet")
                .arg(what, to, query.inInterface);
    }
    return result;
}

IptablesTargetEffect uncertain(IptablesTargetEffect result, const QString &effect,
                               const QString &why)
{
    result.verdict = Verdict::Uncertain;
    result.effect = effect;
    result.uncertainty = why;
    return result;
}

IptablesTargetEffect dnat(IptablesTargetEffect result, const IptablesRule &rule,
                          const InboundQuery &query, IpFamily family)
{
    int count = 0;
    const QString text = optionArgument(rule, u"--to-destination", &count);
    const auto target = count == 1 ? parseNatTarget(text, family) : std::nullopt;
    const QString effect = u"DNAT --to-destination "_s + text;
    if (!target)
        return uncertain(result, effect, Tr::tr("cannot read the DNAT destination %1").arg(text));
    if (target->addresses) {
        const AddressSet candidates = AddressSet::of(*target->addresses);
        if (!candidates.intersects(iptablesLocalAddresses(query, family))) {
            result.state.destination = target->addresses->first;
            result.state.port = target->ports ? quint16(target->ports->first) : result.state.port;
            result.state.destinationNatted = true;
            result.verdict = Verdict::Drop;
            result.effect = Tr::tr("DNAT to %1 (forwarded, leaves this node)").arg(text);
            return result;
        }
        if (target->addresses->first != target->addresses->last)
            return uncertain(result, effect,
                             Tr::tr("DNAT picks one of %1 per connection, some of them local")
                                 .arg(target->addresses->toString()));
        result.state.destination = target->addresses->first;
    }
    if (target->ports) {
        if (target->ports->first != target->ports->second)
            return uncertain(result, effect,
                             Tr::tr("DNAT picks one port of %1 per connection").arg(text));
        result.state.port = quint16(target->ports->first);
    }
    return redirected(result, query, u"DNAT"_s);
}

IptablesTargetEffect redirect(IptablesTargetEffect result, const IptablesRule &rule,
                              const InboundQuery &query, IpFamily family)
{
    int count = 0;
    const QString text = optionArgument(rule, u"--to-ports", &count);
    result.state.destination = query.inInterface == u"lo" ? loopback(family) : query.destination;
    if (count > 0) {
        const auto ports = portsOf(text);
        if (!ports || count > 1)
            return uncertain(result, u"REDIRECT --to-ports "_s + text,
                             Tr::tr("cannot read the REDIRECT ports %1").arg(text));
        if (ports->first != ports->second)
            return uncertain(result, u"REDIRECT --to-ports "_s + text,
                             Tr::tr("REDIRECT picks one port of %1 per connection").arg(text));
        result.state.port = quint16(ports->first);
    }
    return redirected(result, query, u"REDIRECT"_s);
}

IptablesTargetEffect netmap(IptablesTargetEffect result, const IptablesRule &rule,
                            const InboundQuery &query, IpFamily family)
{
    int count = 0;
    const QString text = optionArgument(rule, u"--to", &count);
    const auto prefix = Prefix::parse(text, nullptr, Prefix::HostBits::Clear);
    if (!prefix || prefix->family() != family || count != 1)
        return uncertain(result, u"NETMAP --to "_s + text,
                         Tr::tr("cannot read the NETMAP prefix %1").arg(text));
    const IpAddress &old = result.state.destination;
    const Uint128 mask = Uint128::highMask(prefix->length(), old.bitWidth());
    result.state.destination =
        IpAddress::fromValue(family, (prefix->network().value() & mask) | (old.value() & ~mask));
    return redirected(result, query, u"NETMAP"_s);
}

} // namespace

IptablesTargetEffect applyIptablesNat(const IptablesRule &rule, const PacketState &state,
                                      const InboundQuery &query)
{
    IptablesTargetEffect result{state, Verdict::Accept, {}, {}};
    const IpFamily family = state.destination.family();
    if (rule.target == u"DNAT")
        return dnat(result, rule, query, family);
    if (rule.target == u"REDIRECT")
        return redirect(result, rule, query, family);
    if (rule.target == u"NETMAP")
        return netmap(result, rule, query, family);
    // SNAT / MASQUERADE: the socket sees another source; reachability is unchanged.
    result.effect = rule.target == u"SNAT" ? u"SNAT"_s : u"MASQUERADE"_s;
    return result;
}

} // namespace portolan
