#include "nftjson.h"

#include "jsoninput.h"
#include "nftrender.h"
#include "parseerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NftJsonParser)
};

const QString kSource = u"nft-json"_s;

NftTable readTable(const JsonObjectReader &object)
{
    NftTable table;
    table.family = object.string("family");
    table.name = object.string("name");
    table.handle = object.optionalInteger("handle");
    return table;
}

NftChain readChain(const JsonObjectReader &object)
{
    NftChain chain;
    chain.family = object.string("family");
    chain.table = object.string("table");
    chain.name = object.string("name");
    chain.handle = object.optionalInteger("handle");
    chain.type = object.optionalString("type");
    chain.hook = object.optionalString("hook");
    const qint64 priority = object.optionalInteger("prio");
    if (priority < std::numeric_limits<int>::min() || priority > std::numeric_limits<int>::max())
        object.fail("prio", Tr::tr("priority out of range"));
    chain.priority = int(priority);
    chain.policy = object.optionalString("policy");
    // One device is a string; newer nft print several as an array.
    chain.device = object.optionalStringList("dev").join(u',');
    return chain;
}

NftSet readSet(const JsonObjectReader &object, bool isMap)
{
    NftSet set;
    set.family = object.string("family");
    set.table = object.string("table");
    set.name = object.string("name");
    set.handle = object.optionalInteger("handle");
    set.type = object.optionalStringList("type").join(u" . "_s);
    set.flags = object.optionalStringList("flags");
    set.elementsJson = compactJson(object.optionalArray("elem"));
    if (isMap) {
        set.mapType = object.optionalStringList("map").join(u" . "_s);
        if (set.mapType.isEmpty())
            object.fail("map", Tr::tr("a map without a data type"));
    }
    return set;
}

NftRule readRule(const JsonObjectReader &object)
{
    NftRule rule;
    rule.family = object.string("family");
    rule.table = object.string("table");
    rule.chain = object.string("chain");
    rule.handle = object.optionalInteger("handle");
    const nlohmann::json &expr = object.optionalArray("expr");
    rule.exprJson = compactJson(expr);
    rule.comment = object.optionalString("comment");
    rule.text = renderNftRule(expr);
    if (!rule.comment.isEmpty()) {
        QString comment = rule.comment;
        comment.replace(u'"', u"\\\""_s);
        rule.text += u" comment \""_s + comment + u'"';
    }
    return rule;
}

} // namespace

NftRuleset parseNftJson(const QByteArray &output, const NftTextFacts &text)
{
    NftRuleset ruleset;
    if (output.trimmed().isEmpty())
        return ruleset;
    const nlohmann::json document = parseJsonOutput(output, kSource);
    const JsonObjectReader root(document, QString(), kSource);
    if (!root.has("nftables"))
        root.fail("nftables", Tr::tr("missing (not the output of nft -j?)"));
    const nlohmann::json &items = root.optionalArray("nftables");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString path = u"nftables["_s + QString::number(i) + u']';
        const nlohmann::json &item = items[i];
        if (!item.is_object() || item.size() != 1)
            throw ParseError(kSource, 0, Tr::tr("%1: expected an object with one key").arg(path));
        const auto entry = item.begin();
        const std::string &key = entry.key();
        const nlohmann::json &body = entry.value();
        const QString bodyPath = path + u'.' + QString::fromStdString(key);
        if (key == "metainfo") {
            continue;
        } else if (key == "table") {
            ruleset.tables.append(readTable(JsonObjectReader(body, bodyPath, kSource)));
        } else if (key == "chain") {
            ruleset.chains.append(readChain(JsonObjectReader(body, bodyPath, kSource)));
        } else if (key == "set" || key == "map") {
            ruleset.sets.append(readSet(JsonObjectReader(body, bodyPath, kSource), key == "map"));
        } else if (key == "rule") {
            ruleset.rules.append(readRule(JsonObjectReader(body, bodyPath, kSource)));
        }
        // counter, quota, limit, flowtable, ct helper/timeout/expectation, secmark,
        // synproxy, element: not needed for reachability.
    }
    for (NftChain &chain : ruleset.chains) {
        for (const NftChainDevice &device : text.chainDevices) {
            if (chain.device.isEmpty() && chain.family == device.family &&
                chain.table == device.table && chain.name == device.chain)
                chain.device = device.device;
        }
    }
    markIptablesNftTables(ruleset, text.iptablesNftTables);
    return ruleset;
}

} // namespace portolan
