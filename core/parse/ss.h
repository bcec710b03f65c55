#pragma once
// Parser for `ss -H -tulpn` (iproute2 >= 4.14). Columns, whitespace-separated:
// Netid State Recv-Q Send-Q Local-Address:Port Peer-Address:Port [Process];
// the Process column (users:(("name",pid=1,fd=3),...)) is the rest of the line.
// A "Netid State ..." header (run without -H) is skipped.
// Contract: tcp LISTEN and udp UNCONN lines become sockets, other states are
// skipped. "*" is a dual-stack :: socket; "%eth0" is the SO_BINDTODEVICE scope.
// Pitfalls: process names may hold spaces, quotes and commas (ss cuts them at
// the first ')'), so an entry ends only at `",pid=N,fd=N)` followed by `,(` or
// the closing `)`; without root, other users' sockets have no users column.
// Old ss (< 4.14) printed "*" for 0.0.0.0 and v6 without brackets (":::22"):
// an output with a bracketless IPv6 address is read that way, with :: sockets
// not marked dual-stack (old ss did not say).

#include "model/network.h"

#include <QByteArray>
#include <QList>

namespace portolan {

QList<ListeningSocket> parseSs(const QByteArray &output);

} // namespace portolan
