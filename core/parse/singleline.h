#pragma once
// Parser for one-line outputs: `uname -n` (hostname), `uname -a` and
// `iptables --version`. Contract: the line is returned trimmed, as it is;
// empty output or a second non-empty line is a ParseError.

#include <QByteArray>
#include <QString>

namespace portolan {

QString parseSingleLine(const QByteArray &output, const QString &source);

} // namespace portolan
