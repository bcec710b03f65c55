#pragma once
// Answers passphrase and password prompts on the controlling terminal with echo
// off, one prompt at a time. Without a terminal (CI, pipes) it answers nothing,
// so authentication falls through to the next method. Unknown host keys are
// never accepted here: the host-key policy decides them.

#include "collect/interaction.h"

#include <mutex>

namespace portolan::cli {

class TerminalInteraction final : public InteractionHandler
{
public:
    std::optional<Secret> passphrase(const QString &node, const QString &identityFile) override;
    std::optional<Secret> password(const QString &node, const QString &prompt, bool echo) override;
    bool acceptUnknownHostKey(const QString &node, const QString &host,
                              const QString &fingerprint) override;

private:
    std::optional<Secret> ask(const QString &prompt, bool echo);

    std::mutex m_mutex;
};

} // namespace portolan::cli
