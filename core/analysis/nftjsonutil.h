#pragma once
// Small readers for nft's JSON expressions that never throw: a missing key or a
// value of the wrong type reads as null / empty, so a malformed rule becomes
// "undecidable" in the evaluator instead of an exception.
// Pitfall: nft prints one flag as a plain string and several as an array;
// nftStringList() accepts both.

#include "analysis/nftsymbols.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace portolan {

// The member `key` of an object; a static null for a missing key or a non-object.
const nlohmann::json &nftMember(const nlohmann::json &object, const char *key);
QString nftString(const nlohmann::json &value); // "" unless a string
QStringList nftStringList(const nlohmann::json &value);

// A constant in a symbol domain: a number, a boolean (exists / missing), a
// symbol name, a list of bitmask names or {"|": [a, b]} (OR-ed). An unknown name
// of a closed domain gives nftvalue::kForeign; otherwise nullopt.
std::optional<std::uint64_t> nftConstant(const nlohmann::json &value, NftSymbols symbols);

// A short name of an expression or statement for messages: "meta skuid",
// "tcp sport", "ct original proto-src", "fib saddr . iif oif", "limit", "numgen".
QString describeNftExpression(const nlohmann::json &expression);

} // namespace portolan
