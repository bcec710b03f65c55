#include "rayprocess.h"

#include "parse/textlines.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QStringView baseName(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

bool isTitle(QStringView text)
{
    return text.startsWith(u"ray::");
}

bool isServeProxyTitle(QStringView title)
{
    return title.startsWith(u"ray::ProxyActor") || title.startsWith(u"ray::HTTPProxyActor");
}

RayProcessKind titleKind(QStringView title)
{
    return isServeProxyTitle(title) ? RayProcessKind::ServeProxy : RayProcessKind::Worker;
}

// A compiled program, by its file name or kernel name.
RayProcessKind binaryKind(QStringView name)
{
    if (name == u"gcs_server")
        return RayProcessKind::GcsServer;
    if (name == u"raylet")
        return RayProcessKind::Raylet;
    if (name == u"redis-server")
        return RayProcessKind::RedisServer;
    if (name == u"sshd" || name == u"sshd:")
        return RayProcessKind::Sshd;
    return RayProcessKind::NotRay;
}

bool isRayPath(QStringView word)
{
    return word.contains(u"site-packages/ray/") || word.contains(u"dist-packages/ray/") ||
           baseName(word) == u"ray";
}

// The words before the first "--" option: interpreter, flags, script or module.
RayProcessKind scriptKind(const QList<QStringView> &words)
{
    bool rayPath = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        if (word.startsWith(u"--"))
            break;
        if (word.endsWith(u"dashboard/dashboard.py"))
            return RayProcessKind::Dashboard;
        if (word.endsWith(u"dashboard/agent.py"))
            return RayProcessKind::DashboardAgent;
        if (word.endsWith(u"runtime_env/agent/main.py"))
            return RayProcessKind::RuntimeEnvAgent;
        if (word.endsWith(u"autoscaler/_private/monitor.py"))
            return RayProcessKind::Monitor;
        if (word == u"ray.util.client.server" && i > 0 && words.at(i - 1) == u"-m")
            return RayProcessKind::ClientServer;
        rayPath = rayPath || isRayPath(word);
    }
    return rayPath ? RayProcessKind::OtherRay : RayProcessKind::NotRay;
}

} // namespace

RayProcessKind classifyProcess(QStringView comm, QStringView commandLine)
{
    const QStringView line = commandLine.trimmed();
    if (isTitle(line))
        return titleKind(line);
    if (line.isEmpty() && isTitle(comm))
        return titleKind(comm);
    const QList<QStringView> words = splitFields(line);
    if (!words.isEmpty()) {
        const RayProcessKind binary = binaryKind(baseName(words.first()));
        if (binary != RayProcessKind::NotRay)
            return binary;
        const RayProcessKind script = scriptKind(words);
        if (script != RayProcessKind::NotRay)
            return script;
    }
    return binaryKind(comm);
}

bool isRayProcess(RayProcessKind kind)
{
    switch (kind) {
    case RayProcessKind::NotRay:
    case RayProcessKind::RedisServer:
    case RayProcessKind::Sshd:
        return false;
    default:
        return true;
    }
}

QString programLabel(RayProcessKind kind)
{
    switch (kind) {
    case RayProcessKind::GcsServer:
        return u"gcs_server"_s;
    case RayProcessKind::Raylet:
        return u"raylet"_s;
    case RayProcessKind::Dashboard:
        return u"dashboard.py"_s;
    case RayProcessKind::DashboardAgent:
        return u"agent.py"_s;
    case RayProcessKind::RuntimeEnvAgent:
        return u"runtime_env/agent/main.py"_s;
    case RayProcessKind::Monitor:
        return u"monitor.py"_s;
    case RayProcessKind::ClientServer:
        return u"ray.util.client.server"_s;
    case RayProcessKind::Worker:
        return u"ray::"_s;
    case RayProcessKind::ServeProxy:
        return u"ray::ProxyActor"_s;
    case RayProcessKind::OtherRay:
        return u"ray"_s;
    case RayProcessKind::RedisServer:
        return u"redis-server"_s;
    case RayProcessKind::Sshd:
        return u"sshd"_s;
    case RayProcessKind::NotRay:
        break;
    }
    return {};
}

} // namespace portolan
