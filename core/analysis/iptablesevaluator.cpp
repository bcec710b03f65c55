// iptables base chains for the inbound path; see iptablesevaluator.h.

#include "iptablesevaluator.h"

#include <QStringView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct BaseChainSpec
{
    QStringView table;
    QStringView chain;
    Hook hook;
    int priority;
};

constexpr BaseChainSpec kBaseChains[] = {
    {u"raw", u"PREROUTING", Hook::Prerouting, -300},
    {u"mangle", u"PREROUTING", Hook::Prerouting, -150},
    {u"nat", u"PREROUTING", Hook::Prerouting, -100},
    {u"mangle", u"INPUT", Hook::Input, -150},
    {u"filter", u"INPUT", Hook::Input, 0},
    {u"security", u"INPUT", Hook::Input, 50},
    {u"nat", u"INPUT", Hook::Input, 100},
};

bool declares(const IptablesTable &table, QStringView chain)
{
    return std::any_of(table.chains.begin(), table.chains.end(),
                       [chain](const IptablesChain &c) { return c.name == chain; });
}

bool alreadySeen(const QList<const IptablesRuleset *> &seen, const IptablesRuleset &ruleset)
{
    return std::any_of(seen.begin(), seen.end(), [&ruleset](const IptablesRuleset *other) {
        return other->family == ruleset.family && other->variant == ruleset.variant &&
               other->tables == ruleset.tables;
    });
}

} // namespace

IptablesBaseChain::IptablesBaseChain(std::shared_ptr<const IptablesTableIndex> index, QString chain,
                                     Hook hook, int priority)
    : m_index(std::move(index))
    , m_chain(std::move(chain))
    , m_hook(hook)
    , m_priority(priority)
{}

QString IptablesBaseChain::name() const
{
    return m_index->backend + u' ' + m_index->table + u' ' + m_chain;
}

QList<BaseChain::Result> IptablesBaseChain::run(const PacketState &state,
                                                const InboundQuery &query) const
{
    // NAT needs a conntrack entry: a notracked packet never enters nat chains.
    // NAT binds once per connection and hook: after one nat chain changed the
    // destination, the kernel runs no further nat chain on prerouting.
    if (m_index->table == u"nat" &&
        (state.untracked || (m_hook == Hook::Prerouting && state.destinationNatted)))
        return {{state, Verdict::Accept}};
    return walkIptablesChain(*m_index, m_chain, state, query);
}

QString iptablesBackendLabel(const IptablesRuleset &ruleset)
{
    QString label = ruleset.family == IpFamily::V4 ? u"iptables"_s : u"ip6tables"_s;
    if (ruleset.variant == u"legacy")
        label += u"-legacy"_s;
    return label;
}

BaseChainList iptablesBaseChains(const Firewall &firewall, IpFamily family)
{
    BaseChainList chains;
    QList<const IptablesRuleset *> seen;
    for (const IptablesRuleset &ruleset : firewall.iptables) {
        if (ruleset.family != family || alreadySeen(seen, ruleset))
            continue;
        seen.append(&ruleset);
        const auto shared = std::make_shared<const IptablesRuleset>(ruleset);
        const QString backend = iptablesBackendLabel(ruleset);
        for (const IptablesTable &table : shared->tables) {
            std::shared_ptr<const IptablesTableIndex> index;
            for (const BaseChainSpec &spec : kBaseChains) {
                if (table.name != spec.table || !declares(table, spec.chain))
                    continue;
                if (!index)
                    index = indexIptablesTable(shared, table, backend, firewall.ipsets);
                chains.append(std::make_shared<IptablesBaseChain>(index, spec.chain.toString(),
                                                                  spec.hook, spec.priority));
            }
        }
    }
    return chains;
}

} // namespace portolan
