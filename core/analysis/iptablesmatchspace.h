#pragma once
// The set of packets an iptables rule matches, as a product of per-field sets:
// source and destination addresses, protocol, destination and source ports,
// input and output interface. The shadowed-rule analysis compares rules with it.
// Contract: iptablesMatchSpace() gives nullopt for a rule with any other match
// (conntrack, set, limit, tcp flags, fragments, two -i, multiport --ports, ...):
// such a rule is neither declared shadowed nor used to shadow another, because
// its packet set is not a plain product of these fields.
// Pitfalls: protocols without ports (icmp) are treated as "any port", which is
// exact because port matches require -p tcp/udp; interface patterns ("eth+")
// are compared as prefix sets, so union coverage over interfaces is not tried.

#include "analysis/addressset.h"
#include "analysis/iptablesvalues.h"
#include "model/firewall.h"

#include <QString>

#include <bitset>
#include <optional>

namespace portolan {

struct IptablesInterfaceSpec
{
    bool any = true;
    bool negated = false;
    QString pattern; // "eth0", "eth+"

    // Every interface `inner` matches, this one matches too.
    bool contains(const IptablesInterfaceSpec &inner) const;
};

struct IptablesMatchSpace
{
    enum class Field { Sources, Destinations, Protocols, DestinationPorts, SourcePorts };

    AddressSet sources;
    AddressSet destinations;
    std::bitset<256> protocols; // protocol numbers; all set for "any protocol"
    PortSet destinationPorts;
    PortSet sourcePorts;
    IptablesInterfaceSpec in;
    IptablesInterfaceSpec out;

    bool isEmpty() const;
    // Whether this space contains `inner` in every field except `except`.
    bool containsExcept(const IptablesMatchSpace &inner, std::optional<Field> except) const;
};

std::optional<IptablesMatchSpace> iptablesMatchSpace(const IptablesRule &rule, IpFamily family);

} // namespace portolan
