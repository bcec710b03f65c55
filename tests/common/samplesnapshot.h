#pragma once
// Test data: a snapshot that sets every field of the model (IPv4 and IPv6,
// several owners per socket, nft and iptables rules, non-UTF-8 evidence), so a
// lossy round trip anywhere shows up as an inequality.

#include "model/snapshot.h"

namespace portolan::test {

Snapshot richSnapshot();
// `nodes` nodes, each with `evidencePerNode` commands of `bytesPerEvidence` bytes.
Snapshot largeSnapshot(int nodes, int evidencePerNode, int bytesPerEvidence);

} // namespace portolan::test
