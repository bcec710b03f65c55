#include "commandset.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Every process: pid and kernel name, then pid, ppid, user and arguments.
// comm (`ps -o comm`) may hold spaces ("ray::IDLE", "my worker (1)"), so it gets
// its own section where it is everything after the pid. Arguments of
// --redis-password / --redis_password are redacted on the node unless they are
// Ray's public default, which the analysis must see.
constexpr auto kPsScript =
    R"sh(ps -ww -eo pid=,comm=; echo @@args; ps -ww -eo pid=,ppid=,user:32=,args= | awk "!/--redis[-_]password/ { print; next } { out = \$1; skip = 0; for (i = 2; i <= NF; i++) { w = \$i; if (skip && w !~ /^-/) continue; skip = 0; if (w ~ /^--redis[-_]password=./ && substr(w, index(w, \"=\") + 1) != \"5241590000000000\") { w = substr(w, 1, index(w, \"=\")) \"<redacted>\"; skip = 1 } else if (w ~ /^--redis[-_]password\$/ && i < NF && \$(i + 1) != \"5241590000000000\") { w = w \" <redacted>\"; i++; skip = 1 } out = out \" \" w } print out }")sh";

// RAY_* variables of every readable process, secrets redacted on the node.
constexpr auto kEnvironScript =
    R"sh(for d in /proc/[0-9]*; do v=$(tr "\0" "\n" < "$d/environ" 2>/dev/null | awk "/^RAY_/ { n = index(\$0, \"=\"); if (n == 0) next; k = substr(\$0, 1, n - 1); u = toupper(k); if (u ~ /TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL/ && !(u ~ /PASSWORD/ && substr(\$0, n + 1) == \"5241590000000000\")) print k \"=<redacted>\"; else print }"); [ -n "$v" ] && printf "@@pid %s\n%s\n" "${d#/proc/}" "$v"; done; exit 0)sh";

// Ray packages: the ones running binaries come from (/proc/*/exe of raylet,
// gcs_server), then the usual install roots; for each, its version lines.
constexpr auto kRayVersionScript =
    R"sh({ ls -l /proc/[0-9]*/exe 2>/dev/null | sed -n "s|^.* -> \(/.*\)/core/src/ray/.*\$|running \1|p" | sort -u; for d in /usr/lib/python3*/site-packages /usr/lib/python3*/dist-packages /usr/local/lib/python3*/site-packages /usr/local/lib/python3*/dist-packages /opt/*/lib/python3*/site-packages /opt/*/*/lib/python3*/site-packages /opt/*/envs/*/lib/python3*/site-packages /home/*/.local/lib/python3*/site-packages /home/*/*/lib/python3*/site-packages /home/*/*/envs/*/lib/python3*/site-packages /root/.local/lib/python3*/site-packages /root/*/lib/python3*/site-packages /root/*/envs/*/lib/python3*/site-packages; do [ -d "$d/ray" ] && echo "installed $d/ray"; done; } | while read -r kind dir; do echo "package $kind $dir"; grep -m1 -E "^version *=" "$dir/_version.py" 2>/dev/null | sed "s|^|version-py |"; grep -m1 -E "^__version__ *=" "$dir/__init__.py" 2>/dev/null | sed "s|^|init-py |"; for i in "${dir%/ray}"/ray-*.dist-info; do [ -d "$i" ] && echo "dist-info ${i##*/}"; done; done; exit 0)sh";

// The newest Ray session: its real path, then each port file as one line.
constexpr auto kRaySessionScript =
    R"sh(cd /tmp/ray/session_latest 2>/dev/null || exit 0; printf "session\t%s\n" "$(pwd -P)"; for f in *_port_* ports_by_node.json; do [ -f "$f" ] || continue; printf "file\t%s\t" "$f"; head -c 4096 "$f" | tr -d "\n\r\t"; echo; done; exit 0)sh";

QStringList shellScript(const char *script)
{
    return {u"sh"_s, u"-c"_s, QString::fromUtf8(script)};
}

QList<CommandSpec> buildCommandSet()
{
    using P = ParserKind;
    using C = CommandCondition;
    return {
        {u"hostname"_s,
         {u"uname"_s, u"-n"_s},
         false,
         P::Hostname,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Host name")},
        {u"uname"_s,
         {u"uname"_s, u"-a"_s},
         false,
         P::Uname,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Kernel and architecture")},
        {u"os-release"_s, shellScript("cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release"),
         false, P::OsRelease, C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Operating system release")},
        {u"ip-addr"_s,
         {u"ip"_s, u"-j"_s, u"-d"_s, u"addr"_s, u"show"_s},
         false,
         P::IpAddr,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Interfaces and addresses")},
        {u"ip-route"_s,
         {u"ip"_s, u"-4"_s, u"-j"_s, u"route"_s, u"show"_s, u"table"_s, u"all"_s},
         false,
         P::IpRoute,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IPv4 routes of every table")},
        {u"ip6-route"_s,
         {u"ip"_s, u"-6"_s, u"-j"_s, u"route"_s, u"show"_s, u"table"_s, u"all"_s},
         false,
         P::IpRoute,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IPv6 routes of every table")},
        {u"ss"_s,
         {u"ss"_s, u"-H"_s, u"-tulpn"_s},
         true,
         P::Ss,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Listening TCP and UDP sockets with owners")},
        {u"ps"_s, shellScript(kPsScript), false, P::Ps, C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Processes and command lines")},
        {u"environ"_s, shellScript(kEnvironScript), true, P::EnvironDump, C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "RAY_* environment of every process")},
        {u"iptables-version"_s,
         {u"iptables"_s, u"--version"_s},
         false,
         P::IptablesVersion,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "iptables version and backend")},
        {u"iptables-save"_s,
         {u"iptables-save"_s},
         true,
         P::IptablesSave,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IPv4 iptables rules")},
        {u"ip6tables-save"_s,
         {u"ip6tables-save"_s},
         true,
         P::IptablesSave,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IPv6 iptables rules")},
        {u"iptables-legacy-save"_s,
         {u"iptables-legacy-save"_s},
         true,
         P::IptablesSave,
         C::LegacyTablesPresent,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IPv4 rules of legacy x_tables")},
        {u"ip6tables-legacy-save"_s,
         {u"ip6tables-legacy-save"_s},
         true,
         P::IptablesSave,
         C::LegacyTablesPresent,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IPv6 rules of legacy x_tables")},
        {u"nft-json"_s,
         {u"nft"_s, u"-j"_s, u"list"_s, u"ruleset"_s},
         true,
         P::NftJson,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "nftables ruleset (JSON)")},
        {u"nft-text"_s,
         {u"nft"_s, u"list"_s, u"ruleset"_s},
         true,
         P::NftText,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "nftables ruleset (text)")},
        {u"ipset"_s,
         {u"ipset"_s, u"save"_s},
         true,
         P::IpsetSave,
         C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "IP sets")},
        {u"ray-version"_s, shellScript(kRayVersionScript), true, P::RayVersion, C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Installed and running Ray packages")},
        {u"ray-session"_s, shellScript(kRaySessionScript), false, P::RaySession, C::Always,
         QT_TRANSLATE_NOOP("portolan::CommandSpec", "Ray session name and port files")},
    };
}

bool isPlainWord(const QString &argument)
{
    if (argument.isEmpty())
        return false;
    for (const QChar c : argument) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || QStringView(u"_-./:=,@%+").contains(c);
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QString shellQuote(const QString &argument)
{
    if (isPlainWord(argument))
        return argument;
    QString quotedArgument = argument;
    quotedArgument.replace(u'\'', u"'\\''"_s);
    return u'\'' + quotedArgument + u'\'';
}

QString CommandSpec::commandLine() const
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &argument : argv)
        words.append(shellQuote(argument));
    return words.join(u' ');
}

QString CommandSpec::translatedDescription() const
{
    return QCoreApplication::translate("portolan::CommandSpec", description);
}

const QList<CommandSpec> &commandSet()
{
    static const QList<CommandSpec> commands = buildCommandSet();
    return commands;
}

const CommandSpec *findCommand(QStringView id)
{
    for (const CommandSpec &command : commandSet()) {
        if (command.id == id)
            return &command;
    }
    return nullptr;
}

} // namespace portolan
