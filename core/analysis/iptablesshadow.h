#pragma once
// Shadowed iptables rules (Batfish's filterLineReachability): a rule that can
// never match, because earlier rules of the same chain decide every packet it
// would see. Such a rule is dead configuration, and often a mistake ("allow
// 8265 from the VPN" placed after "drop 8265").
// Contract: conservative and correct. Only rules whose matches are addresses,
// protocol, ports (tcp/udp/multiport --dports/--sports), interfaces and
// comments are compared (see iptablesmatchspace.h); a rule with any other match
// is never declared shadowed and never shadows. Deciding rules are those whose
// target ends the chain for every packet they match: ACCEPT, DROP, REJECT,
// RETURN, -g CHAIN and the NAT targets; a -j CHAIN or LOG never shadows. A
// rule is shadowed when one earlier deciding rule contains it, or when earlier
// deciding rules that contain it in all fields but one together cover that
// field (e.g. "-s 10.0.0.0/9 -j DROP" and "-s 10.128.0.0/9 -j DROP" shadow
// "-s 10.0.0.0/8 -j ACCEPT"). Coverage that needs two fields at once is not
// found (a missed report, never a false one). A rule that matches nothing by
// itself ("-p tcp ! -p tcp") is not reported.

#include "model/firewall.h"

#include <QList>
#include <QString>

namespace portolan {

struct ShadowedRule
{
    QString table;                 // "filter"
    IptablesRule rule;             // never matches
    QList<IptablesRule> coveredBy; // earlier rules of the chain that decide its packets

    bool operator==(const ShadowedRule &) const = default;
};

// Every shadowed rule of every table and chain, in file order.
QList<ShadowedRule> findShadowedIptablesRules(const IptablesRuleset &ruleset);

} // namespace portolan
