#include "nftiptables.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct BuiltinChain
{
    QStringView table;
    QStringView name;
    QStringView hook;
    int priority;
};

// iptables' built-in chains as iptables-nft creates them (nf_tables priorities).
constexpr BuiltinChain kBuiltinChains[] = {
    {u"filter", u"INPUT", u"input", 0},
    {u"filter", u"FORWARD", u"forward", 0},
    {u"filter", u"OUTPUT", u"output", 0},
    {u"nat", u"PREROUTING", u"prerouting", -100},
    {u"nat", u"INPUT", u"input", 100},
    {u"nat", u"OUTPUT", u"output", -100},
    {u"nat", u"POSTROUTING", u"postrouting", 100},
    {u"mangle", u"PREROUTING", u"prerouting", -150},
    {u"mangle", u"INPUT", u"input", -150},
    {u"mangle", u"FORWARD", u"forward", -150},
    {u"mangle", u"OUTPUT", u"output", -150},
    {u"mangle", u"POSTROUTING", u"postrouting", -150},
    {u"raw", u"PREROUTING", u"prerouting", -300},
    {u"raw", u"OUTPUT", u"output", -300},
    {u"security", u"INPUT", u"input", 50},
    {u"security", u"FORWARD", u"forward", 50},
    {u"security", u"OUTPUT", u"output", 50},
    {u"broute", u"BROUTING", u"prerouting", -200},
};

bool isIptablesFamily(const QString &family)
{
    return family == u"ip" || family == u"ip6" || family == u"arp" || family == u"bridge";
}

bool isBuiltinChain(const NftChain &chain)
{
    for (const BuiltinChain &builtin : kBuiltinChains) {
        if (builtin.table == chain.table && builtin.name == chain.name &&
            builtin.hook == chain.hook && builtin.priority == chain.priority)
            return true;
    }
    // ebtables (bridge) and arptables use their own priorities; the name decides there.
    if (chain.family == u"bridge" || chain.family == u"arp")
        return chain.name == chain.hook.toUpper();
    return false;
}

bool isIptablesTableName(const QString &name)
{
    static const QStringList names = {u"filter"_s, u"nat"_s,      u"mangle"_s,
                                      u"raw"_s,    u"security"_s, u"broute"_s};
    return names.contains(name);
}

bool sameTable(const NftTable &table, const QString &family, const QString &name)
{
    return table.family == family && table.name == name;
}

bool tableHasXt(const NftRuleset &ruleset, const NftTable &table)
{
    for (const NftRule &rule : ruleset.rules) {
        // Compact JSON: a string value can only hold {\"xt\":, never {"xt":.
        if (sameTable(table, rule.family, rule.table) && rule.exprJson.contains(u"{\"xt\":"))
            return true;
    }
    return false;
}

bool hasOnlyBuiltinBaseChains(const NftRuleset &ruleset, const NftTable &table)
{
    bool any = false;
    for (const NftChain &chain : ruleset.chains) {
        if (!sameTable(table, chain.family, chain.table) || !chain.isBaseChain())
            continue;
        if (!isBuiltinChain(chain))
            return false;
        any = true;
    }
    return any;
}

} // namespace

void markIptablesNftTables(NftRuleset &ruleset, const QList<NftTableName> &warned)
{
    for (NftTable &table : ruleset.tables) {
        const bool byWarning = warned.contains(NftTableName{table.family, table.name});
        const bool byShape = isIptablesFamily(table.family) && isIptablesTableName(table.name) &&
                             hasOnlyBuiltinBaseChains(ruleset, table);
        table.managedByIptablesNft = byWarning || byShape || tableHasXt(ruleset, table);
    }
    for (NftChain &chain : ruleset.chains) {
        chain.managedByIptablesNft = false;
        for (const NftTable &table : std::as_const(ruleset.tables)) {
            if (sameTable(table, chain.family, chain.table) && table.managedByIptablesNft)
                chain.managedByIptablesNft = !chain.isBaseChain() || isBuiltinChain(chain);
        }
    }
}

} // namespace portolan
