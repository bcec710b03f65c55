#pragma once
// Which nft tables and chains iptables-nft created, so the analysis evaluates
// them once (from iptables-save) and not a second time from nft.
// A table counts as iptables-nft's when nft's text output warned "table ip
// filter is managed by iptables-nft" (newer nftables), when one of its rules
// holds an xt expression (only iptables-nft writes those), or when it is an
// ip/ip6/arp/bridge table named filter, nat, mangle, raw, security or broute and
// its base chains are exactly iptables' built-in ones (INPUT on hook input at
// the iptables priority, ...). In such a table, base chains with other names are
// nft-native (iptables-save cannot show them) and keep the flag false.

#include "model/firewall.h"

#include <QList>
#include <QString>

namespace portolan {

struct NftTableName
{
    QString family;
    QString name;

    bool operator==(const NftTableName &) const = default;
};

// Sets managedByIptablesNft on tables and chains; `warned` from parseNftText().
void markIptablesNftTables(NftRuleset &ruleset, const QList<NftTableName> &warned = {});

} // namespace portolan
