// SshSession and JumpTunnel against a real OpenSSH sshd that this test starts on
// 127.0.0.1 (a free high port) with its own config, host key and authorized_keys
// in a temporary directory. Password and keyboard-interactive authentication use
// a temporary local user (plsshtest…) that is always removed again. Needs root
// and /usr/sbin/sshd: skips otherwise. $HOME points into the temporary directory
// and SSH_AUTH_SOCK is unset, so the machine's keys, config and agent play no part.

#include "collect/interaction.h"
#include "collect/jumptunnel.h"
#include "collect/sshsession.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace portolan;

namespace {

const auto kSshd = u"/usr/sbin/sshd"_s;
const auto kPrivsepDir = u"/run/sshd"_s;

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

// Runs a program to completion; returns its stdout, or nullopt on failure.
std::optional<QByteArray> runTool(const QString &program, const QStringList &args,
                                  const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// A loopback socket bound to a free port; listening (never accepting) on request.
struct LoopbackSocket
{
    int fd = -1;
    int port = 0;
    explicit LoopbackSocket(bool listening)
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
        port = ntohs(addr.sin_port);
        if (listening)
            ::listen(fd, 4);
    }
    ~LoopbackSocket()
    {
        if (fd >= 0)
            ::close(fd);
    }
    LoopbackSocket(const LoopbackSocket &) = delete;
    LoopbackSocket &operator=(const LoopbackSocket &) = delete;
};

int freePort()
{
    const LoopbackSocket socket(false);
    return socket.port; // closed again: free for sshd (or for "connection refused")
}

// "SHA256:…" of a public key file, as ssh-keygen -lf prints it.
QString sshKeygenFingerprint(const QString &pubFile)
{
    const auto out = runTool(u"ssh-keygen"_s, {u"-lf"_s, pubFile});
    if (!out)
        return {};
    const QRegularExpressionMatch m =
        QRegularExpression(u"(SHA256:[A-Za-z0-9+/=]+)"_s).match(QString::fromUtf8(*out));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString randomToken(int length)
{
    static const QString alphabet = u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString s;
    for (int i = 0; i < length; ++i)
        s += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
    return s;
}

class TestHandler final : public InteractionHandler
{
public:
    std::optional<QByteArray> m_passphraseAnswer;
    std::optional<QByteArray> m_passwordAnswer;
    bool m_acceptHostKey = false;
    QStringList m_passphraseFiles;
    QStringList m_passwordPrompts;
    QStringList m_hostKeyFingerprints;

    std::optional<Secret> passphrase(const QString &, const QString &identityFile) override
    {
        m_passphraseFiles << identityFile;
        if (!m_passphraseAnswer)
            return std::nullopt;
        return Secret(*m_passphraseAnswer);
    }
    std::optional<Secret> password(const QString &, const QString &prompt, bool) override
    {
        m_passwordPrompts << prompt;
        if (!m_passwordAnswer)
            return std::nullopt;
        return Secret(*m_passwordAnswer);
    }
    bool acceptUnknownHostKey(const QString &, const QString &, const QString &fingerprint) override
    {
        m_hostKeyFingerprints << fingerprint;
        return m_acceptHostKey;
    }
};

// Stops sshd, removes the temporary user and the privsep directory it created:
// runs from the test object's destructor, whatever happened before.
struct Environment
{
    QProcess m_sshd;
    QString m_user;
    bool m_createdPrivsepDir = false;

    ~Environment()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000)) {
                m_sshd.kill();
                m_sshd.waitForFinished(5000);
            }
        }
        if (!m_user.isEmpty()) {
            QProcess::execute(u"userdel"_s, {u"-r"_s, u"-f"_s, m_user});
        }
        if (m_createdPrivsepDir)
            QDir().rmdir(kPrivsepDir);
    }
};

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void strictKnownHost();
    void strictUnknownHost();
    void acceptNewRecords();
    void changedHostKey_data();
    void changedHostKey();
    void askPolicy_data();
    void askPolicy();

    void plainIdentity();
    void encryptedIdentity();
    void wrongPassphrase();
    void keyboardInteractive();
    void passwordOnly();
    void noAnswerFails();

    void runCapturesOutput();
    void runTruncates();
    void runTimesOut();
    void runCancelled();

    void connectRefused();
    void connectTimesOut();

    void jumpToSelf();

    void noSecretsWritten();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString knownHostsWith(const QByteArray &content, const QString &name);
    SshEndpoint rootEndpoint(const QStringList &identities) const;
    SshOptions options(const QString &knownHosts, HostKeyPolicy policy) const;
    std::unique_ptr<SshSession> connected(const SshEndpoint &endpoint, const SshOptions &options,
                                          InteractionHandler *handler,
                                          const std::atomic_bool *cancel = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Environment> m_env;
    int m_port = 0;         // everything allowed
    int m_passwordPort = 0; // AuthenticationMethods password
    QByteArray m_hostPub;   // "ssh-ed25519 AAAA…" of the server
    QByteArray m_otherPub;  // a different ed25519 key
    QString m_hostFingerprint;
    QString m_otherFingerprint;
    QByteArray m_passphrase;
    QByteArray m_password;
    QString m_user;
};

QString TestSshSession::knownHostsWith(const QByteArray &content, const QString &name)
{
    const QString file = path(name);
    writeFile(file, content);
    return file;
}

SshEndpoint TestSshSession::rootEndpoint(const QStringList &identities) const
{
    SshEndpoint endpoint;
    endpoint.label = u"lo"_s;
    endpoint.host = u"127.0.0.1"_s;
    endpoint.port = m_port;
    endpoint.user = u"root"_s;
    endpoint.identityFiles = identities;
    return endpoint;
}

SshOptions TestSshSession::options(const QString &knownHosts, HostKeyPolicy policy) const
{
    SshOptions o;
    o.knownHostsFile = knownHosts;
    o.hostKeyPolicy = policy;
    o.connectTimeout = 5000ms;
    o.readSshConfig = false;
    o.useAgent = false;
    return o;
}

std::unique_ptr<SshSession> TestSshSession::connected(const SshEndpoint &endpoint,
                                                      const SshOptions &options,
                                                      InteractionHandler *handler,
                                                      const std::atomic_bool *cancel)
{
    auto session = std::make_unique<SshSession>(endpoint, options, handler, cancel);
    session->connect();
    session->verifyHostKey();
    session->authenticate();
    return session;
}

void TestSshSession::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: starts its own sshd and creates a temporary user");
    if (!QFileInfo::exists(kSshd))
        QSKIP("needs OpenSSH's /usr/sbin/sshd (apt-get install openssh-server)");

    m_env = std::make_unique<Environment>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(path(u"home/.ssh"_s)));
    qputenv("HOME", QFile::encodeName(path(u"home"_s)));
    qunsetenv("SSH_AUTH_SOCK");

    m_passphrase = randomToken(24).toLatin1();
    m_password = randomToken(24).toLatin1();

    const auto keygen = [this](const QString &name, const QByteArray &passphrase) {
        return runTool(u"ssh-keygen"_s,
                       {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString::fromLatin1(passphrase),
                        u"-C"_s, name, u"-f"_s, path(name)})
            .has_value();
    };
    QVERIFY(keygen(u"host_ed25519"_s, {}));
    QVERIFY(keygen(u"other_ed25519"_s, {}));
    QVERIFY(keygen(u"id_plain"_s, {}));
    QVERIFY(keygen(u"id_encrypted"_s, m_passphrase));
    const auto typeAndKey = [](const QByteArray &pub) {
        const QList<QByteArray> parts = pub.trimmed().split(' ');
        return parts.size() >= 2 ? parts.at(0) + ' ' + parts.at(1) : QByteArray();
    };
    m_hostPub = typeAndKey(fileBytes(path(u"host_ed25519.pub"_s)));
    m_otherPub = typeAndKey(fileBytes(path(u"other_ed25519.pub"_s)));
    QVERIFY(!m_hostPub.isEmpty() && !m_otherPub.isEmpty());
    m_hostFingerprint = sshKeygenFingerprint(path(u"host_ed25519.pub"_s));
    m_otherFingerprint = sshKeygenFingerprint(path(u"other_ed25519.pub"_s));
    QVERIFY(!m_hostFingerprint.isEmpty() && !m_otherFingerprint.isEmpty());
    QVERIFY(m_hostFingerprint != m_otherFingerprint);
    QVERIFY(writeFile(path(u"authorized_keys"_s),
                      fileBytes(path(u"id_plain.pub"_s)) + fileBytes(path(u"id_encrypted.pub"_s))));

    // The temporary user, for password and keyboard-interactive authentication.
    const QString user = u"plsshtest"_s + randomToken(6).toLower();
    QVERIFY(runTool(u"useradd"_s, {u"-m"_s, u"-s"_s, u"/bin/sh"_s, user}).has_value());
    m_env->m_user = user;
    m_user = user;
    QVERIFY(runTool(u"chpasswd"_s, {}, user.toLatin1() + ':' + m_password + '\n').has_value());

    if (!QFileInfo::exists(kPrivsepDir)) {
        QVERIFY(QDir().mkpath(kPrivsepDir));
        m_env->m_createdPrivsepDir = true;
    }

    m_port = freePort();
    m_passwordPort = freePort();
    QVERIFY(m_port > 0 && m_passwordPort > 0 && m_port != m_passwordPort);
    const QString config = u"Port %1\n"
                           "Port %2\n"
                           "ListenAddress 127.0.0.1\n"
                           "HostKey %3\n"
                           "PidFile none\n"
                           "StrictModes no\n"
                           "UsePAM yes\n"
                           "PermitRootLogin yes\n"
                           "PubkeyAuthentication yes\n"
                           "AuthorizedKeysFile %4\n"
                           "PasswordAuthentication yes\n"
                           "KbdInteractiveAuthentication yes\n"
                           "AllowTcpForwarding yes\n"
                           "AllowAgentForwarding no\n"
                           "X11Forwarding no\n"
                           "PrintMotd no\n"
                           "LogLevel VERBOSE\n"
                           "MaxAuthTries 20\n"
                           "Match LocalPort %2\n"
                           "  AuthenticationMethods password\n"_s.arg(m_port)
                               .arg(m_passwordPort)
                               .arg(path(u"host_ed25519"_s), path(u"authorized_keys"_s));
    QVERIFY(writeFile(path(u"sshd_config"_s), config.toUtf8()));
    QVERIFY(runTool(kSshd, {u"-t"_s, u"-f"_s, path(u"sshd_config"_s)}).has_value());

    // sshd's log stays in the temporary directory, where noSecretsWritten() checks it too.
    m_env->m_sshd.setStandardOutputFile(QProcess::nullDevice());
    m_env->m_sshd.setStandardErrorFile(path(u"sshd.log"_s));
    m_env->m_sshd.start(kSshd, {u"-D"_s, u"-e"_s, u"-f"_s, path(u"sshd_config"_s)});
    QVERIFY(m_env->m_sshd.waitForStarted(10000));

    // Ready when both ports answer with the SSH banner.
    for (const int port : {m_port, m_passwordPort}) {
        QElapsedTimer timer;
        timer.start();
        bool ready = false;
        while (!ready && timer.elapsed() < 10000) {
            QVERIFY2(m_env->m_sshd.state() == QProcess::Running,
                     fileBytes(path(u"sshd.log"_s)).right(2000).constData());
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_in addr{};
            addr.sin_family = AF_INET;
            addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            addr.sin_port = htons(quint16(port));
            if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
                char banner[8] = {};
                ready = ::recv(fd, banner, 4, MSG_WAITALL) == 4 && qstrncmp(banner, "SSH-", 4) == 0;
            }
            ::close(fd);
            if (!ready)
                QThread::msleep(50);
        }
        QVERIFY2(ready, (QByteArray("sshd did not answer on 127.0.0.1: ") +
                         fileBytes(path(u"sshd.log"_s)).right(2000))
                            .constData());
    }
}

void TestSshSession::cleanupTestCase()
{
    m_env.reset(); // sshd stopped, user removed
}

// --- host keys ---------------------------------------------------------------

void TestSshSession::strictKnownHost()
{
    const QString kh = knownHostsWith(
        u"[127.0.0.1]:%1 "_s.arg(m_port).toLatin1() + m_hostPub + '\n', u"kh_known"_s);
    TestHandler handler;
    auto session = connected(rootEndpoint({path(u"id_plain"_s)}),
                             options(kh, HostKeyPolicy::Strict), &handler);
    QVERIFY(session->isConnected());
    QVERIFY(handler.m_hostKeyFingerprints.isEmpty());
}

void TestSshSession::strictUnknownHost()
{
    const QString kh = knownHostsWith({}, u"kh_strict_empty"_s);
    TestHandler handler;
    SshSession session(rootEndpoint({path(u"id_plain"_s)}), options(kh, HostKeyPolicy::Strict),
                       &handler);
    session.connect();
    try {
        session.verifyHostKey();
        QFAIL("an unknown host key was accepted under strict");
    } catch (const SshError &e) {
        QCOMPARE(e.kind(), SshError::Kind::HostKey);
        QVERIFY2(e.message().contains(u"unknown host key"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(m_hostFingerprint), qPrintable(e.message()));
    }
    QVERIFY(handler.m_hostKeyFingerprints.isEmpty());
    QCOMPARE(fileBytes(kh), QByteArray());
}

void TestSshSession::acceptNewRecords()
{
    const QString kh = knownHostsWith({}, u"kh_accept_new"_s);
    TestHandler handler;
    connected(rootEndpoint({path(u"id_plain"_s)}), options(kh, HostKeyPolicy::AcceptNew), &handler);
    const QByteArray recorded = fileBytes(kh);
    QVERIFY2(recorded.contains(u"[127.0.0.1]:%1"_s.arg(m_port).toLatin1()), recorded.constData());
    QVERIFY2(recorded.contains(m_hostPub.split(' ').at(1)), recorded.constData());
    // Recorded means trusted: strict is satisfied now.
    auto second = connected(rootEndpoint({path(u"id_plain"_s)}), options(kh, HostKeyPolicy::Strict),
                            &handler);
    QVERIFY(second->isConnected());
    QCOMPARE(fileBytes(kh), recorded);
}

void TestSshSession::changedHostKey_data()
{
    QTest::addColumn<HostKeyPolicy>("policy");
    QTest::addColumn<bool>("accept");
    QTest::newRow("strict") << HostKeyPolicy::Strict << false;
    QTest::newRow("accept-new") << HostKeyPolicy::AcceptNew << false;
    QTest::newRow("ask (would accept)") << HostKeyPolicy::Ask << true;
}

void TestSshSession::changedHostKey()
{
    QFETCH(HostKeyPolicy, policy);
    QFETCH(bool, accept);
    const QByteArray content = u"[127.0.0.1]:%1 "_s.arg(m_port).toLatin1() + m_otherPub + '\n';
    const QString kh = knownHostsWith(content, u"kh_changed"_s);
    TestHandler handler;
    handler.m_acceptHostKey = accept;
    SshSession session(rootEndpoint({path(u"id_plain"_s)}), options(kh, policy), &handler);
    session.connect();
    try {
        session.verifyHostKey();
        QFAIL("a changed host key was accepted");
    } catch (const SshError &e) {
        QCOMPARE(e.kind(), SshError::Kind::HostKey);
        const QString m = e.message();
        QVERIFY2(m.contains(u"HOST KEY CHANGED"_s), qPrintable(m));
        QVERIFY2(m.contains(m_otherFingerprint), qPrintable(m)); // recorded
        QVERIFY2(m.contains(m_hostFingerprint), qPrintable(m));  // presented
        QCOMPARE(m.count(u"SHA256:"_s), 2);
    }
    QVERIFY(handler.m_hostKeyFingerprints.isEmpty()); // never asked about a changed key
    QCOMPARE(fileBytes(kh), content);
}

void TestSshSession::askPolicy_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("refuse") << false;
    QTest::newRow("accept") << true;
}

void TestSshSession::askPolicy()
{
    QFETCH(bool, accept);
    const QString kh = knownHostsWith({}, u"kh_ask"_s);
    TestHandler handler;
    handler.m_acceptHostKey = accept;
    SshSession session(rootEndpoint({path(u"id_plain"_s)}), options(kh, HostKeyPolicy::Ask),
                       &handler);
    session.connect();
    std::optional<SshError> error;
    try {
        session.verifyHostKey();
    } catch (const SshError &e) {
        error = e;
    }
    QCOMPARE(handler.m_hostKeyFingerprints.size(), 1);
    QVERIFY2(handler.m_hostKeyFingerprints.first().contains(m_hostFingerprint),
             qPrintable(handler.m_hostKeyFingerprints.first()));
    if (accept) {
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        QVERIFY(fileBytes(kh).contains(m_hostPub.split(' ').at(1)));
        session.authenticate();
        QCOMPARE(session.run(u"t"_s, u"echo ok"_s, 10s, 1024).output, "ok\n");
    } else {
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::HostKey);
        QVERIFY2(error->message().contains(u"unknown host key"_s), qPrintable(error->message()));
        QCOMPARE(fileBytes(kh), QByteArray());
    }
}

// --- authentication ----------------------------------------------------------

void TestSshSession::plainIdentity()
{
    TestHandler handler;
    auto session = connected(rootEndpoint({path(u"id_plain"_s)}),
                             options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    QCOMPARE(session->run(u"id"_s, u"id -un"_s, 10s, 1024).output, "root\n");
    QVERIFY(handler.m_passphraseFiles.isEmpty());
    QVERIFY(handler.m_passwordPrompts.isEmpty());
}

void TestSshSession::encryptedIdentity()
{
    TestHandler handler;
    handler.m_passphraseAnswer = m_passphrase;
    auto session = connected(rootEndpoint({path(u"id_encrypted"_s)}),
                             options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    QCOMPARE(session->run(u"id"_s, u"id -un"_s, 10s, 1024).output, "root\n");
    QCOMPARE(handler.m_passphraseFiles, QStringList{path(u"id_encrypted"_s)});
    QVERIFY(handler.m_passwordPrompts.isEmpty());
}

void TestSshSession::wrongPassphrase()
{
    TestHandler handler;
    handler.m_passphraseAnswer = QByteArray("not-the-passphrase");
    SshSession session(rootEndpoint({path(u"id_encrypted"_s)}),
                       options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    session.connect();
    session.verifyHostKey();
    try {
        session.authenticate();
        QFAIL("authenticated with a wrong passphrase");
    } catch (const SshError &e) {
        QCOMPARE(e.kind(), SshError::Kind::Authentication);
        QVERIFY2(e.message().contains(u"authentication failed"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(path(u"id_encrypted"_s)), qPrintable(e.message()));
    }
    QCOMPARE(handler.m_passphraseFiles.size(), 1);
}

void TestSshSession::keyboardInteractive()
{
    TestHandler handler;
    handler.m_passwordAnswer = m_password;
    SshEndpoint endpoint = rootEndpoint({});
    endpoint.user = m_user;
    auto session =
        connected(endpoint, options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    QCOMPARE(session->run(u"id"_s, u"id -un"_s, 10s, 1024).output, m_user.toLatin1() + '\n');
    QCOMPARE(handler.m_passwordPrompts.size(), 1);
    // PAM's own prompt, not the one SshSession writes for the password method.
    QVERIFY2(!handler.m_passwordPrompts.first().startsWith(u"Password for"_s),
             qPrintable(handler.m_passwordPrompts.first()));
}

void TestSshSession::passwordOnly()
{
    TestHandler handler;
    handler.m_passwordAnswer = m_password;
    SshEndpoint endpoint = rootEndpoint({});
    endpoint.user = m_user;
    endpoint.port = m_passwordPort;
    auto session =
        connected(endpoint, options(path(u"kh_password"_s), HostKeyPolicy::AcceptNew), &handler);
    QCOMPARE(session->run(u"id"_s, u"id -un"_s, 10s, 1024).output, m_user.toLatin1() + '\n');
    QCOMPARE(handler.m_passwordPrompts.size(), 1);
    QVERIFY2(handler.m_passwordPrompts.first().startsWith(u"Password for"_s),
             qPrintable(handler.m_passwordPrompts.first()));
}

void TestSshSession::noAnswerFails()
{
    TestHandler handler; // answers nothing
    SshEndpoint endpoint = rootEndpoint({});
    endpoint.user = m_user;
    SshSession session(endpoint, options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew),
                       &handler);
    session.connect();
    session.verifyHostKey();
    try {
        session.authenticate();
        QFAIL("authenticated without answers");
    } catch (const SshError &e) {
        QCOMPARE(e.kind(), SshError::Kind::Authentication);
        const QString m = e.message();
        QVERIFY2(m.contains(u"authentication failed"_s), qPrintable(m));
        QVERIFY2(m.contains(u"keyboard-interactive"_s), qPrintable(m));
        QVERIFY2(m.contains(u"password"_s), qPrintable(m));
    }
    QVERIFY(!handler.m_passwordPrompts.isEmpty());
}

// --- run() -------------------------------------------------------------------

void TestSshSession::runCapturesOutput()
{
    TestHandler handler;
    auto session = connected(rootEndpoint({path(u"id_plain"_s)}),
                             options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    const CommandEvidence ev =
        session->run(u"mixed"_s, u"echo hello; echo oops >&2; exit 3"_s, 10s, 1 << 20);
    QCOMPARE(ev.id, u"mixed"_s);
    QCOMPARE(ev.output, "hello\n");
    QCOMPARE(ev.errorOutput, "oops\n");
    QCOMPARE(ev.exitCode, 3);
    QVERIFY(!ev.truncated);
    QVERIFY(!ev.timedOut);
    // The session stays usable.
    QCOMPARE(session->run(u"again"_s, u"echo again"_s, 10s, 1024).exitCode, 0);
}

void TestSshSession::runTruncates()
{
    TestHandler handler;
    auto session = connected(rootEndpoint({path(u"id_plain"_s)}),
                             options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    constexpr qint64 cap = 1 << 20;
    const CommandEvidence ev = session->run(u"big"_s, u"head -c 3145728 /dev/zero"_s, 30s, cap);
    QVERIFY(ev.truncated);
    QVERIFY(!ev.timedOut);
    QVERIFY(ev.output.size() + ev.errorOutput.size() <= cap);
    QVERIFY(ev.output.size() > 0);
    QCOMPARE(session->run(u"after"_s, u"echo after"_s, 10s, 1024).output, "after\n");
}

void TestSshSession::runTimesOut()
{
    TestHandler handler;
    auto session = connected(rootEndpoint({path(u"id_plain"_s)}),
                             options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler);
    QElapsedTimer timer;
    timer.start();
    const CommandEvidence ev = session->run(u"slow"_s, u"sleep 5"_s, 300ms, 1024);
    QVERIFY(ev.timedOut);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestSshSession::runCancelled()
{
    TestHandler handler;
    std::atomic_bool cancel{false};
    auto session =
        connected(rootEndpoint({path(u"id_plain"_s)}),
                  options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew), &handler, &cancel);
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(200ms);
        cancel = true;
    });
    std::optional<SshError> error;
    try {
        session->run(u"slow"_s, u"sleep 5"_s, 30s, 1024);
    } catch (const SshError &e) {
        error = e;
    }
    const qint64 elapsed = timer.elapsed();
    canceller.join();
    QVERIFY2(error, "run() was not cancelled");
    QCOMPARE(error->kind(), SshError::Kind::Cancelled);
    QVERIFY2(elapsed < 1200, qPrintable(QString::number(elapsed)));
}

// --- connect() ---------------------------------------------------------------

void TestSshSession::connectRefused()
{
    TestHandler handler;
    SshEndpoint endpoint = rootEndpoint({path(u"id_plain"_s)});
    endpoint.port = freePort();
    SshSession session(endpoint, options(path(u"kh_accept_new"_s), HostKeyPolicy::Strict),
                       &handler);
    try {
        session.connect();
        QFAIL("connected to a closed port");
    } catch (const SshError &e) {
        QCOMPARE(e.kind(), SshError::Kind::Connect);
        QVERIFY2(e.message().contains(u"127.0.0.1"_s), qPrintable(e.message()));
    }
}

void TestSshSession::connectTimesOut()
{
    // Accepts TCP connections (the kernel completes the handshake) but never
    // sends an SSH banner.
    const LoopbackSocket silent(true);
    QVERIFY(silent.port > 0);
    TestHandler handler;
    SshEndpoint endpoint = rootEndpoint({path(u"id_plain"_s)});
    endpoint.port = silent.port;
    SshOptions o = options(path(u"kh_accept_new"_s), HostKeyPolicy::Strict);
    o.connectTimeout = 1500ms;
    SshSession session(endpoint, o, &handler);
    QElapsedTimer timer;
    timer.start();
    try {
        session.connect();
        QFAIL("connected to a server that never speaks");
    } catch (const SshError &e) {
        QCOMPARE(e.kind(), SshError::Kind::Timeout);
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 1400 && elapsed < 4000, qPrintable(QString::number(elapsed)));
}

// --- jump --------------------------------------------------------------------

void TestSshSession::jumpToSelf()
{
    TestHandler handler;
    const SshOptions o = options(path(u"kh_accept_new"_s), HostKeyPolicy::AcceptNew);
    auto bastion = connected(rootEndpoint({path(u"id_plain"_s)}), o, &handler);
    JumpTunnel tunnel(std::move(bastion), u"127.0.0.1"_s, m_port);
    {
        SshSession inner(rootEndpoint({path(u"id_plain"_s)}), o, &handler);
        inner.connect(tunnel.takeInnerSocket());
        inner.verifyHostKey();
        inner.authenticate();
        const CommandEvidence ev = inner.run(u"jump"_s, u"echo through; exit 4"_s, 10s, 1024);
        QCOMPARE(ev.output, "through\n");
        QCOMPARE(ev.exitCode, 4);
        QVERIFY(!ev.timedOut);
    } // the inner session first, then the tunnel
}

// --- secrets -----------------------------------------------------------------

void TestSshSession::noSecretsWritten()
{
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = fileBytes(file);
        ++files;
        QVERIFY2(!bytes.contains(m_passphrase), qPrintable(file));
        QVERIFY2(!bytes.contains(m_password), qPrintable(file));
    }
    QVERIFY(files >= 9);
    QVERIFY(fileBytes(path(u"sshd.log"_s)).contains(m_user.toLatin1())); // it did log
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
