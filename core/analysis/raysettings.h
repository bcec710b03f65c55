#pragma once
// A RAY_* setting across a node's Ray processes, as their environments show it
// (RAY_USE_TLS, RAY_AUTH_MODE). Contract: only processes holding at least one
// RAY_* variable are judged; the others are listed as unknown, never as "off",
// because another user's environment is unreadable without root and looks empty.
// Pitfall: the environment is the one at process start; ray start's is not
// necessarily the raylet's.

#include "model/process.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace portolan {

enum class SettingState : std::uint8_t {
    Unknown,      // no Ray process environment visible
    Off,          // off on every Ray process whose environment is visible
    On,           // on on every Ray process whose environment is visible
    Inconsistent, // on for some, off for others
};
QString toString(SettingState state); // "unknown", "off", "on", "inconsistent"

struct RaySetting
{
    SettingState state = SettingState::Unknown;
    QList<qint64> onPids;
    QList<qint64> offPids;
    QList<qint64> unknownPids; // no RAY_* variable visible

    bool operator==(const RaySetting &) const = default;
};

// RAY_USE_TLS in {1, true} (any case) on `rayProcesses`.
RaySetting tlsSetting(const QList<Process> &rayProcesses);
// RAY_AUTH_MODE=token (any case) on `rayProcesses`.
RaySetting tokenAuthSetting(const QList<Process> &rayProcesses);

} // namespace portolan
