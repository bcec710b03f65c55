#include "sshsession.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstring>
#include <mutex>
#include <utility>
#include <vector>

namespace portolan {
namespace {

using namespace std::chrono_literals;

// ssh_session_update_known_hosts appends to a shared file: serialise writers.
std::mutex g_knownHostsMutex;

QByteArray local8(const QString &s)
{
    return QFile::encodeName(s);
}

struct CStringDeleter
{
    void operator()(char *p) const { ssh_string_free_char(p); }
};
using CString = std::unique_ptr<char, CStringDeleter>;

struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;

struct ChannelCloser
{
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
using Channel = std::unique_ptr<ssh_channel_struct, ChannelCloser>;

// Passes a passphrase from the InteractionHandler to libssh without keeping it.
struct PassphraseContext
{
    InteractionHandler *handler = nullptr;
    QString node;
    QString identity;
    bool asked = false;
    bool declined = false;
};

int passphraseCallback(const char *, char *buf, size_t len, int echo, int verify, void *userdata);

} // namespace

// Lives as long as the session: libssh keeps a pointer to the callbacks.
struct PassphraseContextHolder
{
    PassphraseContext context;
    ssh_callbacks_struct callbacks{};
};

namespace {

int passphraseCallback(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *ctx = static_cast<PassphraseContext *>(userdata);
    if (!ctx || !ctx->handler || ctx->asked)
        return -1; // ask once per key: a wrong answer fails the key, not a loop
    ctx->asked = true;
    std::optional<Secret> secret = ctx->handler->passphrase(ctx->node, ctx->identity);
    if (!secret || size_t(secret->bytes().size()) + 1 > len) {
        ctx->declined = true;
        return -1;
    }
    std::memcpy(buf, secret->bytes().constData(), size_t(secret->bytes().size()));
    buf[secret->bytes().size()] = '\0';
    return 0;
}

// The keys `file` records for `hostPort` ("host", or "[host]:port" off port 22).
// libssh hands out a known_hosts entry only when it matches the server's key, so
// for a changed key the recorded ones are read here, with libssh's own matching.
std::vector<Key> recordedHostKeys(const QString &file, const QByteArray &hostPort)
{
    std::vector<Key> keys;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return keys;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(hostPort.constData(), line.constData(), &entry) == SSH_OK &&
            entry && entry->publickey) {
            keys.emplace_back(std::exchange(entry->publickey, nullptr));
        }
        ssh_knownhosts_entry_free(entry);
    }
    return keys;
}

} // namespace

SshError::SshError(Kind kind, QString message)
    : Error(std::move(message))
    , m_kind(kind)
{}

SshSession::SshSession(SshEndpoint endpoint, SshOptions options, InteractionHandler *handler,
                       const std::atomic_bool *cancel)
    : m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
    , m_handler(handler)
    , m_cancel(cancel)
    , m_session(ssh_new())
{
    if (!m_session)
        throw SshError(SshError::Kind::Connect, tr("%1: cannot create an SSH session (out of "
                                                   "memory)")
                                                    .arg(m_endpoint.label));
}

SshSession::~SshSession()
{
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
}

void SshSession::throwIfCancelled() const
{
    if (m_cancel && m_cancel->load())
        throw SshError(SshError::Kind::Cancelled, tr("%1: cancelled").arg(m_endpoint.label));
}

QString SshSession::libsshError() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

bool SshSession::isConnected() const
{
    return ssh_is_connected(m_session);
}

QString SshSession::target() const
{
    char *host = nullptr;
    char *user = nullptr;
    unsigned int port = 22;
    ssh_options_get(m_session, SSH_OPTIONS_HOST, &host);
    ssh_options_get(m_session, SSH_OPTIONS_USER, &user);
    ssh_options_get_port(m_session, &port);
    const CString hostGuard(host);
    const CString userGuard(user);
    QString h = host ? QString::fromUtf8(host) : m_endpoint.host;
    if (h.contains(u':'))
        h = u'[' + h + u']';
    const QString u = user ? QString::fromUtf8(user) : m_endpoint.user;
    return (u.isEmpty() ? QString() : u + u'@') + h + u':' + QString::number(port);
}

void SshSession::connect(int socketFd)
{
    throwIfCancelled();
    const QByteArray host = local8(m_endpoint.host);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    // $HOME, not the passwd entry, locates ~/.ssh (default keys, config), as in ssh.
    const QByteArray sshDir = local8(QDir::homePath() + QStringLiteral("/.ssh"));
    ssh_options_set(m_session, SSH_OPTIONS_SSH_DIR, sshDir.constData());
    bool processConfig = false; // parsed explicitly below, so inventory values win
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (m_options.readSshConfig) {
        // An explicit path: libssh's own "~" is the passwd home, not $HOME.
        const QString configPath = m_options.configFile.isEmpty()
                                       ? QDir::homePath() + QStringLiteral("/.ssh/config")
                                       : m_options.configFile;
        if (QFileInfo::exists(configPath) &&
            ssh_options_parse_config(m_session, local8(configPath).constData()) != SSH_OK)
            throw SshError(SshError::Kind::Connect,
                           tr("%1: cannot read SSH config %2: %3")
                               .arg(m_endpoint.label, configPath, libsshError()));
    }
    if (m_endpoint.port > 0) {
        unsigned int port = unsigned(m_endpoint.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_endpoint.user.isEmpty()) {
        const QByteArray user = m_endpoint.user.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    }
    if (!m_options.knownHostsFile.isEmpty()) {
        const QByteArray kh = local8(m_options.knownHostsFile);
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
    }
    long timeoutSeconds = std::max<long>(1, long((m_options.connectTimeout.count() + 999) / 1000));
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    if (socketFd >= 0) {
        socket_t fd = socketFd;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    }

    // Non-blocking connect, so a cancel or the connect timeout ends it promptly.
    ssh_set_blocking(m_session, 0);
    QElapsedTimer timer;
    timer.start();
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(m_session)) == SSH_AGAIN) {
        if (m_cancel && m_cancel->load()) {
            ssh_set_blocking(m_session, 1);
            throwIfCancelled();
        }
        if (timer.elapsed() > m_options.connectTimeout.count()) {
            ssh_set_blocking(m_session, 1);
            throw SshError(SshError::Kind::Timeout,
                           tr("%1: connection to %2 timed out after %3 s")
                               .arg(m_endpoint.label, target())
                               .arg(m_options.connectTimeout.count() / 1000.0));
        }
        QThread::msleep(5);
    }
    ssh_set_blocking(m_session, 1);
    if (rc != SSH_OK)
        throw SshError(
            SshError::Kind::Connect,
            tr("%1: cannot connect to %2: %3").arg(m_endpoint.label, target(), libsshError()));
}

QString SshSession::fingerprint(void *keyPtr) const
{
    auto key = static_cast<ssh_key>(keyPtr);
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0)
        return tr("(unknown)");
    const CString text(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length));
    ssh_clean_pubkey_hash(&hash);
    const QString type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    return type + u' ' + QString::fromLatin1(text.get());
}

void SshSession::verifyHostKey()
{
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(m_session, &raw) != SSH_OK)
        throw SshError(
            SshError::Kind::HostKey,
            tr("%1: the server sent no host key: %2").arg(m_endpoint.label, libsshError()));
    const Key serverKey(raw);
    const QString presented = fingerprint(serverKey.get());
    const QString knownHosts = m_options.knownHostsFile.isEmpty()
                                   ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                   : m_options.knownHostsFile;

    const ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        char *host = nullptr;
        ssh_options_get(m_session, SSH_OPTIONS_HOST, &host);
        const CString hostGuard(host);
        unsigned int port = 22;
        ssh_options_get_port(m_session, &port);
        QByteArray hostPort = QByteArray(host ? host : "").toLower();
        if (port != 0 && port != 22)
            hostPort = '[' + hostPort + "]:" + QByteArray::number(port);
        QStringList fingerprints;
        for (const Key &key : recordedHostKeys(knownHosts, hostPort))
            fingerprints << fingerprint(key.get());
        fingerprints.removeDuplicates();
        const QString recorded =
            fingerprints.isEmpty() ? tr("(unreadable)") : fingerprints.join(u", ");
        throw SshError(SshError::Kind::HostKey,
                       tr("%1: HOST KEY CHANGED for %2 — refusing to connect. %3 records %4, "
                          "the server presented %5. This can be a man-in-the-middle attack; "
                          "if the host was really re-installed, remove the old entry first.")
                           .arg(m_endpoint.label, target(), knownHosts, recorded, presented));
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: {
        bool accept = m_options.hostKeyPolicy == HostKeyPolicy::AcceptNew;
        if (m_options.hostKeyPolicy == HostKeyPolicy::Ask && m_handler)
            accept = m_handler->acceptUnknownHostKey(m_endpoint.label, target(), presented);
        if (!accept)
            throw SshError(SshError::Kind::HostKey,
                           tr("%1: unknown host key for %2 (%3), not in %4; refused under "
                              "host-key policy %5")
                               .arg(m_endpoint.label, target(), presented, knownHosts,
                                    toString(m_options.hostKeyPolicy)));
        const std::lock_guard lock(g_knownHostsMutex);
        QDir().mkpath(QFileInfo(knownHosts).absolutePath());
        if (ssh_session_update_known_hosts(m_session) != SSH_OK)
            throw SshError(SshError::Kind::HostKey,
                           tr("%1: cannot record the host key in %2: %3")
                               .arg(m_endpoint.label, knownHosts, libsshError()));
        return;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    throw SshError(SshError::Kind::HostKey, tr("%1: cannot check the host key against %2: %3")
                                                .arg(m_endpoint.label, knownHosts, libsshError()));
}

bool SshSession::tryPublicKey(QStringList &tried)
{
    if (m_options.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        tried << tr("ssh-agent");
        if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS)
            return true;
    }
    if (m_endpoint.identityFiles.isEmpty()) {
        // No identity in the inventory: libssh's own list, i.e. the ssh config's
        // IdentityFile entries, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa.
        tried << tr("IdentityFile of the SSH config and the default keys");
        m_passphraseContext = std::make_unique<PassphraseContextHolder>();
        m_passphraseContext->context = {m_handler, m_endpoint.label, tr("a default key"), false,
                                        false};
        ssh_callbacks_init(&m_passphraseContext->callbacks);
        m_passphraseContext->callbacks.userdata = &m_passphraseContext->context;
        m_passphraseContext->callbacks.auth_function = passphraseCallback;
        ssh_set_callbacks(m_session, &m_passphraseContext->callbacks);
        return ssh_userauth_publickey_auto(m_session, nullptr, nullptr) == SSH_AUTH_SUCCESS;
    }
    for (const QString &file : std::as_const(m_endpoint.identityFiles)) {
        throwIfCancelled();
        if (!QFileInfo::exists(file)) {
            tried << tr("%1 (missing)").arg(file);
            continue;
        }
        tried << file;
        // Offer the public half first so an encrypted key only asks when it would help.
        ssh_key pub = nullptr;
        if (ssh_pki_import_pubkey_file(local8(file + QStringLiteral(".pub")).constData(), &pub) ==
            SSH_OK) {
            const Key pubGuard(pub);
            if (ssh_userauth_try_publickey(m_session, nullptr, pub) != SSH_AUTH_SUCCESS)
                continue;
        }
        PassphraseContext ctx{m_handler, m_endpoint.label, file};
        ssh_key priv = nullptr;
        if (ssh_pki_import_privkey_file(local8(file).constData(), nullptr, passphraseCallback, &ctx,
                                        &priv) != SSH_OK)
            continue;
        const Key privGuard(priv);
        if (ssh_userauth_publickey(m_session, nullptr, priv) == SSH_AUTH_SUCCESS)
            return true;
    }
    return false;
}

bool SshSession::tryKeyboardInteractive(QStringList &tried)
{
    if (!m_handler)
        return false;
    tried << tr("keyboard-interactive");
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt =
                QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo));
            std::optional<Secret> answer = m_handler->password(m_endpoint.label, prompt, echo);
            if (!answer)
                return false;
            QByteArray zeroTerminated = answer->bytes();
            zeroTerminated.append('\0');
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), zeroTerminated.constData());
            Secret(std::move(zeroTerminated)).wipe();
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc == SSH_AUTH_SUCCESS;
}

bool SshSession::tryPassword(QStringList &tried)
{
    if (!m_handler)
        return false;
    tried << tr("password");
    std::optional<Secret> password =
        m_handler->password(m_endpoint.label, tr("Password for %1:").arg(target()), false);
    if (!password)
        return false;
    QByteArray zeroTerminated = password->bytes();
    zeroTerminated.append('\0');
    const int rc = ssh_userauth_password(m_session, nullptr, zeroTerminated.constData());
    Secret(std::move(zeroTerminated)).wipe();
    return rc == SSH_AUTH_SUCCESS;
}

void SshSession::authenticate()
{
    throwIfCancelled();
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return;
    if (rc == SSH_AUTH_ERROR)
        throw SshError(SshError::Kind::Authentication,
                       tr("%1: authentication error: %2").arg(m_endpoint.label, libsshError()));
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;
    if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && tryPublicKey(tried))
        return;
    throwIfCancelled();
    if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && tryKeyboardInteractive(tried))
        return;
    throwIfCancelled();
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && tryPassword(tried))
        return;
    throw SshError(SshError::Kind::Authentication,
                   tr("%1: authentication failed for %2 (tried: %3)")
                       .arg(m_endpoint.label, target(),
                            tried.isEmpty() ? tr("no usable method") : tried.join(u", ")));
}

CommandEvidence SshSession::run(const QString &id, const QString &command,
                                std::chrono::milliseconds timeout, qint64 outputCap)
{
    throwIfCancelled();
    CommandEvidence ev;
    ev.id = id;
    ev.command = command;
    QElapsedTimer timer;
    timer.start();

    Channel channel(ssh_channel_new(m_session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        throw SshError(SshError::Kind::Command,
                       tr("%1: cannot open a channel: %2").arg(m_endpoint.label, libsshError()));
    const QByteArray line = command.toUtf8();
    if (ssh_channel_request_exec(channel.get(), line.constData()) != SSH_OK)
        throw SshError(SshError::Kind::Command,
                       tr("%1: cannot run %2: %3").arg(m_endpoint.label, id, libsshError()));

    char buffer[64 * 1024];
    bool capped = false;
    for (;;) {
        bool readAny = false;
        for (int isStderr : {0, 1}) {
            const int n =
                ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                throw SshError(SshError::Kind::Connect,
                               tr("%1: connection lost while running %2: %3")
                                   .arg(m_endpoint.label, id, libsshError()));
            if (n <= 0)
                continue;
            readAny = true;
            QByteArray &out = isStderr ? ev.errorOutput : ev.output;
            const qint64 room = outputCap - ev.output.size() - ev.errorOutput.size();
            out.append(buffer, qsizetype(std::min<qint64>(n, std::max<qint64>(room, 0))));
            if (n > room)
                capped = true;
        }
        if (capped) {
            ev.truncated = true;
            break;
        }
        if (readAny)
            continue;
        if (ssh_channel_is_eof(channel.get()) || !ssh_channel_is_open(channel.get()))
            break;
        if (m_cancel && m_cancel->load())
            throwIfCancelled();
        if (timer.elapsed() > timeout.count()) {
            ev.timedOut = true;
            break;
        }
        ssh_channel_poll_timeout(channel.get(), 50, 0);
    }
    if (!ev.truncated && !ev.timedOut) {
        ssh_channel_send_eof(channel.get());
        ev.exitCode = ssh_channel_get_exit_status(channel.get());
    }
    ev.durationMs = timer.elapsed();
    return ev;
}

ssh_channel_struct *SshSession::openForward(const QString &host, int port)
{
    Channel channel(ssh_channel_new(m_session));
    const QByteArray h = host.toUtf8();
    if (!channel ||
        ssh_channel_open_forward(channel.get(), h.constData(), port, "127.0.0.1", 0) != SSH_OK)
        throw SshError(SshError::Kind::Connect, tr("%1: the jump host cannot reach %2:%3: %4")
                                                    .arg(m_endpoint.label, host)
                                                    .arg(port)
                                                    .arg(libsshError()));
    return channel.release();
}

} // namespace portolan
