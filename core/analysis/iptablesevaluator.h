#pragma once
// iptables (x_tables) base chains on the inbound path, as BaseChain objects the
// combinator of packetpath.h runs next to nftables chains.
// Contract: every IptablesRuleset of the family contributes the base chains of
// the tables it has, at x_tables' priorities: raw PREROUTING -300, mangle
// PREROUTING -150, nat PREROUTING -100 (all on prerouting); mangle INPUT -150,
// filter INPUT 0, security INPUT 50, nat INPUT 100 (on input). Legacy and
// nf_tables variants of one family both register their hooks, so a packet must
// pass both. Backend labels: "iptables"/"ip6tables", "-legacy" appended for the
// legacy variant. A ruleset collected twice (same family, variant and tables,
// e.g. from iptables-save and iptables-legacy-save on a legacy host) counts once.
// Pitfalls: nat chains see only packets with a conntrack entry, so a packet
// notracked in raw skips them; once a nat PREROUTING chain changed the
// destination (legacy and nf_tables both with DNAT), later nat PREROUTING
// chains are skipped, as the kernel binds NAT once; nat INPUT only does SNAT.
// See iptableschain.h for the walk and iptablesmatch.h / iptablestarget.h for
// the semantics of matches and targets.

#include "analysis/iptableschain.h"
#include "analysis/packetpath.h"

#include <memory>

namespace portolan {

class IptablesBaseChain final : public BaseChain
{
public:
    IptablesBaseChain(std::shared_ptr<const IptablesTableIndex> index, QString chain, Hook hook,
                      int priority);

    Hook hook() const override { return m_hook; }
    int priority() const override { return m_priority; }
    QString name() const override; // "iptables filter INPUT"
    QList<Result> run(const PacketState &state, const InboundQuery &query) const override;

private:
    std::shared_ptr<const IptablesTableIndex> m_index;
    QString m_chain;
    Hook m_hook;
    int m_priority;
};

// "iptables", "ip6tables", "iptables-legacy", "ip6tables-legacy".
QString iptablesBackendLabel(const IptablesRuleset &ruleset);

} // namespace portolan
