#pragma once
// The evidence of a real collection of the lab's basic scenario
// (tests/fixtures/collect/lab-basic), turned back into nodes and snapshots.

#include "model/snapshot.h"

namespace portolan::test {

inline const QStringList kLabNodes = {QStringLiteral("head"), QStringLiteral("worker-fw"),
                                      QStringLiteral("worker-nft"), QStringLiteral("worker-v6"),
                                      QStringLiteral("worker-legacy")};

// The node's raw evidence only (as the collector stores it before parsing).
Node labEvidence(const QString &name);
// The node after buildNode, with the status the collector would give it.
Node labNode(const QString &name);
// All five lab nodes as one snapshot.
Snapshot labSnapshot();

} // namespace portolan::test
