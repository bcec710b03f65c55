#pragma once
// Addresses Ray's own command lines name: the node IP (--node-ip-address /
// --node_ip_address), the dashboard host (dashboard.py --host, else
// ray start --dashboard-host) and the GCS address (--gcs-address, else
// --address; on the head, else node IP and gcs_server --gcs_server_port).
// Contract: values are as written ("0.0.0.0", "10.0.0.1:6379"); "" when unknown.
// Pitfall: "--address=auto" and "None" are not addresses and are skipped.

#include "model/process.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

struct RayAddresses
{
    QString nodeIpAddress;
    QStringList nodeIpAddresses; // every distinct value seen, first one first
    QString dashboardHost;
    QString gcsAddress;

    bool operator==(const RayAddresses &) const = default;
};

RayAddresses rayAddresses(const QList<Process> &rayProcesses);

} // namespace portolan
