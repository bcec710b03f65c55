#pragma once
// Carries one SSH connection through a bastion: a direct-tcpip channel on the
// bastion's session, pumped by a thread into one end of a socketpair whose
// other end becomes the inner session's socket. libssh 0.10 has no ProxyJump,
// so this is how `jump` works. The tunnel owns the bastion session; destroy the
// inner session first, then the tunnel.

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

struct ssh_channel_struct;

namespace portolan {

class SshSession;

class JumpTunnel
{
public:
    // `bastion` must be connected, verified and authenticated. Throws SshError.
    JumpTunnel(std::unique_ptr<SshSession> bastion, const QString &host, int port);
    ~JumpTunnel();
    JumpTunnel(const JumpTunnel &) = delete;
    JumpTunnel &operator=(const JumpTunnel &) = delete;

    // The inner session's end; hand it to SshSession::connect(), which owns it then.
    int takeInnerSocket();

private:
    void pump();

    std::unique_ptr<SshSession> m_bastion;
    ssh_channel_struct *m_channel = nullptr;
    int m_outerFd = -1;
    int m_innerFd = -1;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace portolan
