// Port and TCP flag matches: -m tcp, -m udp (also implied by -p tcp/udp) and
// -m multiport. The query's destination port is exact; the source port of a
// zone's packets is not known (clients pick ephemeral ports), so a source port
// test is undecidable unless another match already fails.

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

enum TcpFlag : unsigned {
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Psh = 0x08,
    Ack = 0x10,
    Urg = 0x20,
    Ece = 0x40,
    Cwr = 0x80,
};

std::optional<unsigned> tcpFlags(const QString &text)
{
    unsigned flags = 0;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        const QString upper = name.toUpper();
        if (upper == u"ALL")
            flags |= 0xff;
        else if (upper == u"NONE")
            continue;
        else if (upper == u"FIN")
            flags |= Fin;
        else if (upper == u"SYN")
            flags |= Syn;
        else if (upper == u"RST")
            flags |= Rst;
        else if (upper == u"PSH")
            flags |= Psh;
        else if (upper == u"ACK")
            flags |= Ack;
        else if (upper == u"URG")
            flags |= Urg;
        else if (upper == u"ECE")
            flags |= Ece;
        else if (upper == u"CWR")
            flags |= Cwr;
        else
            return std::nullopt;
    }
    return flags;
}

// A NEW TCP packet is a SYN; one that asks for ECN also carries ECE and CWR.
IptablesPredicate flagTest(unsigned mask, unsigned compare, bool negated, IpFamily family)
{
    const bool plain = (Syn & mask) == compare;
    const bool ecn = ((Syn | Ece | Cwr) & mask) == compare;
    if (plain != ecn)
        return IptablesPredicate::unknown(
            Tr::tr("the TCP flag test depends on whether the client asks for ECN"));
    return IptablesPredicate::of(plain).negatedIf(negated, family);
}

IptablesPredicate tcpFlagsMatch(const IptablesMatch &match, IpFamily family)
{
    if (match.option == u"--syn")
        return flagTest(Syn | Rst | Ack | Fin, Syn, match.negated, family);
    const auto mask = match.arguments.size() == 2 ? tcpFlags(match.arguments[0]) : std::nullopt;
    const auto compare = match.arguments.size() == 2 ? tcpFlags(match.arguments[1]) : std::nullopt;
    if (!mask || !compare)
        return IptablesPredicate::unknown(
            Tr::tr("cannot read --tcp-flags %1").arg(match.arguments.join(u' ')));
    return flagTest(*mask, *compare, match.negated, family);
}

IptablesPredicate destinationPorts(const IptablesMatch &match, const PacketState &state,
                                   IpFamily family)
{
    const QString text = match.arguments.value(0);
    const auto ports = PortSet::parse(text);
    if (!ports)
        return IptablesPredicate::unknown(Tr::tr("cannot read the port list %1").arg(text));
    return IptablesPredicate::of(ports->contains(state.port)).negatedIf(match.negated, family);
}

IptablesPredicate sourcePorts(const IptablesMatch &match, IpFamily family)
{
    const QString text = match.arguments.value(0);
    const auto ports = PortSet::parse(text);
    if (!ports)
        return IptablesPredicate::unknown(Tr::tr("cannot read the port list %1").arg(text));
    if (ports->isAll())
        return IptablesPredicate::holds().negatedIf(match.negated, family);
    return IptablesPredicate::unknown(
        Tr::tr("%1 tests the source port, which the client picks").arg(match.option));
}

bool moduleIsTcp(const QString &module)
{
    return module == u"tcp" || module == u"6";
}

} // namespace

IptablesPredicate evaluatePortMatch(const IptablesMatch &match, const PacketState &state,
                                    const IptablesMatchContext &context)
{
    const IpFamily family = context.family;
    const QString &option = match.option;
    const bool tcpPacket = context.query->protocol == Protocol::Tcp;
    if (match.module != u"multiport") {
        // The tcp match never holds for UDP and the udp match never for TCP.
        if (moduleIsTcp(match.module) != tcpPacket)
            return IptablesPredicate::fails();
        if (option.isEmpty())
            return IptablesPredicate::holds();
        if (option == u"--dport" || option == u"--destination-port")
            return destinationPorts(match, state, family);
        if (option == u"--sport" || option == u"--source-port")
            return sourcePorts(match, family);
        if (tcpPacket && (option == u"--tcp-flags" || option == u"--syn"))
            return tcpFlagsMatch(match, family);
        if (tcpPacket && option == u"--tcp-option")
            return IptablesPredicate::unknown(
                Tr::tr("--tcp-option depends on the options of the client's SYN"));
        return IptablesPredicate::unknown(
            Tr::tr("unknown option %1 of -m %2").arg(option, match.module));
    }
    if (option == u"--dports" || option == u"--destination-ports")
        return destinationPorts(match, state, family);
    if (option == u"--sports" || option == u"--source-ports")
        return sourcePorts(match, family);
    if (option == u"--ports") {
        // Holds when either port is listed: the destination port decides if it is.
        const auto ports = PortSet::parse(match.arguments.value(0));
        if (ports && ports->contains(state.port))
            return IptablesPredicate::holds().negatedIf(match.negated, family);
        return sourcePorts(match, family);
    }
    if (option.isEmpty())
        return IptablesPredicate::holds();
    return IptablesPredicate::unknown(Tr::tr("unknown option %1 of -m multiport").arg(option));
}

} // namespace portolan
