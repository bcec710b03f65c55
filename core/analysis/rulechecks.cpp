// Rule checks: rules that let the world in (ACCEPT from anywhere to a Ray port,
// an INPUT policy ACCEPT with nothing in front of Ray) and rules that can never
// match (shadowed by earlier rules: Batfish's filterLineReachability).

#include "analysis/checks.h"
#include "analysis/iptablesshadow.h"
#include "analysis/rayrecognition.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QSet>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::RuleChecks)
};

QSet<quint16> rayPorts(const Node &node)
{
    QSet<quint16> ports;
    for (const ServiceBinding &b : recognizeServices(node)) {
        if (isRayComponent(b.component) && !b.socket.address.isLoopback())
            ports.insert(b.socket.port);
    }
    return ports;
}

// Ports an iptables rule's --dport / --dports match names; empty = every port.
QList<std::pair<int, int>> rulePorts(const IptablesRule &rule, bool &negated)
{
    QList<std::pair<int, int>> ranges;
    negated = false;
    for (const IptablesMatch &m : rule.matches) {
        if ((m.option != u"--dport" && m.option != u"--dports" &&
             m.option != u"--destination-port") ||
            m.arguments.isEmpty())
            continue;
        negated = m.negated;
        for (QStringView item : QStringView(m.arguments.first()).split(u',')) {
            const qsizetype colon = item.indexOf(u':');
            const int a = (colon < 0 ? item : item.left(colon)).toInt();
            const int b = colon < 0 ? a : item.mid(colon + 1).toInt();
            ranges << std::pair{a, b};
        }
    }
    return ranges;
}

bool hasSourceRestriction(const IptablesRule &rule)
{
    for (const IptablesMatch &m : rule.matches) {
        const bool any = !m.arguments.isEmpty() &&
                         (m.arguments.first() == u"0.0.0.0/0" || m.arguments.first() == u"::/0");
        if ((m.option == u"-s" && !any) || m.option == u"--src-range" || m.module == u"set" ||
            m.option == u"-i" || m.module == u"conntrack" || m.module == u"state" ||
            m.module == u"recent" || m.module == u"addrtype")
            return true;
    }
    return false;
}

// The destination ports an nft rule's `dport` match names; empty = no port match.
QList<std::pair<int, int>> nftRulePorts(const nlohmann::json &expr, bool &restricted)
{
    QList<std::pair<int, int>> ranges;
    restricted = false;
    for (const nlohmann::json &e : expr) {
        if (!e.is_object() || !e.contains("match"))
            continue;
        const nlohmann::json &m = e["match"];
        const nlohmann::json left = m.value("left", nlohmann::json());
        const nlohmann::json right = m.value("right", nlohmann::json());
        const std::string field =
            left.is_object() && left.contains("payload") ? left["payload"].value("field", "") : "";
        if (field != "dport") {
            restricted = true; // a source, interface, state or other match narrows it
            continue;
        }
        if (m.value("op", std::string("==")) == "!=") {
            restricted = true;
            continue;
        }
        const auto add = [&](const nlohmann::json &v) {
            if (v.is_number_integer())
                ranges << std::pair{v.get<int>(), v.get<int>()};
            else if (v.is_object() && v.contains("range") && v["range"].size() == 2)
                ranges << std::pair{v["range"][0].get<int>(), v["range"][1].get<int>()};
        };
        if (right.is_object() && right.contains("set"))
            for (const nlohmann::json &v : right["set"])
                add(v);
        else
            add(right);
    }
    return ranges;
}

void permissiveNftRules(const Node &node, const QSet<quint16> &ports, Finding &f)
{
    for (const NftRule &rule : node.firewall.nftables.rules) {
        const nlohmann::json expr =
            nlohmann::json::parse(rule.exprJson.toStdString(), nullptr, false);
        if (!expr.is_array() || expr.empty() || !expr.back().is_object() ||
            !expr.back().contains("accept"))
            continue;
        bool restricted = false;
        const QList<std::pair<int, int>> ranges = nftRulePorts(expr, restricted);
        if (restricted || ranges.isEmpty())
            continue;
        for (quint16 port : ports) {
            bool hit = false;
            for (const auto &[a, b] : ranges)
                hit = hit || (port >= a && port <= b);
            if (hit) {
                f.evidence << Tr::tr("nft %1 %2 %3 handle %4: %5 (admits port %6 from anywhere)")
                                  .arg(rule.family, rule.table, rule.chain)
                                  .arg(rule.handle)
                                  .arg(rule.text)
                                  .arg(port);
                break;
            }
        }
    }
}

void permissiveRules(const Node &node, QList<Finding> &out)
{
    const QSet<quint16> ports = rayPorts(node);
    if (ports.isEmpty())
        return;
    Finding f;
    f.id = QStringLiteral("PERMISSIVE-RULE");
    f.severity = Severity::Medium;
    f.title = Tr::tr("Firewall rules admit anyone to Ray ports");
    f.risk = Tr::tr("The rule set itself opens Ray to every source: whatever the zones, a "
                    "single reachable address exposes the cluster.");
    f.nodes = {node.name};
    for (const IptablesRuleset &rs : node.firewall.iptables) {
        for (const IptablesTable &t : rs.tables) {
            if (t.name != u"filter")
                continue;
            for (const IptablesChain &c : t.chains) {
                if (c.name == u"INPUT" && c.policy == u"ACCEPT") {
                    bool anyDrop = false;
                    for (const IptablesRule &r : t.rules)
                        anyDrop = anyDrop || (r.chain == u"INPUT" && r.target != u"ACCEPT" &&
                                              r.target != u"LOG" && !r.target.isEmpty());
                    if (!anyDrop)
                        f.evidence << Tr::tr("%1 %2: chain INPUT has policy ACCEPT and no rule "
                                             "that drops or rejects")
                                          .arg(rs.source, t.name);
                }
            }
            for (const IptablesRule &r : t.rules) {
                if (r.target != u"ACCEPT" || hasSourceRestriction(r))
                    continue;
                bool negated = false;
                const QList<std::pair<int, int>> ranges = rulePorts(r, negated);
                if (ranges.isEmpty() || negated)
                    continue; // no port match: an "accept all" is judged by exposures
                for (quint16 port : ports) {
                    bool hit = false;
                    for (const auto &[a, b] : ranges)
                        hit = hit || (port >= a && port <= b);
                    if (hit) {
                        f.evidence << Tr::tr("%1 %2 line %3: %4 (admits port %5 from anywhere)")
                                          .arg(rs.source, t.name)
                                          .arg(r.line)
                                          .arg(r.text)
                                          .arg(port);
                        break;
                    }
                }
            }
        }
    }
    permissiveNftRules(node, ports, f);
    if (f.evidence.isEmpty())
        return;
    f.remediation.text = Tr::tr("Replace each ACCEPT from anywhere with ACCEPTs from the "
                                "cluster's networks, and end INPUT with a DROP policy.");
    out << f;
}

void shadowedRules(const Node &node, QList<Finding> &out)
{
    Finding f;
    f.id = QStringLiteral("SHADOWED-RULE");
    f.severity = Severity::Low;
    f.title = Tr::tr("Firewall rules that can never match");
    f.risk = Tr::tr("Dead rules hide intent: an allow or deny that never applies often means "
                    "the firewall does not do what its author believes.");
    f.nodes = {node.name};
    for (const IptablesRuleset &rs : node.firewall.iptables) {
        for (const ShadowedRule &s : findShadowedIptablesRules(rs)) {
            QStringList by;
            for (const IptablesRule &r : s.coveredBy)
                by << Tr::tr("line %1: %2").arg(r.line).arg(r.text);
            f.evidence << Tr::tr("%1 %2 line %3: %4 — never matches, decided earlier by %5")
                              .arg(rs.source, s.table)
                              .arg(s.rule.line)
                              .arg(s.rule.text, by.join(u"; "));
        }
    }
    if (f.evidence.isEmpty())
        return;
    f.remediation.text = Tr::tr("Move each shadowed rule before the rules that decide its "
                                "packets, or delete it.");
    out << f;
}

} // namespace

void runRuleChecks(const CheckContext &context, QList<Finding> &findings)
{
    for (const Node &node : context.snapshot.nodes) {
        if (node.status != CollectionStatus::Ok && node.status != CollectionStatus::Partial)
            continue;
        permissiveRules(node, findings);
        shadowedRules(node, findings);
    }
}

} // namespace portolan
