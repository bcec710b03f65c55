#pragma once
// Where an inventory's identity file really is. "~/" expands against $HOME, a
// relative path resolves against the inventory's own directory (not the
// current one), so a file means the same wherever Portolan runs.
// Pitfall: "~user/" is not expanded (it would need the user database).

#include <QString>

#include <optional>

namespace portolan {

// The absolute, cleaned path; nullopt with *error set when it cannot be resolved.
std::optional<QString> resolveIdentityPath(const QString &path, const QString &baseDir,
                                           QString *error);

} // namespace portolan
