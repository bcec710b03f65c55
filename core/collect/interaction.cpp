#include "interaction.h"

#include <utility>

namespace portolan {

QString toString(HostKeyPolicy policy)
{
    switch (policy) {
    case HostKeyPolicy::Strict:
        return QStringLiteral("strict");
    case HostKeyPolicy::AcceptNew:
        return QStringLiteral("accept-new");
    case HostKeyPolicy::Ask:
        return QStringLiteral("ask");
    }
    return {};
}

std::optional<HostKeyPolicy> hostKeyPolicyFromString(QStringView text)
{
    for (HostKeyPolicy p : {HostKeyPolicy::Strict, HostKeyPolicy::AcceptNew, HostKeyPolicy::Ask}) {
        if (toString(p) == text)
            return p;
    }
    return std::nullopt;
}

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

void Secret::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        m_bytes.detach(); // never scribble over a buffer someone else shares
    volatile char *p = m_bytes.data();
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        p[i] = 0;
    m_bytes.clear();
}

InteractionHandler::~InteractionHandler() = default;

std::optional<Secret> NonInteractiveHandler::passphrase(const QString &, const QString &)
{
    return std::nullopt;
}

std::optional<Secret> NonInteractiveHandler::password(const QString &, const QString &, bool)
{
    return std::nullopt;
}

bool NonInteractiveHandler::acceptUnknownHostKey(const QString &, const QString &, const QString &)
{
    return false;
}

} // namespace portolan
