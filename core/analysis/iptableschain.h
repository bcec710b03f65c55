#pragma once
// The walk through one iptables base chain (x_tables semantics) for a packet
// state whose sources are a set.
// Contract: rules run in order; a rule's matching part of the sources applies
// its target and the rest goes on to the next rule. ACCEPT ends the base chain
// (the packet goes on to the next base chain), DROP/REJECT end the packet,
// RETURN goes back to the caller (in the base chain: the policy), -j CHAIN
// comes back after the rule, -g CHAIN comes back to the caller of the chain
// that jumped. Every part leaves with the steps that decided it: matched rules
// that decide, jump, change the packet, plus the policy when the base chain
// ends by policy (the policy step is left out for an empty chain with policy
// ACCEPT, which decides nothing).
// A rule whose matches cannot be decided forks the walk: both "matched" and
// "not matched" run to the end of the base chain; where they agree the result
// is certain (the step says so), where they differ it is Uncertain and names
// the rule. Rules with a target that changes nothing (LOG, no target) never
// fork. Pitfalls: forks nest at most kMaxForkDepth deep and a walk visits at
// most kMaxSteps rules; beyond that the state is Uncertain, never guessed.

#include "analysis/packetpath.h"
#include "model/firewall.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace portolan {

// One table of one iptables ruleset, indexed for the walk; shared by the base
// chains of the table.
struct IptablesTableIndex
{
    QString backend; // "iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy"
    IpFamily family = IpFamily::V4;
    QString table;                                  // "filter", "nat", ...
    std::shared_ptr<const IptablesRuleset> ruleset; // owns the rules pointed to below
    QHash<QString, QList<const IptablesRule *>> rulesByChain;
    QHash<QString, QString> policies; // every declared chain; "" for user chains
    QList<IpSet> ipsets;

    bool isUserChain(const QString &name) const;
};

std::shared_ptr<const IptablesTableIndex>
indexIptablesTable(const std::shared_ptr<const IptablesRuleset> &ruleset,
                   const IptablesTable &table, const QString &backend, const QList<IpSet> &ipsets);

QList<BaseChain::Result> walkIptablesChain(const IptablesTableIndex &index, const QString &chain,
                                           const PacketState &state, const InboundQuery &query);

// Joins the two branches of an undecidable rule (see above). `step` is the
// rule's step without effect; it goes into every path at `forkIndex`.
QList<BaseChain::Result> mergeIptablesForks(const QList<BaseChain::Result> &matched,
                                            const QList<BaseChain::Result> &unmatched,
                                            qsizetype forkIndex, const RuleStep &step,
                                            const QString &reason, const QString &uncertainty);

} // namespace portolan
