#pragma once
// Human-readable text of an nft JSON rule ("expr" array), close to what
// `nft list ruleset` prints: "tcp dport { 6379, 8265 } ip saddr @trusted accept".
// Contract: matches on payload/meta/ct/fib, sets, ranges, prefixes and
// concatenations, and the statements accept, drop, reject, jump, goto, return,
// continue, counter, log, limit, dnat, snat, redirect, masquerade, notrack,
// mangle (meta/ct mark set), vmap and xt are rendered; anything else appears as
// its compact JSON, so no statement is ever dropped. Never throws.

#include <nlohmann/json.hpp>

#include <QString>

namespace portolan {

QString renderNftRule(const nlohmann::json &expr);

} // namespace portolan
