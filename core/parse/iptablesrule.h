#pragma once
// One rule line of iptables-save ("-A CHAIN ...", optionally "[pkts:bytes] "
// first, as `iptables-save -c` prints it) turned into matches and a target.
// Contract: built-in matches (-s -d -i -o -p -f) have an empty module; module
// options carry the module of the last -m (or the -p protocol when no -m came);
// target options carry the target name as module. Negation is read both as
// `! -s x` and as the pre-1.4.3 `-s ! x`. Every option keeps all its words
// (--match-set name src,dst). Throws ParseError naming the line.

#include "model/firewall.h"

#include <QString>
#include <QStringView>

namespace portolan {

IptablesRule parseIptablesRuleLine(QStringView line, int lineNumber, const QString &source);

} // namespace portolan
