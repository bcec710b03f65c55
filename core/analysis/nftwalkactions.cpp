// The statements of the chain walk that read or change the packet: matches,
// verdict maps, NAT (dnat / redirect / snat / masquerade) and mangle.

#include "nftchainwalk.h"

#include "analysis/nftjsonutil.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// A single port from a constant: 8265, or a range of one port.
std::optional<quint16> singlePort(const nlohmann::json &value)
{
    const nlohmann::json &range = nftMember(value, "range");
    if (range.is_array() && range.size() == 2) {
        if (range[0] != range[1])
            return std::nullopt;
        return singlePort(range[0]);
    }
    if (!value.is_number_unsigned() || value.get<std::uint64_t>() > 65535)
        return std::nullopt;
    return quint16(value.get<std::uint64_t>());
}

// A single address from a constant: "10.0.0.2", or a range of one address.
std::optional<IpAddress> singleAddress(const nlohmann::json &value)
{
    const nlohmann::json &range = nftMember(value, "range");
    if (range.is_array() && range.size() == 2) {
        if (range[0] != range[1])
            return std::nullopt;
        return singleAddress(range[0]);
    }
    return IpAddress::parse(nftString(value));
}

QString natTarget(const IpAddress &address, std::optional<quint16> port)
{
    QString text = address.toString();
    if (!port)
        return text;
    if (address.isV6())
        text = u'[' + text + u']';
    return text + u':' + QString::number(*port);
}

bool isDestinationField(const nlohmann::json &key)
{
    const nlohmann::json &payload = nftMember(key, "payload");
    const QString field = nftString(nftMember(payload, "field"));
    return payload.is_object() && (field == u"daddr" || field == u"dport");
}

} // namespace

void NftChainWalk::match(const Frame &frame, const nlohmann::json &body, Work &work)
{
    const AddressSet &sources = frame.state.sources;
    const NftSplit split = nftMatch(body, packetOf(frame), scopeOf(frame), sources);
    const AddressSet rest = sources.subtracted(split.matching).subtracted(split.unknown);
    if (!split.matching.isEmpty())
        work.frames.append(nextStatement(withSources(frame, split.matching)));
    if (!rest.isEmpty())
        work.frames.append(nextRule(withSources(frame, rest)));
    if (!split.unknown.isEmpty())
        fork(withSources(frame, split.unknown), split.reason, work);
}

void NftChainWalk::verdictMap(const Frame &frame, const nlohmann::json &body, Work &work)
{
    const NftOperand key = evaluateNftOperand(nftMember(body, "key"), packetOf(frame));
    const NftLookup lookup =
        nftLookup(key, nftMember(body, "data"), scopeOf(frame), frame.state.sources);
    AddressSet rest = frame.state.sources.subtracted(lookup.unknown);
    for (const NftLookupHit &hit : lookup.hits) {
        rest = rest.subtracted(hit.sources);
        const Frame part = withSources(frame, hit.sources);
        if (!applyVerdict(part, hit.data, work))
            stopUncertain(
                part,
                tr("the verdict %1 is not known").arg(QString::fromStdString(hit.data.dump())),
                work);
    }
    if (!rest.isEmpty())
        work.frames.append(nextRule(withSources(frame, rest))); // no element: the rule breaks
    if (!lookup.unknown.isEmpty())
        stopUncertain(withSources(frame, lookup.unknown), lookup.reason, work);
}

void NftChainWalk::nat(const Frame &frame, const QString &kind, const nlohmann::json &body,
                       Work &work)
{
    const QString family = nftString(nftMember(body, "family"));
    const bool v4 = m_query.destination.isV4();
    if (!family.isEmpty() && (family == u"ip") != v4) // inet table, other family: a no-op
        return work.frames.append(nextStatement(frame));
    if (kind == u"snat" || kind == u"masquerade")
        return finish(frame, Verdict::Accept, kind, work); // changes the source only
    const NftPacket packet = packetOf(frame);
    const NftScope scope = scopeOf(frame);
    if (kind == u"redirect") {
        if (!packet.isLocal(frame.state.destination))
            return stopUncertain(frame,
                                 tr("redirect sends the packet to the first address of the "
                                    "arrival interface, which the query does not give"),
                                 work);
        if (!body.contains("port")) {
            Frame redirected = frame;
            redirected.state.destinationNatted = true;
            return finish(std::move(redirected), Verdict::Accept, u"redirect"_s, work);
        }
        const NftValues ports = nftValues(body["port"], packet, scope, frame.state.sources);
        AddressSet rest = frame.state.sources.subtracted(ports.unknown);
        for (const NftValuePart &part : ports.parts) {
            rest = rest.subtracted(part.sources);
            Frame redirected = withSources(frame, part.sources);
            const auto port = singlePort(part.value);
            if (!port) {
                stopUncertain(std::move(redirected), tr("redirect to a port range"), work);
                continue;
            }
            redirected.state.port = *port;
            redirected.state.destinationNatted = true;
            finish(std::move(redirected), Verdict::Accept,
                   u"redirect to :"_s + QString::number(*port), work);
        }
        if (!rest.isEmpty())
            work.frames.append(nextRule(withSources(frame, rest)));
        if (!ports.unknown.isEmpty())
            stopUncertain(withSources(frame, ports.unknown), ports.reason, work);
        return;
    }
    // dnat: the address (maybe with the port, from a concatenated map) first.
    if (!body.contains("addr"))
        return dnatTo(frame, nlohmann::json(), nftMember(body, "port"), work);
    const NftValues addresses = nftValues(body["addr"], packet, scope, frame.state.sources);
    AddressSet rest = frame.state.sources.subtracted(addresses.unknown);
    for (const NftValuePart &part : addresses.parts) {
        rest = rest.subtracted(part.sources);
        dnatTo(withSources(frame, part.sources), part.value, nftMember(body, "port"), work);
    }
    if (!rest.isEmpty())
        work.frames.append(nextRule(withSources(frame, rest)));
    if (!addresses.unknown.isEmpty())
        stopUncertain(withSources(frame, addresses.unknown), addresses.reason, work);
}

void NftChainWalk::dnatTo(Frame frame, const nlohmann::json &address,
                          const nlohmann::json &portExpression, Work &work)
{
    IpAddress target = frame.state.destination;
    std::optional<quint16> port;
    nlohmann::json addressValue = address;
    const nlohmann::json &concat = nftMember(address, "concat");
    if (concat.is_array() && concat.size() == 2) { // map data "addr . port"
        addressValue = concat[0];
        port = singlePort(concat[1]);
        if (!port)
            return stopUncertain(std::move(frame), tr("dnat to a port range"), work);
    }
    if (!addressValue.is_null()) {
        const auto parsed = singleAddress(addressValue);
        if (!parsed || parsed->family() != target.family())
            return stopUncertain(std::move(frame),
                                 tr("dnat to %1 (several addresses or a prefix)")
                                     .arg(QString::fromStdString(addressValue.dump())),
                                 work);
        target = *parsed;
    }
    QList<std::pair<AddressSet, std::optional<quint16>>> targets{{frame.state.sources, port}};
    if (!portExpression.is_null() && !port) {
        const NftValues ports =
            nftValues(portExpression, packetOf(frame), scopeOf(frame), frame.state.sources);
        targets.clear();
        AddressSet rest = frame.state.sources.subtracted(ports.unknown);
        for (const NftValuePart &part : ports.parts) {
            rest = rest.subtracted(part.sources);
            const auto single = singlePort(part.value);
            if (!single)
                stopUncertain(withSources(frame, part.sources), tr("dnat to a port range"), work);
            else
                targets.append({part.sources, single});
        }
        if (!rest.isEmpty())
            work.frames.append(nextRule(withSources(frame, rest)));
        if (!ports.unknown.isEmpty())
            stopUncertain(withSources(frame, ports.unknown), ports.reason, work);
    }
    for (const auto &[sources, targetPort] : std::as_const(targets)) {
        Frame natted = withSources(frame, sources);
        natted.state.destination = target;
        if (targetPort)
            natted.state.port = *targetPort;
        natted.state.destinationNatted = true;
        const QString effect = u"dnat to "_s + natTarget(target, targetPort);
        if (packetOf(natted).isLocal(target)) {
            finish(std::move(natted), Verdict::Accept, effect, work);
        } else {
            finish(std::move(natted), Verdict::Drop,
                   tr("%1: not an address of this node, so the packet is forwarded and never "
                      "reaches a local socket")
                       .arg(effect),
                   work);
        }
    }
}

void NftChainWalk::mangle(const Frame &frame, const nlohmann::json &body, Work &work)
{
    const nlohmann::json &key = nftMember(body, "key");
    const QString metaKey = nftString(nftMember(nftMember(key, "meta"), "key"));
    const QString ctKey = nftString(nftMember(nftMember(key, "ct"), "key"));
    const bool packetMark = metaKey == u"mark";
    const bool connMark = ctKey == u"mark" && !nftMember(key, "ct").contains("dir");
    if (isDestinationField(key))
        return stopUncertain(frame,
                             tr("%1 is rewritten without conntrack (stateless NAT), which the "
                                "evaluator does not follow")
                                 .arg(describeNftExpression(key)),
                             work);
    if (!packetMark && !connMark)
        return work.frames.append(nextStatement(frame)); // dscp, ttl, priority, ct label, ...
    if (connMark &&
        (frame.state.untracked || packetOf(frame).conntrack != NftPacket::Conntrack::Done))
        return work.frames.append(nextStatement(frame)); // no conntrack entry (yet) to mark
    const NftValues values =
        nftValues(nftMember(body, "value"), packetOf(frame), scopeOf(frame), frame.state.sources);
    AddressSet rest = frame.state.sources.subtracted(values.unknown);
    for (const NftValuePart &part : values.parts) {
        rest = rest.subtracted(part.sources);
        Frame marked = withSources(frame, part.sources);
        if (!part.value.is_number_unsigned()) {
            stopUncertain(std::move(marked), tr("the mark value cannot be evaluated"), work);
            continue;
        }
        const auto mark = quint32(part.value.get<std::uint64_t>());
        (packetMark ? marked.state.mark : marked.state.connmark) = mark;
        const QString effect = (packetMark ? u"meta mark set 0x"_s : u"ct mark set 0x"_s) +
                               QString::number(mark, 16).rightJustified(8, u'0');
        marked.state.path.append(stepOf(marked, effect));
        work.frames.append(nextStatement(std::move(marked)));
    }
    if (!rest.isEmpty())
        work.frames.append(nextRule(withSources(frame, rest)));
    if (!values.unknown.isEmpty())
        stopUncertain(withSources(frame, values.unknown), values.reason, work);
}

} // namespace portolan
