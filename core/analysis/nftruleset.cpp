#include "nftruleset.h"

namespace portolan {
namespace {

nlohmann::json parseOrNull(const QString &text)
{
    if (text.isEmpty())
        return nlohmann::json::array();
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

} // namespace

NftRulesetIndex::NftRulesetIndex(const NftRuleset &ruleset)
{
    for (const NftChain &chain : ruleset.chains) {
        m_chainIndex.insert(key(chain.family, chain.table, chain.name), int(m_chains.size()));
        m_chains.append(NftChainData{chain, {}});
    }
    for (const NftSet &set : ruleset.sets) {
        NftSetData data;
        data.set = set;
        data.isMap = !set.mapType.isEmpty();
        data.elements = parseOrNull(set.elementsJson);
        if (!data.elements.is_array())
            data.elements = nlohmann::json::array();
        m_setIndex.insert(key(set.family, set.table, set.name), int(m_sets.size()));
        m_sets.append(std::move(data));
    }
    for (const NftRule &rule : ruleset.rules) {
        const auto it = m_chainIndex.constFind(key(rule.family, rule.table, rule.chain));
        if (it == m_chainIndex.constEnd())
            continue; // a rule without its chain cannot be reached
        NftRuleData data;
        data.rule = rule;
        data.expr = parseOrNull(rule.exprJson);
        data.valid = data.expr.is_array();
        if (data.valid)
            markWrittenSets(data, data.expr);
        m_chains[*it].rules.append(std::move(data));
    }
}

int NftRulesetIndex::chainIndex(QStringView family, QStringView table, QStringView name) const
{
    return m_chainIndex.value(key(family, table, name), -1);
}

const NftSetData *NftRulesetIndex::set(QStringView family, QStringView table,
                                       QStringView name) const
{
    const auto it = m_setIndex.constFind(key(family, table, name));
    return it == m_setIndex.constEnd() ? nullptr : &m_sets.at(*it);
}

QString NftRulesetIndex::key(QStringView family, QStringView table, QStringView name)
{
    return family.toString() + u'\t' + table.toString() + u'\t' + name.toString();
}

// `set` / `map` statements (add, update, delete) and meters name the set they write.
void NftRulesetIndex::markWrittenSets(const NftRuleData &rule, const nlohmann::json &value)
{
    if (value.is_array()) {
        for (const auto &item : value)
            markWrittenSets(rule, item);
        return;
    }
    if (!value.is_object())
        return;
    for (const auto &[name, body] : value.items()) {
        const bool writes = name == "set" || name == "map" || name == "meter";
        if (writes && body.is_object()) {
            const auto target = body.find(name == "meter" ? "name" : "set");
            if (target != body.end() && target->is_string()) {
                QString setName = QString::fromStdString(target->get<std::string>());
                if (setName.startsWith(u'@'))
                    setName.remove(0, 1);
                const auto it =
                    m_setIndex.constFind(key(rule.rule.family, rule.rule.table, setName));
                if (it != m_setIndex.constEnd())
                    m_sets[*it].writtenByRules = true;
            }
        }
        markWrittenSets(rule, body);
    }
}

} // namespace portolan
