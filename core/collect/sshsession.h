#pragma once
// One SSH connection to one host (libssh), used from a single thread.
// Order: connect() -> verifyHostKey() -> authenticate() -> run()...
// Every failure throws SshError whose message names the host and the cause;
// a changed host key is always refused and the message shows both SHA256
// fingerprints. Secrets asked through the InteractionHandler are wiped after use.

#include "collect/interaction.h"
#include "model/evidence.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace portolan {

struct PassphraseContextHolder;

struct SshEndpoint
{
    QString label; // node name, for messages and prompts
    QString host;  // hostname or IP literal (validated by the inventory)
    int port = 0;  // 0: from ssh config, else 22
    QString user;  // empty: from ssh config, else the local user
    QStringList identityFiles;
};

struct SshOptions
{
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Strict;
    std::chrono::milliseconds connectTimeout{10000};
    QString configFile;        // empty: ~/.ssh/config
    bool readSshConfig = true; // honour HostName, User, Port, IdentityFile
    bool useAgent = true;      // try ssh-agent (SSH_AUTH_SOCK) first
};

class SshError : public Error
{
public:
    enum class Kind { Connect, HostKey, Authentication, Command, Timeout, Cancelled };
    SshError(Kind kind, QString message);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(portolan::SshSession)
public:
    SshSession(SshEndpoint endpoint, SshOptions options, InteractionHandler *handler,
               const std::atomic_bool *cancel = nullptr);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects over TCP, or over `socketFd` (an already connected stream,
    // e.g. a jump tunnel; the session then owns and closes it).
    void connect(int socketFd = -1);
    void verifyHostKey();
    void authenticate();

    // Runs one shell command line. Output beyond `outputCap` bytes is dropped
    // and flagged `truncated`; a command running past `timeout` is abandoned and
    // flagged `timedOut`. Throws only when the connection itself fails or the
    // collection is cancelled.
    CommandEvidence run(const QString &id, const QString &command,
                        std::chrono::milliseconds timeout, qint64 outputCap);

    // A direct-tcpip channel to host:port through this (bastion) session.
    ssh_channel_struct *openForward(const QString &host, int port);

    bool isConnected() const;
    // user@host:port as actually used, after ssh config was applied.
    QString target() const;
    ssh_session_struct *handle() const { return m_session; }

private:
    void throwIfCancelled() const;
    QString libsshError() const;
    QString fingerprint(void *key) const;
    bool tryPublicKey(QStringList &tried);
    bool tryKeyboardInteractive(QStringList &tried);
    bool tryPassword(QStringList &tried);

    SshEndpoint m_endpoint;
    SshOptions m_options;
    InteractionHandler *m_handler = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    ssh_session_struct *m_session = nullptr;
    std::unique_ptr<PassphraseContextHolder> m_passphraseContext;
};

} // namespace portolan
