#pragma once
// Recognition rules by port number alone (rayrecognition.h, rules 2 and 3):
// the Ray session's port files, then Ray's default ports.
// Contract: a port file holding -1 (service not running) never matches; keys
// "<name>@<node id>" (several nodes share a session) match by their name.
// Pitfall: defaults are a guess: the evidence says whether an owner was seen.

#include "rayrecognition.h"
#include "rayworkerports.h"

#include <QMap>
#include <QString>

#include <optional>

namespace portolan {

// Rule 2: node.ray.sessionPorts.
std::optional<ServiceMatch> matchSessionPort(const QMap<QString, int> &sessionPorts, quint16 port);

struct DefaultPortContext
{
    bool rayPresent = false;        // a Ray process runs on the node (enables the worker range)
    bool redisInsteadOfGcs = false; // a redis-server but no gcs_server runs (6379 is Redis)
    QString ownerName;              // the owner as evidence names it; "" when ss showed none
    WorkerPorts workers;
};

// Rule 3: 8265 dashboard, 6379 GCS (or Redis), 10001 client server, 52365 agent,
// 44217/44227 metrics, 8000/9000 Serve, the worker range, 22 ssh.
std::optional<ServiceMatch> matchDefaultPort(quint16 port, const DefaultPortContext &context);

} // namespace portolan
