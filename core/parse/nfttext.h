#pragma once
// What `nft list ruleset` (text) adds to the JSON listing: nft's warning that
// a table "is managed by iptables-nft" (newer nftables print it above the
// table), and the devices of netdev/ingress chains, which nftables 1.0.6 omits
// from its JSON ("dev"). The text is evidence otherwise; this never throws.

#include "nftiptables.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

struct NftChainDevice
{
    QString family;
    QString table;
    QString chain;
    QString device; // several devices are joined with ','

    bool operator==(const NftChainDevice &) const = default;
};

struct NftTextFacts
{
    QList<NftTableName> iptablesNftTables;
    QList<NftChainDevice> chainDevices;

    bool operator==(const NftTextFacts &) const = default;
};

NftTextFacts parseNftText(const QByteArray &text);

} // namespace portolan
