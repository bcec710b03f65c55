// Target classification, MARK/CONNMARK/notrack and REJECT effects
// (xt_MARK, xt_CONNMARK, xt_CT semantics).

#include "iptablestarget.h"

#include "iptablesvalues.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::IptablesEvaluator)
};

const QStringList &passiveTargets()
{
    static const QStringList targets = {
        u"LOG"_s,       u"NFLOG"_s,    u"ULOG"_s,     u"TRACE"_s,   u"AUDIT"_s,
        u"TEE"_s,       u"CLASSIFY"_s, u"DSCP"_s,     u"TOS"_s,     u"ECN"_s,
        u"TTL"_s,       u"HL"_s,       u"CHECKSUM"_s, u"TCPMSS"_s,  u"TCPOPTSTRIP"_s,
        u"IDLETIMER"_s, u"LED"_s,      u"RATEEST"_s,  u"SECMARK"_s, u"CONNSECMARK"_s};
    return targets;
}

const IptablesMatch *option(const IptablesRule &rule, QStringView name)
{
    for (const IptablesMatch &o : rule.targetOptions) {
        if (o.option == name)
            return &o;
    }
    return nullptr;
}

bool hasOption(const IptablesRule &rule, QStringView name)
{
    return option(rule, name) != nullptr;
}

// MARK and CONNMARK --set-xmark/--set-mark/--and-mark/--or-mark/--xor-mark on
// `value`; false when the rule has none of them or it is unreadable.
bool applyMarkOperation(const IptablesRule &rule, quint32 *value)
{
    for (const IptablesMatch &o : rule.targetOptions) {
        const QString text = o.arguments.value(0);
        if (o.option == u"--set-xmark" || o.option == u"--set-mark") {
            const auto mark = iptablesMarkValue(text);
            if (!mark)
                return false;
            const quint32 kept = *value & ~mark->second;
            *value = o.option == u"--set-xmark" ? kept ^ mark->first : kept | mark->first;
            return true;
        }
        const auto bits = iptablesNumber(text);
        if (o.option == u"--and-mark" && bits) {
            *value &= *bits;
            return true;
        }
        if (o.option == u"--or-mark" && bits) {
            *value |= *bits;
            return true;
        }
        if (o.option == u"--xor-mark" && bits) {
            *value ^= *bits;
            return true;
        }
    }
    return false;
}

quint32 maskOption(const IptablesRule &rule, QStringView name)
{
    const IptablesMatch *o = option(rule, name);
    if (!o)
        o = option(rule, u"--mask");
    return o ? iptablesNumber(o->arguments.value(0)).value_or(0xffffffffu) : 0xffffffffu;
}

QString hex(quint32 value)
{
    return u"0x"_s + QString::number(value, 16);
}

IptablesTargetEffect connmark(const IptablesRule &rule, const PacketState &state, bool conntrackRan)
{
    IptablesTargetEffect result{state, Verdict::Accept, {}, {}};
    if (state.untracked || !conntrackRan) {
        result.effect = Tr::tr("CONNMARK (no connection to mark)");
        return result;
    }
    const quint32 nfmask = maskOption(rule, u"--nfmask");
    const quint32 ctmask = maskOption(rule, u"--ctmask");
    if (hasOption(rule, u"--save-mark")) {
        result.state.connmark = (state.connmark & ~ctmask) ^ (state.mark & nfmask);
    } else if (hasOption(rule, u"--restore-mark")) {
        result.state.mark = (state.mark & ~nfmask) ^ (state.connmark & ctmask);
    } else if (!applyMarkOperation(rule, &result.state.connmark)) {
        result.verdict = Verdict::Uncertain;
        result.uncertainty = Tr::tr("cannot read the CONNMARK options");
    }
    result.effect = Tr::tr("CONNMARK: mark %1, connmark %2")
                        .arg(hex(result.state.mark), hex(result.state.connmark));
    return result;
}

} // namespace

IptablesTargetKind classifyIptablesTarget(const IptablesRule &rule, bool targetIsUserChain)
{
    const QString &target = rule.target;
    if (target.isEmpty())
        return IptablesTargetKind::None;
    if (targetIsUserChain)
        return IptablesTargetKind::Chain;
    if (target == u"ACCEPT")
        return IptablesTargetKind::Accept;
    if (target == u"DROP")
        return IptablesTargetKind::Drop;
    if (target == u"REJECT")
        return IptablesTargetKind::Reject;
    if (target == u"RETURN")
        return IptablesTargetKind::Return;
    if (target == u"MARK" || target == u"CONNMARK" || target == u"NOTRACK")
        return IptablesTargetKind::Modify;
    if (target == u"CT")
        return hasOption(rule, u"--notrack") ? IptablesTargetKind::Modify
                                             : IptablesTargetKind::Passive;
    if (passiveTargets().contains(target))
        return IptablesTargetKind::Passive;
    if (target == u"DNAT" || target == u"REDIRECT" || target == u"NETMAP" || target == u"SNAT" ||
        target == u"MASQUERADE")
        return IptablesTargetKind::Nat;
    if (target == u"NFQUEUE" || target == u"QUEUE" || target == u"TPROXY" || target == u"SYNPROXY")
        return IptablesTargetKind::Undecidable;
    return IptablesTargetKind::Unknown;
}

IptablesTargetEffect applyIptablesModify(const IptablesRule &rule, const PacketState &state,
                                         bool conntrackRan)
{
    IptablesTargetEffect result{state, Verdict::Accept, {}, {}};
    if (rule.target == u"CONNMARK")
        return connmark(rule, state, conntrackRan);
    if (rule.target == u"MARK") {
        if (!applyMarkOperation(rule, &result.state.mark)) {
            result.verdict = Verdict::Uncertain;
            result.uncertainty = Tr::tr("cannot read the MARK options");
        }
        result.effect = Tr::tr("MARK: mark %1").arg(hex(result.state.mark));
        return result;
    }
    // CT --notrack / NOTRACK: only before conntrack ran (raw table).
    if (!conntrackRan)
        result.state.untracked = true;
    result.effect = Tr::tr("NOTRACK (no connection tracking, no NAT)");
    return result;
}

QString iptablesRejectEffect(const IptablesRule &rule, IpFamily family)
{
    const IptablesMatch *with = option(rule, u"--reject-with");
    QString type = with ? with->arguments.value(0) : QString();
    if (type.isEmpty())
        type = family == IpFamily::V4 ? u"icmp-port-unreachable"_s : u"icmp6-port-unreachable"_s;
    return u"REJECT --reject-with "_s + type;
}

} // namespace portolan
