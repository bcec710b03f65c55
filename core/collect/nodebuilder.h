#pragma once
// Turns a node's raw evidence into the model: runs the parser of each command
// (see parse/commandset.h) and fills system facts, interfaces, routes,
// sockets, processes with their RAY_* environment, the firewall and the Ray
// facts. Pure: works the same on fresh evidence and on an old snapshot's.
// Output that fails to parse becomes a warning naming the command and line
// (and, for firewall commands, a firewall error): never an exception.

#include "model/snapshot.h"

namespace portolan {

void buildNode(Node &node);
// The firewall part of buildNode: backend, manager, rulesets and errors.
void buildFirewall(Node &node);
// Head when a GCS runs or a raylet has --head, worker for a plain raylet.
NodeRole detectRayRole(const QList<Process> &processes);

} // namespace portolan
