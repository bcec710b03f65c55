#pragma once
// Reads a command's exit code and stderr and says, in one line the user can act
// on, why it did not deliver: "iptables-save: permission denied (sudo: a password
// is required)". A tool that is simply not installed (nft, ipset, the legacy
// save tools) is not a failure: its evidence shows exit code 127 and that is all.

#include "model/evidence.h"

#include <QList>
#include <QString>

#include <optional>

namespace portolan {

enum class FailureKind { None, PermissionDenied, NotInstalled, TimedOut, Truncated, Failed };

FailureKind failureKind(const CommandEvidence &evidence);
// nullopt when the command delivered (or an optional tool is absent).
std::optional<QString> classifyFailure(const CommandEvidence &evidence);
// True when iptables-save or ip6tables-save warned that legacy tables exist.
bool legacyTablesPresent(const QList<CommandEvidence> &evidence);

} // namespace portolan
