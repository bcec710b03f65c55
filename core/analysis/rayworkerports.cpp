#include "rayworkerports.h"

#include "raycommandline.h"
#include "rayprocess.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool isZero(const std::optional<QString> &value)
{
    bool ok = false;
    return value && value->toInt(&ok) == 0 && ok;
}

} // namespace

WorkerPorts WorkerPorts::defaults()
{
    return {};
}

WorkerPorts WorkerPorts::fromRaylet(QStringView raylet)
{
    WorkerPorts ports;
    ports.m_list = portListOption(raylet, u"--worker_port_list");
    const std::optional<QString> min = optionValue(raylet, {u"--min_worker_port"});
    const std::optional<QString> max = optionValue(raylet, {u"--max_worker_port"});
    // Like Ray's worker pool: a range only when both ends are non-zero.
    if (isZero(min) || isZero(max)) {
        ports.m_min = 0;
        ports.m_max = 0;
        return ports;
    }
    if (const auto port = min ? parsePort(*min) : std::nullopt)
        ports.m_min = *port;
    if (const auto port = max ? parsePort(*max) : std::nullopt)
        ports.m_max = *port;
    return ports;
}

WorkerPorts WorkerPorts::of(const QList<Process> &processes)
{
    for (const Process &p : processes) {
        if (classifyProcess(p.comm, p.command) == RayProcessKind::Raylet)
            return fromRaylet(p.command);
    }
    return defaults();
}

bool WorkerPorts::contains(quint16 port) const
{
    if (!m_list.isEmpty())
        return m_list.contains(port);
    return m_min != 0 && port >= m_min && port <= m_max;
}

QString WorkerPorts::toString() const
{
    if (!m_list.isEmpty()) {
        QStringList items;
        for (quint16 port : m_list)
            items << QString::number(port);
        return items.join(u',');
    }
    if (m_min == 0)
        return {};
    return u"%1-%2"_s.arg(m_min).arg(m_max);
}

} // namespace portolan
