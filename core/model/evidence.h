#pragma once
// The raw evidence of an audit: every command that ran on a node, exactly as
// it ran, with its exit code and output bytes (not necessarily UTF-8).

#include <QByteArray>
#include <QString>

namespace portolan {

struct CommandEvidence
{
    QString id;      // stable key of the command set: "ss", "iptables-save", ...
    QString command; // the exact command line sent to the node
    int exitCode = -1;
    QByteArray output;      // stdout
    QByteArray errorOutput; // stderr
    qint64 durationMs = 0;
    bool truncated = false; // the output cap was hit
    bool timedOut = false;

    bool operator==(const CommandEvidence &) const = default;
};

} // namespace portolan
