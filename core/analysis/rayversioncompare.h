#pragma once
// Ordering of Ray versions by PEP 440 (what pip uses): "2.10.0" > "2.9.3",
// "2.52.0rc1" < "2.52.0", "3.0.0.dev0" < "3.0.0a1" < "3.0.0"; post-releases
// ("2.9.3.post1") sort after the release; a "+local" label is ignored.
// Contract: anything that is not a version ("", "unknown", "nightly") gives
// nullopt / Unknown, so a caller can never mistake "unknown" for "older" or "newer".

#include <QStringView>

#include <cstdint>
#include <optional>

namespace portolan {

// <0, 0 or >0 like strcmp; nullopt when either side is not a version.
std::optional<int> compareRayVersions(QStringView a, QStringView b);

enum class VersionAnswer : std::uint8_t { Yes, No, Unknown };

// Is `version` at least `minimum`? Unknown when `version` is empty or unparseable.
VersionAnswer isVersionAtLeast(QStringView version, QStringView minimum);

} // namespace portolan
