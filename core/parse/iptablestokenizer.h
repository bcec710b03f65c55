#pragma once
// Splits one iptables-save rule line into words the way iptables-restore does:
// blanks separate words, double quotes group (and may appear inside a word),
// and inside quotes \" and \\ stand for " and \. quoted marks a word that had
// quotes, so `--comment "-x"` is an argument, not an option.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace portolan {

struct IptablesToken
{
    QString text;
    bool quoted = false;

    bool operator==(const IptablesToken &) const = default;
};

// nullopt when a quote is not closed.
std::optional<QList<IptablesToken>> tokenizeIptablesLine(QStringView line);

} // namespace portolan
