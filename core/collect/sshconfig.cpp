#include "sshconfig.h"

#include <libssh/libssh.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace portolan {
std::optional<ProxyJumpSpec> parseProxyJumpCommand(QStringView command)
{
    const QStringList words = command.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 4 || words.first() != u"ssh")
        return std::nullopt;
    ProxyJumpSpec spec;
    bool forwarding = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if ((w == u"-l" || w == u"-p" || w == u"-W") && i + 1 < words.size()) {
            const QString &value = words.at(++i);
            if (w == u"-l") {
                spec.user = value;
            } else if (w == u"-p") {
                bool ok = false;
                spec.port = value.toInt(&ok);
                if (!ok || spec.port < 1 || spec.port > 65535)
                    return std::nullopt;
            } else {
                forwarding = value.contains(u"%h") && value.contains(u"%p");
            }
        } else if (w.startsWith(u'-')) {
            return std::nullopt; // some other ProxyCommand: not libssh's ProxyJump rewrite
        } else if (spec.host.isEmpty() && i == words.size() - 1) {
            spec.host = w;
        } else {
            return std::nullopt;
        }
    }
    if (!forwarding || spec.host.isEmpty())
        return std::nullopt;
    return spec;
}

ResolvedHost resolveHost(const QString &host, const QString &configFile)
{
    ResolvedHost resolved;
    resolved.hostName = host;
    const QString path =
        configFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/config") : configFile;
    if (!QFileInfo::exists(path))
        return resolved;
    ssh_session session = ssh_new();
    if (!session)
        return resolved;
    bool processConfig = false;
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    const QByteArray hostBytes = host.toUtf8();
    ssh_options_set(session, SSH_OPTIONS_HOST, hostBytes.constData());
    const QByteArray file = QFile::encodeName(path);
    if (ssh_options_parse_config(session, file.constData()) == SSH_OK) {
        char *value = nullptr;
        if (ssh_options_get(session, SSH_OPTIONS_HOST, &value) == SSH_OK && value) {
            resolved.hostName = QString::fromUtf8(value);
            ssh_string_free_char(value);
        }
        value = nullptr;
        unsigned int port = 0;
        if (ssh_options_get_port(session, &port) == SSH_OK && port != 22)
            resolved.port = int(port);
        if (ssh_options_get(session, SSH_OPTIONS_PROXYCOMMAND, &value) == SSH_OK && value) {
            resolved.proxyJump = parseProxyJumpCommand(QString::fromUtf8(value));
            ssh_string_free_char(value);
        }
    }
    ssh_free(session);
    return resolved;
}

} // namespace portolan
