#include "firewalljson.h"

#include "jsonfields.h"

using json = nlohmann::json;

namespace portolan {
namespace {

using namespace jsonfields;
using jsonfields::toJson; // joins the overloads below

// ---------------------------------------------------------------- writing

json toJson(const IptablesMatch &m)
{
    return {{"module", toJson(m.module)},
            {"option", toJson(m.option)},
            {"arguments", toJson(m.arguments)},
            {"negated", m.negated}};
}

json toJson(const QList<IptablesMatch> &matches)
{
    return toJsonArray(matches, [](const IptablesMatch &m) { return toJson(m); });
}

json toJson(const IptablesRule &r)
{
    return {{"chain", toJson(r.chain)},     {"line", r.line},
            {"matches", toJson(r.matches)}, {"target", toJson(r.target)},
            {"isGoto", r.isGoto},           {"targetOptions", toJson(r.targetOptions)},
            {"text", toJson(r.text)}};
}

json toJson(const IptablesChain &c)
{
    return {{"name", toJson(c.name)}, {"policy", toJson(c.policy)}};
}

json toJson(const IptablesTable &t)
{
    return {{"name", toJson(t.name)},
            {"chains", toJsonArray(t.chains, [](const IptablesChain &c) { return toJson(c); })},
            {"rules", toJsonArray(t.rules, [](const IptablesRule &r) { return toJson(r); })}};
}

json toJson(const IptablesRuleset &r)
{
    return {{"family", toJson(toString(r.family))},
            {"source", toJson(r.source)},
            {"variant", toJson(r.variant)},
            {"tables", toJsonArray(r.tables, [](const IptablesTable &t) { return toJson(t); })}};
}

json toJson(const NftTable &t)
{
    return {{"family", toJson(t.family)},
            {"name", toJson(t.name)},
            {"handle", t.handle},
            {"managedByIptablesNft", t.managedByIptablesNft}};
}

json toJson(const NftChain &c)
{
    return {{"family", toJson(c.family)}, {"table", toJson(c.table)},
            {"name", toJson(c.name)},     {"handle", c.handle},
            {"type", toJson(c.type)},     {"hook", toJson(c.hook)},
            {"priority", c.priority},     {"policy", toJson(c.policy)},
            {"device", toJson(c.device)}, {"managedByIptablesNft", c.managedByIptablesNft}};
}

json toJson(const NftSet &s)
{
    return {{"family", toJson(s.family)},
            {"table", toJson(s.table)},
            {"name", toJson(s.name)},
            {"handle", s.handle},
            {"type", toJson(s.type)},
            {"flags", toJson(s.flags)},
            {"elementsJson", toJson(s.elementsJson)},
            {"mapType", toJson(s.mapType)}};
}

json toJson(const NftRule &r)
{
    return {{"family", toJson(r.family)},     {"table", toJson(r.table)},
            {"chain", toJson(r.chain)},       {"handle", r.handle},
            {"exprJson", toJson(r.exprJson)}, {"comment", toJson(r.comment)},
            {"text", toJson(r.text)}};
}

json toJson(const IpSet &s)
{
    return {{"name", toJson(s.name)},
            {"type", toJson(s.type)},
            {"options", toJson(s.options)},
            {"members", toJson(s.members)}};
}

// ---------------------------------------------------------------- reading

IptablesMatch readIptablesMatch(const At &at)
{
    requireObject(at);
    IptablesMatch m;
    m.module = readString(member(at, "module"));
    m.option = readString(member(at, "option"));
    m.arguments = readStringList(member(at, "arguments"));
    m.negated = readBool(member(at, "negated"));
    return m;
}

IptablesRule readIptablesRule(const At &at)
{
    requireObject(at);
    IptablesRule r;
    r.chain = readString(member(at, "chain"));
    r.line = readInt(member(at, "line"));
    r.matches = readList(member(at, "matches"), &readIptablesMatch);
    r.target = readString(member(at, "target"));
    r.isGoto = readBool(member(at, "isGoto"));
    r.targetOptions = readList(member(at, "targetOptions"), &readIptablesMatch);
    r.text = readString(member(at, "text"));
    return r;
}

IptablesChain readIptablesChain(const At &at)
{
    requireObject(at);
    return {readString(member(at, "name")), readString(member(at, "policy"))};
}

IptablesTable readIptablesTable(const At &at)
{
    requireObject(at);
    IptablesTable t;
    t.name = readString(member(at, "name"));
    t.chains = readList(member(at, "chains"), &readIptablesChain);
    t.rules = readList(member(at, "rules"), &readIptablesRule);
    return t;
}

IptablesRuleset readIptablesRuleset(const At &at)
{
    requireObject(at);
    IptablesRuleset r;
    r.family = readFamily(member(at, "family"));
    r.source = readString(member(at, "source"));
    r.variant = readString(member(at, "variant"));
    r.tables = readList(member(at, "tables"), &readIptablesTable);
    return r;
}

NftTable readNftTable(const At &at)
{
    requireObject(at);
    NftTable t;
    t.family = readString(member(at, "family"));
    t.name = readString(member(at, "name"));
    t.handle = readInt64(member(at, "handle"));
    t.managedByIptablesNft = readBool(member(at, "managedByIptablesNft"));
    return t;
}

NftChain readNftChain(const At &at)
{
    requireObject(at);
    NftChain c;
    c.family = readString(member(at, "family"));
    c.table = readString(member(at, "table"));
    c.name = readString(member(at, "name"));
    c.handle = readInt64(member(at, "handle"));
    c.type = readString(member(at, "type"));
    c.hook = readString(member(at, "hook"));
    c.priority = readInt(member(at, "priority"));
    c.policy = readString(member(at, "policy"));
    c.device = readString(member(at, "device"));
    c.managedByIptablesNft = readBool(member(at, "managedByIptablesNft"));
    return c;
}

NftSet readNftSet(const At &at)
{
    requireObject(at);
    NftSet s;
    s.family = readString(member(at, "family"));
    s.table = readString(member(at, "table"));
    s.name = readString(member(at, "name"));
    s.handle = readInt64(member(at, "handle"));
    s.type = readString(member(at, "type"));
    s.flags = readStringList(member(at, "flags"));
    s.elementsJson = readString(member(at, "elementsJson"));
    s.mapType = readString(member(at, "mapType"));
    return s;
}

NftRule readNftRule(const At &at)
{
    requireObject(at);
    NftRule r;
    r.family = readString(member(at, "family"));
    r.table = readString(member(at, "table"));
    r.chain = readString(member(at, "chain"));
    r.handle = readInt64(member(at, "handle"));
    r.exprJson = readString(member(at, "exprJson"));
    r.comment = readString(member(at, "comment"));
    r.text = readString(member(at, "text"));
    return r;
}

IpSet readIpSet(const At &at)
{
    requireObject(at);
    IpSet s;
    s.name = readString(member(at, "name"));
    s.type = readString(member(at, "type"));
    s.options = readString(member(at, "options"));
    s.members = readStringList(member(at, "members"));
    return s;
}

} // namespace

json iptablesRulesetsToJson(const QList<IptablesRuleset> &rulesets)
{
    return toJsonArray(rulesets, [](const IptablesRuleset &r) { return toJson(r); });
}

json nftRulesetToJson(const NftRuleset &ruleset)
{
    return {{"tables", toJsonArray(ruleset.tables, [](const NftTable &t) { return toJson(t); })},
            {"chains", toJsonArray(ruleset.chains, [](const NftChain &c) { return toJson(c); })},
            {"sets", toJsonArray(ruleset.sets, [](const NftSet &s) { return toJson(s); })},
            {"rules", toJsonArray(ruleset.rules, [](const NftRule &r) { return toJson(r); })}};
}

json ipSetsToJson(const QList<IpSet> &ipsets)
{
    return toJsonArray(ipsets, [](const IpSet &s) { return toJson(s); });
}

QList<IptablesRuleset> iptablesRulesetsFromJson(const json &document, const QString &path)
{
    return readList(At{document, path}, &readIptablesRuleset);
}

NftRuleset nftRulesetFromJson(const json &document, const QString &path)
{
    const At at{document, path};
    requireObject(at);
    NftRuleset n;
    n.tables = readList(member(at, "tables"), &readNftTable);
    n.chains = readList(member(at, "chains"), &readNftChain);
    n.sets = readList(member(at, "sets"), &readNftSet);
    n.rules = readList(member(at, "rules"), &readNftRule);
    return n;
}

QList<IpSet> ipSetsFromJson(const json &document, const QString &path)
{
    return readList(At{document, path}, &readIpSet);
}

} // namespace portolan
