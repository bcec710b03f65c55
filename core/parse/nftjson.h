#pragma once
// Parser for `nft -j list ruleset` (JSON schema 1, nftables >= 0.9).
// Contract: tables, chains, sets and maps (NftSet with mapType set) and rules
// in listing order; a rule keeps its "expr" array as compact JSON plus a text
// rendering (nftrender.h); other objects (counters, quotas, flowtables, ct
// helpers, ...) are skipped. Tables and chains written by iptables-nft are
// marked (nftiptables.h). Pass parseNftText() of `nft list ruleset` when it was
// collected: its iptables-nft warnings, and chain devices nft 1.0.6 leaves out
// of JSON. Empty output is an empty ruleset. Throws ParseError otherwise.
// Pitfall: concatenated set types are arrays in JSON; they become "a . b".

#include "model/firewall.h"
#include "nfttext.h"

#include <QByteArray>
#include <QList>

namespace portolan {

NftRuleset parseNftJson(const QByteArray &output, const NftTextFacts &text = {});

} // namespace portolan
