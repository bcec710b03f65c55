#pragma once
// A process seen on a node. Only RAY_* environment variables are ever kept, and
// secret values (RAY_AUTH_TOKEN, RAY_REDIS_PASSWORD, ...) are replaced by
// kRedacted before they reach the model: a snapshot never holds a secret.

#include <QMap>
#include <QString>

namespace portolan {

inline constexpr QStringView kRedacted = u"<redacted>";

struct Process
{
    qint64 pid = 0;
    qint64 ppid = 0;
    QString user;
    QString comm;                       // kernel name (15 characters at most)
    QString command;                    // full command line, arguments separated by spaces
    QMap<QString, QString> environment; // RAY_* only, secrets redacted

    bool operator==(const Process &) const = default;
};

} // namespace portolan
