#pragma once
// The ports Ray workers listen on, from the raylet's --min_worker_port /
// --max_worker_port / --worker_port_list (Ray's defaults 10002-19999 when no
// raylet line is visible). Pitfall: a min or max of 0 means random ports:
// then no port number says "worker" (only the ray:: titles do).

#include "model/process.h"

#include <QList>
#include <QString>

namespace portolan {

class WorkerPorts
{
public:
    static WorkerPorts defaults(); // 10002-19999
    static WorkerPorts fromRaylet(QStringView raylet);
    // From the first raylet among `processes`, else defaults().
    static WorkerPorts of(const QList<Process> &processes);

    bool isRandom() const { return m_list.isEmpty() && m_min == 0; }
    bool contains(quint16 port) const;
    QString toString() const; // "10002-19999", "10002,10003", "" when random

private:
    quint16 m_min = 10002;
    quint16 m_max = 19999;
    QList<quint16> m_list; // --worker_port_list wins over the range
};

} // namespace portolan
