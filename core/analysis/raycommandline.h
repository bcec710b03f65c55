#pragma once
// Options on a command line as ps shows it (arguments joined by spaces).
// Contract: "--name=value" and "--name value" both count (the latter only when
// the next word does not start with '-'); names match exactly, so --port never
// matches --port-retries; the first occurrence wins.
// Pitfall: raylet's line embeds the worker and agent command lines, whose
// options (--node-manager-port=RAY_NODE_MANAGER_PORT_PLACEHOLDER) look like its
// own: read raylet options by its underscore names only.

#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace portolan {

// The value of the first of `names` present (names tried in order).
std::optional<QString> optionValue(QStringView commandLine,
                                   std::initializer_list<QStringView> names);
// A port 1..65535; nullopt when absent or not a number (placeholders, 0, -1).
std::optional<quint16> portOption(QStringView commandLine, QStringView name);
// "10002,10003,10004" (spaces allowed after commas are not): the valid ports.
QList<quint16> portListOption(QStringView commandLine, QStringView name);
bool hasWord(QStringView commandLine, QStringView word);
// A port number 1..65535 as text.
std::optional<quint16> parsePort(QStringView text);

} // namespace portolan
