#pragma once
// The fixed, read-only command set the collector runs on every node, verbatim.
// Contract: no command takes a value from the inventory or from another
// command's output, every one only reads, and each names the parser for its
// stdout. Scripts are POSIX sh run as `sh -c '<script>'` (commandLine()), so any
// login shell works; needsRoot commands go through `sudo -n` when allowed.
// Pitfall: secrets are filtered ON THE NODE (ps, environ), so raw evidence
// never holds a token or a non-default Redis password either.

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace portolan {

enum class ParserKind : std::uint8_t {
    Hostname,        // parseSingleLine
    Uname,           // parseSingleLine
    OsRelease,       // parseOsRelease
    IpAddr,          // parseIpAddr
    IpRoute,         // parseIpRoute (family from the command)
    Ss,              // parseSs
    Ps,              // parsePs
    EnvironDump,     // parseEnvironDump
    IptablesVersion, // parseSingleLine
    IptablesSave,    // parseIptablesSave (family and source from the command)
    NftJson,         // parseNftJson
    NftText,         // parseNftText, fed to parseNftJson (the rest is evidence only)
    IpsetSave,       // parseIpsetSave
    RayVersion,      // parseRayVersion
    RaySession,      // parseRaySession
};

enum class CommandCondition : std::uint8_t {
    Always,
    // Only when iptables-save / ip6tables-save reported legacy tables
    // (IptablesSaveResult::legacyTablesPresent).
    LegacyTablesPresent,
};

struct CommandSpec
{
    QString id;       // stable evidence id: "ss", "iptables-save", ...
    QStringList argv; // argv[0] is the program; scripts are {"sh", "-c", script}
    bool needsRoot = false;
    ParserKind parser = ParserKind::Hostname;
    CommandCondition condition = CommandCondition::Always;
    const char *description = nullptr; // untranslated; see translatedDescription()

    // argv as one POSIX shell line, each argument single-quoted when needed.
    QString commandLine() const;
    QString translatedDescription() const;
};

// Every command, in the order the collector should run them.
const QList<CommandSpec> &commandSet();
// nullptr for an unknown id.
const CommandSpec *findCommand(QStringView id);

// Quotes one argument for a POSIX shell ('it'\''s'); plain words stay as they are.
QString shellQuote(const QString &argument);

} // namespace portolan
