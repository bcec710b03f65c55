// The combinator of the inbound path: every base chain of both backends in
// hook, then priority order, on every live state; see packetpath.h.

#include "packetpath.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::PacketPath)
};

InboundOutcome outcomeOf(const PacketState &state, Verdict verdict)
{
    InboundOutcome outcome;
    outcome.sources = state.sources;
    // A state that passed an undecidable rule may have ended otherwise.
    outcome.verdict = state.uncertain ? Verdict::Uncertain : verdict;
    outcome.destination = state.destination;
    outcome.port = state.port;
    outcome.path = state.path;
    outcome.uncertainty = state.uncertain ? state.uncertainty : QString();
    return outcome;
}

bool sameButSources(const InboundOutcome &a, const InboundOutcome &b)
{
    return a.verdict == b.verdict && a.destination == b.destination && a.port == b.port &&
           a.path == b.path && a.uncertainty == b.uncertainty;
}

// Joins parts that ended the same way by the same path, ordered by their
// lowest address so the output is stable.
QList<InboundOutcome> tidy(const QList<InboundOutcome> &outcomes)
{
    QList<InboundOutcome> joined;
    for (const InboundOutcome &outcome : outcomes) {
        auto same = std::find_if(joined.begin(), joined.end(), [&](const InboundOutcome &o) {
            return sameButSources(o, outcome);
        });
        if (same == joined.end())
            joined.append(outcome);
        else
            same->sources = same->sources.united(outcome.sources);
    }
    std::stable_sort(joined.begin(), joined.end(), [](const auto &a, const auto &b) {
        const QList<AddressRange> x = a.sources.ranges();
        const QList<AddressRange> y = b.sources.ranges();
        if (x.isEmpty() || y.isEmpty())
            return !x.isEmpty() && y.isEmpty();
        return x.first().first < y.first().first;
    });
    return joined;
}

QList<InboundOutcome> unreadable(const Firewall &firewall, const InboundQuery &query)
{
    InboundOutcome outcome;
    outcome.sources = query.sources;
    outcome.verdict = Verdict::Uncertain;
    outcome.destination = query.destination;
    outcome.port = query.port;
    outcome.uncertainty = firewall.errors.isEmpty()
                              ? Tr::tr("the firewall of the node could not be determined")
                              : Tr::tr("the firewall of the node could not be read: %1")
                                    .arg(firewall.errors.join(u"; "_s));
    return {outcome};
}

} // namespace

QString toString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accept:
        return u"accept"_s;
    case Verdict::Drop:
        return u"drop"_s;
    case Verdict::Reject:
        return u"reject"_s;
    case Verdict::Uncertain:
        return u"uncertain"_s;
    }
    return {};
}

BaseChain::~BaseChain() = default;

QList<InboundOutcome> evaluateInbound(const Firewall &firewall, const InboundQuery &query)
{
    if (!firewall.isComplete())
        return unreadable(firewall, query);
    if (query.sources.isEmpty())
        return {};
    const IpFamily family = query.destination.family();
    BaseChainList chains = iptablesBaseChains(firewall, family);
    chains += nftBaseChains(firewall, family);
    std::stable_sort(chains.begin(), chains.end(), [](const auto &a, const auto &b) {
        if (a->hook() != b->hook())
            return a->hook() < b->hook();
        return a->priority() < b->priority();
    });

    PacketState start;
    start.sources = query.sources;
    start.destination = query.destination;
    start.port = query.port;
    QList<PacketState> live{start};
    QList<InboundOutcome> finished;
    for (const auto &chain : std::as_const(chains)) {
        QList<PacketState> next;
        for (const PacketState &state : std::as_const(live)) {
            for (BaseChain::Result &result : chain->run(state, query)) {
                if (result.verdict == Verdict::Drop || result.verdict == Verdict::Reject) {
                    finished.append(outcomeOf(result.state, result.verdict));
                    continue;
                }
                if (result.verdict == Verdict::Uncertain && !result.state.uncertain) {
                    result.state.uncertain = true;
                    result.state.uncertainty = Tr::tr("%1 could not decide").arg(chain->name());
                }
                next.append(std::move(result.state));
            }
        }
        live = std::move(next);
    }
    for (const PacketState &state : std::as_const(live))
        finished.append(outcomeOf(state, Verdict::Accept));
    return tidy(finished);
}

} // namespace portolan
