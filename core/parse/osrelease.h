#pragma once
// Parser for /etc/os-release (os-release(5)): KEY=VALUE lines, values bare,
// "double quoted" (with \" \\ \$ \` escapes) or 'single quoted'.
// Contract: returns PRETTY_NAME; without it, NAME and VERSION (or VERSION_ID);
// without those, "Linux" as os-release(5) says. A line that is not a comment,
// blank or KEY=VALUE, or an unclosed quote, is a ParseError naming the line.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace portolan {

QMap<QString, QString> parseOsReleaseFields(const QByteArray &output);
QString parseOsRelease(const QByteArray &output);

} // namespace portolan
