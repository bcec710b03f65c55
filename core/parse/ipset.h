#pragma once
// Parser for `ipset save` (also the old "-N"/"-A" spelling).
// Contract: "create NAME TYPE OPTIONS..." gives an IpSet (options is the rest
// of the line, e.g. "family inet hashsize 1024 maxelem 65536 timeout 600");
// "add NAME ELEMENT [OPTIONS...]" appends the rest of the line as one member,
// element first ("10.0.0.5 timeout 299 comment \"head node\"", "10.66.0.0/16
// nomatch", "10.0.0.5,tcp:8265"). Pitfall: a member's timeout counts down, and
// a "nomatch" member EXCLUDES its net from the set.

#include "model/firewall.h"

#include <QByteArray>
#include <QList>

namespace portolan {

QList<IpSet> parseIpsetSave(const QByteArray &output);

} // namespace portolan
