#pragma once
// The inbound packet path of one node, evaluated for a SET of sources at once.
// A NEW packet (conntrack state NEW, not fragmented, no mark set) arrives on
// an interface for (protocol, destination, port); every base chain on the
// prerouting and input hooks runs in hook, then priority order, across
// iptables (x_tables legacy and iptables-nft, both read from iptables-save) and
// native nftables. The query's sources are split into disjoint parts, each with
// its verdict and the rules that decided it. Anything the evaluator cannot
// decide is Uncertain with the reason and the rule: never silently open or closed.

#include "analysis/addressset.h"
#include "model/firewall.h"
#include "model/network.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace portolan {

enum class Verdict : std::uint8_t {
    Accept,   // reaches the local socket layer
    Drop,     // silently discarded
    Reject,   // refused with an ICMP error or a TCP reset
    Uncertain // not decidable from the ruleset (see uncertainty)
};
QString toString(Verdict verdict);

enum class Hook : std::uint8_t { Prerouting, Input };

// One step of the path: a rule that matched (or a policy that applied).
struct RuleStep
{
    QString backend; // "iptables", "ip6tables", "iptables-legacy", "nft"
    QString table;   // "filter", "nat", "inet filter"
    QString chain;   // "INPUT", "RAY-ALLOW", "input"
    int line = 0;    // iptables-save line, or nft rule handle; 0 for a policy
    QString text;    // the rule as written, or "policy DROP"
    QString effect;  // "ACCEPT", "jump RAY-ALLOW", "RETURN", "DNAT to 10.0.0.2:8265", ...

    bool operator==(const RuleStep &) const = default;
};

// A NEW inbound packet whose source is any address of `sources`.
struct InboundQuery
{
    Protocol protocol = Protocol::Tcp;
    IpAddress destination;
    quint16 port = 0;
    QString inInterface;             // interface the packet arrives on ("eth0")
    AddressSet sources;              // same family as destination
    QList<IpAddress> localAddresses; // the node's own addresses (addrtype LOCAL, REDIRECT)
    QStringList localInterfaces;     // every interface name of the node
};

// The packet as it travels: the part of the sources still in this state.
struct PacketState
{
    AddressSet sources;
    IpAddress destination; // changes with DNAT / REDIRECT
    quint16 port = 0;
    QList<RuleStep> path;
    bool uncertain = false;
    QString uncertainty; // why, when uncertain (names the rule)
    // Netfilter metadata rules read and write on the way; a fresh packet has
    // all of them zero/false. Base chains carry them to the next base chain.
    quint32 mark = 0;               // skb mark (MARK, meta mark set)
    quint32 connmark = 0;           // conntrack mark (CONNMARK, ct mark set)
    bool untracked = false;         // notrack in raw: no conntrack entry, so no NAT
    bool destinationNatted = false; // DNAT/REDIRECT happened (ctstate DNAT)
};

struct InboundOutcome
{
    AddressSet sources; // disjoint from every other outcome's; all together = query.sources
    Verdict verdict = Verdict::Uncertain;
    IpAddress destination; // after NAT
    quint16 port = 0;      // after NAT
    QList<RuleStep> path;
    QString uncertainty;

    bool operator==(const InboundOutcome &) const = default;
};

// One base chain of either backend. run() takes packets in one state and
// returns the states they leave the chain in: Accept continues to the next base
// chain, Drop/Reject end the packet, Uncertain marks the state and continues.
class BaseChain
{
public:
    virtual ~BaseChain();
    virtual Hook hook() const = 0;
    virtual int priority() const = 0;
    virtual QString name() const = 0; // "iptables filter INPUT", "nft inet filter input"

    struct Result
    {
        PacketState state;
        Verdict verdict = Verdict::Accept; // Accept: go on to the next base chain
    };
    virtual QList<Result> run(const PacketState &state, const InboundQuery &query) const = 0;
};

using BaseChainList = QList<std::shared_ptr<const BaseChain>>;

// Base chains of the iptables rulesets of `family` (legacy and nf_tables
// variants) on the prerouting and input hooks, at iptables' standard priorities.
BaseChainList iptablesBaseChains(const Firewall &firewall, IpFamily family);
// Base chains of native nftables tables (not those iptables-nft manages) of
// families ip/ip6/inet matching `family`, on the prerouting and input hooks.
BaseChainList nftBaseChains(const Firewall &firewall, IpFamily family);

// Runs every base chain in order and returns the partition of query.sources.
// A firewall that could not be read (errors, backend Unknown) gives one
// Uncertain outcome naming why.
QList<InboundOutcome> evaluateInbound(const Firewall &firewall, const InboundQuery &query);

} // namespace portolan
