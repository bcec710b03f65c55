// Match statements (operators over packet values and the source set) and the
// values of NAT / mangle arguments.

#include "nftmatch.h"

#include "analysis/nftjsonutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NftEvaluator)
};

bool isSetReference(const nlohmann::json &right)
{
    return (right.is_string() && nftString(right).startsWith(u'@')) ||
           (right.is_object() && right.contains("set"));
}

NftSplit undecidable(const AddressSet &sources, const QString &reason)
{
    NftSplit split;
    split.unknown = sources;
    split.reason = reason;
    return split;
}

NftSplit allOrNothing(bool holds, const AddressSet &sources)
{
    NftSplit split;
    if (holds)
        split.matching = sources;
    return split;
}

// Sources below / above an address, for `ip saddr < 10.0.0.0` and friends.
AddressSet sourcesCompared(const IpAddress &bound, const QString &op, const AddressSet &sources)
{
    const IpFamily family = bound.family();
    const IpAddress lowest = IpAddress::anyAddress(family);
    const IpAddress highest = Prefix::all(family).last();
    const bool below = op == u"<" || op == u"<=";
    const bool inclusive = op == u"<=" || op == u">=";
    AddressRange range{below ? lowest : bound, below ? bound : highest};
    if (!inclusive) {
        const Uint128 value = bound.value();
        if ((below && value.isZero()) || (!below && bound == highest))
            return {};
        if (below)
            range.last = IpAddress::fromValue(family, value.previous());
        else
            range.first = IpAddress::fromValue(family, value.next());
    }
    return sources.intersected(AddressSet::of(range));
}

NftSplit compare(const NftOperand &key, const QString &op, const nlohmann::json &right,
                 const AddressSet &sources)
{
    const auto holds = [&op](auto left, auto bound) {
        if (op == u"<")
            return left < bound;
        if (op == u">")
            return left > bound;
        if (op == u"<=")
            return left <= bound;
        return left >= bound;
    };
    if (key.kind == NftOperand::Kind::Value && key.value.kind == NftScalar::Kind::Integer) {
        const auto bound = nftConstant(right, key.value.symbols);
        if (bound && *bound != nftvalue::kForeign)
            return allOrNothing(holds(key.value.integer, *bound), sources);
    } else if (key.kind == NftOperand::Kind::Value && key.value.kind == NftScalar::Kind::Address) {
        const auto bound = IpAddress::parse(nftString(right));
        if (bound && bound->family() == key.value.address.family())
            return allOrNothing(holds(key.value.address, *bound), sources);
    } else if (key.kind == NftOperand::Kind::Source) {
        const auto bound = IpAddress::parse(nftString(right));
        if (bound) {
            NftSplit split;
            split.matching = sourcesCompared(*bound, op, sources);
            return split;
        }
    }
    return undecidable(
        sources, Tr::tr("cannot compare with %1 %2").arg(op, QString::fromStdString(right.dump())));
}

// Equality-like operators: ==, !=, in (against one value, a list or a set).
NftSplit equality(const NftOperand &key, const QString &op, const nlohmann::json &right,
                  const NftScope &scope, const AddressSet &sources)
{
    const bool negated = op == u"!=";
    if (key.kind == NftOperand::Kind::Value && key.flagCompare && !isSetReference(right)) {
        const auto bits = nftConstant(right, key.value.symbols);
        if (!bits)
            return undecidable(
                sources, Tr::tr("unknown flags %1").arg(QString::fromStdString(right.dump())));
        const bool any = *bits == 0 ? key.value.integer == 0 : (key.value.integer & *bits) != 0;
        return allOrNothing(any != negated, sources);
    }
    const NftLookup lookup = nftLookup(key, right, scope, sources);
    AddressSet hit;
    for (const NftLookupHit &h : lookup.hits)
        hit = hit.united(h.sources);
    NftSplit split;
    split.unknown = lookup.unknown;
    split.reason = lookup.reason;
    split.matching = negated ? sources.subtracted(hit).subtracted(lookup.unknown) : hit;
    return split;
}

} // namespace

NftSplit nftMatch(const nlohmann::json &match, const NftPacket &packet, const NftScope &scope,
                  const AddressSet &sources)
{
    if (sources.isEmpty())
        return {};
    const nlohmann::json &left = nftMember(match, "left");
    const nlohmann::json &right = nftMember(match, "right");
    const QString op = nftString(nftMember(match, "op"));
    const NftOperand key = evaluateNftOperand(left, packet);
    if (key.kind == NftOperand::Kind::Absent)
        return {}; // nft's implicit protocol dependency fails: no match, whatever op says
    if (key.kind == NftOperand::Kind::Unknown)
        return undecidable(sources, key.reason);
    NftSplit split;
    if (op == u"==" || op == u"!=" || op == u"in") {
        split = equality(key, op, right, scope, sources);
    } else if (!isSetReference(right) && (op == u"<" || op == u">" || op == u"<=" || op == u">=")) {
        split = compare(key, op, right, sources);
    } else {
        return undecidable(sources, Tr::tr("the operator \"%1\" is not supported here").arg(op));
    }
    if (key.kernelDependent && !split.matching.isEmpty()) {
        split.unknown = split.unknown.united(split.matching);
        split.matching = AddressSet();
        split.reason = Tr::tr("%1 is not set on the inbound path: older kernels never match "
                              "it, newer ones compare it as empty")
                           .arg(describeNftExpression(left));
    }
    return split;
}

NftValues nftValues(const nlohmann::json &expression, const NftPacket &packet,
                    const NftScope &scope, const AddressSet &sources)
{
    NftValues values;
    if (sources.isEmpty())
        return values;
    const auto constant = [&]() {
        values.parts.append({sources, expression});
        return values;
    };
    if (!expression.is_object() || expression.contains("range") || expression.contains("prefix"))
        return constant();
    if (expression.contains("concat")) {
        for (const auto &item : expression["concat"]) {
            if (item.is_object()) {
                values.unknown = sources;
                values.reason = Tr::tr("%1 cannot be evaluated as a value")
                                    .arg(describeNftExpression(expression));
                return values;
            }
        }
        return constant();
    }
    const nlohmann::json &map = nftMember(expression, "map");
    if (map.is_object()) {
        const NftOperand key = evaluateNftOperand(nftMember(map, "key"), packet);
        const NftLookup lookup = nftLookup(key, nftMember(map, "data"), scope, sources);
        for (const NftLookupHit &hit : lookup.hits)
            values.parts.append({hit.sources, hit.data});
        values.unknown = lookup.unknown;
        values.reason = lookup.reason;
        return values;
    }
    const NftOperand operand = evaluateNftOperand(expression, packet);
    switch (operand.kind) {
    case NftOperand::Kind::Absent:
        return values; // the expression breaks the rule
    case NftOperand::Kind::Value:
        if (operand.value.kind == NftScalar::Kind::Integer)
            values.parts.append({sources, nlohmann::json(operand.value.integer)});
        else if (operand.value.kind == NftScalar::Kind::Address)
            values.parts.append({sources, operand.value.address.toString().toStdString()});
        else
            values.parts.append({sources, operand.value.name.toStdString()});
        return values;
    case NftOperand::Kind::Unknown:
        values.unknown = sources;
        values.reason = operand.reason;
        return values;
    case NftOperand::Kind::Source:
    case NftOperand::Kind::Concat:
        break;
    }
    values.unknown = sources;
    values.reason =
        Tr::tr("%1 cannot be evaluated as a value").arg(describeNftExpression(expression));
    return values;
}

} // namespace portolan
