#pragma once
// Settings of one collection run and the progress it reports per node.

#include "collect/sshsession.h"

#include <QMetaType>
#include <QString>

#include <chrono>

namespace portolan {

struct CollectOptions
{
    SshOptions ssh; // known_hosts, host-key policy, connect timeout, ssh config
    std::chrono::milliseconds commandTimeout{60000};
    qint64 outputCap = 16 * 1024 * 1024; // per command, stdout + stderr
    int jobs = 16;                       // nodes collected at once
};

enum class NodeStage { Queued, Connecting, Authenticating, Collecting, Done, Failed, Cancelled };
QString toString(NodeStage stage);

struct NodeProgress
{
    QString node;
    NodeStage stage = NodeStage::Queued;
    int step = 0;   // commands finished, while Collecting
    int steps = 0;  // commands planned
    QString detail; // the running command id, or the error
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::NodeProgress)
