#include "raysettings.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

RaySetting settingOf(const QList<Process> &rayProcesses,
                     const std::function<bool(const QMap<QString, QString> &)> &isOn)
{
    RaySetting setting;
    for (const Process &p : rayProcesses) {
        if (p.environment.isEmpty())
            setting.unknownPids << p.pid;
        else if (isOn(p.environment))
            setting.onPids << p.pid;
        else
            setting.offPids << p.pid;
    }
    if (!setting.onPids.isEmpty() && !setting.offPids.isEmpty())
        setting.state = SettingState::Inconsistent;
    else if (!setting.onPids.isEmpty())
        setting.state = SettingState::On;
    else if (!setting.offPids.isEmpty())
        setting.state = SettingState::Off;
    return setting;
}

} // namespace

QString toString(SettingState state)
{
    switch (state) {
    case SettingState::Off:
        return u"off"_s;
    case SettingState::On:
        return u"on"_s;
    case SettingState::Inconsistent:
        return u"inconsistent"_s;
    case SettingState::Unknown:
        break;
    }
    return u"unknown"_s;
}

RaySetting tlsSetting(const QList<Process> &rayProcesses)
{
    return settingOf(rayProcesses, [](const QMap<QString, QString> &env) {
        const QString value = env.value(u"RAY_USE_TLS"_s).trimmed();
        return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
    });
}

RaySetting tokenAuthSetting(const QList<Process> &rayProcesses)
{
    return settingOf(rayProcesses, [](const QMap<QString, QString> &env) {
        return env.value(u"RAY_AUTH_MODE"_s).trimmed().compare(u"token", Qt::CaseInsensitive) == 0;
    });
}

} // namespace portolan
