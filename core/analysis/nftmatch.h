#pragma once
// nftables matches, set lookups and map lookups over a SET of sources: each
// splits the sources into the part for which the expression holds, the part
// for which it cannot be decided (with the reason), and the rest. This is the
// core of "8265 open to 0.0.0.0/0 except 10.0.0.0/8".
// Contract: never throws; anything not understood lands in `unknown`.
// Lookups return hits in element order and disjoint (an earlier element wins).
// Pitfalls: `!=` against a set is "not in the set" (sources minus hits, minus
// the undecidable part). Named sets the rules write at run time (`add @s`,
// `update @s`, meters) are undecidable: their snapshot is not what a later
// packet meets. ct state / status / tcp flags compare as flags: "in" and a
// list mean "any of", while an anonymous set `{ a, b }` is an exact lookup.

#include "analysis/addressset.h"
#include "analysis/nftoperand.h"
#include "analysis/nftruleset.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

namespace portolan {

// Where `@name` references resolve: the table of the rule.
struct NftScope
{
    const NftRulesetIndex *index = nullptr;
    QString family;
    QString table;
};

struct NftSplit
{
    AddressSet matching; // sources for which the match holds
    AddressSet unknown;  // sources for which it cannot be decided
    QString reason;      // why, when `unknown` is not empty
};

struct NftLookupHit
{
    AddressSet sources;
    nlohmann::json data; // the element's data for maps; null for sets
};

struct NftLookup
{
    QList<NftLookupHit> hits; // disjoint, in element order; the rest missed
    AddressSet unknown;
    QString reason;
};

// `set` is "@name" or {"set": ...} (also a single element for convenience).
NftLookup nftLookup(const NftOperand &key, const nlohmann::json &set, const NftScope &scope,
                    const AddressSet &sources);

// One {"match": {"left", "op", "right"}} body.
NftSplit nftMatch(const nlohmann::json &match, const NftPacket &packet, const NftScope &scope,
                  const AddressSet &sources);

// The values an expression takes, for NAT targets and `mangle` values:
// constants, `map` lookups (which may split the sources), and packet fields.
struct NftValuePart
{
    AddressSet sources;
    nlohmann::json value; // a constant as nft prints it: number, address string, range, concat
};
struct NftValues
{
    QList<NftValuePart> parts; // disjoint; sources in none of them missed a map (rule breaks)
    AddressSet unknown;
    QString reason;
};
NftValues nftValues(const nlohmann::json &expression, const NftPacket &packet,
                    const NftScope &scope, const AddressSet &sources);

// Addresses an element denotes ("10.0.0.1", {"prefix"}, {"range"}, an {"elem"}
// wrapper); nullopt when it is not an address element.
std::optional<AddressSet> nftAddressElement(const nlohmann::json &element);

} // namespace portolan
