// The chain walk of one iptables base chain; see iptableschain.h.

#include "iptableschain.h"

#include "iptablesmatch.h"
#include "iptablestarget.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

constexpr int kMaxForkDepth = 8;
constexpr int kMaxCallDepth = 128;
constexpr int kMaxSteps = 2'000'000;

using Result = BaseChain::Result;

struct Frame
{
    QString chain;
    const QList<const IptablesRule *> *rules = nullptr;
    qsizetype next = 0;
};

struct Walk
{
    PacketState state;
    QList<Frame> stack;
};

class Walker
{
public:
    Walker(const IptablesTableIndex &index, const QString &baseChain, const InboundQuery &query)
        : m_index(index)
        , m_baseChain(baseChain)
        , m_query(query)
    {
        m_context.query = &m_query;
        m_context.ipsets = &m_index.ipsets;
        m_context.family = m_index.family;
        m_context.conntrackRan = m_index.table != u"raw";
    }

    Walk start(const PacketState &state) const { return {state, {frame(m_baseChain)}}; }
    QList<Result> run(QList<Walk> pending, int depth);

private:
    Frame frame(const QString &chain) const
    {
        const auto it = m_index.rulesByChain.constFind(chain);
        static const QList<const IptablesRule *> empty;
        return {chain, it == m_index.rulesByChain.cend() ? &empty : &it.value(), 0};
    }
    RuleStep step(const QString &chain, const IptablesRule &rule, const QString &effect) const
    {
        return {m_index.backend, m_index.table, chain, rule.line, rule.text, effect};
    }
    QString uncertaintyOf(const QString &chain, const IptablesRule &rule,
                          const QString &reason) const;
    static void markUncertain(PacketState &state, const QString &why);

    void visit(Walk walk, QList<Walk> &pending, QList<Result> &done, int depth);
    void undecided(Walk walk, const IptablesRule &rule, const QString &reason, QList<Walk> &pending,
                   QList<Result> &done, int depth);
    void applyTarget(Walk walk, const IptablesRule &rule, QList<Walk> &pending,
                     QList<Result> &done);
    void enterChain(Walk walk, const IptablesRule &rule, QList<Walk> &pending, QList<Result> &done);
    Result policy(Walk walk) const;
    Result giveUp(Walk walk, const QString &why) const;

    const IptablesTableIndex &m_index;
    const QString m_baseChain;
    const InboundQuery &m_query;
    IptablesMatchContext m_context;
    int m_steps = 0;
};

QString Walker::uncertaintyOf(const QString &chain, const IptablesRule &rule,
                              const QString &reason) const
{
    return Tr::tr("%1 %2 %3, line %4: %5 (%6)")
        .arg(m_index.backend, m_index.table, chain)
        .arg(rule.line)
        .arg(reason, rule.text);
}

void Walker::markUncertain(PacketState &state, const QString &why)
{
    if (!state.uncertain)
        state.uncertainty = why;
    state.uncertain = true;
}

QList<Result> Walker::run(QList<Walk> pending, int depth)
{
    QList<Result> done;
    while (!pending.isEmpty()) {
        Walk walk = pending.takeLast();
        if (++m_steps > kMaxSteps) {
            done.append(giveUp(std::move(walk), Tr::tr("the ruleset is too large to evaluate")));
            continue;
        }
        visit(std::move(walk), pending, done, depth);
    }
    return done;
}

void Walker::visit(Walk walk, QList<Walk> &pending, QList<Result> &done, int depth)
{
    Frame &top = walk.stack.last();
    if (top.next >= top.rules->size()) {
        if (walk.stack.size() == 1) {
            done.append(policy(std::move(walk)));
            return;
        }
        walk.stack.removeLast(); // end of a user chain: implicit RETURN
        pending.append(std::move(walk));
        return;
    }
    const IptablesRule &rule = *top.rules->at(top.next++);
    const IptablesMatchResult match = matchIptablesRule(rule, walk.state, m_context);
    const AddressSet hit = walk.state.sources.intersected(match.sources);
    if (hit.isEmpty()) {
        pending.append(std::move(walk));
        return;
    }
    const AddressSet miss = walk.state.sources.subtracted(hit);
    if (!miss.isEmpty()) {
        Walk rest = walk;
        rest.state.sources = miss;
        pending.append(std::move(rest));
    }
    walk.state.sources = hit;
    if (match.uncertain)
        undecided(std::move(walk), rule, match.reason, pending, done, depth);
    else
        applyTarget(std::move(walk), rule, pending, done);
}

void Walker::undecided(Walk walk, const IptablesRule &rule, const QString &reason,
                       QList<Walk> &pending, QList<Result> &done, int depth)
{
    const IptablesTargetKind kind = classifyIptablesTarget(rule, m_index.isUserChain(rule.target));
    if (kind == IptablesTargetKind::None || kind == IptablesTargetKind::Passive) {
        pending.append(std::move(walk)); // matched or not, nothing changes
        return;
    }
    const QString chain = walk.stack.last().chain;
    const QString why = uncertaintyOf(chain, rule, reason);
    if (depth >= kMaxForkDepth) {
        markUncertain(walk.state, why);
        walk.state.path.append(step(chain, rule, Tr::tr("cannot decide (%1)").arg(reason)));
        pending.append(std::move(walk));
        return;
    }
    const qsizetype forkIndex = walk.state.path.size();
    QList<Walk> matchedStart;
    QList<Result> matched;
    applyTarget(walk, rule, matchedStart, matched);
    matched += run(std::move(matchedStart), depth + 1);
    const QList<Result> unmatched = run({std::move(walk)}, depth + 1);
    done += mergeIptablesForks(matched, unmatched, forkIndex, step(chain, rule, QString()), reason,
                               why);
}

void Walker::applyTarget(Walk walk, const IptablesRule &rule, QList<Walk> &pending,
                         QList<Result> &done)
{
    const QString chain = walk.stack.last().chain;
    PacketState &state = walk.state;
    switch (classifyIptablesTarget(rule, m_index.isUserChain(rule.target))) {
    case IptablesTargetKind::None:
    case IptablesTargetKind::Passive:
        pending.append(std::move(walk));
        return;
    case IptablesTargetKind::Modify: {
        const IptablesTargetEffect effect =
            applyIptablesModify(rule, state, m_context.conntrackRan);
        state = effect.state;
        state.path.append(step(chain, rule, effect.effect));
        if (effect.verdict == Verdict::Uncertain)
            markUncertain(state, uncertaintyOf(chain, rule, effect.uncertainty));
        pending.append(std::move(walk));
        return;
    }
    case IptablesTargetKind::Accept:
        state.path.append(step(chain, rule, u"ACCEPT"_s));
        done.append({std::move(state), Verdict::Accept});
        return;
    case IptablesTargetKind::Drop:
        state.path.append(step(chain, rule, u"DROP"_s));
        done.append({std::move(state), Verdict::Drop});
        return;
    case IptablesTargetKind::Reject:
        state.path.append(step(chain, rule, iptablesRejectEffect(rule, m_index.family)));
        done.append({std::move(state), Verdict::Reject});
        return;
    case IptablesTargetKind::Return:
        state.path.append(step(chain, rule, u"RETURN"_s));
        if (walk.stack.size() == 1) {
            done.append(policy(std::move(walk)));
        } else {
            walk.stack.removeLast();
            pending.append(std::move(walk));
        }
        return;
    case IptablesTargetKind::Chain:
        enterChain(std::move(walk), rule, pending, done);
        return;
    case IptablesTargetKind::Nat: {
        const IptablesTargetEffect effect = applyIptablesNat(rule, state, m_query);
        state = effect.state;
        state.path.append(step(chain, rule, effect.effect));
        if (effect.verdict == Verdict::Uncertain)
            markUncertain(state, uncertaintyOf(chain, rule, effect.uncertainty));
        done.append({std::move(state), effect.verdict});
        return;
    }
    case IptablesTargetKind::Undecidable:
        state.path.append(step(chain, rule, rule.target));
        markUncertain(state, uncertaintyOf(chain, rule,
                                           Tr::tr("%1 leaves the decision to another program or "
                                                  "socket")
                                               .arg(rule.target)));
        done.append({std::move(state), Verdict::Uncertain});
        return;
    case IptablesTargetKind::Unknown:
        state.path.append(step(chain, rule, rule.target));
        markUncertain(state,
                      uncertaintyOf(chain, rule, Tr::tr("unknown target %1").arg(rule.target)));
        pending.append(std::move(walk)); // whatever it did, the state is Uncertain now
        return;
    }
}

void Walker::enterChain(Walk walk, const IptablesRule &rule, QList<Walk> &pending,
                        QList<Result> &done)
{
    const QString chain = walk.stack.last().chain;
    if (rule.isGoto) {
        walk.state.path.append(step(chain, rule, u"goto "_s + rule.target));
        walk.stack.last() = frame(rule.target); // RETURN goes to our caller
    } else {
        walk.state.path.append(step(chain, rule, u"jump "_s + rule.target));
        if (walk.stack.size() >= kMaxCallDepth) {
            done.append(giveUp(std::move(walk), Tr::tr("chains nest too deep (a loop?)")));
            return;
        }
        walk.stack.append(frame(rule.target));
    }
    pending.append(std::move(walk));
}

Result Walker::policy(Walk walk) const
{
    QString policy = m_index.policies.value(m_baseChain);
    if (policy.isEmpty())
        policy = u"ACCEPT"_s;
    PacketState &state = walk.state;
    const bool hasRules = !m_index.rulesByChain.value(m_baseChain).isEmpty();
    if (policy != u"ACCEPT" || hasRules)
        state.path.append(
            {m_index.backend, m_index.table, m_baseChain, 0, u"policy "_s + policy, policy});
    if (policy == u"ACCEPT")
        return {std::move(state), Verdict::Accept};
    if (policy == u"DROP")
        return {std::move(state), Verdict::Drop};
    markUncertain(state, Tr::tr("%1 %2 %3: unknown policy %4")
                             .arg(m_index.backend, m_index.table, m_baseChain, policy));
    return {std::move(state), Verdict::Uncertain};
}

Result Walker::giveUp(Walk walk, const QString &why) const
{
    markUncertain(
        walk.state,
        Tr::tr("%1 %2 %3: %4").arg(m_index.backend, m_index.table, walk.stack.last().chain, why));
    return {std::move(walk.state), Verdict::Uncertain};
}

} // namespace

bool IptablesTableIndex::isUserChain(const QString &name) const
{
    const auto it = policies.constFind(name);
    return it != policies.cend() && it.value().isEmpty();
}

std::shared_ptr<const IptablesTableIndex>
indexIptablesTable(const std::shared_ptr<const IptablesRuleset> &ruleset,
                   const IptablesTable &table, const QString &backend, const QList<IpSet> &ipsets)
{
    auto index = std::make_shared<IptablesTableIndex>();
    index->backend = backend;
    index->family = ruleset->family;
    index->table = table.name;
    index->ruleset = ruleset;
    index->ipsets = ipsets;
    for (const IptablesChain &chain : table.chains)
        index->policies.insert(chain.name, chain.policy == u"-" ? QString() : chain.policy);
    for (const IptablesRule &rule : table.rules)
        index->rulesByChain[rule.chain].append(&rule);
    return index;
}

QList<BaseChain::Result> walkIptablesChain(const IptablesTableIndex &index, const QString &chain,
                                           const PacketState &state, const InboundQuery &query)
{
    Walker walker(index, chain, query);
    return walker.run({walker.start(state)}, 0);
}

} // namespace portolan
