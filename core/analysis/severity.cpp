#include "finding.h"

#include <array>

namespace portolan {
namespace {

constexpr std::array<std::pair<Severity, QStringView>, 5> kNames{{
    {Severity::Info, u"info"},
    {Severity::Low, u"low"},
    {Severity::Medium, u"medium"},
    {Severity::High, u"high"},
    {Severity::Critical, u"critical"},
}};

} // namespace

QString toString(Severity severity)
{
    for (const auto &[s, name] : kNames) {
        if (s == severity)
            return name.toString();
    }
    return {};
}

std::optional<Severity> severityFromString(QStringView text)
{
    for (const auto &[s, name] : kNames) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

} // namespace portolan
