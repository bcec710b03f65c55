#pragma once
// The native nftables side of the inbound packet path (packetpath.h): one
// BaseChain per base chain of an ip / ip6 / inet table on the prerouting or
// input hook (types filter, nat, route), plus netdev and inet ingress chains,
// which run before prerouting and so sort first (a very low priority, their own
// order kept), applying only when their device is the arrival interface.
// Contract: tables and chains iptables-nft manages are left out (the iptables
// evaluator reads them from iptables-save); a base chain a user added to such a
// table (managedByIptablesNft == false) is native and included. Chains share one
// prepared ruleset (nftruleset.h) and outlive the Firewall they came from.
// Pitfalls: a nat chain is skipped for a packet already DNATed by an earlier nat
// chain of the hook (the kernel binds NAT once) and for an untracked packet. An
// ingress chain whose device the snapshot does not know (nft 1.0.6 leaves it out
// of JSON) is evaluated anyway; parts it would change become Uncertain.

#include "analysis/nftruleset.h"
#include "analysis/packetpath.h"

#include <QCoreApplication>

#include <memory>

namespace portolan {

class NftBaseChain : public BaseChain
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NftEvaluator)
public:
    NftBaseChain(std::shared_ptr<const NftRulesetIndex> index, int chain);

    Hook hook() const override;
    int priority() const override;
    QString name() const override;
    QList<Result> run(const PacketState &state, const InboundQuery &query) const override;

    const NftChain &chain() const;
    bool isIngress() const;

private:
    QList<Result> runUnknownDevice(const PacketState &state, const InboundQuery &query) const;

    std::shared_ptr<const NftRulesetIndex> m_index;
    int m_chain = 0;
};

} // namespace portolan
