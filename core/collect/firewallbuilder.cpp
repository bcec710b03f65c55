// The firewall half of buildNode (see nodebuilder.h). The backend says which
// packet filter holds rules; anything that kept a firewall command from
// delivering goes to Firewall::errors, so "not readable" is never "no firewall".

#include "nodebuilder.h"

#include "collect/evidenceclassifier.h"
#include "parse/ipset.h"
#include "parse/iptablessave.h"
#include "parse/nftjson.h"
#include "parse/nfttext.h"
#include "util/error.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::FirewallBuilder)
};

struct IptablesSource
{
    const char16_t *id;
    IpFamily family;
};

constexpr IptablesSource kIptablesSources[] = {
    {u"iptables-save", IpFamily::V4},
    {u"ip6tables-save", IpFamily::V6},
    {u"iptables-legacy-save", IpFamily::V4},
    {u"ip6tables-legacy-save", IpFamily::V6},
};

const CommandEvidence *find(const Node &node, QStringView id)
{
    for (const CommandEvidence &ev : node.evidence) {
        if (ev.id == id)
            return &ev;
    }
    return nullptr;
}

void addError(Node &node, const QString &message)
{
    if (!node.firewall.errors.contains(message))
        node.firewall.errors << message;
    if (!node.warnings.contains(message))
        node.warnings << message;
}

// Records why a firewall command did not deliver; returns true when it did.
bool delivered(Node &node, const CommandEvidence &ev)
{
    const FailureKind kind = failureKind(ev);
    if (kind == FailureKind::None)
        return true;
    if (kind == FailureKind::NotInstalled)
        return false; // the tool is absent: nothing of its kind to read
    if (const std::optional<QString> problem = classifyFailure(ev))
        addError(node, *problem);
    return false;
}

bool hasNativeNftTables(const NftRuleset &ruleset)
{
    for (const NftTable &t : ruleset.tables) {
        if (!t.managedByIptablesNft)
            return true;
    }
    return false;
}

QString detectManager(const Firewall &fw)
{
    for (const NftTable &t : fw.nftables.tables) {
        if (t.name == u"firewalld")
            return QStringLiteral("firewalld");
    }
    for (const IptablesRuleset &r : fw.iptables) {
        for (const IptablesTable &t : r.tables) {
            for (const IptablesChain &c : t.chains) {
                if (c.name.startsWith(u"ufw-") || c.name.startsWith(u"ufw6-"))
                    return QStringLiteral("ufw");
            }
        }
    }
    return {};
}

} // namespace

void buildFirewall(Node &node)
{
    Firewall &fw = node.firewall;
    fw = Firewall{};
    bool anyReadable = false;
    bool legacyRules = false;
    bool nftIptablesRules = false;

    if (const CommandEvidence *ev = find(node, u"iptables-version"); ev && !ev->output.isEmpty())
        fw.iptablesVersion = QString::fromUtf8(ev->output).trimmed();

    for (const IptablesSource &source : kIptablesSources) {
        const CommandEvidence *ev = find(node, QStringView(source.id));
        if (!ev || !delivered(node, *ev))
            continue;
        fw.raw << RawRuleset{ev->id, QString::fromUtf8(ev->output)};
        try {
            IptablesSaveResult result =
                parseIptablesSave(ev->output, source.family, ev->id, ev->errorOutput);
            anyReadable = true;
            for (const QString &table : std::as_const(result.incompatibleTables))
                node.warnings << Tr::tr("%1: table %2 holds nft-native chains iptables cannot "
                                        "show; it is read from nft")
                                     .arg(ev->id, table);
            if (!result.ruleset.tables.isEmpty()) {
                (result.ruleset.variant == u"legacy" ? legacyRules : nftIptablesRules) = true;
                fw.iptables << result.ruleset;
            }
        } catch (const Error &e) {
            addError(node, Tr::tr("%1: unreadable output: %2").arg(ev->id, e.message()));
        }
    }

    NftTextFacts facts;
    if (const CommandEvidence *ev = find(node, u"nft-text"); ev && delivered(node, *ev)) {
        try {
            facts = parseNftText(ev->output);
        } catch (const Error &e) {
            node.warnings << Tr::tr("%1: unreadable output: %2").arg(ev->id, e.message());
        }
    }
    if (const CommandEvidence *ev = find(node, u"nft-json"); ev && delivered(node, *ev)) {
        fw.raw << RawRuleset{ev->id, QString::fromUtf8(ev->output)};
        try {
            fw.nftables = parseNftJson(ev->output, facts);
            anyReadable = true;
        } catch (const Error &e) {
            addError(node, Tr::tr("%1: unreadable output: %2").arg(ev->id, e.message()));
        }
    }
    if (const CommandEvidence *ev = find(node, u"ipset"); ev && delivered(node, *ev)) {
        fw.raw << RawRuleset{ev->id, QString::fromUtf8(ev->output)};
        try {
            fw.ipsets = parseIpsetSave(ev->output);
        } catch (const Error &e) {
            addError(node, Tr::tr("%1: unreadable output: %2").arg(ev->id, e.message()));
        }
    }

    if (!anyReadable && fw.errors.isEmpty() && !node.evidence.isEmpty() &&
        find(node, u"iptables-save"))
        addError(node, Tr::tr("firewall: neither iptables-save nor nft is installed; the "
                              "kernel's packet filter could not be read"));

    const bool nativeNft = hasNativeNftTables(fw.nftables);
    if (!fw.errors.isEmpty() || !anyReadable)
        fw.backend = FirewallBackend::Unknown;
    else if (legacyRules && (nftIptablesRules || nativeNft))
        fw.backend = FirewallBackend::Mixed;
    else if (legacyRules)
        fw.backend = FirewallBackend::IptablesLegacy;
    else if (nativeNft)
        fw.backend = FirewallBackend::Nftables;
    else if (nftIptablesRules)
        fw.backend = FirewallBackend::IptablesNft;
    else
        fw.backend = FirewallBackend::None;
    fw.manager = detectManager(fw);
}

} // namespace portolan
