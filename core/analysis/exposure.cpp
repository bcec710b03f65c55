#include "exposure.h"

#include "analysis/rayrecognition.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::Exposure)
};

constexpr qsizetype kMaxListed = 8;

QString prefixList(const QList<Prefix> &prefixes)
{
    QStringList parts;
    for (qsizetype i = 0; i < prefixes.size() && i < kMaxListed; ++i)
        parts << prefixes.at(i).toString();
    QString text = parts.join(u", ");
    if (prefixes.size() > kMaxListed)
        text = Tr::tr("%1 and %n more", nullptr, int(prefixes.size() - kMaxListed)).arg(text);
    return text;
}

QList<IpAddress> nodeAddresses(const Node &node)
{
    QList<IpAddress> addresses;
    for (const Interface &i : node.interfaces) {
        for (const InterfaceAddress &a : i.addresses)
            addresses << a.address;
    }
    return addresses;
}

QStringList interfaceNames(const Node &node)
{
    QStringList names;
    for (const Interface &i : node.interfaces)
        names << i.name;
    return names;
}

ExposureVerdict exposureVerdict(const InboundOutcome &outcome)
{
    switch (outcome.verdict) {
    case Verdict::Accept:
        return ExposureVerdict::Open;
    case Verdict::Drop:
    case Verdict::Reject:
        return ExposureVerdict::Filtered;
    case Verdict::Uncertain:
        break;
    }
    return ExposureVerdict::Uncertain;
}

// The binding whose socket takes the packet once NAT is done, or nullptr.
const ServiceBinding *bindingFor(const QList<ServiceBinding> &bindings, Protocol protocol,
                                 const IpAddress &address, quint16 port, const QString &iface)
{
    const ServiceBinding *wildcard = nullptr;
    for (const ServiceBinding &b : bindings) {
        if (b.socket.protocol != protocol || b.socket.port != port ||
            !socketAccepts(b.socket, address, iface))
            continue;
        if (!b.socket.address.isUnspecified())
            return &b; // a specific bind wins over a wildcard, as in the kernel
        if (!wildcard)
            wildcard = &b;
    }
    return wildcard;
}

// Merges exposures that differ only in their sources.
void addMerged(QList<Exposure> &out, Exposure e)
{
    for (Exposure &existing : out) {
        if (existing.zone == e.zone && existing.node == e.node && existing.address == e.address &&
            existing.protocol == e.protocol && existing.port == e.port &&
            existing.servicePort == e.servicePort && existing.verdict == e.verdict &&
            existing.rules == e.rules && existing.uncertainty == e.uncertainty) {
            existing.sources = existing.sources.united(e.sources);
            return;
        }
    }
    out << std::move(e);
}

void exposeNode(const Node &node, const QList<Zone> &zones, QList<Exposure> &out)
{
    const QList<ServiceBinding> bindings = recognizeServices(node);
    const QList<IpAddress> localAddresses = nodeAddresses(node);
    const QStringList localInterfaces = interfaceNames(node);

    for (const Zone &zone : zones) {
        for (const Interface &iface : node.interfaces) {
            for (const InterfaceAddress &ia : iface.addresses) {
                const IpAddress &address = ia.address;
                if (address.isLoopback() || !zone.reaches.contains(address))
                    continue;
                const AddressSet sources = zone.sources.onlyFamily(address.family());
                if (sources.isEmpty())
                    continue;
                for (Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
                    QList<quint16> ports;
                    for (const ServiceBinding &b : bindings) {
                        if (b.socket.protocol == protocol && !ports.contains(b.socket.port) &&
                            socketAccepts(b.socket, address, iface.name))
                            ports << b.socket.port;
                    }
                    for (quint16 p : natEntryPorts(node.firewall, protocol)) {
                        if (!ports.contains(p))
                            ports << p;
                    }
                    for (quint16 port : std::as_const(ports)) {
                        InboundQuery query;
                        query.protocol = protocol;
                        query.destination = address;
                        query.port = port;
                        query.inInterface = iface.name;
                        query.sources = sources;
                        query.localAddresses = localAddresses;
                        query.localInterfaces = localInterfaces;
                        for (const InboundOutcome &o : evaluateInbound(node.firewall, query)) {
                            const IpAddress finalAddress =
                                o.destination.isValid() ? o.destination : address;
                            const quint16 finalPort = o.port ? o.port : port;
                            const ServiceBinding *b =
                                bindingFor(bindings, protocol, finalAddress, finalPort, iface.name);
                            if (!b)
                                continue; // nothing listens there: the kernel resets it
                            Exposure e;
                            e.zone = zone.name;
                            e.node = node.name;
                            e.interfaceName = iface.name;
                            e.address = address;
                            e.protocol = protocol;
                            e.port = port;
                            e.serviceAddress = b->socket.address;
                            e.servicePort = finalPort;
                            e.service = b->component;
                            e.verdict = exposureVerdict(o);
                            e.sources = o.sources;
                            e.rules = o.path;
                            e.uncertainty = o.uncertainty;
                            e.pid = b->pid;
                            e.processName = b->processName;
                            e.recognition = b->evidence;
                            addMerged(out, std::move(e));
                        }
                    }
                }
            }
        }
    }
}

} // namespace

QString describeSources(const AddressSet &sources)
{
    QStringList families;
    for (IpFamily family : {IpFamily::V4, IpFamily::V6}) {
        const AddressSet part = sources.onlyFamily(family);
        if (part.isEmpty())
            continue;
        const QList<Prefix> listed = part.toPrefixes();
        const QList<Prefix> missing = part.complementIn(family).toPrefixes();
        const QString all = Prefix::all(family).toString();
        if (missing.isEmpty())
            families << all;
        else if (missing.size() < listed.size())
            families << Tr::tr("%1 except %2").arg(all, prefixList(missing));
        else
            families << prefixList(listed);
    }
    return families.isEmpty() ? Tr::tr("no source") : families.join(u"; ");
}

QString toString(ExposureVerdict verdict)
{
    switch (verdict) {
    case ExposureVerdict::Open:
        return QStringLiteral("open");
    case ExposureVerdict::Filtered:
        return QStringLiteral("filtered");
    case ExposureVerdict::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

bool socketAccepts(const ListeningSocket &socket, const IpAddress &address,
                   const QString &interfaceName)
{
    if (!socket.scopeInterface.isEmpty() && socket.scopeInterface != interfaceName)
        return false;
    if (socket.address.isLoopback())
        return false;
    if (socket.address.isUnspecified()) {
        if (socket.address.family() == address.family())
            return true;
        return socket.dualStack && address.isV4();
    }
    return socket.address == address;
}

QList<Exposure> computeExposures(const Snapshot &snapshot, const QList<Zone> &zones)
{
    QList<Exposure> out;
    for (const Node &node : snapshot.nodes) {
        if (node.status == CollectionStatus::Ok || node.status == CollectionStatus::Partial)
            exposeNode(node, zones, out);
    }
    return out;
}

} // namespace portolan
