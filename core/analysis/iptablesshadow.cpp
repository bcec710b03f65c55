// Shadowed-rule analysis; see iptablesshadow.h.

#include "iptablesshadow.h"

#include "iptablesmatchspace.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

using Field = IptablesMatchSpace::Field;

struct SpacedRule
{
    const IptablesRule *rule = nullptr;
    IptablesMatchSpace space;
};

constexpr Field kFields[] = {Field::Sources, Field::Destinations, Field::Protocols,
                             Field::DestinationPorts, Field::SourcePorts};

bool decides(const IptablesRule &rule)
{
    static const QStringList targets = {u"ACCEPT"_s, u"DROP"_s,       u"REJECT"_s,
                                        u"RETURN"_s, u"DNAT"_s,       u"REDIRECT"_s,
                                        u"SNAT"_s,   u"MASQUERADE"_s, u"NETMAP"_s};
    return (rule.isGoto && !rule.target.isEmpty()) || targets.contains(rule.target);
}

// Whether `field` of the union of `spaces` contains that field of `inner`.
bool unionCovers(const QList<const IptablesMatchSpace *> &spaces, const IptablesMatchSpace &inner,
                 Field field)
{
    switch (field) {
    case Field::Sources:
    case Field::Destinations: {
        const bool src = field == Field::Sources;
        AddressSet all;
        for (const IptablesMatchSpace *s : spaces)
            all = all.united(src ? s->sources : s->destinations);
        return all.contains(src ? inner.sources : inner.destinations);
    }
    case Field::Protocols: {
        std::bitset<256> all;
        for (const IptablesMatchSpace *s : spaces)
            all |= s->protocols;
        return (inner.protocols & ~all).none();
    }
    case Field::DestinationPorts:
    case Field::SourcePorts: {
        const bool dst = field == Field::DestinationPorts;
        PortSet all;
        for (const IptablesMatchSpace *s : spaces)
            all = all.united(dst ? s->destinationPorts : s->sourcePorts);
        return all.contains(dst ? inner.destinationPorts : inner.sourcePorts);
    }
    }
    return false;
}

bool overlapsIn(const IptablesMatchSpace &a, const IptablesMatchSpace &b, Field field)
{
    switch (field) {
    case Field::Sources:
        return a.sources.intersects(b.sources);
    case Field::Destinations:
        return a.destinations.intersects(b.destinations);
    case Field::Protocols:
        return (a.protocols & b.protocols).any();
    case Field::DestinationPorts:
        return a.destinationPorts.intersects(b.destinationPorts);
    case Field::SourcePorts:
        return a.sourcePorts.intersects(b.sourcePorts);
    }
    return false;
}

// The earlier deciding rules that together decide every packet of `inner`;
// empty when they do not (as far as one-field unions can tell).
QList<const IptablesRule *> coverOf(const QList<SpacedRule> &deciders,
                                    const IptablesMatchSpace &inner)
{
    for (const SpacedRule &d : deciders) {
        if (d.space.containsExcept(inner, std::nullopt))
            return {d.rule};
    }
    for (const Field field : kFields) {
        QList<const IptablesMatchSpace *> spaces;
        QList<const IptablesRule *> rules;
        for (const SpacedRule &d : deciders) {
            if (d.space.containsExcept(inner, field) && overlapsIn(d.space, inner, field)) {
                spaces.append(&d.space);
                rules.append(d.rule);
            }
        }
        if (!spaces.isEmpty() && unionCovers(spaces, inner, field))
            return rules;
    }
    return {};
}

} // namespace

QList<ShadowedRule> findShadowedIptablesRules(const IptablesRuleset &ruleset)
{
    QList<ShadowedRule> shadowed;
    for (const IptablesTable &table : ruleset.tables) {
        QHash<QString, QList<SpacedRule>> deciders; // per chain, in order
        for (const IptablesRule &rule : table.rules) {
            const std::optional<IptablesMatchSpace> space =
                iptablesMatchSpace(rule, ruleset.family);
            if (!space)
                continue;
            QList<SpacedRule> &earlier = deciders[rule.chain];
            if (!space->isEmpty()) {
                const QList<const IptablesRule *> cover = coverOf(earlier, *space);
                if (!cover.isEmpty()) {
                    ShadowedRule result{table.name, rule, {}};
                    for (const IptablesRule *r : cover)
                        result.coveredBy.append(*r);
                    shadowed.append(result);
                }
            }
            if (decides(rule))
                earlier.append({&rule, *space});
        }
    }
    return shadowed;
}

} // namespace portolan
