#pragma once
// Parser for `ip -j -d addr show`: interfaces with their addresses.
// Contract: every entry needs ifname and ifindex; addr_info entries of family
// inet/inet6 need local and prefixlen, other families (and the empty objects
// some iproute2 versions print) are skipped. Throws ParseError otherwise.

#include "model/network.h"

#include <QByteArray>
#include <QList>

namespace portolan {

QList<Interface> parseIpAddr(const QByteArray &output);

} // namespace portolan
