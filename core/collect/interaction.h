#pragma once
// How collection asks the user for things it must never store: passphrases,
// passwords, and whether to trust an unknown host key. The CLI answers on the
// terminal, the GUI with dialogs, tests with fixed answers. Methods are called
// from collection worker threads: implementations must be thread-safe.

#include <QByteArray>
#include <QString>

#include <optional>

namespace portolan {

enum class HostKeyPolicy {
    Strict,    // unknown keys are refused
    AcceptNew, // unknown keys are recorded in known_hosts
    Ask,       // unknown keys go to InteractionHandler::acceptUnknownHostKey
};
QString toString(HostKeyPolicy policy);
std::optional<HostKeyPolicy> hostKeyPolicyFromString(QStringView text);

// A secret that wipes its bytes when it goes out of scope. Never log it.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    const QByteArray &bytes() const { return m_bytes; }
    void wipe();

private:
    QByteArray m_bytes;
};

class InteractionHandler
{
public:
    virtual ~InteractionHandler();
    // Passphrase for an encrypted identity file; nullopt skips that file.
    virtual std::optional<Secret> passphrase(const QString &node, const QString &identityFile) = 0;
    // Answer to a password or keyboard-interactive prompt; nullopt gives up.
    virtual std::optional<Secret> password(const QString &node, const QString &prompt,
                                           bool echo) = 0;
    // Only under HostKeyPolicy::Ask: trust (and record) this unknown key?
    virtual bool acceptUnknownHostKey(const QString &node, const QString &host,
                                      const QString &fingerprint) = 0;
};

// Answers nothing: no passphrases, no passwords, refuses unknown keys.
class NonInteractiveHandler final : public InteractionHandler
{
public:
    std::optional<Secret> passphrase(const QString &node, const QString &identityFile) override;
    std::optional<Secret> password(const QString &node, const QString &prompt, bool echo) override;
    bool acceptUnknownHostKey(const QString &node, const QString &host,
                              const QString &fingerprint) override;
};

} // namespace portolan
