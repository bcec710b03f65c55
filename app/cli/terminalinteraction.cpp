#include "terminalinteraction.h"

#include "clicommand.h"

#include <QByteArray>
#include <QFile>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace portolan::cli {

std::optional<Secret> TerminalInteraction::ask(const QString &prompt, bool echo)
{
    const std::lock_guard lock(m_mutex);
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const QByteArray text = prompt.toUtf8() + ' ';
    if (::write(fd, text.constData(), size_t(text.size())) < 0) {
        ::close(fd);
        return std::nullopt;
    }
    termios saved{};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray answer;
    char c = 0;
    bool gotLine = false;
    while (::read(fd, &c, 1) == 1) {
        if (c == '\n') {
            gotLine = true;
            break;
        }
        answer.append(c);
    }
    if (isTty && !echo) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        [[maybe_unused]] const auto n = ::write(fd, "\n", 1);
    }
    ::close(fd);
    Secret secret(std::move(answer));
    if (!gotLine)
        return std::nullopt; // end of input: the user gave up
    return secret;
}

std::optional<Secret> TerminalInteraction::passphrase(const QString &node,
                                                      const QString &identityFile)
{
    return ask(CliTr::tr("[%1] Passphrase for %2:").arg(node, identityFile), false);
}

std::optional<Secret> TerminalInteraction::password(const QString &node, const QString &prompt,
                                                    bool echo)
{
    return ask(CliTr::tr("[%1] %2").arg(node, prompt.trimmed()), echo);
}

bool TerminalInteraction::acceptUnknownHostKey(const QString &, const QString &, const QString &)
{
    return false;
}

} // namespace portolan::cli
