#include "nftevaluator.h"

#include "analysis/nftchainwalk.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Ingress runs before every prerouting chain; its own priorities keep their order.
constexpr int kIngressBase = std::numeric_limits<int>::min() / 2;
constexpr int kPriorityClamp = 1 << 24;

bool familyApplies(const QString &chainFamily, IpFamily family)
{
    if (chainFamily == u"inet" || chainFamily == u"netdev")
        return true;
    return chainFamily == (family == IpFamily::V4 ? u"ip" : u"ip6");
}

bool hookApplies(const NftChain &chain)
{
    if (chain.hook == u"ingress")
        return chain.family == u"netdev" || chain.family == u"inet";
    return chain.hook == u"prerouting" || chain.hook == u"input";
}

bool unchanged(const PacketState &before, const PacketState &after)
{
    return before.destination == after.destination && before.port == after.port &&
           before.mark == after.mark && before.connmark == after.connmark &&
           before.untracked == after.untracked &&
           before.destinationNatted == after.destinationNatted &&
           before.uncertain == after.uncertain;
}

} // namespace

NftBaseChain::NftBaseChain(std::shared_ptr<const NftRulesetIndex> index, int chain)
    : m_index(std::move(index))
    , m_chain(chain)
{}

const NftChain &NftBaseChain::chain() const
{
    return m_index->chains().at(m_chain).chain;
}

bool NftBaseChain::isIngress() const
{
    return chain().hook == u"ingress";
}

Hook NftBaseChain::hook() const
{
    return chain().hook == u"input" ? Hook::Input : Hook::Prerouting;
}

int NftBaseChain::priority() const
{
    const int own = chain().priority;
    if (!isIngress())
        return own;
    return kIngressBase + std::clamp(own, -kPriorityClamp, kPriorityClamp);
}

QString NftBaseChain::name() const
{
    const NftChain &c = chain();
    return u"nft "_s + c.family + u' ' + c.table + u' ' + c.name;
}

QList<BaseChain::Result> NftBaseChain::run(const PacketState &state,
                                           const InboundQuery &query) const
{
    const NftChain &c = chain();
    if (c.type == u"nat" &&
        (state.untracked || (c.hook == u"prerouting" && state.destinationNatted)))
        return {{state, Verdict::Accept}}; // NAT is bound once, and never without conntrack
    if (isIngress()) {
        const QStringList devices = c.device.split(u',', Qt::SkipEmptyParts);
        if (devices.isEmpty() || query.inInterface.isEmpty())
            return runUnknownDevice(state, query);
        if (!devices.contains(query.inInterface))
            return {{state, Verdict::Accept}};
    }
    NftChainWalk walk(*m_index, m_chain, query);
    return walk.run(state);
}

// Walks the chain anyway: parts it lets through unchanged pass either way.
QList<BaseChain::Result> NftBaseChain::runUnknownDevice(const PacketState &state,
                                                        const InboundQuery &query) const
{
    NftChainWalk walk(*m_index, m_chain, query);
    QList<Result> results = walk.run(state);
    const QString reason =
        query.inInterface.isEmpty()
            ? tr("%1 applies to packets arriving on %2, and the query does not say which "
                 "interface the packet arrives on")
                  .arg(name(), chain().device)
            : tr("%1 is an ingress chain whose device is not known").arg(name());
    for (Result &result : results) {
        if (result.verdict == Verdict::Accept && unchanged(state, result.state)) {
            result.state.path = state.path; // the chain changed nothing for these sources
            continue;
        }
        result.verdict = Verdict::Uncertain;
        result.state.uncertain = true;
        result.state.uncertainty = result.state.uncertainty.isEmpty()
                                       ? reason
                                       : result.state.uncertainty + u"; "_s + reason;
    }
    return results;
}

BaseChainList nftBaseChains(const Firewall &firewall, IpFamily family)
{
    BaseChainList chains;
    if (firewall.nftables.chains.isEmpty())
        return chains;
    auto index = std::make_shared<const NftRulesetIndex>(firewall.nftables);
    const QList<NftChainData> &all = index->chains();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const NftChain &chain = all.at(i).chain;
        if (!chain.isBaseChain() || chain.managedByIptablesNft)
            continue; // iptables-nft's own chains come from iptables-save
        if (!familyApplies(chain.family, family) || !hookApplies(chain))
            continue;
        chains.append(std::make_shared<const NftBaseChain>(index, int(i)));
    }
    return chains;
}

} // namespace portolan
