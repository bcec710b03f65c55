#pragma once
// A Ray cluster-launcher YAML read as it is: cluster_name, provider {type:
// local, head_ip, worker_ips}, auth {ssh_user, ssh_private_key}; nodes "head",
// "worker-1".."worker-N", port 22. Pitfall: only the `local` provider lists
// addresses; cloud providers and coordinators are refused with a pointer.

#include "document.h"
#include "fieldreader.h"
#include "inventory.h"

namespace portolan {

// Whether `root` looks like a cluster-launcher file rather than an inventory.
bool isRayLauncherDocument(const DocValue &root);

Inventory readRayLauncher(const DocValue &root, const FieldReader &reader, const QString &baseDir,
                          const QString &fallbackName);

} // namespace portolan
