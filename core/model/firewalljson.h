#pragma once
// JSON form of the parsed firewall: iptables rulesets, the nft ruleset, ipsets.
// The one codec for both the snapshot export (snapshotjson.h) and the store's
// firewall columns (core/store/schema.cpp), so a field change alters both formats
// (bump the export format and the store schema). Every field is written and required.

#include "model/firewall.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

namespace portolan {

nlohmann::json iptablesRulesetsToJson(const QList<IptablesRuleset> &rulesets);
nlohmann::json nftRulesetToJson(const NftRuleset &ruleset);
nlohmann::json ipSetsToJson(const QList<IpSet> &ipsets);

// `path` is where `json` stands in its document ("nodes[0].firewall.nftables"),
// empty for a root. Throws Error naming the path of the first bad or missing field
// ("nodes[0].firewall.nftables.sets[0].mapType: missing required field").
QList<IptablesRuleset> iptablesRulesetsFromJson(const nlohmann::json &json,
                                                const QString &path = {});
NftRuleset nftRulesetFromJson(const nlohmann::json &json, const QString &path = {});
QList<IpSet> ipSetsFromJson(const nlohmann::json &json, const QString &path = {});

} // namespace portolan
