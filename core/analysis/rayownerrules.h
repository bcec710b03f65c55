#pragma once
// Recognition rules that ask the socket's owning process (rayrecognition.h,
// rules 1 and 4). Contract: options are read with the owner's own spelling
// (raylet: underscores; Python services: dashes), both "=" and space forms.
// Pitfall: a title beats every option: ray::IDLE's line has none anyway.

#include "rayprocess.h"
#include "rayrecognition.h"
#include "rayworkerports.h"

#include <optional>

namespace portolan {

struct SocketOwnerView
{
    RayProcessKind kind = RayProcessKind::NotRay;
    QString name;        // title for workers ("ray::IDLE"), else the process name
    QString commandLine; // empty when ps did not list the process
};

// Rule 1: the owner's options, well-known ports, title or program name.
std::optional<ServiceMatch> matchOwner(const SocketOwnerView &owner, quint16 port,
                                       const WorkerPorts &workers);
// Rule 4: a Ray program owns a port its options do not name.
std::optional<ServiceMatch> matchOwnerProgram(const SocketOwnerView &owner);

} // namespace portolan
