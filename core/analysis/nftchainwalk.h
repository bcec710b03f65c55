#pragma once
// Walks ONE nftables base chain for a set of sources, statement by statement:
// matches split the sources (matching part goes on in the rule, the rest to the
// next rule), verdicts end the parts they reach (accept ends this base chain
// only; drop and reject end the packet), jump / goto / return move between
// chains of the same table, vmaps and maps split by element, NAT changes the
// destination, `meta mark set` / `ct mark set` / `notrack` change the state.
// Undecidable conditions (limit, quota, meta skuid, socket, numgen, unknown
// keys, ...) FORK: both outcomes are walked to the end of the base chain and
// compared; where they agree the verdict stands, where they differ the sources
// become Uncertain with a reason naming the rule (table, chain, handle, text).
// Unknown or unfollowable statements (queue, xt, tproxy, ...) stop the part as
// Uncertain right there.
// Contract: the returned states partition the input sources; a Drop caused by
// a DNAT to a non-local address carries a step saying the packet is forwarded.
// Paths keep the deciding rules: a jump into chains that decided nothing (only
// jumps, gotos and returns inside) is dropped from the path when it returns.
// Pitfalls: NAT statements are terminal (accept) in nft, and a DNAT in an inet
// table for the other family is a no-op that lets the rule go on. The fork
// budget bounds the work on rulesets full of limits; past it, parts become
// Uncertain instead of being explored.

#include "analysis/nftmatch.h"
#include "analysis/nftruleset.h"
#include "analysis/packetpath.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

class NftChainWalk
{
    Q_DECLARE_TR_FUNCTIONS(portolan::NftEvaluator)
public:
    NftChainWalk(const NftRulesetIndex &index, int baseChain, const InboundQuery &query);

    QList<BaseChain::Result> run(const PacketState &state);

private:
    using Results = QList<BaseChain::Result>;
    struct Position
    {
        int chain = 0;
        int rule = 0;
        int pathAtEntry = 0; // path length before the jump that entered the chain
    };
    struct Frame
    {
        PacketState state;
        QList<Position> stack; // the base chain first; jumps push, goto replaces the top
        int statement = 0;
    };
    struct Work
    {
        QList<Frame> frames;
        Results results;
    };

    // nftchainwalk.cpp: the loop, control flow, forks.
    Results walk(const Frame &start);
    void step(Frame frame, Work &work);
    void endOfChain(Frame frame, Work &work);
    bool applyVerdict(Frame frame, const nlohmann::json &verdict, Work &work);
    void finish(Frame frame, Verdict verdict, const QString &effect, Work &work);
    void stopUncertain(Frame frame, const QString &why, Work &work);
    void fork(const Frame &frame, const QString &why, Work &work);
    Results merge(const Results &matched, const Results &skipped, const Frame &at,
                  const QString &why);

    // nftwalkactions.cpp: statements that read or change the packet.
    void match(const Frame &frame, const nlohmann::json &body, Work &work);
    void verdictMap(const Frame &frame, const nlohmann::json &body, Work &work);
    void nat(const Frame &frame, const QString &kind, const nlohmann::json &body, Work &work);
    void dnatTo(Frame frame, const nlohmann::json &address, const nlohmann::json &port, Work &work);
    void mangle(const Frame &frame, const nlohmann::json &body, Work &work);

    // Helpers.
    const NftChainData &chainAt(const Frame &frame) const;
    const NftRuleData &ruleAt(const Frame &frame) const;
    NftPacket packetOf(const Frame &frame) const;
    NftScope scopeOf(const Frame &frame) const;
    RuleStep stepOf(const Frame &frame, const QString &effect) const;
    QString reasonAt(const Frame &frame, const QString &why) const;
    static Frame withSources(const Frame &frame, const AddressSet &sources);
    static Frame nextStatement(Frame frame);
    static Frame nextRule(Frame frame);
    static void markUncertain(PacketState &state, const QString &reason);
    static void pruneUndecidedCall(PacketState &state, int pathAtEntry);
    static Results coalesce(const Results &results);

    const NftRulesetIndex &m_index;
    int m_baseChain = 0;
    const InboundQuery &m_query;
    int m_forks = 0;
};

} // namespace portolan
