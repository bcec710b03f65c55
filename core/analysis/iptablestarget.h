#pragma once
// Target semantics of iptables rules on the inbound path of a NEW packet.
// Contract: classifyIptablesTarget() sorts a rule's target into what the chain
// walk must do with it; applyIptablesModify() computes MARK/CONNMARK/notrack,
// applyIptablesNat() computes DNAT/REDIRECT/NETMAP/SNAT. A NAT target ends the
// nat chain: a destination that is not one of the node's addresses means the
// packet is forwarded and never reaches a local socket, which the evaluator
// reports as Drop with an effect that says so.
// Pitfalls: REDIRECT sends to the primary address of the incoming interface,
// taken as the query's destination (127.0.0.1/::1 on lo); DNAT to loopback from
// another interface needs route_localnet and is Uncertain; a DNAT/REDIRECT
// port range picks one port per connection, which is Uncertain; CONNMARK does
// nothing without a conntrack entry (raw table, notrack).

#include "analysis/packetpath.h"
#include "model/firewall.h"

#include <QString>

#include <optional>

namespace portolan {

enum class IptablesTargetKind {
    None,        // no -j: the rule only counts
    Passive,     // LOG, NFLOG, TRACE, ...: continues, changes nothing the path reads
    Modify,      // MARK, CONNMARK, CT --notrack, NOTRACK: continues with a changed state
    Accept,      // ends this base chain; the packet goes on to the next
    Drop,        // ends the packet
    Reject,      // ends the packet with an error
    Return,      // back to the calling chain; in a base chain the policy applies
    Chain,       // -j or -g a user chain
    Nat,         // DNAT, REDIRECT, NETMAP, SNAT, MASQUERADE: ends the nat chain
    Undecidable, // NFQUEUE, QUEUE, TPROXY, SYNPROXY: ends the chain, outcome unknown
    Unknown,     // a target Portolan does not know
};

IptablesTargetKind classifyIptablesTarget(const IptablesRule &rule, bool targetIsUserChain);

struct IptablesTargetEffect
{
    PacketState state;                 // after the target
    Verdict verdict = Verdict::Accept; // Nat only: Accept (goes on), Drop (forwarded), Uncertain
    QString effect;                    // for the RuleStep
    QString uncertainty;               // set when verdict is Uncertain
};

IptablesTargetEffect applyIptablesModify(const IptablesRule &rule, const PacketState &state,
                                         bool conntrackRan);
IptablesTargetEffect applyIptablesNat(const IptablesRule &rule, const PacketState &state,
                                      const InboundQuery &query);
// "REJECT --reject-with icmp-port-unreachable" (the default spelled out).
QString iptablesRejectEffect(const IptablesRule &rule, IpFamily family);

} // namespace portolan
