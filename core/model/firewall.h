#pragma once
// The firewall state of one node, kept twice: the raw rulesets exactly as the
// tools printed them, and a parsed, lossless structure the analysis evaluates.
// `errors` says what could not be read; a non-empty list never means "no firewall".

#include "address.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

enum class FirewallBackend : std::uint8_t {
    Unknown,        // could not be determined (not readable)
    None,           // readable and empty: nothing filters
    IptablesLegacy, // x_tables via iptables-legacy
    IptablesNft,    // iptables-nft front end over nf_tables
    Nftables,       // native nft rules
    Mixed,          // legacy x_tables and nf_tables both hold rules
};
QString toString(FirewallBackend backend);
std::optional<FirewallBackend> firewallBackendFromString(QStringView text);

struct RawRuleset
{
    QString source; // evidence id of the command, e.g. "iptables-save"
    QString text;

    bool operator==(const RawRuleset &) const = default;
};

// One option of an iptables rule: `-s 10.0.0.0/8`, `-m multiport --dports 1,2`,
// or a target option such as `--to-destination 10.0.0.2:8265`.
struct IptablesMatch
{
    QString module; // "" for built-in matches (-s, -d, -i, -o, -p, -f)
    QString option; // "-s", "--dport", "--ctstate", ...
    QStringList arguments;
    bool negated = false;

    bool operator==(const IptablesMatch &) const = default;
};

struct IptablesRule
{
    QString chain;
    int line = 0; // line number in the save output (evidence)
    QList<IptablesMatch> matches;
    QString target; // ACCEPT, DROP, a user chain, ...; empty when no -j/-g
    bool isGoto = false;
    QList<IptablesMatch> targetOptions;
    QString text; // the original line

    bool operator==(const IptablesRule &) const = default;
};

struct IptablesChain
{
    QString name;
    QString policy; // ACCEPT/DROP for built-in chains, empty for user chains

    bool operator==(const IptablesChain &) const = default;
};

struct IptablesTable
{
    QString name; // filter, nat, mangle, raw, security
    QList<IptablesChain> chains;
    QList<IptablesRule> rules; // in file order

    bool operator==(const IptablesTable &) const = default;
};

struct IptablesRuleset
{
    IpFamily family = IpFamily::V4;
    QString source;  // evidence id: iptables-save, ip6tables-legacy-save, ...
    QString variant; // "nf_tables" or "legacy"
    QList<IptablesTable> tables;

    bool operator==(const IptablesRuleset &) const = default;
};

struct NftTable
{
    QString family; // ip, ip6, inet, arp, bridge, netdev
    QString name;
    qint64 handle = 0;
    // Created by iptables-nft (xt expressions, iptables' built-in chain shapes, or
    // nft's "managed by iptables-nft" warning): its rules are the ones
    // iptables-save prints, so the analysis evaluates them once, from there.
    bool managedByIptablesNft = false;

    bool operator==(const NftTable &) const = default;
};

struct NftChain
{
    QString family;
    QString table;
    QString name;
    qint64 handle = 0;
    QString type; // filter, nat, route; empty for regular chains
    QString hook; // prerouting, input, ...; empty for regular chains
    int priority = 0;
    QString policy; // accept/drop for base chains
    QString device;
    // A chain of an iptables-nft table that iptables-save shows; false for the
    // nft-native chains a user added to such a table (iptables-save cannot show those).
    bool managedByIptablesNft = false;

    bool isBaseChain() const { return !hook.isEmpty(); }
    bool operator==(const NftChain &) const = default;
};

struct NftSet
{
    QString family;
    QString table;
    QString name;
    qint64 handle = 0;
    QString type; // "ipv4_addr", "inet_service", "ipv4_addr . inet_service"
    QStringList flags;
    QString elementsJson; // the "elem" array as nft printed it (compact JSON)
    QString mapType;      // maps only: the data type ("verdict", "ipv4_addr"); empty for sets

    bool operator==(const NftSet &) const = default;
};

struct NftRule
{
    QString family;
    QString table;
    QString chain;
    qint64 handle = 0;
    QString exprJson; // the "expr" array as nft printed it (compact JSON)
    QString comment;
    QString text; // human-readable rendering for evidence

    bool operator==(const NftRule &) const = default;
};

struct NftRuleset
{
    QList<NftTable> tables;
    QList<NftChain> chains;
    QList<NftSet> sets;
    QList<NftRule> rules; // in listing order

    bool isEmpty() const { return tables.isEmpty(); }
    bool operator==(const NftRuleset &) const = default;
};

struct IpSet
{
    QString name;
    QString type;    // hash:ip, hash:net, hash:ip,port, ...
    QString options; // family inet hashsize 1024 ...
    QStringList members;

    bool operator==(const IpSet &) const = default;
};

struct Firewall
{
    FirewallBackend backend = FirewallBackend::Unknown;
    QString iptablesVersion; // "iptables v1.8.9 (nf_tables)"
    QString manager;         // "ufw", "firewalld" or empty
    QList<RawRuleset> raw;
    QList<IptablesRuleset> iptables;
    NftRuleset nftables;
    QList<IpSet> ipsets;
    QStringList errors; // "iptables-save: permission denied", ...

    bool isComplete() const { return errors.isEmpty() && backend != FirewallBackend::Unknown; }
    bool operator==(const Firewall &) const = default;
};

} // namespace portolan
