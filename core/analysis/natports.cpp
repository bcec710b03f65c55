// natEntryPorts (see exposure.h): the destination ports that DNAT and REDIRECT
// rules match on, read from iptables nat rules and nft nat rules. Only explicit
// single ports, lists and short ranges count; a rule without a port match
// rewrites every port, and every listening port is evaluated anyway.

#include "exposure.h"

#include <nlohmann/json.hpp>

namespace portolan {
namespace {

constexpr int kMaxRange = 256; // longer ranges are not enumerated

void addPorts(QList<quint16> &ports, QStringView text)
{
    for (QStringView item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        bool okA = false;
        bool okB = false;
        const int a = (colon < 0 ? item : item.left(colon)).toInt(&okA);
        const int b = colon < 0 ? a : item.mid(colon + 1).toInt(&okB);
        if (!okA || (colon >= 0 && !okB) || a < 1 || b > 65535 || b < a || b - a > kMaxRange)
            continue;
        for (int p = a; p <= b; ++p) {
            if (!ports.contains(quint16(p)))
                ports << quint16(p);
        }
    }
}

bool iptablesRuleProtocol(const IptablesRule &rule, Protocol protocol)
{
    for (const IptablesMatch &m : rule.matches) {
        if (m.module.isEmpty() && m.option == u"-p" && !m.arguments.isEmpty())
            return !m.negated && m.arguments.first() == toString(protocol);
    }
    return true; // no -p: every protocol (a port match then needs -p, so none)
}

void addNftPorts(QList<quint16> &ports, const nlohmann::json &right)
{
    if (right.is_number_integer()) {
        const int p = right.get<int>();
        if (p >= 1 && p <= 65535 && !ports.contains(quint16(p)))
            ports << quint16(p);
    } else if (right.is_object() && right.contains("set") && right["set"].is_array()) {
        for (const nlohmann::json &item : right["set"])
            addNftPorts(ports, item);
    } else if (right.is_object() && right.contains("range") && right["range"].is_array() &&
               right["range"].size() == 2 && right["range"][0].is_number_integer() &&
               right["range"][1].is_number_integer()) {
        addPorts(ports, QStringLiteral("%1:%2")
                            .arg(right["range"][0].get<int>())
                            .arg(right["range"][1].get<int>()));
    }
}

void addNftRulePorts(QList<quint16> &ports, const NftRule &rule, Protocol protocol)
{
    nlohmann::json expr = nlohmann::json::parse(rule.exprJson.toStdString(), nullptr, false);
    if (!expr.is_array())
        return;
    bool nat = false;
    for (const nlohmann::json &e : expr)
        nat = nat || (e.is_object() && (e.contains("dnat") || e.contains("redirect")));
    if (!nat)
        return;
    const std::string proto = toString(protocol).toStdString();
    for (const nlohmann::json &e : expr) {
        if (!e.is_object() || !e.contains("match"))
            continue;
        const nlohmann::json &m = e["match"];
        const nlohmann::json left = m.value("left", nlohmann::json());
        if (!left.is_object() || !left.contains("payload"))
            continue;
        const nlohmann::json &payload = left["payload"];
        if (payload.value("field", std::string()) != "dport")
            continue;
        const std::string p = payload.value("protocol", std::string());
        if ((p == proto || p == "th") && m.value("op", std::string("==")) != "!=")
            addNftPorts(ports, m.value("right", nlohmann::json()));
    }
}

} // namespace

QList<quint16> natEntryPorts(const Firewall &firewall, Protocol protocol)
{
    QList<quint16> ports;
    for (const IptablesRuleset &ruleset : firewall.iptables) {
        for (const IptablesTable &table : ruleset.tables) {
            if (table.name != u"nat")
                continue;
            for (const IptablesRule &rule : table.rules) {
                if ((rule.target != u"DNAT" && rule.target != u"REDIRECT") ||
                    !iptablesRuleProtocol(rule, protocol))
                    continue;
                for (const IptablesMatch &m : rule.matches) {
                    if (!m.negated && !m.arguments.isEmpty() &&
                        (m.option == u"--dport" || m.option == u"--dports" ||
                         m.option == u"--destination-port"))
                        addPorts(ports, m.arguments.first());
                }
            }
        }
    }
    for (const NftRule &rule : firewall.nftables.rules)
        addNftRulePorts(ports, rule, protocol);
    return ports;
}

} // namespace portolan
