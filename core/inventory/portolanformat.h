#pragma once
// Portolan's own inventory schema: {"cluster", "defaults", "nodes": [...]}.
// Contract: every key is known (typos get a "did you mean"), a node's keys
// override `defaults`, names and addresses are unique, at least one node.
// Pitfall: "cluster" or "defaults" without "nodes" is this format, missing nodes.

#include "document.h"
#include "fieldreader.h"
#include "inventory.h"

namespace portolan {

// `root` is the document's top-level map; `fallbackName` names the inventory
// when "cluster" is absent.
Inventory readPortolanInventory(const DocValue &root, const FieldReader &reader,
                                const QString &baseDir, const QString &fallbackName);

} // namespace portolan
