// Shared by the lab tests (ctest label "lab"): running the lab script and
// portolan-cli inside the operator namespace, killing whole process trees, and
// a guard that always takes the lab down, even after a failed check.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <arpa/inet.h>
#include <array>
#include <csignal>
#include <optional>
#include <sys/types.h>
#include <unistd.h>

namespace labharness {

constexpr int kLabTimeoutMs = 180000;
constexpr int kCliTimeoutMs = 120000;

QString labScript();
QString scenarioPath(const QString &name);
QString cliPath();
QByteArray fileBytes(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
qint64 parentPid(qint64 pid);
QString processComm(qint64 pid);
QList<qint64> descendantsOf(qint64 root);
// `lab operator` runs the CLI as a grandchild: a kill must reach the whole tree.
void killTree(QProcess &process);

struct ProcessResult
{
    bool finished = false;
    int exitCode = -1; // -1 when it crashed or timed out
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

QString describe(const ProcessResult &r);
ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs);
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &env, int timeoutMs);

// The lab a test brings up; destroying the guard takes it down, so a failed
// check or an early return never leaves a lab behind.
class LabGuard
{
public:
    LabGuard(QString stateDir, QString name,
             QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
    ~LabGuard();
    LabGuard(const LabGuard &) = delete;
    LabGuard &operator=(const LabGuard &) = delete;

    ProcessResult up(const QString &scenario);
    ProcessResult down();
    ProcessResult run(const QString &verb, const QStringList &arguments = {},
                      int timeoutMs = kLabTimeoutMs) const;
    // portolan-cli ARGUMENTS inside the operator namespace.
    ProcessResult cli(const QStringList &arguments, int timeoutMs = kCliTimeoutMs) const;
    // The arguments of labScript() that run portolan-cli ARGUMENTS there.
    QStringList operatorArguments(const QStringList &cliArguments) const;
    // Runs a shell command as root on NODE.
    ProcessResult exec(const QString &node, const QString &command) const;
    // TCP connects from ZONE's probe to ADDRESS on each of PORTS, in one run:
    // the lab's JSON result list ({address, port, state, detail, source}).
    QJsonArray probe(const QString &zone, const QString &address, const QList<int> &ports,
                     QString *error) const;
    QString stateFile(const QString &name) const { return m_stateDir + u'/' + name; }

private:
    QString m_stateDir;
    QString m_name;
    QProcessEnvironment m_env;
    bool m_needsDown = false;
};

// An IP address as bytes (inet_pton, independent of the code under test).
struct IpAddress
{
    bool v6 = false;
    std::array<unsigned char, 16> bytes{};

    bool operator==(const IpAddress &) const = default;
};

std::optional<IpAddress> parseIp(const QString &text);
bool sameIp(const QString &a, const QString &b);
// ADDRESS inside CIDR ("a.b.c.d/n", "x::/n" or a bare address)?
bool inCidr(const QString &address, const QString &cidr);
bool inAnyCidr(const QString &address, const QJsonArray &cidrs);

} // namespace labharness
