#include "evidenceclassifier.h"

#include <QCoreApplication>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::EvidenceClassifier)
};

bool isOptionalTool(const QString &id)
{
    return id.startsWith(u"nft") || id == u"ipset" || id.contains(u"legacy") ||
           id == u"ip6tables-save";
}

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(u'\n', 0, 0).trimmed().left(200);
}

} // namespace

FailureKind failureKind(const CommandEvidence &ev)
{
    if (ev.timedOut)
        return FailureKind::TimedOut;
    if (ev.truncated)
        return FailureKind::Truncated;
    if (ev.exitCode == 0)
        return FailureKind::None;
    const QByteArray err = ev.errorOutput;
    static const char *const denied[] = {
        "password is required", "Permission denied",      "Operation not permitted",
        "must be root",         "not in the sudoers",     "not allowed to execute",
        "may not run sudo",     "a terminal is required",
    };
    for (const char *pattern : denied) {
        if (err.contains(pattern))
            return FailureKind::PermissionDenied;
    }
    if (ev.exitCode == 127 || err.contains("command not found") || err.contains("not found"))
        return FailureKind::NotInstalled;
    return FailureKind::Failed;
}

std::optional<QString> classifyFailure(const CommandEvidence &ev)
{
    switch (failureKind(ev)) {
    case FailureKind::None:
        return std::nullopt;
    case FailureKind::PermissionDenied:
        return Tr::tr("%1: permission denied (%2)").arg(ev.id, firstLine(ev.errorOutput));
    case FailureKind::NotInstalled:
        if (isOptionalTool(ev.id))
            return std::nullopt;
        return Tr::tr("%1: command not found on the node").arg(ev.id);
    case FailureKind::TimedOut:
        return Tr::tr("%1: timed out after %2 s").arg(ev.id).arg(ev.durationMs / 1000.0, 0, 'f', 1);
    case FailureKind::Truncated:
        return Tr::tr("%1: output truncated at %2 MiB")
            .arg(ev.id)
            .arg((ev.output.size() + ev.errorOutput.size()) / (1024.0 * 1024.0), 0, 'f', 1);
    case FailureKind::Failed:
        return Tr::tr("%1: failed with exit code %2 (%3)")
            .arg(ev.id)
            .arg(ev.exitCode)
            .arg(firstLine(ev.errorOutput));
    }
    return std::nullopt;
}

bool legacyTablesPresent(const QList<CommandEvidence> &evidence)
{
    for (const CommandEvidence &ev : evidence) {
        if ((ev.id == u"iptables-save" || ev.id == u"ip6tables-save") &&
            (ev.output.contains("iptables-legacy tables present") ||
             ev.errorOutput.contains("iptables-legacy tables present")))
            return true;
    }
    return false;
}

} // namespace portolan
