#pragma once
// Match semantics of one iptables rule for a NEW inbound packet whose source
// is any address of a set (x_tables: all matches of a rule must hold).
// Contract: matchIptablesRule() says for which part of the state's sources the
// rule matches. Address matches on the source (-s, --src-range, set src,
// --ctorigsrc, --src-type) split the set; every other match holds or fails for
// the whole state. A match it cannot decide (rate limits, random, bridge ports,
// an unknown module, a set it does not have) makes the result `uncertain` with
// a reason; a match that certainly fails still wins over an undecidable one.
// Pitfalls: in the raw table conntrack has not run yet (ctstate INVALID, other
// conntrack options fail); after CT --notrack the state is UNTRACKED; a NEW
// TCP packet is a SYN (possibly with ECE|CWR); -o does not exist inbound.

#include "analysis/addressset.h"
#include "analysis/packetpath.h"
#include "model/firewall.h"

#include <QList>
#include <QString>

namespace portolan {

// Where the rule is evaluated.
struct IptablesMatchContext
{
    const InboundQuery *query = nullptr;
    const QList<IpSet> *ipsets = nullptr;
    IpFamily family = IpFamily::V4;
    bool conntrackRan = true; // false in the raw table (before conntrack at -200)
};

// What one match (or a whole rule) says: holds, fails, holds for a part of the
// sources, or cannot be decided.
struct IptablesPredicate
{
    enum class Kind { Holds, Fails, Sources, Unknown };
    Kind kind = Kind::Holds;
    AddressSet sources; // Kind::Sources: the sources it holds for
    QString reason;     // Kind::Unknown: why (translated)

    static IptablesPredicate holds() { return {}; }
    static IptablesPredicate fails() { return {Kind::Fails, {}, {}}; }
    static IptablesPredicate of(bool value) { return value ? holds() : fails(); }
    static IptablesPredicate onSources(AddressSet sources)
    {
        return {Kind::Sources, std::move(sources), {}};
    }
    static IptablesPredicate unknown(QString reason)
    {
        return {Kind::Unknown, {}, std::move(reason)};
    }

    // `!` of iptables: Sources become their complement within `family`.
    IptablesPredicate negatedIf(bool negated, IpFamily family) const;
};

struct IptablesMatchResult
{
    AddressSet sources;     // the part of the state's sources the rule (maybe) matches
    bool uncertain = false; // true: those sources match only maybe
    QString reason;         // why uncertain (translated, names the match)
};

IptablesMatchResult matchIptablesRule(const IptablesRule &rule, const PacketState &state,
                                      const IptablesMatchContext &context);

// Module evaluators, one file each; every one applies the match's negation.
IptablesPredicate evaluatePortMatch(const IptablesMatch &match, const PacketState &state,
                                    const IptablesMatchContext &context);
IptablesPredicate evaluateConntrackMatch(const IptablesMatch &match, const IptablesRule &rule,
                                         const PacketState &state,
                                         const IptablesMatchContext &context);
IptablesPredicate evaluateAddressMatch(const IptablesMatch &match, const PacketState &state,
                                       const IptablesMatchContext &context);
IptablesPredicate evaluateSetMatch(const IptablesMatch &match, const PacketState &state,
                                   const IptablesMatchContext &context);

// Helpers the evaluators share: the addrtype of one address as the kernel's
// routing tables would say it, as far as the query tells ("LOCAL", "UNICAST",
// "MULTICAST", "BROADCAST").
QString iptablesAddressType(const IpAddress &address, const InboundQuery &query);
AddressSet iptablesLocalAddresses(const InboundQuery &query, IpFamily family);

} // namespace portolan
