// Set and map lookups: which part of the sources hits which element.

#include "nftmatch.h"

#include "analysis/nftjsonutil.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NftEvaluator)
};

// {"elem": {"val": X, "timeout": ..., "comment": ...}} carries X.
const nlohmann::json &unwrap(const nlohmann::json &element)
{
    const nlohmann::json &elem = nftMember(element, "elem");
    return elem.is_object() && elem.contains("val") ? elem["val"] : element;
}

// nft interface patterns: a trailing '*' is a wildcard, "\*" a literal star.
bool interfaceMatches(const QString &pattern, const QString &name)
{
    if (pattern.endsWith(u'*') && !pattern.endsWith(u"\\*"_s))
        return name.startsWith(pattern.chopped(1));
    QString literal = pattern;
    literal.replace(u"\\*"_s, u"*"_s);
    return name == literal;
}

// Whether a packet value equals / lies in one element; nullopt: cannot tell.
std::optional<bool> scalarHit(const NftScalar &value, const nlohmann::json &element)
{
    switch (value.kind) {
    case NftScalar::Kind::Integer: {
        const nlohmann::json &range = nftMember(element, "range");
        if (range.is_array() && range.size() == 2) {
            const auto low = nftConstant(range[0], value.symbols);
            const auto high = nftConstant(range[1], value.symbols);
            if (!low || !high)
                return std::nullopt;
            return *low <= value.integer && value.integer <= *high;
        }
        const auto constant = nftConstant(element, value.symbols);
        if (!constant)
            return std::nullopt;
        return *constant == value.integer;
    }
    case NftScalar::Kind::Address: {
        const auto addresses = nftAddressElement(element);
        if (!addresses)
            return std::nullopt;
        return addresses->contains(value.address);
    }
    case NftScalar::Kind::Name:
        if (!element.is_string())
            return std::nullopt; // an interface index: nft could not name it
        return interfaceMatches(nftString(element), value.name);
    }
    return std::nullopt;
}

struct ElementHit
{
    AddressSet sources;
    bool unknown = false;
};

ElementHit elementHit(const NftOperand &key, const nlohmann::json &rawElement,
                      const AddressSet &sources)
{
    const nlohmann::json &element = unwrap(rawElement);
    switch (key.kind) {
    case NftOperand::Kind::Absent:
        return {};
    case NftOperand::Kind::Unknown:
        return {{}, true};
    case NftOperand::Kind::Value: {
        const auto hit = scalarHit(key.value, element);
        if (!hit)
            return {{}, true};
        return {*hit ? sources : AddressSet(), false};
    }
    case NftOperand::Kind::Source: {
        const auto addresses = nftAddressElement(element);
        if (!addresses)
            return {{}, true};
        return {sources.intersected(*addresses), false};
    }
    case NftOperand::Kind::Concat: {
        const nlohmann::json &components = nftMember(element, "concat");
        if (!components.is_array() || components.size() != std::size_t(key.parts.size()))
            return {{}, true};
        AddressSet remaining = sources;
        for (qsizetype i = 0; i < key.parts.size() && !remaining.isEmpty(); ++i) {
            const ElementHit part =
                elementHit(key.parts.at(i), components[std::size_t(i)], remaining);
            if (part.unknown)
                return part;
            remaining = part.sources;
        }
        return {remaining, false};
    }
    }
    return {{}, true};
}

// Calls `visit` for each element of "@name" or {"set": ...}; returns false with
// *reason when the elements cannot be known.
bool forEachElement(const nlohmann::json &set, const NftScope &scope, QString *reason,
                    const std::function<bool(const nlohmann::json &)> &visit)
{
    if (set.is_string() && nftString(set).startsWith(u'@')) {
        const QString name = nftString(set).mid(1);
        const NftSetData *data =
            scope.index ? scope.index->set(scope.family, scope.table, name) : nullptr;
        if (!data) {
            *reason =
                Tr::tr("the set @%1 is not in table %2 %3").arg(name, scope.family, scope.table);
            return false;
        }
        if (data->writtenByRules) {
            *reason = Tr::tr("rules add elements to the set @%1 at run time, so its contents "
                             "depend on earlier traffic")
                          .arg(name);
            return false;
        }
        for (const auto &element : data->elements) {
            if (!visit(element))
                break;
        }
        return true;
    }
    const nlohmann::json &body = set.is_object() && set.contains("set") ? set["set"] : set;
    if (body.is_array()) {
        for (const auto &element : body) {
            if (!visit(element))
                break;
        }
    } else {
        visit(body);
    }
    return true;
}

} // namespace

std::optional<AddressSet> nftAddressElement(const nlohmann::json &rawElement)
{
    const nlohmann::json &element = unwrap(rawElement);
    if (element.is_string()) {
        const QString text = nftString(element);
        if (text.contains(u'/')) {
            const auto prefix = Prefix::parse(text, nullptr, Prefix::HostBits::Clear);
            return prefix ? std::optional(AddressSet::of(*prefix)) : std::nullopt;
        }
        const auto address = IpAddress::parse(text);
        return address ? std::optional(AddressSet::of(*address)) : std::nullopt;
    }
    const nlohmann::json &prefix = nftMember(element, "prefix");
    if (prefix.is_object()) {
        const auto address = IpAddress::parse(nftString(nftMember(prefix, "addr")));
        const nlohmann::json &length = nftMember(prefix, "len");
        if (!address || !length.is_number_integer())
            return std::nullopt;
        const Prefix network(*address, length.get<int>());
        return network.isValid() ? std::optional(AddressSet::of(network)) : std::nullopt;
    }
    const nlohmann::json &range = nftMember(element, "range");
    if (range.is_array() && range.size() == 2) {
        const auto first = IpAddress::parse(nftString(range[0]));
        const auto last = IpAddress::parse(nftString(range[1]));
        const AddressRange addresses{first.value_or(IpAddress()), last.value_or(IpAddress())};
        return addresses.isValid() ? std::optional(AddressSet::of(addresses)) : std::nullopt;
    }
    return std::nullopt;
}

NftLookup nftLookup(const NftOperand &key, const nlohmann::json &set, const NftScope &scope,
                    const AddressSet &sources)
{
    NftLookup lookup;
    if (key.kind == NftOperand::Kind::Absent || sources.isEmpty())
        return lookup;
    if (key.kind == NftOperand::Kind::Unknown) {
        lookup.unknown = sources;
        lookup.reason = key.reason;
        return lookup;
    }
    AddressSet remaining = sources;
    QString reason;
    const bool known = forEachElement(set, scope, &reason, [&](const nlohmann::json &element) {
        // Map elements are [key, data]; set elements are the key alone.
        const bool pair = element.is_array() && element.size() == 2;
        const nlohmann::json &elementKey = pair ? element[0] : element;
        const ElementHit hit = elementHit(key, elementKey, remaining);
        if (hit.unknown) {
            lookup.unknown = remaining;
            lookup.reason = Tr::tr("cannot compare with the element %1")
                                .arg(QString::fromStdString(elementKey.dump()));
            remaining = AddressSet();
            return false;
        }
        if (!hit.sources.isEmpty()) {
            lookup.hits.append({hit.sources, pair ? element[1] : nlohmann::json()});
            remaining = remaining.subtracted(hit.sources);
        }
        return !remaining.isEmpty();
    });
    if (!known) {
        lookup.hits.clear();
        lookup.unknown = sources;
        lookup.reason = reason;
    }
    return lookup;
}

} // namespace portolan
