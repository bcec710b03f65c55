#include "nftoperand.h"

#include "analysis/nftjsonutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NftEvaluator)
};

NftOperand unknownExpression(const nlohmann::json &expression)
{
    return NftOperand::unknown(Tr::tr("%1 cannot be decided for an inbound packet")
                                   .arg(describeNftExpression(expression)));
}

NftOperand protocolOperand(const NftPacket &packet)
{
    return NftOperand::ofInteger(packet.protocol == Protocol::Tcp ? nftvalue::kProtocolTcp
                                                                  : nftvalue::kProtocolUdp,
                                 NftSymbols::Protocol);
}

NftOperand nfprotoOperand(const NftPacket &packet)
{
    return NftOperand::ofInteger(packet.family == IpFamily::V4 ? nftvalue::kNfProtoIpv4
                                                               : nftvalue::kNfProtoIpv6,
                                 NftSymbols::NfProto);
}

NftOperand metaOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    const QString key = nftString(nftMember(nftMember(expression, "meta"), "key"));
    if (key == u"iif" || key == u"iifname") {
        if (packet.inInterface.isEmpty())
            return NftOperand::unknown(
                Tr::tr("%1: the query does not say which interface the packet arrives on")
                    .arg(describeNftExpression(expression)));
        return NftOperand::ofName(packet.inInterface);
    }
    if (key == u"oif" || key == u"oifname") {
        NftOperand operand = NftOperand::ofName(QString());
        operand.kernelDependent = true;
        return operand;
    }
    if (key == u"l4proto")
        return protocolOperand(packet);
    if (key == u"nfproto") {
        if (packet.chainFamily == u"netdev")
            return NftOperand::ofInteger(nftvalue::kNfProtoNetdev, NftSymbols::NfProto);
        return nfprotoOperand(packet);
    }
    if (key == u"protocol")
        return NftOperand::ofInteger(packet.family == IpFamily::V4 ? nftvalue::kEtherIpv4
                                                                   : nftvalue::kEtherIpv6,
                                     NftSymbols::EtherType);
    if (key == u"mark")
        return NftOperand::ofInteger(packet.mark);
    if (key == u"pkttype") {
        if (packet.destination.isMulticast())
            return NftOperand::ofInteger(nftvalue::kPktTypeMulticast, NftSymbols::PktType);
        if (packet.destination.isV4() && packet.destination.toV4() == 0xffffffffU)
            return NftOperand::ofInteger(nftvalue::kPktTypeBroadcast, NftSymbols::PktType);
        return NftOperand::ofInteger(nftvalue::kPktTypeHost, NftSymbols::PktType);
    }
    return unknownExpression(expression);
}

NftOperand payloadOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    const nlohmann::json &body = nftMember(expression, "payload");
    if (!body.contains("protocol"))
        return unknownExpression(expression); // raw payload: @base,offset,length
    const QString protocol = nftString(nftMember(body, "protocol"));
    const QString field = nftString(nftMember(body, "field"));
    if (protocol == u"ip" || protocol == u"ip6") {
        if ((protocol == u"ip") != (packet.family == IpFamily::V4))
            return NftOperand::absent();
        if (field == u"saddr")
            return NftOperand::source();
        if (field == u"daddr")
            return NftOperand::ofAddress(packet.destination);
        if (field == u"protocol" || field == u"nexthdr")
            return protocolOperand(packet);
        if (field == u"version")
            return NftOperand::ofInteger(packet.family == IpFamily::V4 ? 4 : 6);
        return unknownExpression(expression);
    }
    if (protocol == u"tcp" || protocol == u"udp" || protocol == u"th") {
        if ((protocol == u"tcp" && packet.protocol != Protocol::Tcp) ||
            (protocol == u"udp" && packet.protocol != Protocol::Udp))
            return NftOperand::absent();
        if (field == u"dport")
            return NftOperand::ofInteger(packet.port);
        if (protocol == u"tcp" && field == u"flags")
            return NftOperand::ofInteger(nftvalue::kTcpFlagSyn, NftSymbols::TcpFlags);
        return unknownExpression(expression);
    }
    if (protocol == u"ether" && field == u"type") // untagged frames: the IP ether type
        return NftOperand::ofInteger(packet.family == IpFamily::V4 ? nftvalue::kEtherIpv4
                                                                   : nftvalue::kEtherIpv6,
                                     NftSymbols::EtherType);
    // Headers a TCP or UDP packet over IP does not have.
    static const QStringList absentHeaders = {u"icmp"_s, u"icmpv6"_s,  u"igmp"_s, u"sctp"_s,
                                              u"dccp"_s, u"udplite"_s, u"esp"_s,  u"ah"_s,
                                              u"comp"_s, u"arp"_s,     u"gre"_s};
    if (absentHeaders.contains(protocol))
        return NftOperand::absent();
    return unknownExpression(expression);
}

NftOperand ctOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    const nlohmann::json &body = nftMember(expression, "ct");
    QString key = nftString(nftMember(body, "key"));
    const QString dir = nftString(nftMember(body, "dir"));
    if (packet.conntrack == NftPacket::Conntrack::OrderUnknown && !packet.untracked)
        return NftOperand::unknown(
            Tr::tr("%1 in a chain at conntrack's own priority (-200): whether conntrack ran "
                   "first is not defined")
                .arg(describeNftExpression(expression)));
    const bool noEntry = packet.untracked || packet.conntrack == NftPacket::Conntrack::NotYet;
    if (key == u"state") {
        std::uint64_t state = nftvalue::kCtStateNew;
        if (packet.untracked)
            state = nftvalue::kCtStateUntracked;
        else if (noEntry)
            state = nftvalue::kCtStateInvalid;
        return NftOperand::ofInteger(state, NftSymbols::CtState);
    }
    if (noEntry)
        return NftOperand::absent(); // no conntrack entry: the expression breaks the rule
    if (key == u"status")
        return NftOperand::ofInteger(packet.destinationNatted ? nftvalue::kCtStatusDnat : 0,
                                     NftSymbols::CtStatus);
    if (key == u"mark")
        return NftOperand::ofInteger(packet.connmark);
    if (key == u"direction")
        return NftOperand::ofInteger(nftvalue::kCtDirectionOriginal, NftSymbols::CtDirection);
    if (key == u"l3proto")
        return nfprotoOperand(packet);
    if (key == u"protocol")
        return protocolOperand(packet);
    // "ip saddr", "ip6 daddr", "saddr": the family is an implicit dependency.
    if (key.startsWith(u"ip ") || key.startsWith(u"ip6 ")) {
        if (key.startsWith(u"ip ") != (packet.family == IpFamily::V4))
            return NftOperand::absent();
        key = key.section(u' ', 1);
    }
    const bool original = dir != u"reply";
    if (key == u"saddr")
        return original ? NftOperand::source() : NftOperand::ofAddress(packet.destination);
    if (key == u"daddr")
        return original ? NftOperand::ofAddress(packet.originalDestination) : NftOperand::source();
    if (key == u"proto-dst" && original)
        return NftOperand::ofInteger(packet.originalPort);
    if (key == u"proto-src" && !original)
        return NftOperand::ofInteger(packet.port);
    return unknownExpression(expression);
}

NftOperand fibOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    const nlohmann::json &body = nftMember(expression, "fib");
    const QStringList flags = nftStringList(nftMember(body, "flags"));
    const bool daddrOnly = flags == QStringList{u"daddr"_s};
    const bool daddrIif =
        flags.size() == 2 && flags.contains(u"daddr"_s) && flags.contains(u"iif"_s);
    if (nftString(nftMember(body, "result")) != u"type" || !(daddrOnly || daddrIif))
        return unknownExpression(expression);
    const IpAddress &destination = packet.destination;
    if (packet.isLocal(destination)) {
        // With iif the lookup is limited to the arrival interface, whose own
        // addresses the query does not list.
        if (daddrIif)
            return unknownExpression(expression);
        return NftOperand::ofInteger(nftvalue::kFibTypeLocal, NftSymbols::FibType);
    }
    if (destination.isMulticast())
        return NftOperand::ofInteger(nftvalue::kFibTypeMulticast, NftSymbols::FibType);
    if (destination.isV4() && destination.toV4() == 0xffffffffU)
        return NftOperand::ofInteger(nftvalue::kFibTypeBroadcast, NftSymbols::FibType);
    return unknownExpression(expression); // unicast, unreachable, ...: needs the routes
}

// `x & mask`, `x | bits`, ...: the right operand is a constant in x's domain.
NftOperand binaryOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    const auto entry = expression.begin();
    const std::string &op = entry.key();
    const nlohmann::json &body = entry.value();
    if (!body.is_array() || body.size() != 2)
        return unknownExpression(expression);
    const nlohmann::json &left = body[0];
    // ip frag-off of an unfragmented (or reassembled) packet: offset and MF are
    // zero; only DF (0x4000) is not known.
    if (op == "&" && nftString(nftMember(nftMember(left, "payload"), "field")) == u"frag-off" &&
        body[1].is_number_unsigned() && (body[1].get<std::uint64_t>() & 0x4000U) == 0) {
        return NftOperand::ofInteger(0);
    }
    NftOperand operand = evaluateNftOperand(left, packet);
    if (operand.kind != NftOperand::Kind::Value)
        return operand;
    operand.flagCompare = false;
    if (operand.value.kind != NftScalar::Kind::Integer)
        return unknownExpression(expression);
    const std::optional<std::uint64_t> constant = nftConstant(body[1], operand.value.symbols);
    if (!constant)
        return unknownExpression(expression);
    std::uint64_t &value = operand.value.integer;
    if (op == "&")
        value &= *constant;
    else if (op == "|")
        value |= *constant;
    else if (op == "^")
        value ^= *constant;
    else if (op == "<<")
        value = *constant < 64 ? value << *constant : 0;
    else if (op == ">>")
        value = *constant < 64 ? value >> *constant : 0;
    else
        return unknownExpression(expression);
    return operand;
}

NftOperand concatOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    const nlohmann::json &items = nftMember(expression, "concat");
    if (!items.is_array() || items.empty())
        return unknownExpression(expression);
    NftOperand concat;
    concat.kind = NftOperand::Kind::Concat;
    for (const auto &item : items) {
        NftOperand part = evaluateNftOperand(item, packet);
        if (part.kind == NftOperand::Kind::Absent || part.kind == NftOperand::Kind::Unknown)
            return part;
        if (part.kind == NftOperand::Kind::Concat)
            return unknownExpression(expression);
        concat.kernelDependent = concat.kernelDependent || part.kernelDependent;
        concat.parts.append(std::move(part));
    }
    return concat;
}

} // namespace

bool NftPacket::isLocal(const IpAddress &address) const
{
    return address.isLoopback() || localAddresses.contains(address) ||
           (address == originalDestination && localAddresses.isEmpty());
}

NftOperand NftOperand::ofInteger(std::uint64_t value, NftSymbols symbols)
{
    NftOperand operand;
    operand.kind = Kind::Value;
    operand.value.integer = value;
    operand.value.symbols = symbols;
    operand.flagCompare = nftIsBitmask(symbols);
    return operand;
}

NftOperand NftOperand::ofAddress(const IpAddress &address)
{
    NftOperand operand;
    operand.kind = Kind::Value;
    operand.value.kind = NftScalar::Kind::Address;
    operand.value.address = address;
    return operand;
}

NftOperand NftOperand::ofName(const QString &name)
{
    NftOperand operand;
    operand.kind = Kind::Value;
    operand.value.kind = NftScalar::Kind::Name;
    operand.value.name = name;
    return operand;
}

NftOperand NftOperand::source()
{
    NftOperand operand;
    operand.kind = Kind::Source;
    return operand;
}

NftOperand NftOperand::absent()
{
    NftOperand operand;
    operand.kind = Kind::Absent;
    return operand;
}

NftOperand NftOperand::unknown(const QString &reason)
{
    NftOperand operand;
    operand.kind = Kind::Unknown;
    operand.reason = reason;
    return operand;
}

NftOperand evaluateNftOperand(const nlohmann::json &expression, const NftPacket &packet)
{
    if (!expression.is_object() || expression.size() != 1)
        return unknownExpression(expression);
    const std::string &kind = expression.begin().key();
    if (kind == "meta")
        return metaOperand(expression, packet);
    if (kind == "payload")
        return payloadOperand(expression, packet);
    if (kind == "ct")
        return ctOperand(expression, packet);
    if (kind == "fib")
        return fibOperand(expression, packet);
    if (kind == "concat")
        return concatOperand(expression, packet);
    if (kind == "&" || kind == "|" || kind == "^" || kind == "<<" || kind == ">>")
        return binaryOperand(expression, packet);
    // numgen, jhash, symhash, socket, osf, rt, exthdr, tcp option, ipsec, ...
    return unknownExpression(expression);
}

} // namespace portolan
