// The rule-level combination of matches and the built-in matches (-s -d -i -o
// -p -f), plus the dispatch to the module evaluators.

#include "iptablesmatch.h"

#include "iptablesvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

int protocolNumber(Protocol protocol)
{
    return protocol == Protocol::Tcp ? 6 : 17;
}

QString argument(const IptablesMatch &match)
{
    return match.arguments.isEmpty() ? QString() : match.arguments.first();
}

IptablesPredicate protocolMatch(const IptablesMatch &match, const IptablesMatchContext &context)
{
    const auto number = iptablesProtocolNumber(argument(match));
    // A name iptables knows but this table does not is some other protocol:
    // tcp and udp are always printed as "tcp"/"udp" or 6/17.
    const bool holds =
        number && (*number == 0 || *number == protocolNumber(context.query->protocol));
    return IptablesPredicate::of(holds).negatedIf(match.negated, context.family);
}

IptablesPredicate builtinMatch(const IptablesMatch &match, const PacketState &state,
                               const IptablesMatchContext &context)
{
    const QString &option = match.option;
    const QString arg = argument(match);
    if (option == u"-s" || option == u"--source" || option == u"--src") {
        const auto set = iptablesAddressSet(arg, context.family);
        if (!set)
            return IptablesPredicate::unknown(Tr::tr("cannot read the address %1").arg(arg));
        return IptablesPredicate::onSources(*set).negatedIf(match.negated, context.family);
    }
    if (option == u"-d" || option == u"--destination" || option == u"--dst") {
        const auto set = iptablesAddressSet(arg, context.family);
        if (!set)
            return IptablesPredicate::unknown(Tr::tr("cannot read the address %1").arg(arg));
        return IptablesPredicate::of(set->contains(state.destination))
            .negatedIf(match.negated, context.family);
    }
    if (option == u"-i" || option == u"--in-interface")
        return IptablesPredicate::of(iptablesInterfaceMatches(arg, context.query->inInterface))
            .negatedIf(match.negated, context.family);
    if (option == u"-o" || option == u"--out-interface")
        return IptablesPredicate::unknown(
            Tr::tr("-o (output interface) has no meaning on the inbound path"));
    if (option == u"-p" || option == u"--protocol")
        return protocolMatch(match, context);
    if (option == u"-f" || option == u"--fragment") // defragmented before iptables sees it
        return IptablesPredicate::of(false).negatedIf(match.negated, context.family);
    return IptablesPredicate::unknown(Tr::tr("unknown option %1").arg(option));
}

bool isOneOf(const QString &module, std::initializer_list<QStringView> names)
{
    for (QStringView name : names) {
        if (module == name)
            return true;
    }
    return false;
}

QString undecidableReason(const QString &module)
{
    if (isOneOf(module, {u"limit", u"hashlimit", u"connlimit", u"connbytes", u"quota", u"rateest"}))
        return Tr::tr("-m %1 depends on traffic rates or counts").arg(module);
    if (isOneOf(module, {u"recent"}))
        return Tr::tr("-m recent depends on earlier packets of the source");
    if (isOneOf(module, {u"statistic", u"cluster", u"cpu"}))
        return Tr::tr("-m %1 picks packets at random or by position").arg(module);
    if (isOneOf(module,
                {u"string", u"u32", u"bpf",    u"length", u"ttl", u"hl",         u"tos",
                 u"dscp",   u"ecn", u"tcpmss", u"osf",    u"mac", u"ipv6header", u"hbh",
                 u"dst",    u"rt",  u"ah",     u"esp",    u"mh",  u"time",       u"helper"}))
        return Tr::tr("-m %1 depends on packet contents or time Portolan does not know")
            .arg(module);
    if (isOneOf(module, {u"physdev"}))
        return Tr::tr("-m physdev depends on the bridge port the packet came through");
    if (isOneOf(module, {u"socket", u"owner", u"cgroup", u"policy", u"ipvs", u"rpfilter", u"realm",
                         u"devgroup", u"nfacct"}))
        return Tr::tr("-m %1 depends on kernel state Portolan does not collect").arg(module);
    return Tr::tr("-m %1 is not evaluated by Portolan").arg(module);
}

IptablesPredicate moduleMatch(const IptablesMatch &match, const IptablesRule &rule,
                              const PacketState &state, const IptablesMatchContext &context)
{
    const QString &module = match.module;
    if (module == u"comment")
        return IptablesPredicate::holds();
    if (isOneOf(module, {u"tcp", u"udp", u"6", u"17", u"multiport"}))
        return evaluatePortMatch(match, state, context);
    // ICMP, SCTP, DCCP, UDP-Lite and IPv6 fragment matches never see a TCP or
    // UDP packet without fragment header: they fail whatever their negation.
    if (isOneOf(module, {u"icmp", u"icmp6", u"icmpv6", u"ipv6-icmp", u"1", u"58", u"sctp", u"dccp",
                         u"udplite", u"frag"}))
        return IptablesPredicate::fails();
    if (isOneOf(module, {u"conntrack", u"state", u"mark", u"connmark"}))
        return evaluateConntrackMatch(match, rule, state, context);
    if (isOneOf(module, {u"iprange", u"addrtype", u"pkttype"}))
        return evaluateAddressMatch(match, state, context);
    if (module == u"set")
        return evaluateSetMatch(match, state, context);
    return IptablesPredicate::unknown(undecidableReason(module));
}

} // namespace

IptablesPredicate IptablesPredicate::negatedIf(bool negated, IpFamily family) const
{
    if (!negated)
        return *this;
    switch (kind) {
    case Kind::Holds:
        return fails();
    case Kind::Fails:
        return holds();
    case Kind::Sources:
        return onSources(sources.complementIn(family));
    case Kind::Unknown:
        return *this;
    }
    return *this;
}

IptablesMatchResult matchIptablesRule(const IptablesRule &rule, const PacketState &state,
                                      const IptablesMatchContext &context)
{
    IptablesMatchResult result;
    result.sources = state.sources;
    for (const IptablesMatch &match : rule.matches) {
        const IptablesPredicate p = match.module.isEmpty()
                                        ? builtinMatch(match, state, context)
                                        : moduleMatch(match, rule, state, context);
        switch (p.kind) {
        case IptablesPredicate::Kind::Holds:
            break;
        case IptablesPredicate::Kind::Fails:
            return {};
        case IptablesPredicate::Kind::Sources:
            result.sources = result.sources.intersected(p.sources);
            if (result.sources.isEmpty())
                return {};
            break;
        case IptablesPredicate::Kind::Unknown:
            if (!result.uncertain)
                result.reason = p.reason;
            result.uncertain = true;
            break;
        }
    }
    return result;
}

} // namespace portolan
