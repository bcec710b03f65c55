#pragma once
// What an nftables expression reads from a NEW inbound packet. The packet is
// known except for its source address, which is a SET (the zone's sources):
// `ip saddr` evaluates to the symbolic Source, everything else to a concrete
// value, to Absent (the header is not there, e.g. `udp dport` of a TCP packet,
// `ip saddr` of an IPv6 packet: nft's implicit protocol dependency fails, so
// the whole rule does not match, whatever the operator), or to Unknown with a
// reason (socket owner, rate, route lookups, raw payload, unknown keys).
// Contract: evaluateNftOperand never throws; malformed JSON is Unknown.
// Pitfalls: `oif`/`oifname` are unset on the inbound path; kernels before
// nft_meta_store_ifname() break the rule, newer ones compare with 0 / "", so a
// comparison that would hold on "" is kernel-dependent (`kernelDependent`).
// `ip daddr` is the CURRENT destination (after DNAT); `ct original ...` the
// original one. After `notrack` ct state is "untracked", before conntrack ran
// (ingress, prerouting below priority -200) "invalid"; other ct keys are then Absent.
// `ether type` assumes an untagged frame (the packet as its interface sees it).

#include "analysis/nftsymbols.h"
#include "model/address.h"
#include "model/network.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

namespace portolan {

// Everything the evaluator knows about the packet at one point of the walk.
struct NftPacket
{
    QString chainFamily; // ip, ip6, inet, netdev: what meta nfproto reads
    IpFamily family = IpFamily::V4;
    Protocol protocol = Protocol::Tcp;
    IpAddress destination; // current
    quint16 port = 0;      // current
    IpAddress originalDestination;
    quint16 originalPort = 0;
    QString inInterface; // empty when the query does not say
    QList<IpAddress> localAddresses;
    quint32 mark = 0;
    quint32 connmark = 0;
    bool untracked = false;
    bool destinationNatted = false;
    // Where the base chain runs relative to conntrack (prerouting priority -200):
    // before it (ingress, raw) a packet has no conntrack entry yet.
    enum class Conntrack : std::uint8_t { Done, NotYet, OrderUnknown };
    Conntrack conntrack = Conntrack::Done;

    bool isLocal(const IpAddress &address) const;
};

struct NftScalar
{
    enum class Kind : std::uint8_t { Integer, Address, Name };
    Kind kind = Kind::Integer;
    std::uint64_t integer = 0;
    IpAddress address;
    QString name; // interface names
    NftSymbols symbols = NftSymbols::None;
};

struct NftOperand
{
    enum class Kind : std::uint8_t { Value, Source, Concat, Absent, Unknown };
    Kind kind = Kind::Unknown;
    NftScalar value;         // Value
    QList<NftOperand> parts; // Concat: Value or Source parts
    QString reason;          // Unknown: why it cannot be decided
    // oif/oifname on the inbound path: a comparison that holds for "" is kernel-dependent.
    bool kernelDependent = false;
    // ct state / ct status / tcp flags read directly (not through `&`): nft
    // compares them as flags, "== a,b" meaning "any of a, b", "!=" "none of".
    bool flagCompare = false;

    static NftOperand ofInteger(std::uint64_t value, NftSymbols symbols = NftSymbols::None);
    static NftOperand ofAddress(const IpAddress &address);
    static NftOperand ofName(const QString &name);
    static NftOperand source();
    static NftOperand absent();
    static NftOperand unknown(const QString &reason);
};

NftOperand evaluateNftOperand(const nlohmann::json &expression, const NftPacket &packet);

} // namespace portolan
