#pragma once
// Symbolic constants of nftables expressions as `nft -j` prints them on the
// right-hand side of matches and in set elements ("tcp", "established", "syn",
// "local", "ipv4"), turned into the numbers the kernel compares.
// Contract: nftSymbolValue() returns nullopt for a name it does not know.
// Pitfall: for "closed" domains (protocols, families, ether types, packet
// types, fib types, ct direction) the evaluated packet's own value always has
// a known name, so an unknown name can only mean another value: callers use
// nftIsClosedDomain() to read it as "not equal" instead of "undecidable".
// Bitmask domains (ct state, ct status, tcp flags) combine names with OR.

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace portolan {

enum class NftSymbols : std::uint8_t {
    None,        // plain numbers (ports, marks)
    Protocol,    // meta l4proto, ip protocol, ip6 nexthdr, ct protocol
    NfProto,     // meta nfproto, ct l3proto
    EtherType,   // meta protocol
    CtState,     // bitmask
    CtStatus,    // bitmask
    CtDirection, // original / reply
    TcpFlags,    // bitmask
    FibType,     // fib ... type
    PktType,     // meta pkttype
};

std::optional<std::uint64_t> nftSymbolValue(NftSymbols domain, QStringView name);
bool nftIsBitmask(NftSymbols domain);
bool nftIsClosedDomain(NftSymbols domain);

// Values the evaluator uses for a NEW inbound packet.
namespace nftvalue {
inline constexpr std::uint64_t kProtocolTcp = 6;
inline constexpr std::uint64_t kProtocolUdp = 17;
inline constexpr std::uint64_t kNfProtoIpv4 = 2;
inline constexpr std::uint64_t kNfProtoNetdev = 5;
inline constexpr std::uint64_t kNfProtoIpv6 = 10;
inline constexpr std::uint64_t kEtherIpv4 = 0x0800;
inline constexpr std::uint64_t kEtherIpv6 = 0x86dd;
inline constexpr std::uint64_t kCtStateInvalid = 1;
inline constexpr std::uint64_t kCtStateNew = 8;
inline constexpr std::uint64_t kCtStateUntracked = 64;
inline constexpr std::uint64_t kCtStatusDnat = 32;
inline constexpr std::uint64_t kTcpFlagSyn = 0x02;
inline constexpr std::uint64_t kFibTypeUnicast = 1;
inline constexpr std::uint64_t kFibTypeLocal = 2;
inline constexpr std::uint64_t kFibTypeBroadcast = 3;
inline constexpr std::uint64_t kFibTypeMulticast = 5;
inline constexpr std::uint64_t kPktTypeHost = 0;
inline constexpr std::uint64_t kPktTypeBroadcast = 1;
inline constexpr std::uint64_t kPktTypeMulticast = 2;
inline constexpr std::uint64_t kCtDirectionOriginal = 0;
// A value no name of a closed domain maps to.
inline constexpr std::uint64_t kForeign = ~std::uint64_t(0);
} // namespace nftvalue

} // namespace portolan
