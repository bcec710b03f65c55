#pragma once
// The parsed firewall as compact JSON text, for the three JSON columns of the
// `nodes` table (see schema.cpp for why). This is the store's own format, not
// the export format of snapshotjson.h: changing it needs a schema migration.
// Decoding throws Error with a short reason; the caller adds file and node.

#include "model/firewall.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace portolan {

class FirewallCodec
{
    Q_DECLARE_TR_FUNCTIONS(portolan::FirewallCodec)
public:
    static QByteArray iptablesToJson(const QList<IptablesRuleset> &rulesets);
    static QList<IptablesRuleset> iptablesFromJson(const QByteArray &json);

    static QByteArray nftablesToJson(const NftRuleset &ruleset);
    static NftRuleset nftablesFromJson(const QByteArray &json);

    static QByteArray ipsetsToJson(const QList<IpSet> &ipsets);
    static QList<IpSet> ipsetsFromJson(const QByteArray &json);
};

} // namespace portolan
