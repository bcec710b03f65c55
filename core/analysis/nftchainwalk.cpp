#include "nftchainwalk.h"

#include "analysis/nftjsonutil.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kMaxForks = 64;            // undecidable conditions explored per run()
constexpr int kMaxCallDepth = 32;        // nft itself refuses more than 16 nested jumps
constexpr int kConntrackPriority = -200; // NF_IP_PRI_CONNTRACK, NF_IP6_PRI_CONNTRACK
constexpr int kMaxSteps = 200000; // statements per walk(): a guard, never reached by real rulesets

bool sameOutcome(const BaseChain::Result &a, const BaseChain::Result &b)
{
    const PacketState &x = a.state;
    const PacketState &y = b.state;
    return a.verdict == b.verdict && x.destination == y.destination && x.port == y.port &&
           x.mark == y.mark && x.connmark == y.connmark && x.untracked == y.untracked &&
           x.destinationNatted == y.destinationNatted && x.uncertain == y.uncertain &&
           x.uncertainty == y.uncertainty;
}

// Statements that neither match nor change anything reachability depends on.
bool isPassive(const std::string &key)
{
    static constexpr std::array<std::string_view, 11> passive = {
        "counter",        "log",     "set",  "map",  "ct helper", "ct timeout",
        "ct expectation", "secmark", "flow", "last", "dup"};
    return std::find(passive.begin(), passive.end(), key) != passive.end();
}

} // namespace

NftChainWalk::NftChainWalk(const NftRulesetIndex &index, int baseChain, const InboundQuery &query)
    : m_index(index)
    , m_baseChain(baseChain)
    , m_query(query)
{}

QList<BaseChain::Result> NftChainWalk::run(const PacketState &state)
{
    if (state.sources.isEmpty())
        return {};
    m_forks = 0;
    Frame start;
    start.state = state;
    start.stack = {Position{m_baseChain, 0, int(state.path.size())}};
    return coalesce(walk(start));
}

NftChainWalk::Results NftChainWalk::walk(const Frame &start)
{
    Work work;
    work.frames.append(start);
    int steps = 0;
    while (!work.frames.isEmpty()) {
        Frame frame = work.frames.takeLast();
        if (frame.state.sources.isEmpty())
            continue;
        if (++steps > kMaxSteps) {
            stopUncertain(std::move(frame), tr("the ruleset is too large to follow"), work);
            continue;
        }
        step(std::move(frame), work);
    }
    return work.results;
}

void NftChainWalk::step(Frame frame, Work &work)
{
    const NftChainData &chain = chainAt(frame);
    if (frame.stack.last().rule >= chain.rules.size())
        return endOfChain(std::move(frame), work);
    const NftRuleData &rule = ruleAt(frame);
    if (!rule.valid)
        return stopUncertain(std::move(frame), tr("the rule's JSON cannot be read"), work);
    if (frame.statement >= int(rule.expr.size()))
        return work.frames.append(nextRule(std::move(frame)));
    const nlohmann::json &statement = rule.expr[std::size_t(frame.statement)];
    if (!statement.is_object() || statement.size() != 1)
        return stopUncertain(std::move(frame), tr("a statement cannot be read"), work);
    const std::string &key = statement.begin().key();
    const nlohmann::json &body = statement.begin().value();
    if (key == "match")
        return match(frame, body, work);
    if (key == "accept" || key == "drop" || key == "continue" || key == "return" || key == "jump" ||
        key == "goto") {
        applyVerdict(std::move(frame), statement, work);
        return;
    }
    if (key == "reject") {
        QString effect = u"reject"_s;
        const QString type = nftString(nftMember(body, "type"));
        if (!type.isEmpty()) {
            const QString code = nftString(nftMember(body, "expr"));
            effect += u" with "_s + type + (code.isEmpty() ? QString() : u' ' + code);
        }
        return finish(std::move(frame), Verdict::Reject, effect, work);
    }
    if (key == "vmap")
        return verdictMap(frame, body, work);
    if (key == "dnat" || key == "redirect" || key == "snat" || key == "masquerade")
        return nat(frame, QString::fromStdString(key), body, work);
    if (key == "mangle")
        return mangle(frame, body, work);
    if (key == "notrack") { // only before conntrack: later the packet has its entry
        if (packetOf(frame).conntrack != NftPacket::Conntrack::Done) {
            frame.state.untracked = true;
            frame.state.path.append(stepOf(frame, u"notrack"_s));
        }
        return work.frames.append(nextStatement(std::move(frame)));
    }
    if (key == "limit" || key == "quota" || key == "ct count" || key == "meter") {
        const QString what = describeNftExpression(statement);
        return fork(frame,
                    key == "limit" || key == "meter"
                        ? tr("%1 depends on the rate of earlier packets").arg(what)
                        : tr("%1 depends on earlier traffic").arg(what),
                    work);
    }
    if (isPassive(key))
        return work.frames.append(nextStatement(std::move(frame)));
    // queue, fwd, tproxy, synproxy, xt and anything newer: not followed.
    stopUncertain(std::move(frame),
                  tr("the statement \"%1\" is not followed by the evaluator")
                      .arg(QString::fromStdString(key)),
                  work);
}

void NftChainWalk::endOfChain(Frame frame, Work &work)
{
    if (frame.stack.size() > 1) { // implicit return to the calling chain
        pruneUndecidedCall(frame.state, frame.stack.last().pathAtEntry);
        frame.stack.removeLast();
        return work.frames.append(nextRule(std::move(frame)));
    }
    const NftChain &base = m_index.chains().at(m_baseChain).chain;
    const bool drop = base.policy == u"drop";
    const QString policy = drop ? u"policy drop"_s : u"policy accept"_s;
    RuleStep step{u"nft"_s, base.family + u' ' + base.table, base.name, 0,
                  policy,   drop ? u"drop"_s : u"accept"_s};
    frame.state.path.append(step);
    work.results.append({std::move(frame.state), drop ? Verdict::Drop : Verdict::Accept});
}

// Verdict statements and vmap data: accept, drop, continue, return, jump, goto.
bool NftChainWalk::applyVerdict(Frame frame, const nlohmann::json &verdict, Work &work)
{
    if (!verdict.is_object() || verdict.size() != 1)
        return false;
    const std::string &key = verdict.begin().key();
    if (key == "accept" || key == "drop") {
        finish(std::move(frame), key == "accept" ? Verdict::Accept : Verdict::Drop,
               QString::fromStdString(key), work);
        return true;
    }
    if (key == "continue") {
        work.frames.append(nextRule(std::move(frame)));
        return true;
    }
    if (key == "return") {
        frame.state.path.append(stepOf(frame, u"return"_s));
        frame.stack.last().rule = int(chainAt(frame).rules.size()); // end of this chain
        frame.statement = 0;
        work.frames.append(std::move(frame));
        return true;
    }
    if (key != "jump" && key != "goto")
        return false;
    const QString target = nftString(nftMember(verdict.begin().value(), "target"));
    const NftChain &here = chainAt(frame).chain;
    const int index = m_index.chainIndex(here.family, here.table, target);
    const QString effect = QString::fromStdString(key) + u' ' + target;
    if (index < 0) {
        stopUncertain(std::move(frame), tr("%1: no such chain in the table").arg(effect), work);
        return true;
    }
    if (frame.stack.size() >= kMaxCallDepth) {
        stopUncertain(std::move(frame), tr("%1: chains nest too deeply").arg(effect), work);
        return true;
    }
    int entry = int(frame.state.path.size());
    frame.state.path.append(stepOf(frame, effect));
    if (key == "goto") { // returns to the caller of the chain it leaves
        entry = frame.stack.last().pathAtEntry;
        frame.stack.removeLast();
    }
    frame.stack.append(Position{index, 0, entry});
    frame.statement = 0;
    work.frames.append(std::move(frame));
    return true;
}

void NftChainWalk::finish(Frame frame, Verdict verdict, const QString &effect, Work &work)
{
    frame.state.path.append(stepOf(frame, effect));
    work.results.append({std::move(frame.state), verdict});
}

void NftChainWalk::stopUncertain(Frame frame, const QString &why, Work &work)
{
    if (frame.stack.last().rule < chainAt(frame).rules.size())
        frame.state.path.append(stepOf(frame, tr("uncertain")));
    markUncertain(frame.state, reasonAt(frame, why));
    work.results.append({std::move(frame.state), Verdict::Uncertain});
}

// The condition at `frame` may or may not hold: walk both ways and compare.
void NftChainWalk::fork(const Frame &frame, const QString &why, Work &work)
{
    if (++m_forks > kMaxForks) {
        stopUncertain(frame, why + u"; "_s + tr("too many undecidable rules to explore"), work);
        return;
    }
    const Results matched = walk(nextStatement(frame));
    const Results skipped = walk(nextRule(frame));
    work.results.append(merge(matched, skipped, frame, why));
}

NftChainWalk::Results NftChainWalk::merge(const Results &matched, const Results &skipped,
                                          const Frame &at, const QString &why)
{
    Results merged;
    for (const BaseChain::Result &a : matched) {
        for (const BaseChain::Result &b : skipped) {
            const AddressSet common = a.state.sources.intersected(b.state.sources);
            if (common.isEmpty())
                continue;
            if (sameOutcome(a, b)) {
                BaseChain::Result result = b; // the path that does not rely on the condition
                result.state.sources = common;
                merged.append(std::move(result));
                continue;
            }
            PacketState state = at.state;
            state.sources = common;
            state.path.append(stepOf(at, tr("uncertain")));
            markUncertain(state, reasonAt(at, why));
            merged.append({std::move(state), Verdict::Uncertain});
        }
    }
    return coalesce(merged);
}

const NftChainData &NftChainWalk::chainAt(const Frame &frame) const
{
    return m_index.chains().at(frame.stack.last().chain);
}

const NftRuleData &NftChainWalk::ruleAt(const Frame &frame) const
{
    return chainAt(frame).rules.at(frame.stack.last().rule);
}

NftPacket NftChainWalk::packetOf(const Frame &frame) const
{
    const PacketState &state = frame.state;
    NftPacket packet;
    packet.chainFamily = chainAt(frame).chain.family;
    packet.family = m_query.destination.family();
    packet.protocol = m_query.protocol;
    packet.destination = state.destination;
    packet.port = state.port;
    packet.originalDestination = m_query.destination;
    packet.originalPort = m_query.port;
    packet.inInterface = m_query.inInterface;
    packet.localAddresses = m_query.localAddresses;
    packet.mark = state.mark;
    packet.connmark = state.connmark;
    packet.untracked = state.untracked;
    packet.destinationNatted = state.destinationNatted;
    const NftChain &base = m_index.chains().at(m_baseChain).chain;
    if (base.hook == u"ingress" ||
        (base.hook == u"prerouting" && base.priority < kConntrackPriority))
        packet.conntrack = NftPacket::Conntrack::NotYet;
    else if (base.hook == u"prerouting" && base.priority == kConntrackPriority)
        packet.conntrack = NftPacket::Conntrack::OrderUnknown;
    return packet;
}

NftScope NftChainWalk::scopeOf(const Frame &frame) const
{
    const NftChain &chain = chainAt(frame).chain;
    return NftScope{&m_index, chain.family, chain.table};
}

RuleStep NftChainWalk::stepOf(const Frame &frame, const QString &effect) const
{
    const NftRule &rule = ruleAt(frame).rule;
    return RuleStep{
        u"nft"_s, rule.family + u' ' + rule.table, rule.chain, int(rule.handle), rule.text, effect};
}

QString NftChainWalk::reasonAt(const Frame &frame, const QString &why) const
{
    const NftChainData &chain = chainAt(frame);
    if (frame.stack.last().rule >= chain.rules.size())
        return tr("nft %1 %2, chain %3: %4")
            .arg(chain.chain.family, chain.chain.table, chain.chain.name, why);
    const NftRule &rule = ruleAt(frame).rule;
    return tr("nft %1 %2, chain %3, handle %4 (%5): %6")
        .arg(rule.family, rule.table, rule.chain, QString::number(rule.handle), rule.text, why);
}

NftChainWalk::Frame NftChainWalk::withSources(const Frame &frame, const AddressSet &sources)
{
    Frame copy = frame;
    copy.state.sources = sources;
    return copy;
}

NftChainWalk::Frame NftChainWalk::nextStatement(Frame frame)
{
    ++frame.statement;
    return frame;
}

NftChainWalk::Frame NftChainWalk::nextRule(Frame frame)
{
    ++frame.stack.last().rule;
    frame.statement = 0;
    return frame;
}

// A called chain that only jumped, went to and returned from other chains
// changed nothing for these sources: its steps are not evidence.
void NftChainWalk::pruneUndecidedCall(PacketState &state, int pathAtEntry)
{
    if (pathAtEntry < 0 || pathAtEntry > state.path.size())
        return;
    for (qsizetype i = pathAtEntry; i < state.path.size(); ++i) {
        const QString &effect = state.path.at(i).effect;
        if (effect != u"return" && !effect.startsWith(u"jump ") && !effect.startsWith(u"goto "))
            return;
    }
    state.path.resize(pathAtEntry);
}

void NftChainWalk::markUncertain(PacketState &state, const QString &reason)
{
    state.uncertain = true;
    if (state.uncertainty.isEmpty())
        state.uncertainty = reason;
    else if (!state.uncertainty.contains(reason))
        state.uncertainty += u"; "_s + reason;
}

// Joins parts that ended the same way along the same path.
NftChainWalk::Results NftChainWalk::coalesce(const Results &results)
{
    Results joined;
    for (const BaseChain::Result &result : results) {
        if (result.state.sources.isEmpty())
            continue;
        bool merged = false;
        for (BaseChain::Result &existing : joined) {
            if (sameOutcome(existing, result) && existing.state.path == result.state.path) {
                existing.state.sources = existing.state.sources.united(result.state.sources);
                merged = true;
                break;
            }
        }
        if (!merged)
            joined.append(result);
    }
    return joined;
}

} // namespace portolan
