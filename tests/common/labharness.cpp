#include "labharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMultiMap>

#include <arpa/inet.h>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace labharness {

QString labScript()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/lab/lab");
}

QString scenarioPath(const QString &name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/lab/scenarios/") + name;
}

QString cliPath()
{
    return QStringLiteral(PORTOLAN_BINARY_DIR "/app/cli/portolan-cli");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

qint64 parentPid(qint64 pid)
{
    const QByteArray stat = fileBytes(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

// `lab operator` runs the CLI as a grandchild: a kill must reach the whole tree.
QString processComm(qint64 pid)
{
    return QString::fromUtf8(fileBytes(u"/proc/%1/comm"_s.arg(pid))).trimmed();
}

QList<qint64> descendantsOf(qint64 root)
{
    QMultiMap<qint64, qint64> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            children.insert(parentPid(pid), pid);
    }
    QList<qint64> result;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        const QList<qint64> next = children.values(queue.takeFirst());
        result += next;
        queue += next;
    }
    return result;
}

void killTree(QProcess &process)
{
    const QList<qint64> tree = descendantsOf(process.processId());
    for (const qint64 pid : tree)
        ::kill(pid_t(pid), SIGKILL);
    process.kill();
    process.waitForFinished(10000);
}

QString describe(const ProcessResult &r)
{
    return u"%1 after %2 ms\n--- stderr (end) ---\n%3\n--- stdout (end) ---\n%4"_s
        .arg(r.finished ? u"exit code %1"_s.arg(r.exitCode) : u"did not finish (killed)"_s)
        .arg(r.elapsedMs)
        .arg(r.err.right(4000), r.out.right(2000));
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    return runProcess(program, arguments, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &env, int timeoutMs)
{
    ProcessResult result;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        result.err = u"cannot start %1: %2"_s.arg(program, process.errorString());
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        killTree(process);
    if (result.finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.elapsedMs = timer.elapsed();
    return result;
}

LabGuard::LabGuard(QString stateDir, QString name, QProcessEnvironment env)
    : m_stateDir(std::move(stateDir))
    , m_name(std::move(name))
    , m_env(std::move(env))
{}

LabGuard::~LabGuard()
{
    down();
}

ProcessResult LabGuard::up(const QString &scenario)
{
    // A lab of a killed earlier run with the same name goes first (--replace).
    const ProcessResult r = runProcess(labScript(),
                                       {u"up"_s, u"--scenario"_s, scenario, u"--state-dir"_s,
                                        m_stateDir, u"--name"_s, m_name, u"--replace"_s},
                                       m_env, kLabTimeoutMs);
    m_needsDown = r.exitCode != 2; // 2: it could not run here and made nothing
    return r;
}

ProcessResult LabGuard::down()
{
    if (!m_needsDown)
        return ProcessResult{true, 0, {}, {}, 0};
    ProcessResult r = run(u"down"_s);
    if (r.exitCode != 0)
        r = runProcess(labScript(), {u"down"_s, u"--name"_s, m_name}, m_env, kLabTimeoutMs);
    m_needsDown = r.exitCode != 0;
    return r;
}

ProcessResult LabGuard::run(const QString &verb, const QStringList &arguments, int timeoutMs) const
{
    return runProcess(labScript(), QStringList{verb, u"--state-dir"_s, m_stateDir} + arguments,
                      m_env, timeoutMs);
}

QStringList LabGuard::operatorArguments(const QStringList &cliArguments) const
{
    return QStringList{u"operator"_s, u"--state-dir"_s, m_stateDir, u"--"_s, cliPath()} +
           cliArguments;
}

ProcessResult LabGuard::cli(const QStringList &arguments, int timeoutMs) const
{
    return runProcess(labScript(), operatorArguments(arguments), m_env, timeoutMs);
}

ProcessResult LabGuard::exec(const QString &node, const QString &command) const
{
    return run(u"exec"_s, {node, u"--user"_s, u"root"_s, u"--"_s, u"sh"_s, u"-c"_s, command});
}

QJsonArray LabGuard::probe(const QString &zone, const QString &address, const QList<int> &ports,
                           QString *error) const
{
    QStringList arguments{zone, address};
    for (const int port : ports)
        arguments << QString::number(port);
    arguments << u"--json"_s << u"--timeout"_s << u"1"_s;
    const ProcessResult r = run(u"probe"_s, arguments);
    if (r.exitCode != 0) {
        *error = describe(r);
        return {};
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

std::optional<IpAddress> parseIp(const QString &text)
{
    IpAddress ip;
    const QByteArray latin = text.trimmed().toLatin1();
    if (::inet_pton(AF_INET, latin.constData(), ip.bytes.data()) == 1)
        return ip;
    ip.v6 = true;
    if (::inet_pton(AF_INET6, latin.constData(), ip.bytes.data()) == 1)
        return ip;
    return std::nullopt;
}

bool sameIp(const QString &a, const QString &b)
{
    const std::optional<IpAddress> x = parseIp(a);
    return x && x == parseIp(b);
}

// ADDRESS inside CIDR ("a.b.c.d/n", "x::/n" or a bare address)?
bool inCidr(const QString &address, const QString &cidr)
{
    const std::optional<IpAddress> ip = parseIp(address);
    const std::optional<IpAddress> net = parseIp(cidr.section(u'/', 0, 0));
    if (!ip || !net || ip->v6 != net->v6)
        return false;
    const int maxBits = ip->v6 ? 128 : 32;
    const int bits = cidr.contains(u'/') ? cidr.section(u'/', 1).toInt() : maxBits;
    for (int i = 0; i < bits && i < maxBits; ++i) {
        const int mask = 0x80 >> (i % 8);
        if ((ip->bytes[size_t(i / 8)] & mask) != (net->bytes[size_t(i / 8)] & mask))
            return false;
    }
    return true;
}

bool inAnyCidr(const QString &address, const QJsonArray &cidrs)
{
    for (const QJsonValue &cidr : cidrs) {
        if (inCidr(address, cidr.toString()))
            return true;
    }
    return false;
}

} // namespace labharness
