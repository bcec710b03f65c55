// Connection tracking and mark matches: -m conntrack, -m state, -m mark,
// -m connmark, as xt_conntrack/xt_state/xt_mark/xt_connmark judge a NEW packet.
// A conntrack entry exists after the raw table unless the packet was notracked.
// Its original tuple is the packet as it arrived (query destination and port);
// its reply tuple's source is the destination after DNAT.

#include "iptablesmatch.h"

#include "iptablesvalues.h"

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

// The state names the packet has: NEW (+DNAT after DNAT/REDIRECT) when
// tracked, INVALID before conntrack ran, UNTRACKED after notrack.
QStringList stateNames(const PacketState &state, const IptablesMatchContext &context, bool withNat)
{
    if (state.untracked)
        return {u"UNTRACKED"_s};
    if (!context.conntrackRan)
        return {u"INVALID"_s};
    QStringList names{u"NEW"_s};
    if (withNat && state.destinationNatted)
        names.append(u"DNAT"_s);
    return names;
}

IptablesPredicate stateMatch(const IptablesMatch &match, const PacketState &state,
                             const IptablesMatchContext &context, bool withNat)
{
    static const QStringList known = {u"NEW"_s,       u"ESTABLISHED"_s, u"RELATED"_s, u"INVALID"_s,
                                      u"UNTRACKED"_s, u"SNAT"_s,        u"DNAT"_s};
    const QStringList listed = match.arguments.value(0).toUpper().split(u',', Qt::SkipEmptyParts);
    for (const QString &name : listed) {
        if (!known.contains(name))
            return IptablesPredicate::unknown(Tr::tr("unknown connection state %1").arg(name));
    }
    const QStringList has = stateNames(state, context, withNat);
    const bool holds = std::any_of(has.begin(), has.end(),
                                   [&](const QString &name) { return listed.contains(name); });
    return IptablesPredicate::of(holds).negatedIf(match.negated, context.family);
}

bool ruleTestsCtstate(const IptablesRule &rule)
{
    return std::any_of(rule.matches.begin(), rule.matches.end(), [](const IptablesMatch &m) {
        return m.module == u"conntrack" && m.option == u"--ctstate";
    });
}

IptablesPredicate addressOption(const IptablesMatch &match, const IpAddress &address,
                                IpFamily family)
{
    const QString text = match.arguments.value(0);
    const auto set = iptablesAddressSet(text, family);
    if (!set)
        return IptablesPredicate::unknown(Tr::tr("cannot read the address %1").arg(text));
    return IptablesPredicate::of(set->contains(address)).negatedIf(match.negated, family);
}

IptablesPredicate portOption(const IptablesMatch &match, int port, IpFamily family)
{
    const QString text = match.arguments.value(0);
    const auto ports = PortSet::parse(text);
    if (!ports)
        return IptablesPredicate::unknown(Tr::tr("cannot read the port %1").arg(text));
    return IptablesPredicate::of(ports->contains(port)).negatedIf(match.negated, family);
}

IptablesPredicate conntrackOption(const IptablesMatch &match, const IptablesRule &rule,
                                  const PacketState &state, const IptablesMatchContext &context)
{
    const QString &option = match.option;
    const IpFamily family = context.family;
    if (option == u"--ctstate")
        return stateMatch(match, state, context, true);
    // Without a conntrack entry xt_conntrack returns "was --ctstate given and
    // did it hold" before looking at any other option, negated or not.
    if (state.untracked || !context.conntrackRan)
        return IptablesPredicate::of(ruleTestsCtstate(rule));
    const InboundQuery &query = *context.query;
    if (option == u"--ctproto") {
        const auto number = iptablesProtocolNumber(match.arguments.value(0));
        const int packet = query.protocol == Protocol::Tcp ? 6 : 17;
        return IptablesPredicate::of(number && (*number == 0 || *number == packet))
            .negatedIf(match.negated, family);
    }
    if (option == u"--ctorigsrc" || option == u"--ctrepldst") {
        const QString text = match.arguments.value(0);
        const auto set = iptablesAddressSet(text, family);
        if (!set)
            return IptablesPredicate::unknown(Tr::tr("cannot read the address %1").arg(text));
        return IptablesPredicate::onSources(*set).negatedIf(match.negated, family);
    }
    if (option == u"--ctorigdst")
        return addressOption(match, query.destination, family);
    if (option == u"--ctreplsrc")
        return addressOption(match, state.destination, family);
    if (option == u"--ctorigdstport")
        return portOption(match, query.port, family);
    if (option == u"--ctreplsrcport")
        return portOption(match, state.port, family);
    if (option == u"--ctdir")
        return IptablesPredicate::of(match.arguments.value(0).toUpper() == u"ORIGINAL")
            .negatedIf(match.negated, family);
    if (option == u"--ctstatus") // EXPECTED, SEEN_REPLY, ASSURED, CONFIRMED: none yet
        return IptablesPredicate::fails().negatedIf(match.negated, family);
    if (option == u"--ctorigsrcport" || option == u"--ctrepldstport")
        return IptablesPredicate::unknown(
            Tr::tr("%1 tests the source port, which the client picks").arg(option));
    return IptablesPredicate::unknown(Tr::tr("%1 of -m conntrack is not evaluated").arg(option));
}

IptablesPredicate markMatch(const IptablesMatch &match, quint32 mark, IpFamily family)
{
    const QString text = match.arguments.value(0);
    const auto value = iptablesMarkValue(text);
    if (!value)
        return IptablesPredicate::unknown(Tr::tr("cannot read the mark %1").arg(text));
    return IptablesPredicate::of((mark & value->second) == value->first)
        .negatedIf(match.negated, family);
}

} // namespace

IptablesPredicate evaluateConntrackMatch(const IptablesMatch &match, const IptablesRule &rule,
                                         const PacketState &state,
                                         const IptablesMatchContext &context)
{
    const QString &module = match.module;
    if (module == u"conntrack")
        return conntrackOption(match, rule, state, context);
    if (module == u"state" && match.option == u"--state")
        return stateMatch(match, state, context, false);
    if (module == u"mark" && match.option == u"--mark")
        return markMatch(match, state.mark, context.family);
    if (module == u"connmark" && match.option == u"--mark") {
        if (state.untracked || !context.conntrackRan) // no entry, no connmark: fails
            return IptablesPredicate::fails();
        return markMatch(match, state.connmark, context.family);
    }
    return IptablesPredicate::unknown(
        Tr::tr("%1 of -m %2 is not evaluated").arg(match.option, module));
}

} // namespace portolan
