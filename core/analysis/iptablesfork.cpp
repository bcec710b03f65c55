// Joining the "matched" and "not matched" branches of an undecidable rule;
// see iptableschain.h.

#include "iptableschain.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

bool goesOn(Verdict verdict)
{
    return verdict == Verdict::Accept || verdict == Verdict::Uncertain;
}

// Two branch results for the same sources end the same way: the same final
// verdict, or going on with the same packet.
bool sameOutcome(const BaseChain::Result &a, const BaseChain::Result &b)
{
    if (a.verdict != b.verdict)
        return false;
    if (!goesOn(a.verdict))
        return true;
    const PacketState &x = a.state;
    const PacketState &y = b.state;
    return x.destination == y.destination && x.port == y.port && x.mark == y.mark &&
           x.connmark == y.connmark && x.untracked == y.untracked &&
           x.destinationNatted == y.destinationNatted;
}

} // namespace

QList<BaseChain::Result> mergeIptablesForks(const QList<BaseChain::Result> &matched,
                                            const QList<BaseChain::Result> &unmatched,
                                            qsizetype forkIndex, const RuleStep &step,
                                            const QString &reason, const QString &uncertainty)
{
    QList<BaseChain::Result> merged;
    for (const BaseChain::Result &a : matched) {
        for (const BaseChain::Result &b : unmatched) {
            const AddressSet common = a.state.sources.intersected(b.state.sources);
            if (common.isEmpty())
                continue;
            const bool same = sameOutcome(a, b);
            // Where they differ, go on with the branch that goes on, so later
            // base chains still show what could happen.
            const bool tookMatched = !same && goesOn(a.verdict) && !goesOn(b.verdict);
            BaseChain::Result result = tookMatched ? a : b;
            PacketState &state = result.state;
            state.sources = common;
            if (tookMatched && forkIndex < state.path.size()) {
                // The rule's own step is there: say that it may not have matched.
                RuleStep &own = state.path[forkIndex];
                own.effect =
                    Tr::tr("cannot decide (%1); if it matches: %2").arg(reason, own.effect);
            } else {
                RuleStep undecided = step;
                undecided.effect =
                    same ? Tr::tr("cannot decide (%1); the outcome is the same either way")
                               .arg(reason)
                         : Tr::tr("cannot decide (%1)").arg(reason);
                state.path.insert(qMin(forkIndex, state.path.size()), undecided);
            }
            const PacketState &other = tookMatched ? b.state : a.state;
            if (!same || other.uncertain) {
                const QString why = same ? other.uncertainty : uncertainty;
                if (!state.uncertain)
                    state.uncertainty = why;
                state.uncertain = true;
            }
            if (!same)
                result.verdict = Verdict::Uncertain;
            merged.append(std::move(result));
        }
    }
    return merged;
}

} // namespace portolan
