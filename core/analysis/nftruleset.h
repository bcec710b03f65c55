#pragma once
// The native nftables ruleset of a Firewall, prepared once for evaluation:
// every rule's "expr" and every set's "elem" parsed back from the compact JSON
// the snapshot keeps, chains grouped with their rules in listing order, and the
// sets the packet path itself writes to (`add @s { ip saddr }`, `update`,
// meters), whose contents at packet time the snapshot cannot pin down.
// Contract: immutable after construction and self-contained (copies what it
// needs), so base chains may outlive the Firewall. A rule whose JSON does not
// parse keeps `valid == false`; the walk makes its packets uncertain.
// Pitfall: chains and sets are looked up by family AND table: "ip filter" and
// "inet filter" are different tables with their own namespaces.

#include "model/firewall.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace portolan {

struct NftRuleData
{
    NftRule rule;
    nlohmann::json expr; // the statements, an array
    bool valid = false;
};

struct NftChainData
{
    NftChain chain;
    QList<NftRuleData> rules; // in listing order
};

struct NftSetData
{
    NftSet set;
    nlohmann::json elements; // array of elements; [key, data] pairs for maps
    bool isMap = false;
    bool writtenByRules = false; // a rule adds or updates elements at run time
};

class NftRulesetIndex
{
public:
    explicit NftRulesetIndex(const NftRuleset &ruleset);

    const QList<NftChainData> &chains() const { return m_chains; }
    // Index into chains(), -1 when the table has no such chain.
    int chainIndex(QStringView family, QStringView table, QStringView name) const;
    const NftSetData *set(QStringView family, QStringView table, QStringView name) const;

private:
    static QString key(QStringView family, QStringView table, QStringView name);
    void markWrittenSets(const NftRuleData &rule, const nlohmann::json &value);

    QList<NftChainData> m_chains;
    QList<NftSetData> m_sets;
    QHash<QString, int> m_chainIndex;
    QHash<QString, int> m_setIndex;
};

} // namespace portolan
