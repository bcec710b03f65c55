#include "nftsymbols.h"

#include <array>
#include <span>

namespace portolan {
namespace {

struct Symbol
{
    QStringView name;
    std::uint64_t value;
};

// IANA protocol numbers under the names nft prints (and a few aliases).
constexpr std::array kProtocols{
    Symbol{u"icmp", 1},         Symbol{u"igmp", 2},       Symbol{u"tcp", 6},
    Symbol{u"egp", 8},          Symbol{u"pup", 12},       Symbol{u"udp", 17},
    Symbol{u"idp", 22},         Symbol{u"tp", 29},        Symbol{u"dccp", 33},
    Symbol{u"ipv6", 41},        Symbol{u"rsvp", 46},      Symbol{u"gre", 47},
    Symbol{u"esp", 50},         Symbol{u"ah", 51},        Symbol{u"icmpv6", 58},
    Symbol{u"ipv6-icmp", 58},   Symbol{u"ipip", 94},      Symbol{u"etherip", 97},
    Symbol{u"pim", 103},        Symbol{u"comp", 108},     Symbol{u"vrrp", 112},
    Symbol{u"l2tp", 115},       Symbol{u"sctp", 132},     Symbol{u"udplite", 136},
    Symbol{u"mpls-in-ip", 137}, Symbol{u"ethernet", 143}, Symbol{u"raw", 255},
};

constexpr std::array kNfProtos{
    Symbol{u"ipv4", 2}, Symbol{u"netdev", 5}, Symbol{u"ipv6", 10},
    Symbol{u"arp", 3},  Symbol{u"bridge", 7}, Symbol{u"inet", 1},
};

constexpr std::array kEtherTypes{
    Symbol{u"ip", 0x0800},    Symbol{u"arp", 0x0806},    Symbol{u"ip6", 0x86dd},
    Symbol{u"8021q", 0x8100}, Symbol{u"8021ad", 0x88a8}, Symbol{u"vlan", 0x8100},
};

constexpr std::array kCtStates{
    Symbol{u"invalid", 1}, Symbol{u"established", 2}, Symbol{u"related", 4},
    Symbol{u"new", 8},     Symbol{u"untracked", 64},
};

constexpr std::array kCtStatus{
    Symbol{u"expected", 1},
    Symbol{u"seen-reply", 2},
    Symbol{u"assured", 4},
    Symbol{u"confirmed", 8},
    Symbol{u"snat", 16},
    Symbol{u"dnat", 32},
    Symbol{u"seq-adjust", 64},
    Symbol{u"snat-done", 128},
    Symbol{u"dnat-done", 256},
    Symbol{u"dying", 512},
    Symbol{u"fixed-timeout", 1024},
    Symbol{u"helper", 8192},
    Symbol{u"offload", 16384},
};

constexpr std::array kCtDirections{Symbol{u"original", 0}, Symbol{u"reply", 1}};

constexpr std::array kTcpFlags{
    Symbol{u"fin", 0x01}, Symbol{u"syn", 0x02}, Symbol{u"rst", 0x04}, Symbol{u"psh", 0x08},
    Symbol{u"ack", 0x10}, Symbol{u"urg", 0x20}, Symbol{u"ecn", 0x40}, Symbol{u"cwr", 0x80},
};

constexpr std::array kFibTypes{
    Symbol{u"unspec", 0},    Symbol{u"unicast", 1},     Symbol{u"local", 2},
    Symbol{u"broadcast", 3}, Symbol{u"anycast", 4},     Symbol{u"multicast", 5},
    Symbol{u"blackhole", 6}, Symbol{u"unreachable", 7}, Symbol{u"prohibit", 8},
    Symbol{u"throw", 9},     Symbol{u"nat", 10},        Symbol{u"xresolve", 11},
};

constexpr std::array kPktTypes{
    Symbol{u"host", 0},      Symbol{u"unicast", 0}, Symbol{u"broadcast", 1},
    Symbol{u"multicast", 2}, Symbol{u"other", 3},
};

std::span<const Symbol> tableFor(NftSymbols domain)
{
    switch (domain) {
    case NftSymbols::Protocol:
        return kProtocols;
    case NftSymbols::NfProto:
        return kNfProtos;
    case NftSymbols::EtherType:
        return kEtherTypes;
    case NftSymbols::CtState:
        return kCtStates;
    case NftSymbols::CtStatus:
        return kCtStatus;
    case NftSymbols::CtDirection:
        return kCtDirections;
    case NftSymbols::TcpFlags:
        return kTcpFlags;
    case NftSymbols::FibType:
        return kFibTypes;
    case NftSymbols::PktType:
        return kPktTypes;
    case NftSymbols::None:
        break;
    }
    return {};
}

} // namespace

std::optional<std::uint64_t> nftSymbolValue(NftSymbols domain, QStringView name)
{
    for (const Symbol &symbol : tableFor(domain)) {
        if (symbol.name == name)
            return symbol.value;
    }
    return std::nullopt;
}

bool nftIsBitmask(NftSymbols domain)
{
    return domain == NftSymbols::CtState || domain == NftSymbols::CtStatus ||
           domain == NftSymbols::TcpFlags;
}

bool nftIsClosedDomain(NftSymbols domain)
{
    return domain == NftSymbols::Protocol || domain == NftSymbols::NfProto ||
           domain == NftSymbols::EtherType || domain == NftSymbols::CtDirection ||
           domain == NftSymbols::FibType || domain == NftSymbols::PktType;
}

} // namespace portolan
