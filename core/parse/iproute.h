#pragma once
// Parser for `ip -4 -j route show table all` and `ip -6 -j route show table all`.
// Contract: "default" becomes 0.0.0.0/0 or ::/0, a dst without "/len" a host
// prefix; what ip leaves out takes ip's defaults (type unicast, table main,
// protocol boot, scope global). Pitfalls: the family of each route comes from
// its addresses, `family` only decides a bare "default"; a multipath route keeps
// its first nexthop; metrics above INT_MAX (4294967295) are clamped to INT_MAX.

#include "model/network.h"

#include <QByteArray>
#include <QList>

namespace portolan {

QList<Route> parseIpRoute(const QByteArray &output, IpFamily family);

} // namespace portolan
