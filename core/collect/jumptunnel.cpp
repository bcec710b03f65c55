#include "jumptunnel.h"

#include "collect/sshsession.h"

#include <libssh/libssh.h>

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace portolan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portolan::JumpTunnel)
};

// Writes all of `data` to a blocking socket; false when the peer is gone.
bool writeAll(int fd, const char *data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

JumpTunnel::JumpTunnel(std::unique_ptr<SshSession> bastion, const QString &host, int port)
    : m_bastion(std::move(bastion))
{
    m_channel = m_bastion->openForward(host, port);
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        ssh_channel_free(m_channel);
        throw SshError(SshError::Kind::Connect,
                       Tr::tr("cannot create a local socket pair for the jump host: %1")
                           .arg(QString::fromLocal8Bit(strerror(errno))));
    }
    m_outerFd = fds[0];
    m_innerFd = fds[1];
    m_thread = std::thread([this] { pump(); });
}

JumpTunnel::~JumpTunnel()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    if (m_outerFd >= 0)
        ::close(m_outerFd);
    if (m_innerFd >= 0)
        ::close(m_innerFd);
}

int JumpTunnel::takeInnerSocket()
{
    return std::exchange(m_innerFd, -1);
}

void JumpTunnel::pump()
{
    char buffer[32 * 1024];
    while (!m_stop) {
        bool moved = false;
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            moved = true;
            if (!writeAll(m_outerFd, buffer, n))
                break;
        } else if (n == SSH_ERROR || (n == SSH_EOF) || ssh_channel_is_eof(m_channel)) {
            break;
        }
        pollfd pfd{m_outerFd, POLLIN, 0};
        if (::poll(&pfd, 1, moved ? 0 : 5) > 0) {
            if (pfd.revents & (POLLERR | POLLNVAL))
                break;
            const ssize_t r = ::recv(m_outerFd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (r == 0)
                break; // the inner session closed its socket
            if (r > 0) {
                for (ssize_t off = 0; off < r;) {
                    const int w = ssh_channel_write(m_channel, buffer + off, uint32_t(r - off));
                    if (w <= 0)
                        return;
                    off += w;
                }
            }
        }
    }
    ::shutdown(m_outerFd, SHUT_RDWR); // the inner session sees EOF instead of hanging
}

} // namespace portolan
