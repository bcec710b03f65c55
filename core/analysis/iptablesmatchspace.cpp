// Rule match spaces for the shadowed-rule analysis; see iptablesmatchspace.h.

#include "iptablesmatchspace.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool isWildcard(const QString &pattern)
{
    return pattern.endsWith(u'+');
}

QStringView stem(const QString &pattern)
{
    return isWildcard(pattern) ? QStringView(pattern).chopped(1) : QStringView(pattern);
}

// Every name `inner` matches, `outer` matches too (both positive patterns).
bool patternContains(const QString &outer, const QString &inner)
{
    if (!isWildcard(outer))
        return !isWildcard(inner) && outer == inner;
    return stem(inner).startsWith(stem(outer));
}

bool patternsDisjoint(const QString &a, const QString &b)
{
    if (!isWildcard(a) && !isWildcard(b))
        return a != b;
    if (!isWildcard(a))
        return !QStringView(a).startsWith(stem(b));
    if (!isWildcard(b))
        return !QStringView(b).startsWith(stem(a));
    return !stem(a).startsWith(stem(b)) && !stem(b).startsWith(stem(a));
}

struct SpaceBuilder
{
    IptablesMatchSpace space;
    IpFamily family;

    bool address(const IptablesMatch &match, AddressSet &field)
    {
        const auto set = iptablesAddressSet(match.arguments.value(0), family);
        if (!set)
            return false;
        field = field.intersected(match.negated ? set->complementIn(family) : *set);
        return true;
    }

    bool interface(const IptablesMatch &match, IptablesInterfaceSpec &field)
    {
        if (!field.any)
            return false;
        field = {false, match.negated, match.arguments.value(0)};
        return true;
    }

    bool protocol(const IptablesMatch &match)
    {
        const auto number = iptablesProtocolNumber(match.arguments.value(0));
        if (!number)
            return false;
        std::bitset<256> bits;
        if (*number == 0)
            bits.set();
        else
            bits.set(std::size_t(*number));
        space.protocols &= match.negated ? ~bits : bits;
        return true;
    }

    bool ports(const IptablesMatch &match, PortSet &field)
    {
        const auto set = PortSet::parse(match.arguments.value(0));
        if (!set)
            return false;
        field = field.intersected(match.negated ? set->complement() : *set);
        return true;
    }

    bool builtin(const IptablesMatch &match)
    {
        const QString &o = match.option;
        if (o == u"-s" || o == u"--source" || o == u"--src")
            return address(match, space.sources);
        if (o == u"-d" || o == u"--destination" || o == u"--dst")
            return address(match, space.destinations);
        if (o == u"-i" || o == u"--in-interface")
            return interface(match, space.in);
        if (o == u"-o" || o == u"--out-interface")
            return interface(match, space.out);
        if (o == u"-p" || o == u"--protocol")
            return protocol(match);
        return false;
    }

    bool portModule(const IptablesMatch &match)
    {
        const QString &o = match.option;
        if (match.module != u"multiport") {
            std::bitset<256> bits;
            bits.set(match.module == u"tcp" || match.module == u"6" ? 6 : 17);
            space.protocols &= bits;
        }
        if (o.isEmpty())
            return true;
        if (o == u"--dport" || o == u"--destination-port" || o == u"--dports" ||
            o == u"--destination-ports")
            return ports(match, space.destinationPorts);
        if (o == u"--sport" || o == u"--source-port" || o == u"--sports" || o == u"--source-ports")
            return ports(match, space.sourcePorts);
        return false;
    }

    bool add(const IptablesMatch &match)
    {
        const QString &module = match.module;
        if (module.isEmpty())
            return builtin(match);
        if (module == u"comment")
            return true;
        if (module == u"tcp" || module == u"udp" || module == u"6" || module == u"17" ||
            module == u"multiport")
            return portModule(match);
        return false;
    }
};

} // namespace

bool IptablesInterfaceSpec::contains(const IptablesInterfaceSpec &inner) const
{
    if (any)
        return true;
    const bool everything = !negated && pattern == u"+";
    if (inner.any)
        return everything;
    if (!negated)
        return everything || (!inner.negated && patternContains(pattern, inner.pattern));
    if (!inner.negated) // !P contains Q when Q and P share no name
        return patternsDisjoint(pattern, inner.pattern);
    return patternContains(inner.pattern, pattern); // !P contains !Q when P within Q
}

bool IptablesMatchSpace::isEmpty() const
{
    return sources.isEmpty() || destinations.isEmpty() || protocols.none() ||
           destinationPorts.isEmpty() || sourcePorts.isEmpty();
}

bool IptablesMatchSpace::containsExcept(const IptablesMatchSpace &inner,
                                        std::optional<Field> except) const
{
    auto check = [&except](Field field, bool holds) { return except == field || holds; };
    return in.contains(inner.in) && out.contains(inner.out) &&
           check(Field::Protocols, (inner.protocols & ~protocols).none()) &&
           check(Field::DestinationPorts, destinationPorts.contains(inner.destinationPorts)) &&
           check(Field::SourcePorts, sourcePorts.contains(inner.sourcePorts)) &&
           check(Field::Sources, sources.contains(inner.sources)) &&
           check(Field::Destinations, destinations.contains(inner.destinations));
}

std::optional<IptablesMatchSpace> iptablesMatchSpace(const IptablesRule &rule, IpFamily family)
{
    SpaceBuilder builder{{}, family};
    IptablesMatchSpace &space = builder.space;
    space.sources = AddressSet::allOf(family);
    space.destinations = space.sources;
    space.protocols.set();
    space.destinationPorts = PortSet::all();
    space.sourcePorts = PortSet::all();
    for (const IptablesMatch &match : rule.matches) {
        if (!builder.add(match))
            return std::nullopt;
    }
    return space;
}

} // namespace portolan
