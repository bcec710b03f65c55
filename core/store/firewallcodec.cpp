#include "firewallcodec.h"

#include "util/error.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <stdexcept>

namespace portolan {
namespace {

using nlohmann::json;

std::string str(const QString &text)
{
    return text.toStdString();
}

QString qstr(const json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

json strings(const QStringList &list)
{
    json array = json::array();
    for (const QString &text : list)
        array.push_back(str(text));
    return array;
}

QStringList qstrings(const json &array)
{
    QStringList list;
    for (const json &value : array)
        list.append(qstr(value));
    return list;
}

template<typename T, typename F> json array(const QList<T> &items, F &&toJson)
{
    json result = json::array();
    for (const T &item : items)
        result.push_back(toJson(item));
    return result;
}

template<typename T, typename F> QList<T> list(const json &array, F &&fromJson)
{
    if (!array.is_array())
        throw std::runtime_error("expected an array");
    QList<T> result;
    result.reserve(qsizetype(array.size()));
    for (const json &value : array)
        result.append(fromJson(value));
    return result;
}

QByteArray dump(const json &value)
{
    return QByteArray::fromStdString(value.dump());
}

// Parses and converts; any JSON error becomes Error("damaged firewall data: ...").
template<typename T, typename F> T decode(const QByteArray &bytes, F &&fromJson)
{
    try {
        return fromJson(json::parse(bytes.constBegin(), bytes.constEnd()));
    } catch (const std::exception &e) { // json::exception and the checks above
        throw Error(
            FirewallCodec::tr("damaged firewall data: %1").arg(QString::fromUtf8(e.what())));
    }
}

// --- iptables ---

json matchToJson(const IptablesMatch &m)
{
    return {{"module", str(m.module)},
            {"option", str(m.option)},
            {"arguments", strings(m.arguments)},
            {"negated", m.negated}};
}

IptablesMatch matchFromJson(const json &j)
{
    IptablesMatch m;
    m.module = qstr(j.at("module"));
    m.option = qstr(j.at("option"));
    m.arguments = qstrings(j.at("arguments"));
    m.negated = j.at("negated").get<bool>();
    return m;
}

json ruleToJson(const IptablesRule &r)
{
    return {{"chain", str(r.chain)},
            {"line", r.line},
            {"matches", array(r.matches, matchToJson)},
            {"target", str(r.target)},
            {"goto", r.isGoto},
            {"targetOptions", array(r.targetOptions, matchToJson)},
            {"text", str(r.text)}};
}

IptablesRule ruleFromJson(const json &j)
{
    IptablesRule r;
    r.chain = qstr(j.at("chain"));
    r.line = j.at("line").get<int>();
    r.matches = list<IptablesMatch>(j.at("matches"), matchFromJson);
    r.target = qstr(j.at("target"));
    r.isGoto = j.at("goto").get<bool>();
    r.targetOptions = list<IptablesMatch>(j.at("targetOptions"), matchFromJson);
    r.text = qstr(j.at("text"));
    return r;
}

json tableToJson(const IptablesTable &t)
{
    return {{"name", str(t.name)},
            {"chains", array(t.chains,
                             [](const IptablesChain &c) {
                                 return json{{"name", str(c.name)}, {"policy", str(c.policy)}};
                             })},
            {"rules", array(t.rules, ruleToJson)}};
}

IptablesTable tableFromJson(const json &j)
{
    IptablesTable t;
    t.name = qstr(j.at("name"));
    t.chains = list<IptablesChain>(j.at("chains"), [](const json &c) {
        return IptablesChain{qstr(c.at("name")), qstr(c.at("policy"))};
    });
    t.rules = list<IptablesRule>(j.at("rules"), ruleFromJson);
    return t;
}

json rulesetToJson(const IptablesRuleset &r)
{
    return {{"family", str(toString(r.family))},
            {"source", str(r.source)},
            {"variant", str(r.variant)},
            {"tables", array(r.tables, tableToJson)}};
}

IptablesRuleset rulesetFromJson(const json &j)
{
    IptablesRuleset r;
    const std::optional<IpFamily> family = ipFamilyFromString(qstr(j.at("family")));
    if (!family)
        throw std::runtime_error("unknown family");
    r.family = *family;
    r.source = qstr(j.at("source"));
    r.variant = qstr(j.at("variant"));
    r.tables = list<IptablesTable>(j.at("tables"), tableFromJson);
    return r;
}

// --- nftables ---

json nftTableToJson(const NftTable &t)
{
    return {{"family", str(t.family)}, {"name", str(t.name)}, {"handle", t.handle}};
}

NftTable nftTableFromJson(const json &j)
{
    return NftTable{qstr(j.at("family")), qstr(j.at("name")), j.at("handle").get<qint64>()};
}

json nftChainToJson(const NftChain &c)
{
    return {{"family", str(c.family)}, {"table", str(c.table)},   {"name", str(c.name)},
            {"handle", c.handle},      {"type", str(c.type)},     {"hook", str(c.hook)},
            {"priority", c.priority},  {"policy", str(c.policy)}, {"device", str(c.device)}};
}

NftChain nftChainFromJson(const json &j)
{
    NftChain c;
    c.family = qstr(j.at("family"));
    c.table = qstr(j.at("table"));
    c.name = qstr(j.at("name"));
    c.handle = j.at("handle").get<qint64>();
    c.type = qstr(j.at("type"));
    c.hook = qstr(j.at("hook"));
    c.priority = j.at("priority").get<int>();
    c.policy = qstr(j.at("policy"));
    c.device = qstr(j.at("device"));
    return c;
}

json nftSetToJson(const NftSet &s)
{
    return {{"family", str(s.family)},
            {"table", str(s.table)},
            {"name", str(s.name)},
            {"handle", s.handle},
            {"type", str(s.type)},
            {"flags", strings(s.flags)},
            {"elements", str(s.elementsJson)}};
}

NftSet nftSetFromJson(const json &j)
{
    NftSet s;
    s.family = qstr(j.at("family"));
    s.table = qstr(j.at("table"));
    s.name = qstr(j.at("name"));
    s.handle = j.at("handle").get<qint64>();
    s.type = qstr(j.at("type"));
    s.flags = qstrings(j.at("flags"));
    s.elementsJson = qstr(j.at("elements"));
    return s;
}

json nftRuleToJson(const NftRule &r)
{
    return {{"family", str(r.family)}, {"table", str(r.table)},   {"chain", str(r.chain)},
            {"handle", r.handle},      {"expr", str(r.exprJson)}, {"comment", str(r.comment)},
            {"text", str(r.text)}};
}

NftRule nftRuleFromJson(const json &j)
{
    NftRule r;
    r.family = qstr(j.at("family"));
    r.table = qstr(j.at("table"));
    r.chain = qstr(j.at("chain"));
    r.handle = j.at("handle").get<qint64>();
    r.exprJson = qstr(j.at("expr"));
    r.comment = qstr(j.at("comment"));
    r.text = qstr(j.at("text"));
    return r;
}

// --- ipset ---

json ipsetToJson(const IpSet &s)
{
    return {{"name", str(s.name)},
            {"type", str(s.type)},
            {"options", str(s.options)},
            {"members", strings(s.members)}};
}

IpSet ipsetFromJson(const json &j)
{
    return IpSet{qstr(j.at("name")), qstr(j.at("type")), qstr(j.at("options")),
                 qstrings(j.at("members"))};
}

} // namespace

QByteArray FirewallCodec::iptablesToJson(const QList<IptablesRuleset> &rulesets)
{
    return dump(array(rulesets, rulesetToJson));
}

QList<IptablesRuleset> FirewallCodec::iptablesFromJson(const QByteArray &json)
{
    return decode<QList<IptablesRuleset>>(
        json, [](const nlohmann::json &j) { return list<IptablesRuleset>(j, rulesetFromJson); });
}

QByteArray FirewallCodec::nftablesToJson(const NftRuleset &ruleset)
{
    return dump({{"tables", array(ruleset.tables, nftTableToJson)},
                 {"chains", array(ruleset.chains, nftChainToJson)},
                 {"sets", array(ruleset.sets, nftSetToJson)},
                 {"rules", array(ruleset.rules, nftRuleToJson)}});
}

NftRuleset FirewallCodec::nftablesFromJson(const QByteArray &json)
{
    return decode<NftRuleset>(json, [](const nlohmann::json &j) {
        NftRuleset r;
        r.tables = list<NftTable>(j.at("tables"), nftTableFromJson);
        r.chains = list<NftChain>(j.at("chains"), nftChainFromJson);
        r.sets = list<NftSet>(j.at("sets"), nftSetFromJson);
        r.rules = list<NftRule>(j.at("rules"), nftRuleFromJson);
        return r;
    });
}

QByteArray FirewallCodec::ipsetsToJson(const QList<IpSet> &ipsets)
{
    return dump(array(ipsets, ipsetToJson));
}

QList<IpSet> FirewallCodec::ipsetsFromJson(const QByteArray &json)
{
    return decode<QList<IpSet>>(
        json, [](const nlohmann::json &j) { return list<IpSet>(j, ipsetFromJson); });
}

} // namespace portolan
